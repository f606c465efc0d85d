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

struct ird_err;

/* One step of a dialogue asked line by line (prompt_steps). */
struct prompt_step {
    const char *label;    /* msgid of the prompt */
    const char *required; /* msgid said when the step is left empty; NULL: may be empty */
    /* NULL, or 0 when v[step] may stand, else -1 with why in *e (v holds
     * every step's text so far; arg is prompt_steps'). */
    int (*check)(void *arg, int step, char *const *v, struct ird_err *e);
};

/* Ask steps[0..n) in turn into v (an entry already set is the step's
 * initial text; caller frees every entry).  A required step left empty, or
 * one its check refuses, is asked again with its text and the reason shown
 * over the prompt.  Esc asks before discarding when any step holds text
 * (no: the step goes on).  Returns 1 when every step is answered, 0 when
 * left. */
int prompt_steps(struct screen *s, const struct prompt_step *steps, int n, void *arg, char **v);

/* Show a refusal over the prompt asked next, until its text is edited. */
void prompt_refused(struct screen *s, const char *why);

/* Forget the lines typed at the prompts (Up/Down's history). */
void prompt_history_free(void);

/* A yes/no question on the bottom line; 1 for yes. */
int prompt_yes(struct screen *s, const char *question);

/* A menu of n items; returns the chosen index, or -1 (Esc). */
int prompt_menu(struct screen *s, const char *title, const char *const *items, int n,
                int initial);

#endif
