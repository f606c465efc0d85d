/* db/store.c (reading and writing), through core/desk.c and core/workflow.c:
 * search folding and lookup, history, version conflicts between desks, a
 * full disk, invalid values, and the language of the values shown. */

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
#include "core/import.h"
#include "core/extra.h"
#include "model/kind.h"
#include "lib/mem.h"
#include "model/record.h"
#include "model/saved.h"
#include "core/workflow.h"
#include "db/migrate.h"
#include "db/store.h"
#include "i18n/i18n.h"

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

/* Save r and expect a refusal with code; nothing of the record changes. */
static void expect_save_refused(struct app *a, struct record *r, enum ird_code code,
                                const char *bad_field)
{
    struct ird_err e = { 0 };
    int64_t v = test_version_of(a, r->kind->id, r->id);
    long h = test_history_count(a, r->kind->id, r->id);
    struct record *before = test_get(a, r->kind->id, r->id), *after;
    int bad = -2, i;

    assert_fails(desk_save(a, r, &bad, &e), &e, code);
    if (bad_field != NULL)
        assert_int_equal(bad, kind_field(r->kind, bad_field));
    after = test_get(a, r->kind->id, r->id);
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

/* ---- search folding and lookup ------------------------------------------------------ */

static void search_ignores_accents_and_case(void **state)
{
    struct app *a = test_app_of(state);

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
    struct app *a = test_app_of(state);

    expect_search(a, KIND_CITY, "saint raphael", 1);
    expect_search(a, KIND_CITY, "saint-raphael", 1);
    expect_search(a, KIND_CITY, "Saint-Raphaël", 1);
    expect_search(a, KIND_CITY, "SAINT RAPHAËL", 1);
}

static void search_matches_word_prefixes(void **state)
{
    struct app *a = test_app_of(state);

    expect_search(a, KIND_CITY, "kanaz", 3);
    expect_search(a, KIND_CITY, "nottingh", 7);
    /* an agreement is found by its city's names, in either language */
    expect_search(a, KIND_AGREEMENT, "partnerschapsrelatie", 14);
    expect_search(a, KIND_NETWORK, "childfriendly", 8);
}

static void search_combines_with_status(void **state)
{
    struct app *a = test_app_of(state);

    assert_int_equal(test_count(a, KIND_CITY, "active", "liege", 0), 1);
    assert_int_equal(test_count(a, KIND_CITY, "ended", "liege", 0), 0);
    assert_int_equal(test_count(a, KIND_CITY, "dormant", NULL, 0), 3);
    assert_int_equal(test_count(a, KIND_CITY, KIND_PENDING, "liege", 0), 1);
    assert_int_equal(test_count(a, KIND_CITY, NULL, "atlantis", 0), 0);
}

static void search_survives_odd_input(void **state)
{
    struct app *a = test_app_of(state);
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
    struct app *a = test_app_of(state);
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
    struct app *a = test_app_of(state);
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
    struct app *a = test_app_of(state);
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
    struct app *a = test_app_of(state);
    struct record *r = test_get(a, KIND_CITY, 3);
    struct ird_err e = { 0 };
    struct hist *h;
    char *text;
    int bad = -2;

    assert_int_equal(r->version, 1);
    test_set(r, "since", "1972");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    assert_int_equal(r->version, 2);
    assert_int_equal(test_version_of(a, KIND_CITY, 3), 2);
    assert_string_equal(test_value(a, KIND_CITY, 3, "since"), "1972");
    h = test_last_hist(a, KIND_CITY, 3);
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
    struct app *a = test_app_of(state);
    struct record *r = test_get(a, KIND_CITY, 3);
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
    r1 = test_get(a1, KIND_CITY, 3);
    r2 = test_get(a2, KIND_CITY, 3);
    assert_int_equal(r1->version, r2->version);

    test_set(r1, "since", "1972");
    assert_ok(desk_save(a1, r1, &bad, &e), &e);
    test_set(r2, "since", "1973");
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
    struct app *a = test_app_of(state);
    const struct kind *k = kind_get(KIND_CITY);
    struct record *r = record_new(k);
    struct ird_err e = { 0 };
    struct hist *h;
    int64_t id = 0;
    int bad = -2;

    test_set(r, "name_nl", "Krakau");
    test_set(r, "name_en", "Kraków");
    test_set(r, "country_nl", "Polen");
    test_set(r, "relation", "partner");
    test_set(r, "since", "2025"); /* this year (TEST_NOW): a later one is refused */
    assert_ok(desk_save(a, r, &bad, &e), &e);
    assert_int_equal(r->id, 13);
    assert_int_equal(r->version, 1);
    assert_string_equal(test_status_of(a, KIND_CITY, 13), "active"); /* the initial status */
    h = test_last_hist(a, KIND_CITY, 13);
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
    struct app *a = test_app_of(state);
    struct record *r = test_get(a, KIND_CITY, 12);
    struct ird_err e = { 0 };
    int bad = -2;

    assert_int_equal(test_count(a, KIND_CITY, NULL, "zebrapad", 0), 0);
    test_set(r, "notes", "Overleg over het zebrapad.");
    test_set(r, "name_en", "Taizhou Zhejiang");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    expect_search(a, KIND_CITY, "zebrapad", 12);
    /* the agreement's index holds its city's names: it follows the rename */
    expect_search(a, KIND_AGREEMENT, "zhejiang", 14);
    /* and so does its assessment's, on both engines */
    expect_search(a, KIND_ASSESSMENT, "zhejiang", 12);
    record_free(&r);
}

/* A record given another number keeps its search entry, under the new
 * number (schema 33: a kind's trigger sets the entry's number only then;
 * an edit writes the text alone), and an edit after it is found there. */
static void renumbered_records_keep_their_search_entries(void **state)
{
    struct fx *f = *state;
    struct record *r = record_new(kind_get(KIND_CITY));
    struct ird_err e = { 0 };
    int bad = -2;

    test_set(r, "name_nl", "Zwolle");
    test_set(r, "country_nl", "Nederland");
    test_set(r, "relation", "partner");
    assert_ok(desk_save(f->a, r, &bad, &e), &e);
    assert_int_equal(r->id, 13);
    record_free(&r);
    test_sql_exec(f->db, "UPDATE city SET id = 900 WHERE id = 13");
    expect_search(f->a, KIND_CITY, "zwolle", 900);
    r = test_get(f->a, KIND_CITY, 900);
    test_set(r, "notes", "Overleg over de fietsstraat.");
    assert_ok(desk_save(f->a, r, &bad, &e), &e);
    expect_search(f->a, KIND_CITY, "fietsstraat", 900);
    expect_search(f->a, KIND_CITY, "zwolle", 900);
    record_free(&r);
}

/* A word of a script written without spaces is found anywhere in a word
 * of the text (schema 27); Latin words stay word starts. */
static void search_spaceless_words_are_parts_of_words(void **state)
{
    struct app *a = test_app_of(state);
    struct record *r = test_get(a, KIND_CITY, 2);
    struct hit *h = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;
    int bad = -2;

    expect_search(a, KIND_CITY, "\u6CA2", 3);               /* 沢 in 金沢市 */
    expect_search(a, KIND_CITY, "\u91D1\u6CA2", 3);        /* 金沢 */
    expect_search(a, KIND_CITY, "\u6CA2\u5E02", 3);        /* 沢市 */
    expect_search(a, KIND_CITY, "\u6CA2 japan", 3);
    assert_int_equal(test_count(a, KIND_CITY, NULL, "\u6CA2 wiesbaden", 0), 0);
    assert_int_equal(test_count(a, KIND_CITY, NULL, "\u5E02", 0), 2); /* 市: Kanazawa, Weihai */
    assert_int_equal(test_count(a, KIND_CITY, NULL, "anazawa", 0), 0);
    /* an agreement by its city's native name, and the search of everything */
    assert_int_equal(test_count(a, KIND_AGREEMENT, NULL, "\u6CA2", 0) > 0, 1);
    assert_ok(desk_search_all(a, "\u6CA2", 50, &h, &n, &e), &e);
    {
        /* among the hits (their order by rank is each engine's own) */
        size_t i, city = 0;
        for (i = 0; i < n; i++)
            city += h[i].kind == KIND_CITY && h[i].id == 3;
        assert_int_equal(city, 1);
    }
    hit_list_free(h, n);
    /* an edit is found at once, and no longer once it is gone */
    test_set(r, "notes", "Bezoek uit \u540D\u53E4\u5C4B\u5E02."); /* 名古屋市 */
    assert_ok(desk_save(a, r, &bad, &e), &e);
    expect_search(a, KIND_CITY, "\u53E4\u5C4B", 2);        /* 古屋 */
    test_set(r, "notes", "Bezoek uit Nagoya.");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    assert_int_equal(test_count(a, KIND_CITY, NULL, "\u53E4\u5C4B", 0), 0);
    expect_search(a, KIND_CITY, "nagoy", 2);
    record_free(&r);
}

/* Many records with such a word: the window walks the sort's index and
 * tests each row (ird_match) by the same rule; the bulk batch that wrote
 * them keeps them in the side table too. */
static void search_spaceless_walks_many_matches(void **state)
{
    struct app *a = test_app_of(state);
    struct import_opts o = { KIND_CITY, NULL, 0, 0, 0, NULL, NULL };
    struct import_result res;
    struct query q = { KIND_CITY, NULL, "\u53E4\u5C4B", -1, 0, 0 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    struct buf csv = { 0 };
    size_t n = 0, i;
    long cnt = 0;

    buf_add(&csv, "name_nl,relation,name_native\n");
    for (i = 0; i < 1200; i++)
        buf_printf(&csv, "Qnagoya %zu,partner,%s\n", i,
                   i % 2 ? "\u540D\u53E4\u5C4B\u5E02" : "Nagoya");
    assert_ok(import_text(a, csv.s, csv.len, &o, &res, &e), &e);
    buf_fini(&csv);
    assert_ok(desk_count(a, &q, &cnt, &e), &e);
    assert_int_equal(cnt, 600); /* more than SEARCH_MANY: the window walks */
    assert_ok(desk_window(a, &q, 0, 1, 0, 20, &rs, &n, &e), &e);
    assert_int_equal(n, 20);
    for (i = 0; i < n; i++)
        assert_non_null(strstr(rs[i]->val[kind_field(rs[i]->kind, "name_native")],
                               "\u53E4\u5C4B"));
    record_list_free(rs, n);
}

static void status_move_is_recorded_with_its_note(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    struct hist *h;
    char *text;

    assert_ok(workflow_move(a, KIND_INITIATIVE, 5, -1, "in_progress", "Kick-off", &e), &e);
    assert_string_equal(test_status_of(a, KIND_INITIATIVE, 5), "in_progress");
    assert_int_equal(test_version_of(a, KIND_INITIATIVE, 5), 2);
    h = test_last_hist(a, KIND_INITIATIVE, 5);
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
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    struct hist *h;

    assert_ok(workflow_move(a, KIND_CITY, 3, 1, "Under review", NULL, &e), &e);
    assert_string_equal(test_status_of(a, KIND_CITY, 3), "under_review");
    assert_ok(workflow_move(a, KIND_CITY, 3, -1, "ended", "", &e), &e);
    h = test_last_hist(a, KIND_CITY, 3);
    assert_string_equal(h->old, "under_review");
    assert_string_equal(h->new_, "ended");
    assert_null(h->note);
    hist_list_free(h, 1);
}

static void refused_move_changes_nothing(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    long h1 = test_history_count(a, KIND_AGREEMENT, 1), h3 = test_history_count(a, KIND_CITY, 3);

    assert_fails(workflow_move(a, KIND_AGREEMENT, 1, -1, "draft", "terug", &e), &e,
                 IRD_TRANSITION);
    assert_contains(e.msg, "none");
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 1), "terminated");
    assert_int_equal(test_version_of(a, KIND_AGREEMENT, 1), 1);
    assert_int_equal(test_history_count(a, KIND_AGREEMENT, 1), h1);

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
    struct app *a = test_app_of(state);
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
    struct app *a = test_app_of(state);
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
    h = test_last_hist(a, KIND_CITY, 12);
    assert_string_equal(h->action, "archive");
    assert_string_equal(h->note, "Geen partnerschap");
    hist_list_free(h, 1);
    /* archived with a stale version: refused */
    assert_fails(desk_archive(a, KIND_CITY, 11, 7, 1, NULL, &e), &e, IRD_STALE);
    assert_string_equal(test_value(a, KIND_CITY, 11, "archived"), "0");

    assert_ok(desk_archive(a, KIND_CITY, 12, 2, 0, NULL, &e), &e);
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 0), 12);
    h = test_last_hist(a, KIND_CITY, 12);
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
    h = test_last_hist(a, KIND_INITIATIVE, 7);
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

