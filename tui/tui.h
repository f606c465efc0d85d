#ifndef IRDESK_TUI_TUI_H
#define IRDESK_TUI_TUI_H

struct app_opts;

/* Run the full-screen desk on the database the options name (read-only,
 * configuration); warnings (may be NULL) are shown first.  Returns the
 * exit code. */
int tui_run(const struct app_opts *ao, const char *warnings);

#endif
