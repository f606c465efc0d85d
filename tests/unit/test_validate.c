/* core/validate.c: dates, values per field type, whole records; and that
 * every message names the field at fault. */

#include "tests/unit/helpers.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "model/kind.h"
#include "lib/mem.h"
#include "model/record.h"
#include "core/validate.h"
#include "i18n/i18n.h"

/* One seeded database for the whole group: these tests only read it. */
static struct fx *fixture;

static int group_setup(void **state)
{
    void *st = NULL;

    (void)state;
    i18n_init("en");
    if (fx_setup(&st) != 0)
        return -1;
    fixture = st;
    return 0;
}

static int group_teardown(void **state)
{
    void *st = fixture;

    (void)state;
    fixture = NULL;
    return fx_teardown(&st);
}

static const struct field *field_of(enum kind_id k, const char *name)
{
    int i = kind_field(kind_get(k), name);

    assert_true(i >= 0);
    return &kind_get(k)->fields[i];
}

static char *repeat(const char *s, size_t times)
{
    struct buf b = { 0 };
    size_t i;

    buf_add(&b, "");
    for (i = 0; i < times; i++)
        buf_add(&b, s);
    return buf_take(&b);
}

/* ---- validate_date ------------------------------------------------------------- */

static void date_takes_year_month_or_day(void **state)
{
    int y, m, d;
    (void)state;

    assert_int_equal(validate_date("2018", &y, &m, &d), 1);
    assert_int_equal(y, 2018);
    assert_int_equal(validate_date("2018-06", &y, &m, &d), 2);
    assert_int_equal(y, 2018);
    assert_int_equal(m, 6);
    assert_int_equal(validate_date("2018-06-04", &y, &m, &d), 3);
    assert_int_equal(y, 2018);
    assert_int_equal(m, 6);
    assert_int_equal(d, 4);
    assert_int_equal(validate_date("1958", &y, &m, &d), 1);
    assert_int_equal(validate_date("2020-11", &y, &m, &d), 2);
    assert_int_equal(validate_date("2018-12-31", &y, &m, &d), 3);
}

static void date_knows_leap_years(void **state)
{
    int y, m, d;
    (void)state;

    assert_int_equal(validate_date("2024-02-29", &y, &m, &d), 3);
    assert_int_equal(validate_date("2000-02-29", &y, &m, &d), 3);
    assert_int_equal(validate_date("2023-02-29", &y, &m, &d), -1);
    assert_int_equal(validate_date("1900-02-29", &y, &m, &d), -1);
    assert_int_equal(validate_date("2024-02-30", &y, &m, &d), -1);
    assert_int_equal(validate_date("2023-02-28", &y, &m, &d), 3);
}

static void date_refuses_what_is_not_a_calendar_day(void **state)
{
    static const char *const bad[] = {
        "2018-13-01", "2018-00-10", "2018-00",  "2018-13",    "2018-06-00", "2018-06-31",
        "2018-04-31", "2018-01-32", "18-06-04", "2018/06/04", " 2018",      "2018 ",
        "",           "0999",       "999",      "2018-6-4",   "2018-06-4",  "20180604",
        "2018-06-04T10:00:00Z",     "abcd",     "201a",       "2018-",      "2018-06-",
        "04-06-2018", "-2018",      "+2018",    "２０１８",   "2018-06-04\n",
    };
    size_t i;
    int y, m, d;
    (void)state;

    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int rc = validate_date(bad[i], &y, &m, &d);
        if (rc != -1)
            print_error("validate_date(\"%s\") = %d, want -1\n", bad[i], rc);
        assert_int_equal(rc, -1);
    }
}

/* ---- validate_value, per type ------------------------------------------------------ */

static void expect_ok(const struct field *f, const char *v)
{
    struct ird_err e = { 0 };

    if (validate_value(f, v, &e) != 0)
        print_error("%s = \"%s\" refused: %s\n", f->name, v ? v : "(null)", e.msg);
    assert_int_equal(validate_value(f, v, &e), 0);
}

