#include "tests/unit/helpers.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <dirent.h>
#include <time.h>
#include <unistd.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/import.h"
#include "lib/mem.h"
#include "model/record.h"
#include "i18n/i18n.h"

/* ---- files and directories ---------------------------------------------- */

char *test_tmpdir(void)
{
    char tmpl[] = "/tmp/irdesk-test-XXXXXX";

    if (mkdtemp(tmpl) == NULL) {
        print_error("mkdtemp: %s\n", strerror(errno));
        fail();
    }
    return xstrdup(tmpl);
}

static int make_writable(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)ftw;
    if (type == FTW_D || type == FTW_DNR)
        chmod(path, (sb->st_mode & 07777) | 0700);
    return 0;
}

static int remove_one(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)sb;
    (void)type;
    (void)ftw;
    return remove(path) == 0 || errno == ENOENT ? 0 : -1;
}

int test_rmtree(const char *path)
{
    if (path == NULL || !test_exists(path))
        return 0;
    nftw(path, make_writable, 16, FTW_PHYS);
    return nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

char *test_path(const char *dir, const char *name)
{
    return xasprintf("%s/%s", dir, name);
}

char *test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    struct buf b = { 0 };
    char chunk[4096];
    size_t n;

    if (len != NULL)
        *len = 0;
    if (f == NULL)
        return NULL;
    buf_add(&b, "");
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_addn(&b, chunk, n);
    fclose(f);
    if (len != NULL)
        *len = b.len;
    return buf_take(&b);
}

void test_write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");

    if (f == NULL || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        print_error("cannot write %s: %s\n", path, strerror(errno));
        fail();
    }
}

int test_exists(const char *path)
{
    struct stat sb;

    return lstat(path, &sb) == 0;
}

int test_dir_entries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    int n = 0;

    if (d == NULL)
        return -1;
    while ((de = readdir(d)) != NULL)
        if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
            n++;
    closedir(d);
    return n;
}

/* ---- memory a failing assert would leak ----------------------------------- */

static struct {
    void **p;
    size_t n, cap;
} gc;

void *test_gc(void *p)
{
    if (p == NULL)
        return NULL;
    if (gc.n == gc.cap) {
        gc.cap = gc.cap ? gc.cap * 2 : 32;
        gc.p = xrealloc(gc.p, gc.cap * sizeof *gc.p);
    }
    gc.p[gc.n++] = p;
    return p;
}

void test_gc_free(void)
{
    size_t i;

    for (i = 0; i < gc.n; i++)
        free(gc.p[i]);
    free(gc.p);
    gc.p = NULL;
    gc.n = gc.cap = 0;
}

/* ---- the fixture ---------------------------------------------------------- */

struct app *test_app_open(const char *db, int readonly, struct ird_err *e)
{
    struct app_opts o = { db, readonly, 0, NULL };
    struct app *a = NULL;

    if (app_open(&o, &a, e) < 0)
        return NULL;
    snprintf(a->fixed_now, sizeof a->fixed_now, "%s", TEST_NOW);
    snprintf(a->user, sizeof a->user, "%s", "tester");
    return a;
}

int fx_setup_dir(void **state)
{
    struct fx *f = xcalloc(1, sizeof *f);

    f->dir = test_tmpdir();
    f->db = test_path(f->dir, "irdesk.db");
    *state = f;
    return 0;
}

int fx_setup(void **state)
{
    struct ird_err e = { 0 };
    const char *url = getenv("IRDESK_TEST_DB_URL"), *reset = getenv("IRDESK_TEST_DB_RESET");
    struct fx *f;

    fx_setup_dir(state);
    f = *state;
    /* the same tests on a server database: made again for each test (from
     * a template database) by the command IRDESK_TEST_DB_RESET */
    if (url != NULL && *url != '\0') {
        if (reset == NULL || system(reset) != 0) {
            print_error("fixture: cannot make the server database again (%s)\n",
                        reset ? reset : "IRDESK_TEST_DB_RESET is not set");
            return -1;
        }
        free(f->db);
        f->db = xstrdup(url);
    }
    f->a = test_app_open(f->db, 0, &e);
    if (f->a == NULL) {
        print_error("fixture: cannot open %s: %s\n", f->db, e.msg);
        return -1;
    }
    return 0;
}

int fx_teardown(void **state)
{
    struct fx *f = *state;

    if (f == NULL)
        return 0;
    test_gc_free();
    app_close(&f->a);
    test_rmtree(f->dir);
    free(f->dir);
    free(f->db);
    free(f);
    *state = NULL;
    return 0;
}