/* ---- a full disk --------------------------------------------------------------------------- */

static void full_disk_refuses_the_write_and_keeps_what_was_there(void **state)
{
    struct fx *f = test_fx_of(state);
    struct app *a = f->a;
    char *big = test_gc(test_repeat("Vol. ", 1800)); /* 9,000 characters */
    struct test_snapshot before[KIND_COUNT];
    struct import_result res;
    struct ird_err e = { 0 };
    long long pages = test_sql_int(f->db, "PRAGMA page_count");
    int64_t id, failed = 0;

    assert_int_equal(strlen(big), 9000);
    assert_ok(store_limit_pages(a->store, (long)pages + 1, &e), &e);
    for (id = 1; id <= 12 && failed == 0; id++) {
        struct test_snapshot city;
        struct record *r = test_get(a, KIND_CITY, id);
        char *old = test_gc(xstrdup(test_value(a, KIND_CITY, id, "notes")));
        int bad = -1, rc;

        test_take(a, KIND_CITY, &city);
        test_set(r, "notes", big);
        rc = desk_save(a, r, &bad, &e);
        record_free(&r);
        if (rc == 0)
            continue;
        failed = id;
        assert_int_equal(e.code, IRD_STORE);
        assert_contains(e.msg, "disk is full");
        /* the record is as it was */
        assert_string_equal(test_value(a, KIND_CITY, id, "notes"), old);
        test_expect_same(a, KIND_CITY, &city);
    }
    assert_true(failed > 0);
    test_expect_check_clean(a);

    /* an import on a full disk: all or nothing, and the reason */
    test_take_all(a, before);
    {
        char *csv = test_gc(xasprintf("id,notes\n10,%s\n11,%s\n12,%s\n", big, big, big));
        char *report = NULL;
        assert_int_equal(test_import_str(a, KIND_CITY, csv, 0, &res, &report, &e), -1);
        assert_contains(report != NULL ? report : e.msg, "disk is full");
        test_expect_all_same(a, before);
    }

    /* room again: the same save goes through */
    assert_ok(store_limit_pages(a->store, 1000000, &e), &e);
    test_save_field(a, KIND_CITY, failed, "notes", big);
    assert_string_equal(test_value(a, KIND_CITY, failed, "notes"), big);
    test_expect_check_clean(a);
}

