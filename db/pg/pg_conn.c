#include "db/pg/pg.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/migrate.h"
#include "db/pg/pg_int.h"
#include "db/pg/pg_sql.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/conv.h"
#include "lib/mem.h"

/* The PostgreSQL engine's connection: opening, errors, parameters,
 * transactions, the schema's migrations and roles, other desks' changes. */

int store_is_server(const char *name)
{
    return name != NULL &&
           (strncmp(name, "postgresql://", 13) == 0 || strncmp(name, "postgres://", 11) == 0 ||
            strncmp(name, "service=", 8) == 0);
}

int pg_unsupported(struct ird_err *e)
{
    return ird_fail(e, IRD_STORE, "%s",
                    _("This is not yet supported on a PostgreSQL database: use `irdesk copy` "
                      "to an irdesk file for it."));
}

int pg_param(struct pg_params *p, const char *v)
{
    if (p->n >= PG_PARAMS_MAX)
        abort(); /* the statements are built by this engine: a bug, never input */
    p->owned[p->n] = NULL;
    p->v[p->n++] = v != NULL && *v != '\0' ? v : NULL;
    return p->n;
}

int pg_param_int(struct pg_params *p, long long v)
{
    int i = pg_param(p, NULL);

    p->owned[i - 1] = xasprintf("%lld", v);
    p->v[i - 1] = p->owned[i - 1];
    return i;
}

void pg_params_fini(struct pg_params *p)
{
    int i;

    for (i = 0; i < p->n; i++)
        free(p->owned[i]);
    p->n = 0;
}

int pg_fail(struct store *s, const PGresult *r, struct ird_err *e)
{
    const char *code = r != NULL ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    const char *con = r != NULL ? PQresultErrorField(r, PG_DIAG_CONSTRAINT_NAME) : NULL;

    snprintf(s->pg->sqlstate, sizeof s->pg->sqlstate, "%s", code != NULL ? code : "");
    snprintf(s->pg->constraint, sizeof s->pg->constraint, "%s", con != NULL ? con : "");

    if (PQstatus(s->pg->c) != CONNECTION_OK)
        return ird_fail(e, IRD_IO, _("The connection to the database server %s was lost: "
                                     "nothing was saved."),
                        s->path);
    if (code == NULL)
        return ird_fail(e, IRD_STORE, "%s", _("The database server gave no answer."));
    if (strcmp(code, "42501") == 0 || strcmp(code, "25006") == 0)
        return ird_fail(e, IRD_READONLY,
                        _("The database %s does not let you write (your role may only read): "
                          "nothing was saved."),
                        s->path);
    if (strncmp(code, "23", 2) == 0 || strncmp(code, "22", 2) == 0)
        return ird_fail(e, IRD_INVALID, "%s",
                        _("The database refused a value that breaks its rules."));
    if (strcmp(code, "40001") == 0 || strcmp(code, "40P01") == 0 || strcmp(code, "55P03") == 0)
        return ird_fail(e, IRD_STORE, "%s",
                        _("The database is busy: another desk is writing. Try again."));
    if (strcmp(code, "53100") == 0)
        return ird_fail(e, IRD_STORE, "%s", _("The disk is full: nothing was saved."));
    return ird_fail(e, IRD_STORE, _("Database error (PostgreSQL code %s)."), code);
}

PGresult *pg_run(struct store *s, const char *sql, const struct pg_params *p, struct ird_err *e)
{
    PGresult *r = PQexecParams(s->pg->c, sql, p != NULL ? p->n : 0, NULL,
                               p != NULL ? p->v : NULL, NULL, NULL, 0);
    ExecStatusType st = PQresultStatus(r);

    s->work++;
    if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
        return r;
    pg_fail(s, r, e);
    PQclear(r);
    return NULL;
}

int pg_do(struct store *s, const char *sql, const struct pg_params *p, struct ird_err *e)
{
    PGresult *r = pg_run(s, sql, p, e);

    if (r == NULL)
        return -1;
    PQclear(r);
    return 0;
}

int pg_script(struct store *s, const char *sql, struct ird_err *e)
{
    PGresult *r = PQexec(s->pg->c, sql);
    /* a migration with nothing to do is only a comment: an empty query */
    int rc = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK ||
                     PQresultStatus(r) == PGRES_EMPTY_QUERY
                 ? 0
                 : pg_fail(s, r, e);

    PQclear(r);
    return rc;
}

char *pg_text(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : xstrdup(PQgetvalue(r, row, col));
}

long long pg_int(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? 0 : strtoll(PQgetvalue(r, row, col), NULL, 10);
}

char *pg_fold(const char *v)
{
    return v != NULL && *v != '\0' ? conv_fold(v) : NULL;
}

