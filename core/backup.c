#include "core/backup.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/app.h"
#include "core/doc.h"
#include "lib/mem.h"
#include "core/outfile.h"
#include "db/store.h"
#include "i18n/i18n.h"

int backup_make(struct app *a, const char *path, unsigned flags, struct ird_err *e)
{
    struct outfile_opts opt = { flags | OUTFILE_NO_REPLACE, 0600, a->db_path, a->db_path };
    struct outfile o;

    if (outfile_is_stdout(path))
        return ird_fail(e, IRD_IO, _("A backup goes into a file, not to standard output."));
    if (outfile_open(&o, path, &opt, e) < 0)
        return -1;
    if (store_backup_into(a->store, o.tmp, path, e) < 0) {
        outfile_abort(&o);
        return -1;
    }
    return outfile_commit(&o, e);
}

int backup_beside(struct app *a, const char *what, char **where, struct ird_err *e)
{
    /* beside a file; for a server database, in the current folder */
    const char *base = store_is_server(a->db_path) ? "irdesk" : a->db_path;
    char *path = NULL;
    struct stat sb;
    int n;

    for (n = 1; n < 1000; n++) {
        free(path);
        path = n == 1 ? xasprintf("%s.%s-backup", base, what)
                      : xasprintf("%s.%s-backup-%d", base, what, n);
        if (lstat(path, &sb) != 0)
            break;
    }
    n = backup_make(a, path, 0, e);
    if (n == 0 && where != NULL) {
        free(*where);
        *where = path;
        path = NULL;
    }
    free(path);
    return n;
}

static int count_all(struct store *s, long counts[KIND_COUNT + KIND_ADDED_MAX], struct ird_err *e)
{
    int k;

    for (k = 0; k < kind_count(); k++) {
        struct query q = { (enum kind_id)k, NULL, NULL, -1, 0, 1 };
        if (store_count(s, &q, &counts[k], e) < 0)
            return -1;
    }
    return 0;
}

/* The checks of `check`, on an open store: -1 when it fails any. */
static int check_clean(struct store *s, const char *path, struct ird_err *e)
{
    char *report = NULL;
    int n = store_check(s, &report, e);

    if (n > 0) {
        char *nl = report ? strchr(report, '\n') : NULL;
        if (nl != NULL)
            *nl = '\0';
        ird_fail(e, IRD_INVALID,
                 P_("%s fails irdesk's check (%d problem; `irdesk check %s` lists it): %s",
                    "%s fails irdesk's check (%d problems; `irdesk check %s` lists them): %s",
                    n),
                 path, n, path, report ? report : "");
    }
    free(report);
    return n == 0 ? 0 : -1;
}

/* SQLite copies into a database in WAL mode only pages of its own size. */
static int same_pages(struct app *a, struct store *stage, const char *path, struct ird_err *e)
{
    int want = store_page_size(a->store), have = store_page_size(stage);

    /* a server takes the rows, not the pages */
    if (want == have || store_is_server(a->db_path))
        return 0;
    return ird_fail(e, IRD_INVALID,
                    _("%s has pages of %d bytes and the database %d: it cannot be copied into "
                      "the open database. `irdesk copy %s NEW.db` makes a database of it to "
                      "use instead. Nothing was changed."),
                    path, have, want, path);
}

int backup_plan(struct app *a, const char *path, struct restore_plan *p, struct ird_err *e)
{
    memset(p, 0, sizeof *p);
    if (a->db_path != NULL && outfile_is_database(path, a->db_path))
        return ird_fail(e, IRD_IO,
                        _("%s is the open database itself: a database cannot be restored from "
                          "itself. Nothing was changed."),
                        path);
    if (store_may_replace(a->store, e) < 0)
        return -1;
    if (store_stage(path, &p->stage, e) < 0 || check_clean(p->stage, path, e) < 0 ||
        same_pages(a, p->stage, path, e) < 0 || count_all(p->stage, p->from, e) < 0 ||
        count_all(a->store, p->now, e) < 0) {
        backup_plan_fini(p);
        return -1;
    }
    return 0;
}

/* n with its thousands grouped as the language writes them: 6,012 or
 * 6.012.  buf holds 32 bytes. */
