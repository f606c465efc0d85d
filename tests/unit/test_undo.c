/* core/undo.c: undo and redo of a desk's changes, through the versioned
 * save, refused when another desk changed the record since. */

#include "tests/unit/helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/undo.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "model/record.h"

static struct app *app_of(void **state)
{
    return ((struct fx *)*state)->a;
}

/* Edit field of city 3 to value and record it as one step. */
static void edit_city(struct app *a, struct undo *u, const char *field, const char *value)
{
    struct record *before = NULL, *r = NULL;
    struct ird_err e = { 0 };
    int bad = -1;

    assert_ok(desk_get(a, KIND_CITY, 3, &before, &e), &e);
    r = record_dup(before);
    record_set(r, kind_field(r->kind, field), value);
    assert_ok(desk_save(a, r, &bad, &e), &e);
    undo_begin(u, "edit");
    undo_note_edit(u, before, r);
    undo_end(u);
    record_free(&before);
    record_free(&r);
}

static void edit_is_undone_and_redone_as_new_history(void **state)
{
    struct app *a = app_of(state);
    struct undo u;
    struct ird_err e = { 0 };
    const char *label = NULL;
    long lines;

    undo_init(&u);
    edit_city(a, &u, "notes", "Mission in May");
    lines = test_history_count(a, KIND_CITY, 3);
    assert_ok(undo_undo(a, &u, &label, &e), &e);
    assert_string_equal(label, "edit");
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "<NULL>");
    assert_int_equal(test_version_of(a, KIND_CITY, 3), 3);
    /* the undo is a new line of the history; nothing was taken out */
    assert_int_equal(test_history_count(a, KIND_CITY, 3), lines + 1);
    assert_int_equal(undo_can_redo(&u), 1);
    assert_ok(undo_redo(a, &u, &label, &e), &e);
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "Mission in May");
    assert_int_equal(test_version_of(a, KIND_CITY, 3), 4);
    assert_int_equal(test_history_count(a, KIND_CITY, 3), lines + 2);
    assert_fails(undo_redo(a, &u, &label, &e), &e, IRD_NOT_FOUND);
    undo_fini(&u);
}

static void many_levels_back_to_the_start(void **state)
{
    struct app *a = app_of(state);
    struct undo u;
    struct ird_err e = { 0 };
    const char *label = NULL;

    undo_init(&u);
    /* nothing yet: it says what undo takes back */
    assert_fails(undo_undo(a, &u, &label, &e), &e, IRD_NOT_FOUND);
    assert_contains(e.msg, "edits, status changes and archiving");
    edit_city(a, &u, "notes", "one");
    edit_city(a, &u, "notes", "two");
    edit_city(a, &u, "since", "1972");
    assert_int_equal(undo_can_undo(&u), 3);
    assert_ok(undo_undo(a, &u, &label, &e), &e);
    assert_string_equal(test_value(a, KIND_CITY, 3, "since"), "1971");
    assert_ok(undo_undo(a, &u, &label, &e), &e);
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "one");
    assert_ok(undo_undo(a, &u, &label, &e), &e);
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "<NULL>");
    /* every change undone: nothing more, not "none was made" */
    assert_fails(undo_undo(a, &u, &label, &e), &e, IRD_NOT_FOUND);
    assert_contains(e.msg, "Nothing more to undo");
    assert_null(strstr(e.msg, "none was made"));
    /* a new change after undoing: what was undone cannot be redone */
    edit_city(a, &u, "notes", "three");
    assert_int_equal(undo_can_redo(&u), 0);
    assert_int_equal(undo_can_undo(&u), 1);
    undo_fini(&u);
}

static void status_goes_back_even_without_a_move_back(void **state)
{
    struct app *a = app_of(state);
    struct undo u;
    struct ird_err e = { 0 };
    const char *label = NULL;
    const char *from = test_status_of(a, KIND_INITIATIVE, 5);
    char was[32];

    snprintf(was, sizeof was, "%s", from);
    assert_string_equal(was, "planned");
    undo_init(&u);
    assert_ok(workflow_move(a, KIND_INITIATIVE, 5, -1, "in_progress", NULL, &e), &e);
    undo_begin(&u, "status");
    undo_note_status(&u, KIND_INITIATIVE, 5, test_version_of(a, KIND_INITIATIVE, 5), was,
                     "in_progress");
    undo_end(&u);
    /* in_progress -> planned is no move of the workflow; the undo puts it back */
    assert_int_equal(workflow_allowed(kind_get(KIND_INITIATIVE), "in_progress", "planned"), 0);
    assert_ok(undo_undo(a, &u, &label, &e), &e);
    assert_string_equal(test_status_of(a, KIND_INITIATIVE, 5), "planned");
    assert_int_equal(test_sql_int(((struct fx *)*state)->db,
                                  "SELECT count(*) FROM history WHERE kind = 'initiative'"
                                  " AND record_id = 5 AND action = 'status' AND new = 'planned'"
                                  " AND note = 'Undone at the desk'"),
                     1);
    undo_fini(&u);
}

