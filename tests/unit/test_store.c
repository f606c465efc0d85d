/* db/store.c and db/migrate.c, through core/desk.c and core/workflow.c:
 * migrations, the seeded portfolio (checked against /work/shared/seeds),
 * search folding, history, version conflicts between desks, and files that
 * are not what they should be. */

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

/* ---- small tools ------------------------------------------------------------ */

static struct app *app_of(void **state)
{
    return ((struct fx *)*state)->a;
}

static struct record *get(struct app *a, enum kind_id k, int64_t id)
{
    struct record *r = NULL;
    struct ird_err e = { 0 };

    assert_ok(desk_get(a, k, id, &r, &e), &e);
    return r;
}

static void set(struct record *r, const char *field, const char *v)
{
    int i = kind_field(r->kind, field);

    assert_true(i >= 0);
    record_set(r, i, v);
}

/* The newest history line of a record; caller frees with hist_list_free. */
static struct hist *last_hist(struct app *a, enum kind_id k, int64_t id)
{
    struct hist *h = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;

    assert_ok(desk_history(a, k, id, 0, 1, &h, &n, &e), &e);
    assert_int_equal(n, 1);
    return h;
}

/* search must find exactly the one record 'id' of kind k */
static void expect_search(struct app *a, enum kind_id k, const char *search, int64_t id)
{
    int64_t ids[32];
    size_t n = test_search_ids(a, k, search, ids, 32);

    if (n != 1 || ids[0] != id) {
        size_t i;
        print_error("search \"%s\": %zu results, want only %s %lld:\n", search, n,
                    kind_get(k)->code, (long long)id);
        for (i = 0; i < n && i < 32; i++)
            print_error("  %lld\n", (long long)ids[i]);
    }
    assert_int_equal(n, 1);
    assert_int_equal(ids[0], id);
    assert_int_equal(test_count(a, k, NULL, search, 0), 1);
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

/* Save r and expect a refusal with code; nothing of the record changes. */
static void expect_save_refused(struct app *a, struct record *r, enum ird_code code,
                                const char *bad_field)
{
    struct ird_err e = { 0 };
    int64_t v = test_version_of(a, r->kind->id, r->id);
    long h = test_history_count(a, r->kind->id, r->id);
    struct record *before = get(a, r->kind->id, r->id), *after;
    int bad = -2, i;

    assert_fails(desk_save(a, r, &bad, &e), &e, code);
    if (bad_field != NULL)
        assert_int_equal(bad, kind_field(r->kind, bad_field));
    after = get(a, r->kind->id, r->id);
    assert_int_equal(test_version_of(a, r->kind->id, r->id), v);
    assert_int_equal(test_history_count(a, r->kind->id, r->id), h);
    for (i = 0; i < r->kind->nfields; i++) {
        const char *x = before->val[i] ? before->val[i] : "", *y = after->val[i] ? after->val[i] : "";
        assert_string_equal(x, y);
    }
    assert_string_equal(before->status, after->status);
    record_free(&before);
    record_free(&after);
}

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
    assert_int_equal(test_sql_int(path, "SELECT count(*) FROM search_doc"), 2);
    assert_int_equal(test_sql_int(path, "SELECT count(*) FROM search WHERE search MATCH 'krakow'"),
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
    assert_true(test_count(a, KIND_NETWORK, NULL, NULL, 1) >= 19);
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
    struct app *a = app_of(state);
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
    struct app *a = app_of(state);

    /* 003 L9 spells "Gdansk"; the city's own spelling is kept apart */
    assert_string_equal(test_value(a, KIND_CITY, 9, "name_native"), "Gdańsk");
    assert_string_equal(test_value(a, KIND_CITY, 10, "name_native"), "Liège");
    assert_string_equal(test_value(a, KIND_CITY, 3, "name_native"), "金沢市");
    /* two Chinese cities are called Taizhou; the documents do not say which */
    assert_string_equal(test_value(a, KIND_CITY, 12, "name_native"), "<NULL>");
}

static void seed_only_kanazawa_stays_active(void **state)
{
    struct app *a = app_of(state);
    struct query q = { KIND_CITY, "active", NULL, -1, 0, 1 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;

    /* 000 L17, 002 L1, 003 L3: "Only the partnership with ... Kanazawa will be maintained" */
    assert_ok(desk_list(a, &q, 0, -1, &rs, &n, &e), &e);
    assert_int_equal(n, 1);
    assert_int_equal(rs[0]->id, 3);
    record_list_free(rs, n);
    /* 004 L1363-1364, L1920: its current MoU is to be renewed */
    assert_string_equal(test_value(a, KIND_AGREEMENT, 9, "city_id"), "3");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 9, "type"), "mou");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 9), "in_force");
    assert_string_equal(test_value(a, KIND_CITY, 3, "decision"),
                        "MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.");
}

