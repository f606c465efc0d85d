#include "db/store.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/mem.h"
#include "lib/text.h"
#include "db/migrate.h"
#include "i18n/i18n.h"

struct store {
    sqlite3 *db;
    int readonly;
    int depth;   /* open transactions: a batch (store_begin) holds the outer one */
    char *path;
    uint64_t work; /* virtual machine steps of every statement run: the cost */
    int idle;      /* the write-ahead log is checkpointed when idle (the desk) */
};

/* Finalize a statement, counting the work it did. */
static void finalize(struct store *s, sqlite3_stmt *st)
{
    if (st != NULL)
        s->work += (uint64_t)sqlite3_stmt_status(st, SQLITE_STMTSTATUS_VM_STEP, 0);
    sqlite3_finalize(st);
}

uint64_t store_work(const struct store *s)
{
    return s->work;
}

static int db_fail(struct store *s, struct ird_err *e, int rc)
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
        return ird_fail(e, IRD_IO, _("Cannot read or write %s."), s->path);
    default:
        return ird_fail(e, IRD_STORE, _("Database error (SQLite code %d)."), rc);
    }
}

static int prepare(struct store *s, const char *sql, sqlite3_stmt **st, struct ird_err *e)
{
    int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);

    if (rc != SQLITE_OK) {
        *st = NULL;
        return db_fail(s, e, rc);
    }
    return 0;
}

static int exec(struct store *s, const char *sql, struct ird_err *e)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);

    return rc == SQLITE_OK ? 0 : db_fail(s, e, rc);
}

/* Every write is one transaction; inside a batch (store_begin) it is a
 * savepoint of the batch's transaction, so that a batch is all or nothing. */
