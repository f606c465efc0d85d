#ifndef IRDESK_TUI_TUI_H
#define IRDESK_TUI_TUI_H

/* Run the full-screen desk on the database db (NULL: the default); returns
 * the exit code. */
int tui_run(const char *db, int readonly);

#endif