static void seed_saint_raphael_ended_in_2018(void **state)
{
    struct app *a = app_of(state);
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
    struct app *a = app_of(state);
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
    struct app *a = app_of(state);

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
    struct app *a = app_of(state);
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
    /* 004 L1924-1926: Gdansk's MoU is evaluated at the end of its term */
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 11), "under_evaluation");
    /* 004 L1921-1923: Burgas and Liège: "MoU formeel stopzetten" */
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 10), "terminated");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 12), "terminated");
}

static void seed_weihai_mou_expired_in_2019(void **state)
{
    struct app *a = app_of(state);

    /* 004 L1927: "Weihai: MoU is afgelopen sinds 2019 en wordt niet verlengd." */
    assert_string_equal(test_value(a, KIND_AGREEMENT, 13, "city_id"), "11");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 13, "ends"), "2019");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 13), "expired");
    assert_string_equal(test_value(a, KIND_CITY, 11, "decision"),
                        "MoU is afgelopen sinds 2019 en wordt niet verlengd.");
}

static void seed_taizhou_letter_of_intent(void **state)
{
    struct app *a = app_of(state);

    /* 004 L1928-1931 */
    assert_string_equal(test_value(a, KIND_AGREEMENT, 14, "title"),
                        "Letter of intent over de voorbereiding van een partnerschapsrelatie");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 14, "city_id"), "12");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 14, "type"), "loi");
    assert_string_equal(test_value(a, KIND_AGREEMENT, 14, "signed"), "2018-06-04");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 14), "not_concluded");
    assert_contains(test_value(a, KIND_AGREEMENT, 14, "fate"), "gemeenschappelijk thema");
    assert_contains(test_value(a, KIND_AGREEMENT, 14, "fate"), "2019");
}

static void seed_eurocities_since_1998_chair_2017_2018(void **state)
{
    struct app *a = app_of(state);
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
        t = extra_text(&x[i]);
        chair_en |= strcmp(t, x[i].body ? "chair, Cultuur Forum (2017–2018)"
                                        : "chair (2017–2018)") == 0;
        free(t);
        i18n_set("nl");
        t = extra_text(&x[i]);
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
    struct app *a = app_of(state);
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
    struct app *a = app_of(state);

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
    struct app *a = app_of(state);

    /* 004 L1412-1414 */
    assert_contains(test_value(a, KIND_INITIATIVE, 25, "text_nl"), "stedennetwerk Eurocities");
    assert_true(links_to(a, KIND_INITIATIVE, 25, KIND_NETWORK, 1, "Eurocities"));
    /* 004 L1416: initiative 26 and the Global Parliament of Mayors */
    assert_true(links_to(a, KIND_INITIATIVE, 26, KIND_NETWORK, 2, NULL));
}