static int begin(struct store *s, struct ird_err *e)
{
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
    if (exec(s, s->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT w", e) < 0)
        return -1;
    s->depth++;
    return 0;
}

static int commit(struct store *s, struct ird_err *e)
{
    if (s->depth > 0 && sqlite3_get_autocommit(s->db)) {
        s->depth = 0;
        return ird_fail(e, IRD_STORE, "%s",
                        _("The database cancelled the transaction: nothing was saved."));
    }
    if (exec(s, s->depth == 1 ? "COMMIT" : "RELEASE w", e) < 0) {
        sqlite3_exec(s->db, s->depth == 1 ? "ROLLBACK" : "ROLLBACK TO w; RELEASE w", NULL, NULL,
                     NULL);
        s->depth = sqlite3_get_autocommit(s->db) ? 0 : s->depth - 1;
        return -1;
    }
    s->depth--;
    return 0;
}

static void rollback(struct store *s)
{
    if (s->depth == 0)
        return;
    if (!sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, s->depth == 1 ? "ROLLBACK" : "ROLLBACK TO w; RELEASE w", NULL,
                     NULL, NULL);
    s->depth = sqlite3_get_autocommit(s->db) ? 0 : s->depth - 1;
}

int store_begin(struct store *s, struct ird_err *e)
{
    return begin(s, e);
}

int store_commit(struct store *s, struct ird_err *e)
{
    return commit(s, e);
}

void store_rollback(struct store *s)
{
    rollback(s);
}

static char *col_text(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);

    return t != NULL ? xstrdup((const char *)t) : NULL;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v == NULL || *v == '\0')
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

/* Bind a field value with the column type its field type stores. */
static void bind_value(sqlite3_stmt *st, int i, const struct field *f, const char *v)
{
    char *end;
    long long n;

    if (v == NULL || *v == '\0') {
        sqlite3_bind_null(st, i);
        return;
    }
    switch (f->type) {
    case FT_INT:
    case FT_YEAR:
    case FT_BOOL:
    case FT_REF:
        errno = 0;
        n = strtoll(v, &end, 10);
        if (errno == 0 && *end == '\0') {
            sqlite3_bind_int64(st, i, n);
            return;
        }
        break;
    default:
        break;
    }
    sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

/* ---- opening ---------------------------------------------------------- */

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
    if (migrate_run(s->db, 0, e) < 0 || exec(s, "PRAGMA foreign_keys = ON", e) < 0)
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
        return db_fail(s, e, rc);
    return 0;
}

const char *store_path(const struct store *s)
{
    return s->path;
}

int store_version(struct store *s)
{
    return migrate_version(s->db);
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
    return exec(s, sql, e);
}

int store_schema_version(void)
{
    return migrate_latest();
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
        if (exec(s, "PRAGMA journal_mode = WAL", e) < 0)
            goto fail;
        /* an older database waits for store_upgrade when asked to (the
         * caller keeps a backup first); a new one is set up now */
        if ((v == 0 || !(flags & STORE_KEEP_OLD)) &&
            migrate_run(s->db, !(flags & STORE_NOSEED), e) < 0)
            goto fail;
    }
    /* 8 MB of page cache (2 MB by default): the search index stays in memory */
    if (exec(s, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -8000", e) < 0)
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
    return exec(s, "PRAGMA wal_autocheckpoint = 0", e);
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
    sqlite3_close(s->db);
    free(s->path);
    free(s);
    *ps = NULL;
}

int store_readonly(const struct store *s)
{
    return s->readonly;
}

int64_t store_data_version(struct store *s)
{
    sqlite3_stmt *st = NULL;
    int64_t v = -1;

    if (sqlite3_prepare_v2(s->db, "PRAGMA data_version", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    finalize(s, st);
    return v;
}

/* ---- reading records -------------------------------------------------- */

/* The columns of a record: id, version, archived, status, each field, then
 * for each reference field the referenced record's titles. */
static void select_columns(struct buf *b, const struct kind *k)
{
    int i;

    buf_add(b, "SELECT t.id, t.version, t.archived, t.status");
    for (i = 0; i < k->nfields; i++)
        buf_printf(b, ", t.%s", k->fields[i].name);
    for (i = 0; i < k->nfields; i++) {
        const struct field *f = &k->fields[i];
        const struct kind *rk;
        const struct field *tf;
        if (f->type != FT_REF)
            continue;
        rk = kind_get(f->ref);
        tf = &rk->fields[rk->title];
        buf_printf(b, ", (SELECT r.%s FROM %s r WHERE r.id = t.%s)", tf->name, rk->table,
                   f->name);
        buf_printf(b, ", (SELECT r.%s FROM %s r WHERE r.id = t.%s)",
                   tf->alt >= 0 ? rk->fields[tf->alt].name : tf->name, rk->table, f->name);
    }
    buf_printf(b, " FROM %s t", k->table);
}

static struct record *row_record(sqlite3_stmt *st, const struct kind *k)
{
    struct record *r = record_new(k);
    int i, c = 4;

    r->id = sqlite3_column_int64(st, 0);
    r->version = sqlite3_column_int64(st, 1);
    r->archived = sqlite3_column_int(st, 2);
    free(r->status);
    r->status = col_text(st, 3);
    if (r->status == NULL)
        r->status = xstrdup(k->initial);
    for (i = 0; i < k->nfields; i++)
        r->val[i] = col_text(st, c++);
    for (i = 0; i < k->nfields; i++) {
        if (k->fields[i].type != FT_REF)
            continue;
        r->ref_title[2 * i] = col_text(st, c++);
        r->ref_title[2 * i + 1] = col_text(st, c++);
    }
    return r;
}

/* An FTS5 query from a person's words: each word a quoted prefix phrase, so
 * that "saint raphael" and "saint-raphaël" both find Saint-Raphaël.  NULL
 * when the words hold nothing to search for. */
static char *fts_query(const char *words)
{
    struct buf b = { 0 };
    const char *p = words;

    while (*p != '\0') {
        const char *start;
        int alnum = 0;
        while (*p == ' ' || *p == '\t')
            p++;
        start = p;
        while (*p != '\0' && *p != ' ' && *p != '\t') {
            if ((unsigned char)*p >= 0x80 || (*p >= '0' && *p <= '9') ||
                ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
                alnum = 1;
            p++;
        }
        if (!alnum)
            continue;
        if (b.len > 0)
            buf_add(&b, " ");
        buf_add(&b, "\"");
        for (; start < p; start++) {
            if (*start == '"')
                buf_add(&b, "\"");
            buf_addn(&b, start, 1);
        }
        buf_add(&b, "\"*");
    }
    return b.len > 0 ? buf_take(&b) : NULL;
}

/* WHERE clause of a query, with only the conditions in force (an "x IS
 * NULL OR ..." would keep SQLite from using an index): ?2 status, ?3 the
 * search, looked up in the index and then by id. */
static void where_clause(struct buf *b, const struct query *q, const char *match)
{
    buf_add(b, q->archived ? " WHERE 1" : " WHERE t.archived = 0");
    if (q->status != NULL)
        buf_add(b, " AND t.status = ?2");
    if (match != NULL)
        buf_printf(b,
                   " AND t.id IN (SELECT rowid / 4 FROM search"
                   " WHERE search MATCH ?3 AND rowid %% 4 = %d)",
                   (int)q->kind);
}

/* The sort keys of q for the row aliased 'al', before the id that breaks
 * ties: "(e IS NULL), e" for a field (empty ones last), nothing for the id. */
static void sort_keys(struct buf *b, const struct query *q, const char *al)
{
    const struct kind *k = kind_get(q->kind);
    const struct field *f;
    struct buf e = { 0 };

    if (q->sort < 0 || q->sort >= k->nfields)
        return;
    f = &k->fields[q->sort];
    /* no NULL in a key: a row-value comparison with a NULL is neither true
     * nor false, and the window would lose its place among empty values */
    if (f->type == FT_REF) {
        const struct kind *rk = kind_get(f->ref);
        buf_printf(&e, "(SELECT r.%s FROM %s r WHERE r.id = %s.%s)", rk->fields[rk->title].name,
                   rk->table, al, f->name);
        buf_printf(b, "(%s IS NULL), ifnull(%s, '') COLLATE NOCASE", e.s, e.s);
    } else if (f->type == FT_TEXT || f->type == FT_LONG || f->type == FT_ENUM) {
        buf_printf(&e, "%s.%s", al, f->name);
        buf_printf(b, "(%s IS NULL), ifnull(%s, '') COLLATE NOCASE", e.s, e.s);
    } else {
        buf_printf(&e, "%s.%s", al, f->name);
        buf_printf(b, "(%s IS NULL), ifnull(%s, 0)", e.s, e.s);
    }
    buf_fini(&e);
}

/* ORDER BY q's keys and the id, all one way (reversed with descending), so
 * that a window can continue from any row by comparing row values. */
static void order_by(struct buf *b, const struct query *q, int reverse)
{
    struct buf keys = { 0 };
    const char *dir = (q->descending != 0) != (reverse != 0) ? " DESC" : "";
    const char *p;

    sort_keys(&keys, q, "t");
    buf_add(b, " ORDER BY ");
    /* each key, then the id, in the same direction */
    for (p = keys.s; p != NULL && *p != '\0';) {
        const char *comma = p;
        int depth = 0;
        while (*comma != '\0' && !(*comma == ',' && depth == 0)) {
            depth += *comma == '(';
            depth -= *comma == ')';
            comma++;
        }
        buf_addn(b, p, (size_t)(comma - p));
        buf_printf(b, "%s, ", dir);
        p = *comma == ',' ? comma + 2 : comma;
    }
    buf_printf(b, "t.id%s", dir);
    buf_fini(&keys);
}

static void order_clause(struct buf *b, const struct query *q)
{
    order_by(b, q, 0);
}

static void bind_query(sqlite3_stmt *st, const struct query *q, const char *match)
{
    sqlite3_bind_int(st, 1, q->archived ? 1 : 0);
    bind_text(st, 2, q->status);
    bind_text(st, 3, match);
}

/* Step st to its end, a record per row (columns of select_columns). */
static int read_records(struct store *s, sqlite3_stmt *st, const struct kind *k,
                        struct record ***out, size_t *n, struct ird_err *e)
{
    struct record **rs = NULL;
    size_t cnt = 0, cap = 0;
    int step;

    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (cnt == cap) {
            cap = cap ? cap * 2 : 16;
            rs = xrealloc(rs, cap * sizeof *rs);
        }
        rs[cnt++] = row_record(st, k);
    }
    if (step != SQLITE_DONE) {
        record_list_free(rs, cnt);
        return db_fail(s, e, step);
    }
    *out = rs;
    *n = cnt;
    return 0;
}

int store_count(struct store *s, const struct query *q, long *n, struct ird_err *e)
{
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    char *match = q->search ? fts_query(q->search) : NULL;
    int rc = -1;

    if (!q->archived && q->status == NULL && match == NULL) {
        /* the plain count is kept by triggers (schema 3): no scan */
        buf_printf(&b, "SELECT live FROM kind_count WHERE kind = '%s'", kind_get(q->kind)->code);
        if (prepare(s, b.s, &st, e) < 0)
            goto out;
        if (sqlite3_step(st) != SQLITE_ROW) {
            db_fail(s, e, sqlite3_errcode(s->db));
            goto out;
        }
        *n = (long)sqlite3_column_int64(st, 0);
        rc = 0;
        goto out;
    }
    buf_printf(&b, "SELECT count(*) FROM %s t", kind_get(q->kind)->table);
    where_clause(&b, q, match);
    if (prepare(s, b.s, &st, e) < 0)
        goto out;
    bind_query(st, q, match);
    if (sqlite3_step(st) != SQLITE_ROW) {
        db_fail(s, e, sqlite3_errcode(s->db));
        goto out;
    }
    *n = (long)sqlite3_column_int64(st, 0);
    rc = 0;
out:
    finalize(s, st);
    buf_fini(&b);
    free(match);
    return rc;
}

int store_list(struct store *s, const struct query *q, long offset, long limit,
               struct record ***out, size_t *n, struct ird_err *e)
{
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    char *match = q->search ? fts_query(q->search) : NULL;
    struct record **rs = NULL;
    size_t cnt = 0;
    int rc = -1;

    *out = NULL;
    *n = 0;
    select_columns(&b, k);
    where_clause(&b, q, match);
    order_clause(&b, q);
    buf_add(&b, " LIMIT ?4 OFFSET ?5");
    if (prepare(s, b.s, &st, e) < 0)
        goto out;
    bind_query(st, q, match);
    sqlite3_bind_int64(st, 4, limit);
    sqlite3_bind_int64(st, 5, offset);
    if (read_records(s, st, k, &rs, &cnt, e) < 0)
        goto out;
    *out = rs;
    *n = cnt;
    rc = 0;
out:
    finalize(s, st);
    buf_fini(&b);
    free(match);
    return rc;
}

int store_window(struct store *s, const struct query *q, int64_t anchor, int dir, int inclusive,
                 long limit, struct record ***out, size_t *n, struct ird_err *e)
{
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 }, keys = { 0 }, akeys = { 0 };
    sqlite3_stmt *st = NULL;
    char *match = q->search ? fts_query(q->search) : NULL;
    struct record **rs = NULL;
    size_t cnt = 0, i;
    int rc = -1, after = (dir > 0) != (q->descending != 0);

    *out = NULL;
    *n = 0;
    select_columns(&b, k);
    where_clause(&b, q, match);
    if (anchor > 0) {
        /* the rows on one side of the anchor, by row values: the index of
         * the id (or of the sort) finds them without counting from the top */
        sort_keys(&keys, q, "t");
        sort_keys(&akeys, q, "a");
        buf_printf(&b, " AND (%s%st.id) %s%s (SELECT %s%sa.id FROM %s a WHERE a.id = ?4)",
                   keys.s ? keys.s : "", keys.s ? ", " : "", after ? ">" : "<",
                   inclusive ? "=" : "", akeys.s ? akeys.s : "", akeys.s ? ", " : "",
                   k->table);
    }
    order_by(&b, q, dir < 0);
    buf_add(&b, " LIMIT ?5");
    if (prepare(s, b.s, &st, e) < 0)
        goto out;
    bind_query(st, q, match);
    sqlite3_bind_int64(st, 4, anchor);
    sqlite3_bind_int64(st, 5, limit);
    if (read_records(s, st, k, &rs, &cnt, e) < 0)
        goto out;
    /* backwards: read in reverse, handed over in display order */
    for (i = 0; dir < 0 && i < cnt / 2; i++) {
        struct record *tmp = rs[i];
        rs[i] = rs[cnt - 1 - i];
        rs[cnt - 1 - i] = tmp;
    }
    *out = rs;
    *n = cnt;
    rc = 0;
out:
    finalize(s, st);
    buf_fini(&b);
    buf_fini(&keys);
    buf_fini(&akeys);
    free(match);
    return rc;
}

int store_position(struct store *s, const struct query *q, int64_t id, long *pos,
                   struct ird_err *e)
{
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 }, keys = { 0 }, akeys = { 0 };
    sqlite3_stmt *st = NULL;
    char *match = q->search ? fts_query(q->search) : NULL;
    int rc = -1;

    *pos = -1;
    if (!store_exists(s, q->kind, id)) {
        rc = 0;
        goto out;
    }
    /* the rows before it in q's order, counted with the same row values the
     * window uses */
    sort_keys(&keys, q, "t");
    sort_keys(&akeys, q, "a");
    buf_printf(&b, "SELECT count(*) FROM %s t", k->table);
    where_clause(&b, q, match);
    buf_printf(&b, " AND (%s%st.id) %s (SELECT %s%sa.id FROM %s a WHERE a.id = ?4)",
               keys.s ? keys.s : "", keys.s ? ", " : "", q->descending ? ">" : "<",
               akeys.s ? akeys.s : "", akeys.s ? ", " : "", k->table);
    if (prepare(s, b.s, &st, e) < 0)
        goto out;
    bind_query(st, q, match);
    sqlite3_bind_int64(st, 4, id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        db_fail(s, e, sqlite3_errcode(s->db));
        goto out;
    }
    *pos = (long)sqlite3_column_int64(st, 0);
    rc = 0;
out:
    finalize(s, st);
    buf_fini(&b);
    buf_fini(&keys);
    buf_fini(&akeys);
    free(match);
    return rc;
}

int store_get(struct store *s, enum kind_id kid, int64_t id, struct record **out,
              struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    int rc = -1, step;

    *out = NULL;
    select_columns(&b, k);
    buf_add(&b, " WHERE t.id = ?1");
    if (prepare(s, b.s, &st, e) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, id);
    step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        *out = row_record(st, k);
        rc = 0;
    } else if (step == SQLITE_DONE) {
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(k->label),
                 (long long)id);
    } else {
        db_fail(s, e, step);
    }
out:
    finalize(s, st);
    buf_fini(&b);
    return rc;
}

