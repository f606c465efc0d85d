#include "db/pg/pg.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/pg/pg_int.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/digest.h"
#include "lib/mem.h"
#include "model/saved.h"
#include "model/side.h"

/* The other writes on PostgreSQL (the journal, the decision log, saved
 * views), the search of everything, and rows as they are stored for the
 * JSON exchange. */

/* Run sql with p in a transaction of its own (a savepoint inside a batch):
 * a refused statement leaves the batch usable, as in SQLite.  The id it
 * returns (RETURNING id) into *id when id is not NULL. */
static int write_one(struct store *s, const char *sql, struct pg_params *p, int64_t *id,
                     struct ird_err *e)
{
    PGresult *r;

    if (pg_begin(s, e) < 0)
        return -1;
    if ((r = pg_run(s, sql, p, e)) == NULL) {
        pg_rollback(s);
        return -1;
    }
    if (id != NULL)
        *id = PQntuples(r) > 0 ? pg_int(r, 0, 0) : 0;
    PQclear(r);
    return pg_commit(s, e);
}

int pg_note_add(struct store *s, enum kind_id k, int64_t id, const char *body,
                const struct stamp *t, int64_t *note_id, struct ird_err *e)
{
    const struct kind *kd = kind_get(k);
    struct pg_params p = { 0 };
    int64_t nid = 0;
    int rc;

    if (!pg_exists(s, k, id))
        return ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(kd->label),
                        (long long)id);
    pg_param(&p, kd->code);
    pg_param_int(&p, id);
    pg_param(&p, t->at);
    pg_param(&p, t->user);
    pg_param(&p, body);
    rc = write_one(s, "INSERT INTO note (kind, record_id, at, \"user\", body)"
                      " VALUES ($1, $2, $3, $4, $5) RETURNING id", &p, &nid, e);
    pg_params_fini(&p);
    if (rc == 0 && note_id != NULL)
        *note_id = nid;
    return rc;
}

int pg_decide(struct store *s, enum kind_id kid, int64_t id, struct decision *d,
              const struct stamp *t, struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct pg_params p = { 0 };
    PGresult *r = NULL;
    int rc = -1;

    if (pg_begin(s, e) < 0)
        return -1;
    if (!pg_exists(s, kid, id)) {
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(k->label), (long long)id);
        goto out;
    }
    pg_param(&p, k->code);
    pg_param_int(&p, id);
    pg_param(&p, d->decided);
    pg_param(&p, d->body);
    pg_param(&p, d->body_en);
    pg_param(&p, d->text_nl);
    pg_param(&p, d->text_en);
    pg_param_int(&p, d->en_given != 0);
    pg_param(&p, d->source);
    r = pg_run(s, "INSERT INTO decision (kind, record_id, decided, body, body_en, text_nl,"
                  " text_en, en_given, source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
                  " RETURNING id", &p, e);
    if (r == NULL)
        goto out;
    d->id = pg_int(r, 0, 0);
    if (pg_history_add(s, k, id, t, "event", "decision", NULL, NULL, d->text_nl, d->source,
                       e) < 0)
        goto out;
    rc = 0;
out:
    PQclear(r);
    pg_params_fini(&p);
    if (rc == 0)
        rc = pg_commit(s, e);
    else
        pg_rollback(s);
    if (rc < 0)
        d->id = 0;
    return rc;
}

int pg_carry_out(struct store *s, enum kind_id kid, int64_t id, int64_t did, const char *done,
                 const char *source, int64_t version, const char *from, const char *to,
                 const struct stamp *t, struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct pg_params p = { 0 };
    PGresult *r = NULL;
    int rc = -1;

    if (pg_begin(s, e) < 0)
        return -1;
    pg_param_int(&p, did);
    pg_param(&p, k->code);
    pg_param_int(&p, id);
    r = pg_run(s, "SELECT done IS NULL FROM decision WHERE id = $1 AND kind = $2"
                  " AND record_id = $3 FOR UPDATE", &p, e);
    pg_params_fini(&p);
    if (r == NULL)
        goto out;
    if (PQntuples(r) == 0) {
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld has no decision %lld."), _(k->label),
                 (long long)id, (long long)did);
        goto out;
    }
    if (strcmp(PQgetvalue(r, 0, 0), "t") != 0) {
        ird_fail(e, IRD_INVALID, _("Decision %lld was carried out already. Nothing was saved."),
                 (long long)did);
        goto out;
    }
    pg_param_int(&p, did);
    pg_param(&p, done);
    pg_param(&p, source);
    pg_param(&p, to);
    if (pg_do(s, "UPDATE decision SET done = $2, done_source = $3, done_status = $4"
                 " WHERE id = $1", &p, e) < 0 ||
        pg_history_add(s, k, id, t, "event", "decision_done", NULL, NULL, done, source, e) < 0)
        goto out;
    if (to != NULL && pg_set_column(s, kid, id, version, "status", from, to, "status", NULL, t,
                                    e) < 0)
        goto out;
    rc = 0;
