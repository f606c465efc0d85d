/* db/store_open.c and db/migrate.c: migrations of every older schema, and
 * files that are not what they should be (directories, text files, other
 * programs' databases, newer schemas, read-only files, FIFOs). */

#include "tests/unit/helpers.h"

#include <pwd.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/extra.h"
#include "model/kind.h"
#include "lib/mem.h"
#include "model/record.h"
#include "core/workflow.h"
#include "db/migrate.h"
#include "db/store.h"
#include "i18n/i18n.h"

/* ---- migrations ----------------------------------------------------------------- */

static void new_database_has_the_latest_schema(void **state)
{
    struct fx *f = *state;

    app_close(&f->a);
    assert_true(store_schema_version() >= 1);
    assert_int_equal(store_schema_version(), migrate_latest());
    assert_int_equal(test_sql_int(f->db, "PRAGMA user_version"), store_schema_version());
    /* WAL: other desks read while one writes */
    assert_int_equal(test_sql_int(f->db, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
}

/* An irdesk database as an older irdesk left it: schema version v, with one
 * city typed by hand when there is a city table. */
static void make_old_database(const char *path, int v, int with_row)
{
    sqlite3 *db = NULL;
    struct ird_err e = { 0 };

    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_ok(migrate_to(db, v, 0, &e), &e);
    if (with_row)
        assert_int_equal(sqlite3_exec(db,
                                      "INSERT INTO city (id, name_nl, country_nl, relation, since)"
                                      " VALUES (1, 'Kraków', 'Polen', 'partner', 1990)",
                                      NULL, NULL, NULL),
                         SQLITE_OK);
    sqlite3_close(db);
}

static void opens_a_database_of_every_older_version(void **state)
{
    struct fx *f = *state;
    int v, latest = store_schema_version();

    for (v = 0; v < latest; v++) {
        char name[32];
        char *path;
        struct store *s = NULL;
        struct ird_err e = { 0 };
        struct query q = { KIND_CITY, NULL, "krakow", -1, 0, 0 };
        struct query all = { KIND_CITY, NULL, NULL, -1, 0, 0 };
        struct record **rs = NULL;
        size_t n = 0;
        long count = -1;
        int rc;

        snprintf(name, sizeof name, "v%d.db", v);
        path = test_gc(test_path(f->dir, name));
        make_old_database(path, v, v >= 1);
        rc = store_open(path, 0, &s, &e);
        if (rc != 0)
            print_error("opening a version %d database\n", v);
        assert_ok(rc, &e);
        assert_ok(store_count(s, &all, &count, &e), &e);
        if (v >= 1) {
            /* upgraded, not seeded over: the row typed by hand is all there is */
            assert_int_equal(count, 1);
            assert_ok(store_list(s, &q, 0, -1, &rs, &n, &e), &e);
            if (n != 1)
                print_error("version %d: search 'krakow' found %zu\n", v, n);
            assert_int_equal(n, 1);
            assert_string_equal(rs[0]->val[kind_field(kind_get(KIND_CITY), "name_nl")],
                                "Kraków");
            record_list_free(rs, n);
        } else {
            /* version 0 and empty: a new database, seeded */
            assert_int_equal(count, 12);
        }
        store_close(&s);
        assert_int_equal(test_sql_int(path, "PRAGMA user_version"), latest);
    }
}

/* The ids of kind k that the store's search finds for words (at most 4). */
static size_t store_search(struct store *s, enum kind_id k, const char *words, int64_t *ids)
{
    struct query q = { k, NULL, words, -1, 0, 0 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;

    assert_ok(store_list(s, &q, 0, -1, &rs, &n, &e), &e);
    for (i = 0; i < n && i < 4; i++)
        ids[i] = rs[i]->id;
    record_list_free(rs, n);
    return n;
}

/* Schema 3 kept the search index's key in its rowid (id * 4 + kind); the
 * upgrade moves every entry to explicit kind and record-id columns, and the
 * index goes on following writes after it. */
static void a_version_3_database_upgraded_finds_its_city(void **state)
{
    struct fx *f = *state;
    char *path = test_gc(test_path(f->dir, "v3.db"));
    struct store *s = NULL;
    struct record *r = NULL;
    struct stamp st = { "2025-03-01T10:00:00Z", "test" };
    struct ird_err e = { 0 };
    int64_t ids[4] = { 0 };

    if (store_schema_version() < 4)
        skip();
    make_old_database(path, 3, 1);
    test_sql_exec(path, "INSERT INTO agreement (id, title, city_id, type)"
                        " VALUES (7, 'Samenwerkingsakkoord', 1, 'mou')");
    assert_int_equal(test_sql_int(path, "SELECT rowid FROM search WHERE search MATCH 'krakow'"),
                     1 * 4 + 0);
    assert_ok(store_open(path, STORE_KEEP_OLD, &s, &e), &e);
    assert_int_equal(store_version(s), 3);
    assert_ok(store_upgrade(s, &e), &e);
    assert_int_equal(store_version(s), store_schema_version());
    /* found, by its own name and (the agreement) by its city's */
    assert_int_equal(store_search(s, KIND_CITY, "krakow", ids), 1);
    assert_int_equal(ids[0], 1);
    assert_int_equal(store_search(s, KIND_AGREEMENT, "krakow", ids), 1);
    assert_int_equal(ids[0], 7);
    assert_int_equal(store_search(s, KIND_AGREEMENT, "samenwerking", ids), 1);
    assert_int_equal(store_search(s, KIND_CITY, "samenwerking", ids), 0);
    /* a rename after the upgrade: the old name is gone, the new one found,
     * for the city and for its agreement */
    assert_ok(store_get(s, KIND_CITY, 1, &r, &e), &e);
    record_set(r, kind_field(r->kind, "name_nl"), "Cracovië");
    assert_ok(store_save(s, r, &st, &e), &e);
    record_free(&r);
    assert_int_equal(store_search(s, KIND_CITY, "krakow", ids), 0);
    assert_int_equal(store_search(s, KIND_CITY, "cracovie", ids), 1);
    assert_int_equal(store_search(s, KIND_AGREEMENT, "cracovie", ids), 1);
    assert_int_equal(ids[0], 7);
    store_close(&s);
    /* each entry names its record in columns of its own */
    assert_int_equal(test_sql_int(path, "SELECT d.rec_id FROM search JOIN search_doc d"
                                        " ON d.id = search.rowid WHERE search MATCH 'cracovie'"
                                        " AND d.kind = 'city'"),
                     1);
    assert_int_equal(test_sql_int(path, "SELECT count(*) FROM search_doc"
                                        " WHERE kind IN ('city', 'agreement')"),
                     2);
    /* the old name lives on in the history only (which is searched too) */
    assert_int_equal(test_sql_int(path, "SELECT count(*) FROM search JOIN search_doc d"
                                        " ON d.id = search.rowid WHERE search MATCH 'krakow'"
                                        " AND d.kind <> 'history'"),
                     0);
}

static void reopening_changes_nothing(void **state)
{
    struct fx *f = *state;
    char *before, *after;
    size_t n1, n2;

    app_close(&f->a);
    before = test_gc(test_read_file(f->db, &n1));
    f->a = test_app_open(f->db, 0, NULL);
    assert_non_null(f->a);
    assert_int_equal(test_count(f->a, KIND_CITY, NULL, NULL, 0), 12);
    app_close(&f->a);
    after = test_gc(test_read_file(f->db, &n2));
    assert_int_equal(n1, n2);
    assert_memory_equal(before, after, n1);
}

static void readonly_refuses_a_database_that_needs_an_upgrade(void **state)
{
    struct fx *f = *state;
    char *path = test_gc(test_path(f->dir, "old.db")), *before, *after;
    struct store *s = NULL;
    struct ird_err e = { 0 };
    size_t n1, n2;

    if (store_schema_version() < 2)
        skip();
    make_old_database(path, store_schema_version() - 1, 1);
    before = test_gc(test_read_file(path, &n1));
    assert_fails(store_open(path, STORE_READONLY, &s, &e), &e, IRD_READONLY);
    assert_contains(e.msg, "upgrade");
    assert_null(s);
    after = test_gc(test_read_file(path, &n2));
    assert_int_equal(n1, n2);
    assert_memory_equal(before, after, n1);
}

static void noseed_database_stays_empty(void **state)
{
    struct fx *f = *state;
    struct app_opts o = { f->db, 0, 1, NULL };
    struct app *a = NULL;
    struct ird_err e = { 0 };

    assert_ok(app_open(&o, &a, &e), &e);
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 1), 0);
    assert_int_equal(test_count(a, KIND_INITIATIVE, NULL, NULL, 1), 0);
    app_close(&a);
}

/* ---- files that are not what they should be ------------------------------------------ */

static void missing_directory_is_named_and_nothing_created(void **state)
{
    struct fx *f = *state;
    char *dir = test_gc(test_path(f->dir, "nowhere"));
    char *db = test_gc(test_path(dir, "irdesk.db"));
    struct app *a;
    struct ird_err e = { 0 };

    a = test_app_open(db, 0, &e);
    assert_null(a);
    assert_int_equal(e.code, IRD_IO);
    assert_contains(e.msg, dir);
    assert_false(test_exists(dir));
    assert_int_equal(test_dir_entries(f->dir), 0);
}

static void unwritable_directory_is_refused(void **state)
{
    struct fx *f = *state;
    char *dir = test_gc(test_path(f->dir, "locked"));
    char *db = test_gc(test_path(dir, "irdesk.db"));
    struct app *a;
    struct ird_err e = { 0 };

    assert_int_equal(mkdir(dir, 0755), 0);
    assert_int_equal(chmod(dir, 0555), 0);
    if (access(dir, W_OK) == 0) {
        /* root (or CAP_DAC_OVERRIDE) writes anyway: nothing to refuse */
        print_message("[ SKIPPED  ] unwritable directory: running with uid %d, which may write "
                      "into a mode 0555 directory; the refusal cannot be observed here\n",
                      (int)getuid());
    } else {
        a = test_app_open(db, 0, &e);
        assert_null(a);
        assert_int_equal(e.code, IRD_IO);
        assert_contains(e.msg, dir);
        assert_int_equal(test_dir_entries(dir), 0);
    }
    chmod(dir, 0755);
}

static void a_directory_is_not_a_database(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };

    assert_null(test_app_open(f->dir, 0, &e));
    assert_int_equal(e.code, IRD_IO);
    assert_contains(e.msg, f->dir);
}

