/* model/twin.c and its use: every descriptive field of every kind and side
 * table has its twin in the other language; the shown language's text, or
 * the other one marked; lists sort in the shown language by the stored
 * keys; migration 019 gives seeded databases their English without
 * overwriting what a person wrote. */

#include "tests/unit/helpers.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/desk.h"
#include "db/sql.h"
#include "i18n/i18n.h"
#include "lib/conv.h"
#include "lib/mem.h"
#include "model/kinds.h"
#include "model/record.h"
#include "model/side.h"
#include "model/twin.h"

/* Each free-text field is a twin (Dutch with its English, or the English)
 * unless it says it is the same in every language. */
static void fields_have_twins(const char *what, const struct field *fs, int n)
{
    int i;

    for (i = 0; i < n; i++) {
        int tw = twin_of(fs, n, i);
        if (!ftype_is(fs[i].type, FTYPE_FREE) || (fs[i].flags & F_NO_TWIN))
            continue;
        if (tw < 0)
            print_error("%s.%s has no twin in the other language\n", what, fs[i].name);
        assert_true(tw >= 0);
        assert_true(ftype_is(fs[tw].type, FTYPE_FREE));
        assert_int_equal(twin_of(fs, n, tw), i);
        assert_true(twin_lang(fs, n, i) != twin_lang(fs, n, tw));
    }
}

static void every_descriptive_field_has_a_twin(void **state)
{
    int k, s;

    (void)state;
    for (k = 0; k < kind_count(); k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        fields_have_twins(kd->code, kd->fields, kd->nfields);
    }
    for (s = 0; s < SIDE_COUNT; s++) {
        const struct side *sd = side_get((enum side_id)s);
        fields_have_twins(sd->table, sd->cols, sd->ncols);
    }
}

static void the_other_language_is_shown_marked(void **state)
{
    struct record *r = record_new(kind_get(KIND_CITY));

    (void)state;
    record_set(r, CITY_NAME_NL, "Gent");
    record_set(r, CITY_DECISION, "formeel ontzusteren.");
    i18n_set("en");
    assert_string_equal(record_shown(r, CITY_NAME_NL), "[nl] Gent");
    assert_string_equal(record_shown(r, CITY_DECISION), "[nl] formeel ontzusteren.");
    record_set(r, CITY_NAME_EN, "Ghent");
    assert_string_equal(record_shown(r, CITY_NAME_NL), "Ghent");
    i18n_set("nl");
    assert_string_equal(record_shown(r, CITY_NAME_NL), "Gent");
    record_set(r, CITY_NAME_NL, NULL);
    assert_string_equal(record_shown(r, CITY_NAME_NL), "[en] Ghent");
    record_set(r, CITY_NAME_EN, NULL);
    assert_string_equal(record_shown(r, CITY_NAME_NL), "");
    i18n_set("en");
    record_free(&r);
}

/* The list of cities sorted on the country column in the current language:
 * each row's shown country folded is not before the previous one's. */
