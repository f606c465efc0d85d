#include "db/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* What is shown with a record beside its fields: links, extras; the
 * policy note's chapters and priorities. */

int store_chapters(struct store *s, struct chapter **out, size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_chapters(s, out, n, e);
    sqlite3_stmt *st = NULL;
    int step;

    *out = NULL;
    *n = 0;
    if (store_prepare(s, "SELECT number, title_nl, title_en FROM chapter ORDER BY number", &st,
                      e) < 0)
        return -1;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xrealloc(*out, (*n + 1) * sizeof **out);
        (*out)[*n].number = sqlite3_column_int(st, 0);
        (*out)[*n].title_nl = store_col_text(st, 1);
        (*out)[*n].title_en = store_col_text(st, 2);
        (*n)++;
    }
    store_finalize(s, st);
    if (step != SQLITE_DONE) {
        chapter_list_free(*out, *n);
        *out = NULL;
        *n = 0;
        return store_fail(s, e, step);
    }
    return 0;
}

int store_priority_counts(struct store *s, struct prio_count **out, size_t *n,
                          struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_priority_counts(s, out, n, e);
    sqlite3_stmt *st = NULL;
    int step;

    *out = NULL;
    *n = 0;
    if (store_prepare(s,
                "SELECT p.id, p.name_nl, p.name_en, i.status, count(i.id) FROM priority p"
                " LEFT JOIN initiative_priority ip ON ip.priority_id = p.id"
                " LEFT JOIN initiative i ON i.id = ip.initiative_id AND i.archived = 0"
                " GROUP BY p.id, i.status ORDER BY p.id, i.status",
                &st, e) < 0)
        return -1;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        struct prio_count *p;
        *out = xrealloc(*out, (*n + 1) * sizeof **out);
        p = &(*out)[(*n)++];
        p->priority = sqlite3_column_int(st, 0);
        p->name_nl = store_col_text(st, 1);
        p->name_en = store_col_text(st, 2);
        p->status = store_col_text(st, 3);
        p->count = (long)sqlite3_column_int64(st, 4);
    }
    store_finalize(s, st);
    if (step != SQLITE_DONE) {
        prio_count_list_free(*out, *n);
        *out = NULL;
        *n = 0;
        return store_fail(s, e, step);
    }
    return 0;
}

struct link_acc {
    struct link_ref *l;
    size_t n, cap;
};

static void link_push(struct store *s, struct link_acc *a, enum kind_id k, int64_t id,
                      const char *note, const char *note_en)
{
    struct record *r = NULL;
    const struct field *tf;
    size_t i;

    for (i = 0; i < a->n; i++)
        if (a->l[i].kind == k && a->l[i].id == id)
            return;
    if (store_get(s, k, id, &r, NULL) < 0)
        return;
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 8;
        a->l = xrealloc(a->l, a->cap * sizeof *a->l);
    }
    tf = &r->kind->fields[r->kind->title];
    a->l[a->n].kind = k;
    a->l[a->n].id = id;
    if (ftype_is(tf->type, FTYPE_RECORD)) {
        /* named by the record it refers to (an assessment by its city) */
        a->l[a->n].title_nl = xstrdup(r->ref_title[2 * r->kind->title]);
        a->l[a->n].title_en = xstrdup(r->ref_title[2 * r->kind->title + 1]);
    } else {
        a->l[a->n].title_nl = xstrdup(r->val[r->kind->title]);
        /* NULL when it has no English title: the reader marks the Dutch one */
        a->l[a->n].title_en = xstrdup(tf->alt >= 0 ? r->val[tf->alt] : r->val[r->kind->title]);
    }
    a->l[a->n].status = xstrdup(r->status);
    a->l[a->n].note = xstrdup(note);
    a->l[a->n].note_en = xstrdup(note_en);
    a->n++;
    record_free(&r);
}

