/* db/seed through core/desk.c: the seeded portfolio, checked against the
 * source documents in /work/shared/seeds. */

#include "tests/unit/helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/extra.h"
#include "model/kind.h"
#include "lib/mem.h"
#include "model/record.h"
#include "db/store.h"
#include "i18n/i18n.h"

/* ---- the seeded portfolio, checked against the source documents ------------------ */

static void seed_has_the_whole_portfolio(void **state)
{
    struct fx *f = *state;
    struct app *a = f->a;
    struct query q = { KIND_INITIATIVE, NULL, NULL, -1, 0, 1 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;
    char *total = NULL;
    int seen[41] = { 0 };

    /* 000 L9, 003 L9, 004 L1328-1333: 7 sister and 5 partner cities */
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 1), 12);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM city WHERE relation = 'sister'"), 7);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM city WHERE relation = 'partner'"), 5);
    assert_int_equal(test_count(a, KIND_AGREEMENT, NULL, NULL, 1), 14);
    /* 004: 40 numbered initiatives and 4 top priorities (1.2) */
    assert_int_equal(test_count(a, KIND_INITIATIVE, NULL, NULL, 1), 40);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM priority"), 4);
    /* the memberships the note names; its statements and campaigns apart */
    assert_true(test_count(a, KIND_NETWORK, NULL, NULL, 1) >= 12);
    assert_int_equal(test_count(a, KIND_STATEMENT, NULL, NULL, 1), 7);
    /* 004 L1108, L1819: "ca 42" networks, "42 in totaal" */
    assert_ok(store_meta(a->store, "networks_stated_total", &total, &e), &e);
    assert_non_null(total);
    assert_string_equal(total, "42");
    free(total);
    assert_ok(store_meta(a->store, "no_such_key", &total, &e), &e);
    assert_null(total);

    assert_ok(desk_list(a, &q, 0, -1, &rs, &n, &e), &e);
    assert_int_equal(n, 40);
    for (i = 0; i < n; i++) {
        long num = strtol(rs[i]->val[kind_field(rs[i]->kind, "number")], NULL, 10);
        assert_in_range(num, 1, 40);
        assert_int_equal(seen[num], 0);
        seen[num] = 1;
    }
    record_list_free(rs, n);
}

static const struct {
    int64_t id;
    const char *name_nl, *name_en, *country_nl, *country_en, *relation, *since;
} cities[] = {
    /* 001 L9-15 (year), 000 L9 (Dutch countries), 003 L9 (English) */
    { 1, "Saint-Raphaël", "Saint-Raphaël", "Frankrijk", "France", "sister", "1958" },
    { 2, "Wiesbaden", "Wiesbaden", "Duitsland", "Germany", "sister", "1969" },
    { 3, "Kanazawa", "Kanazawa", "Japan", "Japan", "sister", "1971" },
    { 4, "Melle", "Melle", "Duitsland", "Germany", "sister", "1977" },
    { 5, "Tallinn", "Tallinn", "Estland", "Estonia", "sister", "1982" },
    { 6, "Mohammedia", "Mohammedia", "Marokko", "Morocco", "sister", "1982" },
    /* 001 says "Engeland"; the later 000 L9 and 004 L1331 say VK, 003 "the UK" */
    { 7, "Nottingham", "Nottingham", "VK", "United Kingdom", "sister", "1985" },
    /* 001 L19-23: agreements with partner cities "in <year>" */
    { 8, "Burgas", "Burgas", "Bulgarije", "Bulgaria", "partner", "2009" },
    { 9, "Gdansk", "Gdansk", "Polen", "Poland", "partner", "2009" },
    { 10, "Luik", "Liège", "België", "Belgium", "partner", "2011" },
    { 11, "Weihai", "Weihai", "China", "China", "partner", "2013" },
    { 12, "Taizhou", "Taizhou", "China", "China", "partner", "2018" },
};

