/* Search everything (Ctrl-F): one prompt, the matches of every kind, of
 * the notes journals and of the history, grouped by kind; Enter opens the
 * record at the cursor. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/finder.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "tui/prompt.h"
#include "tui/tui_int.h"

static void add_line(struct page *p, enum pl_style st, char *text, enum kind_id k, int64_t id)
{
    struct pline *l = page_add(p, st, text);

    l->kind = k;
    l->id = id;
}

static void search_reload(struct tui *t, struct view *v)
{
    struct find_line *f = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;

    (void)v;
    page_free(&t->page);
    add_line(&t->page, PL_TITLE, xasprintf(_("Search everything: “%s”"), t->seek), 0, 0);
    if (finder_run(t->app, t->seek, &f, &n, &e) < 0) {
        add_line(&t->page, PL_DIM, xstrdup(e.msg), 0, 0);
        return;
    }
    if (n == 0)
        add_line(&t->page, PL_DIM,
                 xasprintf(_("Nothing matches “%s” in any kind, note or history."), t->seek), 0,
                 0);
    for (i = 0; i < n; i++) {
        if (f[i].level == FIND_KIND)
            add_line(&t->page, PL_SECTION, xstrdup(f[i].text), f[i].kind, 0);
        else
            add_line(&t->page, PL_LINK,
                     xasprintf("%s%s", f[i].level == FIND_RECORD ? " " : "     ", f[i].text),
                     f[i].kind, f[i].id);
    }
    finder_free(f, n);
}

const struct view_ops v_search_ops = {
    "search", KEYMAP_DESK, HINTS_PAGER, search_reload, v_page_draw, v_page_text_handle,
};

unsigned v_search_open(struct tui *t, const struct target *g)
{
    char *words = NULL;

    (void)g;
    if (!prompt_line(&t->scr, _("Search everything: "), t->seek, NULL, NULL, &words))
        return REDRAW_ALL;
    snprintf(t->seek, sizeof t->seek, "%s", words);
    free(words);
    if (tui_top(t)->ops == &v_search_ops)
        t->depth--;
    tui_push(t, &v_search_ops, (enum kind_id)t->pane, 0);
    /* the cursor on the first record found */
    tui_top(t)->sel = 2;
    screen_message_take(&t->scr, 0,
                        keymap_fill(_("%s opens the record at the cursor; %s goes back."),
                                    KEYMAP_DESK, CMD_OPEN, KEYMAP_DESK, CMD_QUIT, -1));
    return REDRAW_ALL;
}