int store_links(struct store *s, enum kind_id kid, int64_t id, struct link_ref **out, size_t *n,
                struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_links(s, kid, id, out, n, e);
    const struct kind *k = kind_get(kid);
    struct link_acc a = { 0 };
    sqlite3_stmt *st = NULL;
    struct record *self = NULL;
    int kk, i, step, rc = -1;

    *out = NULL;
    *n = 0;
    /* what this record refers to */
    if (store_get(s, kid, id, &self, e) < 0)
        goto out;
    for (i = 0; i < k->nfields; i++)
        if (ftype_is(k->fields[i].type, FTYPE_RECORD) && self->val[i] != NULL)
            link_push(s, &a, k->fields[i].ref, strtoll(self->val[i], NULL, 10), NULL, NULL);
    /* explicit links, either way */
    if (store_prepare(s,
                "SELECT b_kind, b_id, note, note_en FROM link WHERE a_kind = ?1 AND a_id = ?2"
                " UNION ALL SELECT a_kind, a_id, note, note_en FROM link"
                " WHERE b_kind = ?1 AND b_id = ?2"
                " ORDER BY 1, 2",
                &st, e) < 0)
        goto out;
    sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const struct kind *lk = kind_by_code((const char *)sqlite3_column_text(st, 0));
        if (lk != NULL)
            link_push(s, &a, lk->id, sqlite3_column_int64(st, 1),
                      (const char *)sqlite3_column_text(st, 2),
                      (const char *)sqlite3_column_text(st, 3));
    }
    if (step != SQLITE_DONE) {
        store_fail(s, e, step);
        goto out;
    }
    store_finalize(s, st);
    st = NULL;
    /* records that refer to this one (a city's agreements) */
    for (kk = 0; kk < kind_count(); kk++) {
        const struct kind *o = kind_get((enum kind_id)kk);
        for (i = 0; i < o->nfields; i++) {
            struct buf b = { 0 };
            if (!ftype_is(o->fields[i].type, FTYPE_RECORD) || o->fields[i].ref != kid)
                continue;
            buf_printf(&b, "SELECT id FROM %s WHERE %s = ?1 AND archived = 0 ORDER BY id",
                       o->table, o->fields[i].name);
            rc = store_prepare(s, b.s, &st, e);
            buf_fini(&b);
            if (rc < 0)
                goto out;
            rc = -1;
            sqlite3_bind_int64(st, 1, id);
            while (sqlite3_step(st) == SQLITE_ROW)
                link_push(s, &a, o->id, sqlite3_column_int64(st, 0), NULL, NULL);
            store_finalize(s, st);
            st = NULL;
        }
    }
    *out = a.l;
    *n = a.n;
    a.l = NULL;
    a.n = 0;
    rc = 0;
out:
    store_finalize(s, st);
    record_free(&self);
    link_list_free(a.l, a.n);
    return rc;
}

/* Where each type of extra line comes from (a kind names the types it
 * shows in its descriptor's extras): SQL giving (number, nl, en, body,
 * from_year, to_year, body_en, note, note_en) rows for record ?1. */
static const char *const extra_sources[EXTRA_TYPES] = {
    [EXTRA_ROLE] = "SELECT 0, role_nl, role_en, body, from_year, to_year, body_en, note,"
                   " note_en FROM network_role"
                   " WHERE network_id = ?1 ORDER BY from_year IS NULL, from_year, id",
    [EXTRA_CHAPTER] = "SELECT c.number, c.title_nl, c.title_en, NULL, NULL, NULL, NULL, NULL,"
                      " NULL FROM initiative i JOIN chapter c ON c.number = i.chapter"
                      " WHERE i.id = ?1",
    [EXTRA_PRIORITY] = "SELECT 0, p.name_nl, p.name_en, NULL, NULL, NULL, NULL, ip.basis,"
                       " ip.basis_en"
                       " FROM initiative_priority ip JOIN priority p ON p.id = ip.priority_id"
                       " WHERE ip.initiative_id = ?1 ORDER BY ip.priority_id",
};

/* Append the rows of one source for record id to *out. */
static int extra_rows(struct store *s, enum extra_type type, int64_t id, struct extra **out,
                      size_t *n, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int step;

    if (store_prepare(s, extra_sources[type], &st, e) < 0)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        struct extra *x;
        *out = xrealloc(*out, (*n + 1) * sizeof **out);
        x = &(*out)[(*n)++];
        x->type = type;
        x->number = sqlite3_column_int(st, 0);
        x->nl = store_col_text(st, 1);
        x->en = store_col_text(st, 2);
        x->body = store_col_text(st, 3);
        x->from_year = sqlite3_column_int(st, 4);
        x->to_year = sqlite3_column_int(st, 5);
        x->body_en = store_col_text(st, 6);
        x->note = store_col_text(st, 7);
        x->note_en = store_col_text(st, 8);
    }
    store_finalize(s, st);
    return step == SQLITE_DONE ? 0 : store_fail(s, e, step);
}

int store_extras(struct store *s, enum kind_id kid, int64_t id, struct extra **out, size_t *n,
                 struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_extras(s, kid, id, out, n, e);
    unsigned extras = kind_get(kid)->extras;
    int t;

    *out = NULL;
    *n = 0;
    for (t = 0; t < EXTRA_TYPES; t++) {
        if (!(extras & EXTRA_BIT(t)))
            continue;
        if (extra_rows(s, (enum extra_type)t, id, out, n, e) < 0) {
            extra_list_free(*out, *n);
            *out = NULL;
            *n = 0;
            return -1;
        }
    }
    return 0;
}

/* The row id of the explicit link between two records (either way), 0 when
 * there is none, -1 on error. */
