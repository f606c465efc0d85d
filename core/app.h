#ifndef IRDESK_CORE_APP_H
#define IRDESK_CORE_APP_H

#include <stddef.h>

#include "core/config.h"
#include "lib/err.h"

struct store;

/* The context every operation gets: the store, who is working, and the
 * clock.  No global state: tests make as many as they like. */
struct app {
    struct store *store;
    char *db_path;
    char user[64];
    char fixed_now[32]; /* non-empty: the clock stands still here (tests) */
    struct config cfg;  /* owned copy */
};

struct app_opts {
    const char *db;     /* NULL: $IRDESK_DB, else the XDG default */
    int readonly;
    int noseed;         /* a new database stays empty (tests) */
    const struct config *cfg; /* NULL: the defaults */
};

/* 1 when s is a valid UTC time "YYYY-MM-DDTHH:MM:SSZ" (digits only, a real
 * date). */
int app_valid_stamp(const char *s);

/* Open the database (creating the default one's directory on first use).
 * *out owned on success; free with app_close. */
int app_open(const struct app_opts *o, struct app **out, struct ird_err *e);
/* The same, refusing a database that does not exist (the commands other
 * than init and copy: nothing is created by accident). */
int app_open_existing(const struct app_opts *o, struct app **out, struct ird_err *e);
/* NULL-safe; sets *pa to NULL. */
void app_close(struct app **pa);

/* The database path: db, else $IRDESK_DB, else the configuration's
 * (cfg_db, may be NULL), else the XDG default (its directory is made only
 * when the database is created there).  Caller frees; NULL with *e filled
 * when there is nowhere to put it. */
char *app_db_path(const char *db, const char *cfg_db, struct ird_err *e);
/* 1 when app_db_path would give the XDG default (no db, $IRDESK_DB or
 * configured database). */
int app_db_is_default(const char *db, const char *cfg_db);
/* 1 when path names a server database (PostgreSQL), not a file. */
int app_db_is_server(const char *path);

/* Write data to path the one way (core/outfile.h: flags OUTFILE_*), mode
 * 0600, refusing the open database and its files; "-" is standard output. */
int app_write_file(const struct app *a, const char *path, const void *data, size_t n,
                   unsigned flags, struct ird_err *e);

/* Today (UTC) as "YYYY-MM-DD", from app_now. */
void app_today(const struct app *a, char buf[16]);

/* Now, UTC, as "YYYY-MM-DDTHH:MM:SSZ" ($IRDESK_NOW or fixed_now when set). */
void app_now(const struct app *a, char buf[32]);

/* 1 when the store refuses writes. */
int app_readonly(const struct app *a);

#endif
