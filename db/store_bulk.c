#include "db/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* New records in bulk go straight into their table, STORE_BULK_ROWS to
 * one INSERT, while bulk_pending names their kind (schema 16): its insert
 * trigger then leaves the search index alone, and the batch's range of new
 * ids gets its search entries and its history by one INSERT ... SELECT each
 * (range_finish), at the latest after BULK_RANGE_ROWS records.  FTS5
 * flushes its pending index at the end of every statement that writes to
 * it, and every flush is a segment that its merges write again; during that
 * statement it may hold BULK_FTS_HASH bytes of pending index (its
 * 'hashsize', 1 MB by default) before it flushes. */
enum { BULK_RANGE_ROWS = 100000, BULK_FTS_HASH = 8 << 20, BULK_FTS_HASH_DEFAULT = 1 << 20 };
/* A batch announcing at least this many new records, and more than its
 * table holds, sets the table's plain indexes aside (store_bulk_expect). */
enum { BULK_ASIDE_MIN = 5000 };

/* The columns of kind k that a new record gives, after "status, archived". */
static void add_fields(struct buf *b, const struct kind *k)
{
    int f;

    for (f = 0; f < k->nfields; f++)
        buf_printf(b, ", %s", k->fields[f].name);
}

/* The INSERT of n new records of kind k: status, archived, then the
 * fields. */
static int prepare_rows(struct store *s, const struct kind *k, int n, sqlite3_stmt **st,
                        struct ird_err *e)
{
    struct buf b = { 0 };
    int i, f, rc;

    buf_printf(&b, "INSERT OR ROLLBACK INTO %s (status, archived, version", k->table);
    add_fields(&b, k);
    buf_add(&b, ") VALUES ");
    for (i = 0; i < n; i++) {
        buf_add(&b, i ? ", (?, ?, 1" : "(?, ?, 1");
        for (f = 0; f < k->nfields; f++)
            buf_add(&b, ", ?");
        buf_add(&b, ")");
    }
    rc = sqlite3_prepare_v3(s->db, b.s, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
    buf_fini(&b);
    if (rc != SQLITE_OK) {
        *st = NULL;
        return store_fail(s, e, rc);
    }
    return 0;
}

static int run_done(struct store *s, sqlite3_stmt *st, struct ird_err *e)
{
    int rc = sqlite3_step(st);

    s->work += (uint64_t)sqlite3_stmt_status(st, SQLITE_STMTSTATUS_VM_STEP, 1);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? 0 : store_fail(s, e, rc);
}

/* The history of the records first..last: created, and archived, for
 * each STORE_BULK_ROWS of them in turn (the order a row at a time gave). */
static int bulk_history(struct store *s, const struct kind *k, int64_t first, int64_t last,
                        struct ird_err *e)
{
    static const char *const text[2][2] = {
        { "INSERT OR ROLLBACK INTO history (kind, record_id, at, user, action)"
          " SELECT ?1, id, ?2, ?3, 'create' FROM ",
          " WHERE id BETWEEN ?4 AND ?5 ORDER BY id" },
        { "INSERT OR ROLLBACK INTO history (kind, record_id, at, user, action, note)"
          " SELECT ?1, id, ?2, ?3, 'archive', ?6 FROM ",
          " WHERE id BETWEEN ?4 AND ?5 AND archived = 1 ORDER BY id" },
    };
    sqlite3_stmt *st[2] = { NULL, NULL };
    int64_t from;
    int i, rc = 0;