int store_exists(struct store *s, enum kind_id kid, int64_t id)
{
    struct record *r = NULL;
    int ok = store_get(s, kid, id, &r, NULL) == 0;

    record_free(&r);
    return ok;
}

int store_find(struct store *s, enum kind_id kid, const char *name, int64_t *ids, size_t max,
               size_t *n, struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    const struct field *tf = &k->fields[k->title];
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    char *match = fts_query(name);
    int rc = -1, step;

    *n = 0;
    if (match == NULL)
        return 0;
    /* candidates from the index, then an exact comparison of the folded
     * title (the index folds accents and case) */
    buf_printf(&b,
               "SELECT t.id FROM %s t WHERE t.id IN (SELECT rowid / 4 FROM search"
               " WHERE search MATCH ?1 AND rowid %% 4 = %d) AND t.archived = 0"
               " ORDER BY t.id",
               k->table, (int)kid);
    if (prepare(s, b.s, &st, e) < 0)
        goto out;
    bind_text(st, 1, match);
    while ((step = sqlite3_step(st)) == SQLITE_ROW && *n < max)
        ids[(*n)++] = sqlite3_column_int64(st, 0);
    if (step != SQLITE_ROW && step != SQLITE_DONE) {
        db_fail(s, e, step);
        goto out;
    }
    rc = 0;
out:
    (void)tf;
    finalize(s, st);
    buf_fini(&b);
    free(match);
    return rc;
}