static void seed_initiative_chapters(void **state)
{
    struct app *a = app_of(state);
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
    struct app *a = app_of(state);
    struct extra *x = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;
    int prio = 0, chapter = 0;

    /* 004 L272-274: "onze 4 internationale topprioriteiten" */
    assert_ok(desk_extras(a, KIND_INITIATIVE, 2, &x, &n, &e), &e);
    i18n_set("nl");
    for (i = 0; i < n; i++) {
        char *t = extra_text(&x[i]);
        prio += x[i].type == EXTRA_PRIORITY && strncmp(t, "Topprioriteit: ", 15) == 0 &&
                strcmp(t + 15, x[i].nl) == 0;
        chapter += x[i].type == EXTRA_CHAPTER && x[i].number == 1 &&
                   strcmp(t, "Hoofdstuk 1: Visie en prioriteiten") == 0;
        free(t);
    }
    i18n_set("en");
    for (i = 0; i < n; i++) {
        char *t = extra_text(&x[i]);
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

/* ---- search folding and lookup ------------------------------------------------------ */

static void search_ignores_accents_and_case(void **state)
{
    struct app *a = app_of(state);

    expect_search(a, KIND_CITY, "liege", 10);
    expect_search(a, KIND_CITY, "LIÈGE", 10);
    expect_search(a, KIND_CITY, "Liège", 10);
    expect_search(a, KIND_CITY, "luik", 10);
    expect_search(a, KIND_CITY, "gdansk", 9);
    expect_search(a, KIND_CITY, "GDAŃSK", 9);
    expect_search(a, KIND_CITY, "Gdańsk", 9);
    expect_search(a, KIND_CITY, "金沢市", 3);
}

static void search_saint_raphael_however_written(void **state)
{
    struct app *a = app_of(state);

    expect_search(a, KIND_CITY, "saint raphael", 1);
    expect_search(a, KIND_CITY, "saint-raphael", 1);
    expect_search(a, KIND_CITY, "Saint-Raphaël", 1);
    expect_search(a, KIND_CITY, "SAINT RAPHAËL", 1);
}

static void search_matches_word_prefixes(void **state)
{
    struct app *a = app_of(state);

    expect_search(a, KIND_CITY, "kanaz", 3);
    expect_search(a, KIND_CITY, "nottingh", 7);
    /* an agreement is found by its city's names, in either language */
    expect_search(a, KIND_AGREEMENT, "partnerschapsrelatie", 14);
    expect_search(a, KIND_NETWORK, "childfriendly", 8);
}

static void search_combines_with_status(void **state)
{
    struct app *a = app_of(state);

    assert_int_equal(test_count(a, KIND_CITY, "reorienting", "liege", 0), 1);
    assert_int_equal(test_count(a, KIND_CITY, "ended", "liege", 0), 0);
    assert_int_equal(test_count(a, KIND_CITY, "ended", NULL, 0), 5);
    assert_int_equal(test_count(a, KIND_CITY, NULL, "atlantis", 0), 0);
}

static void search_survives_odd_input(void **state)
{
    struct app *a = app_of(state);
    static const char *const odd[] = { "\"", "a\"b", "O'Brien", "*", "NEAR(", "AND", "OR x",
                                       "NOT", "-", "(", ")", "^", ":", "x:y", "{a}", "%", "_" };
    size_t i;

    for (i = 0; i < sizeof odd / sizeof odd[0]; i++) {
        struct query q = { KIND_CITY, NULL, odd[i], -1, 0, 0 };
        struct ird_err e = { 0 };
        long n = -1;
        if (desk_count(a, &q, &n, &e) != 0)
            print_error("search \"%s\": %s\n", odd[i], e.msg);
        assert_ok(desk_count(a, &q, &n, &e), &e);
        assert_true(n >= 0);
    }
}

static void list_counts_and_positions_agree(void **state)
{
    struct app *a = app_of(state);
    struct query q = { KIND_CITY, NULL, NULL, kind_field(kind_get(KIND_CITY), "since"), 1, 0 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;
    long pos = -2;

    assert_ok(desk_list(a, &q, 2, 3, &rs, &n, &e), &e);
    assert_int_equal(n, 3);
    /* by year, newest first: Taizhou 2018, Weihai 2013, Liège 2011, ... */
    assert_int_equal(rs[0]->id, 10);
    record_list_free(rs, n);
    assert_ok(desk_position(a, &q, 12, &pos, &e), &e);
    assert_int_equal(pos, 0);
    assert_ok(desk_position(a, &q, 1, &pos, &e), &e);
    assert_int_equal(pos, 11);
    assert_ok(desk_position(a, &q, 99, &pos, &e), &e);
    assert_int_equal(pos, -1);
}

static void lookup_by_number_or_title(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    int64_t id = 0;

    assert_ok(desk_lookup(a, KIND_CITY, "liège", &id, &e), &e);
    assert_int_equal(id, 10);
    assert_ok(desk_lookup(a, KIND_CITY, "LIEGE", &id, &e), &e);
    assert_int_equal(id, 10);
    assert_ok(desk_lookup(a, KIND_CITY, "Luik", &id, &e), &e);
    assert_int_equal(id, 10);
    assert_ok(desk_lookup(a, KIND_CITY, "10", &id, &e), &e);
    assert_int_equal(id, 10);
    assert_ok(desk_lookup(a, KIND_CITY, "Gdańsk", &id, &e), &e);
    assert_int_equal(id, 9);
    assert_ok(desk_lookup(a, KIND_CITY, "saint-raphaël", &id, &e), &e);
    assert_int_equal(id, 1);
    assert_ok(desk_lookup(a, KIND_NETWORK, "eurocities", &id, &e), &e);
    assert_int_equal(id, 1);
    assert_fails(desk_lookup(a, KIND_CITY, "99", &id, &e), &e, IRD_NOT_FOUND);
    assert_contains(e.msg, "99");
    assert_fails(desk_lookup(a, KIND_CITY, "Atlantis", &id, &e), &e, IRD_NOT_FOUND);
    assert_contains(e.msg, "Atlantis");
    assert_fails(desk_lookup(a, KIND_CITY, "Li\xE8ge", &id, &e), &e, IRD_INVALID);
}

/* store.h: store_find gives "the records whose title (either language, or the
 * native spelling) equals name"; desk.h: desk_lookup takes "a title".  A
 * country or a word from the notes is not a title. */
static void lookup_matches_titles_not_other_words(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    int64_t id = 0;

    if (desk_lookup(a, KIND_CITY, "Japan", &id, &e) == 0)
        print_error("\"Japan\" names no city, but the lookup gave city %lld\n", (long long)id);
    assert_fails(desk_lookup(a, KIND_CITY, "Japan", &id, &e), &e, IRD_NOT_FOUND);
    assert_fails(desk_lookup(a, KIND_CITY, "Estland", &id, &e), &e, IRD_NOT_FOUND);
    assert_fails(desk_lookup(a, KIND_CITY, "Casablanca", &id, &e), &e, IRD_NOT_FOUND);
}

/* ---- writing: history, versions, two desks ------------------------------------------ */

static void edit_writes_field_old_and_new(void **state)
{
    struct app *a = app_of(state);
    struct record *r = get(a, KIND_CITY, 3);
    struct ird_err e = { 0 };
    struct hist *h;
    char *text;
    int bad = -2;

    assert_int_equal(r->version, 1);
    set(r, "since", "1972");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    assert_int_equal(r->version, 2);
    assert_int_equal(test_version_of(a, KIND_CITY, 3), 2);
    assert_string_equal(test_value(a, KIND_CITY, 3, "since"), "1972");
    h = last_hist(a, KIND_CITY, 3);
    assert_string_equal(h->action, "edit");
    assert_string_equal(h->field, "since");
    assert_string_equal(h->old, "1971");
    assert_string_equal(h->new_, "1972");
    assert_string_equal(h->at, TEST_NOW);
    assert_string_equal(h->user, "tester");
    text = desk_hist_text(kind_get(KIND_CITY), h);
    assert_string_equal(text, "Since: 1971 → 1972");
    free(text);
    hist_list_free(h, 1);
    record_free(&r);
}

static void saving_an_unchanged_record_writes_nothing(void **state)
{
    struct app *a = app_of(state);
    struct record *r = get(a, KIND_CITY, 3);
    struct ird_err e = { 0 };
    long h = test_history_count(a, KIND_CITY, 3);
    int bad = -2;

    assert_ok(desk_save(a, r, &bad, &e), &e);
    assert_int_equal(test_history_count(a, KIND_CITY, 3), h);
    assert_int_equal(test_version_of(a, KIND_CITY, 3), 1);
    record_free(&r);
}

static void two_desks_second_save_is_stale(void **state)
{
    struct fx *f = *state;
    struct app *a1 = f->a, *a2;
    struct record *r1, *r2;
    struct ird_err e = { 0 };
    struct hist *h = NULL;
    size_t n = 0, i;
    int bad = -2, edits = 0;

    a2 = test_app_open(f->db, 0, &e);
    assert_non_null(a2);
    r1 = get(a1, KIND_CITY, 3);
    r2 = get(a2, KIND_CITY, 3);
    assert_int_equal(r1->version, r2->version);

    set(r1, "since", "1972");
    assert_ok(desk_save(a1, r1, &bad, &e), &e);
    set(r2, "since", "1973");
    assert_fails(desk_save(a2, r2, &bad, &e), &e, IRD_STALE);
    assert_true(strlen(e.msg) > 0);
    /* the second desk's input is kept, for the person to look at */
    assert_string_equal(r2->val[kind_field(r2->kind, "since")], "1973");
    assert_int_equal(r2->version, 1);

    /* both desks now read what the first saved */
    assert_string_equal(test_value(a1, KIND_CITY, 3, "since"), "1972");
    assert_string_equal(test_value(a2, KIND_CITY, 3, "since"), "1972");
    assert_ok(desk_history(a2, KIND_CITY, 3, 0, -1, &h, &n, &e), &e);
    for (i = 0; i < n; i++) {
        if (strcmp(h[i].action, "edit") != 0)
            continue;
        edits++;
        assert_string_equal(h[i].field, "since");
        assert_string_equal(h[i].old, "1971");
        assert_string_equal(h[i].new_, "1972");
    }
    hist_list_free(h, n);
    assert_int_equal(edits, 1);
    record_free(&r1);
    record_free(&r2);
    app_close(&a2);
}

static void other_desks_commits_change_the_data_version(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    struct app *a2 = test_app_open(f->db, 0, &e);
    int64_t before, after;

    assert_non_null(a2);
    before = desk_data_version(f->a);
    assert_ok(workflow_move(a2, KIND_INITIATIVE, 5, -1, "in_progress", NULL, &e), &e);
    after = desk_data_version(f->a);
    assert_true(before != after);
    app_close(&a2);
}

static void new_record_is_created_and_found(void **state)
{
    struct app *a = app_of(state);
    const struct kind *k = kind_get(KIND_CITY);
    struct record *r = record_new(k);
    struct ird_err e = { 0 };
    struct hist *h;
    int64_t id = 0;
    int bad = -2;

    set(r, "name_nl", "Krakau");
    set(r, "name_en", "Kraków");
    set(r, "country_nl", "Polen");
    set(r, "relation", "partner");
    set(r, "since", "2026");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    assert_int_equal(r->id, 13);
    assert_int_equal(r->version, 1);
    assert_string_equal(test_status_of(a, KIND_CITY, 13), "active"); /* the initial status */
    h = last_hist(a, KIND_CITY, 13);
    assert_string_equal(h->action, "create");
    assert_string_equal(h->at, TEST_NOW);
    hist_list_free(h, 1);
    expect_search(a, KIND_CITY, "krakow", 13);
    assert_ok(desk_lookup(a, KIND_CITY, "kraków", &id, &e), &e);
    assert_int_equal(id, 13);
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 0), 13);
    record_free(&r);
}

static void edits_are_searchable_at_once(void **state)
{
    struct app *a = app_of(state);
    struct record *r = get(a, KIND_CITY, 12);
    struct ird_err e = { 0 };
    int bad = -2;

    assert_int_equal(test_count(a, KIND_CITY, NULL, "zebrapad", 0), 0);
    set(r, "notes", "Overleg over het zebrapad.");
    set(r, "name_en", "Taizhou Zhejiang");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    expect_search(a, KIND_CITY, "zebrapad", 12);
    /* the agreement's index holds its city's names: it follows the rename */
    expect_search(a, KIND_AGREEMENT, "zhejiang", 14);
    record_free(&r);
}

static void status_move_is_recorded_with_its_note(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    struct hist *h;
    char *text;

    assert_ok(workflow_move(a, KIND_INITIATIVE, 5, -1, "in_progress", "Kick-off", &e), &e);
    assert_string_equal(test_status_of(a, KIND_INITIATIVE, 5), "in_progress");
    assert_int_equal(test_version_of(a, KIND_INITIATIVE, 5), 2);
    h = last_hist(a, KIND_INITIATIVE, 5);
    assert_string_equal(h->action, "status");
    assert_string_equal(h->field, "status");
    assert_string_equal(h->old, "planned");
    assert_string_equal(h->new_, "in_progress");
    assert_string_equal(h->note, "Kick-off");
    assert_string_equal(h->at, TEST_NOW);
    assert_string_equal(h->user, "tester");
    text = desk_hist_text(kind_get(KIND_INITIATIVE), h);
    assert_string_equal(text, "Status: Planned → In progress — Kick-off");
    free(text);
    hist_list_free(h, 1);
}

static void status_move_takes_a_label_and_no_note(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    struct hist *h;

    assert_ok(workflow_move(a, KIND_CITY, 3, 1, "Under review", NULL, &e), &e);
    assert_string_equal(test_status_of(a, KIND_CITY, 3), "under_review");
    assert_ok(workflow_move(a, KIND_CITY, 3, -1, "ended", "", &e), &e);
    h = last_hist(a, KIND_CITY, 3);
    assert_string_equal(h->old, "under_review");
    assert_string_equal(h->new_, "ended");
    assert_null(h->note);
    hist_list_free(h, 1);
}

static void refused_move_changes_nothing(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    long h14 = test_history_count(a, KIND_AGREEMENT, 14), h3 = test_history_count(a, KIND_CITY, 3);

    assert_fails(workflow_move(a, KIND_AGREEMENT, 14, -1, "draft", "terug", &e), &e,
                 IRD_TRANSITION);
    assert_contains(e.msg, "none");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 14), "not_concluded");
    assert_int_equal(test_version_of(a, KIND_AGREEMENT, 14), 1);
    assert_int_equal(test_history_count(a, KIND_AGREEMENT, 14), h14);

    /* the message lists where the record can go */
    assert_fails(workflow_move(a, KIND_CITY, 3, -1, "ended", NULL, &e), &e, IRD_TRANSITION);
    assert_contains(e.msg, "Dormant (dormant)");
    assert_contains(e.msg, "Under review (under_review)");
    assert_string_equal(test_status_of(a, KIND_CITY, 3), "active");
    assert_int_equal(test_history_count(a, KIND_CITY, 3), h3);
    /* to where it already is */
    assert_fails(workflow_move(a, KIND_CITY, 3, -1, "active", NULL, &e), &e, IRD_TRANSITION);
}

