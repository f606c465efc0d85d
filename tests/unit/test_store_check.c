/* db/store_check.c through desk_check and 'irdesk check': the seeded
 * database is clean, each broken rule and a damaged file are reported, and
 * control characters are named by record and field. */

#include "tests/unit/helpers.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/app.h"
#include "core/backup.h"
#include "core/desk.h"
#include "model/kind.h"
#include "lib/mem.h"
#include "db/store.h"

/* ---- check ------------------------------------------------------------------------------- */

static void check_of_the_seeded_database_is_clean(void **state)
{
    test_expect_check_clean(test_app_of(state));
}

static size_t lines_of(const char *s)
{
    size_t n = 0;

    for (; s != NULL && *s != '\0'; s++)
        n += *s == '\n';
    return n;
}

static void check_reports_each_broken_rule(void **state)
{
    struct fx *f = test_fx_of(state);
    struct ird_err e = { 0 };
    char *report = NULL;
    int n;

    test_sql_exec(f->db, "UPDATE city SET status = 'in_force' WHERE id = 3");
    test_sql_exec(f->db, "INSERT INTO history (kind, record_id, at, user, action, field, old, new)"
                    " VALUES ('city', 4, '2025-01-01T00:00:00Z', 'mallory', 'edit', 'notes',"
                    " NULL, 'a value the record does not hold')");
    test_sql_exec(f->db, "PRAGMA foreign_keys = OFF; UPDATE agreement SET city_id = 999 WHERE id = 1");

    n = desk_check(f->a, &report, &e);
    test_gc(report);
    assert_true(n >= 3);
    assert_int_equal((size_t)n, lines_of(report));
    assert_contains(report, "City 3: \"in_force\" is not a status of its kind.");
    assert_contains(report, "City 4: the field Notes differs from its last edit in the history");
    assert_contains(report, "Agreement 1 has no city.");
    assert_contains(report, "agreement row 1 refers to a missing row of city");
}

static void check_reports_a_damaged_file(void **state)
{
    struct fx *f = test_fx_of(state);
    char *copy = test_gc(test_path(f->dir, "copy.db"));
    char garbage[512];
    struct ird_err e = { 0 };
    struct app *b;
    int fd;

    assert_ok(backup_make(f->a, copy, 0, &e), &e);
    memset(garbage, 0x5A, sizeof garbage);
    fd = open(copy, O_WRONLY);
    assert_true(fd >= 0);
    assert_int_equal(pwrite(fd, garbage, sizeof garbage, 4096 * 2), (ssize_t)sizeof garbage);
    close(fd);

    b = test_app_open(copy, 0, &e);
    if (b == NULL) {
        assert_true(e.msg[0] != '\0');
    } else {
        char *report = NULL;
        int n = desk_check(b, &report, &e);
        test_gc(report);
        app_close(&b);
        if (n == 0)
            print_error("a damaged file passed the check\n");
        assert_true(n != 0);
        if (n > 0)
            assert_contains(report, "SQLite integrity check");
        else
            assert_true(e.msg[0] != '\0');
    }
}

static void cli_check_exits_1_on_a_problem(void **state)
{
    struct fx *f = test_fx_of(state);
    struct run r;

    app_close(&f->a);
    test_sql_exec(f->db, "UPDATE network SET status = 'sister' WHERE id = 1");
    test_cli(f, &r, "check", NULL);
    test_expect_exit(&r, 1, "check");
    assert_contains(r.out, "Network 1: \"sister\" is not a status of its kind.");
    assert_contains(r.out, "1 problem found.");
}

static void check_names_control_characters_by_record_and_field(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    char *report = NULL;
    int n;

    test_sql_exec(f->db, "UPDATE city SET name_en = 'Kana' || char(27) || ']0;x' || char(7) WHERE id = 3;"
                   "UPDATE city SET notes = 'one' || char(10) || 'two' || char(9) || 'x'"
                   " WHERE id = 1;"
                   "UPDATE city SET notes = 'a' || char(8238) || 'b' WHERE id = 2;"
                   "UPDATE city SET name_nl = 'a' || char(9) || 'b' WHERE id = 4;"
                   "UPDATE city SET notes = 'c1' || char(133) WHERE id = 5;");
    n = desk_check(f->a, &report, &e);
    assert_int_equal(n, 4);
    assert_non_null(report);
    assert_contains(report, "City 3: the field Name (English) holds a control character");
    assert_contains(report, "City 2: the field Notes holds");
    assert_contains(report, "City 4: the field Name (Dutch) holds");
    assert_contains(report, "City 5: the field Notes holds");
    /* line feeds and tabs belong in a long text */
    assert_null(strstr(report, "City 1:"));
    free(report);
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(check_names_control_characters_by_record_and_field),
        T(check_of_the_seeded_database_is_clean),
        T(check_reports_each_broken_rule),
        T(check_reports_a_damaged_file),
        T(cli_check_exits_1_on_a_problem),
    };
#undef T

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("store_check", tests, test_setup_en, NULL);
}
