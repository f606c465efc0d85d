/* The working register of issue 12 (model/kinds_work.c): visits and
 * missions, EU projects with their grants in whole euros, contacts with the
 * GDPR's erasure and review; the seed from the policy note. */

#include "tests/unit/helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/attach.h"
#include "core/desk.h"
#include "core/exchange.h"
#include "core/journal.h"
#include "core/summary.h"
#include "core/validate.h"
#include "core/views.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/ftype.h"
#include "model/kinds.h"
#include "model/record.h"
#include "model/saved.h"

static void amounts_are_read_in_belgian_notation(void **state)
{
    static const struct {
        const char *typed;
        long long euros; /* -1: refused */
    } cases[] = {
        { "3.500.000", 3500000 },    { "3500000", 3500000 },  { "€ 3.500.000,00", 3500000 },
        { "€3.500.000", 3500000 },   { "4.800.000 EUR", 4800000 }, { "0", 0 },
        { "3.500.000,-", 3500000 },  { "3.50.000", -1 },       { "3,5", -1 },
        { "3.500.000,50", -1 },      { ".500", -1 },           { "-5", -1 },
        { "3 500 000", -1 },         { "", -1 },               { "€", -1 },
    };
    size_t i;
    long long n;
    (void)state;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int rc = ftype_money_parse(cases[i].typed, &n);
        if ((rc == 0) != (cases[i].euros >= 0) || (rc == 0 && n != cases[i].euros))
            print_error("\"%s\": rc %d, %lld\n", cases[i].typed, rc, n);
        assert_int_equal(rc == 0, cases[i].euros >= 0);
        if (rc == 0)
            assert_int_equal(n, cases[i].euros);
    }
    assert_string_equal(test_gc(ftype_money_text(3500000)), "€ 3.500.000");
    assert_string_equal(test_gc(ftype_money_text(999)), "€ 999");
    assert_string_equal(test_gc(ftype_money_text(1000)), "€ 1.000");
    assert_string_equal(test_gc(ftype_money_text(0)), "€ 0");
}

/* A grant typed as a person writes it is stored as whole euros and shown in
 * Belgian notation; a wrong one is refused, in the user's language. */
static void a_project_keeps_its_grant_exact(void **state)
{
    struct app *a = test_app_of(state);
    struct record *r = record_new(kind_get(KIND_PROJECT));
    struct ird_err e = { 0 };
    int bad = -1;

    test_set(r, "acronym", "TESTPROJ");
    test_set(r, "programme", "interreg");
    test_set(r, "grant_eur", "€ 1.234.567,00");
    validate_normalize(r);
    assert_ok(desk_save(a, r, &bad, &e), &e);
    assert_string_equal(test_value(a, KIND_PROJECT, r->id, "grant_eur"), "1234567");
    record_free(&r);
    r = test_get(a, KIND_PROJECT, 16);
    assert_string_equal(record_shown(r, PROJECT_GRANT), "€ 1.234.567");
    test_set(r, "grant_eur", "1.234,5");
    validate_normalize(r);
    assert_fails(desk_save(a, r, &bad, &e), &e, IRD_INVALID);
    assert_int_equal(bad, PROJECT_GRANT);
    assert_contains(e.msg, "whole euros");
    assert_string_equal(test_value(a, KIND_PROJECT, 16, "grant_eur"), "1234567");
    record_free(&r);
}

/* What the note says of the Urban Innovative Actions, exactly; the Interreg
 * and Urbact projects without a programme the note does not give. */