/* ---- reading what the database holds ------------------------------------ */

static char *next_buf(void)
{
    static char bufs[8][16384];
    static int i;

    i = (i + 1) % 8;
    return bufs[i];
}

const char *test_value(struct app *a, enum kind_id k, int64_t id, const char *field)
{
    struct record *r = NULL;
    struct ird_err e = { 0 };
    char *b = next_buf();
    int i;

    if (desk_get(a, k, id, &r, &e) < 0)
        return "<MISSING>";
    if (strcmp(field, "status") == 0) {
        snprintf(b, 16384, "%s", r->status);
    } else if (strcmp(field, "version") == 0) {
        snprintf(b, 16384, "%lld", (long long)r->version);
    } else if (strcmp(field, "archived") == 0) {
        snprintf(b, 16384, "%d", r->archived);
    } else {
        i = kind_field(r->kind, field);
        if (i < 0) {
            record_free(&r);
            print_error("test_value: %s has no field '%s'\n", kind_get(k)->code, field);
            fail();
        }
        snprintf(b, 16384, "%s", r->val[i] != NULL ? r->val[i] : "<NULL>");
    }
    record_free(&r);
    return b;
}

const char *test_status_of(struct app *a, enum kind_id k, int64_t id)
{
    return test_value(a, k, id, "status");
}

int64_t test_version_of(struct app *a, enum kind_id k, int64_t id)
{
    return strtoll(test_value(a, k, id, "version"), NULL, 10);
}

long test_history_count(struct app *a, enum kind_id k, int64_t id)
{
    struct hist *h = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;

    if (desk_history(a, k, id, 0, -1, &h, &n, &e) < 0) {
        print_error("history: %s\n", e.msg);
        fail();
    }
    hist_list_free(h, n);
    return (long)n;
}

long test_count(struct app *a, enum kind_id k, const char *status, const char *search,
                int archived)
{
    struct query q = { k, status, search, -1, 0, archived };
    struct ird_err e = { 0 };
    long n = -1;

    if (desk_count(a, &q, &n, &e) < 0) {
        print_error("count: %s\n", e.msg);
        fail();
    }
    return n;
}

size_t test_search_ids(struct app *a, enum kind_id k, const char *search, int64_t *ids,
                       size_t max)
{
    struct query q = { k, NULL, search, -1, 0, 0 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;

    if (desk_list(a, &q, 0, -1, &rs, &n, &e) < 0) {
        print_error("list: %s\n", e.msg);
        fail();
    }
    for (i = 0; i < n && i < max; i++)
        ids[i] = rs[i]->id;
    record_list_free(rs, n);
    return n;
}

/* ---- running a program ---------------------------------------------------- */

static void drain(int *fd, struct buf *b)
{
    char chunk[4096];
    ssize_t n = read(*fd, chunk, sizeof chunk);

    if (n > 0) {
        buf_addn(b, chunk, (size_t)n);
    } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        close(*fd);
        *fd = -1;
    }
}

int test_run(const char *const *argv, const char *const *envp, struct run *r)
{
    int out[2], err[2], st = 0;
    struct buf bo = { 0 }, be = { 0 };
    time_t deadline = time(NULL) + 30;
    pid_t pid;

    memset(r, 0, sizeof *r);
    if (pipe(out) != 0)
        return -1;
    if (pipe(err) != 0) {
        close(out[0]);
        close(out[1]);
        return -1;
    }
    pid = fork();
    if (pid < 0) {
        close(out[0]);
        close(out[1]);
        close(err[0]);
        close(err[1]);
        return -1;
    }
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY);
        if (in >= 0)
            dup2(in, 0);
        dup2(out[1], 1);
        dup2(err[1], 2);
        close(out[0]);
        close(err[0]);
        /* execve's prototype predates const: the strings are not changed */
        execve(argv[0], (char *const *)(uintptr_t)argv, (char *const *)(uintptr_t)envp);
        _exit(127);
    }
    close(out[1]);
    close(err[1]);
    buf_add(&bo, "");
    buf_add(&be, "");
    while (out[0] >= 0 || err[0] >= 0) {
        struct pollfd p[2] = { { out[0], POLLIN, 0 }, { err[0], POLLIN, 0 } };
        int rc = poll(p, 2, 1000);
        if (rc < 0 && errno != EINTR)
            break;
        if (p[0].revents != 0 && out[0] >= 0)
            drain(&out[0], &bo);
        if (p[1].revents != 0 && err[0] >= 0)
            drain(&err[0], &be);
        if (time(NULL) > deadline) {
            kill(pid, SIGKILL);
            buf_add(&be, "\n[test_run: killed after 30 s]\n");
            break;
        }
    }
    if (out[0] >= 0)
        close(out[0]);
    if (err[0] >= 0)
        close(err[0]);
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
    r->out = buf_take(&bo);
    r->err = buf_take(&be);
    return 0;
}