static void invalid_values_are_refused_by_save(void **state)
{
    struct app *a = test_app_of(state);
    struct record *r;
    char *long_name = test_gc(test_repeat("é", 201));

    r = test_get(a, KIND_AGREEMENT, 14);
    test_set(r, "signed", "2023-02-29");
    expect_save_refused(a, r, IRD_INVALID, "signed");
    test_set(r, "signed", "4 juni 2018");
    expect_save_refused(a, r, IRD_INVALID, "signed");
    test_set(r, "signed", "2018-06-04");
    test_set(r, "starts", "2018-07");
    test_set(r, "ends", "2017");
    expect_save_refused(a, r, IRD_INVALID, "ends");
    test_set(r, "starts", NULL);
    test_set(r, "ends", NULL);
    test_set(r, "city_id", "77");
    expect_save_refused(a, r, IRD_INVALID, "city_id");
    test_set(r, "city_id", "12");
    test_set(r, "notes", "Li\xE8ge");
    expect_save_refused(a, r, IRD_INVALID, "notes");
    test_set(r, "notes", NULL);
    test_set(r, "type", "treaty");
    expect_save_refused(a, r, IRD_INVALID, "type");
    record_free(&r);

    r = test_get(a, KIND_CITY, 10);
    test_set(r, "name_nl", long_name);
    expect_save_refused(a, r, IRD_INVALID, "name_nl");
    test_set(r, "name_nl", "Luik\nLiège");
    expect_save_refused(a, r, IRD_INVALID, "name_nl");
    test_set(r, "name_nl", "Luik");
    test_set(r, "since", "211");
    expect_save_refused(a, r, IRD_INVALID, "since");
    test_set(r, "since", "2011");
    record_set_status(r, "bogus");
    expect_save_refused(a, r, IRD_INVALID, NULL);
    record_free(&r);
}

