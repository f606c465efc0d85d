#include "core/import.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/app.h"
#include "core/csv.h"
#include "core/desk.h"
#include "core/import_int.h"
#include "core/spool.h"
#include "i18n/i18n.h"
#include "lib/conv.h"
#include "lib/mem.h"
#include "lib/text.h"

/* Where the rows come from, read once for checking and once for writing:
 * an open file, or text in memory (given, or the file converted). */
struct source {
    int fd;            /* -1: text */
    const char *text;
    size_t len;
    char *conv;        /* owned: the file converted to UTF-8 */
    unsigned flags;    /* csv_reader flags */
};

static int is_utf8(const char *charset)
{
    return charset == NULL || strcasecmp(charset, "UTF-8") == 0 ||
           strcasecmp(charset, "UTF8") == 0;
}

/* The whole file at fd, for a character set iconv must convert. */
static char *slurp(int fd, size_t *len, struct ird_err *e)
{
    struct buf b = { 0 };
    char chunk[65536];
    ssize_t got;

    while ((got = read(fd, chunk, sizeof chunk)) != 0) {
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            buf_fini(&b);
            ird_fail(e, IRD_IO, _("The file cannot be read: %s."), strerror(errno));
            return NULL;
        }
        buf_addn(&b, chunk, (size_t)got);
    }
    *len = b.len;
    return b.s != NULL ? buf_take(&b) : xstrdup("");
}

/* A named character set: the text converted to UTF-8 into src. */
static int convert(struct source *src, const char *charset, const char *data, size_t len,
                   struct ird_err *e)
{
    size_t bad = 0, n = 0;

    if (!conv_charset_ok(charset))
        return ird_fail(e, IRD_INVALID, _("The character set \"%s\" is unknown."), charset);
    src->conv = conv_from(charset, data, len, &n, &bad);
    if (src->conv == NULL)
        return ird_fail(e, IRD_INVALID, _("Line %zu cannot be read as %s."), bad, charset);
    src->text = src->conv;
    src->len = n;
    src->fd = -1;
    return 0;
}

static int reader_open(struct source *src, struct csv_reader *r, struct ird_err *e)
{
    if (src->fd < 0) {
        csv_reader_mem(r, src->text, src->len, src->flags);
        return 0;
    }
    if (lseek(src->fd, 0, SEEK_SET) < 0)
        return ird_fail(e, IRD_IO, _("The file cannot be read: %s."), strerror(errno));
    return csv_reader_fd(r, src->fd, src->flags, e);
}

/* One pass over the rows: checking, or (run->writing) writing them. */
static int pass(struct import_run *run, struct source *src, struct ird_err *e)
{
    struct csv_reader r;
    struct csv_row row;
    int got, rc = -1;

    if (reader_open(src, &r, e) < 0)
        return -1;
    got = csv_next(&r, &row, e);
    if (got == 0)
        ird_fail(e, IRD_INVALID, "%s", _("The file is empty: it has no header row."));
    if (got <= 0)
        goto out;
    if (!run->writing && r.bom)
        run->res->encoding = _("UTF-8 with a byte order mark");
    if (!run->writing && import_header(run, &row, e) < 0)
        goto out;
    while ((got = csv_next(&r, &row, e)) > 0) {
        int row_rc = import_row(run, &row);
        if (row_rc == -2) {
            *e = run->fatal;
            goto out;
        }
        if (row_rc < 0 && run->writing) {
            ird_fail(e, IRD_STALE, "%s",
                     _("A record changed while the file was being checked: nothing was "
                       "imported. Import the file again."));
            goto out;
        }
        run->res->refused += row_rc < 0;
    }
    rc = got;
out:
    csv_reader_fini(&r);
    return rc;
}