static void expect_refused_unchanged(const char *dir, const char *path, const char *in_msg)
{
    char *before, *after;
    size_t n1, n2;
    struct ird_err e = { 0 };
    struct app *a;
    int entries = test_dir_entries(dir), opened;

    before = test_gc(test_read_file(path, &n1));
    assert_non_null(before);
    a = test_app_open(path, 0, &e);
    opened = a != NULL;
    if (opened)
        print_error("%s was opened as an irdesk database\n", path);
    app_close(&a);
    after = test_gc(test_read_file(path, &n2));
    assert_non_null(after);
    if (n1 != n2 || memcmp(before, after, n1) != 0)
        print_error("%s was changed by the attempt to open it (%s)\n", path, e.msg);
    assert_int_equal(n1, n2);
    assert_memory_equal(before, after, n1);
    /* and no -wal, -shm or -journal files are left beside it */
    assert_int_equal(test_dir_entries(dir), entries);
    /* refused, with a message that names the file and says why */
    assert_false(opened);
    assert_true(e.code == IRD_STORE || e.code == IRD_IO);
    assert_contains(e.msg, path);
    if (in_msg != NULL)
        assert_contains(e.msg, in_msg);
}

static void a_text_file_is_refused_and_left_alone(void **state)
{
    struct fx *f = *state;
    char *path = test_gc(test_path(f->dir, "notes.txt"));

    test_write_file(path, "hello\n", 6);
    expect_refused_unchanged(f->dir, path, "not an irdesk database");
    /* larger than a page, too */
    {
        char *big = test_repeat("Gent, november 2020. ", 500);
        test_write_file(path, big, strlen(big));
        free(big);
    }
    expect_refused_unchanged(f->dir, path, NULL);
}