void test_run_free(struct run *r)
{
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

/* ---- domain asserts -------------------------------------------------------- */

const char *test_code_name(enum ird_code c)
{
    static const char *const names[] = {
#define X(id, text) "IRD_" #id,
        IRD_ERRORS(X)
#undef X
    };

    return (unsigned)c < IRD_CODE_COUNT ? names[c] : "IRD_?";
}

void test_assert_ok(int rc, const struct ird_err *e, const char *expr, const char *file,
                    int line)
{
    if (rc == 0)
        return;
    print_error("%s returned %d: %s: %s\n", expr, rc, e ? test_code_name(e->code) : "?",
                e ? e->msg : "");
    _fail(file, line);
}

void test_assert_fails(int rc, const struct ird_err *e, enum ird_code want, const char *expr,
                       const char *file, int line)
{
    if (rc == -1 && e->code == want)
        return;
    if (rc != -1)
        print_error("%s returned %d, expected -1 with %s\n", expr, rc, test_code_name(want));
    else
        print_error("%s failed with %s (\"%s\"), expected %s\n", expr, test_code_name(e->code),
                    e->msg, test_code_name(want));
    _fail(file, line);
}

void test_assert_contains(const char *hay, const char *needle, int want, const char *file,
                          int line)
{
    int has = hay != NULL && needle != NULL && strstr(hay, needle) != NULL;

    if (has == want)
        return;
    print_error("expected %s\"%s\" in:\n---\n%s\n---\n", want ? "" : "NO ",
                needle ? needle : "(null)", hay ? hay : "(null)");
    _fail(file, line);
}

void test_filter_args(int argc, char **argv)
{
    int i;

    for (i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], "-t") == 0)
            cmocka_set_test_filter(argv[i + 1]);
}

int test_setup_en(void **state)
{
    (void)state;
    i18n_init("en");
    return 0;
}

int test_setup_nl(void **state)
{
    (void)state;
    i18n_init("nl");
    return 0;
}

int test_teardown_en(void **state)
{
    (void)state;
    i18n_set("en");
    return 0;
}

/* sql run on the server database db through psql (the same tests on
 * PostgreSQL: IRDESK_TEST_DB_URL); its output's first line into out. */
static int server_sql(const char *db, const char *sql, char *out, size_t size)
{
    char *cmd = xasprintf("psql -X -q -At -v ON_ERROR_STOP=1 -d '%s' >'%s.out' 2>&1", db,
                          getenv("IRDESK_TEST_SQL_TMP") ? getenv("IRDESK_TEST_SQL_TMP")
                                                        : "/tmp/irdesk-test-sql");
    char *file = xasprintf("%s.out", getenv("IRDESK_TEST_SQL_TMP") ? getenv("IRDESK_TEST_SQL_TMP")
                                                                    : "/tmp/irdesk-test-sql");
    FILE *p = popen(cmd, "w"), *f;
    int rc;

    fputs(sql, p);
    rc = pclose(p);
    out[0] = '\0';
    if ((f = fopen(file, "r")) != NULL) {
        if (fgets(out, (int)size, f) != NULL)
            out[strcspn(out, "\n")] = '\0';
        fclose(f);
    }
    if (rc != 0)
        print_error("%s: %s\n", sql, out);
    free(cmd);
    free(file);
    return rc == 0 ? 0 : -1;
}

int test_on_server(const char *db)
{
    return strncmp(db, "postgresql://", 13) == 0;
}

void test_sql_exec(const char *db, const char *sql)
{
    sqlite3 *h = NULL;
    char *msg = NULL, line[256];
    int rc;

    if (strncmp(db, "postgresql://", 13) == 0) {
        assert_int_equal(server_sql(db, sql, line, sizeof line), 0);
        return;
    }
    rc = sqlite3_open(db, &h);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(h, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK)
        print_error("%s: %s\n", sql, msg ? msg : sqlite3_errmsg(h));
    sqlite3_free(msg);
    sqlite3_close(h);
    assert_int_equal(rc, SQLITE_OK);
}

