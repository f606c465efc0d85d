/* A fifth kind that exists only here: its descriptor alone takes it through
 * the list columns, the detail lines, the form, validation, CSV and JSON,
 * the attention rules and its part of the portfolio.  (The store, the
 * search index and history follow once the schema is driven by the kinds.) */

#include "tests/unit/helpers.h"

#include <stdlib.h>
#include <string.h>

#include "core/detail.h"
#include "core/doc.h"
#include "core/exchange.h"
#include "core/report.h"
#include "core/summary.h"
#include "core/validate.h"
#include "core/workflow.h"
#include "lib/mem.h"
#include "lib/table.h"
#include "model/kind.h"
#include "model/record.h"
#include "tui/fmodel.h"
#include "tui/layout.h"
#include "i18n/i18n.h"

/* ---- the descriptor: nothing else below knows about visits -------------- */

enum visit_field {
    VISIT_TITLE, VISIT_TITLE_EN, VISIT_GUESTS, VISIT_MODE, VISIT_PLANNED, VISIT_REPORT_DUE,
    VISIT_REPORTED, VISIT_NOTES, VISIT_NFIELDS
};

static const struct choice visit_statuses[] = {
    { .code = "proposed", .label = "Proposed", .flags = S_LIVE },
    { .code = "confirmed", .label = "Confirmed", .flags = S_LIVE | S_HELD },
    { .code = "held", .label = "Held" },
    { NULL },
};

static const struct transition visit_moves[] = {
    { "proposed", "confirmed" }, { "confirmed", "held" }, { NULL, NULL },
};

static const struct choice visit_modes[] = {
    { .code = "incoming", .label = "Incoming visit" },
    { .code = "outgoing", .label = "Mission abroad" },
    { NULL },
};

static const struct choice yes_no[] = {
    { .code = "1", .label = "Yes" },
    { .code = "0", .label = "No" },
    { NULL },
};

static const struct field visit_fields[VISIT_NFIELDS] = {
    [VISIT_TITLE] = { .name = "title", .label = "Title", .type = FT_TEXT, .flags = F_REQUIRED,
                      .max = 100, .list_width = 30, .alt = VISIT_TITLE_EN,
                      .not_before = NO_FIELD },
    [VISIT_TITLE_EN] = { .name = "title_en", .label = "Title (English)", .type = FT_TEXT,
                         .max = 100, .alt = NO_FIELD, .not_before = NO_FIELD },
    [VISIT_GUESTS] = { .name = "guests", .label = "Guests", .type = FT_INT, .min = 1,
                       .max = 500, .list_width = 6, .alt = NO_FIELD, .not_before = NO_FIELD },
    [VISIT_MODE] = { .name = "mode", .label = "Mode", .type = FT_ENUM, .flags = F_REQUIRED,
                     .list_width = 14, .alt = NO_FIELD, .not_before = NO_FIELD,
                     .choices = visit_modes },
    [VISIT_PLANNED] = { .name = "planned", .label = "Planned for", .type = FT_DATE,
                        .list_width = 10, .alt = NO_FIELD, .not_before = NO_FIELD },
    [VISIT_REPORT_DUE] = { .name = "report_due", .label = "Report due", .type = FT_DATE,
                           .flags = F_DUE, .alt = NO_FIELD, .not_before = VISIT_PLANNED,
                           .overdue = "The report (due %s) is late; the visit is %s.\n",
                           .due = { "The report is due on %s (horizon %d month).\n",
                                    "The report is due on %s (horizon %d months).\n" } },
    [VISIT_REPORTED] = { .name = "reported", .label = "Reported", .type = FT_BOOL,
                         .flags = F_WANTED, .alt = NO_FIELD, .not_before = NO_FIELD,
                         .choices = yes_no, .lacking = "No report was filed.\n" },
    [VISIT_NOTES] = { .name = "notes", .label = "Notes", .type = FT_LONG, .max = 1000,
                      .alt = NO_FIELD, .not_before = NO_FIELD },
};

static const struct part visit_parts[] = {
    { .type = PART_SHARE, .text = { "%d of %zu visit is confirmed.",
                                    "%d of %zu visits are confirmed." } },
    { .type = PART_TABLE, .flags = PART_HELD_ONLY, .heading = "Confirmed",
      .cols = { { VISIT_TITLE, 0 }, { VISIT_PLANNED, 0 } }, .ncols = 2 },
    { .type = PART_ATTENTION, .text = { "Needing attention within %d month",
                                        "Needing attention within %d months" } },
    { .type = PART_BULLETS, .heading = "All visits", .shown = { VISIT_MODE, NO_FIELD } },
    { .type = PART_STATUSES, .text = { "%zu visit: %s.", "%zu visits: %s." } },
};

static const char *const visit_words[] = { "visits", "bezoek", NULL };

