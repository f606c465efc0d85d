/* core/import.c and core/import_row.c through import_text: imports that are
 * all or nothing with each bad row named, changes that are edits in the
 * history, conflicts, the dry run, encodings and hostile bytes (invalid
 * UTF-8, NUL bytes, overlong fields), and 'irdesk import'. */

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

/* ---- import: changes, new records, conflicts ------------------------------------ */

/* A row cut short (a lost field separator) would empty the fields it
 * lacks: it is refused, and nothing is written. */
static void import_refuses_a_cut_row(void **state)
{
    struct app *a = test_app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;
    long before = test_history_count(a, KIND_CITY, 3);

    assert_fails(test_import_str(a, KIND_CITY, "id,name_nl,country_nl,notes\n3,Kanazawa\n", 0, &res,
                                 &report, &e),
                 &e, IRD_INVALID);
    assert_non_null(report);
    assert_contains(report, "Line 2 has 2 fields; the header has 4.");
    assert_string_equal(test_value(a, KIND_CITY, 3, "country_nl"), "Japan");
    assert_int_equal(test_history_count(a, KIND_CITY, 3), before);
}

/* Windows tools write CR LF inside a quoted multi-line text: it is read as
 * a line break, not refused as a control character. */
/* A stray comma in a text would shift the columns after it: refused. */
static void import_refuses_a_row_with_more_fields(void **state)
{
    struct app *a = test_app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;

    assert_fails(test_import_str(a, KIND_CITY, "id,notes\n3,Contact: Jan, Piet en Joris\n", 0, &res,
                                 &report, &e),
                 &e, IRD_INVALID);
    assert_contains(report, "Line 2 has 3 fields; the header has 2.");
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "<NULL>");
    /* trailing empty fields, as spreadsheets write them, are fine */
    assert_ok(test_import_str(a, KIND_CITY, "id,notes\n3,Contact\t,,\n", 0, &res, &report, &e), &e);
    /* and a year written with a leading zero is the same year */
    assert_ok(test_import_str(a, KIND_CITY, "id,since\n3,01971\n", 0, &res, &report, &e), &e);
    assert_int_equal(res.unchanged, 1);
}

static void import_reads_crlf_inside_a_text_as_a_line_break(void **state)
{
    struct app *a = test_app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;

    assert_ok(test_import_str(a, KIND_CITY, "id,notes\r\n3,\"eerste regel\r\ntweede regel\"\r\n", 0,
                              &res, &report, &e),
              &e);
    assert_int_equal(res.updated, 1);
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "eerste regel\ntweede regel");
}

static void import_change_is_an_edit_in_the_history(void **state)
{
    struct app *a = test_app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };
    long h = test_history_count(a, KIND_CITY, 2);
    char *csv = test_gc(xasprintf("id,version,notes,since\n2,%lld,Imported note,1969\n",
                                  (long long)test_version_of(a, KIND_CITY, 2)));
    struct hist *last;

    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "<NULL>");
    assert_ok(test_import_str(a, KIND_CITY, csv, 0, &res, NULL, &e), &e);
    assert_int_equal(res.updated, 1);
    assert_int_equal(res.created, 0);
    assert_int_equal(res.unchanged, 0);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "Imported note");
    assert_string_equal(test_value(a, KIND_CITY, 2, "since"), "1969"); /* as it was */
    assert_int_equal(test_history_count(a, KIND_CITY, 2), h + 1);       /* one field changed */
    last = test_last_hist(a, KIND_CITY, 2);
    assert_string_equal(last->action, "edit");
    assert_string_equal(last->field, "notes");
    assert_null(last->old);
    assert_string_equal(last->new_, "Imported note");
    assert_string_equal(last->user, "tester");
    assert_string_equal(last->at, TEST_NOW);
    hist_list_free(last, 1);

    /* the same file again: nothing to do */
    csv = test_gc(xasprintf("id,version,notes\n2,%lld,Imported note\n",
                            (long long)test_version_of(a, KIND_CITY, 2)));
    assert_ok(test_import_str(a, KIND_CITY, csv, 0, &res, NULL, &e), &e);
    assert_int_equal(res.unchanged, 1);
    assert_int_equal(res.updated, 0);
    assert_int_equal(test_history_count(a, KIND_CITY, 2), h + 1);

    /* a status move the workflow allows, and the archive flag */
    assert_string_equal(test_status_of(a, KIND_CITY, 2), "active");
    assert_ok(test_import_str(a, KIND_CITY, "id,status,archived\n2,dormant,1\n", 0, &res, NULL, &e), &e);
    assert_int_equal(res.updated, 1);
    assert_string_equal(test_status_of(a, KIND_CITY, 2), "dormant");
    assert_string_equal(test_value(a, KIND_CITY, 2, "archived"), "1");
    test_expect_check_clean(a);
}

