#ifndef IRDESK_TUI_TEXTAREA_H
#define IRDESK_TUI_TEXTAREA_H

struct screen;

/* Edit a text of several lines inside the desk (when neither $VISUAL nor
 * $EDITOR is set): the line editor's keys, Enter for a new line, Up and
 * Down between rows, Ctrl-S keeps, Esc leaves (asking when changed).
 * Returns 1 with *out set (caller frees), or 0 when left unchanged. */
int textarea_run(struct screen *s, const char *title, const char *text, char **out);

#endif
