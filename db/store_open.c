#include "db/store.h"

#include <errno.h>
#include <libgen.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db/migrate.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* Opening and closing, backups, restores, upgrades. */

static int file_exists(const char *path)
{
    struct stat sb;

    return stat(path, &sb) == 0;
}

/* Refuse to create a database where it cannot be: say exactly why. */
static int check_new_location(const char *path, struct ird_err *e)
{
    char *copy = xstrdup(path);
    const char *dir = dirname(copy);
    struct stat sb;
    int rc = 0;

    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
        rc = ird_fail(e, IRD_IO, _("Cannot create the database %s: the directory %s does not exist."),
                      path, dir);
    else if (access(dir, W_OK) != 0)
        rc = ird_fail(e, IRD_IO,
                      _("Cannot create the database %s: the directory %s is not writable."),
                      path, dir);
    free(copy);
    return rc;
}

static int copy_db(sqlite3 *to, sqlite3 *from)
{
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    int rc;

    if (b == NULL)
        return sqlite3_errcode(to);
    rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The SQLite message of a failed copy into path. */
static int copy_fail(int rc, const char *path, struct ird_err *e)
{
    if ((rc & 0xFF) == SQLITE_FULL)
        return ird_fail(e, IRD_IO, _("The disk is full: no backup was made."));
    return ird_fail(e, IRD_IO, _("The backup to %s failed (SQLite code %d)."), path, rc);
}

int store_backup_into(struct store *s, const char *tmp, const char *target, struct ird_err *e)
{
    sqlite3 *to = NULL;
    sqlite3_stmt *st = NULL;
    int rc;

    /* the file exists (the caller made it, O_EXCL); never through a link */
    rc = sqlite3_open_v2(tmp, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
    if (rc == SQLITE_OK)
        rc = copy_db(to, s->db);
    /* the copy stands alone: a rollback journal, not the source's WAL mode,
     * so that it opens from read-only media */
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(to, "PRAGMA journal_mode = DELETE", -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL &&
            strcmp((const char *)sqlite3_column_text(st, 0), "delete") == 0)
            rc = SQLITE_OK;
        else if (rc == SQLITE_ROW)
            rc = SQLITE_ERROR;
    }
    sqlite3_finalize(st);
    if (sqlite3_close(to) != SQLITE_OK && rc == SQLITE_OK)
        rc = SQLITE_ERROR;
    return rc == SQLITE_OK ? 0 : copy_fail(rc, target, e);
}

int store_stage(const char *path, struct store **out, struct ird_err *e)
{
    struct store *s = NULL;
    sqlite3 *from = NULL;
    sqlite3_stmt *st = NULL;
    struct stat sb;
    int rc, ok = 0;

    *out = NULL;
    if (stat(path, &sb) != 0)
        return ird_fail(e, IRD_IO, _("Cannot read %s: %s."), path, strerror(errno));
    if (!S_ISREG(sb.st_mode))
        return ird_fail(e, IRD_IO, _("%s is not a regular file, not an irdesk database."), path);
    rc = sqlite3_open_v2(path, &from, SQLITE_OPEN_READONLY, NULL);
    if (rc != SQLITE_OK) {
        sqlite3_close(from);
        return ird_fail(e, IRD_IO, _("Cannot read %s."), path);
    }
    if (migrate_check(from, path, 0, e) < 0)
        goto fail;
    if (migrate_version(from) < 1) {
        ird_fail(e, IRD_INVALID, _("%s holds no irdesk data."), path);
        goto fail;
    }
    if (sqlite3_prepare_v2(from, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL &&
        strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0)
        ok = 1;
    sqlite3_finalize(st);
    if (!ok) {
        ird_fail(e, IRD_INVALID, _("%s is damaged: it fails SQLite's integrity check."), path);
        goto fail;
    }
    /* one snapshot, in memory: what is checked is what is restored */
    s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    s->readonly = 1;
    if (sqlite3_open_v2(":memory:", &s->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
        (rc = copy_db(s->db, from)) != SQLITE_OK) {
        ird_fail(e, IRD_IO, _("Cannot read %s."), path);
        goto fail;
    }
    sqlite3_close(from);
    from = NULL;
    sqlite3_extended_result_codes(s->db, 0);
    /* an older backup comes up to this program's schema, in the copy */
    if (migrate_run(s->db, 0, e) < 0 || store_exec(s, "PRAGMA foreign_keys = ON", e) < 0)
        goto fail;
    *out = s;
    return 0;
fail:
    sqlite3_close(from);
    store_close(&s);
    return -1;
}

int store_replace(struct store *s, struct store *from, struct ird_err *e)
{
    int rc;

    if (s->readonly)
        return ird_fail(e, IRD_READONLY, _("The database %s is open read-only: nothing was saved."),
                        s->path);
    /* the backup API writes every page in one step, under the database's
     * write lock: the other desks see the old contents or the new, whole */
    rc = copy_db(s->db, from->db);
    if (rc != SQLITE_OK)
        return store_fail(s, e, rc);
    return 0;
}

int store_upgrade(struct store *s, struct ird_err *e)
{
    if (s->readonly)
        return ird_fail(e, IRD_READONLY,
                        _("%s needs an upgrade to schema version %d, but it is read-only."),
                        s->path, migrate_latest());
    return migrate_run(s->db, 0, e);
}

int store_limit_pages(struct store *s, long pages, struct ird_err *e)
{
    char sql[64];

    snprintf(sql, sizeof sql, "PRAGMA max_page_count = %ld", pages);
    return store_exec(s, sql, e);
}

int store_open(const char *path, unsigned flags, struct store **out, struct ird_err *e)
{
    struct store *s = NULL;
    int exists = file_exists(path), rc, oflags;
    struct stat sb;

    *out = NULL;
    if (exists && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return ird_fail(e, IRD_IO, _("%s is a directory, not a database file."), path);
    if (!exists && (flags & STORE_READONLY))
        return ird_fail(e, IRD_IO, _("The database %s does not exist."), path);
    if (!exists && check_new_location(path, e) < 0)
        return -1;

    s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    oflags = (flags & STORE_READONLY) ? SQLITE_OPEN_READONLY
                                      : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    rc = sqlite3_open_v2(path, &s->db, oflags, NULL);
    if (rc != SQLITE_OK) {
        ird_fail(e, IRD_IO, _("Cannot open the database %s."), path);
        goto fail;
    }
    sqlite3_extended_result_codes(s->db, 0);
    sqlite3_busy_timeout(s->db, 5000);
    s->readonly = (flags & STORE_READONLY) || sqlite3_db_readonly(s->db, "main") == 1;

    if (migrate_check(s->db, path, s->readonly, e) < 0)
        goto fail;
    if (!s->readonly) {
        int v = migrate_version(s->db);
        /* WAL lets other desks read while one writes */
        if (store_exec(s, "PRAGMA journal_mode = WAL", e) < 0)
            goto fail;
        /* an older database waits for store_upgrade when asked to (the
         * caller keeps a backup first); a new one is set up now */
        if ((v == 0 || !(flags & STORE_KEEP_OLD)) &&
            migrate_run(s->db, !(flags & STORE_NOSEED), e) < 0)
            goto fail;
    }
    /* 8 MB of page cache (2 MB by default): the search index stays in memory */
    if (store_exec(s, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -8000", e) < 0)
        goto fail;
    *out = s;
    return 0;
fail:
    store_close(&s);
    if (!exists)
        unlink(path);
    return -1;
}

int store_idle_checkpoints(struct store *s, struct ird_err *e)
{
    if (s->readonly)
        return 0;
    s->idle = 1;
    return store_exec(s, "PRAGMA wal_autocheckpoint = 0", e);
}

void store_idle(struct store *s)
{
    /* copy the write-ahead log into the database while nobody waits for it;
     * PASSIVE: never in the way of another desk */
    if (s->idle)
        sqlite3_exec(s->db, "PRAGMA wal_checkpoint(PASSIVE)", NULL, NULL, NULL);
}

void store_close(struct store **ps)
{
    struct store *s;

    if (ps == NULL || *ps == NULL)
        return;
    s = *ps;
    store_idle(s);
    store_write_fini(s);
    sqlite3_close(s->db);
    free(s->path);
    free(s);
    *ps = NULL;
}