static void expect_bad(const struct field *f, const char *v, const char *in_msg)
{
    struct ird_err e = { 0 };
    int rc = validate_value(f, v, &e);

    if (rc != -1)
        print_error("%s = \"%s\" accepted\n", f->name, v);
    assert_int_equal(rc, -1);
    assert_int_equal(e.code, IRD_INVALID);
    /* the message names the field, by its (translated) label */
    assert_contains(e.msg, _(f->label));
    if (in_msg != NULL)
        assert_contains(e.msg, in_msg);
}

static void empty_values_are_not_checked_here(void **state)
{
    (void)state;
    expect_ok(field_of(KIND_CITY, "since"), NULL);
    expect_ok(field_of(KIND_CITY, "since"), "");
    expect_ok(field_of(KIND_CITY, "relation"), "");
    expect_ok(field_of(KIND_AGREEMENT, "signed"), NULL);
}

static void year_has_bounds(void **state)
{
    const struct field *f = field_of(KIND_CITY, "since");
    (void)state;

    expect_ok(f, "1958");
    expect_ok(f, "1000");
    expect_ok(f, "9999");
    expect_bad(f, "999", "999");
    expect_bad(f, "10000", NULL);
    expect_bad(f, "-1958", NULL);
    expect_bad(f, "0", NULL);
    expect_bad(f, "19x8", "19x8");
    expect_bad(f, " 1958", NULL);
    expect_bad(f, "1958 ", NULL);
    expect_bad(f, "+1958", NULL);
    expect_bad(f, "1958.0", NULL);
    /* a number too large for any bound is out of range, as 10000 is */
    expect_bad(f, "99999999999999999999999", "out of range (1000 to 9999)");
    expect_bad(f, "-99999999999999999999999", "out of range");
    expect_bad(f, "10000", "out of range");
    expect_bad(f, "sinds 1958", "not a whole number");
}

static void int_has_bounds(void **state)
{
    const struct field *num = field_of(KIND_INITIATIVE, "number");
    const struct field *ch = field_of(KIND_INITIATIVE, "chapter");
    (void)state;

    expect_ok(num, "1");
    expect_ok(num, "40");
    expect_ok(num, "99999");
    expect_bad(num, "0", NULL);
    expect_bad(num, "100000", NULL);
    expect_bad(num, "-3", NULL);
    expect_bad(num, "3a", NULL);
    expect_ok(ch, "6");
    expect_ok(ch, "99");
    expect_bad(ch, "100", "100");
}

static void enum_takes_only_its_codes(void **state)
{
    const struct field *rel = field_of(KIND_CITY, "relation");
    const struct field *type = field_of(KIND_AGREEMENT, "type");
    (void)state;

    expect_ok(rel, "sister");
    expect_ok(rel, "partner");
    expect_bad(rel, "Sister", "Sister");
    expect_bad(rel, "sister city", NULL);
    expect_bad(rel, "zusterstad", NULL);
    expect_ok(type, "twinning");
    expect_ok(type, "mou");
    expect_ok(type, "loi");
    expect_bad(type, "MoU", NULL);
    expect_bad(type, "treaty", NULL);
    expect_bad(field_of(KIND_CITY, "activity"), "sleeping", NULL);
}

static void bool_is_one_or_zero(void **state)
{
    const struct field *f = field_of(KIND_AGREEMENT, "human_rights");
    (void)state;

    expect_ok(f, "1");
    expect_ok(f, "0");
    expect_bad(f, "yes", NULL);
    expect_bad(f, "true", NULL);
    expect_bad(f, "2", NULL);
    expect_bad(f, "01", NULL);
}

