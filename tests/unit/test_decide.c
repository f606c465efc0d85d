/* Decisions, statements, assessments and provenance (issue 11): the rules
 * the seeded portfolio and the desk keep, not today's values.  A decision
 * never sets a status; carrying it out, with its source, is what may move
 * one; statements are not networks; every seeded record says where it comes
 * from; a role whose period ended is not current. */

#include "tests/unit/helpers.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/detail.h"
#include "core/summary.h"
#include "core/workflow.h"
#include "db/migrate.h"
#include "lib/mem.h"
#include "model/kinds.h"
#include "model/record.h"
#include "i18n/i18n.h"

/* ---- the seed's statuses: outcomes the documents report ------------------- */

/* No status of a seeded city or agreement comes from a decision that no
 * document reports carried out: every status that is not where a record
 * starts (a partnership that runs, an agreement in force since its
 * signing) is the new status of a dated event with its source, and no
 * such event carries the text of a pending decision. */
static void no_status_is_set_by_a_pending_decision(void **state)
{
    struct fx *f = *state;

    /* events that set a status, whose note holds a pending decision's text */
    assert_int_equal(test_sql_int(f->db,
                                  "SELECT count(*) FROM history h JOIN decision d"
                                  " ON d.kind = h.kind AND d.record_id = h.record_id"
                                  " WHERE h.new IS NOT NULL AND d.done IS NULL"
                                  " AND instr(h.note, d.text_nl) > 0"),
                     0);
    /* outcome statuses without a sourced event that reports them */
    assert_int_equal(test_sql_int(f->db,
                                  "SELECT count(*) FROM city c WHERE c.status NOT IN"
                                  " ('active', 'dormant') AND NOT EXISTS (SELECT 1 FROM history h"
                                  " WHERE h.kind = 'city' AND h.record_id = c.id AND h.new ="
                                  " c.status AND h.source IS NOT NULL)"),
                     0);
    assert_int_equal(test_sql_int(f->db,
                                  "SELECT count(*) FROM agreement a WHERE a.status <> 'in_force'"
                                  " AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind ="
                                  " 'agreement' AND h.record_id = a.id AND h.new = a.status"
                                  " AND h.source IS NOT NULL)"),
                     0);
    /* a decision carried out says so with its source */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM decision WHERE (done IS NULL)"
                                         " <> (done_source IS NULL) OR source IS NULL"),
                     0);
    /* and the seed does record the decisions (Bijlage 3, 2025) */
    assert_true(test_sql_int(f->db, "SELECT count(*) FROM decision WHERE done IS NULL") > 0);
}

/* "decision pending" is derived from the log, as "due" is: the filter
 * finds exactly the records whose latest decision waits. */
static void pending_filter_is_the_latest_undone_decision(void **state)
{
    struct fx *f = *state;
    int k;

    for (k = 0; k < KIND_COUNT; k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        char sql[512];
        long want;
        if (!kd->decisions)
            continue;
        snprintf(sql, sizeof sql,
                 "SELECT count(*) FROM %s t WHERE t.archived = 0 AND (SELECT d.done IS NULL"
                 " FROM decision d WHERE d.kind = '%s' AND d.record_id = t.id"
                 " ORDER BY d.decided DESC, d.id DESC LIMIT 1)",
                 kd->table, kd->code);
        want = test_sql_int(f->db, sql);
        assert_true(want > 0);
        assert_int_equal(test_count(f->a, (enum kind_id)k, KIND_PENDING, NULL, 0), want);
    }
    /* a kind without a log knows no such filter */
    assert_null(kind_filter_parse(kind_get(KIND_NETWORK), KIND_PENDING));
    assert_non_null(kind_filter_parse(kind_get(KIND_CITY), "decision pending"));
}

/* ---- recording and carrying out ------------------------------------------ */