/* An id past the real kinds: the mechanisms take the descriptor, not the id. */
static const struct kind visit = {
    .id = KIND_COUNT, .code = "visit", .table = "visit", .label = "Visit",
    .plural = "Visits", .words = visit_words, .fields = visit_fields,
    .nfields = VISIT_NFIELDS, .statuses = visit_statuses, .initial = "proposed",
    .moves = visit_moves, .title = VISIT_TITLE, .alias = NO_FIELD, .portfolio = "Visits",
    .parts = visit_parts, .nparts = (int)(sizeof visit_parts / sizeof visit_parts[0]),
};

/* ---- records ------------------------------------------------------------- */

static struct record *a_visit(int64_t id, const char *status, const char *title,
                              const char *planned, const char *due, const char *reported)
{
    struct record *r = record_new(&visit);

    r->id = id;
    r->version = 1;
    record_set_status(r, status);
    record_set(r, VISIT_TITLE, title);
    record_set(r, VISIT_MODE, "incoming");
    record_set(r, VISIT_GUESTS, "12");
    record_set(r, VISIT_PLANNED, planned);
    record_set(r, VISIT_REPORT_DUE, due);
    record_set(r, VISIT_REPORTED, reported);
    return r;
}

/* ---- the tests ------------------------------------------------------------ */

static void list_columns_come_from_the_descriptor(void **state)
{
    struct record *rs[1];
    struct listcol cols[16];
    struct table *t;
    size_t n;
    char *s;

    (void)state;
    rs[0] = a_visit(3, "confirmed", "Delegation from Kanazawa", "2026-05", NULL, "1");
    n = layout_list(&visit, 100, cols, 16);
    assert_int_equal(n, 6); /* number, title, guests, mode, planned, status */
    assert_int_equal(cols[1].field, VISIT_TITLE);
    assert_int_equal(cols[2].field, VISIT_GUESTS);
    assert_true(cols[2].right);
    t = record_table(&visit, rs, 1, 0);
    s = table_render(t, 100);
    assert_contains(s, "Guests");
    assert_contains(s, "Incoming visit");
    assert_contains(s, "Confirmed");
    assert_contains(s, "3  Delegation from Kanazawa      12  Incoming visit");
    free(s);
    table_free(&t);
    record_free(&rs[0]);
}

static void detail_lines_show_every_field(void **state)
{
    struct detail *d = detail_new(a_visit(4, "proposed", "Mission to Tallinn", "2026", NULL, "0"));
    char *s = detail_render(d, 80);

    (void)state;
    assert_contains(s, "Visit 4 · Mission to Tallinn");
    assert_contains(s, "Reported");
    assert_contains(s, "No");
    assert_contains(s, "Report due");
    assert_contains(s, "—");
    assert_contains(s, "Proposed");
    free(s);
    detail_free(&d);
}

static void the_form_takes_its_fields(void **state)
{
    struct record *r = a_visit(5, "proposed", "Study visit", "2026-03", NULL, "1");
    struct fmodel m;
    struct ird_err e = { 0 };

    (void)state;
    assert_ok(fmodel_init(&m, NULL, &visit, r, &e), &e);
    assert_int_equal(fmodel_items(&m), VISIT_NFIELDS + 2);
    assert_string_equal(fmodel_shown(&m, VISIT_REPORTED), "Yes");
    assert_string_equal(fmodel_shown(&m, VISIT_MODE), "Incoming visit");
    fmodel_cycle(&m, VISIT_MODE, 1);
    assert_string_equal(fmodel_shown(&m, VISIT_MODE), "Mission abroad");
    assert_true(fmodel_dirty(&m));
    fmodel_fini(&m);
    record_free(&r);
}

static void validation_follows_types_and_flags(void **state)
{
    struct record *r = a_visit(0, "proposed", "Study visit", "2026-03", "2026-04", "1");
    struct ird_err e = { 0 };
    int bad = -1;

    (void)state;
    assert_ok(validate_record(NULL, r, &bad, &e), &e);
    record_set(r, VISIT_TITLE, NULL);
    assert_fails(validate_record(NULL, r, &bad, &e), &e, IRD_INVALID);
    assert_int_equal(bad, VISIT_TITLE);
    record_set(r, VISIT_TITLE, "Study visit");
    record_set(r, VISIT_GUESTS, "900");
    assert_fails(validate_record(NULL, r, &bad, &e), &e, IRD_INVALID);
    assert_int_equal(bad, VISIT_GUESTS);
    record_set(r, VISIT_GUESTS, "012");
    validate_normalize(r);
    assert_string_equal(record_get(r, VISIT_GUESTS), "12");
    record_set(r, VISIT_REPORT_DUE, "2026-02");
    assert_fails(validate_record(NULL, r, &bad, &e), &e, IRD_INVALID);
    assert_int_equal(bad, VISIT_REPORT_DUE);
    assert_contains(e.msg, "comes before");
    record_set(r, VISIT_REPORT_DUE, "2026-13");
    assert_fails(validate_record(NULL, r, &bad, &e), &e, IRD_INVALID);
    record_set(r, VISIT_REPORT_DUE, NULL);
    record_set(r, VISIT_MODE, "by_post");
    assert_fails(validate_record(NULL, r, &bad, &e), &e, IRD_INVALID);
    assert_int_equal(bad, VISIT_MODE);
    assert_true(workflow_allowed(&visit, "proposed", "confirmed"));
    assert_false(workflow_allowed(&visit, "held", "proposed"));
    assert_ptr_equal(kind_status_parse(&visit, "Confirmed"), &visit_statuses[1]);
    record_free(&r);
}

