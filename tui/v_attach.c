/* Files attached to a record (+ adds one, + on one in the detail view
 * detaches it, Enter opens it) and links to other records (l adds one, l on
 * one removes it), at the desk. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/attach.h"
#include "core/desk.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/saved.h"
#include "tui/prompt.h"
#include "tui/screen.h"
#include "tui/tui_int.h"

/* The detail view's line at the cursor when it is a linked record (file 0)
 * or an attached file (file 1); NULL on any other line or view. */
static const struct pline *cursor_line(struct tui *t, int file)
{
    const struct view *v = tui_top(t);
    const struct pline *l;

    if (v->ops != &v_detail_ops || v->sel < 0 || (size_t)v->sel >= t->page.n)
        return NULL;
    l = &t->page.l[v->sel];
    if (l->style != PL_LINK || l->id <= 0 || (l->file > 0) != file)
        return NULL;
    return l;
}

/* In a detail view with the cursor on an attached file: ask, then detach
 * it (archived, as `irdesk detach` does).  0 when the cursor is on none. */
static int detach_at_cursor(struct tui *t, const struct target *g)
{
    const struct pline *l = cursor_line(t, 1);
    struct attachment *list = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;
    char *q;
    int yes;

    if (l == NULL)
        return 0;
    if (desk_attachments(t->app, g->kind, g->id, 0, &list, &n, &e) < 0) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return 1;
    }
    for (i = 0; i < n && list[i].id != l->file; i++)
        ;
    if (i == n) {
        screen_message(&t->scr, 1, "%s", ird_code_text(IRD_NOT_FOUND));
        attachment_list_free(list, n);
        return 1;
    }
    /* L10N: the file's name and the record it is attached to: "Agreement 1" */
    q = xasprintf(_("Detach \"%s\" from %s %lld?"), list[i].name, _(kind_get(g->kind)->label),
                  (long long)g->id);
    yes = prompt_yes(&t->scr, q);
    free(q);
    if (yes && desk_detach(t->app, &list[i], &e) < 0)
        screen_message(&t->scr, 1, "%s", e.msg);
    else if (yes)
        screen_message(&t->scr, 0,
                       _("\"%s\" is detached from %s %lld; the history keeps that it was there."),
                       list[i].name, _(kind_get(g->kind)->label), (long long)g->id);
    attachment_list_free(list, n);
    tui_invalidate(t);
    return 1;
}

/* What an attach or link step works on: the desk and the record. */
struct act {
    struct tui *t;
    const struct target *g;
    const struct kind *k; /* the link's other record's kind */
    int64_t id;
};

/* Attach the file named; a refusal asks again with the name kept. */
static int try_attach(void *arg, int step, char *const *v, struct ird_err *e)
{
    struct act *a = arg;

    if (v[step][0] == '\0')
        return 0; /* nothing named: nothing to do */
    return attach_add(a->t->app, a->g->kind, a->g->id, v[step], NULL, e);
}

unsigned v_attach_add(struct tui *t, const struct target *g)
{
    static const struct prompt_step ask = { N_("File to attach: "), NULL, try_attach };
    struct act a = { t, g, NULL, 0 };
    char *path = NULL;

    if (detach_at_cursor(t, g))
        return REDRAW_ALL;
    if (prompt_steps(&t->scr, &ask, 1, &a, &path) && *path != '\0')
        screen_message(&t->scr, 0, _("\"%s\" is attached to %s %lld."),
                       strrchr(path, '/') ? strrchr(path, '/') + 1 : path,
                       _(kind_get(g->kind)->label), (long long)g->id);
    free(path);
    tui_invalidate(t);
    return REDRAW_ALL;
}

/* "network 3 partner": the kind, number and type (may be NULL: owned by
 * words) of the record to link to; 0, or -1 with the reason in *e. */
static int parse_target(char *words, const struct kind **k, int64_t *id, const char **type,
                        struct ird_err *e)
{
    char *save = NULL, *kw = strtok_r(words, " \t", &save), *nw = strtok_r(NULL, " \t", &save);
    char *end = NULL;
    long long n = nw != NULL ? strtoll(nw, &end, 10) : 0;

    *k = kw != NULL ? kind_by_name(kw) : NULL;
    if (*k == NULL || nw == NULL || *end != '\0' || n < 1)
        return ird_fail(e, IRD_INVALID, "%s",
                        _("Name the record as a kind and a number, then a type if you like: "
                          "network 3 partner."));
    *id = n;
    *type = save != NULL && *save != '\0' ? save : NULL;
    return 0;
}

/* In a detail view with the cursor on a linked record: ask, then remove
 * that link.  0 when the cursor is on none (a new link is asked for). */
static int unlink_at_cursor(struct tui *t, const struct target *g)
{
    const struct pline *l = cursor_line(t, 0);
    struct ird_err e = { 0 };
    char *q;
    int yes;

    if (l == NULL)
        return 0;
    /* L10N: the record the link goes to: "Network 2" */
    q = xasprintf(_("Remove the link to %s %lld?"), _(kind_get(l->kind)->label),
                  (long long)l->id);
    yes = prompt_yes(&t->scr, q);
    free(q);
    if (yes && desk_unlink(t->app, g->kind, g->id, l->kind, l->id, &e) < 0)
        screen_message(&t->scr, 1, "%s", e.msg);
    else if (yes)
        screen_message(&t->scr, 0, _("The link to %s %lld is removed."),
                       _(kind_get(l->kind)->label), (long long)l->id);
    tui_invalidate(t);
    return 1;
}

/* Link to the record the words name; a refusal asks again with the words
 * kept. */
static int try_link(void *arg, int step, char *const *v, struct ird_err *e)
{
    struct act *a = arg;
    const char *type = NULL;
    char *words = xstrdup(v[step]); /* parse_target cuts its words */
    int rc = 0;

    if (*words != '\0' && (parse_target(words, &a->k, &a->id, &type, e) < 0 ||
                           desk_link_put(a->t->app, a->g->kind, a->g->id, a->k->id, a->id,
                                         type, e) < 0))
        rc = -1;
    free(words);
    return rc;
}

unsigned v_attach_link(struct tui *t, const struct target *g)
{
    static const struct prompt_step ask = { N_("Link to (kind, number, type): "), NULL,
                                            try_link };
    struct act a = { t, g, NULL, 0 };
    char *words = NULL;

    if (unlink_at_cursor(t, g))
        return REDRAW_ALL;
    if (prompt_steps(&t->scr, &ask, 1, &a, &words) && *words != '\0')
        screen_message(&t->scr, 0, _("Linked: %s %lld, %s %lld."), _(kind_get(g->kind)->label),
                       (long long)g->id, _(a.k->label), (long long)a.id);
    free(words);
    tui_invalidate(t);
    return REDRAW_ALL;
}

unsigned v_attach_open(struct tui *t, enum kind_id k, int64_t id, int64_t file)
{
    struct attachment *list = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;
    int rc = -1;

    if (desk_attachments(t->app, k, id, 1, &list, &n, &e) < 0) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    for (i = 0; i < n && list[i].id != file; i++)
        ;
    if (i < n) {
        screen_suspend();
        rc = attach_open(t->app, &list[i], &e);
        screen_resume();
    }
    if (rc < 0)
        screen_message(&t->scr, 1, "%s", i < n ? e.msg : ird_code_text(IRD_NOT_FOUND));
    attachment_list_free(list, n);
    return REDRAW_ALL;
}
