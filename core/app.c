#include "core/app.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/backup.h"
#include "lib/mem.h"
#include "model/ftype.h"
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

int app_db_is_default(const char *db, const char *cfg_db)
{
    const char *env = getenv("IRDESK_DB");

    return (db == NULL || *db == '\0') && (env == NULL || *env == '\0') &&
           (cfg_db == NULL || *cfg_db == '\0');
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
    path = xasprintf("%s/irdesk.db", dir);
    free(dir);
    return path;
}

int app_valid_stamp(const char *s)
{
    char day[11];
    int y, mo, d, h, mi, se, n = -1, i;

    if (s == NULL || strlen(s) != 20 || s[10] != 'T' || s[19] != 'Z')
        return 0;
    memcpy(day, s, 10);
    day[10] = '\0';
    /* the day as every date is checked; then the time, digits only */
    if (ftype_date_parse(day, &y, &mo, &d) != 3)
        return 0;
    for (i = 11; i < 19; i++)
        if ((i == 13 || i == 16) ? s[i] != ':' : (s[i] < '0' || s[i] > '9'))
            return 0;
    if (sscanf(s + 11, "%2d:%2d:%2dZ%n", &h, &mi, &se, &n) != 3 || n != 9)
        return 0;
    return h <= 23 && mi <= 59 && se <= 59;
}

/* Whether path may be opened as a database: a regular file (or a link to
 * one); when must_exist, one that exists and is not empty (an empty file is
 * made a database only by init, copy or the desk).  *exists is set. */
static int check_db_path(const char *path, int must_exist, int *exists, struct ird_err *e)
{
    size_t n = strlen(path);
    struct stat sb;

    *exists = 0;
    if (n > 0 && path[n - 1] == '/')
        return ird_fail(e, IRD_IO, _("%s names a directory, not a database file."), path);
    if (stat(path, &sb) != 0) {
        if (errno != ENOENT || lstat(path, &sb) == 0)
            return ird_fail(e, IRD_IO, _("Cannot open the database %s: %s."), path,
                            strerror(errno == ENOENT ? ELOOP : errno));
        if (must_exist)
            return ird_fail(e, IRD_IO,
                            _("The database %s does not exist: nothing was done (`irdesk init "
                              "%s` creates it)."),
                            path, path);
        return 0;
    }
    *exists = 1;
    if (!S_ISREG(sb.st_mode))
        return ird_fail(e, IRD_IO, _("%s is not a regular file, not an irdesk database."), path);
    if (must_exist && sb.st_size == 0)
        return ird_fail(e, IRD_IO,
                        _("%s is empty, not an irdesk database: nothing was done (`irdesk init "
                          "%s` makes one there)."),
                        path, path);
    return 0;
}

/* The directory of path, made (mode 0700) when it is missing. */
static int make_dir_of(const char *path, struct ird_err *e)
{
    const char *slash = strrchr(path, '/');
    char *dir;
    int rc;

    if (slash == NULL || slash == path)
        return 0;
    dir = xstrndup(path, (size_t)(slash - path));
    rc = make_dirs(dir, e);
    free(dir);
    return rc;
}

/* A new database file is created here, mode 0600 (the umask may narrow
 * it): SQLite gives its -wal and -shm files the same mode.  1 when this
 * call made it. */
static int create_private(const char *path)
{
    struct stat sb;
    int fd;

    if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size == 0) {
        /* an empty file becomes a new database: private as a new one */
        fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0 && fstat(fd, &sb) == 0 && sb.st_size == 0)
            fchmod(fd, sb.st_mode & 0600);
        if (fd >= 0)
            close(fd);
        return 0;
    }
    if (lstat(path, &sb) == 0 || errno != ENOENT)
        return 0;
    fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return 0; /* the store says why it cannot be created */
    close(fd);
    return 1;
}

static int open_app(const struct app_opts *o, int must_exist, struct app **out,
                    struct ird_err *e)
{
    struct app *a;
    struct passwd *pw = getpwuid(getuid());
    const char *now = getenv("IRDESK_NOW");
    unsigned flags = 0;
    int created = 0, exists = 0;

    *out = NULL;
    if (now != NULL && *now != '\0' && !app_valid_stamp(now))
        return ird_fail(e, IRD_INVALID,
                        _("IRDESK_NOW must be a UTC time as YYYY-MM-DDTHH:MM:SSZ, for example "
                          "2026-03-01T10:00:00Z: \"%s\" is not."),
                        now);
    a = xcalloc(1, sizeof *a);
    config_defaults(&a->cfg);
    if (o->cfg != NULL) {
        free(a->cfg.print_command);
        free(a->cfg.print_charset);
        a->cfg = *o->cfg;
        a->cfg.database = xstrdup(o->cfg->database);
        a->cfg.print_command = xstrdup(o->cfg->print_command);
        a->cfg.print_charset = xstrdup(o->cfg->print_charset);
        a->cfg.views = xstrdup(o->cfg->views);
    }
    a->db_path = app_db_path(o->db, a->cfg.database, e);
    if (a->db_path == NULL)
        goto fail;
    if (o->readonly)
        flags |= STORE_READONLY;
    if (o->noseed)
        flags |= STORE_NOSEED;
    /* a server database (PostgreSQL): the store says whether it exists */
    if (store_is_server(a->db_path))
        flags |= must_exist ? 0 : STORE_NEW_OK;
    else if (check_db_path(a->db_path, must_exist, &exists, e) < 0)
        goto fail;
    /* the default database's folder is made on its first start */
    exists = exists || store_is_server(a->db_path); /* no folder to make */
    if (!exists && !o->readonly && app_db_is_default(o->db, a->cfg.database) &&
        make_dir_of(a->db_path, e) < 0)
        goto fail;
    if (!o->readonly && !store_is_server(a->db_path))
        created = create_private(a->db_path);
    if (store_open(a->db_path, flags | STORE_KEEP_OLD, &a->store, e) < 0) {
        if (created)
            unlink(a->db_path);
        goto fail;
    }
    if (!store_readonly(a->store) && store_version(a->store) < store_schema_version()) {
        /* a copy of the older database beside it before the upgrade:
         * irdesk.db.v1-backup for version 1 */
        char what[16];
        snprintf(what, sizeof what, "v%d", store_version(a->store));
        if (backup_beside(a, what, NULL, e) < 0 || store_upgrade(a->store, e) < 0)
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

int app_db_is_server(const char *path)
{
    return store_is_server(path);
}

int app_open(const struct app_opts *o, struct app **out, struct ird_err *e)
{
    return open_app(o, 0, out, e);
}

int app_open_existing(const struct app_opts *o, struct app **out, struct ird_err *e)
{
    return open_app(o, 1, out, e);
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