static void seed_cities_match_the_documents(void **state)
{
    struct app *a = test_app_of(state);
    size_t i;

    for (i = 0; i < sizeof cities / sizeof cities[0]; i++) {
        int64_t id = cities[i].id;
        assert_string_equal(test_value(a, KIND_CITY, id, "name_nl"), cities[i].name_nl);
        assert_string_equal(test_value(a, KIND_CITY, id, "name_en"), cities[i].name_en);
        assert_string_equal(test_value(a, KIND_CITY, id, "country_nl"), cities[i].country_nl);
        assert_string_equal(test_value(a, KIND_CITY, id, "country_en"), cities[i].country_en);
        assert_string_equal(test_value(a, KIND_CITY, id, "relation"), cities[i].relation);
        assert_string_equal(test_value(a, KIND_CITY, id, "since"), cities[i].since);
    }
    /* 001 L14: the earlier wording is kept, in the notes */
    assert_contains(test_value(a, KIND_CITY, 7, "notes"), "Engeland");
    /* 001 L15 */
    assert_contains(test_value(a, KIND_CITY, 6, "notes"), "Casablanca");
}

static void seed_native_spellings(void **state)
{
    struct app *a = test_app_of(state);

    /* 003 L9 spells "Gdansk"; the city's own spelling is kept apart */
    assert_string_equal(test_value(a, KIND_CITY, 9, "name_native"), "Gdańsk");
    assert_string_equal(test_value(a, KIND_CITY, 10, "name_native"), "Liège");
    assert_string_equal(test_value(a, KIND_CITY, 3, "name_native"), "金沢市");
    /* two Chinese cities are called Taizhou; the documents do not say which */
    assert_string_equal(test_value(a, KIND_CITY, 12, "name_native"), "<NULL>");
}

static void seed_only_kanazawa_stays_by_the_2025_decision(void **state)
{
    struct app *a = test_app_of(state);
    struct decision *d = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;

    /* 000 L17, 002 L1, 003 L3: "Only the partnership with ... Kanazawa will
     * be maintained": a decision, in the log, not a status of the others */
    assert_ok(desk_decisions(a, KIND_CITY, 3, &d, &n, &e), &e);
    assert_true(n >= 2);
    assert_string_equal(d[0].decided, "2025");
    assert_contains(d[0].text_nl, "Enkel met de Japanse stad Kanazawa");
    assert_int_equal(d[0].en_given, 1);
    assert_contains(d[0].text_en, "only maintain the partnership with the Japanese city");
    assert_null(d[0].done);
    decision_list_free(d, n);
    /* 004 L1363-1364, L1920: its current MoU is to be renewed */
    assert_string_equal(test_value(a, KIND_AGREEMENT, 9, "city_id"), "3");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 9, "type"), "mou");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 9), "in_force");
    assert_string_equal(test_value(a, KIND_CITY, 3, "decision"),
                        "MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.");
}

static void seed_saint_raphael_ended_in_2018(void **state)
{
    struct app *a = test_app_of(state);
    struct hist *h = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;
    int found = 0;

    assert_string_equal(test_status_of(a, KIND_CITY, 1), "ended");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 1, "city_id"), "1");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 1, "signed"), "1958");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 1, "ends"), "2018");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 1), "terminated");
    /* 000 L19: "De zusterband met Saint-Raphaël is reeds in 2018 beëindigd" */
    assert_ok(desk_history(a, KIND_CITY, 1, 0, -1, &h, &n, &e), &e);
    for (i = 0; i < n; i++)
        if (strcmp(h[i].at, "2018") == 0 && strcmp(h[i].action, "event") == 0 &&
            h[i].note != NULL && strstr(h[i].note, "2018 beëindigd") != NULL) {
            found = 1;
            assert_non_null(h[i].source);
            assert_string_equal(h[i].source, "000_9314691b6663e154.txt");
        }
    hist_list_free(h, n);
    assert_true(found);
}

static void seed_activity_in_the_last_decade(void **state)
{
    struct app *a = test_app_of(state);
    static const int64_t active[] = { 2, 3, 5 }, dormant[] = { 1, 4, 6, 7 };
    size_t i;

    /* 000 L19, 003 L23: Kanazawa, Tallinn and Wiesbaden active; Melle,
     * Nottingham, Mohammedia and Saint-Raphaël dormant */
    for (i = 0; i < 3; i++)
        assert_string_equal(test_value(a, KIND_CITY, active[i], "activity"), "active");
    for (i = 0; i < 4; i++)
        assert_string_equal(test_value(a, KIND_CITY, dormant[i], "activity"), "dormant");
    for (i = 8; i <= 12; i++)
        assert_string_equal(test_value(a, KIND_CITY, (int64_t)i, "activity"), "<NULL>");
}