static void move_with_a_stale_version_is_refused(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    long h = test_history_count(a, KIND_INITIATIVE, 5);

    assert_ok(workflow_move(a, KIND_INITIATIVE, 5, 1, "on_hold", NULL, &e), &e);
    /* a desk that still shows version 1 */
    assert_fails(workflow_move(a, KIND_INITIATIVE, 5, 1, "in_progress", NULL, &e), &e,
                 IRD_STALE);
    assert_string_equal(test_status_of(a, KIND_INITIATIVE, 5), "on_hold");
    assert_int_equal(test_history_count(a, KIND_INITIATIVE, 5), h + 1);
    assert_fails(workflow_move(a, KIND_INITIATIVE, 99, -1, "on_hold", NULL, &e), &e,
                 IRD_NOT_FOUND);
}

static void archive_hides_and_restore_shows(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    struct hist *h;
    int64_t id = 0;

    assert_ok(desk_archive(a, KIND_CITY, 12, 1, 1, "Geen partnerschap", &e), &e);
    assert_string_equal(test_value(a, KIND_CITY, 12, "archived"), "1");
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 0), 11);
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 1), 12);
    assert_int_equal(test_count(a, KIND_CITY, NULL, "taizhou", 0), 0);
    assert_int_equal(test_count(a, KIND_CITY, NULL, "taizhou", 1), 1);
    assert_fails(desk_lookup(a, KIND_CITY, "Taizhou", &id, &e), &e, IRD_NOT_FOUND);
    /* nothing is deleted: it is still there to read */
    assert_string_equal(test_value(a, KIND_CITY, 12, "name_nl"), "Taizhou");
    h = last_hist(a, KIND_CITY, 12);
    assert_string_equal(h->action, "archive");
    assert_string_equal(h->note, "Geen partnerschap");
    hist_list_free(h, 1);
    /* archived with a stale version: refused */
    assert_fails(desk_archive(a, KIND_CITY, 11, 7, 1, NULL, &e), &e, IRD_STALE);
    assert_string_equal(test_value(a, KIND_CITY, 11, "archived"), "0");

    assert_ok(desk_archive(a, KIND_CITY, 12, 2, 0, NULL, &e), &e);
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 0), 12);
    h = last_hist(a, KIND_CITY, 12);
    assert_string_equal(h->action, "restore");
    hist_list_free(h, 1);
}

