#include "core/undo.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/record.h"

void undo_init(struct undo *u)
{
    memset(u, 0, sizeof *u);
}

static void step_fini(struct undo_step *s)
{
    size_t i;

    for (i = 0; i < s->n; i++) {
        record_free(&s->c[i].before);
        record_free(&s->c[i].after);
        free(s->c[i].from);
        free(s->c[i].to);
    }
    free(s->c);
    free(s->label);
    memset(s, 0, sizeof *s);
}

/* Drop the steps from index 'from' on. */
static void drop_from(struct undo *u, size_t from)
{
    while (u->n > from)
        step_fini(&u->steps[--u->n]);
    if (u->done > u->n)
        u->done = u->n;
}

void undo_fini(struct undo *u)
{
    drop_from(u, 0);
    free(u->steps);
    memset(u, 0, sizeof *u);
}

void undo_begin(struct undo *u, const char *label)
{
    if (u->open)
        undo_end(u);
    drop_from(u, u->done); /* a new change: what was undone stays undone */
    if (u->n == u->cap) {
        u->cap = u->cap ? u->cap * 2 : 16;
        u->steps = xrealloc(u->steps, u->cap * sizeof *u->steps);
    }
    memset(&u->steps[u->n], 0, sizeof u->steps[u->n]);
    u->steps[u->n].label = xstrdup(label);
    u->n++;
    u->open = 1;
}

/* A new change in the open step (NULL when none is open). */
static struct undo_change *add(struct undo *u, enum undo_what w, enum kind_id k, int64_t id,
                               int64_t version)
{
    struct undo_step *s;
    struct undo_change *c;

    if (!u->open)
        return NULL;
    s = &u->steps[u->n - 1];
    s->c = xrealloc(s->c, (s->n + 1) * sizeof *s->c);
    c = &s->c[s->n++];
    memset(c, 0, sizeof *c);
    c->what = w;
    c->kind = k;
    c->id = id;
    c->version = version;
    return c;
}

void undo_note_edit(struct undo *u, const struct record *before, const struct record *after)
{
    struct undo_change *c = add(u, UNDO_EDIT, after->kind->id, after->id, after->version);

    if (c == NULL)
        return;
    c->before = record_dup(before);
    c->after = record_dup(after);
}

void undo_note_status(struct undo *u, enum kind_id k, int64_t id, int64_t version,
                      const char *from, const char *to)
{
    struct undo_change *c = add(u, UNDO_STATUS, k, id, version);

    if (c == NULL)
        return;
    c->from = xstrdup(from);
    c->to = xstrdup(to);
}

void undo_note_archive(struct undo *u, enum kind_id k, int64_t id, int64_t version,
                       int archived)
{
    struct undo_change *c = add(u, UNDO_ARCHIVE, k, id, version);

    if (c != NULL)
        c->archived = archived;
}

void undo_end(struct undo *u)
{
    if (!u->open)
        return;
    u->open = 0;
    if (u->steps[u->n - 1].n == 0)
        step_fini(&u->steps[--u->n]);
    else
        u->done = u->n;
}

size_t undo_can_undo(const struct undo *u)
{
    return u->done;
}

size_t undo_can_redo(const struct undo *u)
{
    return u->n - u->done;
}

/* The record must still be as this desk left it. */
static int check_current(struct app *a, const struct undo_change *c, struct ird_err *e)
{
    struct record *r = NULL;
    int rc = 0;

    if (desk_get(a, c->kind, c->id, &r, e) < 0)
        return -1;
    if (r->version != c->version)
        rc = ird_fail(e, IRD_STALE,
                      _("Another desk has changed %s %lld · %s since (now version %lld; this "
                        "desk left it at version %lld): nothing was undone or redone."),
                      _(kind_get(c->kind)->label), (long long)c->id, record_title(r),
                      (long long)r->version, (long long)c->version);
    record_free(&r);
    return rc;
}

/* Put the values of 'to' back into the fields in which from and to differ. */
static int apply_edit(struct app *a, struct undo_change *c, int back, const char *now,
                      struct ird_err *e)
{
    const struct record *want = back ? c->before : c->after;
    const struct record *other = back ? c->after : c->before;
    struct record *r = NULL;
    int i, rc;

