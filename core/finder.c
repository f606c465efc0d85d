#include "core/finder.h"

#include <stdlib.h>
#include <string.h>

#include "core/desk.h"
#include "core/detail.h"
#include "core/journal.h"
#include "core/validate.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/record.h"
#include "model/saved.h"

enum { FINDER_MAX = 500 };

static void add(struct find_line **l, size_t *n, enum find_level lv, enum kind_id k,
                int64_t id, char *text)
{
    *l = xrealloc(*l, (*n + 1) * sizeof **l);
    (*l)[*n] = (struct find_line){ lv, k, id, text };
    (*n)++;
}

/* What of a hit shows under its record: the note, or the history line. */
static char *hit_what(const struct hit *h)
{
    char *head, *what, *s;

    if (h->type == HIT_NOTE)
        return xasprintf(_("note: %s"), h->text);
    head = journal_heading(h->h->at, h->h->user);
    what = desk_hist_text(kind_get(h->kind), h->h);
    s = xasprintf(_("history %s: %s"), head, what);
    free(head);
    free(what);
    return s;
}

/* The hits of kind k, each record once, in the order they were found. */
static void add_kind(struct find_line **l, size_t *n, enum kind_id k, const struct hit *h,
                     size_t nh)
{
    size_t i, j, records = 0;

    for (i = 0; i < nh; i++) {
        for (j = 0; j < i && !(h[j].kind == h[i].kind && h[j].id == h[i].id); j++)
            ;
        records += h[i].kind == k && j == i;
    }
    if (records == 0)
        return;
    add(l, n, FIND_KIND, k, 0,
        xasprintf("%s (%zu)", _(kind_get(k)->plural), records));
    for (i = 0; i < nh; i++) {
        const char *title;
        char *t;
        if (h[i].kind != k)
            continue;
        for (j = 0; j < i && !(h[j].kind == k && h[j].id == h[i].id); j++)
            ;
        if (j < i)
            continue; /* its record is listed already */
        title = i18n_lang() == LANG_EN && h[i].title_en != NULL ? h[i].title_en : h[i].title_nl;
        t = detail_link_text(k, h[i].id, title, h[i].status);
        if (h[i].archived) {
            char *a = xasprintf("%s · %s", t, _("archived"));
            free(t);
            t = a;
        }
        add(l, n, FIND_RECORD, k, h[i].id, t);
        for (j = i; j < nh; j++)
            if (h[j].kind == k && h[j].id == h[i].id && h[j].type != HIT_RECORD)
                add(l, n, FIND_WHAT, k, h[i].id, hit_what(&h[j]));
    }
}

int finder_run(struct app *a, const char *words, struct find_line **out, size_t *n,
               struct ird_err *e)
{
    struct hit *h = NULL;
    size_t nh = 0;
    int k;

    *out = NULL;
    *n = 0;
    if (validate_text(_("Search"), words, 0, 200, e) < 0)
        return -1;
    if (strspn(words, " \t") == strlen(words))
        return ird_fail(e, IRD_INVALID, "%s", _("Give a word to look for."));
    if (desk_search_all(a, words, FINDER_MAX, &h, &nh, e) < 0)
        return -1;
    for (k = 0; k < kind_count(); k++)
        add_kind(out, n, (enum kind_id)k, h, nh);
    hit_list_free(h, nh);
    return 0;
}

void finder_free(struct find_line *l, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        free(l[i].text);
    free(l);
}

char *finder_render(const struct find_line *l, size_t n)
{
    struct buf b = { 0 };
    size_t i;

    buf_add(&b, "");
    for (i = 0; i < n; i++)
        buf_printf(&b, "%s%s%s\n", l[i].level == FIND_KIND && i > 0 ? "\n" : "",
                   l[i].level == FIND_KIND ? "" : l[i].level == FIND_RECORD ? "  " : "      ",
                   l[i].text);
    return buf_take(&b);
}
