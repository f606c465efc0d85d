#include "db/pg/pg.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

#include "db/pg/pg_int.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* The reads a report makes narrow (a record's dated history, the records
 * with a decision), the read transaction they share, and the GDPR erasure:
 * the PostgreSQL side of store_history_dated, store_decided,
 * store_read_begin/end and store_erase. */

int pg_history_dated(struct store *s, enum kind_id kid, int64_t id, int from, int to,
                     struct hist **out, size_t *n, struct ird_err *e)
{
    struct pg_params p = { 0 };
    char lo[16], hi[16];
    PGresult *r;

    *out = NULL;
    *n = 0;
    snprintf(lo, sizeof lo, "%04d", from);
    snprintf(hi, sizeof hi, "%04d", to + 1);
    pg_param(&p, kind_get(kid)->code);
    pg_param_int(&p, id);
    pg_param(&p, lo);
    pg_param(&p, hi);
    r = pg_run(s,
               "SELECT " PG_HIST_COLS " FROM history WHERE kind = $1 AND record_id = $2"
               " AND at COLLATE \"C\" >= $3 AND at COLLATE \"C\" < $4"
               " AND action IN ('event', 'status') ORDER BY at COLLATE \"C\" DESC, id DESC",
               &p, e);
    pg_params_fini(&p);
    return pg_hist_rows(r, out, n);
}

int pg_decided(struct store *s, enum kind_id k, int64_t **ids, size_t *n, struct ird_err *e)
{
    struct pg_params p = { 0 };
    PGresult *r;
    int i;

    *ids = NULL;
    *n = 0;
    pg_param(&p, kind_get(k)->code);
    r = pg_run(s, "SELECT DISTINCT record_id FROM decision WHERE kind = $1 ORDER BY record_id",
               &p, e);
    pg_params_fini(&p);
    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0)
        *ids = xcalloc((size_t)PQntuples(r), sizeof **ids);
    for (i = 0; i < PQntuples(r); i++)
        (*ids)[(*n)++] = pg_int(r, i, 0);
    PQclear(r);
    return 0;
}

int pg_read_begin(struct store *s, struct ird_err *e)
{
    /* one snapshot for all the report's reads, as SQLite's deferred BEGIN
     * gives; nothing is begun inside a transaction */
    if (s->reading || s->depth > 0 || PQtransactionStatus(s->pg->c) != PQTRANS_IDLE)
        return 0;
    if (pg_script(s, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", e) < 0)
        return -1;
    s->reading = 1;
    return 0;
}

void pg_read_end(struct store *s)
{
    s->reading = 0;
    if (PQtransactionStatus(s->pg->c) != PQTRANS_IDLE)
        pg_script(s, "COMMIT", NULL);
}

/* The statements of an erasure, each with $1 the kind's code, $2 the id. */
static const char *const erase_sql[] = {
    "DELETE FROM note WHERE kind = $1 AND record_id = $2",
    "DELETE FROM history WHERE kind = $1 AND record_id = $2",
    "DELETE FROM decision WHERE kind = $1 AND record_id = $2",
    "DELETE FROM attachment WHERE kind = $1 AND record_id = $2",
    "DELETE FROM link WHERE (a_kind = $1 AND a_id = $2) OR (b_kind = $1 AND b_id = $2)",
    NULL,
};

int pg_erase(struct store *s, const struct kind *k, int64_t id, const char *note,
             const char *note_en, const struct stamp *t, struct ird_err *e)
{
    struct pg_params p = { 0 };
    char sql[128];
    int i, rc = -1;

    /* the rows go in one transaction (the administrator's: an editor may
     * not delete history); the server's vacuum reclaims their space, and
     * what the city's backups and WAL archive hold is the DBAs' to expire */
    if (pg_begin(s, e) < 0)
        return -1;
    pg_param(&p, k->code);
    pg_param_int(&p, id);
    for (i = 0; erase_sql[i] != NULL; i++)
        if (pg_do(s, erase_sql[i], &p, e) < 0)
            goto out;
    /* the record ($1 its kind's code, as the table's name says it) */
    snprintf(sql, sizeof sql, "DELETE FROM %s WHERE id = $2 AND $1::text IS NOT NULL", k->table);
    if (pg_do(s, sql, &p, e) < 0)
        goto out;
    /* the dated line that remains, in both languages */
    pg_param(&p, t->at);
    pg_param(&p, t->user);
    pg_param(&p, note);
    pg_param(&p, note_en);
    if (pg_do(s,
              "INSERT INTO history (kind, record_id, at, \"user\", action, field, note, note_en)"
              " VALUES ($1, $2, $3, $4, 'event', 'erased', $5, $6)",
              &p, e) < 0)
        goto out;
    rc = 0;
out:
    pg_params_fini(&p);
    if (rc == 0)
        return pg_commit(s, e);
    pg_rollback(s);
    return -1;
}