static double seconds(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* How long the import waits for another desk's write: o->wait_seconds, 60
 * by default. */
static int wait_of(const struct import_run *run)
{
    return run->o->wait_seconds > 0 ? run->o->wait_seconds : 60;
}

/* The store's busy handler calls this once, after a second of waiting. */
static void say_waiting(void *ctx)
{
    struct import_run *run = ctx;

    import_say(run, IMPORT_WAIT, _("Waiting for another desk to finish writing (at most %d s)…"),
               wait_of(run));
}

/* Start the transaction, waiting (and saying so) while another desk
 * writes, at most wait_of(run): the store's own busy handler waits. */
static int begin_waiting(struct import_run *run, struct ird_err *e)
{
    int wait = wait_of(run), rc;
    double t0 = seconds();

    desk_on_busy(run->a, wait, say_waiting, run);
    rc = desk_begin_bulk(run->a, e);
    desk_on_busy(run->a, 5, NULL, NULL); /* the command line's wait again */
    if (rc < 0 && seconds() - t0 >= wait)
        return ird_fail(e, IRD_STORE,
                        _("Another desk kept the database busy for %d s: nothing was "
                          "imported. Try again later."),
                        wait);
    return rc;
}

static int write_all(struct import_run *run, struct source *src, struct ird_err *e)
{
    struct import_result *res = run->res;

    /* the titles were for the checks */
    free(run->titles.slot);
    memset(&run->titles, 0, sizeof run->titles);
    if (begin_waiting(run, e) < 0)
        return -1;
    /* the check counted the new records: the store may prepare for them */
    desk_bulk_expect(run->a, res->created);
    res->created = res->updated = res->unchanged = 0;
    run->writing = 1;
    app_now(run->a, run->now);
    run->note = _("imported");
    /* a file of new records only is written from the spool alone; one
     * that changes stored records is read again, row by row */
    if (spool_rewind(run->spool, e) < 0 ||
        (run->with_id == 0 ? import_spooled(run, e) : pass(run, src, e)) < 0) {
        desk_rollback(run->a);
        return -1;
    }
    return desk_commit(run->a, e);
}

/* The message made harmless: it may quote the file. */
static int visible_fail(struct ird_err *e)
{
    char *v = text_visible(e->msg, 1);

    snprintf(e->msg, sizeof e->msg, "%s", v);
    free(v);
    return -1;
}

static int run_import(struct app *a, struct source *src, const struct import_opts *o,
                      struct import_result *res, struct ird_err *e)
{
    struct import_run run;
    int rc = -1;

    memset(&run, 0, sizeof run);
    run.a = a;
    run.k = kind_get(o->kind);
    run.o = o;
    run.res = res;
    run.charset = is_utf8(o->encoding) ? NULL : o->encoding;
    if (!o->dry_run && (run.spool = spool_new(e)) == NULL)
        goto out;
    if (import_titles_load(&run, e) < 0 || pass(&run, src, e) < 0)
        goto out;
    if (res->refused > 0) {
        ird_fail(e, IRD_INVALID,
                 P_("%ld row is wrong: nothing was imported.",
                    "%ld rows are wrong: nothing was imported.", res->refused),
                 res->refused);
        goto out;
    }
    rc = o->dry_run ? 0 : write_all(&run, src, e);
out:
    import_run_fini(&run);
    return rc < 0 ? visible_fail(e) : 0;
}

static void start(struct source *src, const struct import_opts *o, struct import_result *res)
{
    memset(res, 0, sizeof *res);
    memset(src, 0, sizeof *src);
    src->fd = -1;
    src->flags = is_utf8(o->encoding) ? CSV_UTF8 | CSV_SKIP_BOM : 0;
    res->encoding = is_utf8(o->encoding) ? "UTF-8" : o->encoding;
}

int import_text(struct app *a, const char *data, size_t len, const struct import_opts *o,
                struct import_result *res, struct ird_err *e)
{
    struct source src;
    int rc;

    start(&src, o, res);
    if (app_readonly(a))
        return ird_fail(e, IRD_READONLY, "%s", ird_code_text(IRD_READONLY));
    src.text = data;
    src.len = len;
    if (!is_utf8(o->encoding) && convert(&src, o->encoding, data, len, e) < 0)
        return -1;
    rc = run_import(a, &src, o, res, e);
    free(src.conv);
    return rc;
}

/* The file at path opened for reading, when it is a regular file. */
static int open_regular(const char *path, struct ird_err *e)
{
    struct stat st;
    int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);

    if (fd < 0)
        return ird_fail(e, IRD_IO, _("Cannot read %s: %s."), path, strerror(errno));
    if (fstat(fd, &st) < 0) {
        ird_fail(e, IRD_IO, _("Cannot read %s: %s."), path, strerror(errno));
        close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode))
            ird_fail(e, IRD_IO, _("%s is a directory, not a CSV file."), path);
        else
            ird_fail(e, IRD_IO, _("%s is not a regular file: only a file can be imported."),
                     path);
        close(fd);
        return -1;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

int import_file(struct app *a, const char *path, const struct import_opts *o,
                struct import_result *res, struct ird_err *e)
{
    struct source src;
    char *data = NULL;
    size_t len = 0;
    int rc = -1;

    start(&src, o, res);
    if (app_readonly(a))
        return ird_fail(e, IRD_READONLY, "%s", ird_code_text(IRD_READONLY));
    src.fd = open_regular(path, e);
    if (src.fd < 0)
        return visible_fail(e);
    if (!is_utf8(o->encoding)) {
        data = slurp(src.fd, &len, e);
        close(src.fd);
        src.fd = -1;
        if (data == NULL || convert(&src, o->encoding, data, len, e) < 0)
            goto out;
    }
    rc = run_import(a, &src, o, res, e);
out:
    if (src.fd >= 0)
        close(src.fd);
    free(data);
    free(src.conv);
    return rc;
}
