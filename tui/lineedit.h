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
    char *yank;  /* owned: what Ctrl-U, Ctrl-K or Ctrl-W deleted last, or NULL */
};

/* The lines taken at one prompt, oldest first, and where Up/Down is. */
struct lineedit_hist {
    char **lines; /* owned */
    size_t n;
    size_t at;    /* n: the line being typed */
    char *draft;  /* owned: the line being typed while stepping back */
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
/* Delete from the cursor to the end (Ctrl-K). */
void lineedit_kill_end(struct lineedit *l);
/* Delete the word before the cursor, and the spaces after it (Ctrl-W). */
void lineedit_kill_word(struct lineedit *l);
/* Insert what was deleted last at the cursor (Ctrl-Y). */
void lineedit_yank(struct lineedit *l);

/* Remember a taken line (not an empty one, nor the last one again); the
 * oldest go past max lines.  Stepping starts again from the end. */
void lineedit_hist_add(struct lineedit_hist *h, const char *line, size_t max);
/* Step back (dir < 0) or forward through the history, l showing the line
 * stepped to (forward past the newest: the draft typed before).  0 when it
 * moved, -1 at either end. */
int lineedit_hist_step(struct lineedit_hist *h, struct lineedit *l, int dir);
void lineedit_hist_fini(struct lineedit_hist *h);

/* A text of several lines as shown in width cells: broken at each '\n' and
 * wherever a line is full (by characters).  The row and column of byte
 * offset off; the byte offset at row, col (past its end: before the row's
 * newline, the text's end, or on the last character of a full row). */
void lineedit_locate(const char *s, size_t width, size_t off, size_t *row, size_t *col);
size_t lineedit_offset(const char *s, size_t width, size_t row, size_t col);
/* The rows of s so broken; *n of them (free with text_lines_free). */
char **lineedit_rows(const char *s, size_t width, size_t *n);

/* Display cells before the cursor. */
size_t lineedit_cursor_col(const struct lineedit *l);

#endif
