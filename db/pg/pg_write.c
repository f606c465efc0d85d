#include "db/pg/pg.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/pg/pg_int.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/twin.h"

/* Writing records on PostgreSQL (save, status, archive) and reading their
 * history.  The sort keys are computed here in C (lib/conv.c, as the
 * SQLite engine's ird_fold) and written with the row. */

int pg_history_add(struct store *s, const struct kind *k, int64_t id, const struct stamp *t,
                   const char *action, const char *field, const char *old, const char *new_,
                   const char *note, const char *source, struct ird_err *e)
{
    struct pg_params p = { 0 };
    int rc;

    pg_param(&p, k->code);
    pg_param_int(&p, id);
    pg_param(&p, t->at);
    pg_param(&p, t->user);
    pg_param(&p, action);
    pg_param(&p, field);
    pg_param(&p, old);
    pg_param(&p, new_);
    pg_param(&p, note);
    pg_param(&p, source);
    rc = pg_do(s, "INSERT INTO history (kind, record_id, at, \"user\", action, field, old, new,"
                  " note, source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
               &p, e);
    pg_params_fini(&p);
    return rc;
}

/* The stored sort keys of r, as "col = $n" (set) or "col" and "$n" (an
 * insert: cols, vals), their texts added to p and kept in keys (freed by
 * the caller, NULL-terminated). */
static void sort_keys(const struct record *r, struct buf *cols, struct buf *vals,
                      struct pg_params *p, char **keys)
{
    const struct kind *k = r->kind;
    int i, n = 0;

    for (i = 0; i < k->nfields && n < 30; i++) {
        const struct field *f = &k->fields[i];
        const char *nl = r->val[i], *en;
        char col[2][80];
        int l;
        if (twin_sort_col(f, LANG_NL, col[0], sizeof col[0]) < 0 ||
            twin_sort_col(f, LANG_EN, col[1], sizeof col[1]) < 0)
            continue;
        en = r->val[f->alt];
        for (l = 0; l < 2; l++) {
            const char *mine = l == 0 ? nl : en, *other = l == 0 ? en : nl;
            keys[n] = pg_fold(mine != NULL && *mine != '\0' ? mine : other);
            if (vals != NULL)
                buf_printf(cols, ", %s", col[l]), buf_printf(vals, ", $%d", pg_param(p, keys[n]));
            else
                buf_printf(cols, ", %s = $%d", col[l], pg_param(p, keys[n]));
            n++;
        }
    }
    keys[n] = NULL;
}

static void keys_free(char **keys)
{
    int i;

    for (i = 0; keys[i] != NULL; i++)
        free(keys[i]);
}

/* A write refused for a UNIQUE column: say which value, as the SQLite
 * engine does; -1. */
static int unique_fail(struct store *s, const struct kind *k, const struct record *r,
                       struct ird_err *e)
{
    size_t tl = strlen(k->table);
    int f;

    if (strcmp(s->pg->sqlstate, "23505") != 0 || strncmp(s->pg->constraint, k->table, tl) != 0)
        return -1;
    for (f = 0; f < k->nfields; f++) {
        size_t fl = strlen(k->fields[f].name);
        if (strncmp(s->pg->constraint + tl + 1, k->fields[f].name, fl) == 0 &&
            strcmp(s->pg->constraint + tl + 1 + fl, "_key") == 0 && r->val[f] != NULL)
            return ird_fail(e, IRD_INVALID, _("%s %s is already used by another %s."),
                            _(k->fields[f].label), r->val[f], _(k->label));
    }
    return -1;
}

int pg_write_keys(struct store *s, const struct record *r, struct ird_err *e)
{
    struct buf b = { 0 }, sets = { 0 };
    struct pg_params p = { 0 };
    char *keys[32];
    int rc = 0;

    sort_keys(r, &sets, NULL, &p, keys);
    if (sets.len > 0) {
        buf_printf(&b, "UPDATE %s SET %s WHERE id = $%d", r->kind->table, sets.s + 2,
                   pg_param_int(&p, r->id));
        rc = pg_do(s, b.s, &p, e);
    }
    keys_free(keys);
    pg_params_fini(&p);
    buf_fini(&b);
    buf_fini(&sets);
    return rc;
}

static int insert_record(struct store *s, struct record *r, const struct stamp *t,
                         struct ird_err *e)
{
    const struct kind *k = r->kind;
    struct buf b = { 0 }, cols = { 0 }, vals = { 0 };
    struct pg_params p = { 0 };
    char *keys[32];
    PGresult *res;
    int i, rc = -1;