out:
    PQclear(r);
    pg_params_fini(&p);
    if (rc == 0)
        return pg_commit(s, e);
    pg_rollback(s);
    return -1;
}

int pg_view_put(struct store *s, const struct view_def *v, const struct stamp *t,
                struct ird_err *e)
{
    struct pg_params p = { 0 };
    PGresult *r;
    int rc, builtin;

    pg_param(&p, v->name);
    r = pg_run(s, "SELECT 1 FROM view WHERE name = $1 AND builtin = 1", &p, e);
    pg_params_fini(&p);
    if (r == NULL)
        return -1;
    builtin = PQntuples(r) > 0;
    PQclear(r);
    if (builtin)
        return ird_fail(e, IRD_INVALID,
                        _("\"%s\" is a view irdesk comes with; save under another name."),
                        v->name);
    pg_param(&p, v->name);
    pg_param(&p, v->kind);
    pg_param(&p, v->search);
    pg_param(&p, v->status);
    pg_param(&p, v->sort);
    pg_param_int(&p, v->descending ? 1 : 0);
    pg_param(&p, v->columns);
    pg_param(&p, t->at);
    pg_param(&p, t->user);
    rc = write_one(s,
                   "INSERT INTO view (name, kind, search, status, sort, descending, columns, at,"
                   " \"user\") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (name)"
                   " DO UPDATE SET kind = $2, search = $3, status = $4, sort = $5,"
                   " descending = $6, columns = $7, at = $8, \"user\" = $9",
                   &p, NULL, e);
    pg_params_fini(&p);
    return rc;
}

/* Fill in hit h of record (k, id), and a note's text or a history line. */
static int resolve(struct store *s, const PGresult *r, int row, struct hit *h)
{
    const struct kind *k = kind_by_code(PQgetvalue(r, row, 0));
    const char *what = PQgetvalue(r, row, 2);
    struct record *rec = NULL;
    int alt;

    memset(h, 0, sizeof *h);
    if (k == NULL || pg_get(s, k->id, pg_int(r, row, 1), &rec, NULL) < 0)
        return -1;
    h->type = what[0] == 'n' ? HIT_NOTE : what[0] == 'h' ? HIT_HISTORY : HIT_RECORD;
    h->kind = k->id;
    h->id = rec->id;
    if (h->type == HIT_NOTE)
        h->text = pg_text(r, row, 3);
    if (h->type == HIT_HISTORY) {
        struct hist *l = xcalloc(1, sizeof *l);
        l->kind = k->id;
        l->record_id = rec->id;
        l->at = pg_text(r, row, 4);
        l->user = pg_text(r, row, 5);
        l->action = pg_text(r, row, 6);
        l->field = pg_text(r, row, 7);
        l->old = pg_text(r, row, 8);
        l->new_ = pg_text(r, row, 9);
        l->note = pg_text(r, row, 3);
        l->source = pg_text(r, row, 10);
        h->h = l;
    }
    alt = rec->kind->fields[rec->kind->title].alt;
    h->title_nl = xstrdup(rec->val[rec->kind->title]);
    h->title_en = alt >= 0 ? xstrdup(rec->val[alt]) : NULL;
    h->status = xstrdup(rec->status);
    h->archived = rec->archived;
    record_free(&rec);
    return 0;
}

int pg_search_all(struct store *s, const char *words, long limit, struct hit **out, size_t *n,
                  struct ird_err *e)
{
    struct buf b = { 0 }, cond = { 0 };
    struct pg_params p = { 0 };
    char *keep[17];
    PGresult *r = NULL;
    int k, i, rc = -1;

