#include "core/backup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/app.h"
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

int backup_beside(struct app *a, const char *what, struct ird_err *e)
{
    char *path = NULL;
    struct stat sb;
    int n;

    for (n = 1; n < 1000; n++) {
        free(path);
        path = n == 1 ? xasprintf("%s.%s-backup", a->db_path, what)
                      : xasprintf("%s.%s-backup-%d", a->db_path, what, n);
        if (lstat(path, &sb) != 0)
            break;
    }
    n = backup_make(a, path, 0, e);
    free(path);
    return n;
}

static int count_all(struct store *s, long counts[KIND_COUNT], struct ird_err *e)
{
    int k;

    for (k = 0; k < KIND_COUNT; k++) {
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

int backup_plan(struct app *a, const char *path, struct restore_plan *p, struct ird_err *e)
{
    memset(p, 0, sizeof *p);
    if (store_readonly(a->store))
        return ird_fail(e, IRD_READONLY, _("The database %s is open read-only: nothing was saved."),
                        a->db_path);
    if (store_stage(path, &p->stage, e) < 0 || check_clean(p->stage, path, e) < 0 ||
        count_all(p->stage, p->from, e) < 0 || count_all(a->store, p->now, e) < 0) {
        backup_plan_fini(p);
        return -1;
    }
    return 0;
}

char *backup_plan_text(const struct restore_plan *p)
{
    struct buf b = { 0 };
    int k;

    for (k = 0; k < KIND_COUNT; k++) {
        /* L10N: a kind's name (the pane's), then two counts of records */
        buf_printf(&b, _("%s: %ld will replace %ld."), _(kind_get((enum kind_id)k)->plural),
                   p->from[k], p->now[k]);
        buf_add(&b, "\n");
    }
    return buf_take(&b);
}

int backup_restore(struct app *a, struct restore_plan *p, struct ird_err *e)
{
    /* what is there now is kept beside it first */
    if (backup_beside(a, "before-restore", e) < 0)
        return -1;
    return store_replace(a->store, p->stage, e);
}

void backup_plan_fini(struct restore_plan *p)
{
    if (p != NULL)
        store_close(&p->stage);
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

    if (lstat(path, &sb) != 0)
        return 0;
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