static void a_decision_moves_no_status(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    struct decision *d = NULL;
    size_t n = 0;
    int64_t did = 0;
    const char *before = test_status_of(a, KIND_AGREEMENT, 10);
    char status[32];
    char *line = NULL;
    struct hist *last;

    snprintf(status, sizeof status, "%s", before);
    assert_ok(workflow_decide(a, KIND_AGREEMENT, 10, "MoU stopzetten per 2026.", NULL, "2026-01",
                              "College", "Collegebesluit januari 2026", &did, &e),
              &e);
    assert_true(did > 0);
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 10), status);
    assert_ok(desk_decisions(a, KIND_AGREEMENT, 10, &d, &n, &e), &e);
    assert_int_equal(d[0].id, did);
    assert_string_equal(d[0].decided, "2026-01");
    assert_null(d[0].done);
    decision_list_free(d, n);
    assert_ok(workflow_pending(a, KIND_AGREEMENT, 10, &line, &e), &e);
    assert_non_null(line);
    assert_contains(line, "Decision pending: MoU stopzetten per 2026. [Dutch only] (2026-01, College)");
    free(line);
    last = test_last_hist(a, KIND_AGREEMENT, 10);
    assert_string_equal(last->field, "decision");
    assert_string_equal(last->source, "Collegebesluit januari 2026");
    hist_list_free(last, 1);
}

static void carrying_out_moves_the_status(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    struct decision *d = NULL;
    size_t n = 0;
    char *line = NULL;
    long pending = test_count(a, KIND_AGREEMENT, KIND_PENDING, NULL, 0);

    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 10), "in_force");
    assert_ok(workflow_carry_out(a, KIND_AGREEMENT, 10, 0, "2026-02-03", "Brief aan Burgas",
                                 "terminated", &e),
              &e);
    assert_string_equal(test_status_of(a, KIND_AGREEMENT, 10), "terminated");
    assert_ok(desk_decisions(a, KIND_AGREEMENT, 10, &d, &n, &e), &e);
    assert_string_equal(d[0].done, "2026-02-03");
    assert_string_equal(d[0].done_source, "Brief aan Burgas");
    assert_string_equal(d[0].done_status, "terminated");
    decision_list_free(d, n);
    assert_ok(workflow_pending(a, KIND_AGREEMENT, 10, &line, &e), &e);
    assert_null(line);
    assert_int_equal(test_count(a, KIND_AGREEMENT, KIND_PENDING, NULL, 0), pending - 1);
    /* the history says the day as it is: a date has no language */
    {
        struct hist *h = NULL;
        size_t nh = 0, i;
        int seen = 0;
        assert_ok(desk_history(a, KIND_AGREEMENT, 10, 0, 50, &h, &nh, &e), &e);
        for (i = 0; i < nh; i++) {
            char *text = desk_hist_text(kind_get(KIND_AGREEMENT), &h[i]);
            seen |= strcmp(text, "Decision carried out on 2026-02-03") == 0;
            free(text);
        }
        hist_list_free(h, nh);
        assert_true(seen);
    }
    /* done once */
    assert_fails(workflow_carry_out(a, KIND_AGREEMENT, 10, 0, "2026-02-04", "x", NULL, &e), &e,
                 IRD_INVALID);
}

