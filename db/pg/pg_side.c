#include "db/pg/pg.h"

#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>

#include "db/pg/pg_int.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/saved.h"

/* What is shown beside a record's fields, on PostgreSQL: its links, its
 * decision log, its journal, its extra lines; the saved views and the
 * policy note's chapters and priorities. */

/* The rows of sql for record (code, id) of a kind; NULL with e filled. */
static PGresult *rows_of(struct store *s, const char *sql, const char *code, int64_t id,
                         struct ird_err *e)
{
    struct pg_params p = { 0 };
    PGresult *r;

    if (code != NULL)
        pg_param(&p, code);
    if (id != 0)
        pg_param_int(&p, id);
    r = pg_run(s, sql, &p, e);
    pg_params_fini(&p);
    return r;
}

/* Add record (k, id) to the links once, named by its title. */
static void link_push(struct store *s, struct link_ref **l, size_t *n, enum kind_id k, int64_t id,
                      const char *note, const char *note_en)
{
    struct record *r = NULL;
    const struct field *tf;
    struct link_ref *x;
    size_t i;

    for (i = 0; i < *n; i++)
        if ((*l)[i].kind == k && (*l)[i].id == id)
            return;
    if (pg_get(s, k, id, &r, NULL) < 0)
        return;
    *l = xrealloc(*l, (*n + 1) * sizeof **l);
    x = &(*l)[(*n)++];
    tf = &r->kind->fields[r->kind->title];
    x->kind = k;
    x->id = id;
    if (ftype_is(tf->type, FTYPE_RECORD)) {
        x->title_nl = xstrdup(r->ref_title[2 * r->kind->title]);
        x->title_en = xstrdup(r->ref_title[2 * r->kind->title + 1]);
    } else {
        x->title_nl = xstrdup(r->val[r->kind->title]);
        x->title_en = xstrdup(tf->alt >= 0 ? r->val[tf->alt] : r->val[r->kind->title]);
    }
    x->status = xstrdup(r->status);
    x->note = xstrdup(note);
    x->note_en = xstrdup(note_en);
    record_free(&r);
}

int pg_links(struct store *s, enum kind_id kid, int64_t id, struct link_ref **out, size_t *n,
             struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct record *self = NULL;
    PGresult *r;
    int kk, i, j;

    *out = NULL;
    *n = 0;
    if (pg_get(s, kid, id, &self, e) < 0)
        return -1;
    for (i = 0; i < k->nfields; i++)
        if (ftype_is(k->fields[i].type, FTYPE_RECORD) && self->val[i] != NULL)
            link_push(s, out, n, k->fields[i].ref, strtoll(self->val[i], NULL, 10), NULL, NULL);
    record_free(&self);
    r = rows_of(s, "SELECT b_kind, b_id, note, note_en FROM link WHERE a_kind = $1 AND a_id = $2"
                   " UNION ALL SELECT a_kind, a_id, note, note_en FROM link"
                   " WHERE b_kind = $1 AND b_id = $2 ORDER BY 1, 2",
                k->code, id, e);
    if (r == NULL)
        goto fail;
    for (i = 0; i < PQntuples(r); i++) {
        const struct kind *lk = kind_by_code(PQgetvalue(r, i, 0));
        if (lk != NULL)
            link_push(s, out, n, lk->id, pg_int(r, i, 1),
                      PQgetisnull(r, i, 2) ? NULL : PQgetvalue(r, i, 2),
                      PQgetisnull(r, i, 3) ? NULL : PQgetvalue(r, i, 3));
    }
    PQclear(r);
    /* records that refer to this one (a city's agreements) */
    for (kk = 0; kk < kind_count(); kk++) {
        const struct kind *o = kind_get((enum kind_id)kk);
        for (i = 0; i < o->nfields; i++) {
            struct buf b = { 0 };
            if (!ftype_is(o->fields[i].type, FTYPE_RECORD) || o->fields[i].ref != kid)
                continue;
            buf_printf(&b, "SELECT id FROM %s WHERE %s = $1 AND archived = 0 ORDER BY id",
                       o->table, o->fields[i].name);
            r = rows_of(s, b.s, NULL, id, e);
            buf_fini(&b);
            if (r == NULL)
                goto fail;
            for (j = 0; j < PQntuples(r); j++)
                link_push(s, out, n, o->id, pg_int(r, j, 0), NULL, NULL);
            PQclear(r);
        }
    }
    return 0;
fail:
    link_list_free(*out, *n);
    *out = NULL;
    *n = 0;
    return -1;
}