static const char *grouped(long n, char buf[32])
{
    /* L10N: the thousands separator of numbers in counts: "," or "." */
    const char *sep = _(",");
    size_t seplen = strlen(sep) < 4 ? strlen(sep) : 0; /* a separator of a few bytes */
    char digits[24];
    size_t len, i, o = 0;

    snprintf(digits, sizeof digits, "%ld", n < 0 ? -n : n);
    len = strlen(digits);
    if (n < 0)
        buf[o++] = '-';
    for (i = 0; i < len && o + seplen + 2 < 32; i++) {
        if (i > 0 && (len - i) % 3 == 0) {
            memcpy(buf + o, sep, seplen);
            o += seplen;
        }
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
    return buf;
}

char *backup_plan_text(const struct restore_plan *p)
{
    struct buf b = { 0 };
    char n1[32], n2[32];
    int k;

    for (k = 0; k < kind_count(); k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        char *what = doc_format(P_(kd->count.one, kd->count.many, (unsigned long)p->from[k]),
                                grouped(p->from[k], n1));
        /* L10N: "12 cities will replace 6,012." (the records there now) */
        buf_printf(&b, _("%s will replace %s."), what, grouped(p->now[k], n2));
        buf_add(&b, "\n");
        free(what);
    }
    return buf_take(&b);
}

int backup_restore(struct app *a, struct restore_plan *p, struct ird_err *e)
{
    int tries;

    /* what is there now is kept beside it first; if another desk wrote
     * while it was copied, the copy is taken again, so that the kept one
     * holds every change the restore replaces */
    for (tries = 0;; tries++) {
        int64_t v = store_data_version(a->store);
        if (backup_beside(a, "before-restore", &p->kept, e) < 0)
            return -1;
        if (store_data_version(a->store) == v)
            break;
        if (tries == 2)
            return ird_fail(e, IRD_STORE, _("Other desks kept writing while the database was "
                                            "copied before the restore: nothing was restored. "
                                            "Try again."));
    }
    return store_replace(a->store, p->stage, e);
}

void backup_plan_fini(struct restore_plan *p)
{
    if (p != NULL) {
        store_close(&p->stage);
        free(p->kept);
        p->kept = NULL;
    }
}

int backup_restore_file(struct app *a, const char *path, struct ird_err *e)
{
    struct restore_plan p;
    int rc;

    if (backup_plan(a, path, &p, e) < 0)
        return -1;
    rc = backup_restore(a, &p, e);
    backup_plan_fini(&p);
    return rc;
}

int backup_check_file(const char *path, char **report, struct ird_err *e)
{
    struct store *s = NULL;
    int n;

    *report = NULL;
    if (store_stage(path, &s, e) < 0)
        return -1;
    n = store_check(s, report, e);
    store_close(&s);
    return n;
}

int backup_may_create(const char *path, struct ird_err *e)
{
    struct stat sb;
    size_t n = strlen(path);

    if (n > 0 && path[n - 1] == '/')
        return ird_fail(e, IRD_IO, _("%s names a directory, not a database file."), path);
    if (lstat(path, &sb) != 0) {
        if (errno == ENOENT)
            return 0;
        return ird_fail(e, IRD_IO, _("Cannot write %s: %s."), path, strerror(errno));
    }
    if (S_ISDIR(sb.st_mode))
        return ird_fail(e, IRD_IO, _("%s is a directory: nothing was written."), path);
    if (S_ISLNK(sb.st_mode))
        return ird_fail(e, IRD_IO, _("%s is a symbolic link: nothing was written."), path);
    if (!S_ISREG(sb.st_mode))
        return ird_fail(e, IRD_IO, _("%s is not a regular file, not an irdesk database."), path);
    if (sb.st_size > 0)
        return ird_fail(e, IRD_IO, _("%s exists already: nothing was done."), path);
    return 0;
}

int backup_copy(const char *from, const char *to, struct ird_err *e)
{
    struct outfile_opts opt = { 0, 0600, from, NULL };
    struct store *s = NULL;
    struct outfile o;
    struct stat sb;
    int rc = -1;

    /* into a server database: its rows, in one transaction */
    if (store_is_server(to)) {
        if (store_stage(from, &s, e) == 0 && check_clean(s, from, e) == 0)
            rc = store_copy_to_server(s, to, e);
        store_close(&s);
        return rc;
    }
    if (backup_may_create(to, e) < 0)
        return -1;
    /* an empty file is replaced; anything else under the name is refused */
    if (lstat(to, &sb) != 0)
        opt.flags |= OUTFILE_NO_REPLACE;
    if (store_stage(from, &s, e) < 0 || check_clean(s, from, e) < 0)
        goto out;
    if (outfile_open(&o, to, &opt, e) < 0)
        goto out;
    if (store_backup_into(s, o.tmp, to, e) < 0) {
        outfile_abort(&o);
        goto out;
    }
    rc = outfile_commit(&o, e);
out:
    store_close(&s);
    return rc;
}