static void seed_melle_has_two_twinnings(void **state)
{
    struct app *a = test_app_of(state);

    /* 001 L12: "sinds 1977 met de Stad Gent (sinds 1969 met Sint-Denijs-Westrem)" */
    assert_string_equal(test_value(a, KIND_CITY, 4, "since"), "1977");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 4, "city_id"), "4");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 4, "signed"), "1977");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 4, "party"), "<NULL>");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 5, "city_id"), "4");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 5, "signed"), "1969");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 5, "party"), "Sint-Denijs-Westrem");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 5, "type"), "twinning");
}

static void seed_twinnings_and_partner_agreements(void **state)
{
    struct app *a = test_app_of(state);
    static const struct {
        int64_t agreement, city;
        const char *type, *signed_;
    } ag[] = {
        { 1, 1, "twinning", "1958" }, { 2, 2, "twinning", "1969" }, { 3, 3, "twinning", "1971" },
        { 6, 5, "twinning", "1982" }, { 7, 6, "twinning", "1982" }, { 8, 7, "twinning", "1985" },
        { 10, 8, "mou", "2009" },     { 11, 9, "mou", "2009" },     { 12, 10, "mou", "2011" },
        { 13, 11, "mou", "2013" },
    };
    char id[8];
    size_t i;

    for (i = 0; i < sizeof ag / sizeof ag[0]; i++) {
        snprintf(id, sizeof id, "%lld", (long long)ag[i].city);
        assert_string_equal(test_value(a, KIND_AGREEMENT, ag[i].agreement, "city_id"), id);
        assert_string_equal(test_value(a, KIND_AGREEMENT, ag[i].agreement, "type"), ag[i].type);
        assert_string_equal(test_value(a, KIND_AGREEMENT, ag[i].agreement, "signed"),
                            ag[i].signed_);
    }
    /* 004 L1921-1926: "MoU formeel stopzetten", "MoU evalueren aan het
     * einde van de looptijd" are decisions no document reports carried out:
     * the MoUs stay as signed (the rule itself: test_decide.c) */
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 10), "in_force");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 11), "in_force");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 12), "in_force");
}

static void seed_weihai_mou_expired_in_2019(void **state)
{
    struct app *a = test_app_of(state);

    /* 004 L1927: "Weihai: MoU is afgelopen sinds 2019 en wordt niet verlengd." */
    assert_string_equal(test_value(a, KIND_AGREEMENT, 13, "city_id"), "11");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 13, "ends"), "2019");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 13), "expired");
    assert_string_equal(test_value(a, KIND_CITY, 11, "decision"),
                        "MoU is afgelopen sinds 2019 en wordt niet verlengd.");
}

static void seed_taizhou_letter_of_intent(void **state)
{
    struct app *a = test_app_of(state);

    /* 004 L1928-1931 */
    assert_string_equal(test_value(a, KIND_AGREEMENT, 14, "title"),
                        "Letter of intent over de voorbereiding van een partnerschapsrelatie");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 14, "city_id"), "12");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 14, "type"), "loi");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 14, "signed"), "2018-06-04");
    /* signed; the MoU it prepared did not follow, which is its outcome */
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 14), "in_force");
    assert_contains(test_value(a, KIND_AGREEMENT, 14, "fate"), "gemeenschappelijk thema");
    assert_contains(test_value(a, KIND_AGREEMENT, 14, "fate"), "2019");
}