static int64_t link_row(struct store *s, const struct kind *a, int64_t aid, const struct kind *b,
                        int64_t bid, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int64_t row = 0;
    int step;

    if (store_prepare(s,
                      "SELECT id FROM link WHERE (a_kind = ?1 AND a_id = ?2 AND b_kind = ?3"
                      " AND b_id = ?4) OR (a_kind = ?3 AND a_id = ?4 AND b_kind = ?1"
                      " AND b_id = ?2)",
                      &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, a->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, aid);
    sqlite3_bind_text(st, 3, b->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, bid);
    step = sqlite3_step(st);
    if (step == SQLITE_ROW)
        row = sqlite3_column_int64(st, 0);
    store_finalize(s, st);
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        return store_fail(s, e, step);
    return row;
}

/* The history line on each end of a link (field "link" or "unlink"): the
 * other record as "kind id", the note. */
static int link_events(struct store *s, const struct kind *a, int64_t aid, const struct kind *b,
                       int64_t bid, const char *field, const char *note, const struct stamp *t,
                       struct ird_err *e)
{
    char other[64];
    int rc;

    snprintf(other, sizeof other, "%s %lld", b->code, (long long)bid);
    rc = store_event(s, a, aid, field, other, note, NULL, t, e);
    snprintf(other, sizeof other, "%s %lld", a->code, (long long)aid);
    return rc < 0 ? -1 : store_event(s, b, bid, field, other, note, NULL, t, e);
}

int store_link_add(struct store *s, enum kind_id ak, int64_t aid, enum kind_id bk, int64_t bid,
                   const char *note, const struct stamp *t, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_link_add(s, ak, aid, bk, bid, note, t, e);
    const struct kind *a = kind_get(ak), *b = kind_get(bk);
    sqlite3_stmt *st = NULL;
    int64_t row;

    if (store_begin(s, e) < 0)
        return -1;
    if (!store_exists(s, ak, aid) || !store_exists(s, bk, bid)) {
        int a_missing = !store_exists(s, ak, aid);
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _((a_missing ? a : b)->label),
                 (long long)(a_missing ? aid : bid));
        goto out;
    }
    if (ak == bk && aid == bid) {
        ird_fail(e, IRD_INVALID, "%s", _("A record cannot be linked to itself."));
        goto out;
    }
    if ((row = link_row(s, a, aid, b, bid, e)) != 0) {
        if (row > 0)
            ird_fail(e, IRD_INVALID, _("%s %lld and %s %lld are linked already."), _(a->label),
                     (long long)aid, _(b->label), (long long)bid);
        goto out;
    }
    if (store_prepare(s,
                      "INSERT INTO link (a_kind, a_id, b_kind, b_id, note)"
                      " VALUES (?1, ?2, ?3, ?4, ?5)",
                      &st, e) < 0)
        goto out;
    sqlite3_bind_text(st, 1, a->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, aid);
    sqlite3_bind_text(st, 3, b->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, bid);
    store_bind_text(st, 5, note);
    if (store_run(s, st, e) < 0 || link_events(s, a, aid, b, bid, "link", note, t, e) < 0)
        goto out;
    return store_commit(s, e);
out:
    store_rollback(s);
    return -1;
}

int store_link_remove(struct store *s, enum kind_id ak, int64_t aid, enum kind_id bk,
                      int64_t bid, const struct stamp *t, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_link_remove(s, ak, aid, bk, bid, t, e);
    const struct kind *a = kind_get(ak), *b = kind_get(bk);
    sqlite3_stmt *st = NULL;
    int64_t row;

    if (store_begin(s, e) < 0)
        return -1;
    if ((row = link_row(s, a, aid, b, bid, e)) <= 0) {
        if (row == 0)
            ird_fail(e, IRD_NOT_FOUND, _("%s %lld and %s %lld have no link to remove (where a field of one names "
                       "the other, change that field)."), _(a->label),
                     (long long)aid, _(b->label), (long long)bid);
        goto out;
    }
    if (store_prepare(s, "DELETE FROM link WHERE id = ?1", &st, e) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, row);
    if (store_run(s, st, e) < 0 || link_events(s, a, aid, b, bid, "unlink", NULL, t, e) < 0)
        goto out;
    return store_commit(s, e);
out:
    store_rollback(s);
    return -1;
}

int store_last_change(struct store *s, enum kind_id k, int64_t id, char out[32],
                      struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_last_change(s, k, id, out, e);
    sqlite3_stmt *st = NULL;
    int step;

    out[0] = '\0';
    if (store_prepare(s,
                      "SELECT max(at) FROM history WHERE kind = ?1 AND record_id = ?2"
                      " AND at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T"
                      "[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'",
                      &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, kind_get(k)->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    step = sqlite3_step(st);
    if (step == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL)
        snprintf(out, 32, "%s", (const char *)sqlite3_column_text(st, 0));
    store_finalize(s, st);
    return step == SQLITE_ROW || step == SQLITE_DONE ? 0 : store_fail(s, e, step);
}
