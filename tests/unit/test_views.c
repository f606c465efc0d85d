/* core/views.c and db/store_view.c: saved views, the shipped ones, the
 * conditions they derive, saving and the configuration's personal views. */

#include "tests/unit/helpers.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/config.h"
#include "core/desk.h"
#include "core/views.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "model/record.h"

static struct app *app_of(void **state)
{
    return ((struct fx *)*state)->a;
}

/* How many records the view called name shows (on pane k when it has no
 * kind of its own). */
static long view_count(struct app *a, const char *name, enum kind_id pane)
{
    struct view_def v;
    struct query q = { KIND_CITY, NULL, NULL, -1, 0, 0 };
    struct ird_err e = { 0 };
    char cond[VIEWS_COND];
    long n = -1;
    int k;

    assert_ok(views_find(a, name, &v, &e), &e);
    k = views_kind(&v, pane);
    assert_true(k >= 0);
    assert_ok(views_apply(a, &v, (enum kind_id)k, &q, cond, &e), &e);
    q.search = v.search;
    assert_ok(desk_count(a, &q, &n, &e), &e);
    view_def_fini(&v);
    return n;
}

static void the_shipped_views_are_there(void **state)
{
    struct app *a = app_of(state);
    struct view_def *v = NULL, one;
    struct ird_err e = { 0 };
    size_t n = 0;

    assert_ok(views_all(a, &v, &n, &e), &e);
    assert_int_equal(n, 5); /* and contacts-for-review (issue 12) */
    assert_string_equal(v[0].name, "due-for-evaluation");
    assert_string_equal(views_title(&v[0]), "Agreements due for evaluation");
    assert_int_equal(v[0].builtin, 1);
    view_def_list_free(v, n);
    assert_ok(views_find(a, "Dormant-Partnerships", &one, &e), &e);
    assert_string_equal(one.kind, "city");
    view_def_fini(&one);
    assert_fails(views_find(a, "nope", &one, &e), &e, IRD_NOT_FOUND);
    assert_contains(e.msg, "changed-this-week");
}

static void dormant_and_lacking_match_the_data(void **state)
{
    struct fx *f = *state;

    assert_int_equal(view_count(f->a, "dormant-partnerships", KIND_CITY),
                     test_sql_int(f->db, "SELECT count(*) FROM city WHERE status = 'dormant'"
                                         " AND archived = 0"));
    /* in force (live) only: an ended agreement gets no clause any more */
    assert_int_equal(view_count(f->a, "no-human-rights-clause", KIND_CITY),
                     test_sql_int(f->db, "SELECT count(*) FROM agreement WHERE archived = 0"
                                         " AND ifnull(human_rights, 0) = 0"
                                         " AND status IN ('in_force', 'under_evaluation', 'renewed')"));
    test_sql_exec(f->db, "UPDATE agreement SET human_rights = 1 WHERE id = 2");
    assert_int_equal(view_count(f->a, "no-human-rights-clause", KIND_CITY),
                     test_sql_int(f->db, "SELECT count(*) FROM agreement WHERE archived = 0"
                                         " AND status IN ('in_force', 'under_evaluation', 'renewed')") - 1);
}

static void due_is_live_and_within_the_horizon(void **state)
{
    struct fx *f = *state;
    long before;

    /* by their dates first: no decision pending */
    test_sql_exec(f->db, "UPDATE decision SET done = '2025-01', done_source = 'test'");
    before = view_count(f->a, "due-for-evaluation", KIND_CITY);
    /* the clock stands at 2025-03-01 and the horizon is 12 months */
    test_sql_exec(f->db, "UPDATE agreement SET status = 'in_force', ends = '2025-09' WHERE id = 2");
    test_sql_exec(f->db, "UPDATE agreement SET status = 'in_force', ends = '2031' WHERE id = 3");
    test_sql_exec(f->db, "UPDATE agreement SET status = 'expired', ends = '2025-04' WHERE id = 4");
    test_sql_exec(f->db, "UPDATE agreement SET status = 'in_force', ends = '2024' WHERE id = 5");
    assert_int_equal(view_count(f->a, "due-for-evaluation", KIND_CITY), before + 2);
    /* a decision pending on a running agreement makes it due, on an expired one not */
    test_sql_exec(f->db, "INSERT INTO decision (kind, record_id, decided, text_nl, source)"
                         " VALUES ('agreement', 3, '2025-02', 'evalueren', 'test'),"
                         " ('agreement', 4, '2025-02', 'evalueren', 'test')");
    assert_int_equal(view_count(f->a, "due-for-evaluation", KIND_CITY), before + 3);
}

