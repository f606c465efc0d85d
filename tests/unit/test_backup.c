/* core/backup.c: backups that open with the same records, restores that
 * refuse what they cannot use and bring an older backup up to date, the
 * automatic backup before a migration, and 'irdesk restore' without a
 * terminal. */

#include "tests/unit/helpers.h"

#include <fcntl.h>
#include <stdarg.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/app.h"
#include "core/backup.h"
#include "core/csv.h"
#include "core/desk.h"
#include "core/exchange.h"
#include "core/import.h"
#include "model/kind.h"
#include "lib/mem.h"
#include "model/record.h"
#include "db/migrate.h"
#include "db/store.h"
#include "i18n/i18n.h"

static void copy_file(const char *from, const char *to)
{
    size_t len = 0;
    char *data = test_read_file(from, &len);

    assert_non_null(data);
    test_write_file(to, data, len);
    free(data);
}

/* ---- backup and restore ------------------------------------------------------------ */

static void backup_opens_with_the_same_records(void **state)
{
    struct fx *f = test_fx_of(state);
    char *path = test_gc(test_path(f->dir, "backup.db"));
    struct test_snapshot before[KIND_COUNT];
    struct ird_err e = { 0 };
    struct app *b;

    test_save_field(f->a, KIND_CITY, 2, "notes", "before the backup");
    test_take_all(f->a, before);
    assert_ok(backup_make(f->a, path, 0, &e), &e);
    assert_true(test_exists(path));
    b = test_app_open(path, 0, &e);
    if (b == NULL)
        print_error("%s\n", e.msg);
    assert_non_null(b);
    test_expect_all_same(b, before);
    test_expect_check_clean(b);
    app_close(&b);
}

static void backup_refuses_an_existing_file(void **state)
{
    struct fx *f = test_fx_of(state);
    char *path = test_gc(test_path(f->dir, "taken.db"));
    struct ird_err e = { 0 };
    char *data;

    test_write_file(path, "keep me", 7);
    assert_fails(backup_make(f->a, path, 0, &e), &e, IRD_IO);
    assert_contains(e.msg, "exists");
    data = test_gc(test_read_file(path, NULL));
    assert_string_equal(data, "keep me");
    /* nor into a directory that is not there */
    path = test_gc(test_path(f->dir, "no/such/dir.db"));
    assert_fails(backup_make(f->a, path, 0, &e), &e, IRD_IO);
}

static void restore_brings_back_the_backup(void **state)
{
    struct fx *f = test_fx_of(state);
    char *path = test_gc(test_path(f->dir, "backup.db"));
    struct test_snapshot before[KIND_COUNT];
    struct import_result res;
    struct ird_err e = { 0 };

    test_take_all(f->a, before);
    assert_ok(backup_make(f->a, path, 0, &e), &e);
    test_save_field(f->a, KIND_CITY, 2, "notes", "after the backup");
    assert_ok(test_import_str(f->a, KIND_CITY, "id,name_nl,relation\n,Kraków,partner\n", 0, &res,
                              NULL, &e),
              &e);
    assert_int_equal(test_count(f->a, KIND_CITY, NULL, NULL, 1), before[KIND_CITY].count + 1);
    assert_ok(backup_restore_file(f->a, path, &e), &e);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
    test_expect_all_same(f->a, before);
    test_expect_check_clean(f->a);
    /* the desk goes on working on the restored database */
    test_save_field(f->a, KIND_CITY, 2, "notes", "after the restore");
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "after the restore");
}

/* A restore of path is refused and changes nothing. */
static void expect_restore_refused(struct fx *f, const char *path)
{
    struct test_snapshot before[KIND_COUNT];
    struct ird_err e = { 0 };

    test_take_all(f->a, before);
    assert_int_equal(backup_restore_file(f->a, path, &e), -1);
    assert_true(e.code != IRD_OK);
    assert_true(e.msg[0] != '\0');
    assert_contains(e.msg, path);
    test_expect_all_same(f->a, before);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "after the backup");
    test_expect_check_clean(f->a);
}