static void bad_decisions_change_nothing(void **state)
{
    struct fx *f = *state;
    struct app *a = f->a;
    struct ird_err e = { 0 };
    long before = test_sql_int(f->db, "SELECT count(*) FROM decision");
    long hist = test_history_count(a, KIND_CITY, 2);

    assert_fails(workflow_decide(a, KIND_CITY, 2, "tekst", NULL, "2026-13", NULL, "bron", NULL,
                                 &e),
                 &e, IRD_INVALID);
    assert_contains(e.msg, "2026-13");
    assert_fails(workflow_decide(a, KIND_CITY, 2, "tekst", NULL, "2026", NULL, "", NULL, &e), &e,
                 IRD_INVALID);
    assert_fails(workflow_decide(a, KIND_CITY, 2, "", NULL, "2026", NULL, "bron", NULL, &e), &e,
                 IRD_INVALID);
    assert_fails(workflow_decide(a, KIND_CITY, 999, "tekst", NULL, "2026", NULL, "bron", NULL,
                                 &e),
                 &e, IRD_NOT_FOUND);
    assert_fails(workflow_decide(a, KIND_NETWORK, 1, "tekst", NULL, "2026", NULL, "bron", NULL,
                                 &e),
                 &e, IRD_INVALID);
    /* carrying out: a source is needed, and the workflow is kept */
    assert_fails(workflow_carry_out(a, KIND_CITY, 2, 0, "2026", "", NULL, &e), &e, IRD_INVALID);
    assert_fails(workflow_carry_out(a, KIND_CITY, 2, 0, "2026", "bron", "reorienting", &e), &e,
                 IRD_TRANSITION);
    assert_fails(workflow_carry_out(a, KIND_CITY, 1, 0, "2026", "bron", NULL, &e), &e,
                 IRD_INVALID); /* Saint-Raphaël: nothing pending */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM decision"), before);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM decision WHERE done IS NOT NULL"),
                     2);
    assert_int_equal(test_history_count(a, KIND_CITY, 2), hist);
    assert_string_equal(test_status_of(a, KIND_CITY, 2), "active");
}

/* A decision has a date in the past or today, and is carried out on or
 * after its own date; a refusal says why and changes nothing. */
static void decision_dates_are_in_order(void **state)
{
    struct fx *f = *state;
    struct app *a = f->a;
    struct ird_err e = { 0 };
    long before = test_sql_int(f->db, "SELECT count(*) FROM decision");
    int64_t did = 0;

    assert_fails(workflow_decide(a, KIND_CITY, 2, "tekst", NULL, "2099-01-01", NULL, "bron",
                                 NULL, &e),
                 &e, IRD_INVALID);
    assert_contains(e.msg, "after today");
    assert_fails(workflow_decide(a, KIND_CITY, 2, "tekst", NULL, "2099", NULL, "bron", NULL, &e),
                 &e, IRD_INVALID);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM decision"), before);
    assert_ok(workflow_decide(a, KIND_CITY, 2, "tekst", NULL, "2025-06-10", NULL, "bron", &did,
                              &e),
              &e);
    assert_fails(workflow_carry_out(a, KIND_CITY, 2, did, "2025-06-09", "bron", NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "before the decision itself (2025-06-10)");
    assert_fails(workflow_carry_out(a, KIND_CITY, 2, 0, "2024", "bron", NULL, &e), &e,
                 IRD_INVALID);
    assert_fails(workflow_carry_out(a, KIND_CITY, 2, 0, "2099-01-01", "bron", NULL, &e), &e,
                 IRD_INVALID);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM decision WHERE done IS NOT NULL"),
                     2);
    /* the same year (as precise as known) is no contradiction */
    assert_ok(workflow_carry_out(a, KIND_CITY, 2, 0, "2025", "bron", NULL, &e), &e);
}

/* The detail view and the dossier show the current decision, the earlier
 * ones and the pending one, each with its source. */
static void detail_and_dossier_show_the_log(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    struct detail *d = NULL;
    char *text, *title = NULL;

    assert_ok(detail_build(a, KIND_CITY, 3, -1, &d, &e), &e);
    text = test_gc(detail_render(d, 200));
    detail_free(&d);
    assert_contains(text, "Decision pending");
    assert_contains(text, "Current decision");
    assert_contains(text, "Earlier decisions");
    assert_contains(text, "[translated by the service] (2020-11, Policy note 2020, Annex 3)");
    assert_contains(text, "Source: Beleidsnota 2020, Bijlage 3 (Kanazawa)");
    text = test_gc(summary_dossier(a, KIND_AGREEMENT, 1, &title, &e));
    free(title);
    assert_non_null(text);
    assert_contains(text, "Carried out on 2018");
    assert_not_contains(text, "Decision pending");
}

/* ---- statements, provenance, roles ------------------------------------------ */