static void csv_and_json_write_its_fields(void **state)
{
    struct record *r = a_visit(7, "held", "Visit, with \"quotes\"", "2025-11-02", NULL, "0");
    struct buf b = { 0 };
    char *s;

    (void)state;
    exchange_csv_header(&b, &visit, ',');
    exchange_csv_row(&b, r, ',');
    s = buf_take(&b);
    assert_string_equal(s, "id,version,status,archived,title,title_en,guests,mode,planned,"
                           "report_due,reported,notes\r\n"
                           "7,1,held,0,\"Visit, with \"\"quotes\"\"\",,12,incoming,2025-11-02,,0,"
                           "\r\n");
    free(s);
    exchange_json_fields(&b, r);
    s = buf_take(&b);
    assert_string_equal(s, "    {\"id\": 7, \"version\": 1, \"status\": \"held\", \"archived\": "
                           "false, \"title\": \"Visit, with \\\"quotes\\\"\", \"title_en\": null, "
                           "\"guests\": 12, \"mode\": \"incoming\", \"planned\": \"2025-11-02\", "
                           "\"report_due\": null, \"reported\": false, \"notes\": null");
    free(s);
    record_free(&r);
}

static void attention_comes_from_the_flags(void **state)
{
    struct record *r = a_visit(8, "confirmed", "Mission", "2026-01", "2026-03", "0");
    char *s;

    (void)state;
    s = summary_attention(r, "2026-04-10", 12);
    assert_string_equal(s, "The report (due 2026-03) is late; the visit is Confirmed.\n"
                           "No report was filed.\n");
    free(s);
    record_set(r, VISIT_REPORT_DUE, "2026-09-01");
    s = summary_attention(r, "2026-04-10", 6);
    assert_string_equal(s, "The report is due on 2026-09-01 (horizon 6 months).\n"
                           "No report was filed.\n");
    free(s);
    record_set_status(r, "held"); /* not live: no rule applies */
    s = summary_attention(r, "2026-04-10", 6);
    assert_string_equal(s, "");
    free(s);
    record_free(&r);
}

static void its_part_of_the_portfolio(void **state)
{
    struct record *rs[3];
    struct doc d = { { 0 }, 80 };
    struct ird_err e = { 0 };
    char *s;
    size_t i;

    (void)state;
    rs[0] = a_visit(1, "confirmed", "Delegation from Kanazawa", "2026-05", NULL, "1");
    rs[1] = a_visit(2, "proposed", "Mission to Tallinn", "2026-02", "2026-03", "1");
    rs[2] = a_visit(3, "held", "Study visit Liège", "2025-10", NULL, "0");
    assert_ok(report_kind_part(NULL, &d, &visit, 6, rs, 3, "2026-04-10", 12, &e), &e);
    s = buf_take(&d.b);
    assert_string_equal(s, "6. Visits\n"
                           "=========\n"
                           "1 of 3 visits are confirmed.\n"
                           "\n"
                           "Confirmed\n"
                           "---------\n"
                           "#  Title                     Planned for\n"
                           "1  Delegation from Kanazawa  2026-05\n"
                           "\n"
                           "Needing attention within 12 months\n"
                           "----------------------------------\n"
                           "Visit 2 · Mission to Tallinn\n"
                           "  ! The report (due 2026-03) is late; the visit is Proposed.\n"
                           "\n"
                           "All visits\n"
                           "----------\n"
                           "- Delegation from Kanazawa, Incoming visit\n"
                           "- Mission to Tallinn, Incoming visit\n"
                           "- Study visit Liège, Incoming visit\n"
                           "3 visits: 1 Proposed, 1 Confirmed, 1 Held.\n");
    free(s);
    for (i = 0; i < 3; i++)
        record_free(&rs[i]);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(list_columns_come_from_the_descriptor),
        cmocka_unit_test(detail_lines_show_every_field),
        cmocka_unit_test(the_form_takes_its_fields),
        cmocka_unit_test(validation_follows_types_and_flags),
        cmocka_unit_test(csv_and_json_write_its_fields),
        cmocka_unit_test(attention_comes_from_the_flags),
        cmocka_unit_test(its_part_of_the_portfolio),
    };

    (void)argc;
    (void)argv;
    return cmocka_run_group_tests(tests, test_setup_en, test_teardown_en);
}
