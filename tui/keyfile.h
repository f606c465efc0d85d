#ifndef IRDESK_TUI_KEYFILE_H
#define IRDESK_TUI_KEYFILE_H

#include <stddef.h>

/* The keys file, $XDG_CONFIG_HOME/irdesk/keys: "bind CONTEXT KEY COMMAND
 * [N]" and "unbind CONTEXT KEY" lines, '#' comments (irdesk(5)), applied to
 * the live key tables.  Pure of curses: unit-tested. */

/* The keys file's path (caller frees), or NULL without a home. */
char *keyfile_path(void);

/* Apply the lines of text (len bytes; path names it in warnings).  A bad
 * line is reported in *warnings (translated, "path:line: why", one line
 * each; caller frees; NULL when all is well) and changes nothing. */
void keyfile_parse(const char *text, size_t len, const char *path, char **warnings);

/* Read path (NULL: keyfile_path()) as keyfile_parse does; a missing file
 * is no error. */
void keyfile_load(const char *path, char **warnings);

#endif
