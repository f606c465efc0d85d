#ifndef IRDESK_TUI_LINEEDIT_H
#define IRDESK_TUI_LINEEDIT_H

#include <stddef.h>
#include <wchar.h>

/* A line of UTF-8 text being edited, with a cursor on a character
 * boundary.  Pure: no curses, unit-tested. */
struct lineedit {
    char *s;     /* owned, NUL-terminated */
    size_t len;  /* bytes */
    size_t cur;  /* byte offset of the cursor */
};

void lineedit_init(struct lineedit *l, const char *text);
void lineedit_fini(struct lineedit *l);
void lineedit_set(struct lineedit *l, const char *text);
/* Insert one character at the cursor. */
void lineedit_insert(struct lineedit *l, wchar_t wc);
void lineedit_backspace(struct lineedit *l);
void lineedit_delete(struct lineedit *l);
void lineedit_left(struct lineedit *l);
void lineedit_right(struct lineedit *l);
void lineedit_home(struct lineedit *l);
void lineedit_end(struct lineedit *l);
/* Delete from the start to the cursor (Ctrl-U). */
void lineedit_kill(struct lineedit *l);
/* Display cells before the cursor. */
size_t lineedit_cursor_col(const struct lineedit *l);

#endif
