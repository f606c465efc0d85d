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
 * ids gets its search entries by one INSERT ... SELECT and its history by
 * two (range_finish), at the latest after BULK_RANGE_ROWS records.  FTS5
 * flushes its pending index at the end of every statement that writes to
 * it through a trigger (and of every statement with a trigger after it was
 * written), and every flush is a segment that its merges write again;
 * during one statement it holds up to its 'hashsize' of pending index
 * (fts_knobs) before it flushes. */
/* A range is the whole batch, up to a million records: each range's
 * statements flush the search index (measured: 300,000 new cities took a
 * tenth less time in one range than in three).  Its archived records are
 * a bit each (q->archived), their history lines written BULK_ARCHIVED_IDS
 * to a statement. */
enum { BULK_RANGE_ROWS = 1000000, BULK_ARCHIVED_IDS = 4096 };
/* A batch announcing at least this many new records, and more than its
 * table holds, sets the table's plain indexes and its count and search
 * insert triggers aside (store_bulk_expect, indexes_aside). */
enum { BULK_ASIDE_MIN = 5000 };

void store_new_cols(struct buf *b, const struct kind *k)
{
    int f;

    for (f = 0; f < k->nfields; f++)
        buf_printf(b, ", %s", k->fields[f].name);
    for (f = 0; f < k->nfields; f++) {
        char nl[80], en[80];
        if (store_sort_cols(&k->fields[f], nl, en, sizeof nl) == 0)
            buf_printf(b, ", %s, %s", nl, en);
    }
}

/* Each sort key is computed from the row's own parameters as
 * store_sort_keys computes it from the stored columns, so that no UPDATE
 * rewrites the rows after they are in. */
void store_new_row(struct buf *b, const struct kind *k, int p)
{
    int f;

    buf_printf(b, "(?%d, ?%d, 1", p, p + 1);
    for (f = 0; f < k->nfields; f++)
        buf_printf(b, ", ?%d", p + 2 + f);
    store_sort_values(b, k, "?", p + 2);
    buf_add(b, ")");
}

/* The INSERT of n new records of kind k: status, archived, then the
 * fields, and the sort keys, computed from the row's fields as
 * store_new_row does.  The parameters are anonymous (the rows are a
 * VALUES list read by column), for SQLite looks each numbered one up in
 * the list of those before it: 14,000 numbered parameters took 0.7 s to
 * prepare, more than the inserting of 100,000 rows. */
static int prepare_rows(struct store *s, const struct kind *k, int n, sqlite3_stmt **st,
                        struct ird_err *e)
{
    struct buf b = { 0 };
    int i, f, rc;

