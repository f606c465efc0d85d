#include "db/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/migrate.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* The SQLite store's common parts: errors, statements, transactions; the
 * other sections are store_open.c, store_read.c, store_write.c,
 * store_links.c and store_check.c. */

static unsigned long sql_hash(const char *sql)
{
    unsigned long h = 5381;

    while (*sql != '\0')
        h = h * 33 + (unsigned char)*sql++;
    return h;
}

void store_finalize(struct store *s, sqlite3_stmt *st)
{
    struct store_cached *slot = NULL;
    int i;

    if (st == NULL)
        return;
    s->work += (uint64_t)sqlite3_stmt_status(st, SQLITE_STMTSTATUS_VM_STEP, 1);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    for (i = 0; i < STORE_CACHED; i++) {
        struct store_cached *c = &s->cached[i];
        if (c->st == st)
            return; /* kept already */
        if (slot == NULL || (slot->st != NULL && (c->st == NULL || c->used < slot->used)))
            slot = c;
    }
    sqlite3_finalize(slot->st);
    slot->st = st;
    slot->hash = sql_hash(sqlite3_sql(st));
    slot->used = ++s->tick;
}

void store_cache_fini(struct store *s)
{
    int i;

    for (i = 0; i < STORE_CACHED; i++) {
        sqlite3_finalize(s->cached[i].st);
        s->cached[i].st = NULL;
    }
}

int store_kept(struct store *s, sqlite3_stmt **slot, const char *sql, struct ird_err *e)
{
    int rc;

    if (*slot != NULL)
        return 0;
    rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, slot, NULL);
    if (rc != SQLITE_OK) {
        *slot = NULL;
        return store_fail(s, e, rc);
    }
    return 0;
}

void store_kept_reset(struct store *s, sqlite3_stmt *st)
{
    s->work += (uint64_t)sqlite3_stmt_status(st, SQLITE_STMTSTATUS_VM_STEP, 1);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

uint64_t store_work(const struct store *s)
{
    int hit = 0, miss = 0, high = 0;

    if (s->db == NULL)
        return s->work;
    /* what a statement's steps do not show: the pages the search index
     * reads inside one step (FTS5 merging the entries of a prefix, schema
     * 32), a B-tree's depth */
    sqlite3_db_status(s->db, SQLITE_DBSTATUS_CACHE_HIT, &hit, &high, 0);
    sqlite3_db_status(s->db, SQLITE_DBSTATUS_CACHE_MISS, &miss, &high, 0);
    return s->work + STORE_PAGE_WORK * ((uint64_t)hit + (uint64_t)miss);
}

int store_fail(struct store *s, struct ird_err *e, int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ird_fail(e, IRD_STORE,
                        _("The database is busy: another desk is writing. Try again."));
    case SQLITE_READONLY:
        return ird_fail(e, IRD_READONLY, _("The database %s is read-only: nothing was saved."),
                        s->path);
    case SQLITE_CONSTRAINT:
        return ird_fail(e, IRD_INVALID, _("The database refused a value that breaks its rules."));
    case SQLITE_FULL:
        return ird_fail(e, IRD_STORE, _("The disk is full: nothing was saved."));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ird_fail(e, IRD_STORE, _("%s is damaged or not an irdesk database."), s->path);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        /* the system's reason when SQLite kept one, else SQLite's */
        return ird_fail(e, IRD_IO, _("Cannot read or write %s: %s."), s->path,
                        sqlite3_system_errno(s->db) != 0 ? strerror(sqlite3_system_errno(s->db))
                                                         : sqlite3_errstr(rc));
    default:
        return ird_fail(e, IRD_STORE, _("Database error (SQLite code %d)."), rc);
    }
}

int store_prepare(struct store *s, const char *sql, sqlite3_stmt **st, struct ird_err *e)
{
    unsigned long h = sql_hash(sql);
    int i, rc;

    for (i = 0; i < STORE_CACHED; i++) {
        struct store_cached *c = &s->cached[i];
        if (c->st != NULL && c->hash == h && strcmp(sqlite3_sql(c->st), sql) == 0) {
            *st = c->st;
            c->st = NULL;
            return 0;
        }
    }
    rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
    if (rc != SQLITE_OK) {
        *st = NULL;
        return store_fail(s, e, rc);
    }
    return 0;
}

int store_exec(struct store *s, const char *sql, struct ird_err *e)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);

    return rc == SQLITE_OK ? 0 : store_fail(s, e, rc);
}

/* Every write is one transaction; inside a batch (store_begin) it is a
 * savepoint of the batch's transaction, so that a batch is all or nothing. */