static void seeded_projects_match_the_note(void **state)
{
    static const struct {
        int64_t id;
        const char *acronym, *year, *grant;
    } uia[] = {
        { 1, "TMaas", "2017", "3500000" },
        { 2, "Iccarus", "2018", "4800000" },
        { 3, "CoGhent", "2020", "4700000" },
    };
    struct fx *f = test_fx_of(state);
    size_t i;

    for (i = 0; i < 3; i++) {
        assert_string_equal(test_value(f->a, KIND_PROJECT, uia[i].id, "acronym"), uia[i].acronym);
        assert_string_equal(test_value(f->a, KIND_PROJECT, uia[i].id, "programme"), "uia");
        assert_string_equal(test_value(f->a, KIND_PROJECT, uia[i].id, "year"), uia[i].year);
        assert_string_equal(test_value(f->a, KIND_PROJECT, uia[i].id, "grant_eur"), uia[i].grant);
    }
    /* only these three have an amount, and no project a programme the note
     * does not name ("Interreg en Urbact projecten" names no one of them) */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM project WHERE grant_eur IS NOT NULL"), 3);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM project WHERE acronym IN ('URBCON',"
                                         " 'PlastiCity', 'ROOF', 'EDUCAS', 'Tracks', 'PACE',"
                                         " 'SpeedYouUp') AND programme IS NULL"), 7);
    assert_string_equal(test_value(f->a, KIND_PROJECT, 12, "role"), "lead");
    /* every seeded record cites its source; a contact has no e-mail or phone */
    assert_int_equal(test_sql_int(f->db, "SELECT (SELECT count(*) FROM visit WHERE source IS NULL)"
                                         " + (SELECT count(*) FROM project WHERE source IS NULL)"
                                         " + (SELECT count(*) FROM contact WHERE source IS NULL)"),
                     0);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM contact WHERE email IS NOT NULL"
                                         " OR phone IS NOT NULL"),
                     0);
    /* a visit known only from the documents took place (or, announced, was
     * accepted): none is seeded as merely requested or planned */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM visit WHERE status NOT IN"
                                         " ('took_place', 'accepted')"),
                     0);
    assert_string_equal(test_status_of(f->a, KIND_VISIT, 12), "accepted");
}

/* The portfolio sums the grants per programme and per programming period. */
static void the_portfolio_sums_the_grants(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    char *title = NULL, *body;

    i18n_set("en");
    body = test_gc(summary_portfolio(a, 30, &title, &e));
    test_gc(title);
    assert_non_null(body);
    assert_contains(body, "7. EU projects");
    assert_contains(body, "Urban Innovative Actions         3  € 13.000.000");
    assert_contains(body, "Programming period 2014-2020         3  € 13.000.000");
    assert_contains(body, "6. Visits, receptions and missions");
    i18n_set("nl");
    body = test_gc(summary_portfolio(a, 30, &title, &e));
    test_gc(title);
    assert_contains(body, "EU-subsidies per programma");
    assert_contains(body, "Programmaperiode 2014-2020");
    i18n_set("en");
}

/* A visit moves as the issue says; a seeded one that took place is reported. */
static void a_visit_moves_through_its_statuses(void **state)
{
    struct app *a = test_app_of(state);
    struct record *r = record_new(kind_get(KIND_VISIT));
    struct ird_err e = { 0 };
    int bad = -1;

    test_set(r, "title_nl", "Studiebezoek uit Tallinn");
    test_set(r, "title_en", "Study visit from Tallinn");
    test_set(r, "direction", "incoming");
    test_set(r, "type", "study_visit");
    test_set(r, "date_from", "2025-05");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    assert_string_equal(test_status_of(a, KIND_VISIT, r->id), "requested");
    assert_fails(workflow_move(a, KIND_VISIT, r->id, -1, "took_place", NULL, &e), &e,
                 IRD_TRANSITION);
    assert_ok(workflow_move(a, KIND_VISIT, r->id, -1, "accepted", NULL, &e), &e);
    assert_ok(workflow_move(a, KIND_VISIT, r->id, -1, "planned", NULL, &e), &e);
    assert_ok(workflow_move(a, KIND_VISIT, r->id, -1, "took_place", NULL, &e), &e);
    assert_ok(workflow_move(a, KIND_VISIT, r->id, -1, "reported", NULL, &e), &e);
    /* a date the project's validation does not take */
    test_set(r, "date_until", "2025-13");
    r->version = test_version_of(a, KIND_VISIT, r->id);
    assert_fails(desk_save(a, r, &bad, &e), &e, IRD_INVALID);
    assert_int_equal(bad, VISIT_UNTIL);
    record_free(&r);
    assert_ok(workflow_move(a, KIND_VISIT, 15, -1, "reported", NULL, &e), &e);
}

