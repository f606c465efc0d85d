#include "db/store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* The decision logs (schema 8): a decision is a dated record of its own;
 * carrying it out is the one way it moves a status. */

#define DECISION_COLS                                                                      \
    "id, decided, body, body_en, text_nl, text_en, en_given, source, done, done_source, "  \
    "done_status"

static void row_decision(sqlite3_stmt *st, struct decision *d)
{
    d->id = sqlite3_column_int64(st, 0);
    d->decided = store_col_text(st, 1);
    d->body = store_col_text(st, 2);
    d->body_en = store_col_text(st, 3);
    d->text_nl = store_col_text(st, 4);
    d->text_en = store_col_text(st, 5);
    d->en_given = sqlite3_column_int(st, 6);
    d->source = store_col_text(st, 7);
    d->done = store_col_text(st, 8);
    d->done_source = store_col_text(st, 9);
    d->done_status = store_col_text(st, 10);
}

int store_decisions(struct store *s, enum kind_id k, int64_t id, struct decision **out,
                    size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_decisions(s, k, id, out, n, e);
    sqlite3_stmt *st = NULL;
    int step, rc;

    *out = NULL;
    *n = 0;
    /* kept: a report asks it of every record */
    if (store_kept(s, &s->decisions,
                   "SELECT " DECISION_COLS " FROM decision WHERE kind = ?1 AND record_id = ?2"
                   " ORDER BY decided DESC, id DESC",
                   e) < 0)
        return -1;
    st = s->decisions;
    sqlite3_bind_text(st, 1, kind_get(k)->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xrealloc(*out, (*n + 1) * sizeof **out);
        memset(&(*out)[*n], 0, sizeof **out);
        row_decision(st, &(*out)[(*n)++]);
    }
    rc = step == SQLITE_DONE ? 0 : store_fail(s, e, step);
    store_kept_reset(s, st);
    if (rc < 0) {
        decision_list_free(*out, *n);
        *out = NULL;
        *n = 0;
    }
    return rc;
}

int store_decided(struct store *s, enum kind_id k, int64_t **ids, size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_decided(s, k, ids, n, e);
    sqlite3_stmt *st = NULL;
    int step;

    *ids = NULL;
    *n = 0;
    if (store_prepare(s,
                      "SELECT DISTINCT record_id FROM decision WHERE kind = ?1 ORDER BY record_id",
                      &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, kind_get(k)->code, -1, SQLITE_STATIC);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        *ids = xrealloc(*ids, (*n + 1) * sizeof **ids);
        (*ids)[(*n)++] = sqlite3_column_int64(st, 0);
    }
    store_finalize(s, st);
    if (step == SQLITE_DONE)
        return 0;
    free(*ids);
    *ids = NULL;
    *n = 0;
    return store_fail(s, e, step);
}

/* A history line about a decision: field "decision" (recorded) or
 * "decision_done" (carried out), the decision's text or the date it was
 * carried out as the note, and its source. */
static int decision_history(struct store *s, const struct kind *k, int64_t id,
                            const char *field, const char *note, const char *source,
                            const struct stamp *t, struct ird_err *e)
{
    return store_event(s, k, id, field, NULL, note, source, t, e);
}

int store_decide(struct store *s, enum kind_id kid, int64_t id, struct decision *d,
                 const struct stamp *t, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_decide(s, kid, id, d, t, e);
    const struct kind *k = kind_get(kid);
    sqlite3_stmt *st = NULL;
    int rc = -1;

    if (store_begin(s, e) < 0)
        return -1;
    if (!store_exists(s, kid, id)) {
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(k->label), (long long)id);
        goto out;
    }
    if (store_prepare(s,
                      "INSERT INTO decision (kind, record_id, decided, body, body_en, text_nl,"
                      " text_en, en_given, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                      &st, e) < 0)
        goto out;
    sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    store_bind_text(st, 3, d->decided);
    store_bind_text(st, 4, d->body);
    store_bind_text(st, 5, d->body_en);
    store_bind_text(st, 6, d->text_nl);
    store_bind_text(st, 7, d->text_en);
    sqlite3_bind_int(st, 8, d->en_given);
    store_bind_text(st, 9, d->source);
    if (store_run(s, st, e) < 0)
        goto out;
    d->id = sqlite3_last_insert_rowid(s->db);
    if (decision_history(s, k, id, "decision", d->text_nl, d->source, t, e) < 0)
        goto out;
    rc = store_commit(s, e);
    if (rc < 0)
        d->id = 0;
    return rc;
out:
    store_rollback(s);
    d->id = 0;
    return rc;
}

/* 1 when decision did of record id is pending, 0 when it was carried out,
 * -1 (e filled) when the record has no such decision. */
static int decision_pending(struct store *s, const struct kind *k, int64_t id, int64_t did,
                            struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int rc;

    if (store_prepare(s,
                      "SELECT done IS NULL FROM decision WHERE id = ?1 AND kind = ?2"
                      " AND record_id = ?3",
                      &st, e) < 0)
        return -1;
    sqlite3_bind_int64(st, 1, did);
    sqlite3_bind_text(st, 2, k->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, id);
    rc = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    store_finalize(s, st);
    if (rc < 0)
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld has no decision %lld."), _(k->label),
                 (long long)id, (long long)did);
    return rc;
}

int store_carry_out(struct store *s, enum kind_id kid, int64_t id, int64_t did, const char *done,
                    const char *source, int64_t version, const char *from, const char *to,
                    const struct stamp *t, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_carry_out(s, kid, id, did, done, source, version, from, to, t, e);
    const struct kind *k = kind_get(kid);
    sqlite3_stmt *st = NULL;
    int pending, rc = -1;

    if (store_begin(s, e) < 0)
        return -1;
    pending = decision_pending(s, k, id, did, e);
    if (pending <= 0) {
        if (pending == 0)
            ird_fail(e, IRD_INVALID, _("Decision %lld was carried out already. Nothing was "
                                       "saved."),
                     (long long)did);
        goto out;
    }
    if (store_prepare(s,
                      "UPDATE decision SET done = ?2, done_source = ?3, done_status = ?4"
                      " WHERE id = ?1",
                      &st, e) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, did);
    store_bind_text(st, 2, done);
    store_bind_text(st, 3, source);
    store_bind_text(st, 4, to);
    if (store_run(s, st, e) < 0 || decision_history(s, k, id, "decision_done", done, source, t, e) < 0)
        goto out;
    if (to != NULL && store_set_status(s, kid, id, version, from, to, NULL, t, e) < 0)
        goto out;
    return store_commit(s, e);
out:
    store_rollback(s);
    return rc;
}
