#include "db/migrate.h"

#include <sqlite3.h>
#include <stdio.h>

#include "db/sql.h"
#include "i18n/i18n.h"

int migrate_latest(void)
{
    return sql_migration_count();
}

/* The application id irdesk's schema sets ('IRDS'). */
enum { IRDESK_APP_ID = 1230128211 };

static int pragma_int(sqlite3 *db, const char *sql, int *v)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);

    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *v = sqlite3_column_int(st, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return rc;
}

static int user_version(sqlite3 *db, int *v)
{
    return pragma_int(db, "PRAGMA user_version", v);
}

int migrate_version(sqlite3 *db)
{
    int v = -1;

    return user_version(db, &v) == SQLITE_OK ? v : -1;
}

static int object_count(sqlite3 *db, int *n)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &st, NULL);

    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *n = sqlite3_column_int(st, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return rc;
}

int migrate_check(sqlite3 *db, const char *path, int readonly, struct ird_err *e)
{
    int v = 0, n = 0, app = 0, rc;

    rc = user_version(db, &v);
    if (rc == SQLITE_OK)
        rc = object_count(db, &n);
    if (rc == SQLITE_OK)
        rc = pragma_int(db, "PRAGMA application_id", &app);
    if ((rc & 0xFF) == SQLITE_NOTADB || (rc & 0xFF) == SQLITE_CORRUPT)
        return ird_fail(e, IRD_STORE, _("%s is not an irdesk database (not an SQLite file, or "
                                        "damaged)."),
                        path);
    if ((rc & 0xFF) == SQLITE_BUSY)
        return ird_fail(e, IRD_STORE, _("The database is busy: another desk is writing. Try again."));
    if (rc != SQLITE_OK)
        return ird_fail(e, IRD_IO, _("Cannot read the database %s."), path);
    if (v > migrate_latest())
        return ird_fail(e, IRD_STORE,
                        _("%s was written by a newer irdesk (schema version %d; this one knows up "
                          "to %d). Nothing was changed."),
                        path, v, migrate_latest());
    if ((v == 0 && n > 0) || (v > 0 && app != IRDESK_APP_ID))
        return ird_fail(e, IRD_STORE,
                        _("%s is an SQLite database of another program, not an irdesk database."),
                        path);
    if (readonly && v < migrate_latest())
        return ird_fail(e, IRD_READONLY,
                        _("%s needs an upgrade to schema version %d, but it is read-only."),
                        path, migrate_latest());
    return 0;
}

int migrate_to(sqlite3 *db, int target, int seed, struct ird_err *e)
{
    char sql[64];
    int v = 0, i, rc;

    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return ird_fail(e, IRD_STORE, _("The database is busy: another desk is writing. Try again."));
    /* read again inside the transaction: another desk may have done it */
    rc = user_version(db, &v);
    if (rc != SQLITE_OK)
        goto fail;
    if (v >= target) {
        sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
        return 0;
    }
    for (i = v + 1; i <= target; i++) {
        rc = sqlite3_exec(db, sql_migration(i), NULL, NULL, NULL);
        if (rc != SQLITE_OK)
            goto fail;
    }
    if (v == 0 && seed && target == migrate_latest()) {
        for (i = 0; i < sql_seed_count(); i++) {
            rc = sqlite3_exec(db, sql_seed(i), NULL, NULL, NULL);
            if (rc != SQLITE_OK)
                goto fail;
        }
    }
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", target);
    rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        goto fail;
    rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        goto fail;
    return 0;
fail:
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    if ((rc & 0xFF) == SQLITE_FULL)
        return ird_fail(e, IRD_STORE, _("The disk is full: nothing was saved."));
    if ((rc & 0xFF) == SQLITE_READONLY)
        return ird_fail(e, IRD_READONLY, _("The database is read-only: it cannot be set up."));
    return ird_fail(e, IRD_STORE, _("Setting up the database failed (SQLite code %d)."), rc);
}

int migrate_run(sqlite3 *db, int seed, struct ird_err *e)
{
    return migrate_to(db, migrate_latest(), seed, e);
}
