#include "db/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* New records in bulk go first to a temporary table of their kind (the
 * spool, many rows to one INSERT), then into their table by one INSERT ...
 * SELECT of up to BULK_SPOOL_ROWS rows: FTS5 flushes its pending index at
 * the end of every statement that writes to it in a transaction (through
 * the search_doc triggers), and every flush is a segment that its merges
 * write again.  During that statement FTS5 may hold BULK_FTS_HASH bytes of
 * pending index (its 'hashsize', 1 MB by default) before it flushes. */
enum { BULK_SPOOL_ROWS = 100000, BULK_FTS_HASH = 8 << 20, BULK_FTS_HASH_DEFAULT = 1 << 20 };

/* The columns of kind k that a new record gives, after "status, archived". */
static void add_fields(struct buf *b, const struct kind *k)
{
    int f;

    for (f = 0; f < k->nfields; f++)
        buf_printf(b, ", %s", k->fields[f].name);
}

/* The spool of kind k, made when there is none (a rolled back batch
 * takes it away): its columns as the table's, without constraints. */
static int spool_create(struct store *s, const struct kind *k, struct ird_err *e)
{
    struct buf b = { 0 };
    int rc;

    buf_printf(&b, "CREATE TEMP TABLE IF NOT EXISTS bulk_%s AS SELECT status, archived", k->table);
    add_fields(&b, k);
    buf_printf(&b, " FROM main.%s WHERE 0", k->table);
    rc = store_exec(s, b.s, e);
    buf_fini(&b);
    return rc;
}

/* The INSERT of n rows of kind k into its spool: status, archived, then
 * the fields. */
static int prepare_rows(struct store *s, const struct kind *k, int n, sqlite3_stmt **st,
                        struct ird_err *e)
{
    struct buf b = { 0 };
    int i, f, rc;

    buf_printf(&b, "INSERT OR ROLLBACK INTO temp.bulk_%s (status, archived", k->table);
    add_fields(&b, k);
    buf_add(&b, ") VALUES ");
    for (i = 0; i < n; i++) {
        buf_add(&b, i ? ", (?, ?" : "(?, ?");
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

/* The queued rows freed (they are in the spool, or rolled back). */
static void queue_free(struct store_bulk *q)
{
    int i;

    for (i = 0; i < q->n; i++)
        record_free(&q->row[i]);
    q->n = 0;
}

void store_bulk_drop(struct store *s)
{
    /* a rollback empties the spool too */
    queue_free(&s->bulkq);
    s->bulkq.spooled = 0;
    s->bulkq.kind = -1;
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

/* The queued rows into the spool. */
static int queue_spool(struct store *s, const struct kind *k, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    sqlite3_stmt *part = NULL, *st;
    int n = q->n, rc = -1;

    if (n == 0)
        return 0;
    if (spool_create(s, k, e) < 0)
        goto out;
    if (n == STORE_BULK_ROWS && q->full[k->id] == NULL &&
        prepare_rows(s, k, n, &q->full[k->id], e) < 0)
        goto out;
    if (n < STORE_BULK_ROWS && prepare_rows(s, k, n, &part, e) < 0)
        goto out;
    st = part != NULL ? part : q->full[k->id];
    bind_rows(s, k, st);
    rc = run_done(s, st, e);
    q->spooled += rc == 0 ? n : 0;
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

/* The spool's rows into the kind's table, in the order they came, with
 * their history; the spool is emptied. */
static int spool_move(struct store *s, const struct kind *k, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    struct buf b = { 0 };
    long n = q->spooled, hash = BULK_FTS_HASH_DEFAULT;
    int64_t last;
    int rc = -1;

    if (n == 0)
        return 0;
    if (fts_hash(s, &hash, BULK_FTS_HASH, e) < 0)
        return -1;
    buf_printf(&b, "INSERT OR ROLLBACK INTO %s (status, archived, version", k->table);
    add_fields(&b, k);
    buf_add(&b, ") SELECT status, archived, 1");
    add_fields(&b, k);
    buf_printf(&b, " FROM temp.bulk_%s ORDER BY rowid", k->table);
    if (store_exec(s, b.s, e) < 0) {
        store_unique_fail(s, k, NULL, e);
        goto out;
    }
    last = sqlite3_last_insert_rowid(s->db);
    if (bulk_history(s, k, last - n + 1, last, e) < 0)
        goto out;
    buf_fini(&b);
    buf_printf(&b, "DELETE FROM temp.bulk_%s", k->table);
    if (store_exec(s, b.s, e) < 0 || fts_hash(s, NULL, hash, e) < 0)
        goto out;
    q->spooled = 0;
    rc = 0;
out:
    buf_fini(&b);
    return rc;
}

int store_bulk_flush(struct store *s, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    const struct kind *k;
    int rc;

    if (q->kind < 0 || (q->n == 0 && q->spooled == 0))
        return 0;
    k = kind_get((enum kind_id)q->kind);
    rc = queue_spool(s, k, e) == 0 && spool_move(s, k, e) == 0 ? 0 : -1;
    if (rc < 0)
        store_bulk_drop(s);
    q->kind = -1;
    return rc;
}

int store_add_bulk(struct store *s, const struct record *r, const char *note,
                   const struct stamp *t, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;

    if (!s->bulk || r->id != 0)
        return ird_fail(e, IRD_STORE, "%s", ird_code_text(IRD_STORE));
    if ((q->n > 0 || q->spooled > 0) && (q->kind != (int)r->kind->id || strcmp(q->at, t->at) != 0 ||
                     strcmp(q->user, t->user) != 0 || strcmp(q->note, note ? note : "") != 0) &&
        store_bulk_flush(s, e) < 0)
        return -1;
    if (q->n == 0 && q->spooled == 0) {
        q->kind = (int)r->kind->id;
        snprintf(q->at, sizeof q->at, "%s", t->at);
        snprintf(q->user, sizeof q->user, "%s", t->user);
        snprintf(q->note, sizeof q->note, "%s", note ? note : "");
    }
    q->row[q->n++] = record_dup(r);
    if (q->n < STORE_BULK_ROWS)
        return 0;
    if (queue_spool(s, r->kind, e) < 0)
        return -1;
    return q->spooled >= BULK_SPOOL_ROWS ? store_bulk_flush(s, e) : 0;
}