int pg_decisions(struct store *s, enum kind_id k, int64_t id, struct decision **out, size_t *n,
                 struct ird_err *e)
{
    PGresult *r = rows_of(s,
                          "SELECT id, decided, body, body_en, text_nl, text_en, en_given, source,"
                          " done, done_source, done_status FROM decision"
                          " WHERE kind = $1 AND record_id = $2"
                          " ORDER BY decided COLLATE \"C\" DESC, id DESC",
                          kind_get(k)->code, id, e);
    int i;

    *out = NULL;
    *n = 0;
    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0)
        *out = xcalloc((size_t)PQntuples(r), sizeof **out);
    for (i = 0; i < PQntuples(r); i++) {
        struct decision *d = &(*out)[i];
        d->id = pg_int(r, i, 0);
        d->decided = pg_text(r, i, 1);
        d->body = pg_text(r, i, 2);
        d->body_en = pg_text(r, i, 3);
        d->text_nl = pg_text(r, i, 4);
        d->text_en = pg_text(r, i, 5);
        d->en_given = (int)pg_int(r, i, 6);
        d->source = pg_text(r, i, 7);
        d->done = pg_text(r, i, 8);
        d->done_source = pg_text(r, i, 9);
        d->done_status = pg_text(r, i, 10);
    }
    *n = (size_t)PQntuples(r);
    PQclear(r);
    return 0;
}

int pg_notes(struct store *s, enum kind_id k, int64_t id, struct note **out, size_t *n,
             struct ird_err *e)
{
    PGresult *r = rows_of(s,
                          "SELECT id, at, \"user\", body FROM note WHERE kind = $1"
                          " AND record_id = $2 ORDER BY at COLLATE \"C\" DESC, id DESC",
                          kind_get(k)->code, id, e);
    int i;

    *out = NULL;
    *n = 0;
    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0)
        *out = xcalloc((size_t)PQntuples(r), sizeof **out);
    for (i = 0; i < PQntuples(r); i++) {
        (*out)[i].id = pg_int(r, i, 0);
        (*out)[i].kind = k;
        (*out)[i].record_id = id;
        (*out)[i].at = pg_text(r, i, 1);
        (*out)[i].user = pg_text(r, i, 2);
        (*out)[i].body = pg_text(r, i, 3);
    }
    *n = (size_t)PQntuples(r);
    PQclear(r);
    return 0;
}

int pg_views(struct store *s, struct view_def **out, size_t *n, struct ird_err *e)
{
    PGresult *r = rows_of(s,
                          "SELECT name, title_nl, title_en, kind, search, status, sort,"
                          " descending, columns, builtin FROM view ORDER BY builtin DESC, id",
                          NULL, 0, e);
    int i;

    *out = NULL;
    *n = 0;
    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0)
        *out = xcalloc((size_t)PQntuples(r), sizeof **out);
    for (i = 0; i < PQntuples(r); i++) {
        struct view_def *v = &(*out)[i];
        v->name = pg_text(r, i, 0);
        v->title_nl = pg_text(r, i, 1);
        v->title_en = pg_text(r, i, 2);
        v->kind = pg_text(r, i, 3);
        v->search = pg_text(r, i, 4);
        v->status = pg_text(r, i, 5);
        v->sort = pg_text(r, i, 6);
        v->descending = (int)pg_int(r, i, 7);
        v->columns = pg_text(r, i, 8);
        v->builtin = (int)pg_int(r, i, 9);
    }
    *n = (size_t)PQntuples(r);
    PQclear(r);
    return 0;
}

