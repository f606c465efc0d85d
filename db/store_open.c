#include "db/store.h"

#include <errno.h>
#include <libgen.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
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

/* 0 when the directory path is in accepts new files (its -wal and -shm),
 * else why not (EACCES, EROFS, ...). */
static int dir_refuses(const char *path)
{
    char *copy = xstrdup(path);
    int err = access(dirname(copy), W_OK) == 0 ? 0 : errno;

    free(copy);
    return err;
}

/* The size of path's write-ahead log, 0 when there is none. */
static long long wal_size(const char *path)
{
    char *wal = xasprintf("%s-wal", path);
    struct stat sb;
    long long n = stat(wal, &sb) == 0 ? (long long)sb.st_size : 0;

    free(wal);
    return n;
}

/* 0 when path has a -wal file beside it (empty or not). */
static int stat_wal(const char *path)
{
    char *wal = xasprintf("%s-wal", path);
    struct stat sb;
    int rc = stat(wal, &sb);

    free(wal);
    return rc;
}

/* path as an SQLite URI that opens it as unchanging (immutable=1): no
 * locks, no -shm, so a WAL database opens from a directory nobody may
 * write in.  Caller frees. */
static char *immutable_uri(const char *path)
{
    struct buf b = { 0 };
    const unsigned char *p;

    buf_add(&b, "file:");
    for (p = (const unsigned char *)path; *p != '\0'; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("/-._~", *p) != NULL)
            buf_addn(&b, (const char *)p, 1);
        else
            buf_printf(&b, "%%%02X", *p);
    }
    buf_add(&b, "?immutable=1");
    return buf_take(&b);
}

/* The reason the database at path could not be opened or read (rc, and
 * the system's errno behind it), said in its own words.  readonly: the
 * user asked for --read-only. */
static int open_fail(sqlite3 *db, const char *path, int rc, int readonly, struct ird_err *e)
{
    int err = db != NULL ? sqlite3_system_errno(db) : 0, dir_err = dir_refuses(path);
    char *copy = xstrdup(path);
    const char *dir = dirname(copy);

    if ((rc & 0xFF) == SQLITE_FULL || err == ENOSPC || err == EDQUOT)
        ird_fail(e, IRD_IO, _("The disk is full: the database %s cannot be opened."), path);
    else if (err == EFBIG)
        ird_fail(e, IRD_IO, _("Cannot open the database %s: a file would pass the file size "
                              "limit."),
                 path);
    else if (err == EROFS || dir_err == EROFS)
        ird_fail(e, IRD_IO, _("Cannot open the database %s: it is on a read-only file system "
                              "(--read-only opens it to read)."),
                 path);
    else if (!readonly && dir_err != 0)
        ird_fail(e, IRD_IO, _("Cannot open the database %s: the directory %s is not writable, "
                              "and its -wal and -shm files go there (--read-only opens it to "
                              "read)."),
                 path, dir);
    else if (err == EACCES || err == EPERM || access(path, R_OK) != 0)
        ird_fail(e, IRD_IO, _("Cannot open the database %s: permission denied."), path);
    else
        ird_fail(e, IRD_IO, _("Cannot read the database %s: %s."), path,
                 err != 0 ? strerror(err) : sqlite3_errstr(rc));
    free(copy);
    return -1;
}

/* The first read of a database: 0, or the SQLite code of a failure. */
static int open_probe(sqlite3 *db)
{
    return sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
}

/* 1 when rc says the file could not be reached (rather than that it is no
 * database): read-only WAL without its -shm gives SQLITE_READONLY_CANTINIT. */
static int open_blocked(int rc)
{
    int code = rc & 0xFF;

    return code == SQLITE_CANTOPEN || code == SQLITE_IOERR || code == SQLITE_FULL ||
           code == SQLITE_PERM || code == SQLITE_READONLY;
}