    for (i = 0; i < 2 && rc == 0; i++) {
        char sql[400];
        snprintf(sql, sizeof sql, "%s%s%s", text[i][0], k->table, text[i][1]);
        rc = store_prepare(s, sql, &st[i], e);
        if (rc < 0)
            break;
        sqlite3_bind_text(st[i], 1, k->code, -1, SQLITE_STATIC);
        sqlite3_bind_text(st[i], 2, s->bulkq.at, -1, SQLITE_STATIC);
        sqlite3_bind_text(st[i], 3, s->bulkq.user, -1, SQLITE_STATIC);
        store_bind_text(st[i], 6, s->bulkq.note);
    }
    for (from = first; rc == 0 && from <= last; from += STORE_BULK_ROWS) {
        for (i = 0; i < 2 && rc == 0; i++) {
            int64_t to = from + STORE_BULK_ROWS - 1 < last ? from + STORE_BULK_ROWS - 1 : last;
            sqlite3_bind_int64(st[i], 4, from);
            sqlite3_bind_int64(st[i], 5, to);
            rc = sqlite3_step(st[i]) == SQLITE_DONE ? 0 : store_fail(s, e, sqlite3_errcode(s->db));
            sqlite3_reset(st[i]);
        }
    }
    store_finalize(s, st[0]);
    store_finalize(s, st[1]);
    return rc;
}

/* The queued rows freed (they are in the table, or rolled back). */
static void queue_free(struct store_bulk *q)
{
    int i;

    for (i = 0; i < q->n; i++)
        record_free(&q->row[i]);
    q->n = 0;
}

/* The statements of the indexes set aside, forgotten. */
static void aside_free(struct store_bulk *q)
{
    int i;

    for (i = 0; i < q->nindex; i++)
        free(q->index_sql[i]);
    free(q->index_sql);
    q->index_sql = NULL;
    q->nindex = 0;
    q->aside_asked = 0;
}

void store_bulk_drop(struct store *s)
{
    /* a rollback takes the written rows, bulk_pending's row and the
     * dropped indexes' absence away too */
    queue_free(&s->bulkq);
    aside_free(&s->bulkq);
    s->bulkq.first = s->bulkq.last = 0;
    s->bulkq.kind = -1;
}

void store_bulk_expect(struct store *s, long rows)
{
    if (s->pg != NULL)
        return;
    s->bulkq.expect = rows;
}

/* How many rows k's table holds; -1 on an error. */
static long table_rows(struct store *s, const struct kind *k, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    char sql[160];
    long n = -1;

    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", k->table);
    if (store_prepare(s, sql, &st, e) < 0)
        return -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        n = (long)sqlite3_column_int64(st, 0);
    else
        store_fail(s, e, sqlite3_errcode(s->db));
    store_finalize(s, st);
    return n;
}

/* When the batch announced more new records of k than its table holds
 * (and many): the table's plain indexes dropped, their statements kept to
 * make them again (indexes_back).  Unique ones stay: they are rules. */
static int indexes_aside(struct store *s, const struct kind *k, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    sqlite3_stmt *st = NULL;
    char **names = NULL;
    long have;
    int i, n = 0, step, rc = 0;

    /* asked once per kind of the batch: a range starts every
     * BULK_RANGE_ROWS records, and the count reads the whole table */
    if (q->aside_asked || q->expect < BULK_ASIDE_MIN)
        return 0;
    q->aside_asked = 1;
    if ((have = table_rows(s, k, e)) < 0)
        return -1;
    if (q->expect <= have)
        return 0;
    if (store_prepare(s, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                         " AND tbl_name = ?1 AND sql IS NOT NULL"
                         " AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name",
                      &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, k->table, -1, SQLITE_STATIC);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        names = xrealloc(names, (size_t)(n + 1) * sizeof *names);
        q->index_sql = xrealloc(q->index_sql, (size_t)(n + 1) * sizeof *q->index_sql);
        names[n] = xstrdup((const char *)sqlite3_column_text(st, 0));
        q->index_sql[n++] = xstrdup((const char *)sqlite3_column_text(st, 1));
    }
    q->nindex = n;
    if (step != SQLITE_DONE)
        rc = store_fail(s, e, step);
    store_finalize(s, st);
    for (i = 0; i < n && rc == 0; i++) {
        char *sql = xasprintf("DROP INDEX \"%s\"", names[i]);
        rc = store_exec(s, sql, e);
        free(sql);
    }
    for (i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

/* The indexes set aside made again, each in one pass over its table. */
static int indexes_back(struct store *s, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    int i, rc = 0;

    for (i = 0; i < q->nindex && rc == 0; i++)
        rc = store_exec(s, q->index_sql[i], e);
    aside_free(q);
    return rc;
}

/* Bind the queued rows to st, which has room for exactly them. */
static void bind_rows(struct store *s, const struct kind *k, sqlite3_stmt *st)
{
    int i, f, p = 1;

    for (i = 0; i < s->bulkq.n; i++) {
        const struct record *r = s->bulkq.row[i];
        sqlite3_bind_text(st, p++, r->status, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(st, p++, r->archived != 0);
        for (f = 0; f < k->nfields; f++)
            store_bind_value(st, p++, &k->fields[f], r->val[f]);
    }
}

/* Run sql with the kind's code as ?1, and first and last as ?2 and ?3. */
static int run_range(struct store *s, const struct kind *k, const char *sql, int64_t first,
                     int64_t last, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int rc;

    if (store_prepare(s, sql, &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
    if (sqlite3_bind_parameter_count(st) >= 3) {
        sqlite3_bind_int64(st, 2, first);
        sqlite3_bind_int64(st, 3, last);
    }
    rc = run_done(s, st, e);
    store_finalize(s, st);
    return rc;
}

/* The queued rows into the kind's table; the first of a range names the
 * kind in bulk_pending. */
static int queue_write(struct store *s, const struct kind *k, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    sqlite3_stmt *part = NULL, *st;
    int n = q->n, rc = -1;

    if (n == 0)
        return 0;
    if (q->first == 0 &&
        (run_range(s, k, "INSERT OR IGNORE INTO bulk_pending (kind) VALUES (?1)", 0, 0, e) < 0 ||
         indexes_aside(s, k, e) < 0))
        goto out;
    if (n == STORE_BULK_ROWS && q->full[k->id] == NULL &&
        prepare_rows(s, k, n, &q->full[k->id], e) < 0)
        goto out;
    if (n < STORE_BULK_ROWS && prepare_rows(s, k, n, &part, e) < 0)
        goto out;
    st = part != NULL ? part : q->full[k->id];
    bind_rows(s, k, st);
    if ((rc = run_done(s, st, e)) < 0) {
        store_unique_fail(s, k, NULL, e);
        goto out;
    }
    q->last = sqlite3_last_insert_rowid(s->db);
    if (q->first == 0)
        q->first = q->last - n + 1;
out:
    store_finalize(s, part);
    queue_free(q);
    return rc;
}

/* FTS5's 'hashsize' of the search index: *was gets what it is, then it
 * is set to size. */
static int fts_hash(struct store *s, long *was, long size, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    char sql[96];

    if (was != NULL) {
        if (store_prepare(s, "SELECT v FROM search_config WHERE k = 'hashsize'", &st, e) < 0)
            return -1;
        *was = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0)
                                              : BULK_FTS_HASH_DEFAULT;
        store_finalize(s, st);
    }
    snprintf(sql, sizeof sql, "INSERT INTO search (search, rank) VALUES ('hashsize', %ld)", size);
    return store_exec(s, sql, e);
}

/* The range of new records written gets its search entries, from the
 * kind's *_body view, and its history; bulk_pending forgets the kind. */
static int range_finish(struct store *s, const struct kind *k, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    struct buf b = { 0 };
    long hash = BULK_FTS_HASH_DEFAULT;
    int rc = -1;

    if (q->first == 0)
        return 0;
    if (fts_hash(s, &hash, BULK_FTS_HASH, e) < 0)
        return -1;
    buf_printf(&b, "INSERT OR IGNORE INTO search_doc (kind, rec_id, body)"
                   " SELECT ?1, id, body FROM %s_body WHERE id BETWEEN ?2 AND ?3 ORDER BY id",
               k->table);
    if (run_range(s, k, b.s, q->first, q->last, e) < 0 ||
        bulk_history(s, k, q->first, q->last, e) < 0 ||
        run_range(s, k, "DELETE FROM bulk_pending WHERE kind = ?1", 0, 0, e) < 0 ||
        fts_hash(s, NULL, hash, e) < 0)
        goto out;
    q->first = q->last = 0;
    rc = 0;
out:
    buf_fini(&b);
    return rc;
}

int store_bulk_finish(struct store *s, struct ird_err *e)
{
    /* the sort keys of the rows the batch added, computed once for all */
    if (store_bulk_flush(s, e) < 0 || store_sort_keys_all(s, e) < 0)
        return -1;
    if (indexes_back(s, e) < 0) {
        store_bulk_drop(s);
        return -1;
    }
    return 0;
}

int store_bulk_flush(struct store *s, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    const struct kind *k;
    int rc;

    if (q->kind < 0 || (q->n == 0 && q->first == 0))
        return 0;
    k = kind_get((enum kind_id)q->kind);
    rc = queue_write(s, k, e) == 0 && range_finish(s, k, e) == 0 ? 0 : -1;
    if (rc < 0)
        store_bulk_drop(s);
    q->kind = -1;
    return rc;
}

int store_add_bulk(struct store *s, const struct record *r, const char *note,
                   const struct stamp *t, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_add_bulk(s, r, note, t, e);
    struct store_bulk *q = &s->bulkq;
    int busy;

    if (!s->bulk || r->id != 0)
        return ird_fail(e, IRD_STORE, "%s", ird_code_text(IRD_STORE));
    busy = q->n > 0 || q->first != 0;
    if (busy && q->kind != (int)r->kind->id && store_bulk_finish(s, e) < 0)
        return -1;
    if (busy && (strcmp(q->at, t->at) != 0 || strcmp(q->user, t->user) != 0 ||
                 strcmp(q->note, note ? note : "") != 0) &&
        store_bulk_flush(s, e) < 0)
        return -1;
    if (q->n == 0 && q->first == 0) {
        q->kind = (int)r->kind->id;
        snprintf(q->at, sizeof q->at, "%s", t->at);
        snprintf(q->user, sizeof q->user, "%s", t->user);
        snprintf(q->note, sizeof q->note, "%s", note ? note : "");
    }
    q->row[q->n++] = record_dup(r);
    if (q->n < STORE_BULK_ROWS)
        return 0;
    if (queue_write(s, r->kind, e) < 0)
        return -1;
    return q->last - q->first + 1 >= BULK_RANGE_ROWS ? store_bulk_flush(s, e) : 0;
}