static void another_programs_database_is_refused_and_left_alone(void **state)
{
    struct fx *f = *state;
    char *path = test_gc(test_path(f->dir, "other.db"));

    test_sql_exec(path, "CREATE TABLE foo (x); INSERT INTO foo VALUES (1);");
    expect_refused_unchanged(f->dir, path, "another program");
}

/* Many programs number their schema in PRAGMA user_version too (Firefox,
 * Android apps, ...): an SQLite file with user_version 1 or 2 and no irdesk
 * tables must be refused like the one with version 0, and left unchanged. */
static void another_programs_versioned_database_is_refused_and_left_alone(void **state)
{
    struct fx *f = *state;
    char *p1 = test_gc(test_path(f->dir, "other1.db"));
    char *p2 = test_gc(test_path(f->dir, "other2.db"));

    test_sql_exec(p1, "CREATE TABLE foo (x); INSERT INTO foo VALUES (1); PRAGMA user_version = 1;");
    test_sql_exec(p2, "CREATE TABLE foo (x); INSERT INTO foo VALUES (1); PRAGMA user_version = 2;");
    expect_refused_unchanged(f->dir, p1, "irdesk database");
    expect_refused_unchanged(f->dir, p2, "irdesk database");
}

static void a_newer_schema_is_refused_and_left_alone(void **state)
{
    struct fx *f = *state;

    app_close(&f->a);
    test_sql_exec(f->db, "PRAGMA user_version = 99");
    expect_refused_unchanged(f->dir, f->db, "newer");
}