static void changed_this_week_on_any_pane(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    struct record *r = NULL;
    int bad = -1;

    assert_int_equal(view_count(a, "changed-this-week", KIND_CITY), 0);
    assert_ok(desk_get(a, KIND_NETWORK, 2, &r, &e), &e);
    record_set(r, kind_field(r->kind, "notes"), "Annual meeting in Ghent");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    record_free(&r);
    assert_int_equal(view_count(a, "changed-this-week", KIND_NETWORK), 1);
    assert_int_equal(view_count(a, "changed-this-week", KIND_CITY), 0);
    /* a decision recorded and a link made at a desk are changes too (the
     * documents' dated decisions of the seed are not) */
    assert_ok(workflow_decide(a, KIND_CITY, 3, "Samenwerking verlengen.", NULL, "2024-05",
                              "College", "Collegebesluit", NULL, &e),
              &e);
    assert_int_equal(view_count(a, "changed-this-week", KIND_CITY), 1);
    assert_ok(desk_link_put(a, KIND_AGREEMENT, 2, KIND_NETWORK, 1, NULL, &e), &e);
    assert_int_equal(view_count(a, "changed-this-week", KIND_AGREEMENT), 1);
}

static void a_saved_view_is_shared_by_every_desk(void **state)
{
    struct fx *f = *state;
    struct query q = { KIND_CITY, "ended", "ger", 3, 1, 0 };
    struct view_def v, back;
    struct ird_err e = { 0 };
    struct app *b = test_app_open(f->db, 0, &e);

    assert_non_null(b);
    views_from_query(&q, "Ended in Germany", &v);
    assert_ok(views_save(f->a, &v, &e), &e);
    assert_ok(views_find(b, "ended in germany", &back, &e), &e);
    assert_string_equal(back.kind, "city");
    assert_string_equal(back.status, "ended");
    assert_string_equal(back.search, "ger");
    assert_string_equal(back.sort, kind_get(KIND_CITY)->fields[3].name);
    assert_int_equal(back.descending, 1);
    assert_int_equal(view_count(b, "Ended in Germany", KIND_CITY),
                     test_count(b, KIND_CITY, "ended", "ger", 0));
    view_def_fini(&back);
    /* saved again under the same name: replaced, not doubled */
    assert_ok(views_save(f->a, &v, &e), &e);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM view"), 6);
    view_def_fini(&v);
    /* a shipped view's name, and no name, are refused */
    views_from_query(&q, "due-for-evaluation", &v);
    assert_fails(views_save(f->a, &v, &e), &e, IRD_INVALID);
    view_def_fini(&v);
    views_from_query(&q, "   ", &v);
    assert_fails(views_save(f->a, &v, &e), &e, IRD_INVALID);
    view_def_fini(&v);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM view"), 6);
    app_close(&b);
}

/* A name already taken: a shipped view's (its name or either label) and a
 * view's of another kind are refused; one's own of the same kind is
 * replaced, after the desk asks (replaces says so). */
static void a_taken_view_name_is_refused_or_replaced(void **state)
{
    struct fx *f = *state;
    struct query q = { KIND_VISIT, NULL, "gent", -1, 0, 0 };
    struct query c = { KIND_CITY, NULL, NULL, -1, 0, 0 };
    struct view_def v;
    struct ird_err e = { 0 };
    int replaces = -1;
    long before = test_sql_int(f->db, "SELECT count(*) FROM view");
    static const char *const shipped[] = { "Akkoorden te evalueren", "agreements due for evaluation",
                                           "DUE-FOR-EVALUATION" };
    size_t i;

    for (i = 0; i < sizeof shipped / sizeof shipped[0]; i++) {
        views_from_query(&q, shipped[i], &v);
        assert_fails(views_check_name(f->a, &v, &replaces, &e), &e, IRD_INVALID);
        assert_contains(e.msg, "comes with irdesk");
        assert_fails(views_save(f->a, &v, &e), &e, IRD_INVALID);
        view_def_fini(&v);
    }
    views_from_query(&q, "Mine", &v);
    assert_ok(views_check_name(f->a, &v, &replaces, &e), &e);
    assert_int_equal(replaces, 0);
    assert_ok(views_save(f->a, &v, &e), &e);
    view_def_fini(&v);
    views_from_query(&q, "mine", &v);
    assert_ok(views_check_name(f->a, &v, &replaces, &e), &e);
    assert_int_equal(replaces, 1);
    view_def_fini(&v);
    views_from_query(&c, "MINE", &v);
    assert_fails(views_check_name(f->a, &v, &replaces, &e), &e, IRD_INVALID);
    assert_contains(e.msg, "a view of Visits already");
    assert_fails(views_save(f->a, &v, &e), &e, IRD_INVALID);
    view_def_fini(&v);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM view"), before + 1);
}