static void import_new_row_creates_a_record(void **state)
{
    struct app *a = test_app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };
    long n = test_count(a, KIND_CITY, NULL, NULL, 1);
    int64_t ids[4];
    struct hist *last;

    assert_ok(test_import_str(a, KIND_CITY,
                              "id,version,status,archived,name_nl,country_nl,relation,since\n"
                              ",,,,Kraków,Polen,partner,1990\n",
                              0, &res, NULL, &e),
              &e);
    assert_int_equal(res.created, 1);
    assert_int_equal(res.updated, 0);
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 1), n + 1);
    assert_int_equal(test_search_ids(a, KIND_CITY, "krakow", ids, 4), 1);
    assert_string_equal(test_value(a, KIND_CITY, ids[0], "name_nl"), "Kraków");
    assert_string_equal(test_status_of(a, KIND_CITY, ids[0]), "active"); /* the initial one */
    last = test_last_hist(a, KIND_CITY, ids[0]);
    assert_string_equal(last->action, "create");
    hist_list_free(last, 1);
    test_expect_check_clean(a);
}

static void import_stale_version_is_a_conflict_and_writes_nothing(void **state)
{
    struct app *a = test_app_of(state);
    struct test_snapshot before;
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;

    test_save_field(a, KIND_CITY, 3, "notes", "changed at another desk"); /* now version 2 */
    test_take(a, KIND_CITY, &before);
    assert_fails(test_import_str(a, KIND_CITY,
                                 "id,version,notes\n"
                                 "2,1,a good change\n"
                                 "3,1,an old copy\n",
                                 0, &res, &report, &e),
                 &e, IRD_INVALID);
    assert_contains(e.msg, "nothing was imported");
    assert_contains(report, "Line 3: conflict");
    assert_not_contains(report, "Line 2");
    test_expect_same(a, KIND_CITY, &before);
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "changed at another desk");
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "<NULL>");
}

/* A file with one good row and the bad ones: each bad row is named with its
 * line and reason, and nothing at all is imported. */
static void expect_refused(struct app *a, enum kind_id k, const char *csv,
                           const char *const *want, size_t nwant)
{
    struct test_snapshot before[KIND_COUNT];
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;
    size_t i;

    test_take_all(a, before);
    assert_fails(test_import_str(a, k, csv, 0, &res, &report, &e), &e, IRD_INVALID);
    if (report != NULL)
        assert_contains(e.msg, "nothing was imported");
    for (i = 0; i < nwant; i++)
        assert_contains(report != NULL ? report : e.msg, want[i]);
    test_expect_all_same(a, before);
    /* a dry run says the same */
    assert_fails(test_import_str(a, k, csv, 1, &res, &report, &e), &e, IRD_INVALID);
    test_expect_all_same(a, before);
}

static void import_bad_rows_are_listed_and_nothing_is_imported(void **state)
{
    struct app *a = test_app_of(state);
    static const char *const city_bad[] = {
        "Line 3: Since: 19588 is out of range",
        "Line 4: \"bogus\" is not a status",
        "Line 5: City cannot go from Ended to Active",
        "Line 6: \"xyz\" is not a record number",
        "Line 7: archived must be 0 or 1",
        "Line 8: Relation: \"cousin\" is not one of the choices",
        "Line 10: Name (Dutch) is required",
    };
    static const char *const agreement_bad[] = {
        "Line 3: Signed: \"2024-13-45\" is not a date",
        "Line 4: City: City 999 does not exist",
        "Line 5: Ends (2023) comes before Starts (2024-05)",
    };

    assert_string_equal(test_status_of(a, KIND_CITY, 1), "ended");
    expect_refused(a, KIND_CITY,
                   "id,status,archived,name_nl,relation,since,notes\n"
                   "2,,,Wiesbaden,sister,1969,a good row\n"
                   "3,,,Kanazawa,sister,19588,\n"
                   "4,bogus,,Melle,sister,1977,\n"
                   "1,active,,Saint-Raphaël,sister,1958,\n"
                   "xyz,,,Somewhere,sister,2000,\n"
                   "5,,2,Tallinn,sister,1982,\n"
                   "6,,,Mohammedia,cousin,1982,\n"
                   "\n"
                   ",,,,partner,2001,nameless\n",
                   city_bad, sizeof city_bad / sizeof city_bad[0]);
    expect_refused(a, KIND_AGREEMENT,
                   "id,title,city_id,type,signed,starts,ends\n"
                   ",A good new MoU,3,mou,2024,2024,2028\n"
                   ",Bad date,3,mou,2024-13-45,,\n"
                   ",No such city,999,mou,2024,,\n"
                   ",Ends first,3,loi,,2024-05,2023\n",
                   agreement_bad, sizeof agreement_bad / sizeof agreement_bad[0]);
    /* a move the workflow refuses, on an agreement that exists */
    {
        static const char *const moved[] = { "Line 2: Agreement cannot go from" };
        struct record *r = test_get(a, KIND_AGREEMENT, 1);
        char *csv;
        const char *to = strcmp(r->status, "draft") == 0 ? "expired" : "draft";
        csv = test_gc(xasprintf("id,status\n1,%s\n", to));
        record_free(&r);
        expect_refused(a, KIND_AGREEMENT, csv, moved, 1);
    }
}