    buf_add(&cols, "status, archived, version");
    buf_printf(&vals, "$%d, $%d, 1", pg_param(&p, r->status), pg_param_int(&p, r->archived != 0));
    for (i = 0; i < k->nfields; i++) {
        buf_printf(&cols, ", %s", k->fields[i].name);
        buf_printf(&vals, ", $%d", pg_param(&p, r->val[i]));
    }
    sort_keys(r, &cols, &vals, &p, keys);
    buf_printf(&b, "INSERT INTO %s (%s) VALUES (%s) RETURNING id", k->table, cols.s, vals.s);
    res = pg_run(s, b.s, &p, e);
    if (res == NULL) {
        unique_fail(s, k, r, e);
        goto out;
    }
    r->id = pg_int(res, 0, 0);
    r->version = 1;
    PQclear(res);
    rc = pg_history_add(s, k, r->id, t, "create", NULL, NULL, NULL, NULL, NULL, e);
out:
    keys_free(keys);
    pg_params_fini(&p);
    buf_fini(&b);
    buf_fini(&cols);
    buf_fini(&vals);
    return rc;
}

static int same(const char *a, const char *b)
{
    if (a == NULL || *a == '\0')
        return b == NULL || *b == '\0';
    return b != NULL && strcmp(a, b) == 0;
}

/* The stored record, locked until the transaction ends, must still be at
 * 'version' (< 0: any): else IRD_STALE. */
static int check_version(struct store *s, const struct kind *k, int64_t id, int64_t version,
                         struct record **cur, struct ird_err *e)
{
    struct pg_params p = { 0 };
    char sql[128];
    int rc;

    /* the row lock: another desk's save of it waits for this one, then
     * finds the version moved on */
    snprintf(sql, sizeof sql, "SELECT 1 FROM %s WHERE id = $1 FOR UPDATE", k->table);
    pg_param_int(&p, id);
    rc = pg_do(s, sql, &p, e);
    pg_params_fini(&p);
    if (rc < 0 || pg_get(s, k->id, id, cur, e) < 0)
        return -1;
    if (version >= 0 && (*cur)->version != version)
        return ird_fail(e, IRD_STALE,
                        _("Someone else saved this record first (now version %lld; you "
                          "read version %lld). Nothing was saved."),
                        (long long)(*cur)->version, (long long)version);
    return 0;
}

static int update_record(struct store *s, struct record *r, const struct stamp *t,
                         struct ird_err *e)
{
    const struct kind *k = r->kind;
    struct record *cur = NULL;
    struct buf b = { 0 }, sets = { 0 };
    struct pg_params p = { 0 };
    char *keys[32];
    int i, changed = 0, rc = -1;

    keys[0] = NULL;
    if (check_version(s, k, r->id, r->version, &cur, e) < 0)
        goto out;
    for (i = 0; i < k->nfields; i++) {
        if (same(cur->val[i], r->val[i]))
            continue;
        changed++;
        buf_printf(&sets, ", %s = $%d", k->fields[i].name, pg_param(&p, r->val[i]));
        if (pg_history_add(s, k, r->id, t, "edit", k->fields[i].name, cur->val[i], r->val[i],
                           NULL, NULL, e) < 0)
            goto out;
    }
    if (changed == 0) {
        rc = 0;
        goto out;
    }
    sort_keys(r, &sets, NULL, &p, keys);
    buf_printf(&b, "UPDATE %s SET version = version + 1%s WHERE id = $%d AND version = $%d",
               k->table, sets.s, pg_param_int(&p, r->id), pg_param_int(&p, r->version));
    if (pg_do(s, b.s, &p, e) < 0) {
        unique_fail(s, k, r, e);
        goto out;
    }
    r->version++;
    rc = 0;
out:
    keys_free(keys);
    pg_params_fini(&p);
    record_free(&cur);
    buf_fini(&b);
    buf_fini(&sets);
    return rc;
}

int pg_add_bulk(struct store *s, const struct record *r, const char *note, const struct stamp *t,
                struct ird_err *e)
{
    struct record *c = record_dup(r);
    int rc;

    /* one row at a time: the batch's transaction makes it all or nothing */
    rc = r->id != 0 ? ird_fail(e, IRD_STORE, "%s", ird_code_text(IRD_STORE))
                    : insert_record(s, c, t, e);
    if (rc == 0 && r->archived)
        rc = pg_history_add(s, r->kind, c->id, t, "archive", NULL, NULL, NULL, note, NULL, e);
    record_free(&c);
    return rc;
}

