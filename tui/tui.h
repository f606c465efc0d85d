#ifndef IRDESK_TUI_TUI_H
#define IRDESK_TUI_TUI_H

struct cli_opts;

/* Run the full-screen desk with the command line's options (database,
 * read-only, configuration); warnings (may be NULL) are shown first.
 * Returns the exit code. */
int tui_run(const struct cli_opts *o, const char *warnings);

#endif