static void statements_are_not_networks(void **state)
{
    struct fx *f = *state;

    /* Bijlage 2 lists them apart: none is left among the memberships */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM network n JOIN statement s"
                                         " ON s.title_nl = n.name"),
                     0);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM network WHERE notes LIKE"
                                         " '%statement mee ondertekend%' OR notes LIKE 'Campagne%'"),
                     0);
    assert_true(test_sql_int(f->db, "SELECT count(*) FROM statement WHERE type = 'statement'") >=
                3);
    /* both languages from the start */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM statement WHERE title_en IS NULL"
                                         " OR part_en IS NULL OR source IS NULL"),
                     0);
}

static void every_seeded_record_shows_its_source(void **state)
{
    struct fx *f = *state;
    int k;

    for (k = 0; k < KIND_COUNT; k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        int sf = kind_field(kd, "source");
        char sql[256];
        struct detail *d = NULL;
        struct ird_err e = { 0 };
        char *text;
        assert_true(sf >= 0);
        snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE source IS NULL OR source = ''",
                 kd->table);
        assert_int_equal(test_sql_int(f->db, sql), 0);
        assert_ok(detail_build(f->a, (enum kind_id)k, 1, 0, &d, &e), &e);
        text = test_gc(detail_render(d, 2000));
        detail_free(&d);
        assert_contains(text, "Source");
        assert_contains(text, test_value(f->a, (enum kind_id)k, 1, "source"));
    }
    /* values from public knowledge say so, in the record */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM city WHERE name_native IS NOT NULL"
                                         " AND native_from IS NULL"),
                     0);
    assert_string_equal(test_value(f->a, KIND_CITY, 3, "native_from"), "public");
}

/* The note: "De term 'verzustering' wordt niet langer gebruikt" (004 L1365). */
static void constructed_titles_avoid_verzustering(void **state)
{
    struct fx *f = *state;

    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM agreement WHERE lower(title)"
                                         " LIKE '%verzuster%'"),
                     0);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM statement WHERE lower(title_nl)"
                                         " LIKE '%verzuster%'"),
                     0);
}

/* A role whose period ended is not listed as current in a later report;
 * one without an end year is not presented as current either. */
static void ended_roles_are_not_current(void **state)
{
    struct fx *f = *state;
    struct app *a = f->a;
    struct ird_err e = { 0 };
    char *title = NULL, *text, *cur, *next;

    test_sql_exec(f->db, "INSERT INTO network_role (network_id, role_nl, role_en, body,"
                         " body_en, from_year, to_year) VALUES (1, 'penningmeester',"
                         " 'treasurer', 'Testforum', 'Testforum', 2024, 2030)");
    snprintf(a->fixed_now, sizeof a->fixed_now, "2026-06-01T10:00:00Z");
    text = test_gc(summary_portfolio(a, 30, &title, &e));
    free(title);
    assert_non_null(text);
    cur = strstr(text, "Ghent's current roles");
    assert_non_null(cur);
    next = strstr(cur, "Stated without an end year");
    assert_non_null(next);
    /* the current section: only the role that runs in 2026 */
    *next = '\0';
    assert_contains(cur, "treasurer, Testforum (2024–2030)");
    assert_not_contains(cur, "2017–2018");
    assert_not_contains(cur, "2019–2020");
    assert_not_contains(cur, "–2021");
    assert_not_contains(cur, "Milieu Forum");
    /* a membership whose stated period ended is not counted as current */
    *next = 'S';
    cur = strstr(text, "Memberships");
    assert_non_null(cur);
    assert_not_contains(cur, "jobs and skills");
    assert_contains(cur, "Eurocities");
}

/* ---- assessments ---------------------------------------------------------- */