static void import_unknown_column_is_refused(void **state)
{
    static const char *const want[] = { "Line 1: \"colour\" is not a column. City columns: id, version, status, archived, name_nl" };
    struct import_result res;
    struct ird_err e = { 0 };

    expect_refused(test_app_of(state), KIND_CITY, "id,name_nl,colour\n2,Wiesbaden,blue\n", want, 1);
    assert_fails(test_import_str(test_app_of(state), KIND_CITY, "", 0, &res, NULL, &e), &e, IRD_INVALID);
    assert_contains(e.msg, "empty");
}

static void import_dry_run_counts_and_writes_nothing(void **state)
{
    struct app *a = test_app_of(state);
    struct test_snapshot before[KIND_COUNT];
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;
    size_t len = 0;
    char *csv;

    test_take_all(a, before);
    assert_ok(test_import_str(a, KIND_CITY,
                              "id,name_nl,relation,notes\n"
                              "2,Wiesbaden,sister,changed\n"
                              "3,Kanazawa,sister,\n"
                              ",Kraków,partner,new\n",
                              1, &res, &report, &e),
              &e);
    assert_null(report);
    assert_int_equal(res.created, 1);
    assert_int_equal(res.updated, 1);
    assert_int_equal(res.unchanged, 1);
    test_expect_all_same(a, before);
    /* a whole export, dry */
    csv = test_export_of(a, KIND_INITIATIVE, EXPORT_CSV, 0, 0, &len, NULL);
    assert_ok(test_import(a, KIND_INITIATIVE, csv, len, NULL, 1, &res, NULL, &e), &e);
    assert_int_equal(res.unchanged, before[KIND_INITIATIVE].count);
    test_expect_all_same(a, before);
}

/* ---- import: encodings and hostile bytes ------------------------------------------ */

static void import_invalid_utf8_is_refused_with_its_line(void **state)
{
    struct app *a = test_app_of(state);
    static const char csv[] = "id,notes\n2,fine\n3,caf\xC3\n4,x\n";
    struct test_snapshot before;
    struct import_result res;
    struct ird_err e = { 0 };

    test_take(a, KIND_CITY, &before);
    assert_fails(test_import(a, KIND_CITY, csv, sizeof csv - 1, "UTF-8", 0, &res, NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "Line 3");
    assert_contains(e.msg, "UTF-8");
    test_expect_same(a, KIND_CITY, &before);
}

static void import_cp1252_is_read_when_named(void **state)
{
    struct app *a = test_app_of(state);
    static const char csv[] = "id;notes\r\n2;Li\xE8ge \x80 5\r\n";
    struct import_result res;
    struct ird_err e = { 0 };

    /* not guessed: refused with the line and byte of the è */
    assert_fails(test_import(a, KIND_CITY, csv, sizeof csv - 1, NULL, 0, &res, NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "Line 2, byte 5 is not UTF-8");
    assert_ok(test_import(a, KIND_CITY, csv, sizeof csv - 1, "CP1252", 0, &res, NULL, &e), &e);
    assert_int_equal(res.updated, 1);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "Liège € 5");
    assert_ok(test_import(a, KIND_CITY, csv, sizeof csv - 1, "cp1252", 0, &res, NULL, &e), &e);
    assert_int_equal(res.unchanged, 1);
}

static void import_unknown_encoding_is_refused(void **state)
{
    struct import_result res;
    struct ird_err e = { 0 };

    assert_fails(test_import(test_app_of(state), KIND_CITY, "id\n2\n", 5, "KLINGON-8", 0, &res, NULL, &e),
                 &e, IRD_INVALID);
    assert_contains(e.msg, "KLINGON-8");
}

static void import_utf8_bom_is_accepted(void **state)
{
    struct app *a = test_app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };

    assert_ok(test_import_str(a, KIND_CITY, "\xEF\xBB\xBFid,notes\r\n2,Gdańsk\r\n", 0, &res, NULL, &e),
              &e);
    assert_int_equal(res.updated, 1);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "Gdańsk");
}