    *out = NULL;
    *n = 0;
    /* the records of every kind by the one search rule, then the notes and
     * history lines whose words match (their texts folded alike) */
    if (pg_search_cond(&cond, &p, words, keep) == 0) {
        rc = 0;
        goto out;
    }
    for (k = 0; k < kind_count(); k++)
        buf_printf(&b, "%sSELECT '%s', t.id, 'r', NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                       " NULL, 0 FROM %s t WHERE true%s",
                   k ? " UNION ALL " : "", kind_get((enum kind_id)k)->code,
                   kind_get((enum kind_id)k)->table, cond.s);
    buf_printf(&b, " UNION ALL SELECT t.kind, t.record_id, 'n', t.body, NULL, NULL, NULL, NULL,"
                   " NULL, NULL, NULL, 1 FROM (SELECT *, body AS search_body,"
                   " ird_tsv(body) AS search_tsv FROM note) t WHERE true%s", cond.s);
    buf_printf(&b, " UNION ALL SELECT t.kind, t.record_id, 'h', t.note, t.at, t.\"user\","
                   " t.action, t.field, t.old, t.new, t.source, 2 FROM (SELECT *,"
                   " concat_ws(' ', note, old, new) AS search_body,"
                   " ird_tsv(concat_ws(' ', note, old, new)) AS search_tsv FROM history) t"
                   " WHERE true%s ORDER BY 12, 1, 2", cond.s);
    if (limit >= 0)
        buf_printf(&b, " LIMIT %ld", limit);
    if ((r = pg_run(s, b.s, &p, e)) == NULL)
        goto out;
    *out = xcalloc((size_t)PQntuples(r) + 1, sizeof **out);
    for (i = 0; i < PQntuples(r); i++)
        if (resolve(s, r, i, &(*out)[*n]) == 0)
            (*n)++;
    rc = 0;
out:
    PQclear(r);
    if (*n == 0) {
        free(*out);
        *out = NULL;
    }
    pg_keep_free(keep);
    pg_params_fini(&p);
    buf_fini(&b);
    buf_fini(&cond);
    return rc;
}

/* 1 when field f holds bytes (an attached file): base64 in the exchange. */
static int is_blob(const struct field *f)
{
    return ftype_get(f->type)->bind == FTYPE_BIND_BLOB;
}

/* The bytes of a bytea field as base64, as the SQLite engine gives them
 * (caller frees); NULL for NULL. */
static char *blob_base64(const PGresult *r, int row, int col)
{
    unsigned char *b;
    size_t n = 0;
    char *v;

    if (PQgetisnull(r, row, col) ||
        (b = PQunescapeBytea((const unsigned char *)PQgetvalue(r, row, col), &n)) == NULL)
        return NULL;
    v = digest_base64(b, n);
    PQfreemem(b);
    return v;
}

int pg_side_each(struct store *s, const struct side *sd, const char *okind, int64_t owner,
                 store_row_fn fn, void *ctx, struct ird_err *e)
{
    struct buf b = { 0 };
    struct pg_params p = { 0 };
    char **vals = xcalloc((size_t)sd->ncols, sizeof *vals);
    PGresult *r = NULL;
    int i, row, rc = -1;

    buf_add(&b, "SELECT ");
    for (i = 0; i < sd->ncols; i++)
        buf_printf(&b, "%s\"%s\"", i ? ", " : "", sd->cols[i].name);
    buf_printf(&b, " FROM %s", sd->table);
    if (sd->owner_col >= 0)
        buf_printf(&b, " WHERE \"%s\" = $%d", sd->cols[sd->owner_col].name,
                   pg_param_int(&p, owner));
    if (sd->owner_kind_col >= 0)
        buf_printf(&b, " AND \"%s\" = $%d", sd->cols[sd->owner_kind_col].name,
                   pg_param(&p, okind));
    /* the order they were written in, as the SQLite engine's rowid */
    buf_printf(&b, " ORDER BY %s", pg_ordered(sd->table) ? "ord" : "id");
    if ((r = pg_run(s, b.s, &p, e)) == NULL)
        goto out;
    for (row = 0; row < PQntuples(r); row++) {
        for (i = 0; i < sd->ncols; i++)
            vals[i] = is_blob(&sd->cols[i]) ? blob_base64(r, row, i) : pg_text(r, row, i);
        rc = fn(ctx, vals, e);
        for (i = 0; i < sd->ncols; i++) {
            free(vals[i]);
            vals[i] = NULL;
        }
        if (rc < 0)
            goto out;
    }
    rc = 0;
out:
    PQclear(r);
    pg_params_fini(&p);
    buf_fini(&b);
    free(vals);
    return rc;
}

