#ifndef IRDESK_TUI_TUI_H
#define IRDESK_TUI_TUI_H

struct app_opts;

/* 0 when this terminal can show the desk; else -1, said on stderr with the
 * way out (the command line).  Asked before anything is opened or made. */
int tui_terminal_usable(void);

/* Run the full-screen desk on the database the options name (read-only,
 * configuration); warnings (may be NULL) are shown first.  Returns the
 * exit code. */
int tui_run(const struct app_opts *ao, const char *warnings);

#endif