static void history_records_the_os_user_and_the_clock(void **state)
{
    struct fx *f = *state;
    struct app_opts o = { f->db, 0, 0, NULL };
    struct app *a = NULL;
    struct ird_err e = { 0 };
    struct passwd *pw = getpwuid(getuid());
    char now[32];
    struct hist *h;

    setenv("IRDESK_NOW", "2024-12-31T23:59:59Z", 1);
    assert_ok(app_open(&o, &a, &e), &e);
    unsetenv("IRDESK_NOW");
    assert_string_equal(a->fixed_now, "2024-12-31T23:59:59Z");
    app_now(a, now);
    assert_string_equal(now, "2024-12-31T23:59:59Z");
    if (pw != NULL)
        assert_string_equal(a->user, pw->pw_name);
    assert_ok(workflow_move(a, KIND_INITIATIVE, 7, -1, "dropped", NULL, &e), &e);
    h = last_hist(a, KIND_INITIATIVE, 7);
    assert_string_equal(h->at, "2024-12-31T23:59:59Z");
    assert_string_equal(h->user, a->user);
    hist_list_free(h, 1);
    app_close(&a);
    /* without a fixed clock: now, in UTC */
    app_now(NULL, now);
    assert_int_equal(strlen(now), 20);
    assert_int_equal(now[10], 'T');
    assert_int_equal(now[19], 'Z');
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
        char *big = repeat("Gent, november 2020. ", 500);
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

    r = get(ro, KIND_CITY, 3);
    set(r, "since", "1972");
    assert_fails(desk_save(ro, r, &bad, &e), &e, IRD_READONLY);
    record_free(&r);
    r = record_new(kind_get(KIND_CITY));
    set(r, "name_nl", "Krakau");
    set(r, "relation", "partner");
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
    r = get(a, KIND_CITY, 3);
    set(r, "since", "1972");
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

static void invalid_values_are_refused_by_save(void **state)
{
    struct app *a = app_of(state);
    struct record *r;
    char *long_name = test_gc(repeat("é", 201));

    r = get(a, KIND_AGREEMENT, 14);
    set(r, "signed", "2023-02-29");
    expect_save_refused(a, r, IRD_INVALID, "signed");
    set(r, "signed", "4 juni 2018");
    expect_save_refused(a, r, IRD_INVALID, "signed");
    set(r, "signed", "2018-06-04");
    set(r, "starts", "2018-07");
    set(r, "ends", "2017");
    expect_save_refused(a, r, IRD_INVALID, "ends");
    set(r, "starts", NULL);
    set(r, "ends", NULL);
    set(r, "city_id", "77");
    expect_save_refused(a, r, IRD_INVALID, "city_id");
    set(r, "city_id", "12");
    set(r, "notes", "Li\xE8ge");
    expect_save_refused(a, r, IRD_INVALID, "notes");
    set(r, "notes", NULL);
    set(r, "type", "treaty");
    expect_save_refused(a, r, IRD_INVALID, "type");
    record_free(&r);

    r = get(a, KIND_CITY, 10);
    set(r, "name_nl", long_name);
    expect_save_refused(a, r, IRD_INVALID, "name_nl");
    set(r, "name_nl", "Luik\nLiège");
    expect_save_refused(a, r, IRD_INVALID, "name_nl");
    set(r, "name_nl", "Luik");
    set(r, "since", "211");
    expect_save_refused(a, r, IRD_INVALID, "since");
    set(r, "since", "2011");
    record_set_status(r, "bogus");
    expect_save_refused(a, r, IRD_INVALID, NULL);
    record_free(&r);
}

static void invalid_input_is_refused_by_a_move(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    long h = test_history_count(a, KIND_INITIATIVE, 5);
    char *long_note = test_gc(repeat("x", 2001));

    assert_fails(workflow_move(a, KIND_INITIATIVE, 5, -1, "bogus", NULL, &e), &e, IRD_INVALID);
    assert_contains(e.msg, "bogus");
    assert_contains(e.msg, "in_progress"); /* lists the statuses */
    assert_fails(workflow_move(a, KIND_INITIATIVE, 5, -1, "in_progress", "Kick\xFF", &e), &e,
                 IRD_INVALID);
    assert_fails(workflow_move(a, KIND_INITIATIVE, 5, -1, "in_progress", long_note, &e), &e,
                 IRD_INVALID);
    assert_fails(workflow_move(a, KIND_INITIATIVE, 5, -1, "in_progress", "a\x1B[2Jb", &e), &e,
                 IRD_INVALID);
    assert_string_equal(test_status_of(a, KIND_INITIATIVE, 5), "planned");
    assert_int_equal(test_version_of(a, KIND_INITIATIVE, 5), 1);
    assert_int_equal(test_history_count(a, KIND_INITIATIVE, 5), h);
}

/* ---- language of the values shown ------------------------------------------------------ */

static void shown_values_follow_the_language(void **state)
{
    struct app *a = app_of(state);
    struct record *r = get(a, KIND_CITY, 10);
    int name = kind_field(r->kind, "name_nl"), country = kind_field(r->kind, "country_nl");
    int rel = kind_field(r->kind, "relation");

    i18n_set("nl");
    assert_string_equal(record_shown(r, name), "Luik");
    assert_string_equal(record_shown(r, country), "België");
    assert_string_equal(record_title(r), "Luik");
    i18n_set("en");
    assert_string_equal(record_shown(r, name), "Liège");
    assert_string_equal(record_shown(r, country), "Belgium");
    assert_string_equal(record_shown(r, rel), "Partner city");
    assert_string_equal(record_title(r), "Liège");
    record_free(&r);
    /* an agreement shows its city's title in the language in force */
    r = get(a, KIND_AGREEMENT, 12);
    assert_string_equal(record_shown(r, kind_field(r->kind, "city_id")), "Liège");
    i18n_set("nl");
    assert_string_equal(record_shown(r, kind_field(r->kind, "city_id")), "Luik");
    i18n_set("en");
    record_free(&r);
}

/* ---- Dutch (needs the nl catalog: i18n/nl.po) ----------------------------------------- */

static void nl_shown_labels(void **state)
{
    struct app *a = app_of(state);
    struct record *r = get(a, KIND_CITY, 1);

    assert_int_equal(i18n_lang(), LANG_NL);
    assert_string_equal(record_shown(r, kind_field(r->kind, "relation")), "Zusterstad");
    assert_string_equal(record_shown(r, kind_field(r->kind, "country_nl")), "Frankrijk");
    assert_string_equal(kind_status_label(r->kind, r->status), "Beëindigd");
    record_free(&r);
    r = get(a, KIND_CITY, 10);
    assert_string_equal(record_shown(r, kind_field(r->kind, "relation")), "Partnerstad");
    assert_string_equal(kind_status_label(r->kind, r->status), "Heroriëntering");
    record_free(&r);
}

static void nl_history_text(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    struct hist *h;
    char *text;

    assert_ok(workflow_move(a, KIND_INITIATIVE, 5, -1, "In uitvoering", "Kick-off", &e), &e);
    h = last_hist(a, KIND_INITIATIVE, 5);
    text = desk_hist_text(kind_get(KIND_INITIATIVE), h);
    assert_string_equal(text, "Status: Gepland → In uitvoering — Kick-off");
    free(text);
    hist_list_free(h, 1);
}

/* A direct write past the desk's validation, as another program could. */
static void raw_sql(const char *db, const char *sql)
{
    sqlite3 *h = NULL;

    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
}

static void check_names_control_characters_by_record_and_field(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    char *report = NULL;
    int n;

    raw_sql(f->db, "UPDATE city SET name_en = 'Kana' || char(27) || ']0;x' || char(7) WHERE id = 3;"
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
        T(seed_has_the_whole_portfolio),
        T(seed_cities_match_the_documents),
        T(seed_native_spellings),
        T(seed_only_kanazawa_stays_active),
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
        T(search_ignores_accents_and_case),
        T(search_saint_raphael_however_written),
        T(search_matches_word_prefixes),
        T(search_combines_with_status),
        T(search_survives_odd_input),
        T(list_counts_and_positions_agree),
        T(lookup_by_number_or_title),
        T(lookup_matches_titles_not_other_words),
        T(edit_writes_field_old_and_new),
        T(saving_an_unchanged_record_writes_nothing),
        T(two_desks_second_save_is_stale),
        T(other_desks_commits_change_the_data_version),
        T(new_record_is_created_and_found),
        T(edits_are_searchable_at_once),
        T(status_move_is_recorded_with_its_note),
        T(status_move_takes_a_label_and_no_note),
        T(refused_move_changes_nothing),
        T(move_with_a_stale_version_is_refused),
        T(archive_hides_and_restore_shows),
        T(history_records_the_os_user_and_the_clock),
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
        T(invalid_values_are_refused_by_save),
        T(invalid_input_is_refused_by_a_move),
        T(shown_values_follow_the_language),
        T(check_names_control_characters_by_record_and_field),
        D(a_fifo_is_not_opened_as_a_database),
    };
    const struct CMUnitTest tests_nl[] = {
        T(nl_shown_labels),
        T(nl_history_text),
    };
#undef T
#undef D
    int failed;

    test_filter_args(argc, argv);
    failed = cmocka_run_group_tests_name("store", tests, test_setup_en, test_teardown_en);
    failed += cmocka_run_group_tests_name("store_nl", tests_nl, test_setup_nl, test_teardown_en);
    return failed;
}