int store_begin(struct store *s, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_begin(s, e);
    if (s->readonly)
        return ird_fail(e, IRD_READONLY, _("The database %s is open read-only: nothing was saved."),
                        s->path);
    /* SQLite cancels a whole transaction on some errors (a full disk): a
     * batch whose transaction is gone must not go on in a new one */
    if (s->depth > 0 && sqlite3_get_autocommit(s->db)) {
        s->depth = 0;
        return ird_fail(e, IRD_STORE, "%s",
                        _("The database cancelled the transaction: nothing was saved."));
    }
    if ((s->depth == 0 || !s->bulk) &&
        store_exec(s, s->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT w", e) < 0)
        return -1;
    s->depth++;
    return 0;
}

int store_read_begin(struct store *s, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_read_begin(s, e);
    if (s->reading || !sqlite3_get_autocommit(s->db))
        return 0;
    /* deferred: the snapshot is taken at the first read */
    if (store_exec(s, "BEGIN", e) < 0)
        return -1;
    s->reading = 1;
    return 0;
}

void store_read_end(struct store *s)
{
    if (s == NULL || !s->reading)
        return;
    if (s->pg != NULL) {
        pg_read_end(s);
        return;
    }
    s->reading = 0;
    if (!sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
}

/* The page cache of a bulk batch, in KiB, and the desk's (store_open):
 * a batch writes its tables' and the search index's pages again and
 * again, and each page the cache cannot hold goes to the write-ahead log
 * (spilled) and is read back; the import's memory target is 64 MB. */
enum { BULK_CACHE_KIB = 12000, DESK_CACHE_KIB = 4000 };

/* The bulk batch's page cache (on), or the desk's again. */
static void bulk_cache(struct store *s, int on)
{
    char sql[64];

    snprintf(sql, sizeof sql, "PRAGMA cache_size = -%d", on ? BULK_CACHE_KIB : DESK_CACHE_KIB);
    sqlite3_exec(s->db, sql, NULL, NULL, NULL);
}

int store_begin_bulk(struct store *s, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_begin(s, e);
    if (store_begin(s, e) < 0)
        return -1;
    s->bulk = s->depth == 1;
    if (s->bulk)
        bulk_cache(s, 1);
    s->bulkq.kind = -1;
    s->bulkq.expect = 0;
    return 0;
}

int store_commit(struct store *s, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_commit(s, e);
    if (s->depth > 0 && sqlite3_get_autocommit(s->db)) {
        s->depth = 0;
        return ird_fail(e, IRD_STORE, "%s",
                        _("The database cancelled the transaction: nothing was saved."));
    }
    if (s->depth > 1 && s->bulk) {
        s->depth--;
        return 0;
    }
    if (s->bulk && store_bulk_finish(s, e) < 0) {
        store_rollback(s);
        return -1;
    }
    if (store_exec(s, s->depth == 1 ? "COMMIT" : "RELEASE w", e) < 0) {
        sqlite3_exec(s->db, s->depth == 1 ? "ROLLBACK" : "ROLLBACK TO w; RELEASE w", NULL, NULL,
                     NULL);
        s->depth = sqlite3_get_autocommit(s->db) ? 0 : s->depth - 1;
        s->bulk = s->bulk && s->depth > 0;
        return -1;
    }
    s->depth--;
    if (s->bulk && s->depth == 0)
        bulk_cache(s, 0);
    s->bulk = s->bulk && s->depth > 0;
    return 0;
}

void store_rollback(struct store *s)
{
    if (s->pg != NULL) {
        pg_rollback(s);
        return;
    }
    if (s->depth == 0)
        return;
    if (s->depth > 1 && s->bulk) {
        s->depth--; /* the caller rolls the whole batch back */
        return;
    }
    store_bulk_drop(s);
    if (!sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, s->depth == 1 ? "ROLLBACK" : "ROLLBACK TO w; RELEASE w", NULL,
                     NULL, NULL);
    s->depth = sqlite3_get_autocommit(s->db) ? 0 : s->depth - 1;
    if (s->bulk && s->depth == 0)
        bulk_cache(s, 0);
    s->bulk = s->bulk && s->depth > 0;
}

char *store_col_text(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);

    return t != NULL ? xstrdup((const char *)t) : NULL;
}

void store_bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v == NULL || *v == '\0')
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

const char *store_path(const struct store *s)
{
    return s->path;
}

int store_version(struct store *s)
{
    if (s->pg != NULL)
        return pg_version(s);
    return migrate_version(s->db);
}

int store_schema_version(void)
{
    return migrate_latest();
}

int store_readonly(const struct store *s)
{
    return s->readonly;
}

int64_t store_data_version(struct store *s)
{
    if (s->pg != NULL)
        return pg_data_version(s);
    int64_t v = -1;

    /* asked at every key and tick of the desk: prepared once */
    if (s->data_version == NULL &&
        sqlite3_prepare_v2(s->db, "PRAGMA data_version", -1, &s->data_version, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_step(s->data_version) == SQLITE_ROW)
        v = sqlite3_column_int64(s->data_version, 0);
    sqlite3_reset(s->data_version);
    return v;
}

int store_page_size(struct store *s)
{
    if (s->pg != NULL)
        return -1;
    sqlite3_stmt *st = NULL;
    int v = -1;

    if (sqlite3_prepare_v2(s->db, "PRAGMA page_size", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    store_finalize(s, st);
    return v;
}

int store_meta(struct store *s, const char *key, char **out, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_meta(s, key, out, e);
    sqlite3_stmt *st = NULL;
    int step;

    *out = NULL;
    if (store_prepare(s, "SELECT value FROM meta WHERE key = ?1", &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    step = sqlite3_step(st);
    if (step == SQLITE_ROW)
        *out = store_col_text(st, 0);
    store_finalize(s, st);
    return step == SQLITE_ROW || step == SQLITE_DONE ? 0 : store_fail(s, e, step);
}