    if (desk_get(a, c->kind, c->id, &r, e) < 0)
        return -1;
    for (i = 0; i < r->kind->nfields; i++) {
        const char *w = record_get(want, i), *o = record_get(other, i);
        if ((w == NULL) != (o == NULL) || (w != NULL && strcmp(w, o) != 0))
            record_set(r, i, w);
    }
    r->version = c->version;
    rc = desk_put(a, r, now, e);
    if (rc == 0)
        c->version = r->version;
    record_free(&r);
    return rc;
}

/* Undo (back) or redo one change, stamped now. */
static int apply(struct app *a, struct undo_change *c, int back, const char *now,
                 struct ird_err *e)
{
    const char *note = back ? _("Undone at the desk") : _("Redone at the desk");
    int rc;

    switch (c->what) {
    case UNDO_EDIT:
        return apply_edit(a, c, back, now, e);
    case UNDO_STATUS:
        /* the way back is no move of the workflow: it puts what was */
        rc = desk_put_status(a, c->kind, c->id, c->version, back ? c->to : c->from,
                             back ? c->from : c->to, note, now, e);
        break;
    default:
        rc = desk_put_archived(a, c->kind, c->id, c->version, back ? !c->archived : c->archived,
                               note, now, e);
        break;
    }
    if (rc == 0)
        c->version++;
    return rc;
}

/* Every change of the stack to the record of c expects the version c left
 * it at: the one it has whenever the stack gets back to that change. */
static void carry_version(struct undo *u, const struct undo_change *c)
{
    size_t i, j;

    for (i = 0; i < u->n; i++)
        for (j = 0; j < u->steps[i].n; j++) {
            struct undo_change *o = &u->steps[i].c[j];
            if (o->kind == c->kind && o->id == c->id)
                o->version = c->version;
        }
}

/* Undo (back) or redo step s of u: every record checked, then every change
 * applied, in one transaction. */
static int run_step(struct app *a, struct undo *u, struct undo_step *s, int back,
                    struct ird_err *e)
{
    char now[32];
    size_t i;
    int64_t *saved = xcalloc(s->n + 1, sizeof *saved);
    int rc = -1;

    if (app_readonly(a)) {
        ird_fail(e, IRD_READONLY, "%s", ird_code_text(IRD_READONLY));
        goto out;
    }
    for (i = 0; i < s->n; i++) {
        saved[i] = s->c[i].version;
        if (check_current(a, &s->c[i], e) < 0)
            goto out;
    }
    app_now(a, now);
    if (desk_begin(a, e) < 0)
        goto out;
    for (i = 0; i < s->n; i++) {
        size_t j = back ? s->n - 1 - i : i;
        if (apply(a, &s->c[j], back, now, e) < 0)
            break;
    }
    if (i == s->n && desk_commit(a, e) == 0) {
        for (i = 0; i < s->n; i++)
            carry_version(u, &s->c[i]);
        rc = 0;
        goto out;
    }
    desk_rollback(a);
    for (i = 0; i < s->n; i++)
        s->c[i].version = saved[i];
out:
    free(saved);
    return rc;
}

int undo_undo(struct app *a, struct undo *u, const char **label, struct ird_err *e)
{
    undo_end(u);
    if (u->done == 0 && u->n > 0) /* changes were made, and all are undone */
        return ird_fail(e, IRD_NOT_FOUND, "%s",
                        _("Nothing more to undo: every change made at this desk since it "
                          "started is undone (redo puts them back)."));
    if (u->done == 0)
        return ird_fail(e, IRD_NOT_FOUND, "%s",
                        _("Nothing to undo: undo takes back edits, status changes and archiving "
                          "made at this desk, and none was made since it started."));
    if (run_step(a, u, &u->steps[u->done - 1], 1, e) < 0)
        return -1;
    u->done--;
    *label = u->steps[u->done].label;
    return 0;
}

int undo_redo(struct app *a, struct undo *u, const char **label, struct ird_err *e)
{
    undo_end(u);
    if (u->done == u->n)
        return ird_fail(e, IRD_NOT_FOUND, "%s", _("Nothing to redo."));
    if (run_step(a, u, &u->steps[u->done], 0, e) < 0)
        return -1;
    *label = u->steps[u->done].label;
    u->done++;
    return 0;
}
