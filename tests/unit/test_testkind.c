/* A fifth kind that exists only here: its descriptor alone takes it through
 * the list columns, the detail lines, the form, validation, CSV and JSON,
 * the attention rules and its part of the portfolio; registered
 * (kind_register) and with its migration applied after the normal schema,
 * the store takes it too, on a real database: save with history lines,
 * list, window, position, search, status, archive, links and the whole
 * portfolio.  No file of the program knows about visits. */

#include "tests/unit/helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
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
    { 0 },
};

static const struct transition visit_moves[] = {
    { "proposed", "confirmed" }, { "confirmed", "held" }, { NULL, NULL },
};

static const struct choice visit_modes[] = {
    { .code = "incoming", .label = "Incoming visit" },
    { .code = "outgoing", .label = "Mission abroad" },
    { 0 },
};

static const struct choice yes_no[] = {
    { .code = "1", .label = "Yes" },
    { .code = "0", .label = "No" },
    { 0 },
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
    { .type = PART_SHARE, .text = { "%d of %zu visits is confirmed.",
                                    "%d of %zu visits are confirmed." } },
    { .type = PART_TABLE, .flags = PART_HELD_ONLY, .heading = "Confirmed",
      .cols = { { VISIT_TITLE, 0 }, { VISIT_PLANNED, 0 } }, .ncols = 2 },
    { .type = PART_ATTENTION, .text = { "Needing attention within %d month",
                                        "Needing attention within %d months" } },
    { .type = PART_BULLETS, .heading = "All visits", .shown = { VISIT_MODE, NO_FIELD } },
    { .type = PART_STATUSES, .text = { "%zu visit: %s.", "%zu visits: %s." } },
};

static const char *const visit_words[] = { "trips", "reis", NULL };

/* An id past the real kinds: the mechanisms take the descriptor, not the id. */
static const struct kind visit = {
    .id = KIND_COUNT, .code = "trip", .table = "trip", .label = "Visit",
    .plural = "Visits", .words = visit_words, .fields = visit_fields,
    .nfields = VISIT_NFIELDS, .statuses = visit_statuses, .initial = "proposed",
    .moves = visit_moves, .title = VISIT_TITLE, .alias = NO_FIELD, .portfolio = "Visits",
    .parts = visit_parts, .nparts = (int)(sizeof visit_parts / sizeof visit_parts[0]),
};

/* Its migration, as db/sql/ would hold it after the normal schema: its
 * table, its row in kind_count with the count's triggers, and what the
 * search index holds of it with the triggers that keep it in step (as
 * db/sql/004_search_keys.sql has them for the first four kinds). */
static const char visit_migration[] =
    "CREATE TABLE trip ("
    "    id INTEGER PRIMARY KEY,"
    "    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),"
    "    title_en TEXT,"
    "    guests INTEGER CHECK (guests BETWEEN 1 AND 500),"
    "    mode TEXT NOT NULL CHECK (mode IN ('incoming', 'outgoing')),"
    "    planned TEXT,"
    "    report_due TEXT,"
    "    reported INTEGER CHECK (reported IN (0, 1)),"
    "    notes TEXT,"
    "    status TEXT NOT NULL DEFAULT 'proposed',"
    "    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
    "    version INTEGER NOT NULL DEFAULT 1);"
    "INSERT INTO kind_count (kind, live) SELECT 'trip', count(*) FROM trip WHERE archived = 0;"
    "CREATE TRIGGER trip_count_ins AFTER INSERT ON trip BEGIN"
    "    UPDATE kind_count SET live = live + (new.archived = 0) WHERE kind = 'trip';"
    "END;"
    "CREATE TRIGGER trip_count_upd AFTER UPDATE OF archived ON trip BEGIN"
    "    UPDATE kind_count SET live = live + (new.archived = 0) - (old.archived = 0)"
    "     WHERE kind = 'trip';"
    "END;"
    "CREATE TRIGGER trip_count_del AFTER DELETE ON trip BEGIN"
    "    UPDATE kind_count SET live = live - (old.archived = 0) WHERE kind = 'trip';"
    "END;"
    "CREATE VIEW trip_body AS SELECT id,"
    "    ifnull(title, '') || ' ' || ifnull(title_en, '') || ' ' || ifnull(planned, '')"
    "    || ' ' || ifnull(notes, '') AS body FROM trip;"
    "INSERT INTO search_doc (kind, rec_id, body) SELECT 'trip', id, body FROM trip_body;"
    "CREATE TRIGGER trip_search_ins AFTER INSERT ON trip BEGIN"
    "    INSERT INTO search_doc (kind, rec_id, body)"
    "        SELECT 'trip', id, body FROM trip_body WHERE id = new.id;"
    "END;"
    "CREATE TRIGGER trip_search_upd AFTER UPDATE ON trip BEGIN"
    "    UPDATE search_doc SET rec_id = new.id,"
    "           body = (SELECT body FROM trip_body WHERE id = new.id)"
    "     WHERE kind = 'trip' AND rec_id = old.id;"
    "END;"
    "CREATE TRIGGER trip_search_del AFTER DELETE ON trip BEGIN"
    "    DELETE FROM search_doc WHERE kind = 'trip' AND rec_id = old.id;"
    "END;";