static void restore_refuses_what_is_no_good_backup(void **state)
{
    struct fx *f = test_fx_of(state);
    char *good = test_gc(test_path(f->dir, "backup.db"));
    char *text = test_gc(test_path(f->dir, "notes.txt"));
    char *cut = test_gc(test_path(f->dir, "cut.db"));
    char *other = test_gc(test_path(f->dir, "other.db"));
    char *missing = test_gc(test_path(f->dir, "missing.db"));
    struct ird_err e = { 0 };
    struct stat sb;

    assert_ok(backup_make(f->a, good, 0, &e), &e);
    test_save_field(f->a, KIND_CITY, 2, "notes", "after the backup");

    test_write_file(text, "id,notes\n2,not a database\n", 26);
    expect_restore_refused(f, text);

    copy_file(good, cut);
    assert_int_equal(stat(cut, &sb), 0);
    assert_true(sb.st_size > 4 * 4096);
    assert_int_equal(truncate(cut, sb.st_size / 2), 0);
    expect_restore_refused(f, cut);

    test_sql_exec(other, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x');");
    expect_restore_refused(f, other);

    expect_restore_refused(f, missing);
    assert_false(test_exists(missing));

    /* the good one still works */
    assert_ok(backup_restore_file(f->a, good, &e), &e);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
}

static void restore_of_an_older_backup_brings_it_up_to_date(void **state)
{
    struct fx *f = test_fx_of(state);
    char *old = test_gc(test_path(f->dir, "v1.db"));
    struct ird_err e = { 0 };
    sqlite3 *db = NULL;

    assert_int_equal(sqlite3_open(old, &db), SQLITE_OK);
    assert_ok(migrate_to(db, 1, 0, &e), &e);
    assert_int_equal(sqlite3_exec(db,
                                  "INSERT INTO city (id, name_nl, country_nl, relation, since)"
                                  " VALUES (1, 'Kraków', 'Polen', 'partner', 1990)",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    assert_ok(backup_restore_file(f->a, old, &e), &e);
    assert_int_equal(test_count(f->a, KIND_CITY, NULL, NULL, 1), 1);
    assert_int_equal(test_search_ids(f->a, KIND_CITY, "krakow", NULL, 0), 1);
    assert_int_equal(test_sql_int(f->db, "PRAGMA user_version"), store_schema_version());
    assert_int_equal(test_sql_int(old, "PRAGMA user_version"), 1); /* the backup is left alone */
    test_expect_check_clean(f->a);
}

/* ---- the automatic backup before a migration ----------------------------------------- */

static void migration_takes_a_backup_first(void **state)
{
    struct fx *f = test_fx_of(state);
    char *backup = test_gc(xasprintf("%s.v1-backup", f->db));
    struct ird_err e = { 0 };
    sqlite3 *db = NULL;
    struct app *a;

    assert_true(store_schema_version() > 1);
    assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
    assert_ok(migrate_to(db, 1, 0, &e), &e);
    assert_int_equal(sqlite3_exec(db,
                                  "INSERT INTO city (id, name_nl, country_nl, relation, since)"
                                  " VALUES (1, 'Kraków', 'Polen', 'partner', 1990)",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    assert_false(test_exists(backup));

    a = test_app_open(f->db, 0, &e);
    if (a == NULL)
        print_error("%s\n", e.msg);
    assert_non_null(a);
    assert_true(test_exists(backup));
    assert_int_equal(test_sql_int(backup, "PRAGMA user_version"), 1);
    assert_int_equal(test_sql_int(backup, "SELECT count(*) FROM city WHERE name_nl = 'Kraków'"), 1);
    assert_int_equal(test_sql_int(f->db, "PRAGMA user_version"), store_schema_version());
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 1), 1);
    app_close(&a);

    /* opening again migrates nothing, and takes no second backup */
    a = test_app_open(f->db, 0, &e);
    assert_non_null(a);
    app_close(&a);
    assert_false(test_exists(test_gc(xasprintf("%s.v1-backup-2", f->db))));
    assert_false(test_exists(test_gc(xasprintf("%s.v%d-backup", f->db,
                                               store_schema_version()))));
}

static void cli_restore_wants_yes_without_a_terminal(void **state)
{
    struct fx *f = test_fx_of(state);
    char *backup = test_gc(test_path(f->dir, "backup.db"));
    struct run r;

    test_cli(f, &r, "backup", backup, NULL);
    test_expect_exit(&r, 0, "backup");
    assert_true(test_exists(backup));
    test_cli(f, &r, "backup", backup, NULL);
    assert_true(r.status != 0); /* never over an existing file */
    assert_contains(r.err, "exists");
    test_save_field(f->a, KIND_CITY, 2, "notes", "after the backup");
    app_close(&f->a);

    test_cli(f, &r, "restore", backup, NULL);
    assert_true(r.status != 0);
    assert_contains(r.err, "--yes");
    f->a = test_app_open(f->db, 0, NULL);
    assert_non_null(f->a);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "after the backup");
    app_close(&f->a);

    test_cli(f, &r, "restore", backup, "--yes", NULL);
    test_expect_exit(&r, 0, "restore --yes");
    f->a = test_app_open(f->db, 0, NULL);
    assert_non_null(f->a);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
#define D(f) cmocka_unit_test_setup_teardown(f, fx_setup_dir, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(backup_opens_with_the_same_records),
        T(backup_refuses_an_existing_file),
        T(restore_brings_back_the_backup),
        T(restore_refuses_what_is_no_good_backup),
        T(restore_of_an_older_backup_brings_it_up_to_date),
        D(migration_takes_a_backup_first),
        T(cli_restore_wants_yes_without_a_terminal),
    };
#undef T
#undef D

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("backup", tests, test_setup_en, NULL);
}