static void assessments_hold_only_what_the_pages_state(void **state)
{
    struct fx *f = *state;

    /* no page rates importance or the other criteria: no rating invented */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM assessment WHERE importance IS"
                                         " NOT NULL OR europe IS NOT NULL OR tension IS NOT NULL"
                                         " OR culture IS NOT NULL OR protocol IS NOT NULL OR"
                                         " terms IS NOT NULL"),
                     0);
    /* the activity is the pages' activity of each sister city */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM assessment a JOIN city c ON"
                                         " c.id = a.city_id WHERE a.activity IS NOT c.activity"),
                     0);
    assert_int_equal(test_sql_int(f->db, "SELECT count(DISTINCT city_id) FROM assessment"),
                     test_sql_int(f->db, "SELECT count(*) FROM city"));
}

static void an_assessment_is_due_on_its_date(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    struct record *r = record_new(kind_get(KIND_ASSESSMENT));
    char *att, *title = NULL, *text;
    int bad = -1;

    record_set(r, ASSESSMENT_CITY_ID, "5");
    record_set(r, ASSESSMENT_DATE, "2025-02-01");
    record_set(r, ASSESSMENT_IMPORTANCE, "high");
    record_set(r, ASSESSMENT_ACTIVITY, "active");
    record_set(r, ASSESSMENT_NEXT, "2025-06-30");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    att = test_gc(summary_attention(r, "2025-03-01", 12));
    assert_contains(att, "The next evaluation of the partnership is due on 2025-06-30");
    record_free(&r);
    text = test_gc(summary_portfolio(a, 30, &title, &e));
    free(title);
    assert_contains(text, "Partnerships by importance and activity");
    assert_contains(text, "High × Active: Tallinn");
    assert_contains(text, "Evaluations due in the next");
    assert_contains(text, "In force without a known human-rights clause");
}

/* ---- a database seeded before schema 8 ------------------------------------- */

