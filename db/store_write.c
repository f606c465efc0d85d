#include "db/store.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/digest.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* Writing records (save, status, archive) and reading their history. */

/* Bind a field value with the column type its field type stores (its
 * trait's bind): a whole number as an integer when it is one. */
/* store_bind_value, the text bound with destructor how (SQLITE_STATIC
 * or SQLITE_TRANSIENT). */
static void bind_value(sqlite3_stmt *st, int i, const struct field *f, const char *v,
                       sqlite3_destructor_type how)
{
    char *end;
    long long n;

    if (ftype_get(f->type)->bind == FTYPE_BIND_BLOB && v != NULL) {
        void *bytes = NULL;
        size_t len = 0;
        /* base64 text that is none is bound as it is: the column refuses it */
        if (digest_unbase64(v, &bytes, &len) < 0) {
            sqlite3_bind_text(st, i, v, -1, how);
            return;
        }
        sqlite3_bind_blob64(st, i, bytes, len, free);
        return;
    }
    if (v == NULL || *v == '\0') {
        sqlite3_bind_null(st, i);
        return;
    }
    if (ftype_get(f->type)->bind == FTYPE_BIND_INT) {
        errno = 0;
        n = strtoll(v, &end, 10);
        if (errno == 0 && *end == '\0') {
            sqlite3_bind_int64(st, i, n);
            return;
        }
    }
    sqlite3_bind_text(st, i, v, -1, how);
}

void store_bind_value(sqlite3_stmt *st, int i, const struct field *f, const char *v)
{
    bind_value(st, i, f, v, SQLITE_TRANSIENT);
}

void store_bind_kept(sqlite3_stmt *st, int i, const struct field *f, const char *v)
{
    bind_value(st, i, f, v, SQLITE_STATIC);
}

void store_write_fini(struct store *s)
{
    int k, b;

    for (b = 0; b < 2; b++) {
        for (k = 0; k < STORE_KINDS; k++) {
            store_finalize(s, s->insert[b][k]);
            s->insert[b][k] = NULL;
        }
        store_finalize(s, s->history[b]);
        s->history[b] = NULL;
    }
    for (k = 0; k < STORE_KINDS; k++) {
        store_finalize(s, s->bulkq.full[k]);
        s->bulkq.full[k] = NULL;
        store_finalize(s, s->update[k]);
        s->update[k] = NULL;
    }
    store_finalize(s, s->decisions);
    s->decisions = NULL;
    store_bulk_drop(s);
}