int pg_begin(struct store *s, struct ird_err *e)
{
    if (s->readonly)
        return ird_fail(e, IRD_READONLY, _("The database %s is open read-only: nothing was saved."),
                        s->path);
    if (pg_script(s, s->depth == 0 ? "BEGIN" : "SAVEPOINT w", e) < 0)
        return -1;
    s->depth++;
    return 0;
}

int pg_commit(struct store *s, struct ird_err *e)
{
    if (s->depth == 0)
        return 0;
    if (pg_script(s, s->depth == 1 ? "COMMIT" : "RELEASE SAVEPOINT w", e) < 0) {
        pg_rollback(s);
        return -1;
    }
    s->depth--;
    return 0;
}

void pg_rollback(struct store *s)
{
    if (s->depth == 0)
        return;
    pg_script(s, s->depth == 1 ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT w; RELEASE SAVEPOINT w",
              NULL);
    s->depth--;
}

/* One value of a query without parameters (caller frees), NULL when none. */
static char *one_value(struct store *s, const char *sql, struct ird_err *e)
{
    PGresult *r = pg_run(s, sql, NULL, e);
    char *v = NULL;

    if (r != NULL && PQntuples(r) > 0)
        v = pg_text(r, 0, 0);
    PQclear(r);
    return v;
}

int pg_version(struct store *s)
{
    char *v = one_value(s, "SELECT version FROM irdesk_schema", NULL);
    int n = v != NULL ? atoi(v) : -1;

    free(v);
    return n;
}

/* The schema version of a server database: 0 when it holds nothing, -1
 * (e filled) when it holds another program's tables or cannot be read. */