static void import_nul_byte_is_refused_with_its_line(void **state)
{
    struct app *a = test_app_of(state);
    static const char csv[] = "id,notes\n2,fine\n3,a\0b\n";
    struct test_snapshot before;
    struct import_result res;
    struct ird_err e = { 0 };

    test_take(a, KIND_CITY, &before);
    assert_fails(test_import(a, KIND_CITY, csv, sizeof csv - 1, NULL, 0, &res, NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "Line 3");
    assert_contains(e.msg, "NUL");
    /* named as UTF-8 or CP1252, too */
    assert_fails(test_import(a, KIND_CITY, csv, sizeof csv - 1, "UTF-8", 0, &res, NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "Line 3");
    assert_fails(test_import(a, KIND_CITY, csv, sizeof csv - 1, "CP1252", 0, &res, NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "Line 3");
    test_expect_same(a, KIND_CITY, &before);
}

static void import_overlong_field_is_refused(void **state)
{
    struct app *a = test_app_of(state);
    char *name200 = test_gc(test_repeat("ł", 200)), *name201 = test_gc(test_repeat("ł", 201));
    char *csv = test_gc(xasprintf("id,name_nl\n2,%s\n", name201));
    struct test_snapshot before;
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;

    test_take(a, KIND_CITY, &before);
    assert_fails(test_import_str(a, KIND_CITY, csv, 0, &res, &report, &e), &e, IRD_INVALID);
    assert_contains(report, "Line 2");
    assert_contains(report, "too long (201 characters; at most 200)");
    test_expect_same(a, KIND_CITY, &before);
    /* 200 characters (400 bytes) are within bounds: characters are counted */
    csv = test_gc(xasprintf("id,name_nl\n2,%s\n", name200));
    assert_ok(test_import_str(a, KIND_CITY, csv, 0, &res, &report, &e), &e);
    assert_string_equal(test_value(a, KIND_CITY, 2, "name_nl"), name200);
}

static void import_semicolons_are_accepted(void **state)
{
    struct app *a = test_app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };

    assert_ok(test_import_str(a, KIND_CITY, "id;since;notes\r\n2;1970;\"a; b, c\"\r\n4;1977;x\r\n", 0,
                              &res, NULL, &e),
              &e);
    assert_int_equal(res.updated, 2);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "a; b, c");
    assert_string_equal(test_value(a, KIND_CITY, 2, "since"), "1970");
    assert_string_equal(test_value(a, KIND_CITY, 4, "notes"), "x");
}

static void import_into_a_readonly_desk_is_refused(void **state)
{
    struct fx *f = test_fx_of(state);
    struct ird_err e = { 0 };
    struct app *ro = test_app_open(f->db, 1, &e);
    struct import_result res;

    assert_non_null(ro);
    e.code = IRD_OK;
    assert_int_equal(test_import_str(ro, KIND_CITY, "id,notes\n2,x\n", 0, &res, NULL, &e), -1);
    assert_int_equal(e.code, IRD_READONLY);
    app_close(&ro);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
}

static void cli_import_lists_bad_rows_and_fails(void **state)
{
    struct fx *f = test_fx_of(state);
    char *file = test_gc(test_path(f->dir, "bad.csv"));
    static const char csv[] = "id,since,notes\n2,1970,good\n3,19588,bad\n";
    struct run r;

    app_close(&f->a);
    test_write_file(file, csv, sizeof csv - 1);
    test_cli(f, &r, "import", "city", file, NULL);
    assert_true(r.status != 0);
    assert_contains(r.err, "Line 3: Since: 19588 is out of range");
    assert_contains(r.err, "nothing was imported");
    assert_not_contains(r.out, "Imported");
    f->a = test_app_open(f->db, 1, NULL);
    assert_non_null(f->a);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(import_refuses_a_cut_row),
        T(import_refuses_a_row_with_more_fields),
        T(import_reads_crlf_inside_a_text_as_a_line_break),
        T(import_change_is_an_edit_in_the_history),
        T(import_new_row_creates_a_record),
        T(import_stale_version_is_a_conflict_and_writes_nothing),
        T(import_bad_rows_are_listed_and_nothing_is_imported),
        T(import_unknown_column_is_refused),
        T(import_dry_run_counts_and_writes_nothing),
        T(import_invalid_utf8_is_refused_with_its_line),
        T(import_cp1252_is_read_when_named),
        T(import_unknown_encoding_is_refused),
        T(import_utf8_bom_is_accepted),
        T(import_nul_byte_is_refused_with_its_line),
        T(import_overlong_field_is_refused),
        T(import_semicolons_are_accepted),
        T(import_into_a_readonly_desk_is_refused),
        T(cli_import_lists_bad_rows_and_fails),
    };
#undef T

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("import_row", tests, test_setup_en, NULL);
}
