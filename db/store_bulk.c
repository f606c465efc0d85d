#include "db/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* New records in bulk: many rows to one INSERT, since FTS5 flushes its
 * pending index at the end of every statement that writes to it in a
 * transaction (through the search_doc triggers); a row at a time, that
 * flush was most of an import's time. */

/* The INSERT of n rows of kind k: status, archived, version, then the
 * fields; OR ROLLBACK, as in a bulk batch. */
static int prepare_rows(struct store *s, const struct kind *k, int n, sqlite3_stmt **st,
                        struct ird_err *e)
{
    struct buf b = { 0 };
    int i, f, rc;

    buf_printf(&b, "INSERT OR ROLLBACK INTO %s (status, archived, version", k->table);
    for (f = 0; f < k->nfields; f++)
        buf_printf(&b, ", %s", k->fields[f].name);
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

/* The history of the records first..last: created, and archived. */
static int bulk_history(struct store *s, const struct kind *k, int64_t first, int64_t last,
                        struct ird_err *e)
{
    int i;

    for (i = 0; i < 2; i++) {
        sqlite3_stmt *st = NULL;
        char text[400];
        int rc;
        if (i == 0)
            snprintf(text, sizeof text,
                     "INSERT OR ROLLBACK INTO history (kind, record_id, at, user, action)"
                     " SELECT ?1, id, ?2, ?3, 'create' FROM %s WHERE id BETWEEN ?4 AND ?5"
                     " ORDER BY id",
                     k->table);
        else
            snprintf(text, sizeof text,
                     "INSERT OR ROLLBACK INTO history (kind, record_id, at, user, action, note)"
                     " SELECT ?1, id, ?2, ?3, 'archive', ?6 FROM %s WHERE id BETWEEN ?4 AND ?5"
                     " AND archived = 1 ORDER BY id",
                     k->table);
        if (store_prepare(s, text, &st, e) < 0)
            return -1;
        sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, s->bulkq.at, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, s->bulkq.user, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 4, first);
        sqlite3_bind_int64(st, 5, last);
        store_bind_text(st, 6, s->bulkq.note);
        rc = sqlite3_step(st);
        store_finalize(s, st);
        if (rc != SQLITE_DONE)
            return store_fail(s, e, rc);
    }
    return 0;
}

void store_bulk_drop(struct store *s)
{
    int i;

    for (i = 0; i < s->bulkq.n; i++)
        record_free(&s->bulkq.row[i]);
    s->bulkq.n = 0;
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

int store_bulk_flush(struct store *s, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;
    const struct kind *k;
    sqlite3_stmt *part = NULL, *st;
    int64_t last;
    int n = q->n, rc = -1;

    if (q->kind < 0 || n == 0)
        return 0;
    k = kind_get((enum kind_id)q->kind);
    if (n == STORE_BULK_ROWS && q->full[k->id] == NULL &&
        prepare_rows(s, k, n, &q->full[k->id], e) < 0)
        goto out;
    if (n < STORE_BULK_ROWS && prepare_rows(s, k, n, &part, e) < 0)
        goto out;
    st = part != NULL ? part : q->full[k->id];
    bind_rows(s, k, st);
    if (run_done(s, st, e) < 0)
        goto out;
    last = sqlite3_last_insert_rowid(s->db);
    rc = bulk_history(s, k, last - n + 1, last, e);
out:
    store_finalize(s, part);
    store_bulk_drop(s);
    return rc;
}

int store_add_bulk(struct store *s, const struct record *r, const char *note,
                   const struct stamp *t, struct ird_err *e)
{
    struct store_bulk *q = &s->bulkq;

    if (!s->bulk || r->id != 0)
        return ird_fail(e, IRD_STORE, "%s", ird_code_text(IRD_STORE));
    if (q->n > 0 && (q->kind != (int)r->kind->id || strcmp(q->at, t->at) != 0 ||
                     strcmp(q->user, t->user) != 0 || strcmp(q->note, note ? note : "") != 0) &&
        store_bulk_flush(s, e) < 0)
        return -1;
    if (q->n == 0) {
        q->kind = (int)r->kind->id;
        snprintf(q->at, sizeof q->at, "%s", t->at);
        snprintf(q->user, sizeof q->user, "%s", t->user);
        snprintf(q->note, sizeof q->note, "%s", note ? note : "");
    }
    q->row[q->n++] = record_dup(r);
    return q->n == STORE_BULK_ROWS ? store_bulk_flush(s, e) : 0;
}