/* Contacts whose period ended more than contact_review months ago. */
static void ended_contacts_are_listed_for_review(void **state)
{
    struct app *a = test_app_of(state);
    struct view_def v;
    struct query q = { 0 };
    struct ird_err e = { 0 };
    char cond[4 * VIEWS_COND];
    long n = -1;

    /* the clock is 2025-03-01: 24 months back is 2023-03-01 */
    test_save_field(a, KIND_CONTACT, 2, "period_until", "2018");
    test_save_field(a, KIND_CONTACT, 3, "period_until", "2023-02");
    test_save_field(a, KIND_CONTACT, 4, "period_until", "2023-03");
    test_save_field(a, KIND_CONTACT, 5, "period_until", "2024");
    assert_ok(views_find(a, "contacts-for-review", &v, &e), &e);
    assert_ok(views_apply(a, &v, KIND_CONTACT, &q, cond, &e), &e);
    assert_ok(desk_count(a, &q, &n, &e), &e);
    assert_int_equal(n, 2); /* 2018 and February 2023 */
    a->cfg.review = 12;     /* a year back: 2024-03-01; 2023-03 too */
    assert_ok(views_apply(a, &v, KIND_CONTACT, &q, cond, &e), &e);
    assert_ok(desk_count(a, &q, &n, &e), &e);
    assert_int_equal(n, 3);
    view_def_fini(&v);
}

/* Does the file at path hold needle anywhere (raw bytes)? */
static int file_holds(const char *path, const char *needle)
{
    size_t len = 0, n = strlen(needle), i;
    char *data;
    int found = 0;

    if (!test_exists(path))
        return 0;
    data = test_read_file(path, &len);
    for (i = 0; !found && i + n <= len; i++)
        found = memcmp(data + i, needle, n) == 0;
    free(data);
    return found;
}

static int db_holds(const char *db, const char *needle)
{
    char *wal;

    /* on a server: the rows of the tables a person's data go in (what the
     * server's own files keep until a vacuum is the DBAs' to manage) */
    if (test_on_server(db))
        return test_sql_int(db, test_gc(xasprintf(
                   "SELECT (SELECT count(*) FROM contact t WHERE t::text LIKE '%%%s%%')"
                   " + (SELECT count(*) FROM history t WHERE t::text LIKE '%%%s%%')"
                   " + (SELECT count(*) FROM note t WHERE t::text LIKE '%%%s%%')"
                   " + (SELECT count(*) FROM attachment t"
                   " WHERE position(convert_to('%s', 'UTF8') IN t.body) > 0)",
                   needle, needle, needle, needle))) > 0;
    wal = test_gc(xasprintf("%s-wal", db));
    return file_holds(db, needle) || file_holds(wal, needle);
}

/* Erasure leaves nothing of the person in the database file or its log:
 * the record, its history (an edit's old value), its notes, the search
 * index; only a dated line that it took place. */