int pg_save(struct store *s, struct record *r, const struct stamp *t, struct ird_err *e)
{
    int64_t old_id = r->id, old_version = r->version;
    int rc;

    if (pg_begin(s, e) < 0)
        return -1;
    rc = r->id == 0 ? insert_record(s, r, t, e) : update_record(s, r, t, e);
    if (rc == 0)
        rc = pg_commit(s, e);
    else
        pg_rollback(s);
    if (rc < 0) {
        r->id = old_id;
        r->version = old_version;
    }
    return rc;
}

int pg_set_column(struct store *s, enum kind_id kid, int64_t id, int64_t version,
                  const char *column, const char *expect, const char *value,
                  const char *action, const char *note, const struct stamp *t,
                  struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct record *cur = NULL;
    struct pg_params p = { 0 };
    char sql[160], oldv[16];
    const char *old;
    int rc = -1, status = strcmp(action, "status") == 0;

    if (pg_begin(s, e) < 0)
        return -1;
    if (check_version(s, k, id, version, &cur, e) < 0)
        goto out;
    snprintf(oldv, sizeof oldv, "%d", cur->archived);
    old = strcmp(column, "status") == 0 ? cur->status : oldv;
    if (expect != NULL && strcmp(old, expect) != 0) {
        ird_fail(e, IRD_STALE,
                 _("Someone else changed this record first: its status is now %s. Nothing was "
                   "saved."),
                 kind_status_label(k, cur->status));
        goto out;
    }
    snprintf(sql, sizeof sql, "UPDATE %s SET %s = $2, version = version + 1 WHERE id = $1",
             k->table, strcmp(column, "status") == 0 ? "status" : "archived");
    pg_param_int(&p, id);
    pg_param(&p, value);
    if (pg_do(s, sql, &p, e) < 0 ||
        pg_history_add(s, k, id, t, action, status ? "status" : NULL, status ? old : NULL,
                    status ? value : NULL, note, NULL, e) < 0)
        goto out;
    rc = 0;
out:
    if (rc == 0)
        rc = pg_commit(s, e);
    else
        pg_rollback(s);
    pg_params_fini(&p);
    record_free(&cur);
    return rc;
}

int pg_history(struct store *s, enum kind_id kid, int64_t id, const char *since, long offset,
               long limit, struct hist **out, size_t *n, struct ird_err *e)
{
    struct pg_params p = { 0 };
    PGresult *r;

    *out = NULL;
    *n = 0;
    if (since == NULL) {
        pg_param(&p, kind_get(kid)->code);
        pg_param_int(&p, id);
    } else {
        pg_param(&p, since);
    }
    /* no limit (NULL) for a negative one, as in SQLite */
    if (limit < 0)
        pg_param(&p, NULL);
    else
        pg_param_int(&p, limit);
    if (since == NULL)
        pg_param_int(&p, offset);
    r = pg_run(s,
               since == NULL
                   ? "SELECT " PG_HIST_COLS " FROM history WHERE kind = $1 AND record_id = $2"
                     " ORDER BY at COLLATE \"C\" DESC, id DESC LIMIT $3 OFFSET $4"
                   : "SELECT " PG_HIST_COLS " FROM history WHERE at >= $1 AND action <> 'event'"
                     " ORDER BY at COLLATE \"C\" DESC, id DESC LIMIT $2",
               &p, e);
    pg_params_fini(&p);
    return pg_hist_rows(r, out, n);
}

int pg_hist_rows(PGresult *r, struct hist **out, size_t *n)
{
    size_t cnt = 0;
    int i;

    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0)
        *out = xcalloc((size_t)PQntuples(r), sizeof **out);
    for (i = 0; i < PQntuples(r); i++) {
        const struct kind *k = kind_by_code(PQgetvalue(r, i, 1));
        struct hist *h = &(*out)[cnt];
        if (k == NULL)
            continue; /* a kind of another program's */
        h->id = pg_int(r, i, 0);
        h->kind = k->id;
        h->record_id = pg_int(r, i, 2);
        h->at = pg_text(r, i, 3);
        h->user = pg_text(r, i, 4);
        h->action = pg_text(r, i, 5);
        h->field = pg_text(r, i, 6);
        h->old = pg_text(r, i, 7);
        h->new_ = pg_text(r, i, 8);
        h->note = pg_text(r, i, 9);
        h->source = pg_text(r, i, 10);
        h->note_en = pg_text(r, i, 11);
        cnt++;
    }
    *n = cnt;
    PQclear(r);
    return 0;
}