static void date_field_wants_a_date(void **state)
{
    const struct field *f = field_of(KIND_AGREEMENT, "signed");
    (void)state;

    expect_ok(f, "2018-06-04");
    expect_ok(f, "2018");
    expect_bad(f, "2018-02-30", "2018-02-30");
    expect_bad(f, "4 juni 2018", NULL);
    expect_bad(f, "2018/06/04", "YYYY-MM-DD");
}

static void ref_wants_a_record_number(void **state)
{
    const struct field *f = field_of(KIND_AGREEMENT, "city_id");
    (void)state;

    expect_ok(f, "3");
    expect_bad(f, "0", NULL);
    expect_bad(f, "-1", NULL);
    expect_bad(f, "Kanazawa", NULL);
    expect_bad(f, "99999999999999999999", "not a record number");
}

static void text_length_counts_characters_not_bytes(void **state)
{
    const struct field *f = field_of(KIND_CITY, "name_nl"); /* at most 200 */
    char *e200 = repeat("é", 200), *e201 = repeat("é", 201);
    char *k200 = repeat("金", 200), *k201 = repeat("金", 201);
    char *a200 = repeat("a", 200), *a201 = repeat("a", 201);
    (void)state;

    assert_int_equal(f->max, 200);
    expect_ok(f, e200);  /* 400 bytes */
    expect_bad(f, e201, "201");
    expect_ok(f, k200);  /* 600 bytes, 400 cells */
    expect_bad(f, k201, NULL);
    expect_ok(f, a200);
    expect_bad(f, a201, "200");
    free(e200);
    free(e201);
    free(k200);
    free(k201);
    free(a200);
    free(a201);
}

static void text_refuses_invalid_utf8(void **state)
{
    const struct field *f = field_of(KIND_CITY, "name_nl");
    const struct field *lf = field_of(KIND_CITY, "notes");
    (void)state;

    expect_bad(f, "Li\xE8ge", "UTF-8"); /* Latin-1 */
    expect_bad(f, "Li\xC3", "UTF-8");
    expect_bad(f, "\xC0\xAF", "UTF-8");
    expect_bad(f, "\xED\xA0\x80", "UTF-8");
    expect_bad(lf, "ok\n\xFF", "UTF-8");
    expect_ok(f, "Liège");
    expect_ok(f, "金沢市");
}

static void text_refuses_control_characters(void **state)
{
    const struct field *f = field_of(KIND_CITY, "name_nl");
    (void)state;

    expect_bad(f, "a\x01" "b", "control");
    expect_bad(f, "\x1B[31mrood", "control");
    expect_bad(f, "a\x7F", "control");
    expect_bad(f, "a\xC2\x85" "b", "control"); /* U+0085, a C1 control */
    expect_bad(f, "Gent\tGhent", "control");
}

static void newline_only_in_long_text(void **state)
{
    (void)state;
    expect_bad(field_of(KIND_CITY, "name_nl"), "Gent\nGhent", NULL);
    expect_bad(field_of(KIND_AGREEMENT, "title"), "twee\nregels", NULL);
    expect_ok(field_of(KIND_CITY, "decision"), "Eerste regel.\nTweede regel.");
    expect_ok(field_of(KIND_CITY, "notes"), "a\n\nb\n");
    expect_ok(field_of(KIND_AGREEMENT, "fate"), "a\tb");
    /* other controls stay refused in long text too */
    expect_bad(field_of(KIND_CITY, "notes"), "a\x1B" "b", "control");
}

static void validate_text_names_its_label(void **state)
{
    struct ird_err e = { 0 };
    (void)state;

    assert_int_equal(validate_text("Note", "ok", 0, 10, &e), 0);
    assert_fails(validate_text("Note", "te lang", 0, 3, &e), &e, IRD_INVALID);
    assert_contains(e.msg, "Note");
    assert_fails(validate_text("Zoekterm", "\xFF", 0, 0, &e), &e, IRD_INVALID);
    assert_contains(e.msg, "Zoekterm");
    assert_int_equal(validate_text("Note", "no limit", 0, 0, &e), 0);
}