static void erasure_leaves_no_trace(void **state)
{
    static const char *const traces[] = { "Zyxwvut", "zyxwvut", "Qponmlk", "qponmlk",
                                          "zq.person@wiesbaden.example", "611 7654321",
                                          "Curriculum of Vwxyzq", NULL };
    struct fx *f = test_fx_of(state);
    struct record *r = record_new(kind_get(KIND_CONTACT));
    struct ird_err e = { 0 };
    struct hist *h = NULL;
    size_t n = 0;
    int bad = -1, kept = -1, i;
    long hits;

    test_set(r, "name", "Zyxwvut Qponmlk");
    test_set(r, "organisation", "Stadt Wiesbaden");
    test_set(r, "email", "zq.person@wiesbaden.example");
    test_set(r, "phone", "+49 611 7654321");
    test_set(r, "city_id", "2");
    assert_ok(desk_save(f->a, r, &bad, &e), &e);
    test_save_field(f->a, KIND_CONTACT, r->id, "name", "Zyxwvut Qponmlk-Vrede");
    assert_ok(journal_add(f->a, KIND_CONTACT, r->id, "Belde met Qponmlk over Wiesbaden", &e), &e);
    {
        /* a file attached to the person's record goes with it */
        char *cv = test_path(f->dir, "cv.txt");
        int64_t aid = 0;
        test_write_file(cv, "Curriculum of Vwxyzq\n", 21);
        assert_ok(attach_add(f->a, KIND_CONTACT, r->id, cv, &aid, &e), &e);
        free(cv);
    }
    assert_int_equal(test_count(f->a, KIND_CONTACT, NULL, "qponmlk", 1), 1);
    for (i = 0; traces[i] != NULL; i++) /* before: all of it is there */
        assert_true(db_holds(f->db, traces[i]));
    /* a kind without personal data is not erased, and nothing changes */
    assert_fails(desk_erase(f->a, KIND_CITY, 2, &kept, &e), &e, IRD_INVALID);
    assert_string_equal(test_status_of(f->a, KIND_CITY, 2), "active");
    assert_ok(desk_erase(f->a, KIND_CONTACT, r->id, &kept, &e), &e);
    assert_int_equal(kept, 0);
    for (i = 0; traces[i] != NULL; i++) {
        if (db_holds(f->db, traces[i]))
            print_error("the database still holds \"%s\"\n", traces[i]);
        assert_false(db_holds(f->db, traces[i]));
    }
    assert_false(desk_exists(f->a, KIND_CONTACT, r->id));
    assert_int_equal(test_count(f->a, KIND_CONTACT, NULL, "qponmlk", 1), 0);
    /* on a server the search's text is the row's own (gone with it) */
    hits = test_on_server(f->db) ? 0
                                 : test_sql_int(f->db, "SELECT count(*) FROM search_doc"
                                                       " WHERE body LIKE '%ponmlk%'");
    assert_int_equal(hits, 0);
    /* one dated line remains, and the database is consistent */
    assert_ok(desk_history(f->a, KIND_CONTACT, r->id, 0, -1, &h, &n, &e), &e);
    assert_int_equal(n, 1);
    assert_string_equal(h[0].field, "erased");
    assert_string_equal(h[0].at, TEST_NOW);
    assert_string_equal(h[0].note_en, "Personal data erased (GDPR).");
    hist_list_free(h, n);
    test_expect_check_clean(f->a);
    record_free(&r);
}

/* Everything held about one person, as JSON: fields, links, journal and
 * history. */
static void one_persons_data_as_json(void **state)
{
    struct app *a = test_app_of(state);
    struct export_opts o = { KIND_CONTACT, EXPORT_JSON, 0, 1, 1 };
    struct ird_err e = { 0 };
    char *out = NULL;
    size_t len = 0, lost = 0;

    assert_ok(journal_add(a, KIND_CONTACT, 1, "Gesprek over Eurocities", &e), &e);
    test_save_field(a, KIND_CONTACT, 1, "languages", "nl, en, fr");
    assert_ok(exchange_export(a, &o, &out, &len, &lost, &e), &e);
    test_gc(out);
    assert_contains(out, "\"name\": \"Mathias De Clercq\"");
    assert_contains(out, "\"languages\": \"nl, en, fr\"");
    assert_contains(out, "\"journal\": [");
    assert_contains(out, "Gesprek over Eurocities");
    assert_contains(out, "\"history\": [");
    assert_contains(out, "\"links\": [{\"kind\": \"network\", \"id\": 1}]");
    assert_null(strstr(out, "Daniël Termont")); /* nobody else */
    assert_null(strstr(out, "\"city\": ["));
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(amounts_are_read_in_belgian_notation),
        T(a_project_keeps_its_grant_exact),
        T(seeded_projects_match_the_note),
        T(the_portfolio_sums_the_grants),
        T(a_visit_moves_through_its_statuses),
        T(ended_contacts_are_listed_for_review),
        T(erasure_leaves_no_trace),
        T(one_persons_data_as_json),
    };
#undef T

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("register", tests, test_setup_en, NULL);
}