static int add_history(struct store *s, const struct kind *k, int64_t id, const struct stamp *t,
                       const char *action, const char *field, const char *old,
                       const char *new_, const char *note, struct ird_err *e)
{
    sqlite3_stmt *st;
    int rc;

    if (store_kept(s, &s->history[s->bulk],
             s->bulk ? "INSERT OR ROLLBACK INTO history (kind, record_id, at, user, action, "
                       "field, old, new, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                     : "INSERT INTO history (kind, record_id, at, user, action, field, old, "
                       "new, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
             e) < 0)
        return -1;
    st = s->history[s->bulk];
    sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    sqlite3_bind_text(st, 3, t->at, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, t->user, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, action, -1, SQLITE_STATIC);
    store_bind_text(st, 6, field);
    store_bind_text(st, 7, old);
    store_bind_text(st, 8, new_);
    store_bind_text(st, 9, note);
    rc = sqlite3_step(st);
    store_kept_reset(s, st);
    return rc == SQLITE_DONE ? 0 : store_fail(s, e, rc);
}

static int step_done(struct store *s, sqlite3_stmt *st, struct ird_err *e)
{
    int rc = sqlite3_step(st);

    return rc == SQLITE_DONE ? 0 : store_fail(s, e, rc);
}

int store_unique_fail(struct store *s, const struct kind *k, const struct record *r,
                      struct ird_err *e)
{
    const char *msg = sqlite3_errmsg(s->db), *col;
    struct record *other = NULL;
    sqlite3_stmt *st = NULL;
    struct buf sql = { 0 };
    int64_t id = 0;
    int f;

    if (sqlite3_extended_errcode(s->db) != SQLITE_CONSTRAINT_UNIQUE ||
        (col = strrchr(msg, '.')) == NULL || (f = kind_field(k, col + 1)) < 0)
        return -1;
    if (r == NULL || r->val[f] == NULL)
        return ird_fail(e, IRD_INVALID, _("%s: a value is already used by another %s; each "
                                          "must be different."),
                        _(k->fields[f].label), _(k->label));
    buf_printf(&sql, "SELECT id FROM %s WHERE %s = ?1 AND id <> ?2", k->table, k->fields[f].name);
    if (sqlite3_prepare_v2(s->db, sql.s, -1, &st, NULL) == SQLITE_OK) {
        store_bind_value(st, 1, &k->fields[f], r->val[f]);
        sqlite3_bind_int64(st, 2, r->id);
        if (sqlite3_step(st) == SQLITE_ROW)
            id = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    buf_fini(&sql);
    if (id > 0 && store_get(s, k->id, id, &other, NULL) == 0)
        ird_fail(e, IRD_INVALID, _("%s %s is already used by %s %lld · %s."),
                 _(k->fields[f].label), r->val[f], _(k->label), (long long)id,
                 record_title(other));
    else
        ird_fail(e, IRD_INVALID, _("%s %s is already used by another %s."),
                 _(k->fields[f].label), r->val[f], _(k->label));
    record_free(&other);
    return -1;
}

static int insert_record(struct store *s, struct record *r, const struct stamp *t,
                         struct ird_err *e)
{
    const struct kind *k = r->kind;
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    int i, rc = -1;

    /* a batch's new records first: while they wait for their search
     * entries, their kind's insert trigger makes none; and that trigger
     * and the count's back, if the batch had set them aside */
    if (s->bulk && store_bulk_finish(s, e) < 0)
        return -1;
    /* the row with its sort keys, as a bulk batch's (no UPDATE after it) */
    if (s->insert[s->bulk][k->id] == NULL) {
        buf_printf(&b, "INSERT %sINTO %s (status, archived, version",
                   s->bulk ? "OR ROLLBACK " : "", k->table);
        store_new_cols(&b, k);
        buf_add(&b, ") VALUES ");
        store_new_row(&b, k, 1);
        if (store_kept(s, &s->insert[s->bulk][k->id], b.s, e) < 0)
            goto out;
    }
    st = s->insert[s->bulk][k->id];
    sqlite3_bind_text(st, 1, r->status, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, 0);
    for (i = 0; i < k->nfields; i++)
        store_bind_value(st, i + 3, &k->fields[i], r->val[i]);
    if (step_done(s, st, e) < 0) {
        store_unique_fail(s, k, r, e);
        goto out;
    }
    r->id = sqlite3_last_insert_rowid(s->db);
    r->version = 1;
    rc = add_history(s, k, r->id, t, "create", NULL, NULL, NULL, NULL, e);
out:
    if (st != NULL)
        store_kept_reset(s, st);
    buf_fini(&b);
    return rc;
}

static int same(const char *a, const char *b)
{
    if (a == NULL || *a == '\0')
        return b == NULL || *b == '\0';
    return b != NULL && strcmp(a, b) == 0;
}

/* The stored record must still be at 'version': else IRD_STALE. */
static int check_version(struct store *s, const struct kind *k, int64_t id, int64_t version,
                         struct record **cur, struct ird_err *e)
{
    if (store_get(s, k->id, id, cur, e) < 0)
        return -1;
    if (version >= 0 && (*cur)->version != version)
        return ird_fail(e, IRD_STALE,
                        _("Someone else saved this record first (now version %lld; you "
                          "read version %lld). Nothing was saved."),
                        (long long)(*cur)->version, (long long)version);
    return 0;
}

/* Field i is among mask's (all of them beyond the 64th when mask is full). */
static int in_mask(uint64_t mask, int i)
{
    return i < 64 ? (int)((mask >> i) & 1) : mask == ~(uint64_t)0;
}

/* The UPDATE of r's kind setting the fields in mask (bit i: field i, as
 * ?i+2) under a version check: the last one kept per kind, since a person
 * edits the same fields again and again (and the triggers on a column
 * fire only when it is set).  It sets the sort keys of the twins whose
 * text it sets too, from both texts' parameters (update_reads: the fields
 * to bind), and leaves the others alone: no second UPDATE rewrites the
 * row and its keys' indexes after it.  NULL with e set when it cannot be
 * made. */
static sqlite3_stmt *update_stmt(struct store *s, const struct kind *k, uint64_t mask,
                                 struct ird_err *e)
{
    struct buf b = { 0 };
    uint64_t reads = mask;
    int i;

    if (s->update[k->id] != NULL && s->update_mask[k->id] == mask)
        return s->update[k->id];
    store_finalize(s, s->update[k->id]);
    s->update[k->id] = NULL;
    buf_printf(&b, "UPDATE %s SET version = version + 1", k->table);
    for (i = 0; i < k->nfields; i++)
        if (in_mask(mask, i))
            buf_printf(&b, ", %s = ?%d", k->fields[i].name, i + 2);
    for (i = 0; i < k->nfields; i++) {
        const struct field *f = &k->fields[i];
        char nl[80], en[80], own[16], alt[16];
        if (store_sort_cols(f, nl, en, sizeof nl) < 0 ||
            (!in_mask(mask, i) && !in_mask(mask, f->alt)))
            continue;
        snprintf(own, sizeof own, "?%d", i + 2);
        snprintf(alt, sizeof alt, "?%d", f->alt + 2);
        buf_printf(&b, ", %s = ", nl);
        store_sort_expr(&b, own, alt);
        buf_printf(&b, ", %s = ", en);
        store_sort_expr(&b, alt, own);
        if (i < 64 && f->alt < 64)
            reads |= (uint64_t)1 << i | (uint64_t)1 << f->alt;
    }
    buf_add(&b, " WHERE id = ?1 AND version = ?99");
    if (store_kept(s, &s->update[k->id], b.s, e) == 0) {
        s->update_mask[k->id] = mask;
        s->update_reads[k->id] = reads;
    }
    buf_fini(&b);
    return s->update[k->id];
}

static int update_record(struct store *s, struct record *r, const struct stamp *t,
                         struct ird_err *e)
{
    const struct kind *k = r->kind;
    struct record *cur = NULL;
    sqlite3_stmt *st = NULL;
    uint64_t mask = 0;
    int i, rc = -1;

    if (check_version(s, k, r->id, r->version, &cur, e) < 0)
        goto out;
    for (i = 0; i < k->nfields; i++) {
        if (same(cur->val[i], r->val[i]))
            continue;
        /* a kind of more than 64 fields sets them all */
        mask |= i < 64 ? (uint64_t)1 << i : ~(uint64_t)0;
        if (add_history(s, k, r->id, t, "edit", k->fields[i].name, cur->val[i], r->val[i], NULL,
                        e) < 0)
            goto out;
    }
    if (mask == 0) {
        rc = 0;
        goto out;
    }
    if (k->nfields > 64)
        mask = ~(uint64_t)0;
    if ((st = update_stmt(s, k, mask, e)) == NULL)
        goto out;
    sqlite3_bind_int64(st, 1, r->id);
    sqlite3_bind_int64(st, 99, r->version);
    for (i = 0; i < k->nfields; i++)
        if (in_mask(s->update_reads[k->id], i))
            store_bind_value(st, i + 2, &k->fields[i], r->val[i]);
    if (step_done(s, st, e) < 0) {
        store_unique_fail(s, k, r, e);
        goto out;
    }
    if (sqlite3_changes(s->db) != 1) {
        ird_fail(e, IRD_STALE, "%s", ird_code_text(IRD_STALE));
        goto out;
    }
    r->version++;
    rc = 0;
out:
    if (st != NULL)
        store_kept_reset(s, st);
    record_free(&cur);
    return rc;
}

int store_save(struct store *s, struct record *r, const struct stamp *t, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_save(s, r, t, e);
    int64_t old_id = r->id, old_version = r->version;
    int rc;

    if (store_begin(s, e) < 0)
        return -1;
    rc = r->id == 0 ? insert_record(s, r, t, e) : update_record(s, r, t, e);
    if (rc == 0) {
        rc = store_commit(s, e);
    } else {
        store_rollback(s);
    }
    if (rc < 0) {
        r->id = old_id;
        r->version = old_version;
    }
    return rc;
}

/* Set one bookkeeping column (status or archived) under a version check,
 * with its history line, in one transaction. */
static int set_column(struct store *s, enum kind_id kid, int64_t id, int64_t version,
                      const char *column, const char *expect, const char *value,
                      const char *action, const char *note, const struct stamp *t,
                      struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct record *cur = NULL;
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    char oldv[16];
    const char *old;
    int rc = -1, committed = 0;

    if (store_begin(s, e) < 0)
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
    buf_printf(&b, "UPDATE %s SET %s = ?2, version = version + 1 WHERE id = ?1", k->table,
               column);
    if (store_prepare(s, b.s, &st, e) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, value, -1, SQLITE_TRANSIENT);
    if (step_done(s, st, e) < 0)
        goto out;
    if (add_history(s, k, id, t, action, strcmp(action, "status") == 0 ? "status" : NULL,
                    strcmp(action, "status") == 0 ? old : NULL,
                    strcmp(action, "status") == 0 ? value : NULL, note, e) < 0)
        goto out;
    rc = store_commit(s, e);
    committed = 1;
out:
    if (rc < 0 && !committed)
        store_rollback(s);
    store_finalize(s, st);
    buf_fini(&b);
    record_free(&cur);
    return rc;
}

int store_set_status(struct store *s, enum kind_id k, int64_t id, int64_t version,
                     const char *from, const char *to, const char *note,
                     const struct stamp *t, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_set_column(s, k, id, version, "status", from, to, "status", note, t, e);
    return set_column(s, k, id, version, "status", from, to, "status", note, t, e);
}

int store_set_archived(struct store *s, enum kind_id k, int64_t id, int64_t version,
                       int archived, const char *note, const struct stamp *t,
                       struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_set_column(s, k, id, version, "archived", archived ? "0" : "1",
                             archived ? "1" : "0", archived ? "archive" : "restore", note, t, e);
    return set_column(s, k, id, version, "archived", archived ? "0" : "1", archived ? "1" : "0",
                      archived ? "archive" : "restore", note, t, e);
}

/* Run a history query whose columns are id, kind, record_id, at, user,
 * action, field, old, new, note, source, note_en.  Lines about a kind this program
 * does not know (a kind registered by another) are left out. */
/* The history lines st (HIST_COLS, bound; NULL: it could not be
 * prepared) gives into *out; st is finalized. */
static int history_rows(struct store *s, sqlite3_stmt *st, struct hist **out, size_t *n,
                        struct ird_err *e)
{
    struct hist *h = NULL;
    size_t cnt = 0, cap = 0;
    int step;

    *out = NULL;
    *n = 0;
    if (st == NULL)
        return -1;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const struct kind *k = kind_by_code((const char *)sqlite3_column_text(st, 1));
        if (k == NULL)
            continue;
        if (cnt == cap) {
            cap = cap ? cap * 2 : 16;
            h = xrealloc(h, cap * sizeof *h);
        }
        h[cnt].id = sqlite3_column_int64(st, 0);
        h[cnt].kind = k->id;
        h[cnt].record_id = sqlite3_column_int64(st, 2);
        h[cnt].at = store_col_text(st, 3);
        h[cnt].user = store_col_text(st, 4);
        h[cnt].action = store_col_text(st, 5);
        h[cnt].field = store_col_text(st, 6);
        h[cnt].old = store_col_text(st, 7);
        h[cnt].new_ = store_col_text(st, 8);
        h[cnt].note = store_col_text(st, 9);
        h[cnt].source = store_col_text(st, 10);
        h[cnt].note_en = store_col_text(st, 11);
        cnt++;
    }
    store_finalize(s, st);
    if (step != SQLITE_DONE) {
        hist_list_free(h, cnt);
        return store_fail(s, e, step);
    }
    *out = h;
    *n = cnt;
    return 0;
}

#define HIST_COLS "id, kind, record_id, at, user, action, field, old, new, note, source, note_en"

sqlite3_stmt *store_of_record(struct store *s, const char *sql, enum kind_id kid, int64_t id,
                               struct ird_err *e)
{
    sqlite3_stmt *st = NULL;

    if (store_prepare(s, sql, &st, e) < 0)
        return NULL;
    sqlite3_bind_text(st, 1, kind_get(kid)->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    return st;
}

int store_history(struct store *s, enum kind_id kid, int64_t id, long offset, long limit,
                  struct hist **out, size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_history(s, kid, id, NULL, offset, limit, out, n, e);
    sqlite3_stmt *st = store_of_record(s,
                                       "SELECT " HIST_COLS " FROM history"
                                       " WHERE kind = ?1 AND record_id = ?2"
                                       " ORDER BY at DESC, id DESC LIMIT ?3 OFFSET ?4",
                                       kid, id, e);

    if (st != NULL) {
        sqlite3_bind_int64(st, 3, limit);
        sqlite3_bind_int64(st, 4, offset);
    }
    return history_rows(s, st, out, n, e);
}

int store_history_dated(struct store *s, enum kind_id kid, int64_t id, int from, int to,
                        struct hist **out, size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_history_dated(s, kid, id, from, to, out, n, e);
    sqlite3_stmt *st = store_of_record(s,
                                       "SELECT " HIST_COLS " FROM history"
                                       " WHERE kind = ?1 AND record_id = ?2 AND at >= ?3"
                                       " AND at < ?4 AND action IN ('event', 'status')"
                                       " ORDER BY at DESC, id DESC",
                                       kid, id, e);
    char lo[16], hi[16];

    snprintf(lo, sizeof lo, "%04d", from);
    snprintf(hi, sizeof hi, "%04d", to + 1);
    if (st != NULL) {
        sqlite3_bind_text(st, 3, lo, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 4, hi, -1, SQLITE_TRANSIENT);
    }
    return history_rows(s, st, out, n, e);
}

int store_changes(struct store *s, const char *since, long limit, struct hist **out,
                  size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_history(s, KIND_CITY, 0, since, 0, limit, out, n, e);
    sqlite3_stmt *st = NULL;

    /* dated facts from the documents are history, not changes made here */
    if (store_prepare(s,
                "SELECT " HIST_COLS " FROM history WHERE at >= ?1 AND action <> 'event'"
                " ORDER BY at DESC, id DESC LIMIT ?2",
                &st, e) == 0) {
        sqlite3_bind_text(st, 1, since, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 2, limit);
    }
    return history_rows(s, st, out, n, e);
}
