/* core/journal.c and core/finder.c: the notes journal of a record (in the
 * detail, the dossier and the JSON export) and the search of everything
 * (records, notes, history). */

#include "tests/unit/helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/detail.h"
#include "core/exchange.h"
#include "core/finder.h"
#include "core/journal.h"
#include "core/summary.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "model/record.h"
#include "model/saved.h"

static struct app *app_of(void **state)
{
    return ((struct fx *)*state)->a;
}

static void notes_are_kept_newest_first_with_their_author(void **state)
{
    struct fx *f = *state;
    struct note *n = NULL;
    struct ird_err e = { 0 };
    size_t cnt = 0;

    assert_ok(journal_add(f->a, KIND_CITY, 3, "  First call with Kanazawa  ", &e), &e);
    snprintf(f->a->fixed_now, sizeof f->a->fixed_now, "%s", "2025-03-02T09:00:00Z");
    assert_ok(journal_add(f->a, KIND_CITY, 3, "Correction: the call was on Friday\nsecond line",
                          &e),
              &e);
    assert_ok(desk_notes(f->a, KIND_CITY, 3, &n, &cnt, &e), &e);
    assert_int_equal(cnt, 2);
    assert_string_equal(n[0].body, "Correction: the call was on Friday\nsecond line");
    assert_string_equal(n[1].body, "First call with Kanazawa");
    assert_string_equal(n[1].at, TEST_NOW);
    assert_string_equal(n[1].user, "tester");
    note_list_free(n, cnt);
    /* the record itself is not changed by a note */
    assert_int_equal(test_version_of(f->a, KIND_CITY, 3), 1);
}

static void bad_notes_change_nothing(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };

    assert_fails(journal_add(f->a, KIND_CITY, 3, "   ", &e), &e, IRD_INVALID);
    assert_fails(journal_add(f->a, KIND_CITY, 3, "bell\a", &e), &e, IRD_INVALID);
    assert_fails(journal_add(f->a, KIND_CITY, 999, "to nobody", &e), &e, IRD_NOT_FOUND);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM note"), 0);
}

static void the_detail_and_the_dossier_show_the_journal(void **state)
{
    struct app *a = app_of(state);
    struct detail *d = NULL;
    struct ird_err e = { 0 };
    char *text, *title = NULL;

    assert_ok(journal_add(a, KIND_AGREEMENT, 2, "Evaluation meeting set for June", &e), &e);
    assert_ok(detail_build(a, KIND_AGREEMENT, 2, 10, &d, &e), &e);
    text = test_gc(detail_render(d, 80));
    assert_contains(text, "\nJournal\n");
    /* shown in local time (Brussels: UTC+1 in March), kept in UTC */
    assert_contains(text, "2025-03-01 11:00  tester  Evaluation meeting set for June");
    /* before the history */
    assert_true(strstr(text, "Journal") < strstr(text, "\nHistory"));
    detail_free(&d);
    text = test_gc(summary_dossier(a, KIND_AGREEMENT, 2, &title, &e));
    free(title);
    assert_non_null(text);
    assert_contains(text, "Evaluation meeting set for June");
}

static void the_json_export_holds_the_journal(void **state)
{
    struct app *a = app_of(state);
    struct export_opts o = { KIND_CITY, EXPORT_JSON, 0, 0, 0 };
    struct ird_err e = { 0 };
    char *out = NULL;
    size_t len = 0, lost = 0;

    assert_ok(journal_add(a, KIND_CITY, 3, "Quote \"this\"", &e), &e);
    assert_ok(exchange_export(a, &o, &out, &len, &lost, &e), &e);
    test_gc(out);
    assert_contains(out, "\"journal\": [{\"id\": 1, \"at\": \"2025-03-01T10:00:00Z\","
                         " \"user\": \"tester\", \"body\": \"Quote \\\"this\\\"\"}]");
    /* a record without notes has an empty journal */
    assert_contains(out, "\"journal\": []");
}

/* The text of the lines finder_run gives, one per line, indented by level. */
static char *found(struct app *a, const char *words)
{
    struct find_line *l = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;
    char *text;

    assert_ok(finder_run(a, words, &l, &n, &e), &e);
    text = finder_render(l, n);
    finder_free(l, n);
    return test_gc(text);
}

static void search_finds_records_notes_and_history_grouped_by_kind(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    struct find_line *none = NULL;
    size_t n = 0;
    char *text;

    assert_ok(journal_add(a, KIND_NETWORK, 2, "Spoke with the Kanazawa office", &e), &e);
    assert_ok(workflow_move(a, KIND_INITIATIVE, 5, -1, "in_progress", "Kanázawa task force", &e),
              &e);
    text = found(a, "KANAZAWA");
    /* the city of that name, the note and the history line, each under its kind */
    assert_int_equal(strncmp(text, "Cities (", 8), 0);
    assert_contains(text, ")\n  City 3 · Kanazawa (Active)\n"); /* the best match first */
    assert_contains(text, "\nAgreements (");
    assert_contains(text, "Networks (1)\n  Network 2 · ");
    assert_contains(text, "      note: Spoke with the Kanazawa office");
    assert_contains(text, "\n  Initiative 5 · ");
    assert_contains(text, "      history 2025-03-01 11:00  tester: Status: Planned → In progress"
                          " — Kanázawa task force");
    /* in the kinds' order */
    assert_true(strstr(text, "Cities") < strstr(text, "Agreements"));
    assert_true(strstr(text, "Agreements") < strstr(text, "Networks"));
    assert_true(strstr(text, "Networks") < strstr(text, "Initiatives"));
    assert_string_equal(found(a, "zzyzx"), "");
    assert_fails(finder_run(a, "  ", &none, &n, &e), &e, IRD_INVALID);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(notes_are_kept_newest_first_with_their_author, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(bad_notes_change_nothing, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(the_detail_and_the_dossier_show_the_journal, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(the_json_export_holds_the_journal, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(search_finds_records_notes_and_history_grouped_by_kind,
                                        fx_setup, fx_teardown),
    };

    test_filter_args(argc, argv);
    setenv("TZ", "Europe/Brussels", 1);
    tzset();
    i18n_init("en");
    return cmocka_run_group_tests_name("journal", tests, NULL, NULL);
}
