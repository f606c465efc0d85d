/* Rows as they are stored, for the JSON exchange: the side tables
 * (model/side.h) read and written whole, and records put back with their
 * own id, version, status and archived flag, without a history line of
 * their own (their history comes with them). */
#include "db/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/digest.h"
#include "lib/mem.h"

int store_side_each(struct store *s, const struct side *sd, const char *okind, int64_t owner,
                    store_row_fn fn, void *ctx, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_side_each(s, sd, okind, owner, fn, ctx, e);
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    char **vals = xcalloc((size_t)sd->ncols, sizeof *vals);
    int i, step, rc = -1;

    buf_add(&b, "SELECT ");
    for (i = 0; i < sd->ncols; i++)
        buf_printf(&b, "%s\"%s\"", i ? ", " : "", sd->cols[i].name);
    buf_printf(&b, " FROM %s", sd->table);
    if (sd->owner_col >= 0)
        buf_printf(&b, " WHERE \"%s\" = ?1", sd->cols[sd->owner_col].name);
    if (sd->owner_kind_col >= 0)
        buf_printf(&b, " AND \"%s\" = ?2", sd->cols[sd->owner_kind_col].name);
    /* the order they were written in: an import writes them in this order */
    buf_add(&b, " ORDER BY rowid");
    if (store_prepare(s, b.s, &st, e) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, owner);
    if (sd->owner_kind_col >= 0)
        sqlite3_bind_text(st, 2, okind, -1, SQLITE_STATIC);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        for (i = 0; i < sd->ncols; i++)
            vals[i] = ftype_get(sd->cols[i].type)->bind == FTYPE_BIND_BLOB
                          ? digest_base64(sqlite3_column_blob(st, i),
                                          (size_t)sqlite3_column_bytes(st, i))
                          : store_col_text(st, i);
        rc = fn(ctx, vals, e);
        for (i = 0; i < sd->ncols; i++) {
            free(vals[i]);
            vals[i] = NULL;
        }
        if (rc < 0)
            goto out;
        rc = -1;
    }
    rc = step == SQLITE_DONE ? 0 : store_fail(s, e, step);
out:
    store_finalize(s, st);
    buf_fini(&b);
    free(vals);
    return rc;
}

/* The columns of a row to put, with the field that says how each binds. */
struct raw_row {
    const char *table;
    const char *const *names;
    const struct field *const *fields;
    const char *const *vals;
    int n;
};

/* 1 when the table holds the row as it is, 0 when not, -1 on failure. */
static int raw_same(struct store *s, const struct raw_row *w, struct ird_err *e)
{
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    int i, rc = -1;

    buf_printf(&b, "SELECT count(*) FROM %s WHERE ", w->table);
    for (i = 0; i < w->n; i++)
        buf_printf(&b, "%s\"%s\" IS ?%d", i ? " AND " : "", w->names[i], i + 1);
    if (store_prepare(s, b.s, &st, e) < 0)
        goto out;
    for (i = 0; i < w->n; i++)
        store_bind_value(st, i + 1, w->fields[i], w->vals[i]);
    if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
        rc = store_fail(s, e, rc);
        goto out;
    }
    rc = sqlite3_column_int64(st, 0) > 0;
out:
    store_finalize(s, st);
    buf_fini(&b);
    return rc;
}

/* Insert the row unless the table holds it as it is: *added 1 or 0.  A
 * row whose key another row has fails with IRD_INVALID (what says so is
 * the caller's). */
static int raw_put(struct store *s, const struct raw_row *w, int *added, struct ird_err *e)
{
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    int i, rc;

    *added = 0;
    rc = raw_same(s, w, e);
    if (rc != 0)
        return rc < 0 ? -1 : 0;
    buf_printf(&b, "INSERT INTO %s (", w->table);
    for (i = 0; i < w->n; i++)
        buf_printf(&b, "%s\"%s\"", i ? ", " : "", w->names[i]);
    buf_add(&b, ") VALUES (");
    for (i = 0; i < w->n; i++)
        buf_printf(&b, "%s?%d", i ? ", " : "", i + 1);
    buf_add(&b, ")");
    rc = store_prepare(s, b.s, &st, e);
    buf_fini(&b);
    if (rc < 0)
        return -1;
    for (i = 0; i < w->n; i++)
        store_bind_value(st, i + 1, w->fields[i], w->vals[i]);
    rc = sqlite3_step(st);
    store_finalize(s, st);
    if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return ird_fail(e, IRD_INVALID, "%s", ird_code_text(IRD_INVALID));
    if (rc != SQLITE_DONE)
        return store_fail(s, e, rc);
    *added = 1;
    return 0;
}

int store_side_put(struct store *s, const struct side *sd, char *const *vals, int *added,
                   struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_side_put(s, sd, vals, added, e);
    const char **names = xcalloc((size_t)sd->ncols, sizeof *names);
    const struct field **fields = xcalloc((size_t)sd->ncols, sizeof *fields);
    struct raw_row w = { sd->table, names, fields, (const char *const *)vals, sd->ncols };
    int i, rc;

    for (i = 0; i < sd->ncols; i++) {
        names[i] = sd->cols[i].name;
        fields[i] = &sd->cols[i];
    }
    rc = raw_put(s, &w, added, e);
    free(names);
    free(fields);
    return rc;
}

/* How the bookkeeping columns bind: whole numbers, a text. */
static const struct field raw_int = { .name = "id", .type = FT_INT, .alt = NO_FIELD,
                                      .not_before = NO_FIELD };
static const struct field raw_text = { .name = "status", .type = FT_TEXT, .alt = NO_FIELD,
                                       .not_before = NO_FIELD };

int store_put_raw(struct store *s, const struct record *r, int *added, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_put_raw(s, r, added, e);
    const struct kind *k = r->kind;
    int n = k->nfields + 4, i, rc;
    const char **names = xcalloc((size_t)n, sizeof *names);
    const struct field **fields = xcalloc((size_t)n, sizeof *fields);
    const char **vals = xcalloc((size_t)n, sizeof *vals);
    char id[24], version[24];
    struct raw_row w = { k->table, names, fields, vals, n };

    snprintf(id, sizeof id, "%lld", (long long)r->id);
    snprintf(version, sizeof version, "%lld", (long long)r->version);
    for (i = 0; i < 4; i++) {
        static const char *const meta[] = { "id", "version", "status", "archived" };
        names[i] = meta[i];
        fields[i] = i == 2 ? &raw_text : &raw_int;
    }
    vals[0] = id;
    vals[1] = version;
    vals[2] = r->status;
    vals[3] = r->archived ? "1" : "0";
    for (i = 0; i < k->nfields; i++) {
        names[i + 4] = k->fields[i].name;
        fields[i + 4] = &k->fields[i];
        vals[i + 4] = r->val[i];
    }
    rc = raw_put(s, &w, added, e);
    if (rc == 0 && *added)
        rc = store_sort_keys(s, k->id, r->id, e);
    free(names);
    free(fields);
    free(vals);
    return rc;
}