static void old_seeded_database_reaches_the_new_state(void **state)
{
    struct fx *f = *state;
    static const char *const tables[] = {
        "SELECT id, name_nl, status, activity, decision, notes, native_from, source FROM city"
        " ORDER BY id",
        "SELECT id, title, status, fate, notes, source FROM agreement ORDER BY id",
        "SELECT id, name, scope, notes, status, source FROM network ORDER BY id",
        "SELECT * FROM statement ORDER BY id",
        "SELECT kind, record_id, decided, body, text_nl, text_en, en_given, source, done"
        " FROM decision ORDER BY id",
        "SELECT * FROM assessment ORDER BY id",
        "SELECT id, source FROM initiative ORDER BY id",
        "SELECT a_kind, a_id, b_kind, b_id, note FROM link ORDER BY 1, 2, 3, 4",
        "SELECT kind, record_id, at, action, field, old, new, note, source FROM history"
        " WHERE user = 'seed' ORDER BY 1, 2, 3, 4, 8",
    };
    char *old = test_path(f->dir, "old.db"), *seed, *path;
    struct ird_err e = { 0 };
    struct app *a;
    sqlite3 *h = NULL;
    size_t i;

    test_gc(old);
    path = test_gc(xstrdup("tests/unit/data/seed_v6.sql"));
    seed = test_gc(test_read_file(path, NULL));
    assert_non_null(seed);
    assert_int_equal(sqlite3_open(old, &h), SQLITE_OK);
    assert_ok(migrate_to(h, 6, 0, &e), &e);
    assert_int_equal(sqlite3_exec(h, seed, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    /* a desk user changed one status since: it stays theirs */
    test_sql_exec(old, "UPDATE agreement SET status = 'under_evaluation' WHERE id = 12;"
                       "INSERT INTO history (kind, record_id, at, user, action, old, new)"
                       " VALUES ('agreement', 12, '2021-01-01T00:00:00Z', 'an', 'status',"
                       " 'terminated', 'under_evaluation')");
    a = test_app_open(old, 0, &e);
    assert_non_null(a);
    app_close(&a);
    assert_string_equal(test_rows(old, "SELECT status FROM agreement WHERE id = 12"),
                        "under_evaluation|\n");
    test_sql_exec(old, "UPDATE agreement SET status = 'in_force' WHERE id = 12");
    for (i = 0; i < sizeof tables / sizeof tables[0]; i++)
        assert_string_equal(test_rows(old, tables[i]), test_rows(f->db, tables[i]));
    /* each correction is in the history */
    assert_true(test_sql_int(old, "SELECT count(*) FROM history WHERE user = 'irdesk' AND"
                                  " action = 'status'") >= 10);
}

/* The report's narrow reads give what the whole logs give: the records
 * with a decision are those whose log is not empty, and a record's dated
 * events and status changes of some years are its history's of them. */
static void narrow_reads_agree_with_the_logs(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    int64_t *ids = NULL;
    size_t n = 0, i, want = 0, got = 0;
    long id;
    int k;

    for (k = 0; k < KIND_COUNT; k++) {
        char sql[128];
        long most;
        if (!kind_get((enum kind_id)k)->decisions)
            continue;
        snprintf(sql, sizeof sql, "SELECT max(id) FROM %s", kind_get((enum kind_id)k)->table);
        most = (long)test_sql_int(f->db, sql);
        assert_ok(desk_decided(f->a, (enum kind_id)k, &ids, &n, &e), &e);
        if (k == KIND_CITY)
            assert_true(n > 0);
        for (i = 1; i < n; i++)
            assert_true(ids[i - 1] < ids[i]);
        for (id = 1, i = 0; id <= most; id++) {
            struct decision *d = NULL;
            size_t nd = 0;
            int listed = i < n && ids[i] == id;
            assert_ok(desk_decisions(f->a, (enum kind_id)k, id, &d, &nd, &e), &e);
            assert_int_equal(nd > 0, listed);
            i += (size_t)listed;
            decision_list_free(d, nd);
        }
        assert_int_equal(i, n);
        free(ids);
    }
    /* every city's events and status changes of 1990-2020 */
    for (id = 1; id <= test_sql_int(f->db, "SELECT max(id) FROM city"); id++) {
        struct hist *all = NULL, *dated = NULL;
        size_t na = 0, nd = 0, j = 0;
        assert_ok(desk_history(f->a, KIND_CITY, id, 0, -1, &all, &na, &e), &e);
        assert_ok(desk_history_dated(f->a, KIND_CITY, id, 1990, 2020, &dated, &nd, &e), &e);
        for (i = 0; i < na; i++) {
            int y = atoi(all[i].at);
            if (y < 1990 || y > 2020 ||
                (strcmp(all[i].action, "event") != 0 && strcmp(all[i].action, "status") != 0))
                continue;
            want++;
            assert_true(j < nd);
            assert_int_equal(dated[j].id, all[i].id);
            j++;
        }
        assert_int_equal(j, nd);
        got += nd;
        hist_list_free(all, na);
        hist_list_free(dated, nd);
    }
    assert_int_equal(got, want);
    assert_true(want > 0);
}

/* The fixture with its clock in March 2026: the decisions these tests
 * record were taken in the past (a decision never has a later date). */
static int fx_setup_2026(void **state)
{
    int rc = fx_setup(state);

    if (rc == 0)
        snprintf(test_app_of(state)->fixed_now, sizeof test_app_of(state)->fixed_now, "%s",
                 "2026-03-01T10:00:00Z");
    return rc;
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
#define T26(f) cmocka_unit_test_setup_teardown(f, fx_setup_2026, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(no_status_is_set_by_a_pending_decision),
        T(pending_filter_is_the_latest_undone_decision),
        T26(a_decision_moves_no_status),
        T26(carrying_out_moves_the_status),
        T26(bad_decisions_change_nothing),
        T26(decision_dates_are_in_order),
        T(detail_and_dossier_show_the_log),
        T(statements_are_not_networks),
        T(every_seeded_record_shows_its_source),
        T(constructed_titles_avoid_verzustering),
        T(ended_roles_are_not_current),
        T(assessments_hold_only_what_the_pages_state),
        T(an_assessment_is_due_on_its_date),
        T(old_seeded_database_reaches_the_new_state),
        T(narrow_reads_agree_with_the_logs),
    };
#undef T
#undef T26

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("decide", tests, test_setup_en, test_teardown_en);
}