/* ---- validate_record ---------------------------------------------------------------- */

static struct record *new_city(const char *name, const char *relation)
{
    const struct kind *k = kind_get(KIND_CITY);
    struct record *r = record_new(k);

    record_set(r, kind_field(k, "name_nl"), name);
    record_set(r, kind_field(k, "relation"), relation);
    return r;
}

static struct record *new_agreement(const char *title, const char *city, const char *type)
{
    const struct kind *k = kind_get(KIND_AGREEMENT);
    struct record *r = record_new(k);

    record_set(r, kind_field(k, "title"), title);
    record_set(r, kind_field(k, "city_id"), city);
    record_set(r, kind_field(k, "type"), type);
    return r;
}

static void set(struct record *r, const char *field, const char *v)
{
    int i = kind_field(r->kind, field);

    assert_true(i >= 0);
    record_set(r, i, v);
}

static void expect_record_bad(struct record *r, const char *field, const char *in_msg)
{
    struct ird_err e = { 0 };
    int bad = -2;

    assert_fails(validate_record(fixture->a, r, &bad, &e), &e, IRD_INVALID);
    if (field != NULL) {
        if (bad != kind_field(r->kind, field))
            print_error("bad field %d, want %s (%d): %s\n", bad, field,
                        kind_field(r->kind, field), e.msg);
        assert_int_equal(bad, kind_field(r->kind, field));
        assert_contains(e.msg, _(r->kind->fields[bad].label));
    }
    if (in_msg != NULL)
        assert_contains(e.msg, in_msg);
}

static void expect_record_ok(const struct record *r)
{
    struct ird_err e = { 0 };
    int bad = -2;

    assert_ok(validate_record(fixture->a, r, &bad, &e), &e);
    assert_int_equal(bad, -1);
}

static void record_needs_required_fields(void **state)
{
    struct record *r = new_city(NULL, "partner");
    struct record *ag = new_agreement("Akkoord", "3", NULL);
    (void)state;

    expect_record_bad(r, "name_nl", "required");
    set(r, "name_nl", "Kraków");
    expect_record_ok(r);
    set(r, "relation", NULL);
    expect_record_bad(r, "relation", NULL);
    set(r, "relation", "partner");
    set(r, "name_nl", "");
    expect_record_bad(r, "name_nl", NULL);

    expect_record_bad(ag, "type", NULL);
    set(ag, "type", "mou");
    expect_record_ok(ag);
    set(ag, "city_id", NULL);
    expect_record_bad(ag, "city_id", NULL);
    set(ag, "city_id", "3");
    set(ag, "title", NULL);
    expect_record_bad(ag, "title", NULL);
    record_free(&r);
    record_free(&ag);
}

static void record_refuses_end_before_start(void **state)
{
    struct record *r = new_agreement("Akkoord", "9", "mou");
    (void)state;

    set(r, "starts", "2020-01-01");
    set(r, "ends", "2019-12-31");
    expect_record_bad(r, "ends", "Starts");
    set(r, "ends", "2020-01-01"); /* the same day is fine */
    expect_record_ok(r);
    set(r, "ends", "2024-12-31");
    expect_record_ok(r);
    /* as precise as both are known */
    set(r, "starts", "2020");
    set(r, "ends", "2020-05");
    expect_record_ok(r);
    set(r, "starts", "2020-05");
    set(r, "ends", "2020");
    expect_record_ok(r);
    set(r, "ends", "2020-04-30");
    expect_record_bad(r, "ends", NULL);
    set(r, "ends", "2019");
    expect_record_bad(r, "ends", NULL);
    /* no start: any end */
    set(r, "starts", NULL);
    expect_record_ok(r);
    record_free(&r);
}