static int schema_version(struct store *s, struct ird_err *e)
{
    char *has = one_value(s, "SELECT to_regclass('public.irdesk_schema') IS NOT NULL", e);
    char *tables = NULL;
    int v = -1;

    if (has == NULL)
        goto out;
    if (strcmp(has, "t") == 0) {
        v = pg_version(s);
        goto out;
    }
    tables = one_value(s, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", e);
    if (tables != NULL && strcmp(tables, "0") == 0)
        v = 0;
    else if (tables != NULL)
        ird_fail(e, IRD_STORE, _("%s holds the tables of another program, not an irdesk "
                                 "database."),
                 s->path);
out:
    free(has);
    free(tables);
    return v;
}

/* Apply the migrations after version v and the roles, in one transaction
 * under a lock (two desks starting at once migrate once). */
static int migrate_server(struct store *s, int v, struct ird_err *e)
{
    int i;

    if (pg_script(s, "BEGIN; SELECT pg_advisory_xact_lock(1230128211)", e) < 0)
        return -1;
    /* read again under the lock: another desk may have done it */
    if ((v = schema_version(s, e)) < 0)
        goto fail;
    for (i = v + 1; i <= pg_sql_migration_count(); i++)
        if (pg_script(s, pg_sql_migration(i), e) < 0)
            goto fail;
    if (pg_script(s, pg_sql_roles(), e) < 0)
        goto fail;
    {
        struct pg_params p = { 0 };
        pg_param_int(&p, pg_sql_migration_count());
        i = pg_do(s, "UPDATE irdesk_schema SET version = $1", &p, e);
        pg_params_fini(&p);
        if (i < 0)
            goto fail;
    }
    return pg_script(s, "COMMIT", e);
fail:
    pg_script(s, "ROLLBACK", NULL);
    return -1;
}

int pg_upgrade(struct store *s, struct ird_err *e)
{
    int v = pg_version(s);

    if (v < 0)
        return ird_fail(e, IRD_STORE, _("%s is not an irdesk database."), s->path);
    return v >= pg_sql_migration_count() ? 0 : migrate_server(s, v, e);
}

/* Nothing below the desk prints: the server's notices are not shown. */
static void quiet(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

/* name without a password it may hold ("postgresql://u:pw@h" -> "u@h"),
 * for messages; caller frees. */
static char *shown_name(const char *name)
{
    const char *scheme = strstr(name, "://"), *at, *colon;

    if (scheme == NULL || (at = strchr(scheme + 3, '@')) == NULL ||
        (colon = memchr(scheme + 3, ':', (size_t)(at - scheme - 3))) == NULL)
        return xstrdup(name);
    return xasprintf("%.*s%s", (int)(colon - name), name, at);
}

/* Connect, and check the server database is one irdesk may use. */
static int connect_server(struct store *s, const char *name, struct ird_err *e)
{
    char *enc = NULL, *msg, *nl;
    int rc = -1;

    if (pg_lib_load(e) < 0)
        return -1;
    s->pg->c = PQconnectdb(name);
    if (s->pg->c == NULL || PQstatus(s->pg->c) != CONNECTION_OK) {
        msg = xstrdup(s->pg->c != NULL ? PQerrorMessage(s->pg->c) : "");
        if ((nl = strchr(msg, '\n')) != NULL)
            *nl = '\0';
        ird_fail(e, IRD_IO, _("Cannot connect to the database %s: %s"), s->path, msg);
        free(msg);
        return -1;
    }
    PQsetNoticeProcessor(s->pg->c, quiet, NULL);
    /* no JIT: the desk's statements read a window of rows, and a plan the
     * planner costs high (a count, a search of many) would pay tens of
     * milliseconds of compiling for a few of running */
    if (PQsetClientEncoding(s->pg->c, "UTF8") != 0 ||
        pg_script(s, "SET client_min_messages = warning; SET jit = off", e) < 0)
        goto out;
    enc = one_value(s, "SELECT pg_encoding_to_char(encoding) FROM pg_database"
                       " WHERE datname = current_database()", e);
    if (enc == NULL)
        goto out;
    if (strcmp(enc, "UTF8") != 0) {
        ird_fail(e, IRD_STORE, _("The database %s is in the encoding %s: irdesk needs UTF8 "
                                 "(createdb -E UTF8). Nothing was changed."),
                 s->path, enc);
        goto out;
    }
    s->pg->pid = PQbackendPID(s->pg->c);
    rc = 0;
out:
    free(enc);
    return rc;
}

/* --read-only: the server refuses the session's writes (the reader role,
 * when this login may take it, and read-only transactions); otherwise the
 * store is read-only when the role may not write the history. */
static int set_access(struct store *s, unsigned flags, struct ird_err *e)
{
    char *may;

    if (flags & STORE_READONLY) {
        s->readonly = 1;
        may = one_value(s, "SELECT pg_has_role(current_user, 'irdesk_reader', 'MEMBER')", e);
        if (may != NULL && strcmp(may, "t") == 0 && pg_script(s, "SET ROLE irdesk_reader", e) < 0) {
            free(may);
            return -1;
        }
        free(may);
        return pg_script(s, "SET default_transaction_read_only = on", e);
    }
    may = one_value(s, "SELECT has_column_privilege('history', 'kind', 'INSERT')", e);
    if (may == NULL)
        return -1;
    s->readonly = strcmp(may, "t") != 0;
    free(may);
    return 0;
}

int pg_open(const char *name, unsigned flags, struct store **out, struct ird_err *e)
{
    struct store *s = xcalloc(1, sizeof *s);
    int v;

    *out = NULL;
    s->pg = xcalloc(1, sizeof *s->pg);
    s->path = shown_name(name);
    s->busy_limit = 5;
    if (connect_server(s, name, e) < 0 || (v = schema_version(s, e)) < 0)
        goto fail;
    if (v > pg_sql_migration_count()) {
        ird_fail(e, IRD_STORE,
                 _("%s was written by a newer irdesk (schema version %d; this one knows up "
                   "to %d). Nothing was changed."),
                 s->path, v, pg_sql_migration_count());
        goto fail;
    }
    if (v == 0 && (!(flags & STORE_NEW_OK) || (flags & STORE_READONLY))) {
        ird_fail(e, IRD_IO, _("The database %s holds no irdesk data yet: nothing was done "
                              "(`irdesk init %s` sets it up)."),
                 s->path, s->path);
        goto fail;
    }
    if (v < pg_sql_migration_count() && !(flags & STORE_READONLY) &&
        migrate_server(s, v, e) < 0)
        goto fail;
    if (v == 0 && pg_seed(s, !(flags & STORE_NOSEED), e) < 0)
        goto fail;
    if (set_access(s, flags, e) < 0 || pg_script(s, "LISTEN irdesk", e) < 0)
        goto fail;
    *out = s;
    return 0;
fail:
    store_close(&s);
    return -1;
}

void pg_close(struct store *s)
{
    if (s->pg != NULL)
        PQfinish(s->pg->c);
    free(s->pg);
    s->pg = NULL;
}

int64_t pg_data_version(struct store *s)
{
    PGnotify *n;

    /* what has arrived; when nothing has, one round trip (an empty query):
     * the server sends the notifications of what was committed before it
     * ahead of its answer, so that another desk's commit shows at the next
     * key for certain, as SQLite's data_version does */
    if (PQconsumeInput(s->pg->c) == 0)
        return -1;
    if ((n = PQnotifies(s->pg->c)) == NULL) {
        PQclear(PQexec(s->pg->c, ""));
        n = PQnotifies(s->pg->c);
    }
    while (n != NULL) {
        if (n->be_pid != s->pg->pid)
            s->pg->changes++;
        PQfreemem(n);
        n = PQnotifies(s->pg->c);
    }
    return s->pg->changes;
}

int pg_meta(struct store *s, const char *key, char **out, struct ird_err *e)
{
    struct pg_params p = { 0 };
    PGresult *r;

    *out = NULL;
    pg_param(&p, key);
    r = pg_run(s, "SELECT value FROM meta WHERE key = $1", &p, e);
    pg_params_fini(&p);
    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0)
        *out = pg_text(r, 0, 0);
    PQclear(r);
    return 0;
}