static void refused_when_another_desk_changed_the_record(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    struct app *b = test_app_open(f->db, 0, &e);
    struct record *r = NULL;
    struct undo u;
    const char *label = NULL;
    int bad = -1;

    assert_non_null(b);
    undo_init(&u);
    edit_city(f->a, &u, "notes", "ours");
    assert_ok(desk_get(b, KIND_CITY, 3, &r, &e), &e);
    record_set(r, kind_field(r->kind, "notes"), "theirs");
    assert_ok(desk_save(b, r, &bad, &e), &e);
    record_free(&r);
    assert_fails(undo_undo(f->a, &u, &label, &e), &e, IRD_STALE);
    assert_contains(e.msg, "Kanazawa");
    assert_contains(e.msg, "Another desk has changed");
    assert_string_equal(test_value(f->a, KIND_CITY, 3, "notes"), "theirs");
    /* still there to undo once the user has looked */
    assert_int_equal(undo_can_undo(&u), 1);
    undo_fini(&u);
    app_close(&b);
}

static void a_bulk_step_is_undone_whole_or_not_at_all(void **state)
{
    struct fx *f = *state;
    struct app *a = f->a;
    struct ird_err e = { 0 };
    struct undo u;
    const char *label = NULL;
    int64_t ids[2] = { 5, 6 };
    int i;

    undo_init(&u);
    undo_begin(&u, "bulk");
    for (i = 0; i < 2; i++) {
        assert_ok(workflow_move(a, KIND_INITIATIVE, ids[i], -1, "on_hold", NULL, &e), &e);
        undo_note_status(&u, KIND_INITIATIVE, ids[i], test_version_of(a, KIND_INITIATIVE, ids[i]),
                         "planned", "on_hold");
    }
    assert_ok(desk_archive(a, KIND_CITY, 4, test_version_of(a, KIND_CITY, 4), 1, NULL, &e), &e);
    undo_note_archive(&u, KIND_CITY, 4, test_version_of(a, KIND_CITY, 4), 1);
    undo_end(&u);
    assert_int_equal(undo_can_undo(&u), 1);
    /* another desk touches one of them: nothing of the step is undone */
    test_sql_exec(f->db, "UPDATE initiative SET version = version + 1 WHERE id = 6");
    assert_fails(undo_undo(a, &u, &label, &e), &e, IRD_STALE);
    assert_string_equal(test_status_of(a, KIND_INITIATIVE, 5), "on_hold");
    test_sql_exec(f->db, "UPDATE initiative SET version = version - 1 WHERE id = 6");
    assert_ok(undo_undo(a, &u, &label, &e), &e);
    assert_string_equal(test_status_of(a, KIND_INITIATIVE, 5), "planned");
    assert_string_equal(test_status_of(a, KIND_INITIATIVE, 6), "planned");
    assert_string_equal(test_value(a, KIND_CITY, 4, "archived"), "0");
    undo_fini(&u);
}

static void read_only_refuses(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    struct app *ro = test_app_open(f->db, 1, &e);
    struct undo u;
    const char *label = NULL;

    assert_non_null(ro);
    undo_init(&u);
    edit_city(f->a, &u, "notes", "x");
    assert_fails(undo_undo(ro, &u, &label, &e), &e, IRD_READONLY);
    assert_string_equal(test_value(f->a, KIND_CITY, 3, "notes"), "x");
    undo_fini(&u);
    app_close(&ro);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(edit_is_undone_and_redone_as_new_history, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(many_levels_back_to_the_start, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(status_goes_back_even_without_a_move_back, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(refused_when_another_desk_changed_the_record, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(a_bulk_step_is_undone_whole_or_not_at_all, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(read_only_refuses, fx_setup, fx_teardown),
    };

    test_filter_args(argc, argv);
    i18n_init("en");
    return cmocka_run_group_tests_name("undo", tests, NULL, NULL);
}