static void record_refuses_membership_ending_before_it_began(void **state)
{
    const struct kind *k = kind_get(KIND_NETWORK);
    struct record *r = record_new(k);
    (void)state;

    set(r, "name", "Test network");
    set(r, "since", "2010");
    set(r, "until", "2005");
    expect_record_bad(r, "until", "2005");
    set(r, "until", "2010");
    expect_record_ok(r);
    record_free(&r);
}

static void record_refuses_reference_to_a_missing_city(void **state)
{
    struct record *r = new_agreement("Akkoord", "999", "mou");
    (void)state;

    expect_record_bad(r, "city_id", "999");
    set(r, "city_id", "12");
    expect_record_ok(r);
    set(r, "city_id", "13");
    expect_record_bad(r, "city_id", "13");
    record_free(&r);
}

static void record_refuses_an_unknown_status(void **state)
{
    struct record *r = new_city("Kraków", "partner");
    (void)state;

    record_set_status(r, "bogus");
    expect_record_bad(r, NULL, "bogus");
    record_set_status(r, "in_force"); /* an agreement's status, not a city's */
    expect_record_bad(r, NULL, "in_force");
    record_set_status(r, "under_review");
    expect_record_ok(r);
    record_free(&r);
}

static void record_reports_the_first_bad_value(void **state)
{
    struct record *r = new_agreement("Akkoord", "9", "mou");
    (void)state;

    set(r, "signed", "2018-02-30");
    expect_record_bad(r, "signed", "2018-02-30");
    set(r, "signed", "2018-02-28");
    set(r, "human_rights", "ja");
    expect_record_bad(r, "human_rights", NULL);
    record_free(&r);
}

/* The seeded portfolio obeys the same rules as what people type. */
static void every_seeded_record_is_valid(void **state)
{
    int k, bad_records = 0;
    long total = 0;
    (void)state;

    for (k = 0; k < KIND_COUNT; k++) {
        struct query q = { (enum kind_id)k, NULL, NULL, -1, 0, 1 };
        struct record **rs = NULL;
        struct ird_err e = { 0 };
        size_t n = 0, i;
        assert_ok(desk_list(fixture->a, &q, 0, -1, &rs, &n, &e), &e);
        for (i = 0; i < n; i++) {
            int bad = -1;
            if (validate_record(fixture->a, rs[i], &bad, &e) != 0) {
                print_error("%s %lld: %s\n", kind_get((enum kind_id)k)->code,
                            (long long)rs[i]->id, e.msg);
                bad_records++;
            }
        }
        total += (long)n;
        record_list_free(rs, n);
    }
    assert_true(total >= 12 + 14 + 19 + 40);
    assert_int_equal(bad_records, 0);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(date_takes_year_month_or_day),
        cmocka_unit_test(date_knows_leap_years),
        cmocka_unit_test(date_refuses_what_is_not_a_calendar_day),
        cmocka_unit_test(empty_values_are_not_checked_here),
        cmocka_unit_test(year_has_bounds),
        cmocka_unit_test(int_has_bounds),
        cmocka_unit_test(enum_takes_only_its_codes),
        cmocka_unit_test(bool_is_one_or_zero),
        cmocka_unit_test(date_field_wants_a_date),
        cmocka_unit_test(ref_wants_a_record_number),
        cmocka_unit_test(text_length_counts_characters_not_bytes),
        cmocka_unit_test(text_refuses_invalid_utf8),
        cmocka_unit_test(text_refuses_control_characters),
        cmocka_unit_test(newline_only_in_long_text),
        cmocka_unit_test(validate_text_names_its_label),
        cmocka_unit_test(record_needs_required_fields),
        cmocka_unit_test(record_refuses_end_before_start),
        cmocka_unit_test(record_refuses_membership_ending_before_it_began),
        cmocka_unit_test(record_refuses_reference_to_a_missing_city),
        cmocka_unit_test(record_refuses_an_unknown_status),
        cmocka_unit_test(record_reports_the_first_bad_value),
        cmocka_unit_test(every_seeded_record_is_valid),
    };

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("validate", tests, group_setup, group_teardown);
}