static void seed_eurocities_since_1998_chair_2017_2018(void **state)
{
    struct app *a = test_app_of(state);
    struct extra *x = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;
    int chair_en = 0, chair_nl = 0;

    /* 004 L1144: "De Stad Gent is sinds 1998 lid van dit netwerk" */
    assert_string_equal(test_value(a, KIND_NETWORK, 1, "name"), "Eurocities");
    assert_string_equal(test_value(a, KIND_NETWORK, 1, "since"), "1998");
    assert_string_equal(test_status_of(a, KIND_NETWORK, 1), "member");
    /* 004 L1145-1146, L1820: chair 2017-2018 */
    assert_ok(desk_extras(a, KIND_NETWORK, 1, &x, &n, &e), &e);
    for (i = 0; i < n; i++) {
        char *t;
        if (x[i].type != EXTRA_ROLE || x[i].from_year != 2017 || x[i].to_year != 2018 ||
            strcmp(x[i].nl, "voorzitter") != 0 || strcmp(x[i].en, "chair") != 0)
            continue;
        /* the store hands over the parts; the wording is core's */
        i18n_set("en");
        t = extra_title(&x[i]);
        chair_en |= strcmp(t, x[i].body ? "chair, Culture Forum (2017–2018)"
                                        : "chair (2017–2018)") == 0;
        free(t);
        i18n_set("nl");
        t = extra_title(&x[i]);
        chair_nl |= strcmp(t, x[i].body ? "voorzitter, Cultuur Forum (2017–2018)"
                                        : "voorzitter (2017–2018)") == 0;
        free(t);
        i18n_set("en");
    }
    extra_list_free(x, n);
    assert_true(chair_en);
    assert_true(chair_nl);
}

static void seed_networks_named_in_the_note(void **state)
{
    struct app *a = test_app_of(state);
    static const char *const names[] = {
        /* 004 L1114-1120, L1171 */
        "Eurocities",        "Global Parliament of Mayors (GPM)",
        "EUniverCities",     "UNESCO Creative Cities Network for Music",
        "LUCI",              "European Network Childfriendly Cities",
        "Covenant of Mayors",
    };
    struct query q = { KIND_NETWORK, NULL, NULL, -1, 0, 1 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i, j;

    assert_ok(desk_list(a, &q, 0, -1, &rs, &n, &e), &e);
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        int found = 0;
        for (j = 0; j < n; j++)
            found |= strcmp(rs[j]->val[0], names[i]) == 0;
        if (!found)
            print_error("no network \"%s\"\n", names[i]);
        assert_true(found);
    }
    record_list_free(rs, n);
}

static int links_to(struct app *a, enum kind_id k, int64_t id, enum kind_id lk, int64_t lid,
                    const char *title)
{
    struct link_ref *l = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;
    int found = 0;

    assert_ok(desk_links(a, k, id, &l, &n, &e), &e);
    for (i = 0; i < n; i++)
        if (l[i].kind == lk && l[i].id == lid &&
            (title == NULL || (l[i].title_nl && strcmp(l[i].title_nl, title) == 0)))
            found = 1;
    link_list_free(l, n);
    return found;
}

static void seed_initiative_23_renews_kanazawa(void **state)
{
    struct app *a = test_app_of(state);

    /* 004 L1406, word for word */
    assert_string_equal(test_value(a, KIND_INITIATIVE, 23, "text_nl"),
                        "We hernieuwen het samenwerkingsakkoord met zusterstad Kanazawa.");
    assert_string_equal(test_value(a, KIND_INITIATIVE, 23, "number"), "23");
    assert_true(links_to(a, KIND_INITIATIVE, 23, KIND_AGREEMENT, 9, NULL));
    assert_true(links_to(a, KIND_INITIATIVE, 23, KIND_CITY, 3, "Kanazawa"));
    /* and the other way round */
    assert_true(links_to(a, KIND_AGREEMENT, 9, KIND_INITIATIVE, 23, NULL));
}

static void seed_initiative_25_names_eurocities(void **state)
{
    struct app *a = test_app_of(state);

    /* 004 L1412-1414 */
    assert_contains(test_value(a, KIND_INITIATIVE, 25, "text_nl"), "stedennetwerk Eurocities");
    assert_true(links_to(a, KIND_INITIATIVE, 25, KIND_NETWORK, 1, "Eurocities"));
    /* 004 L1416: initiative 26 and the Global Parliament of Mayors */
    assert_true(links_to(a, KIND_INITIATIVE, 26, KIND_NETWORK, 2, NULL));
}

static void seed_initiative_chapters(void **state)
{
    struct app *a = test_app_of(state);
    int64_t i;

    /* 004: 1.4 (L267), 2.8 (L874), 3.4 (L1074), 4.9 (L1376), 5.8 (L1601), 6.4 (L1733) */
    for (i = 1; i <= 40; i++) {
        const char *want = i <= 2 ? "1" : i <= 13 ? "2" : i == 14 ? "3" : i <= 26 ? "4"
                           : i <= 33 ? "5" : "6";
        if (strcmp(test_value(a, KIND_INITIATIVE, i, "chapter"), want) != 0)
            print_error("initiative %lld: chapter %s, want %s\n", (long long)i,
                        test_value(a, KIND_INITIATIVE, i, "chapter"), want);
        assert_string_equal(test_value(a, KIND_INITIATIVE, i, "chapter"), want);
        assert_string_equal(test_status_of(a, KIND_INITIATIVE, i), "planned");
    }
}