    buf_printf(&b, "INSERT OR ROLLBACK INTO %s (status, archived, version", k->table);
    store_new_cols(&b, k);
    buf_add(&b, ") SELECT column1, column2, 1");
    for (f = 0; f < k->nfields; f++)
        buf_printf(&b, ", column%d", 3 + f);
    store_sort_values(&b, k, "column", 3);
    buf_add(&b, " FROM (VALUES ");
    for (i = 0; i < n; i++) {
        buf_add(&b, i > 0 ? ", (?, ?" : "(?, ?");
        for (f = 0; f < k->nfields; f++)
            buf_add(&b, ", ?");
        buf_add(&b, ")");
    }
    buf_add(&b, ")");
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

/* The range's archived marks forgotten. */
static void archived_clear(struct store_bulk *q)
{
    free(q->archived);
    q->archived = NULL;
    q->archived_cap = 0;
}

/* The ids of the range's archived records from *at on, at most
 * BULK_ARCHIVED_IDS of them, as a JSON array into b; *at moves past them. */
static void archived_ids(const struct store_bulk *q, int64_t *at, int64_t last, struct buf *b)
{
    int n = 0;

    b->len = 0;
    buf_add(b, "[");
    for (; *at <= last && n < BULK_ARCHIVED_IDS; (*at)++) {
        int64_t bit = *at - q->first;
        if (q->archived[bit / 8] & (1u << (bit % 8)))
            buf_printf(b, "%s%lld", n++ ? "," : "", (long long)*at);
    }
    buf_add(b, "]");
}

/* One statement of bulk_history: ?1 the kind, ?2 ?3 the time and user,
 * ?4 ?5 the range, ?6 the note, ?7 the JSON array of ids. */
static int history_run(struct store *s, const struct kind *k, const char *sql, int64_t first,
                       int64_t last, const char *ids, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    sqlite3_stmt *st = NULL;
    int rc;

    if (store_prepare(s, sql, &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, q->at, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, q->user, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, first);
    sqlite3_bind_int64(st, 5, last);
    store_bind_text(st, 6, q->note);
    sqlite3_bind_text(st, 7, ids, -1, SQLITE_STATIC);
    rc = run_done(s, st, e);
    store_finalize(s, st);
    return rc;
}

/* The history of the records first..last: each one created, in the
 * order of their ids, then the archived ones archived.  Few statements: a
 * statement that adds to the search index through a trigger (a history
 * line with a note does) flushes FTS5's pending index when it ends, so
 * one statement a record would leave a segment a record.  The ids are
 * counted, not read back from the kind's table: the range is the batch's. */
static int bulk_history(struct store *s, const struct kind *k, int64_t first, int64_t last,
                        struct ird_err *e)
{
    struct buf ids = { 0 };
    int64_t at = first;
    int rc;

    rc = history_run(s, k,
                     "WITH RECURSIVE n(id) AS (SELECT ?4 UNION ALL SELECT id + 1 FROM n"
                     " WHERE id < ?5) INSERT OR ROLLBACK INTO history"
                     " (kind, record_id, at, user, action) SELECT ?1, id, ?2, ?3, 'create' FROM n",
                     first, last, "[]", e);
    while (rc == 0 && s->bulkq.archived != NULL && at <= last) {
        archived_ids(&s->bulkq, &at, last, &ids);
        if (ids.len <= 2)
            break;
        rc = history_run(s, k,
                         "INSERT OR ROLLBACK INTO history (kind, record_id, at, user, action,"
                         " note) SELECT ?1, value, ?2, ?3, 'archive', ?6 FROM json_each(?7)"
                         " ORDER BY value",
                         first, last, ids.s, e);
    }
    buf_fini(&ids);
    archived_clear(&s->bulkq);
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
    q->count_aside = 0;
    q->live = 0;
}

void store_bulk_drop(struct store *s)
{
    /* a rollback takes the written rows, bulk_pending's row and the
     * dropped indexes' absence away too */
    queue_free(&s->bulkq);
    aside_free(&s->bulkq);
    archived_clear(&s->bulkq);
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
 * (and many): the table's plain indexes dropped, and its insert triggers
 * of the count and the search entry, their statements kept to make them
 * again (indexes_back).  Unique indexes stay: they are rules. */
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
    /* the indexes, then the two insert triggers whose work the batch
     * does once for all its rows: the kind's count (range_finish adds the
     * live rows written) and its search entry (the batch's one INSERT of
     * them, which bulk_pending asks the trigger to leave alone anyway:
     * asking that took a lookup a row) */
    if (store_prepare(s, "SELECT name, sql, type FROM sqlite_master WHERE tbl_name = ?1"
                         " AND sql IS NOT NULL AND ((type = 'index'"
                         " AND upper(sql) NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger'"
                         " AND name IN (?1 || '_count_ins', ?1 || '_search_ins')))"
                         " ORDER BY type, name",
                      &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, k->table, -1, SQLITE_STATIC);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(st, 0);
        int trigger = strcmp((const char *)sqlite3_column_text(st, 2), "trigger") == 0;
        names = xrealloc(names, (size_t)(n + 1) * sizeof *names);
        q->index_sql = xrealloc(q->index_sql, (size_t)(n + 1) * sizeof *q->index_sql);
        names[n] = xasprintf("DROP %s \"%s\"", trigger ? "TRIGGER" : "INDEX", name);
        q->index_sql[n++] = xstrdup((const char *)sqlite3_column_text(st, 1));
        if (trigger && strstr(name, "_count_ins") != NULL)
            q->count_aside = 1;
    }
    q->nindex = n;
    if (step != SQLITE_DONE)
        rc = store_fail(s, e, step);
    store_finalize(s, st);
    for (i = 0; i < n && rc == 0; i++)
        rc = store_exec(s, names[i], e);
    for (i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

/* The indexes set aside made again, each in one pass over its table, and
 * the triggers. */
static int indexes_back(struct store *s, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    int i, rc = 0;

    for (i = 0; i < q->nindex && rc == 0; i++)
        rc = store_exec(s, q->index_sql[i], e);
    aside_free(q);
    return rc;
}

/* Bind the queued rows to st, which has room for exactly them: their
 * values are not copied, the rows are freed after the statement ran. */
static void bind_rows(struct store *s, const struct kind *k, sqlite3_stmt *st)
{
    int i, f, p = 1;

    for (i = 0; i < s->bulkq.n; i++) {
        const struct record *r = s->bulkq.row[i];
        sqlite3_bind_text(st, p++, r->status, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, p++, r->archived != 0);
        for (f = 0; f < k->nfields; f++)
            store_bind_kept(st, p++, &k->fields[f], r->val[f]);
    }
}

/* Run sql with the kind's code as ?1, and first and last as ?2 and ?3
 * (those it has). */
static int run_range(struct store *s, const struct kind *k, const char *sql, int64_t first,
                     int64_t last, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int rc;

    if (store_prepare(s, sql, &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
    if (sqlite3_bind_parameter_count(st) >= 2)
        sqlite3_bind_int64(st, 2, first);
    if (sqlite3_bind_parameter_count(st) >= 3)
        sqlite3_bind_int64(st, 3, last);
    rc = run_done(s, st, e);
    store_finalize(s, st);
    return rc;
}

/* The queued rows that are archived marked in q->archived, a bit for
 * each record of the range (whose first id is q->first), for their
 * history (bulk_history); the first queued row has id first. */
static void keep_archived(struct store_bulk *q, int64_t first)
{
    long need = (long)((first + q->n - q->first) / 8 + 1);
    int i;

    if (need > q->archived_cap) {
        long cap = need > 2 * q->archived_cap ? need : 2 * q->archived_cap;
        q->archived = xrealloc(q->archived, (size_t)cap);
        memset(q->archived + q->archived_cap, 0, (size_t)(cap - q->archived_cap));
        q->archived_cap = cap;
    }
    for (i = 0; i < q->n; i++) {
        int64_t bit = first + i - q->first;
        if (q->row[i]->archived)
            q->archived[bit / 8] |= (unsigned char)(1u << (bit % 8));
        else
            q->live += q->count_aside;
    }
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
    keep_archived(q, q->last - n + 1);
out:
    store_finalize(s, part);
    queue_free(q);
    return rc;
}

/* FTS5's settings of the search index while a range is indexed, and
 * FTS5's defaults for a database that has not set them.  'hashsize': the
 * pending index held before it is flushed as a segment.  'automerge': how
 * many segments of a level are merged into one of the next level; 16
 * rather than 4 while the range is indexed merges each posting fewer
 * times (its crisis merge still bounds a level at 16 segments), and the
 * desk's later writes merge with the database's own setting again. */
static const struct fts_knob {
    const char *key;
    long bulk, dflt;
} fts_knobs[] = {
    { "hashsize", 8 << 20, 1 << 20 },
    { "automerge", 16, 4 },
};
enum { FTS_KNOBS = sizeof fts_knobs / sizeof fts_knobs[0] };

/* Each of fts_knobs set to its bulk value, what it was kept in was[]; or
 * (set_back) to was[] again. */
static int fts_knobs_set(struct store *s, long was[FTS_KNOBS], int set_back, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int i, rc = 0;

    for (i = 0; i < FTS_KNOBS && rc == 0; i++) {
        char sql[120];
        if (!set_back) {
            if (store_prepare(s, "SELECT v FROM search_config WHERE k = ?1", &st, e) < 0)
                return -1;
            sqlite3_bind_text(st, 1, fts_knobs[i].key, -1, SQLITE_STATIC);
            was[i] = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0)
                                                    : fts_knobs[i].dflt;
            store_finalize(s, st);
        }
        snprintf(sql, sizeof sql, "INSERT INTO search (search, rank) VALUES ('%s', %ld)",
                 fts_knobs[i].key, set_back ? was[i] : fts_knobs[i].bulk);
        rc = store_exec(s, sql, e);
    }
    return rc;
}

/* The live records written while the kind's count trigger was set aside
 * added to its count at once. */
static int live_count(struct store *s, const struct kind *k, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    int rc;

    if (q->live == 0)
        return 0;
    rc = run_range(s, k, "UPDATE kind_count SET live = live + ?2 WHERE kind = ?1", q->live, 0,
                   e);
    q->live = 0;
    return rc;
}

/* The range of new records written gets its search entries, from the
 * kind's *_body view (those with words of a script written without spaces
 * in search_spaceless too, schema 27), and its history; bulk_pending
 * forgets the kind. */
static int range_finish(struct store *s, const struct kind *k, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    struct buf b = { 0 };
    long was[FTS_KNOBS];
    int rc = -1;

    if (q->first == 0)
        return 0;
    if (fts_knobs_set(s, was, 0, e) < 0)
        return -1;
    buf_printf(&b, "INSERT OR IGNORE INTO search_doc (kind, rec_id, body)"
                   " SELECT ?1, id, body FROM %s_body WHERE id BETWEEN ?2 AND ?3 ORDER BY id",
               k->table);
    if (run_range(s, k, b.s, q->first, q->last, e) < 0 || (store_match_ready(s) < 0 &&
         ird_fail(e, IRD_STORE, "%s", ird_code_text(IRD_STORE)) < 0) ||
        run_range(s, k,
                  "INSERT OR IGNORE INTO search_spaceless (id, body) SELECT id, body"
                  " FROM search_doc WHERE kind = ?1 AND rec_id BETWEEN ?2 AND ?3"
                  " AND ird_spaceless(body)",
                  q->first, q->last, e) < 0 ||
        bulk_history(s, k, q->first, q->last, e) < 0 || live_count(s, k, e) < 0 ||
        run_range(s, k, "DELETE FROM bulk_pending WHERE kind = ?1", 0, 0, e) < 0 ||
        fts_knobs_set(s, was, 1, e) < 0)
        goto out;
    q->first = q->last = 0;
    rc = 0;
out:
    buf_fini(&b);
    return rc;
}

int store_bulk_finish(struct store *s, struct ird_err *e)
{
    /* the rows the batch added came with their sort keys (store_new_row) */
    if (store_bulk_flush(s, e) < 0)
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
    struct record *own;

    if (s->pg != NULL)
        return pg_add_bulk(s, r, note, t, e);
    own = record_dup(r);
    return store_add_bulk_take(s, &own, note, t, e);
}

int store_add_bulk_take(struct store *s, struct record **pr, const char *note,
                        const struct stamp *t, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    struct record *r = *pr;
    int busy;

    *pr = NULL;
    if (s->pg != NULL) {
        busy = pg_add_bulk(s, r, note, t, e);
        record_free(&r);
        return busy;
    }
    if (!s->bulk || r->id != 0) {
        record_free(&r);
        return ird_fail(e, IRD_STORE, "%s", ird_code_text(IRD_STORE));
    }
    busy = q->n > 0 || q->first != 0;
    if ((busy && q->kind != (int)r->kind->id && store_bulk_finish(s, e) < 0) ||
        (busy && (strcmp(q->at, t->at) != 0 || strcmp(q->user, t->user) != 0 ||
                  strcmp(q->note, note ? note : "") != 0) &&
         store_bulk_flush(s, e) < 0)) {
        record_free(&r);
        return -1;
    }
    if (q->n == 0 && q->first == 0) {
        q->kind = (int)r->kind->id;
        snprintf(q->at, sizeof q->at, "%s", t->at);
        snprintf(q->user, sizeof q->user, "%s", t->user);
        snprintf(q->note, sizeof q->note, "%s", note ? note : "");
    }
    q->row[q->n++] = r;
    if (q->n < STORE_BULK_ROWS)
        return 0;
    if (queue_write(s, kind_get((enum kind_id)q->kind), e) < 0)
        return -1;
    return q->last - q->first + 1 >= BULK_RANGE_ROWS ? store_bulk_flush(s, e) : 0;
}
