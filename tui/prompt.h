#ifndef IRDESK_TUI_PROMPT_H
#define IRDESK_TUI_PROMPT_H

struct lineedit;
struct screen;

/* Questions on the bottom line and menus, over what s->paint draws. */

/* Apply a line-editor key (its table: Backspace, Delete, arrows, Home,
 * End, Ctrl-U; printable characters are typed in); 1 when it was one. */
int prompt_edit_key(struct lineedit *l, int key);

/* Ask for a line at the bottom; on_change (may be NULL) runs with arg on
 * every edit.  Returns 1 (Enter, *out set: caller frees) or 0 (Esc). */
int prompt_line(struct screen *s, const char *label, const char *initial,
                void (*on_change)(void *arg, const char *text), void *arg, char **out);

/* Forget the lines typed at the prompts (Up/Down's history). */
void prompt_history_free(void);

/* A yes/no question on the bottom line; 1 for yes. */
int prompt_yes(struct screen *s, const char *question);

/* A menu of n items; returns the chosen index, or -1 (Esc). */
int prompt_menu(struct screen *s, const char *title, const char *const *items, int n,
                int initial);

#endif
