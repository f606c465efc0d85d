#include "db/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"

/* The GDPR erasure of a person's data (a record of a kind with personal
 * data, struct kind's personal): the record, its history, its notes, its
 * decisions and links, and what the search index held of them go; freed
 * pages are overwritten (secure_delete), the index is merged into one
 * segment without the deleted entries (FTS5 'optimize': SQLite 3.40 has no
 * FTS5 secure-delete), and the write-ahead log is checkpointed and
 * truncated, so that none of it stays in the database's files.  One dated
 * history line says that an erasure took place. */

/* The statements of an erasure, each with ?1 the kind's code, ?2 the id. */
static const char *const erase_sql[] = {
    "DELETE FROM note WHERE kind = ?1 AND record_id = ?2",
    "DELETE FROM history WHERE kind = ?1 AND record_id = ?2",
    "DELETE FROM decision WHERE kind = ?1 AND record_id = ?2",
    /* a file attached to the person's record (a CV, a letter) is theirs too */
    "DELETE FROM attachment WHERE kind = ?1 AND record_id = ?2",
    "DELETE FROM link WHERE (a_kind = ?1 AND a_id = ?2) OR (b_kind = ?1 AND b_id = ?2)",
    NULL,
};

/* Run sql with ?1 the kind's code, ?2 the id and ?3... the texts of more
 * (NULL-terminated; may be NULL). */
static int run_bound(struct store *s, const char *sql, const char *code, int64_t id,
                     const char *const *more, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int step, i;

    if (store_prepare(s, sql, &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
    if (sqlite3_bind_parameter_count(st) >= 2)
        sqlite3_bind_int64(st, 2, id);
    for (i = 0; more != NULL && more[i] != NULL; i++)
        sqlite3_bind_text(st, 3 + i, more[i], -1, SQLITE_TRANSIENT);
    step = sqlite3_step(st);
    store_finalize(s, st);
    return step == SQLITE_DONE ? 0 : store_fail(s, e, step);
}

/* Everything of record id in one transaction. */
static int erase_rows(struct store *s, const struct kind *k, int64_t id, const char *note,
                      const char *note_en, const struct stamp *t, struct ird_err *e)
{
    /* the dated line that remains, in both languages */
    const char *const line[] = { t->at, t->user, note, note_en, NULL };
    char sql[128];
    int i;

    if (store_begin(s, e) < 0)
        return -1;
    for (i = 0; erase_sql[i] != NULL; i++)
        if (run_bound(s, erase_sql[i], k->code, id, NULL, e) < 0)
            goto fail;
    snprintf(sql, sizeof sql, "DELETE FROM %s WHERE id = ?2", k->table);
    if (run_bound(s, sql, k->code, id, NULL, e) < 0 ||
        run_bound(s,
                  "INSERT INTO history (kind, record_id, at, user, action, field, note, note_en)"
                  " VALUES (?1, ?2, ?3, ?4, 'event', 'erased', ?5, ?6)",
                  k->code, id, line, e) < 0 ||
        store_exec(s, "INSERT INTO search(search) VALUES ('optimize')", e) < 0)
        goto fail;
    return store_commit(s, e);
fail:
    store_rollback(s);
    return -1;
}

int store_erase(struct store *s, enum kind_id kid, int64_t id, const char *note,
                const char *note_en, const struct stamp *t, int *kept, struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    sqlite3_stmt *st = NULL;
    int rc, busy = 1;

    *kept = 0;
    if (k == NULL || !k->personal)
        return ird_fail(e, IRD_INVALID, _("Only a record with personal data (a contact) can "
                                          "be erased; other records are archived."));
    if (!store_exists(s, kid, id))
        return ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(k->label),
                        (long long)id);
    if (s->pg != NULL)
        return pg_erase(s, k, id, note, note_en, t, e);
    if (store_exec(s, "PRAGMA secure_delete = ON", e) < 0)
        return -1;
    rc = erase_rows(s, k, id, note, note_en, t, e);
    /* the pages the log still holds, overwritten in the database file and
     * the log truncated; a desk reading at this moment keeps them until it
     * ends its read */
    if (rc == 0 && store_prepare(s, "PRAGMA wal_checkpoint(TRUNCATE)", &st, e) == 0) {
        if (sqlite3_step(st) == SQLITE_ROW)
            busy = sqlite3_column_int(st, 0);
        store_finalize(s, st);
        *kept = busy != 0;
    }
    store_exec(s, "PRAGMA secure_delete = OFF", NULL);
    return rc;
}