static void expect_sorted_by_country(struct app *a, int en)
{
    struct query q = { KIND_CITY, NULL, NULL, CITY_COUNTRY_NL, 0, 0 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;
    char *prev = xstrdup("");

    assert_ok(desk_list(a, &q, 0, 100, &rs, &n, &e), &e);
    assert_true(n >= 12);
    for (i = 0; i < n; i++) {
        char *f = conv_fold(record_get(rs[i], en ? CITY_COUNTRY_EN : CITY_COUNTRY_NL));
        if (strcmp(prev, f) > 0)
            print_error("%s sorts after %s\n", prev, f);
        assert_true(strcmp(prev, f) <= 0);
        free(prev);
        prev = f;
    }
    free(prev);
    record_list_free(rs, n);
}

static void lists_sort_in_the_shown_language(void **state)
{
    struct app *a = test_app_of(state);
    struct query q = { KIND_CITY, NULL, NULL, CITY_COUNTRY_NL, 0, 0 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;

    i18n_set("en");
    expect_sorted_by_country(a, 1);
    /* Belgium (België) first in English, Bulgaria (Bulgarije) first in Dutch */
    assert_ok(desk_list(a, &q, 0, 1, &rs, &n, &e), &e);
    assert_string_equal(record_get(rs[0], CITY_COUNTRY_EN), "Belgium");
    record_list_free(rs, n);
    i18n_set("nl");
    expect_sorted_by_country(a, 0);
    assert_ok(desk_list(a, &q, 0, 1, &rs, &n, &e), &e);
    assert_string_equal(record_get(rs[0], CITY_COUNTRY_NL), "België");
    record_list_free(rs, n);
    /* a saved record's keys follow it: "Aa" sorts first in either language */
    test_save_field(a, KIND_CITY, 5, "country_en", "Aaland");
    i18n_set("en");
    assert_ok(desk_list(a, &q, 0, 1, &rs, &n, &e), &e);
    assert_int_equal(rs[0]->id, 5);
    record_list_free(rs, n);
    i18n_set("en");
}

/* 1 when the SQL's one value equals text (NULL: is NULL). */
static int sql_is(const char *db, const char *sql, const char *text)
{
    char *q = text == NULL ? xasprintf("SELECT (%s) IS NULL", sql)
                           : xasprintf("SELECT (%s) = '%s'", sql, text);
    int yes = test_sql_int(db, q) == 1;

    if (!yes)
        print_error("%s: not %s\n", sql, text == NULL ? "NULL" : text);
    free(q);
    return yes;
}

/* A save writes the sort keys of the twins it changes in its own UPDATE,
 * each from both texts (the other language's when its own is emptied),
 * and a city's keys reach its agreements; an edit of another field leaves
 * them as they are; a new record has its keys at once. */
static void a_save_writes_the_keys_it_changes(void **state)
{
    struct fx *f = test_fx_of(state);
    struct app *a = f->a;
    struct record *r = NULL;
    struct ird_err e = { 0 };
    int bad = -2;

    /* city 12 (Taizhou, China) and its agreement 14 */
    test_save_field(a, KIND_CITY, 12, "name_en", "\xC3\x86r\xC3\xB8 Town");
    {
        char *want = conv_fold("\xC3\x86r\xC3\xB8 Town");
        assert_true(sql_is(f->db, "SELECT name_sk_en FROM city WHERE id = 12", want));
        free(want);
    }
    assert_true(sql_is(f->db, "SELECT name_sk_nl FROM city WHERE id = 12", "taizhou"));
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM agreement WHERE city_id = 12"
                                         " AND city_id_sk_en IS NOT (SELECT name_sk_en FROM city"
                                         " WHERE id = 12)"),
                     0);
    assert_true(sql_is(f->db, "SELECT city_id_sk_nl FROM agreement WHERE id = 14", "taizhou"));
    /* the Dutch country emptied: its key is the English one's text, which
     * this save did not change */
    test_save_field(a, KIND_CITY, 12, "country_nl", "");
    assert_true(sql_is(f->db, "SELECT country_sk_nl FROM city WHERE id = 12", "china"));
    test_save_field(a, KIND_CITY, 12, "country_en", "Cathay");
    assert_true(sql_is(f->db, "SELECT country_sk_nl FROM city WHERE id = 12", "cathay"));
    assert_true(sql_is(f->db, "SELECT country_sk_en FROM city WHERE id = 12", "cathay"));
    /* the notes alone: every key as it was */
    test_sql_exec(f->db, "UPDATE city SET name_sk_nl = 'by hand' WHERE id = 12");
    test_save_field(a, KIND_CITY, 12, "notes", "Only the notes.");
    assert_true(sql_is(f->db, "SELECT name_sk_nl FROM city WHERE id = 12", "by hand"));
    assert_true(sql_is(f->db, "SELECT country_sk_en FROM city WHERE id = 12", "cathay"));
    /* a new city: its keys with it */
    r = record_new(kind_get(KIND_CITY));
    record_set(r, kind_field(kind_get(KIND_CITY), "name_nl"), "\xC3\x89vora");
    record_set(r, kind_field(kind_get(KIND_CITY), "country_en"), "Portugal");
    record_set(r, kind_field(kind_get(KIND_CITY), "relation"), "partner");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    assert_true(r->id > 0);
    {
        char *sql = xasprintf("SELECT name_sk_nl || '|' || name_sk_en || '|' || country_sk_nl"
                              " || '|' || country_sk_en FROM city WHERE id = %lld",
                              (long long)r->id);
        assert_true(sql_is(f->db, sql, "evora|evora|portugal|portugal"));
        free(sql);
    }
    record_free(&r);
}

