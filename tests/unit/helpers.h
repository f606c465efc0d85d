#ifndef IRDESK_TESTS_HELPERS_H
#define IRDESK_TESTS_HELPERS_H

/* Shared fixtures and domain asserts of the cmocka unit tests (libssh's
 * torture_cmocka.c style): temporary directories, a fresh seeded database
 * with a fixed clock, running a command, and asserts that print err.msg. */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "core/exchange.h"
#include "lib/err.h"
#include "model/kind.h"

struct app;

/* The clock of every fixture: what history lines written by tests carry. */
#define TEST_NOW "2025-03-01T10:00:00Z"

/* ---- files and directories ---------------------------------------------- */

/* A new empty directory under /tmp (mkdtemp); caller frees the string and
 * removes the directory with test_rmtree.  Fails the test when impossible. */
char *test_tmpdir(void);
/* rm -rf path (restores write permission on the way); 0 or -1. */
int test_rmtree(const char *path);
/* dir + "/" + name; caller frees. */
char *test_path(const char *dir, const char *name);
/* The whole file, NUL-terminated, length in *len (may be NULL); NULL when it
 * cannot be read.  Caller frees. */
char *test_read_file(const char *path, size_t *len);
/* Write (create or truncate) a file; fails the test on error. */
void test_write_file(const char *path, const char *data, size_t len);
/* 1 when something exists at path. */
int test_exists(const char *path);
/* Number of entries in a directory (without . and ..), or -1. */
int test_dir_entries(const char *dir);

/* ---- memory a failing assert would leak ---------------------------------- */

/* Keep p (malloc'd, may be NULL) until test_gc_free, which fx_teardown calls:
 * a failed assert jumps out of the test before its free().  Returns p. */
void *test_gc(void *p);
/* Every row of every column the query sql gives on the database file db,
 * a line a row, each value followed by '|' (NULL as <NULL>): what two
 * databases are compared by.  Kept until test_gc_free. */
char *test_rows(const char *db, const char *sql);
void test_gc_free(void);

/* ---- the fixture: a temporary, seeded database -------------------------- */

struct fx {
    char *dir;      /* temporary directory, removed by fx_teardown */
    char *db;       /* dir/irdesk.db */
    struct app *a;  /* open on db, clock TEST_NOW; NULL for fx_setup_dir */
};

/* cmocka setups: a temporary directory with a fresh seeded database and an
 * app on it (fx_setup), or only the directory (fx_setup_dir).  *state gets
 * the struct fx; fx_teardown closes and removes everything. */
int fx_setup(void **state);
int fx_setup_dir(void **state);
int fx_teardown(void **state);

/* Open another app on db (readonly when set), clock TEST_NOW; NULL with *e
 * filled on failure.  Close with app_close. */
struct app *test_app_open(const char *db, int readonly, struct ird_err *e);

/* ---- reading what the database holds ------------------------------------ */

/* Field 'field' (or "status", "version", "archived") of a record, as a
 * string in a rotating static buffer: "<NULL>" when empty, "<MISSING>" when
 * there is no such record.  Fails the test on an unknown field name. */
const char *test_value(struct app *a, enum kind_id k, int64_t id, const char *field);
const char *test_status_of(struct app *a, enum kind_id k, int64_t id);
int64_t test_version_of(struct app *a, enum kind_id k, int64_t id);
/* Number of history lines of a record. */
long test_history_count(struct app *a, enum kind_id k, int64_t id);
/* Number of records of kind k matching status/search (NULL: any). */
long test_count(struct app *a, enum kind_id k, const char *status, const char *search,
                int archived);
/* The ids matching a search, in id order, written to ids (at most max);
 * returns how many matched in all. */
size_t test_search_ids(struct app *a, enum kind_id k, const char *search, int64_t *ids,
                       size_t max);

/* ---- running a program ---------------------------------------------------- */

struct run {
    int status;  /* exit code; 128 + signal number when killed */
    char *out;   /* everything written to stdout, NUL-terminated */
    char *err;   /* everything written to stderr */
};

/* Run argv[0] (a path) with exactly the environment envp (NULL-terminated
 * "NAME=value" strings), stdin from /dev/null; wait at most 30 s.  0, or -1
 * when it could not be started.  Free with test_run_free. */
int test_run(const char *const *argv, const char *const *envp, struct run *r);
void test_run_free(struct run *r);

/* ---- domain asserts: on failure they print the error's message ----------- */

void test_assert_ok(int rc, const struct ird_err *e, const char *expr, const char *file,
                    int line);