long long test_sql_int(const char *db, const char *sql)
{
    sqlite3 *h = NULL;
    sqlite3_stmt *st = NULL;
    long long v = -1;
    int ok = 0;
    char line[256];

    if (strncmp(db, "postgresql://", 13) == 0) {
        ok = server_sql(db, sql, line, sizeof line) == 0 && line[0] != '\0';
        assert_true(ok);
        return strtoll(line, NULL, 10);
    }
    if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        v = sqlite3_column_int64(st, 0);
        ok = 1;
    } else {
        print_error("%s: %s\n", sql, sqlite3_errmsg(h));
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
    assert_true(ok);
    return v;
}

/* ---- shared tools of the store and exchange tests ------------------------- */

struct fx *test_fx_of(void **state)
{
    return *state;
}

struct app *test_app_of(void **state)
{
    return ((struct fx *)*state)->a;
}

struct record *test_get(struct app *a, enum kind_id k, int64_t id)
{
    struct record *r = NULL;
    struct ird_err e = { 0 };

    assert_ok(desk_get(a, k, id, &r, &e), &e);
    return r;
}

void test_set(struct record *r, const char *field, const char *v)
{
    int i = kind_field(r->kind, field);

    assert_true(i >= 0);
    record_set(r, i, v);
}

void test_save_field(struct app *a, enum kind_id k, int64_t id, const char *field,
                     const char *v)
{
    struct record *r = test_get(a, k, id);
    struct ird_err e = { 0 };
    int bad = -1, rc;

    test_set(r, field, v);
    rc = desk_save(a, r, &bad, &e);
    record_free(&r);
    assert_ok(rc, &e);
}

char *test_repeat(const char *s, size_t times)
{
    struct buf b = { 0 };
    size_t i;

    buf_add(&b, "");
    for (i = 0; i < times; i++)
        buf_add(&b, s);
    return buf_take(&b);
}

char *test_export_of(struct app *a, int kind, enum export_format fmt, int excel_be,
                     int history, size_t *len, size_t *lost)
{
    struct export_opts o = { kind, fmt, excel_be, history, 0 };
    struct ird_err e = { 0 };
    char *out = NULL;
    size_t n = 0, l = 0;

    assert_ok(exchange_export(a, &o, &out, &n, &l, &e), &e);
    assert_non_null(out);
    test_gc(out);
    if (len != NULL)
        *len = n;
    if (lost != NULL)
        *lost = l;
    return out;
}

/* The refused rows' lines, one a line. */
static void collect_problems(void *ctx, enum import_say what, const char *line)
{
    if (what == IMPORT_PROBLEM) {
        buf_add(ctx, line);
        buf_add(ctx, "\n");
    }
}

int test_import(struct app *a, enum kind_id k, const char *data, size_t len,
                const char *encoding, int dry_run, struct import_result *res, char **report,
                struct ird_err *e)
{
    struct buf rep = { 0 };
    struct import_opts o = { k, encoding, dry_run, 0, 0, collect_problems, &rep };
    int rc = import_text(a, data, len, &o, res, e);
    char *text = rep.s != NULL ? test_gc(buf_take(&rep)) : NULL;

    if (report != NULL)
        *report = text;
    return rc;
}

int test_import_str(struct app *a, enum kind_id k, const char *csv, int dry_run,
                    struct import_result *res, char **report, struct ird_err *e)
{
    return test_import(a, k, csv, strlen(csv), NULL, dry_run, res, report, e);
}