static void invalid_input_is_refused_by_a_move(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    long h = test_history_count(a, KIND_INITIATIVE, 5);
    char *long_note = test_gc(test_repeat("x", 2001));

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
    struct app *a = test_app_of(state);
    struct record *r = test_get(a, KIND_CITY, 10);
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
    r = test_get(a, KIND_AGREEMENT, 12);
    assert_string_equal(record_shown(r, kind_field(r->kind, "city_id")), "Liège");
    i18n_set("nl");
    assert_string_equal(record_shown(r, kind_field(r->kind, "city_id")), "Luik");
    i18n_set("en");
    record_free(&r);
}

/* ---- Dutch (needs the nl catalog: i18n/nl.po) ----------------------------------------- */

static void nl_shown_labels(void **state)
{
    struct app *a = test_app_of(state);
    struct record *r = test_get(a, KIND_CITY, 1);

    assert_int_equal(i18n_lang(), LANG_NL);
    assert_string_equal(record_shown(r, kind_field(r->kind, "relation")), "Zusterstad");
    assert_string_equal(record_shown(r, kind_field(r->kind, "country_nl")), "Frankrijk");
    assert_string_equal(kind_status_label(r->kind, r->status), "Beëindigd");
    record_free(&r);
    r = test_get(a, KIND_CITY, 10);
    assert_string_equal(record_shown(r, kind_field(r->kind, "relation")), "Partnerstad");
    assert_string_equal(kind_status_label(r->kind, r->status), "Actief");
    record_free(&r);
}