void test_assert_fails(int rc, const struct ird_err *e, enum ird_code want, const char *expr,
                       const char *file, int line);
void test_assert_contains(const char *hay, const char *needle, int want, const char *file,
                          int line);

/* rc must be 0 (else e->msg is printed). */
#define assert_ok(rc, e) test_assert_ok((rc), (e), #rc, __FILE__, __LINE__)
/* rc must be -1 with e->code == code. */
#define assert_fails(rc, e, code) test_assert_fails((rc), (e), (code), #rc, __FILE__, __LINE__)
/* hay must (not) contain needle; both are printed on failure. */
#define assert_contains(hay, needle) test_assert_contains((hay), (needle), 1, __FILE__, __LINE__)
#define assert_not_contains(hay, needle) \
    test_assert_contains((hay), (needle), 0, __FILE__, __LINE__)

/* ---- group setups and raw SQL --------------------------------------------- */

/* cmocka group setups: English (or Dutch) catalogs and a UTF-8 locale;
 * the teardown switches back to English. */
int test_setup_en(void **state);
int test_setup_nl(void **state);
int test_teardown_en(void **state);

/* Raw SQL on a connection of its own (foreign keys off, as SQLite starts);
 * fails the test on error. */
void test_sql_exec(const char *db, const char *sql);
/* 1 when db names a server database (the suites on PostgreSQL). */
int test_on_server(const char *db);
/* One integer from SQL on a read-only connection of its own. */
long long test_sql_int(const char *db, const char *sql);

/* Name of an error code ("IRD_STALE"), for messages. */
const char *test_code_name(enum ird_code c);

/* Apply "-t PATTERN" (run only matching tests) from the command line; call
 * first in main. */
void test_filter_args(int argc, char **argv);

/* ---- shared tools of the store and exchange tests ------------------------- */

struct fx;
struct record;
struct hist;
struct import_result;

/* The fixture of a cmocka state. */
struct fx *test_fx_of(void **state);
/* The app of the fixture of a cmocka state. */
struct app *test_app_of(void **state);
/* Record id of kind k through the desk; fails the test when missing.  Free with record_free. */
struct record *test_get(struct app *a, enum kind_id k, int64_t id);
/* Set field (by name) of r to v; fails the test on an unknown field. */
void test_set(struct record *r, const char *field, const char *v);
/* Save one field of a record through the desk. */
void test_save_field(struct app *a, enum kind_id k, int64_t id, const char *field,
                     const char *v);
/* s repeated times times; caller frees. */
char *test_repeat(const char *s, size_t times);
/* The newest history line of a record; caller frees with hist_list_free. */
struct hist *test_last_hist(struct app *a, enum kind_id k, int64_t id);
/* An export (kept until teardown); its length in *len, lost characters in *lost (both may be NULL). */
char *test_export_of(struct app *a, int kind, enum export_format fmt, int excel_be,
                     int history, size_t *len, size_t *lost);
/* Import; the report of refused rows (NULL when none; may be NULL) is kept until teardown. */
int test_import(struct app *a, enum kind_id k, const char *data, size_t len,
                const char *encoding, int dry_run, struct import_result *res, char **report,
                struct ird_err *e);
/* test_import of a NUL-terminated text without an encoding. */
int test_import_str(struct app *a, enum kind_id k, const char *csv, int dry_run,
                    struct import_result *res, char **report, struct ird_err *e);

/* What a kind holds, in brief: its records (archived too), their versions
 * and history lines, and every field value, to see that nothing changed. */
struct test_snapshot {
    long count;
    long history;
    char *text;  /* every record's version, status, archive flag and fields */
};

/* Take the snapshot of kind k (its text kept until teardown). */
void test_take(struct app *a, enum kind_id k, struct test_snapshot *s);
/* Kind k must hold what before holds. */
void test_expect_same(struct app *a, enum kind_id k, const struct test_snapshot *before);
/* test_take of every kind. */
void test_take_all(struct app *a, struct test_snapshot s[KIND_COUNT]);
/* test_expect_same of every kind. */
void test_expect_all_same(struct app *a, const struct test_snapshot s[KIND_COUNT]);
/* desk_check must find nothing. */
void test_expect_check_clean(struct app *a);
/* Run irdesk --db <the fixture's database> with the arguments that follow
 * (up to NULL), in a clean English environment; output kept until teardown. */
void test_cli(struct fx *f, struct run *r, ...);
/* r must have exited with want; prints what, stdout and stderr otherwise. */
void test_expect_exit(const struct run *r, int want, const char *what);

/* $IRDESK, the binary under test; fails the test when unset. */
const char *test_irdesk_path(void);

#endif