static void seed_initiative_2_names_the_four_priorities(void **state)
{
    struct app *a = test_app_of(state);
    struct extra *x = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;
    int prio = 0, chapter = 0;

    /* 004 L272-274: "onze 4 internationale topprioriteiten" */
    assert_ok(desk_extras(a, KIND_INITIATIVE, 2, &x, &n, &e), &e);
    i18n_set("nl");
    for (i = 0; i < n; i++) {
        char *t = extra_title(&x[i]);
        prio += x[i].type == EXTRA_PRIORITY && strncmp(t, "Topprioriteit: ", 15) == 0 &&
                strcmp(t + 15, x[i].nl) == 0;
        chapter += x[i].type == EXTRA_CHAPTER && x[i].number == 1 &&
                   strcmp(t, "Hoofdstuk 1: Visie en prioriteiten") == 0;
        free(t);
    }
    i18n_set("en");
    for (i = 0; i < n; i++) {
        char *t = extra_title(&x[i]); /* without its basis */
        prio += x[i].type == EXTRA_PRIORITY && strncmp(t, "Top priority: ", 14) == 0 &&
                strcmp(t + 14, x[i].en) == 0;
        chapter += x[i].type == EXTRA_CHAPTER && strncmp(t, "Chapter 1: ", 11) == 0;
        free(t);
    }
    extra_list_free(x, n);
    assert_int_equal(prio, 2 * 4);
    assert_int_equal(chapter, 2);
}

static void seed_history_is_sourced(void **state)
{
    struct fx *f = *state;

    /* every dated fact names the document it comes from */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM history WHERE user = 'seed' AND"
                                    " (source IS NULL OR source NOT GLOB '00[0-4]_*.txt')"),
                     0);
    assert_true(test_sql_int(f->db, "SELECT count(*) FROM history WHERE user = 'seed'") > 40);
    /* 004 L1928: the day the letter of intent was signed */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM history WHERE kind = 'agreement'"
                                    " AND record_id = 14 AND at = '2018-06-04'"),
                     1);
}

/* One Dutch sentence has one English: a decision reads the same in the
 * decision log, on its city and on its agreement. */
static void seed_one_translation_per_sentence(void **state)
{
    struct fx *f = *state;

    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM decision d JOIN city c"
                                    " ON d.kind = 'city' AND c.id = d.record_id"
                                    " WHERE c.decision = d.text_nl AND c.decision_en <> d.text_en"),
                     0);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM decision d JOIN agreement a"
                                    " ON d.kind = 'agreement' AND a.id = d.record_id"
                                    " WHERE a.fate = d.text_nl AND a.fate_en <> d.text_en"),
                     0);
    assert_true(test_sql_int(f->db, "SELECT count(*) FROM decision d JOIN city c"
                                    " ON d.kind = 'city' AND c.id = d.record_id"
                                    " WHERE c.decision = d.text_nl") >= 5);
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(seed_has_the_whole_portfolio),
        T(seed_cities_match_the_documents),
        T(seed_native_spellings),
        T(seed_only_kanazawa_stays_by_the_2025_decision),
        T(seed_saint_raphael_ended_in_2018),
        T(seed_activity_in_the_last_decade),
        T(seed_melle_has_two_twinnings),
        T(seed_twinnings_and_partner_agreements),
        T(seed_weihai_mou_expired_in_2019),
        T(seed_taizhou_letter_of_intent),
        T(seed_eurocities_since_1998_chair_2017_2018),
        T(seed_networks_named_in_the_note),
        T(seed_initiative_23_renews_kanazawa),
        T(seed_initiative_25_names_eurocities),
        T(seed_initiative_chapters),
        T(seed_initiative_2_names_the_four_priorities),
        T(seed_history_is_sourced),
        T(seed_one_translation_per_sentence),
    };
#undef T

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("seed", tests, test_setup_en, test_teardown_en);
}
