#include "db/pg/pg.h"

#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/pg/pg_int.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* Moving a whole portfolio between the engines, row by row and column by
 * column (both schemas hold the same tables and columns): the seed of a
 * new server database, `irdesk copy` both ways, and the SQLite copy in
 * memory that check and the exports read. */

/* The tables copied, in an order their references allow: what comes
 * before the kinds' tables, then each kind's (kind_count order), then
 * what refers to records. */
static const char *const before_kinds[] = { "meta", "chapter", "priority", NULL };
static const char *const after_kinds[] = { "network_role", "initiative_priority", "history",
                                           "link", "decision", "view", "note",
                                           "attachment", NULL };

/* The i-th table to copy, NULL after the last. */
static const char *table_at(int i)
{
    int nb = 0, na = 0;

    while (before_kinds[nb] != NULL)
        nb++;
    while (after_kinds[na] != NULL)
        na++;
    if (i < nb)
        return before_kinds[i];
    if (i < nb + kind_count())
        return kind_get((enum kind_id)(i - nb))->table;
    return i < nb + kind_count() + na ? after_kinds[i - nb - kind_count()] : NULL;
}

int pg_ordered(const char *table)
{
    return strcmp(table, "meta") == 0 || strcmp(table, "chapter") == 0 ||
           strcmp(table, "initiative_priority") == 0;
}

/* The SQLite table's columns, quoted and comma-separated, into b; their
 * number, or -1 when the table is missing there. */
static int lite_columns(struct store *lite, const char *table, struct buf *b)
{
    sqlite3_stmt *st = NULL;
    char sql[128];
    int i, n = -1;

    snprintf(sql, sizeof sql, "SELECT * FROM \"%s\" LIMIT 0", table);
    if (sqlite3_prepare_v2(lite->db, sql, -1, &st, NULL) == SQLITE_OK) {
        n = sqlite3_column_count(st);
        for (i = 0; i < n; i++)
            buf_printf(b, "%s\"%s\"", i ? ", " : "", sqlite3_column_name(st, i));
    }
    sqlite3_finalize(st);
    return n;
}

/* The rows of one SQLite table into the server's (prepared once). */
static int fill_table(struct store *pg, struct store *lite, const char *table, struct ird_err *e)
{
    struct buf cols = { 0 }, sql = { 0 };
    sqlite3_stmt *st = NULL;
    const char *vals[PG_PARAMS_MAX];
    int lens[PG_PARAMS_MAX], fmts[PG_PARAMS_MAX];
    PGresult *r;
    int n = lite_columns(lite, table, &cols), i, step, rc = -1;

    if (n < 0 || n > PG_PARAMS_MAX) {
        ird_fail(e, IRD_STORE, _("The table %s cannot be copied between the engines."), table);
        goto out;
    }
    buf_printf(&sql, "INSERT INTO \"%s\" (%s) VALUES (", table, cols.s);
    for (i = 0; i < n; i++)
        buf_printf(&sql, "%s$%d", i ? ", " : "", i + 1);
    buf_add(&sql, ")");
    r = PQprepare(pg->pg->c, "fill", sql.s, n, NULL);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        PQclear(r);
        ird_fail(e, IRD_STORE, _("The table %s cannot be copied between the engines."), table);
        goto out;
    }
    PQclear(r);
    buf_fini(&sql);
    buf_printf(&sql, "SELECT %s FROM \"%s\" ORDER BY rowid", cols.s, table);
    if (store_prepare(lite, sql.s, &st, e) < 0)
        goto dealloc;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        /* text as text; a file's bytes (a blob) as bytes */
        for (i = 0; i < n; i++) {
            fmts[i] = sqlite3_column_type(st, i) == SQLITE_BLOB;
            vals[i] = fmts[i] ? (const char *)sqlite3_column_blob(st, i)
                              : (const char *)sqlite3_column_text(st, i);
            lens[i] = sqlite3_column_bytes(st, i);
            if (fmts[i] && vals[i] == NULL)
                vals[i] = "";
        }
        r = PQexecPrepared(pg->pg->c, "fill", n, vals, lens, fmts, 0);
        pg->work++;
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            pg_fail(pg, r, e);
            PQclear(r);
            goto dealloc;
        }
        PQclear(r);
    }
    rc = step == SQLITE_DONE ? 0 : store_fail(lite, e, step);
dealloc:
    pg_script(pg, "DEALLOCATE fill", NULL);
out:
    store_finalize(lite, st);
    buf_fini(&cols);
    buf_fini(&sql);
    return rc;
}

/* Every table of lite into the server's, inside the caller's transaction,
 * which holds none of their rows; the ids' sequences follow. */