/* Open path with oflags into *db, and read it once: 0, or -1 with the
 * reason in e (a file that is no database passes: migrate_check says so).
 * Read-only, a WAL database whose directory cannot take its -shm file is
 * opened as unchanging, unless its log holds changes not yet in it. */
static int open_db(const char *path, int oflags, sqlite3 **db, struct ird_err *e)
{
    int readonly = (oflags & SQLITE_OPEN_READONLY) != 0, rc;
    char *uri;

    rc = sqlite3_open_v2(path, db, oflags, NULL);
    if (rc == SQLITE_OK)
        rc = store_sort_setup(*db);
    if (rc == SQLITE_OK)
        rc = open_probe(*db);
    if (!open_blocked(rc))
        return 0;
    if (!readonly || dir_refuses(path) == 0 || access(path, R_OK) != 0)
        return open_fail(*db, path, rc, readonly, e);
    if (wal_size(path) > 0)
        return ird_fail(e, IRD_IO, _("Cannot open the database %s: its directory is read-only "
                                     "and its write-ahead log %s-wal holds changes not yet in "
                                     "it."),
                        path, path);
    sqlite3_close(*db);
    uri = immutable_uri(path);
    rc = sqlite3_open_v2(uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    free(uri);
    if (rc == SQLITE_OK)
        rc = open_probe(*db);
    return open_blocked(rc) ? open_fail(*db, path, rc, readonly, e) : 0;
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
        return ird_fail(e, IRD_IO, _("The disk is full: %s was not written."), path);
    return ird_fail(e, IRD_IO, _("Writing the copy %s failed (SQLite code %d): it was not "
                                 "written."),
                    path, rc);
}

int store_backup_into(struct store *s, const char *tmp, const char *target, struct ird_err *e)
{
    if (s->pg != NULL) {
        /* a server database into an irdesk file: its rows, through a copy
         * in memory of one snapshot */
        struct store *lite = NULL;
        int rc = pg_snapshot(s, &lite, e);
        if (rc == 0)
            rc = store_backup_into(lite, tmp, target, e);
        store_close(&lite);
        return rc;
    }
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
    if (store_is_server(path))
        return pg_stage(path, out, e);
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
    if (stat_wal(path) != 0) {
        /* no write-ahead log: nobody writes it, so it is read as it lies,
         * leaving no -wal or -shm file beside a backup that is checked */
        char *uri = immutable_uri(path);
        rc = sqlite3_open_v2(uri, &from, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
        free(uri);
        if (rc == SQLITE_OK)
            rc = open_probe(from);
        if (open_blocked(rc)) {
            open_fail(from, path, rc, 1, e);
            sqlite3_close(from);
            return -1;
        }
    } else if (open_db(path, SQLITE_OPEN_READONLY, &from, e) < 0) {
        sqlite3_close(from);
        return -1;
    }
    if (migrate_check(from, path, 0, e) < 0)
        goto fail;
    if (migrate_version(from) < 1) {
        ird_fail(e, IRD_INVALID, _("%s holds no irdesk data."), path);
        goto fail;
    }
    /* one snapshot, in memory: what is checked is what is restored */
    s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    s->readonly = 1;
    if ((rc = sqlite3_open_v2(":memory:", &s->db, SQLITE_OPEN_READWRITE, NULL)) != SQLITE_OK ||
        (rc = store_sort_setup(s->db)) != SQLITE_OK ||
        (rc = copy_db(s->db, from)) != SQLITE_OK) {
        ird_fail(e, IRD_IO, _("Cannot read %s: %s."), path, sqlite3_errstr(rc));
        goto fail;
    }
    sqlite3_close(from);
    from = NULL;
    if (sqlite3_prepare_v2(s->db, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL &&
        strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0)
        ok = 1;
    sqlite3_finalize(st);
    if (!ok) {
        ird_fail(e, IRD_INVALID, _("%s is damaged: it fails SQLite's integrity check."), path);
        goto fail;
    }
    sqlite3_extended_result_codes(s->db, 0);
    /* an older backup comes up to this program's schema, in the copy */
    if (migrate_run(s->db, 0, e) < 0 || store_sort_keys_all(s, e) < 0 ||
        store_exec(s, "PRAGMA foreign_keys = ON", e) < 0)
        goto fail;
    *out = s;
    return 0;
fail:
    sqlite3_close(from);
    store_close(&s);
    return -1;
}

int store_memory(const char *name, int seed, struct store **out, struct ird_err *e)
{
    struct store *s = xcalloc(1, sizeof *s);
    int rc;

    *out = NULL;
    s->path = xstrdup(name);
    if ((rc = sqlite3_open_v2(":memory:", &s->db, SQLITE_OPEN_READWRITE, NULL)) != SQLITE_OK ||
        (rc = store_sort_setup(s->db)) != SQLITE_OK) {
        store_fail(s, e, rc);
        store_close(&s);
        return -1;
    }
    sqlite3_extended_result_codes(s->db, 0);
    if (migrate_run(s->db, seed, e) < 0 || store_sort_keys_all(s, e) < 0) {
        store_close(&s);
        return -1;
    }
    *out = s;
    return 0;
}

int store_may_replace(struct store *s, struct ird_err *e)
{
    if (s->readonly)
        return ird_fail(e, IRD_READONLY, _("The database %s is open read-only: nothing was saved."),
                        s->path);
    return s->pg != NULL ? pg_may_replace(s, e) : 0;
}

int store_replace(struct store *s, struct store *from, struct ird_err *e)
{
    int rc;

    if (store_may_replace(s, e) < 0)
        return -1;
    if (from->pg != NULL)
        return pg_unsupported(e);
    if (s->pg != NULL)
        return pg_replace(s, from, e);
    /* the backup API writes every page in one step, under the database's
     * write lock: the other desks see the old contents or the new, whole */
    rc = copy_db(s->db, from->db);
    if (rc != SQLITE_OK)
        return store_fail(s, e, rc);
    return 0;
}

int store_upgrade(struct store *s, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_upgrade(s, e);
    if (s->readonly)
        return ird_fail(e, IRD_READONLY,
                        _("%s needs an upgrade to schema version %d, but it is read-only."),
                        s->path, migrate_latest());
    /* the new schema's columns and indexes are asked again */
    memset(s->titled, 0, sizeof s->titled);
    memset(s->keyed, 0, sizeof s->keyed);
    memset(s->sorted, 0, sizeof s->sorted);
    return migrate_run(s->db, 0, e) < 0 ? -1 : store_sort_keys_all(s, e);
}

int store_limit_pages(struct store *s, long pages, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_unsupported(e);
    char sql[64];

    snprintf(sql, sizeof sql, "PRAGMA max_page_count = %ld", pages);
    return store_exec(s, sql, e);
}

static double now_seconds(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* SQLite's busy handler: another connection holds the lock.  Wait up to
 * the store's limit, 20 ms at a time; after a second, say so once through
 * the store's on_busy (the desk's bottom line). */
static int busy_wait(void *arg, int count)
{
    struct store *s = arg;
    struct timespec pause = { 0, 20 * 1000 * 1000 };
    double t = now_seconds();

    if (count == 0) {
        s->busy_since = t;
        s->busy_said = 0;
    }
    if (t - s->busy_since >= s->busy_limit)
        return 0;
    if (!s->busy_said && s->on_busy != NULL && t - s->busy_since >= 1.0) {
        s->busy_said = 1;
        s->on_busy(s->busy_ctx);
    }
    nanosleep(&pause, NULL);
    return 1;
}

int store_open(const char *path, unsigned flags, struct store **out, struct ird_err *e)
{
    if (store_is_server(path))
        return pg_open(path, flags, out, e);
    struct store *s = NULL;
    int exists = file_exists(path), oflags;
    struct stat sb;

    *out = NULL;
    if (exists && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return ird_fail(e, IRD_IO, _("%s is a directory, not a database file."), path);
    /* a device or a FIFO is never opened as a database (nor gets a journal) */
    if (exists && stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
        return ird_fail(e, IRD_IO, _("%s is not a regular file, not an irdesk database."), path);
    if (!exists && (flags & STORE_READONLY))
        return ird_fail(e, IRD_IO, _("The database %s does not exist."), path);
    if (!exists && check_new_location(path, e) < 0)
        return -1;

    s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    oflags = (flags & STORE_READONLY) ? SQLITE_OPEN_READONLY
                                      : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (open_db(path, oflags, &s->db, e) < 0)
        goto fail;
    sqlite3_extended_result_codes(s->db, 0);
    s->busy_limit = 5;
    sqlite3_busy_handler(s->db, busy_wait, s);
    s->readonly = (flags & STORE_READONLY) || sqlite3_db_readonly(s->db, "main") == 1;

    if (migrate_check(s->db, path, s->readonly, e) < 0)
        goto fail;
    if (!s->readonly) {
        int v = migrate_version(s->db);
        /* WAL lets other desks read while one writes */
        if (store_exec(s, "PRAGMA journal_mode = WAL", e) < 0)
            goto fail;
        /* FULL, not WAL's usual NORMAL: every commit is synced, so a save
         * the desk said was saved survives a power cut too, not only a
         * crash of the program; saves are made at a person's pace and an
         * import is one commit, so the sync costs nothing anyone waits for */
        if (store_exec(s, "PRAGMA synchronous = FULL", e) < 0)
            goto fail;
        /* an older database waits for store_upgrade when asked to (the
         * caller keeps a backup first); a new one is set up now */
        if ((v == 0 || !(flags & STORE_KEEP_OLD)) &&
            migrate_run(s->db, !(flags & STORE_NOSEED), e) < 0)
            goto fail;
        /* a migration or the seed wrote rows without their sort keys */
        if (v != migrate_latest() && (v == 0 || !(flags & STORE_KEEP_OLD)) &&
            store_sort_keys_all(s, e) < 0)
            goto fail;
    }
    /* 4 MB of page cache (2 MB by default): what a key reads again stays in
     * memory, and the desk stays under 16 MB (8 MB took it past that over
     * the benchmark's keys, for no key that got faster: the rest comes from
     * the system's file cache) */
    if (store_exec(s, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -4000", e) < 0)
        goto fail;
    *out = s;
    return 0;
fail:
    store_close(&s);
    if (!exists)
        unlink(path);
    return -1;
}

void store_on_busy(struct store *s, double seconds, void (*fn)(void *ctx), void *ctx)
{
    s->busy_limit = seconds;
    s->on_busy = fn;
    s->busy_ctx = ctx;
}

/* temp_store = MEMORY: a save runs its UPDATE (whose triggers rewrite the
 * search entry) inside the transaction of its history line, so SQLite
 * keeps a statement journal of the pages it changes; on a file that was a
 * temporary file in /var/tmp written, and removed, at every Ctrl-S (about
 * 120 KB, a fifth of the save's time at 120x40).  Only the desk: the
 * import's index builds sort a million rows in temporary storage. */
int store_interactive(struct store *s, struct ird_err *e)
{
    if (s->pg != NULL)
        return 0;
    if (s->readonly)
        return 0;
    s->idle = 1;
    return store_exec(s, "PRAGMA wal_autocheckpoint = 0; PRAGMA temp_store = MEMORY", e);
}

void store_idle(struct store *s)
{
    if (s->pg != NULL)
        return;
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
    pg_close(s);
    store_idle(s);
    store_write_fini(s);
    store_cache_fini(s);
    sqlite3_finalize(s->data_version);
    sqlite3_close(s->db);
    free(s->path);
    free(s);
    *ps = NULL;
}