static void readonly_desk_refuses_every_write(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    struct app *ro;
    struct record *r;
    char *before, *after;
    size_t n1, n2;
    int bad = -2;

    app_close(&f->a);
    before = test_gc(test_read_file(f->db, &n1));
    ro = test_app_open(f->db, 1, &e);
    assert_non_null(ro);
    assert_int_equal(app_readonly(ro), 1);
    /* reading works */
    assert_int_equal(test_count(ro, KIND_CITY, NULL, "liege", 0), 1);

    r = test_get(ro, KIND_CITY, 3);
    test_set(r, "since", "1972");
    assert_fails(desk_save(ro, r, &bad, &e), &e, IRD_READONLY);
    record_free(&r);
    r = record_new(kind_get(KIND_CITY));
    test_set(r, "name_nl", "Krakau");
    test_set(r, "relation", "partner");
    assert_fails(desk_save(ro, r, &bad, &e), &e, IRD_READONLY);
    record_free(&r);
    assert_fails(workflow_move(ro, KIND_INITIATIVE, 5, -1, "in_progress", "Kick-off", &e), &e,
                 IRD_READONLY);
    assert_fails(desk_archive(ro, KIND_CITY, 12, 1, 1, NULL, &e), &e, IRD_READONLY);
    app_close(&ro);

    after = test_gc(test_read_file(f->db, &n2));
    assert_int_equal(n1, n2);
    assert_memory_equal(before, after, n1);
    f->a = test_app_open(f->db, 0, &e);
    assert_non_null(f->a);
    assert_string_equal(test_value(f->a, KIND_CITY, 3, "since"), "1971");
    assert_string_equal(test_status_of(f->a, KIND_INITIATIVE, 5), "planned");
    assert_int_equal(test_count(f->a, KIND_CITY, NULL, NULL, 1), 12);
}

static void readonly_file_refuses_writes(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    struct app *a;
    struct record *r;
    int bad = -2;

    app_close(&f->a);
    assert_int_equal(chmod(f->db, 0444), 0);
    if (access(f->db, W_OK) == 0) {
        print_message("[ SKIPPED  ] read-only file: running with uid %d, which may write a "
                      "mode 0444 file; see readonly_desk_refuses_every_write for "
                      "STORE_READONLY\n",
                      (int)getuid());
        chmod(f->db, 0644);
        return;
    }
    a = test_app_open(f->db, 0, &e);
    assert_non_null(a);
    assert_int_equal(app_readonly(a), 1);
    r = test_get(a, KIND_CITY, 3);
    test_set(r, "since", "1972");
    assert_fails(desk_save(a, r, &bad, &e), &e, IRD_READONLY);
    record_free(&r);
    assert_fails(workflow_move(a, KIND_INITIATIVE, 5, -1, "in_progress", NULL, &e), &e,
                 IRD_READONLY);
    app_close(&a);
    chmod(f->db, 0644);
}

static void readonly_never_creates_a_database(void **state)
{
    struct fx *f = *state;
    char *path = test_gc(test_path(f->dir, "absent.db"));
    struct store *s = NULL;
    struct ird_err e = { 0 };

    assert_fails(store_open(path, STORE_READONLY, &s, &e), &e, IRD_IO);
    assert_null(s);
    assert_false(test_exists(path));
}

static void a_fifo_is_not_opened_as_a_database(void **state)
{
    struct fx *f = *state;
    char *fifo = test_gc(test_path(f->dir, "fifo.db"));
    struct store *s = NULL;
    struct ird_err e = { 0 };

    assert_int_equal(mkfifo(fifo, 0600), 0);
    assert_int_equal(store_open(fifo, 0, &s, &e), -1);
    assert_null(s);
    assert_contains(e.msg, "not a regular file");
    assert_int_equal(store_open(fifo, STORE_READONLY, &s, &e), -1);
    assert_int_equal(store_stage(fifo, &s, &e), -1);
    assert_contains(e.msg, "not a regular file");
    /* and nothing beside it */
    assert_int_equal(test_dir_entries(f->dir), 1);
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
#define D(f) cmocka_unit_test_setup_teardown(f, fx_setup_dir, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(new_database_has_the_latest_schema),
        D(opens_a_database_of_every_older_version),
        D(a_version_3_database_upgraded_finds_its_city),
        T(reopening_changes_nothing),
        D(readonly_refuses_a_database_that_needs_an_upgrade),
        D(noseed_database_stays_empty),
        D(missing_directory_is_named_and_nothing_created),
        D(unwritable_directory_is_refused),
        D(a_directory_is_not_a_database),
        D(a_text_file_is_refused_and_left_alone),
        D(another_programs_database_is_refused_and_left_alone),
        D(another_programs_versioned_database_is_refused_and_left_alone),
        T(a_newer_schema_is_refused_and_left_alone),
        T(readonly_desk_refuses_every_write),
        T(readonly_file_refuses_writes),
        D(readonly_never_creates_a_database),
        D(a_fifo_is_not_opened_as_a_database),
    };
#undef T
#undef D

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("store_open", tests, test_setup_en, test_teardown_en);
}