/* ---- records ------------------------------------------------------------- */

static struct record *a_visit(int64_t id, const char *status, const char *title,
                              const char *planned, const char *due, const char *reported)
{
    struct record *r = record_new(&visit);

    r->id = id;
    r->version = 1;
    record_set_status(r, status);
    record_set(r, VISIT_TITLE, title);
    record_set(r, VISIT_TITLE_EN, title); /* its English twin: shown unmarked */
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
                           "7,1,held,0,\"Visit, with \"\"quotes\"\"\",\"Visit, with \"\"quotes\"\"\","
                           "12,incoming,2025-11-02,,0,"
                           "\r\n");
    free(s);
    exchange_json_fields(&b, r);
    s = buf_take(&b);
    assert_string_equal(s, "    {\"id\": 7, \"version\": 1, \"status\": \"held\", \"archived\": "
                           "false, \"title\": \"Visit, with \\\"quotes\\\"\", \"title_en\": \"Visit, with \\\"quotes\\\"\", "
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
    struct doc *d = doc_new(80);
    struct ird_err e = { 0 };
    char *s;
    size_t i;

    (void)state;
    rs[0] = a_visit(1, "confirmed", "Delegation from Kanazawa", "2026-05", NULL, "1");
    rs[1] = a_visit(2, "proposed", "Mission to Tallinn", "2026-02", "2026-03", "1");
    rs[2] = a_visit(3, "held", "Study visit Liège", "2025-10", NULL, "0");
    assert_ok(report_kind_part(NULL, d, &visit, 6, rs, 3, "2026-04-10", 12, &e), &e);
    s = doc_text(d);
    doc_free(&d);
    assert_string_equal(s, "6. Visits\n"
                           "=========\n"
                           "1 of 3 visits is confirmed.\n"
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

/* ---- through the store, on a real database ------------------------------ */

/* A fresh seeded database with the visit's migration applied. */
static int fx_visits(void **state)
{
    struct fx *f;

    if (fx_setup(state) < 0)
        return -1;
    f = *state;
    test_sql_exec(f->db, visit_migration);
    return 0;
}

static struct app *app_of(void **state)
{
    return ((struct fx *)*state)->a;
}

/* Save a new visit (validated, as the desk does); its id. */
static int64_t save_visit(struct app *a, const char *status, const char *title,
                          const char *planned, const char *due, const char *reported)
{
    struct record *r = a_visit(0, status, title, planned, due, reported);
    struct ird_err e = { 0 };
    int64_t id;
    int bad = -1;

    r->version = 0;
    assert_ok(desk_save(a, r, &bad, &e), &e);
    id = r->id;
    record_free(&r);
    return id;
}

/* The four visits of the tests below, saved in this order (ids 1-4). */
static void save_four(struct app *a)
{
    assert_int_equal(save_visit(a, "proposed", "Mission to Tallinn", "2024-11", "2025-02", "0"), 1);
    assert_int_equal(save_visit(a, "proposed", "Delegation from Kanazawa", "2025-04-12", NULL,
                                "1"), 2);
    assert_int_equal(save_visit(a, "proposed", "Study visit Liège", "2024-10", NULL, "1"), 3);
    assert_int_equal(save_visit(a, "proposed", "Youth exchange Mersin", NULL, NULL, NULL), 4);
}

static void it_is_registered_once(void **state)
{
    static const struct kind again = { .id = KIND_COUNT + 1, .code = "trip", .table = "trip" };

    (void)state;
    assert_int_equal(kind_count(), KIND_COUNT + 1);
    assert_ptr_equal(kind_get(visit.id), &visit);
    assert_ptr_equal(kind_by_code("trip"), &visit);
    assert_ptr_equal(kind_by_name("Reis"), &visit);
    assert_int_equal(kind_register(&again), -1); /* its code is taken */
    assert_int_equal(kind_register(&visit), -1); /* its id is no longer the next one */
    assert_int_equal(kind_count(), KIND_COUNT + 1);
}

static void saving_writes_history(void **state)
{
    struct app *a = app_of(state);
    struct record *r = NULL;
    struct hist *h = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;
    int bad = -1;
    char *what;

    save_four(a);
    assert_string_equal(test_value(a, visit.id, 2, "title"), "Delegation from Kanazawa");
    assert_string_equal(test_value(a, visit.id, 2, "guests"), "12");
    assert_int_equal(test_history_count(a, visit.id, 2), 1);
    assert_ok(desk_get(a, visit.id, 2, &r, &e), &e);
    record_set(r, VISIT_GUESTS, "14");
    record_set(r, VISIT_NOTES, "With the deputy mayor.");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    assert_int_equal(r->version, 2);
    assert_int_equal(test_version_of(a, visit.id, 2), 2);
    assert_ok(desk_history(a, visit.id, 2, 0, -1, &h, &n, &e), &e);
    assert_int_equal(n, 3); /* created, then a line per changed field */
    assert_int_equal(h[0].kind, visit.id);
    assert_string_equal(h[2].action, "create");
    what = desk_hist_text(&visit, &h[0]);
    assert_string_equal(what, "Notes: — → With the deputy mayor.");
    free(what);
    what = desk_hist_text(&visit, &h[1]);
    assert_string_equal(what, "Guests: 12 → 14");
    free(what);
    hist_list_free(h, n);
    /* the version read is stale now */
    r->version = 1;
    record_set(r, VISIT_GUESTS, "20");
    assert_fails(desk_save(a, r, &bad, &e), &e, IRD_STALE);
    assert_string_equal(test_value(a, visit.id, 2, "guests"), "14");
    record_free(&r);
    /* the workflow of the descriptor, with its history line */
    assert_fails(workflow_move(a, visit.id, 2, -1, "held", NULL, &e), &e, IRD_TRANSITION);
    assert_ok(workflow_move(a, visit.id, 2, -1, "confirmed", "Dates fixed", &e), &e);
    assert_string_equal(test_status_of(a, visit.id, 2), "confirmed");
    assert_int_equal(test_history_count(a, visit.id, 2), 4);
}

static void lists_and_windows_in_its_order(void **state)
{
    struct app *a = app_of(state);
    struct query q = { visit.id, NULL, NULL, VISIT_TITLE, 0, 0 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;
    long pos = -1, count = -1;

    save_four(a);
    assert_int_equal(test_count(a, visit.id, NULL, NULL, 0), 4);
    assert_int_equal(test_count(a, visit.id, "proposed", NULL, 0), 4);
    assert_ok(desk_list(a, &q, 1, 2, &rs, &n, &e), &e);
    assert_int_equal(n, 2); /* Delegation, Mission, Study, Youth: from the second on */
    assert_int_equal(rs[0]->id, 1);
    assert_int_equal(rs[1]->id, 3);
    assert_ptr_equal(rs[0]->kind, &visit);
    record_list_free(rs, n);
    /* a window after record 1, and before it, in the same order */
    assert_ok(desk_window(a, &q, 1, 1, 0, 10, &rs, &n, &e), &e);
    assert_int_equal(n, 2);
    assert_int_equal(rs[0]->id, 3);
    assert_int_equal(rs[1]->id, 4);
    record_list_free(rs, n);
    assert_ok(desk_window(a, &q, 1, -1, 1, 10, &rs, &n, &e), &e);
    assert_int_equal(n, 2);
    assert_int_equal(rs[0]->id, 2);
    assert_int_equal(rs[1]->id, 1);
    record_list_free(rs, n);
    assert_ok(desk_position(a, &q, 3, &pos, &e), &e);
    assert_int_equal(pos, 2);
    /* a date sorts as it is stored, empty ones last (first, descending) */
    q.sort = VISIT_PLANNED;
    q.descending = 1;
    assert_ok(desk_window(a, &q, 0, 1, 0, 10, &rs, &n, &e), &e);
    assert_int_equal(n, 4);
    assert_int_equal(rs[0]->id, 4);
    assert_int_equal(rs[1]->id, 2);
    assert_int_equal(rs[2]->id, 1);
    assert_int_equal(rs[3]->id, 3);
    record_list_free(rs, n);
    /* archived: out of the kept count, back with archived shown */
    assert_ok(desk_archive(a, visit.id, 4, 1, 1, NULL, &e), &e);
    assert_ok(desk_count(a, &(struct query){ visit.id, NULL, NULL, -1, 0, 0 }, &count, &e), &e);
    assert_int_equal(count, 3);
    assert_int_equal(test_count(a, visit.id, NULL, NULL, 1), 4);
}

static void search_finds_it_in_the_index(void **state)
{
    struct app *a = app_of(state);
    struct record *r = NULL;
    struct ird_err e = { 0 };
    int64_t ids[4];
    int bad = -1;

    save_four(a);
    assert_int_equal(test_search_ids(a, visit.id, "kanazawa", ids, 4), 1);
    assert_int_equal(ids[0], 2);
    assert_int_equal(test_search_ids(a, visit.id, "liege", ids, 4), 1); /* accents folded */
    assert_int_equal(ids[0], 3);
    assert_int_equal(test_search_ids(a, visit.id, "2024", ids, 4), 2); /* planned */
    assert_int_equal(ids[0], 1);
    assert_int_equal(ids[1], 3);
    /* its entries name it by its code */
    assert_int_equal(test_sql_int(((struct fx *)*state)->db,
                                  "SELECT count(*) FROM search_doc WHERE kind = 'trip'"), 4);
    /* the index follows a save */
    assert_ok(desk_get(a, visit.id, 1, &r, &e), &e);
    record_set(r, VISIT_TITLE, "Mission to Riga");
    record_set(r, VISIT_TITLE_EN, "Mission to Riga");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    record_free(&r);
    assert_int_equal(test_search_ids(a, visit.id, "tallinn", ids, 4), 0);
    assert_int_equal(test_search_ids(a, visit.id, "riga", ids, 4), 1);
    assert_int_equal(test_count(a, visit.id, NULL, "riga", 0), 1);
    /* and a person's name for it */
    {
        int64_t id = 0;
        assert_ok(desk_lookup(a, visit.id, "study visit liege", &id, &e), &e);
        assert_int_equal(id, 3);
    }
}

static void links_name_it_both_ways(void **state)
{
    struct fx *f = *state;
    struct link_ref *l = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i;
    int found = 0;

    save_four(f->a);
    test_sql_exec(f->db, "INSERT INTO link (a_kind, a_id, b_kind, b_id, note)"
                         " VALUES ('trip', 2, 'city', 1, 'the partner city')");
    assert_ok(desk_links(f->a, visit.id, 2, &l, &n, &e), &e);
    assert_int_equal(n, 1);
    assert_int_equal(l[0].kind, KIND_CITY);
    assert_int_equal(l[0].id, 1);
    link_list_free(l, n);
    assert_ok(desk_links(f->a, KIND_CITY, 1, &l, &n, &e), &e);
    for (i = 0; i < n; i++)
        found += l[i].kind == visit.id && l[i].id == 2;
    assert_int_equal(found, 1);
    link_list_free(l, n);
}

static void the_portfolio_has_its_part(void **state)
{
    struct app *a = app_of(state);
    struct ird_err e = { 0 };
    char *title = NULL, *s;

    save_four(a);
    assert_ok(workflow_move(a, visit.id, 2, -1, "confirmed", NULL, &e), &e);
    s = test_gc(summary_portfolio(a, 7, &title, &e));
    free(title);
    assert_non_null(s);
    assert_contains(s, "9. Visits\n"
                       "=========\n"
                       "1 of 4 visits is confirmed.\n"
                       "\n"
                       "Confirmed\n"
                       "---------\n"
                       "#  Title                     Planned for\n"
                       "2  Delegation from Kanazawa  2025-04-12\n");
    assert_contains(s, "Visit 1 · Mission to Tallinn\n"
                       "  ! The report (due 2025-02) is late; the visit is Proposed.\n"
                       "  ! No report was filed.\n");
    assert_contains(s, "4 visits: 3 Proposed, 1 Confirmed.\n");
    assert_contains(s, "10. Changes of the last 7 days");
    assert_contains(s, "Visit 2 · Delegation from Kanazawa");
    assert_contains(s, "Status: Proposed → Confirmed");
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

    const struct CMUnitTest store_tests[] = {
        cmocka_unit_test(it_is_registered_once),
        cmocka_unit_test_setup_teardown(saving_writes_history, fx_visits, fx_teardown),
        cmocka_unit_test_setup_teardown(lists_and_windows_in_its_order, fx_visits, fx_teardown),
        cmocka_unit_test_setup_teardown(search_finds_it_in_the_index, fx_visits, fx_teardown),
        cmocka_unit_test_setup_teardown(links_name_it_both_ways, fx_visits, fx_teardown),
        cmocka_unit_test_setup_teardown(the_portfolio_has_its_part, fx_visits, fx_teardown),
    };
    int rc;

    test_filter_args(argc, argv);
    rc = cmocka_run_group_tests(tests, test_setup_en, test_teardown_en);
    /* from here on the store knows the kind by its descriptor alone */
    if (kind_register(&visit) < 0) {
        fprintf(stderr, "kind_register refused the visit\n");
        return 1;
    }
    return rc | cmocka_run_group_tests(store_tests, test_setup_en, test_teardown_en);
}