static void a_derived_condition_is_saved_without_its_day(void **state)
{
    struct app *a = app_of(state);
    struct view_def v, back;
    struct query q = { KIND_AGREEMENT, NULL, NULL, -1, 0, 0 };
    struct ird_err e = { 0 };
    char cond[VIEWS_COND];

    assert_ok(views_find(a, "due-for-evaluation", &v, &e), &e);
    assert_ok(views_apply(a, &v, KIND_AGREEMENT, &q, cond, &e), &e);
    assert_string_equal(q.status, "~due:2026-03-01");
    view_def_fini(&v);
    views_from_query(&q, "mine", &v);
    assert_ok(views_save(a, &v, &e), &e);
    view_def_fini(&v);
    assert_ok(views_find(a, "mine", &back, &e), &e);
    assert_string_equal(back.status, "~due");
    view_def_fini(&back);
}

static void personal_views_come_from_the_configuration(void **state)
{
    struct app *a = app_of(state);
    const char text[] = "view.mine = city status=ended sort=since desc search=saint\n"
                        "view.bad = castle\n"
                        "view.also bad = city\n"
                        "view.cols = city columns=name_nl,nope\n";
    struct view_def v;
    struct ird_err e = { 0 };
    char *warn = NULL;

    config_parse(&a->cfg, text, strlen(text), "cfg", &warn);
    assert_non_null(warn);
    assert_contains(warn, "cfg:2:");
    assert_contains(warn, "castle");
    assert_contains(warn, "cfg:3:");
    assert_contains(warn, "cfg:4: View \"cols\": \"nope\" is not a column of the list of Cities");
    free(warn);
    assert_ok(views_find(a, "mine", &v, &e), &e);
    assert_int_equal(v.personal, 1);
    assert_string_equal(v.search, "saint");
    assert_int_equal(v.descending, 1);
    view_def_fini(&v);
    assert_int_equal(view_count(a, "mine", KIND_CITY), test_count(a, KIND_CITY, "ended", "saint", 0));
    assert_fails(views_find(a, "bad", &v, &e), &e, IRD_NOT_FOUND);
    assert_fails(views_find(a, "cols", &v, &e), &e, IRD_NOT_FOUND);
}

static void a_view_shows_only_its_columns(void **state)
{
    const struct kind *k = kind_get(KIND_CITY);
    int name = kind_field(k, "name_nl"), country = kind_field(k, "country_nl");
    int since = kind_field(k, "since"), notes = kind_field(k, "notes");

    (void)state;
    assert_int_equal(record_list_column(k, name, NULL), 1);
    assert_int_equal(record_list_column(k, notes, NULL), 0); /* not a list column */
    assert_int_equal(record_list_column(k, name, "since,name_nl"), 1);
    assert_int_equal(record_list_column(k, since, "since,name_nl"), 1);
    assert_int_equal(record_list_column(k, country, "since,name_nl"), 0);
    assert_int_equal(record_list_column(k, name, "name"), 0); /* whole names only */
}

static void an_unknown_status_or_field_is_refused(void **state)
{
    struct app *a = app_of(state);
    struct view_def v;
    struct query q = { KIND_CITY, NULL, NULL, -1, 0, 0 };
    struct ird_err e = { 0 };
    char cond[VIEWS_COND];

    assert_ok(views_parse("x", "city status=bogus", &v, &e), &e);
    assert_fails(views_apply(a, &v, KIND_CITY, &q, cond, &e), &e, IRD_INVALID);
    assert_contains(e.msg, "bogus");
    view_def_fini(&v);
    assert_ok(views_parse("x", "city sort=nothing", &v, &e), &e);
    assert_fails(views_apply(a, &v, KIND_CITY, &q, cond, &e), &e, IRD_INVALID);
    view_def_fini(&v);
    assert_fails(views_parse("x", "city frobnicate", &v, &e), &e, IRD_INVALID);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(the_shipped_views_are_there, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(dormant_and_lacking_match_the_data, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(due_is_live_and_within_the_horizon, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(changed_this_week_on_any_pane, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(a_saved_view_is_shared_by_every_desk, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(a_taken_view_name_is_refused_or_replaced, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(a_derived_condition_is_saved_without_its_day, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(personal_views_come_from_the_configuration, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(an_unknown_status_or_field_is_refused, fx_setup,
                                        fx_teardown),
        cmocka_unit_test(a_view_shows_only_its_columns),
    };

    test_filter_args(argc, argv);
    i18n_init("en");
    return cmocka_run_group_tests_name("views", tests, NULL, NULL);
}