static int fill_all(struct store *pg, struct store *lite, struct ird_err *e)
{
    const char *t;
    int i;

    for (i = 0; (t = table_at(i)) != NULL; i++) {
        char sql[256];
        if (fill_table(pg, lite, t, e) < 0)
            return -1;
        snprintf(sql, sizeof sql,
                 "SELECT setval(pg_get_serial_sequence('\"%s\"', 'id'),"
                 " (SELECT coalesce(max(id), 0) + 1 FROM \"%s\"), false)"
                 " WHERE pg_get_serial_sequence('\"%s\"', 'id') IS NOT NULL",
                 t, t, t);
        if (strcmp(t, "meta") != 0 && strcmp(t, "chapter") != 0 &&
            strcmp(t, "initiative_priority") != 0 && pg_do(pg, sql, NULL, e) < 0)
            return -1;
    }
    return 0;
}

int pg_seed(struct store *s, int seed, struct ird_err *e)
{
    struct store *lite = NULL;
    int rc = -1;

    if (store_memory(s->path, seed, &lite, e) < 0)
        return -1;
    if (pg_script(s, "BEGIN", e) < 0)
        goto out;
    if (fill_all(s, lite, e) < 0 || pg_script(s, "COMMIT", e) < 0) {
        pg_script(s, "ROLLBACK", NULL);
        goto out;
    }
    rc = 0;
out:
    store_close(&lite);
    return rc;
}

/* 1 when the server database holds records of any kind. */
static int holds_records(struct store *s, struct ird_err *e)
{
    int k;

    for (k = 0; k < kind_count(); k++) {
        long n = 0;
        struct query q = { (enum kind_id)k, NULL, NULL, -1, 0, 1 };
        if (pg_count_upto(s, &q, 1, &n, e) < 0)
            return -1;
        if (n > 0)
            return 1;
    }
    return 0;
}

int store_copy_to_server(struct store *from, const char *to, struct ird_err *e)
{
    return pg_copy_into(from, to, e);
}

/* Delete every row of the tables copied, the last table first (for the
 * references), inside the caller's transaction. */
static int empty_all(struct store *s, struct ird_err *e)
{
    int i, n;

    for (n = 0; table_at(n) != NULL; n++)
        ;
    for (i = n - 1; i >= 0; i--) {
        char sql[96];
        snprintf(sql, sizeof sql, "DELETE FROM \"%s\"", table_at(i));
        if (pg_do(s, sql, NULL, e) < 0)
            return -1;
    }
    return 0;
}

int pg_copy_into(struct store *from, const char *to, struct ird_err *e)
{
    struct store *s = NULL;
    int n, rc = -1;

    if (pg_open(to, STORE_NEW_OK | STORE_NOSEED, &s, e) < 0)
        return -1;
    if ((n = holds_records(s, e)) != 0) {
        if (n > 0)
            ird_fail(e, IRD_IO, _("%s holds records already: nothing was copied."), s->path);
        goto out;
    }
    if (pg_script(s, "BEGIN", e) < 0)
        goto out;
    /* what a new schema holds of its own (the shipped views) comes again
     * with the copy */
    if (empty_all(s, e) < 0 || fill_all(s, from, e) < 0 || pg_script(s, "COMMIT", e) < 0)
        goto fail;
    rc = 0;
    goto out;
fail:
    pg_script(s, "ROLLBACK", NULL);
out:
    store_close(&s);
    return rc;
}

/* The type of a bytea column (pg_type's oid): a file's bytes. */
enum { PG_BYTEA = 17 };

/* Bind the bytes a bytea column's text ("\\x...") stands for, as a blob. */
static void bind_bytes(sqlite3_stmt *st, int i, const char *text)
{
    size_t n = 0;
    unsigned char *b = PQunescapeBytea((const unsigned char *)text, &n);

    if (b == NULL) {
        sqlite3_bind_null(st, i);
        return;
    }
    sqlite3_bind_blob64(st, i, n > 0 ? (const void *)b : "", n, SQLITE_TRANSIENT);
    PQfreemem(b);
}

/* The rows of one server table into the SQLite copy's. */
static int stage_table(struct store *pg, struct store *lite, const char *table,
                       struct ird_err *e)
{
    struct buf cols = { 0 }, sql = { 0 };
    sqlite3_stmt *st = NULL;
    PGresult *r = NULL;
    int n = lite_columns(lite, table, &cols), i, row, rc = -1;