/* ---- writing ---------------------------------------------------------- */

static int add_history(struct store *s, const struct kind *k, int64_t id, const struct stamp *t,
                       const char *action, const char *field, const char *old,
                       const char *new_, const char *note, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int rc;

    if (prepare(s,
                "INSERT INTO history (kind, record_id, at, user, action, field, old, new, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    sqlite3_bind_text(st, 3, t->at, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, t->user, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, action, -1, SQLITE_STATIC);
    bind_text(st, 6, field);
    bind_text(st, 7, old);
    bind_text(st, 8, new_);
    bind_text(st, 9, note);
    rc = sqlite3_step(st);
    finalize(s, st);
    return rc == SQLITE_DONE ? 0 : db_fail(s, e, rc);
}

static int step_done(struct store *s, sqlite3_stmt *st, struct ird_err *e)
{
    int rc = sqlite3_step(st);

    return rc == SQLITE_DONE ? 0 : db_fail(s, e, rc);
}

static int insert_record(struct store *s, struct record *r, const struct stamp *t,
                         struct ird_err *e)
{
    const struct kind *k = r->kind;
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    int i, rc = -1;

    buf_printf(&b, "INSERT INTO %s (status, version", k->table);
    for (i = 0; i < k->nfields; i++)
        buf_printf(&b, ", %s", k->fields[i].name);
    buf_add(&b, ") VALUES (?1, 1");
    for (i = 0; i < k->nfields; i++)
        buf_printf(&b, ", ?%d", i + 2);
    buf_add(&b, ")");
    if (prepare(s, b.s, &st, e) < 0)
        goto out;
    sqlite3_bind_text(st, 1, r->status, -1, SQLITE_TRANSIENT);
    for (i = 0; i < k->nfields; i++)
        bind_value(st, i + 2, &k->fields[i], r->val[i]);
    if (step_done(s, st, e) < 0)
        goto out;
    r->id = sqlite3_last_insert_rowid(s->db);
    r->version = 1;
    rc = add_history(s, k, r->id, t, "create", NULL, NULL, NULL, NULL, e);
out:
    finalize(s, st);
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

static int update_record(struct store *s, struct record *r, const struct stamp *t,
                         struct ird_err *e)
{
    const struct kind *k = r->kind;
    struct record *cur = NULL;
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    int i, rc = -1, changed = 0;

    if (check_version(s, k, r->id, r->version, &cur, e) < 0)
        goto out;
    buf_printf(&b, "UPDATE %s SET version = version + 1", k->table);
    for (i = 0; i < k->nfields; i++)
        buf_printf(&b, ", %s = ?%d", k->fields[i].name, i + 2);
    buf_add(&b, " WHERE id = ?1 AND version = ?99");
    for (i = 0; i < k->nfields; i++) {
        if (same(cur->val[i], r->val[i]))
            continue;
        changed++;
        if (add_history(s, k, r->id, t, "edit", k->fields[i].name, cur->val[i], r->val[i], NULL,
                        e) < 0)
            goto out;
    }
    if (changed == 0) {
        rc = 0;
        goto out;
    }
    if (prepare(s, b.s, &st, e) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, r->id);
    sqlite3_bind_int64(st, 99, r->version);
    for (i = 0; i < k->nfields; i++)
        bind_value(st, i + 2, &k->fields[i], r->val[i]);
    if (step_done(s, st, e) < 0)
        goto out;
    if (sqlite3_changes(s->db) != 1) {
        ird_fail(e, IRD_STALE, "%s", ird_code_text(IRD_STALE));
        goto out;
    }
    r->version++;
    rc = 0;
out:
    finalize(s, st);
    buf_fini(&b);
    record_free(&cur);
    return rc;
}

int store_save(struct store *s, struct record *r, const struct stamp *t, struct ird_err *e)
{
    int64_t old_id = r->id, old_version = r->version;
    int rc;

    if (begin(s, e) < 0)
        return -1;
    rc = r->id == 0 ? insert_record(s, r, t, e) : update_record(s, r, t, e);
    if (rc == 0) {
        rc = commit(s, e);
    } else {
        rollback(s);
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

    if (begin(s, e) < 0)
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
    if (prepare(s, b.s, &st, e) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, value, -1, SQLITE_TRANSIENT);
    if (step_done(s, st, e) < 0)
        goto out;
    if (add_history(s, k, id, t, action, strcmp(action, "status") == 0 ? "status" : NULL,
                    strcmp(action, "status") == 0 ? old : NULL,
                    strcmp(action, "status") == 0 ? value : NULL, note, e) < 0)
        goto out;
    rc = commit(s, e);
    committed = 1;
out:
    if (rc < 0 && !committed)
        rollback(s);
    finalize(s, st);
    buf_fini(&b);
    record_free(&cur);
    return rc;
}

int store_set_status(struct store *s, enum kind_id k, int64_t id, int64_t version,
                     const char *from, const char *to, const char *note,
                     const struct stamp *t, struct ird_err *e)
{
    return set_column(s, k, id, version, "status", from, to, "status", note, t, e);
}

int store_set_archived(struct store *s, enum kind_id k, int64_t id, int64_t version,
                       int archived, const char *note, const struct stamp *t,
                       struct ird_err *e)
{
    return set_column(s, k, id, version, "archived", archived ? "0" : "1", archived ? "1" : "0",
                      archived ? "archive" : "restore", note, t, e);
}

/* ---- history, links, extras ------------------------------------------- */

static enum kind_id kind_of_code(const char *code)
{
    int k;

    for (k = 0; k < KIND_COUNT; k++)
        if (code != NULL && strcmp(kind_get((enum kind_id)k)->code, code) == 0)
            return (enum kind_id)k;
    return KIND_CITY;
}

/* Run a history query whose columns are id, kind, record_id, at, user,
 * action, field, old, new, note, source. */
static int history_rows(struct store *s, sqlite3_stmt *st, struct hist **out, size_t *n,
                        struct ird_err *e)
{
    struct hist *h = NULL;
    size_t cnt = 0, cap = 0;
    int step;

    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (cnt == cap) {
            cap = cap ? cap * 2 : 16;
            h = xrealloc(h, cap * sizeof *h);
        }
        h[cnt].id = sqlite3_column_int64(st, 0);
        h[cnt].kind = kind_of_code((const char *)sqlite3_column_text(st, 1));
        h[cnt].record_id = sqlite3_column_int64(st, 2);
        h[cnt].at = col_text(st, 3);
        h[cnt].user = col_text(st, 4);
        h[cnt].action = col_text(st, 5);
        h[cnt].field = col_text(st, 6);
        h[cnt].old = col_text(st, 7);
        h[cnt].new_ = col_text(st, 8);
        h[cnt].note = col_text(st, 9);
        h[cnt].source = col_text(st, 10);
        cnt++;
    }
    if (step != SQLITE_DONE) {
        hist_list_free(h, cnt);
        return db_fail(s, e, step);
    }
    *out = h;
    *n = cnt;
    return 0;
}

#define HIST_COLS "id, kind, record_id, at, user, action, field, old, new, note, source"

int store_history(struct store *s, enum kind_id kid, int64_t id, long offset, long limit,
                  struct hist **out, size_t *n, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int rc;

    *out = NULL;
    *n = 0;
    if (prepare(s,
                "SELECT " HIST_COLS " FROM history"
                " WHERE kind = ?1 AND record_id = ?2 ORDER BY at DESC, id DESC"
                " LIMIT ?3 OFFSET ?4",
                &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, kind_get(kid)->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    sqlite3_bind_int64(st, 3, limit);
    sqlite3_bind_int64(st, 4, offset);
    rc = history_rows(s, st, out, n, e);
    finalize(s, st);
    return rc;
}

int store_changes(struct store *s, const char *since, long limit, struct hist **out,
                  size_t *n, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int rc;

    *out = NULL;
    *n = 0;
    /* dated facts from the documents are history, not changes made here */
    if (prepare(s,
                "SELECT " HIST_COLS " FROM history WHERE at >= ?1 AND action <> 'event'"
                " ORDER BY at DESC, id DESC LIMIT ?2",
                &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, since, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, limit);
    rc = history_rows(s, st, out, n, e);
    finalize(s, st);
    return rc;
}

int store_chapters(struct store *s, struct chapter **out, size_t *n, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int step;

    *out = NULL;
    *n = 0;
    if (prepare(s, "SELECT number, title_nl, title_en FROM chapter ORDER BY number", &st, e) < 0)
        return -1;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xrealloc(*out, (*n + 1) * sizeof **out);
        (*out)[*n].number = sqlite3_column_int(st, 0);
        (*out)[*n].title_nl = col_text(st, 1);
        (*out)[*n].title_en = col_text(st, 2);
        (*n)++;
    }
    finalize(s, st);
    if (step != SQLITE_DONE) {
        chapter_list_free(*out, *n);
        *out = NULL;
        *n = 0;
        return db_fail(s, e, step);
    }
    return 0;
}

int store_priority_counts(struct store *s, struct prio_count **out, size_t *n,
                          struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int step;

    *out = NULL;
    *n = 0;
    if (prepare(s,
                "SELECT p.id, p.name_nl, p.name_en, i.status, count(i.id) FROM priority p"
                " LEFT JOIN initiative_priority ip ON ip.priority_id = p.id"
                " LEFT JOIN initiative i ON i.id = ip.initiative_id AND i.archived = 0"
                " GROUP BY p.id, i.status ORDER BY p.id, i.status",
                &st, e) < 0)
        return -1;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        struct prio_count *p;
        *out = xrealloc(*out, (*n + 1) * sizeof **out);
        p = &(*out)[(*n)++];
        p->priority = sqlite3_column_int(st, 0);
        p->name_nl = col_text(st, 1);
        p->name_en = col_text(st, 2);
        p->status = col_text(st, 3);
        p->count = (long)sqlite3_column_int64(st, 4);
    }
    finalize(s, st);
    if (step != SQLITE_DONE) {
        prio_count_list_free(*out, *n);
        *out = NULL;
        *n = 0;
        return db_fail(s, e, step);
    }
    return 0;
}

struct link_acc {
    struct link_ref *l;
    size_t n, cap;
};

static void link_push(struct store *s, struct link_acc *a, enum kind_id k, int64_t id,
                      const char *note)
{
    struct record *r = NULL;
    const struct field *tf;
    size_t i;

    for (i = 0; i < a->n; i++)
        if (a->l[i].kind == k && a->l[i].id == id)
            return;
    if (store_get(s, k, id, &r, NULL) < 0)
        return;
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 8;
        a->l = xrealloc(a->l, a->cap * sizeof *a->l);
    }
    tf = &r->kind->fields[r->kind->title];
    a->l[a->n].kind = k;
    a->l[a->n].id = id;
    a->l[a->n].title_nl = xstrdup(r->val[r->kind->title]);
    a->l[a->n].title_en = xstrdup(tf->alt >= 0 && r->val[tf->alt] ? r->val[tf->alt]
                                                                  : r->val[r->kind->title]);
    a->l[a->n].status = xstrdup(r->status);
    a->l[a->n].note = xstrdup(note);
    a->n++;
    record_free(&r);
}

int store_links(struct store *s, enum kind_id kid, int64_t id, struct link_ref **out, size_t *n,
                struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct link_acc a = { 0 };
    sqlite3_stmt *st = NULL;
    struct record *self = NULL;
    int kk, i, step, rc = -1;

    *out = NULL;
    *n = 0;
    /* what this record refers to */
    if (store_get(s, kid, id, &self, e) < 0)
        goto out;
    for (i = 0; i < k->nfields; i++)
        if (k->fields[i].type == FT_REF && self->val[i] != NULL)
            link_push(s, &a, k->fields[i].ref, strtoll(self->val[i], NULL, 10), NULL);
    /* explicit links, either way */
    if (prepare(s,
                "SELECT b_kind, b_id, note FROM link WHERE a_kind = ?1 AND a_id = ?2"
                " UNION ALL SELECT a_kind, a_id, note FROM link WHERE b_kind = ?1 AND b_id = ?2"
                " ORDER BY 1, 2",
                &st, e) < 0)
        goto out;
    sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *code = (const char *)sqlite3_column_text(st, 0);
        for (kk = 0; kk < KIND_COUNT; kk++)
            if (code != NULL && strcmp(kind_get((enum kind_id)kk)->code, code) == 0)
                link_push(s, &a, (enum kind_id)kk, sqlite3_column_int64(st, 1),
                          (const char *)sqlite3_column_text(st, 2));
    }
    if (step != SQLITE_DONE) {
        db_fail(s, e, step);
        goto out;
    }
    finalize(s, st);
    st = NULL;
    /* records that refer to this one (a city's agreements) */
    for (kk = 0; kk < KIND_COUNT; kk++) {
        const struct kind *o = kind_get((enum kind_id)kk);
        for (i = 0; i < o->nfields; i++) {
            struct buf b = { 0 };
            if (o->fields[i].type != FT_REF || o->fields[i].ref != kid)
                continue;
            buf_printf(&b, "SELECT id FROM %s WHERE %s = ?1 AND archived = 0 ORDER BY id",
                       o->table, o->fields[i].name);
            rc = prepare(s, b.s, &st, e);
            buf_fini(&b);
            if (rc < 0)
                goto out;
            rc = -1;
            sqlite3_bind_int64(st, 1, id);
            while (sqlite3_step(st) == SQLITE_ROW)
                link_push(s, &a, o->id, sqlite3_column_int64(st, 0), NULL);
            finalize(s, st);
            st = NULL;
        }
    }
    *out = a.l;
    *n = a.n;
    a.l = NULL;
    a.n = 0;
    rc = 0;
out:
    finalize(s, st);
    record_free(&self);
    link_list_free(a.l, a.n);
    return rc;
}

static void extra_push(struct extra **x, size_t *n, char *nl, char *en, int to_year)
{
    *x = xrealloc(*x, (*n + 1) * sizeof **x);
    (*x)[*n].nl = nl;
    (*x)[*n].en = en;
    (*x)[*n].to_year = to_year;
    (*n)++;
}

/* One kind's extra lines: SQL giving (nl, en) rows for record ?1. */
static const char *const extra_sql[KIND_COUNT] = {
    [KIND_NETWORK] =
        "SELECT role_nl || ifnull(', ' || body, '')"
        " || ifnull(' (' || from_year || ifnull('–' || to_year, '') || ')',"
        "           ifnull(' (–' || to_year || ')', '')),"
        " ifnull(role_en, role_nl) || ifnull(', ' || body, '')"
        " || ifnull(' (' || from_year || ifnull('–' || to_year, '') || ')',"
        "           ifnull(' (–' || to_year || ')', ''))"
        " , ifnull(to_year, 0)"
        " FROM network_role WHERE network_id = ?1 ORDER BY from_year IS NULL, from_year, id",
    [KIND_INITIATIVE] =
        "SELECT 'Hoofdstuk ' || c.number || ': ' || c.title_nl,"
        " 'Chapter ' || c.number || ': ' || c.title_en, 0"
        " FROM initiative i JOIN chapter c ON c.number = i.chapter WHERE i.id = ?1"
        " UNION ALL SELECT 'Topprioriteit: ' || p.name_nl, 'Top priority: ' || p.name_en, 0"
        " FROM initiative_priority ip JOIN priority p ON p.id = ip.priority_id"
        " WHERE ip.initiative_id = ?1",
};

int store_extras(struct store *s, enum kind_id kid, int64_t id, struct extra **out, size_t *n,
                 struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int step;

    *out = NULL;
    *n = 0;
    if (extra_sql[kid] == NULL)
        return 0;
    if (prepare(s, extra_sql[kid], &st, e) < 0)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    while ((step = sqlite3_step(st)) == SQLITE_ROW)
        extra_push(out, n, col_text(st, 0), col_text(st, 1), sqlite3_column_int(st, 2));
    finalize(s, st);
    if (step != SQLITE_DONE) {
        extra_list_free(*out, *n);
        *out = NULL;
        *n = 0;
        return db_fail(s, e, step);
    }
    return 0;
}

int store_meta(struct store *s, const char *key, char **out, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int step;

    *out = NULL;
    if (prepare(s, "SELECT value FROM meta WHERE key = ?1", &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    step = sqlite3_step(st);
    if (step == SQLITE_ROW)
        *out = col_text(st, 0);
    finalize(s, st);
    return step == SQLITE_ROW || step == SQLITE_DONE ? 0 : db_fail(s, e, step);
}

/* ---- checks ------------------------------------------------------------ */

/* Append one problem line per row of sql (with ?1 bound to code when not
 * NULL); the row's columns are formatted by fmt's %s in order (up to 4). */
static int check_rows(struct store *s, struct buf *out, long *count, const char *sql,
                      const char *code, const char *fmt, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int step;

    if (prepare(s, sql, &st, e) < 0)
        return -1;
    if (code != NULL)
        sqlite3_bind_text(st, 1, code, -1, SQLITE_TRANSIENT);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *c[4];
        int i;
        for (i = 0; i < 4; i++) {
            const unsigned char *t =
                i < sqlite3_column_count(st) ? sqlite3_column_text(st, i) : NULL;
            c[i] = t != NULL ? (const char *)t : "—";
        }
        /* fmt is one of the translated messages below, each taking the
         * row's columns in order (extra arguments are ignored) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        buf_printf(out, fmt, c[0], c[1], c[2], c[3]);
#pragma GCC diagnostic pop
        buf_add(out, "\n");
        (*count)++;
    }
    finalize(s, st);
    return step == SQLITE_DONE ? 0 : db_fail(s, e, step);
}

int store_check(struct store *s, char **report, struct ird_err *e)
{
    struct buf out = { 0 }, sql = { 0 };
    long count = 0;
    int k, i;

    *report = NULL;
    /* SQLite's own view: the file, then the references */
    if (check_rows(s, &out, &count,
                   "SELECT integrity_check FROM pragma_integrity_check"
                   " WHERE integrity_check <> 'ok'",
                   NULL, _("SQLite integrity check: %s"), e) < 0 ||
        check_rows(s, &out, &count,
                   "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check",
                   NULL, _("%s row %s refers to a missing row of %s."), e) < 0)
        goto fail;
    for (k = 0; k < KIND_COUNT; k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        const struct choice *c;
        /* every status is one of its kind */
        buf_printf(&sql, "SELECT ?1, id, status FROM %s WHERE status NOT IN (", kd->table);
        for (c = kd->statuses; c->code != NULL; c++)
            buf_printf(&sql, "%s'%s'", c == kd->statuses ? "" : ", ", c->code);
        buf_add(&sql, ")");
        if (check_rows(s, &out, &count, sql.s, _(kd->label),
                       _("%s %s: \"%s\" is not a status of its kind."), e) < 0)
            goto fail;
        buf_fini(&sql);
        /* the history ends where the record is: status, archive, each field */
        buf_printf(&sql,
                   "SELECT ?1, t.id, h.new, t.status FROM %s t JOIN history h"
                   " ON h.id = (SELECT max(id) FROM history WHERE kind = '%s'"
                   " AND record_id = t.id AND action = 'status')"
                   " WHERE h.new IS NOT t.status",
                   kd->table, kd->code);
        if (check_rows(s, &out, &count, sql.s, _(kd->label),
                       _("%s %s: the history's last status is %s, the record's is %s."),
                       e) < 0)
            goto fail;
        buf_fini(&sql);
        for (i = 0; i < kd->nfields; i++) {
            const char *f = kd->fields[i].name;
            buf_printf(&sql,
                       "SELECT ?1, t.id, '%s', ifnull(h.new, '—') FROM %s t JOIN history h"
                       " ON h.id = (SELECT max(id) FROM history WHERE kind = '%s'"
                       " AND record_id = t.id AND action = 'edit' AND field = '%s')"
                       " WHERE ifnull(h.new, '') <> ifnull(CAST(t.%s AS TEXT), '')",
                       f, kd->table, kd->code, f, f);
            if (check_rows(s, &out, &count, sql.s, _(kd->label),
                           _("%s %s: field %s differs from its last edit in the history "
                             "(%s)."),
                           e) < 0)
                goto fail;
            buf_fini(&sql);
        }
    }
    if (check_rows(s, &out, &count,
                   "SELECT id FROM agreement WHERE city_id IS NULL"
                   " OR city_id NOT IN (SELECT id FROM city)",
                   NULL, _("Agreement %s has no city."), e) < 0 ||
        check_rows(s, &out, &count,
                   "SELECT kind, record_id, count(*) FROM history WHERE kind = 'city'"
                   " AND record_id NOT IN (SELECT id FROM city) GROUP BY 1, 2"
                   " UNION ALL SELECT kind, record_id, count(*) FROM history"
                   " WHERE kind = 'agreement' AND record_id NOT IN (SELECT id FROM agreement)"
                   " GROUP BY 1, 2"
                   " UNION ALL SELECT kind, record_id, count(*) FROM history"
                   " WHERE kind = 'network' AND record_id NOT IN (SELECT id FROM network)"
                   " GROUP BY 1, 2"
                   " UNION ALL SELECT kind, record_id, count(*) FROM history"
                   " WHERE kind = 'initiative' AND record_id NOT IN (SELECT id FROM initiative)"
                   " GROUP BY 1, 2",
                   NULL, _("History of %s %s (%s lines) is about a record that does not exist."),
                   e) < 0)
        goto fail;
    if (count > 0)
        *report = buf_take(&out);
    buf_fini(&out);
    return (int)count;
fail:
    buf_fini(&out);
    buf_fini(&sql);
    return -1;
}