int pg_chapters(struct store *s, struct chapter **out, size_t *n, struct ird_err *e)
{
    PGresult *r = rows_of(s, "SELECT number, title_nl, title_en FROM chapter ORDER BY number",
                          NULL, 0, e);
    int i;

    *out = NULL;
    *n = 0;
    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0)
        *out = xcalloc((size_t)PQntuples(r), sizeof **out);
    for (i = 0; i < PQntuples(r); i++) {
        (*out)[i].number = (int)pg_int(r, i, 0);
        (*out)[i].title_nl = pg_text(r, i, 1);
        (*out)[i].title_en = pg_text(r, i, 2);
    }
    *n = (size_t)PQntuples(r);
    PQclear(r);
    return 0;
}

/* Where each type of extra line comes from, as in db/store_links.c. */
static const char *const extra_sources[EXTRA_TYPES] = {
    [EXTRA_ROLE] = "SELECT 0, role_nl, role_en, body, from_year, to_year, body_en, note,"
                   " note_en FROM network_role"
                   " WHERE network_id = $1 ORDER BY from_year IS NULL, from_year, id",
    [EXTRA_CHAPTER] = "SELECT c.number, c.title_nl, c.title_en, NULL, NULL, NULL, NULL, NULL,"
                      " NULL FROM initiative i JOIN chapter c ON c.number = i.chapter"
                      " WHERE i.id = $1",
    [EXTRA_PRIORITY] = "SELECT 0, p.name_nl, p.name_en, NULL, NULL, NULL, NULL, ip.basis,"
                       " ip.basis_en"
                       " FROM initiative_priority ip JOIN priority p ON p.id = ip.priority_id"
                       " WHERE ip.initiative_id = $1 ORDER BY ip.priority_id",
};

int pg_extras(struct store *s, enum kind_id kid, int64_t id, struct extra **out, size_t *n,
              struct ird_err *e)
{
    int t, i;

    *out = NULL;
    *n = 0;
    for (t = 0; t < EXTRA_TYPES; t++) {
        PGresult *r;
        if (!(kind_get(kid)->extras & EXTRA_BIT(t)))
            continue;
        if ((r = rows_of(s, extra_sources[t], NULL, id, e)) == NULL) {
            extra_list_free(*out, *n);
            *out = NULL;
            *n = 0;
            return -1;
        }
        for (i = 0; i < PQntuples(r); i++) {
            struct extra *x;
            *out = xrealloc(*out, (*n + 1) * sizeof **out);
            x = &(*out)[(*n)++];
            x->type = (enum extra_type)t;
            x->number = (int)pg_int(r, i, 0);
            x->nl = pg_text(r, i, 1);
            x->en = pg_text(r, i, 2);
            x->body = pg_text(r, i, 3);
            x->from_year = (int)pg_int(r, i, 4);
            x->to_year = (int)pg_int(r, i, 5);
            x->body_en = pg_text(r, i, 6);
            x->note = pg_text(r, i, 7);
            x->note_en = pg_text(r, i, 8);
        }
        PQclear(r);
    }
    return 0;
}

int pg_priority_counts(struct store *s, struct prio_count **out, size_t *n, struct ird_err *e)
{
    PGresult *r = rows_of(s,
                          "SELECT p.id, p.name_nl, p.name_en, i.status, count(i.id) FROM priority p"
                          " LEFT JOIN initiative_priority ip ON ip.priority_id = p.id"
                          " LEFT JOIN initiative i ON i.id = ip.initiative_id AND i.archived = 0"
                          " GROUP BY p.id, i.status ORDER BY p.id, i.status IS NOT NULL, i.status COLLATE \"C\"",
                          NULL, 0, e);
    int i;

    *out = NULL;
    *n = 0;
    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0)
        *out = xcalloc((size_t)PQntuples(r), sizeof **out);
    for (i = 0; i < PQntuples(r); i++) {
        (*out)[i].priority = (int)pg_int(r, i, 0);
        (*out)[i].name_nl = pg_text(r, i, 1);
        (*out)[i].name_en = pg_text(r, i, 2);
        (*out)[i].status = pg_text(r, i, 3);
        (*out)[i].count = (long)pg_int(r, i, 4);
    }
    *n = (size_t)PQntuples(r);
    PQclear(r);
    return 0;
}