    if (n < 0) {
        ird_fail(e, IRD_STORE, _("The table %s cannot be copied between the engines."), table);
        goto out;
    }
    buf_printf(&sql, "SELECT %s FROM \"%s\" ORDER BY %s", cols.s, table,
               pg_ordered(table) ? "ord" : "1");
    if ((r = pg_run(pg, sql.s, NULL, e)) == NULL)
        goto out;
    buf_fini(&sql);
    buf_printf(&sql, "INSERT INTO \"%s\" (%s) VALUES (", table, cols.s);
    for (i = 0; i < n; i++)
        buf_printf(&sql, "%s?", i ? ", " : "");
    buf_add(&sql, ")");
    if (store_prepare(lite, sql.s, &st, e) < 0)
        goto out;
    for (row = 0; row < PQntuples(r); row++) {
        for (i = 0; i < n; i++) {
            if (PQgetisnull(r, row, i))
                sqlite3_bind_null(st, i + 1);
            else if (PQftype(r, i) == PG_BYTEA)
                bind_bytes(st, i + 1, PQgetvalue(r, row, i));
            else
                sqlite3_bind_text(st, i + 1, PQgetvalue(r, row, i), -1, SQLITE_STATIC);
        }
        if (sqlite3_step(st) != SQLITE_DONE) {
            store_fail(lite, e, sqlite3_errcode(lite->db));
            goto out;
        }
        sqlite3_reset(st);
    }
    rc = 0;
out:
    PQclear(r);
    store_finalize(lite, st);
    buf_fini(&cols);
    buf_fini(&sql);
    return rc;
}

/* The SQLite copy in memory of the server database of pg. */
static int stage_from(struct store *pg, struct store **out, struct ird_err *e)
{
    struct store *lite = NULL;
    const char *t;
    int i, n;

    *out = NULL;
    if (store_memory(pg->path, 0, &lite, e) < 0)
        return -1;
    /* one snapshot of the server: every table read in one transaction */
    if (pg_script(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", e) < 0)
        goto fail;
    if (store_exec(lite, "BEGIN", e) < 0)
        goto rollback;
    for (n = 0; table_at(n) != NULL; n++)
        ;
    for (i = n - 1; i >= 0; i--) {
        char sql[96];
        snprintf(sql, sizeof sql, "DELETE FROM \"%s\"", table_at(i));
        if (store_exec(lite, sql, e) < 0)
            goto rollback;
    }
    for (i = 0; (t = table_at(i)) != NULL; i++)
        if (stage_table(pg, lite, t, e) < 0)
            goto rollback;
    pg_script(pg, "COMMIT", NULL);
    if (store_exec(lite, "COMMIT", e) < 0 || store_sort_keys_all(lite, e) < 0)
        goto fail;
    lite->readonly = 1;
    *out = lite;
    return 0;
rollback:
    pg_script(pg, "ROLLBACK", NULL);
fail:
    store_close(&lite);
    return -1;
}

int pg_snapshot(struct store *s, struct store **out, struct ird_err *e)
{
    return stage_from(s, out, e);
}

int pg_may_replace(struct store *s, struct ird_err *e)
{
    PGresult *r;
    int admin;

    /* deleting history is the administrator's (roles.sql) */
    r = pg_run(s, "SELECT rolsuper OR pg_has_role(current_user, 'irdesk_admin', 'MEMBER')"
                  " FROM pg_roles WHERE rolname = current_user", NULL, e);
    if (r == NULL)
        return -1;
    admin = PQntuples(r) == 1 && strcmp(PQgetvalue(r, 0, 0), "t") == 0;
    PQclear(r);
    if (!admin)
        return ird_fail(e, IRD_READONLY, _("Restoring %s needs the administrator role "
                                           "(irdesk_admin): nothing was changed."),
                        s->path);
    return 0;
}

int pg_replace(struct store *s, struct store *from, struct ird_err *e)
{
    /* one transaction: the other desks see the old portfolio or the new */
    if (pg_may_replace(s, e) < 0 || pg_begin(s, e) < 0)
        return -1;
    if (empty_all(s, e) < 0 || fill_all(s, from, e) < 0) {
        pg_rollback(s);
        return -1;
    }
    return pg_commit(s, e);
}

int pg_stage(const char *name, struct store **out, struct ird_err *e)
{
    struct store *pg = NULL;
    int rc;

    *out = NULL;
    if (pg_open(name, STORE_READONLY, &pg, e) < 0)
        return -1;
    rc = stage_from(pg, out, e);
    store_close(&pg);
    return rc;
}

int pg_check(struct store *s, char **report, struct ird_err *e)
{
    struct store *lite = NULL;
    int n;

    /* irdesk's own rules, on a snapshot in the other engine: the same
     * checks on both ends of a copy */
    *report = NULL;
    if (s->depth > 0)
        return pg_unsupported(e);
    if (stage_from(s, &lite, e) < 0)
        return -1;
    n = store_check(lite, report, e);
    store_close(&lite);
    return n;
}
