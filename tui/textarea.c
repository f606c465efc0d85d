#include "tui/textarea.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "tui/keymap.h"
#include "tui/lineedit.h"
#include "tui/prompt.h"
#include "tui/screen.h"

/* The text being edited, and the first row shown. */
struct area {
    struct screen *s;
    struct lineedit l;
    const char *title;
    size_t top;
};

static size_t area_width(void)
{
    return COLS > 4 ? (size_t)COLS - 2 : 2;
}

static void draw_area(struct screen *s, struct area *a)
{
    size_t n = 0, i, row, col, rows = LINES > 3 ? (size_t)LINES - 3 : 1;
    char **lines = lineedit_rows(a->l.s, area_width(), &n);
    char *save = keymap_keys_text(KEYMAP_FORM, CMD_FORM_SAVE),
         *cancel = keymap_keys_text(KEYMAP_EDIT, CMD_EDIT_CANCEL), *hint;

    lineedit_locate(a->l.s, area_width(), a->l.cur, &row, &col);
    if (row < a->top)
        a->top = row;
    if (row >= a->top + rows)
        a->top = row - rows + 1;
    erase();
    attron(A_REVERSE);
    move(0, 0);
    hline(' ', COLS);
    screen_put(0, 1, a->title, (size_t)COLS - 1, 0);
    attroff(A_REVERSE);
    for (i = a->top; i < n && i < a->top + rows; i++)
        screen_put(1 + (int)(i - a->top), 1, lines[i], area_width(), 0);
    /* L10N: the hint under the text editor inside the desk: the keys */
    hint = xasprintf(_("Enter: new line  %s: keep the text  %s: leave it unchanged"), save,
                     cancel);
    screen_draw_bottom(s, hint);
    curs_set(1);
    move(1 + (int)(row - a->top), 1 + (int)(col < area_width() ? col : area_width() - 1));
    refresh();
    free(hint);
    free(save);
    free(cancel);
    text_lines_free(lines, n);
}

/* Up or Down: the same column a row up or down. */
static void area_step(struct area *a, int dir)
{
    size_t row, col;

    lineedit_locate(a->l.s, area_width(), a->l.cur, &row, &col);
    if (dir < 0 && row == 0)
        return;
    a->l.cur = lineedit_offset(a->l.s, area_width(), dir < 0 ? row - 1 : row + 1, col);
}

/* Home, End: the start or the end of the row. */
static void area_row_end(struct area *a, int end)
{
    size_t row, col;

    lineedit_locate(a->l.s, area_width(), a->l.cur, &row, &col);
    a->l.cur = lineedit_offset(a->l.s, area_width(), row, end ? (size_t)-1 : 0);
}

/* What a key does: 1 take, 0 leave, -1 go on. */
static int area_key(struct screen *s, struct area *a, const char *orig, int key)
{
    int arg;
    enum cmd c = keymap_lookup(KEYMAP_EDIT, key, &arg);

    if (keymap_lookup(KEYMAP_FORM, key, &arg) == CMD_FORM_SAVE)
        return 1;
    if (c == CMD_EDIT_CANCEL)
        return strcmp(orig, a->l.s) == 0 || prompt_yes(s, _("Discard your changes?")) ? 0 : -1;
    if (c == CMD_EDIT_DONE)
        lineedit_insert(&a->l, L'\n');
    else if (c == CMD_EDIT_HIST_PREV || c == CMD_EDIT_HIST_NEXT)
        area_step(a, c == CMD_EDIT_HIST_PREV ? -1 : 1);
    else if (c == CMD_EDIT_HOME || c == CMD_EDIT_END)
        area_row_end(a, c == CMD_EDIT_END);
    else
        prompt_edit_key(&a->l, key);
    return -1;
}

static void paint_area(void *arg)
{
    struct area *a = arg;

    draw_area(a->s, a);
}

int textarea_run(struct screen *s, const char *title, const char *text, char **out)
{
    struct area a = { s, { 0 }, title, 0 };
    screen_paint_fn was = s->paint;
    void *was_arg = s->paint_arg;
    int rc = -1, key, k;

    *out = NULL;
    lineedit_init(&a.l, text);
    s->paint = paint_area; /* under the question: the text, drawn by the loop */
    s->paint_arg = &a;
    while (rc < 0) {
        draw_area(s, &a);
        k = screen_getkey(s, &key);
        if (k == -2)
            rc = 0;
        else if (k == 0 && key != (KEY_FN | KEY_RESIZE))
            rc = area_key(s, &a, text, key);
    }
    s->paint = was;
    s->paint_arg = was_arg;
    curs_set(0);
    if (rc == 1)
        *out = xstrdup(a.l.s);
    lineedit_fini(&a.l);
    return rc;
}