void test_take(struct app *a, enum kind_id k, struct test_snapshot *s)
{
    struct query q = { k, NULL, NULL, -1, 0, 1 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    struct buf b = { 0 };
    size_t n = 0, i;
    int f;

    assert_ok(desk_count(a, &q, &s->count, &e), &e);
    assert_ok(desk_list(a, &q, 0, -1, &rs, &n, &e), &e);
    assert_int_equal((long)n, s->count);
    s->history = 0;
    buf_add(&b, "");
    for (i = 0; i < n; i++) {
        s->history += test_history_count(a, k, rs[i]->id);
        buf_printf(&b, "%lld v%lld %s %d", (long long)rs[i]->id, (long long)rs[i]->version,
                   rs[i]->status, rs[i]->archived);
        for (f = 0; f < kind_get(k)->nfields; f++)
            buf_printf(&b, "|%s", rs[i]->val[f] ? rs[i]->val[f] : "<NULL>");
        buf_add(&b, "\n");
    }
    record_list_free(rs, n);
    s->text = test_gc(buf_take(&b));
}

void test_expect_same(struct app *a, enum kind_id k, const struct test_snapshot *before)
{
    struct test_snapshot now;

    test_take(a, k, &now);
    assert_int_equal(now.count, before->count);
    assert_int_equal(now.history, before->history);
    assert_string_equal(now.text, before->text);
}

void test_take_all(struct app *a, struct test_snapshot s[KIND_COUNT])
{
    int k;

    for (k = 0; k < KIND_COUNT; k++)
        test_take(a, (enum kind_id)k, &s[k]);
}

void test_expect_all_same(struct app *a, const struct test_snapshot s[KIND_COUNT])
{
    int k;

    for (k = 0; k < KIND_COUNT; k++)
        test_expect_same(a, (enum kind_id)k, &s[k]);
}

void test_expect_check_clean(struct app *a)
{
    struct ird_err e = { 0 };
    char *report = NULL;
    int n = desk_check(a, &report, &e);

    test_gc(report);
    if (n != 0)
        print_error("check: %d\n%s\n%s\n", n, report ? report : "", e.msg);
    assert_int_equal(n, 0);
    assert_null(report);
}

struct hist *test_last_hist(struct app *a, enum kind_id k, int64_t id)
{
    struct hist *h = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;

    assert_ok(desk_history(a, k, id, 0, 1, &h, &n, &e), &e);
    assert_int_equal(n, 1);
    return h;
}

/* $IRDESK, the binary under test; fails the test when unset. */
const char *test_irdesk_path(void)
{
    const char *p = getenv("IRDESK");

    if (p == NULL || *p == '\0') {
        print_error("IRDESK is not set: run through 'make check-unit', or set IRDESK to the "
                    "irdesk binary\n");
        fail();
    }
    return p;
}

void test_cli(struct fx *f, struct run *r, ...)
{
    static const char *const pass[] = { "IRDESK_LOCALEDIR", "ASAN_OPTIONS", "UBSAN_OPTIONS",
                                        "LSAN_OPTIONS" };
    const char *argv[24], *envp[16];
    size_t n = 0, m = 0, i;
    const char *arg;
    va_list ap;

    argv[n++] = test_irdesk_path();
    argv[n++] = "--db";
    argv[n++] = f->db;
    va_start(ap, r);
    while ((arg = va_arg(ap, const char *)) != NULL && n < 23)
        argv[n++] = arg;
    va_end(ap);
    argv[n] = NULL;
    envp[m++] = "PATH=/usr/local/bin:/usr/bin:/bin";
    envp[m++] = "LC_ALL=C.UTF-8";
    envp[m++] = "LANGUAGE=en";
    envp[m++] = "IRDESK_NOW=" TEST_NOW;
    envp[m++] = test_gc(xasprintf("HOME=%s", f->dir));
    envp[m++] = test_gc(xasprintf("XDG_CONFIG_HOME=%s/config", f->dir));
    envp[m++] = test_gc(xasprintf("XDG_DATA_HOME=%s/data", f->dir));
    for (i = 0; i < sizeof pass / sizeof pass[0]; i++)
        if (getenv(pass[i]) != NULL)
            envp[m++] = test_gc(xasprintf("%s=%s", pass[i], getenv(pass[i])));
    envp[m] = NULL;
    assert_int_equal(test_run(argv, envp, r), 0);
    test_gc(r->out);
    test_gc(r->err);
}

void test_expect_exit(const struct run *r, int want, const char *what)
{
    if (r->status != want)
        print_error("%s: exit %d, want %d\n--- stdout:\n%s--- stderr:\n%s---\n", what,
                    r->status, want, r->out, r->err);
    assert_int_equal(r->status, want);
}

char *test_rows(const char *db, const char *sql)
{
    sqlite3 *h = NULL;
    sqlite3_stmt *st = NULL;
    struct buf b = { 0 };
    int i;

    assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
    buf_add(&b, "");
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (i = 0; i < sqlite3_column_count(st); i++) {
            const unsigned char *v = sqlite3_column_text(st, i);
            buf_printf(&b, "%s|", v != NULL ? (const char *)v : "<NULL>");
        }
        buf_add(&b, "\n");
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
    return test_gc(buf_take(&b));
}
