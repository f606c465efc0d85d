#include "core/app.h"

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/backup.h"
#include "lib/mem.h"
#include "core/outfile.h"
#include "db/store.h"
#include "i18n/i18n.h"

/* mkdir -p for the default database's directory. */
static int make_dirs(const char *dir, struct ird_err *e)
{
    char *p = xstrdup(dir), *s;
    int rc = 0;

    for (s = p + 1; ; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        {
            char c = *s;
            *s = '\0';
            if (mkdir(p, 0700) != 0 && errno != EEXIST) {
                rc = ird_fail(e, IRD_IO, _("Cannot create the directory %s: %s."), p,
                              strerror(errno));
                break;
            }
            *s = c;
        }
        if (*s == '\0')
            break;
    }
    free(p);
    return rc;
}

char *app_db_path(const char *db, const char *cfg_db, struct ird_err *e)
{
    const char *env = getenv("IRDESK_DB"), *xdg = getenv("XDG_DATA_HOME"),
               *home = getenv("HOME");
    char *dir, *path;

    if (db != NULL && *db != '\0')
        return xstrdup(db);
    if (env != NULL && *env != '\0')
        return xstrdup(env);
    if (cfg_db != NULL && *cfg_db != '\0')
        return xstrdup(cfg_db);
    if (xdg != NULL && *xdg == '/')
        dir = xasprintf("%s/irdesk", xdg);
    else if (home != NULL && *home != '\0')
        dir = xasprintf("%s/.local/share/irdesk", home);
    else {
        ird_fail(e, IRD_IO, _("No database given, and neither XDG_DATA_HOME nor HOME is set."));
        return NULL;
    }
    if (make_dirs(dir, e) < 0) {
        free(dir);
        return NULL;
    }
    path = xasprintf("%s/irdesk.db", dir);
    free(dir);
    return path;
}

int app_open(const struct app_opts *o, struct app **out, struct ird_err *e)
{
    struct app *a;
    struct passwd *pw = getpwuid(getuid());
    const char *now = getenv("IRDESK_NOW");
    unsigned flags = 0;

    *out = NULL;
    a = xcalloc(1, sizeof *a);
    config_defaults(&a->cfg);
    if (o->cfg != NULL) {
        free(a->cfg.print_command);
        free(a->cfg.print_charset);
        a->cfg = *o->cfg;
        a->cfg.database = xstrdup(o->cfg->database);
        a->cfg.print_command = xstrdup(o->cfg->print_command);
        a->cfg.print_charset = xstrdup(o->cfg->print_charset);
    }
    a->db_path = app_db_path(o->db, a->cfg.database, e);
    if (a->db_path == NULL)
        goto fail;
    if (o->readonly)
        flags |= STORE_READONLY;
    if (o->noseed)
        flags |= STORE_NOSEED;
    if (store_open(a->db_path, flags | STORE_KEEP_OLD, &a->store, e) < 0)
        goto fail;
    if (!store_readonly(a->store) && store_version(a->store) < store_schema_version()) {
        /* a copy of the older database beside it before the upgrade:
         * irdesk.db.v1-backup for version 1 */
        char what[16];
        snprintf(what, sizeof what, "v%d", store_version(a->store));
        if (backup_beside(a, what, e) < 0 || store_upgrade(a->store, e) < 0)
            goto fail;
    }
    if (pw != NULL && pw->pw_name != NULL)
        snprintf(a->user, sizeof a->user, "%s", pw->pw_name);
    else
        snprintf(a->user, sizeof a->user, "uid %ld", (long)getuid());
    if (now != NULL && *now != '\0')
        snprintf(a->fixed_now, sizeof a->fixed_now, "%s", now);
    *out = a;
    return 0;
fail:
    app_close(&a);
    return -1;
}

void app_close(struct app **pa)
{
    if (pa == NULL || *pa == NULL)
        return;
    store_close(&(*pa)->store);
    config_fini(&(*pa)->cfg);
    free((*pa)->db_path);
    free(*pa);
    *pa = NULL;
}

void app_now(const struct app *a, char buf[32])
{
    time_t t = time(NULL);
    struct tm tm;

    if (a != NULL && a->fixed_now[0] != '\0') {
        snprintf(buf, 32, "%s", a->fixed_now);
        return;
    }
    gmtime_r(&t, &tm);
    strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int app_readonly(const struct app *a)
{
    return store_readonly(a->store);
}

void app_today(const struct app *a, char buf[16])
{
    char now[32];

    app_now(a, now);
    snprintf(buf, 16, "%.10s", now);
}

int app_write_file(const struct app *a, const char *path, const void *data, size_t n,
                   unsigned flags, struct ird_err *e)
{
    struct outfile_opts opt = { flags, 0600, a->db_path, NULL };

    return outfile_save(path, data, n, &opt, e);
}