static void nl_history_text(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    struct hist *h;
    char *text;

    assert_ok(workflow_move(a, KIND_INITIATIVE, 5, -1, "In uitvoering", "Kick-off", &e), &e);
    h = test_last_hist(a, KIND_INITIATIVE, 5);
    text = desk_hist_text(kind_get(KIND_INITIATIVE), h);
    assert_string_equal(text, "Status: Gepland → In uitvoering — Kick-off");
    free(text);
    hist_list_free(h, 1);
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
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
        T(renumbered_records_keep_their_search_entries),
        T(search_spaceless_words_are_parts_of_words),
        T(search_spaceless_walks_many_matches),
        T(status_move_is_recorded_with_its_note),
        T(status_move_takes_a_label_and_no_note),
        T(refused_move_changes_nothing),
        T(move_with_a_stale_version_is_refused),
        T(archive_hides_and_restore_shows),
        T(history_records_the_os_user_and_the_clock),
        T(invalid_values_are_refused_by_save),
        T(invalid_input_is_refused_by_a_move),
        T(shown_values_follow_the_language),
    };
    /* a file's own: the page limit of SQLite stands for a full disk (on a
     * server the disk is the DBA's: tests/pg/run.sh runs the rest there) */
    const struct CMUnitTest tests_file[] = {
        T(full_disk_refuses_the_write_and_keeps_what_was_there),
    };
    const struct CMUnitTest tests_nl[] = {
        T(nl_shown_labels),
        T(nl_history_text),
    };
#undef T
    int failed;

    test_filter_args(argc, argv);
    failed = cmocka_run_group_tests_name("store", tests, test_setup_en, test_teardown_en);
    failed += cmocka_run_group_tests_name("store_nl", tests_nl, test_setup_nl, test_teardown_en);
    if (getenv("IRDESK_TEST_DB_URL") == NULL)
        failed += cmocka_run_group_tests_name("store_file", tests_file, test_setup_en,
                                              test_teardown_en);
    return failed;
}