/* How many rows of table hold a Dutch text of the n fields fs without its
 * English twin (a number or a code needs none). */
static long long missing_english(const char *db, const char *table, const struct field *fs,
                                 int n)
{
    long long total = 0;
    int i;

    for (i = 0; i < n; i++) {
        char *sql;
        if (fs[i].alt < 0)
            continue;
        sql = xasprintf("SELECT count(*) FROM %s WHERE %s IS NOT NULL AND %s IS NULL"
                        " AND %s GLOB '*[A-Za-z]*'",
                        table, fs[i].name, fs[fs[i].alt].name, fs[i].name);
        if (test_sql_int(db, sql) > 0)
            print_error("%s.%s: Dutch without English\n", table, fs[i].name);
        total += test_sql_int(db, sql);
        free(sql);
    }
    return total;
}

static void every_seeded_text_has_its_english(void **state)
{
    struct fx *f = test_fx_of(state);
    long long missing = 0;
    int k, s;

    for (k = 0; k < KIND_COUNT; k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        missing += missing_english(f->db, kd->table, kd->fields, kd->nfields);
    }
    for (s = 0; s < SIDE_COUNT; s++) {
        const struct side *sd = side_get((enum side_id)s);
        missing += missing_english(f->db, sd->table, sd->cols, sd->ncols);
    }
    assert_int_equal(missing, 0);
    /* and each seeded record says where its English comes from */
    for (k = 0; k < KIND_COUNT; k++) {
        char *sql = xasprintf("SELECT count(*) FROM %s WHERE en_source IS NULL",
                              kind_get((enum kind_id)k)->table);
        assert_int_equal(test_sql_int(f->db, sql), 0);
        free(sql);
    }
}

/* The version of the migration called name. */
static int migration_called(const char *name)
{
    int v;

    for (v = 1; v <= sql_migration_count(); v++)
        if (strcmp(sql_migration_name(v), name) == 0)
            return v;
    return -1;
}

static void migration_019_fills_only_seeded_texts(void **state)
{
    struct fx *f = test_fx_of(state);
    int v = migration_called("019_english.sql");
    char sql[512];

    assert_true(v > 0);
    /* a database seeded before the English: its twins empty, an old title,
     * and a decision a person has since rewritten */
    test_sql_exec(f->db, "UPDATE city SET decision_en = NULL, en_source = NULL;"
                         "UPDATE history SET note_en = NULL;"
                         "UPDATE initiative SET title_en = 'Help shape the Conference on the "
                         "Future of Europe; host ministerials' WHERE number = 9;"
                         "UPDATE city SET decision = 'Eigen tekst.' WHERE id = 3;");
    test_sql_exec(f->db, sql_migration(v));
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM city WHERE decision_en = "
                                         "'formally end the twinning.'"), 2);
    assert_int_equal(test_sql_int(f->db, "SELECT decision_en IS NULL FROM city WHERE id = 3"),
                     1);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM history WHERE note IS NOT NULL "
                                         "AND note_en IS NULL"), 0);
    snprintf(sql, sizeof sql, "SELECT title_en LIKE 'Stand as a candidate%%' FROM initiative "
                              "WHERE number = 9");
    assert_int_equal(test_sql_int(f->db, sql), 1);
    /* run again it changes nothing more */
    test_sql_exec(f->db, "UPDATE city SET decision_en = 'By hand.' WHERE id = 2");
    test_sql_exec(f->db, sql_migration(v));
    assert_int_equal(test_sql_int(f->db, "SELECT decision_en = 'By hand.' FROM city WHERE id = 2"),
                     1);
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_descriptive_field_has_a_twin),
        cmocka_unit_test(the_other_language_is_shown_marked),
        T(every_seeded_text_has_its_english),
        T(lists_sort_in_the_shown_language),
        T(a_save_writes_the_keys_it_changes),
        T(migration_019_fills_only_seeded_texts),
    };
#undef T

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("twin", tests, test_setup_en, NULL);
}