/* Insert the row (names, vals: n columns) into table unless it holds it
 * as it is: *added 1 or 0; a row whose key another row has: IRD_INVALID. */
static int raw_put(struct store *s, const char *table, const char *const *names,
                   const char *const *vals, const int *blob, int n, int *added,
                   struct ird_err *e)
{
    struct buf b = { 0 }, ins = { 0 };
    struct pg_params p = { 0 };
    PGresult *r;
    int i, rc = -1;

    *added = 0;
    buf_printf(&b, "SELECT count(*) FROM %s WHERE true", table);
    buf_printf(&ins, "INSERT INTO %s (", table);
    /* a file's bytes come as base64 (the server decodes them) */
    for (i = 0; i < n; i++) {
        int j = pg_param(&p, vals[i]);
        buf_printf(&b, blob != NULL && blob[i]
                           ? " AND \"%s\" IS NOT DISTINCT FROM decode($%d, 'base64')"
                           : " AND \"%s\" IS NOT DISTINCT FROM $%d",
                   names[i], j);
        buf_printf(&ins, "%s\"%s\"", i ? ", " : "", names[i]);
    }
    buf_add(&ins, ") VALUES (");
    for (i = 0; i < n; i++)
        buf_printf(&ins, blob != NULL && blob[i] ? "%sdecode($%d, 'base64')" : "%s$%d",
                   i ? ", " : "", i + 1);
    buf_add(&ins, ")");
    if ((r = pg_run(s, b.s, &p, e)) == NULL)
        goto out;
    i = (int)pg_int(r, 0, 0);
    PQclear(r);
    if (i > 0) {
        rc = 0;
        goto out;
    }
    if (write_one(s, ins.s, &p, NULL, e) < 0) {
        if (strncmp(s->pg->sqlstate, "23", 2) == 0)
            ird_fail(e, IRD_INVALID, "%s", ird_code_text(IRD_INVALID));
        goto out;
    }
    *added = 1;
    rc = 0;
out:
    pg_params_fini(&p);
    buf_fini(&b);
    buf_fini(&ins);
    return rc;
}

int pg_side_put(struct store *s, const struct side *sd, char *const *vals, int *added,
                struct ird_err *e)
{
    const char **names = xcalloc((size_t)sd->ncols, sizeof *names);
    int *blob = xcalloc((size_t)sd->ncols, sizeof *blob);
    int i, rc;

    for (i = 0; i < sd->ncols; i++) {
        names[i] = sd->cols[i].name;
        blob[i] = is_blob(&sd->cols[i]);
    }
    rc = raw_put(s, sd->table, names, (const char *const *)vals, blob, sd->ncols, added, e);
    free(names);
    free(blob);
    return rc;
}

int pg_put_raw(struct store *s, const struct record *r, int *added, struct ird_err *e)
{
    const struct kind *k = r->kind;
    int n = k->nfields + 4, i, rc;
    const char **names = xcalloc((size_t)n, sizeof *names);
    const char **vals = xcalloc((size_t)n, sizeof *vals);
    char id[24], version[24];
    static const char *const meta[] = { "id", "version", "status", "archived" };

    snprintf(id, sizeof id, "%lld", (long long)r->id);
    snprintf(version, sizeof version, "%lld", (long long)r->version);
    for (i = 0; i < 4; i++)
        names[i] = meta[i];
    vals[0] = id;
    vals[1] = version;
    vals[2] = r->status;
    vals[3] = r->archived ? "1" : "0";
    for (i = 0; i < k->nfields; i++) {
        names[i + 4] = k->fields[i].name;
        vals[i + 4] = r->val[i];
    }
    rc = raw_put(s, k->table, names, vals, NULL, n, added, e);
    free(names);
    free(vals);
    if (rc == 0 && *added) {
        /* the sort keys, as a save writes them; the id's sequence follows */
        struct record *c = record_dup(r);
        char sql[256];
        snprintf(sql, sizeof sql,
                 "SELECT setval(pg_get_serial_sequence('%s', 'id'),"
                 " greatest((SELECT max(id) FROM %s), 1))", k->table, k->table);
        rc = pg_write_keys(s, c, e);
        if (rc == 0)
            rc = pg_do(s, sql, NULL, e);
        record_free(&c);
    }
    return rc;
}
