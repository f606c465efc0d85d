/* core/agenda.c, core/ics.c, core/attach.c and the links: the calendar
 * gathered from the kinds' descriptors, the reminders, the iCal file, the
 * files attached to records and the links made and removed at a desk. */

#include "tests/unit/helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/agenda.h"
#include "core/app.h"
#include "core/attach.h"
#include "core/config.h"
#include "core/desk.h"
#include "core/detail.h"
#include "core/ics.h"
#include "i18n/i18n.h"
#include "lib/digest.h"
#include "model/kinds.h"
#include "model/record.h"
#include "model/saved.h"

/* Dates on three kinds: a running agreement's end to the day, a network's
 * evaluation known to the month, an assessment's next one to the day, and
 * an expired agreement's end (not running: not in the calendar). */
static void date_things(void **state)
{
    struct app *a = test_app_of(state);

    test_save_field(a, KIND_AGREEMENT, 2, "ends", "2025-06-01");
    test_save_field(a, KIND_NETWORK, 1, "next_review", "2025-04");
    test_save_field(a, KIND_ASSESSMENT, 1, "next_review", "2025-03-20");
    test_save_field(a, KIND_AGREEMENT, 13, "ends", "2025-03-10");
    /* the seeded visits and projects of the documents (2015-2020) stay out */
    test_sql_exec(test_fx_of(state)->db, "UPDATE visit SET archived = 1; UPDATE project SET archived = 1");
}

static void days_are_counted_on_the_calendar(void **state)
{
    char out[AGENDA_DAY_LEN];
    struct ird_err e = { 0 };
    long d;

    (void)state;
    assert_int_equal(agenda_day_number("1970-01-01"), 0);
    assert_int_equal(agenda_day_number("2024-03-01") - agenda_day_number("2024-02-28"), 2);
    assert_int_equal(agenda_day_number("2025-03-01") - agenda_day_number("2025-02-28"), 1);
    for (d = agenda_day_number("1899-12-25"); d < agenda_day_number("2101-01-10"); d += 13) {
        agenda_day_text(d, out);
        assert_int_equal(agenda_day_number(out), d);
    }
    assert_int_equal(agenda_day_number("2026-02-30"), AGENDA_NO_DAY);
    assert_int_equal(agenda_day_number("2026-03"), AGENDA_NO_DAY);
    assert_fails(agenda_parse_day("2026-13-01", out, &e), &e, IRD_INVALID);
    assert_contains(e.msg, "2026-13-01");
    assert_ok(agenda_parse_day("2026-03-01", out, &e), &e);
    assert_string_equal(out, "2026-03-01");
}

static void the_calendar_is_gathered_from_the_descriptors(void **state)
{
    struct app *a = test_app_of(state);
    struct agenda ag = { 0 };
    struct ird_err e = { 0 };

    date_things(state);
    assert_ok(agenda_gather(a, NULL, NULL, 1, &ag, &e), &e);
    assert_int_equal(ag.n, 3); /* the expired agreement is not running */
    assert_int_equal(ag.items[0].kind, KIND_ASSESSMENT);
    assert_string_equal(ag.items[0].first, "2025-03-20");
    assert_string_equal(ag.items[0].title, "Saint-Raphaël");
    assert_int_equal(ag.items[1].kind, KIND_NETWORK);
    assert_int_equal(ag.items[1].precision, AGENDA_MONTH);
    assert_string_equal(ag.items[1].first, "2025-04-01");
    assert_string_equal(ag.items[1].last, "2025-04-30");
    assert_int_equal(ag.items[2].kind, KIND_AGREEMENT);
    assert_int_equal(ag.items[2].id, 2);
    assert_string_equal(ag.items[2].what, "Term ends, evaluation due");
    assert_string_equal(ag.items[2].changed, TEST_NOW);
    agenda_fini(&ag);
    /* a window: only what meets it, a month-only item by its whole month */
    assert_ok(agenda_gather(a, "2025-04-30", "2025-05-31", 0, &ag, &e), &e);
    assert_int_equal(ag.n, 1);
    assert_int_equal(ag.items[0].kind, KIND_NETWORK);
    agenda_fini(&ag);
    /* archived records are left out */
    assert_ok(desk_archive(a, KIND_AGREEMENT, 2, test_version_of(a, KIND_AGREEMENT, 2), 1,
                           NULL, &e),
              &e);
    assert_ok(agenda_gather(a, NULL, NULL, 0, &ag, &e), &e);
    assert_int_equal(ag.n, 2);
    agenda_fini(&ag);
}

/* A visit is in the calendar while it is asked for, accepted, planned,
 * once it took place and when it is reported; not declined or cancelled. */
static void visits_to_come_are_in_the_calendar(void **state)
{
    struct fx *f = test_fx_of(state);
    struct agenda ag = { 0 };
    struct ird_err e = { 0 };
    char got[64] = "";
    size_t i;

    date_things(state);
    test_sql_exec(f->db, "INSERT INTO visit (id, title_nl, date_from, status) VALUES"
                         " (901, 'a', '2027-06-01', 'requested'), (902, 'b', '2027-06-02', 'accepted'),"
                         " (903, 'c', '2027-06-03', 'declined'), (904, 'd', '2027-06-04', 'planned'),"
                         " (905, 'e', '2027-06-05', 'cancelled'), (906, 'f', '2027-06-06', 'took_place'),"
                         " (907, 'g', '2027-06-07', 'reported')");
    assert_ok(agenda_gather(f->a, "2027-06-01", "2027-06-30", 0, &ag, &e), &e);
    for (i = 0; i < ag.n; i++)
        if (ag.items[i].kind == KIND_VISIT)
            snprintf(got + strlen(got), sizeof got - strlen(got), "%lld ",
                     (long long)ag.items[i].id);
    agenda_fini(&ag);
    assert_string_equal(got, "901 902 904 906 907 ");
}

/* The start-up notice counts the reminders of the week up to today
 * (2025-03-01) about items still to come, at each lead time (90, 30, 7),
 * and names the nearest item. */
static void the_notice_counts_the_week_s_reminders(void **state)
{
    struct fx *f = test_fx_of(state);
    char *s;

    date_things(state);
    test_sql_exec(f->db, "INSERT INTO visit (id, title_nl, date_from, date_until, status) VALUES"
                         " (901, 'negentig', '2025-05-27', NULL, 'planned'),"
                         " (902, 'dertig', '2025-03-28', NULL, 'planned'),"
                         " (903, 'zeven', '2025-03-05', NULL, 'planned'),"
                         " (904, 'geen', '2025-04-15', NULL, 'planned'),"
                         " (905, 'later', '2025-06-10', NULL, 'planned'),"
                         " (906, 'lopend', '2025-01-01', '2025-03-31', 'planned')");
    s = test_gc(agenda_notice(f->a));
    assert_non_null(s);
    assert_contains(s, "3 reminders this week; the first: Visit 903 ");
    assert_contains(s, "on 2025-03-05.");
    /* one lead time only: its window alone */
    f->a->cfg.nremind = 1;
    s = test_gc(agenda_notice(f->a));
    assert_contains(s, "1 reminder this week: Visit 901 ");
}

static void reminders_fall_at_each_lead_time(void **state)
{
    struct app *a = test_app_of(state);
    struct agenda ag = { 0 };
    struct agenda_reminder *r = NULL;
    struct ird_err e = { 0 };
    const int leads[] = { 90, 30, 7 };
    size_t n = 0;

    date_things(state);
    assert_ok(agenda_gather(a, NULL, NULL, 0, &ag, &e), &e);
    agenda_reminders(&ag, leads, 3, "2025-01-01", "2025-12-31", &r, &n);
    /* the assessment's last two (its 90 days fall in 2024), the agreement's
     * three, none for the month */
    assert_int_equal(n, 5);
    assert_string_equal(r[0].on, "2025-02-18"); /* 2025-03-20 less 30 */
    assert_int_equal(r[0].lead, 30);
    assert_string_equal(r[1].on, "2025-03-03"); /* 2025-06-01 less 90 */
    assert_int_equal(r[1].item->kind, KIND_AGREEMENT);
    assert_string_equal(r[2].on, "2025-03-13");
    assert_string_equal(r[4].on, "2025-05-25");
    free(r);
    agenda_reminders(&ag, leads, 3, "2025-03-03", "2025-03-03", &r, &n);
    assert_int_equal(n, 1);
    assert_int_equal(r[0].lead, 90);
    free(r);
    agenda_fini(&ag);
}

static void the_agenda_prints_dates_and_reminders(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    char *text = NULL;

    date_things(state);
    assert_ok(agenda_render(a, "2025-03-01", 61, &text, &e), &e);
    test_gc(text);
    assert_contains(text, "Agenda from 2025-03-01 to 2025-04-30");
    assert_contains(text, "  2025-03-20  Assessment 1 · Saint-Raphaël — Next evaluation");
    assert_contains(text, "  2025-04     Network 1 · ");
    assert_not_contains(text, "Agreement 13");
    assert_contains(text, "  2025-03-03  in 90 days (2025-06-01): Agreement 2 · ");
    assert_fails(agenda_render(a, "2025-02-29", 30, &text, &e), &e, IRD_INVALID);
    /* nothing there: said so */
    assert_ok(agenda_render(a, "2030-01-01", 1, &text, &e), &e);
    test_gc(text);
    assert_contains(text, "Nothing in this period.");
    assert_contains(text, "No reminders on these days.");
}

/* Every line of s ends in CRLF and is at most 75 octets; folded lines
 * never cut a UTF-8 character. */
static void expect_rfc5545_lines(const char *s, size_t len)
{
    const char *p = s, *end = s + len;

    while (p < end) {
        const char *cr = strstr(p, "\r\n");
        assert_non_null(cr);
        assert_true(cr - p <= 75);
        if (cr + 2 < end && cr[2] == ' ')
            assert_true(((unsigned char)cr[3] & 0xC0) != 0x80);
        p = cr + 2;
    }
}

static void the_ical_file_is_rfc5545_and_stable(void **state)
{
    struct app *a = test_app_of(state);
    struct ird_err e = { 0 };
    char *one = NULL, *two = NULL;
    size_t n1 = 0, n2 = 0;

    date_things(state);
    assert_ok(ics_export(a, &one, &n1, &e), &e);
    test_gc(one);
    expect_rfc5545_lines(one, n1);
    assert_contains(one, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    assert_contains(one, "TZID:Europe/Brussels\r\n");
    assert_contains(one, "UID:agreement-2-ends@irdesk\r\n");
    assert_contains(one, "DTSTAMP:20250301T100000Z\r\nLAST-MODIFIED:20250301T100000Z\r\n");
    assert_contains(one, "DTSTART;VALUE=DATE:20250601\r\nDTEND;VALUE=DATE:20250602\r\n");
    assert_contains(one, "TRIGGER;RELATED=START:-P90D\r\n");
    /* known only to the month: in the agenda, not in the file */
    assert_not_contains(one, "network-1");
    assert_ok(ics_export(a, &two, &n2, &e), &e);
    test_gc(two);
    assert_int_equal(n1, n2);
    assert_memory_equal(one, two, n1);
}

static void ical_text_is_escaped_folded_and_timed_in_brussels(void **state)
{
    struct agenda_item it;
    struct agenda ag = { &it, 1 };
    char *s;
    size_t len;

    (void)state;
    memset(&it, 0, sizeof it);
    it.kind = KIND_CITY;
    it.id = 7;
    it.field = 0;
    it.what = "Visit";
    snprintf(it.date, sizeof it.date, "2026-10-25");
    it.precision = AGENDA_DAY;
    snprintf(it.first, sizeof it.first, "2026-10-25");
    snprintf(it.last, sizeof it.last, "2026-10-25");
    snprintf(it.time, sizeof it.time, "23:30");
    it.title = test_gc(strdup("Gent; Kraków, Łódź \\ Київ — Санкт-Петербург, Москва, Варшава, "
                              "Вільнюс, Мінськ"));
    s = test_gc(ics_render(&ag, NULL, 0, "2026-12-01T09:00:00Z", &len));
    expect_rfc5545_lines(s, len);
    /* never changed since its seed: stamped with the export's time */
    assert_contains(s, "DTSTAMP:20261201T090000Z\r\n");
    assert_not_contains(s, "LAST-MODIFIED");
    assert_not_contains(s, "DTSTAMP:1970");
    assert_contains(s, "DTSTART;TZID=Europe/Brussels:20261025T233000\r\n");
    assert_contains(s, "DTEND;TZID=Europe/Brussels:20261026T003000\r\n");
    assert_contains(s, "SUMMARY:City 7 · Gent\\; Kraków\\, Łódź \\\\ Київ");
    assert_contains(s, "\r\n ");
    assert_not_contains(s, "BEGIN:VALARM");
}

static void a_period_is_one_all_day_event_to_its_last_day(void **state)
{
    struct agenda_item it;
    struct agenda ag = { &it, 1 };
    const int leads[] = { 7 };
    char title[] = "GPM", *s, *text;
    size_t len;

    (void)state;
    memset(&it, 0, sizeof it);
    it.kind = KIND_NETWORK;
    it.id = 2;
    it.field = NETWORK_NEXT_REVIEW;
    it.what = "Membership evaluation due";
    it.precision = AGENDA_DAY;
    it.remind = 1;
    snprintf(it.date, sizeof it.date, "2026-12-30");
    snprintf(it.first, sizeof it.first, "2026-12-30");
    snprintf(it.last, sizeof it.last, "2026-12-30");
    snprintf(it.until, sizeof it.until, "2027-01-02");
    snprintf(it.changed, sizeof it.changed, "2026-03-01T10:00:00Z");
    it.title = title;
    text = test_gc(agenda_item_text(&it));
    assert_string_equal(text, "Network 2 · GPM — Membership evaluation due, until 2027-01-02");
    s = test_gc(ics_render(&ag, leads, 1, "2026-12-01T09:00:00Z", &len));
    assert_contains(s, "UID:network-2-next_review@irdesk\r\n");
    assert_contains(s, "DTSTART;VALUE=DATE:20261230\r\nDTEND;VALUE=DATE:20270103\r\n");
    assert_contains(s, "TRIGGER;RELATED=START:-P7D\r\n");
    assert_contains(s, "LAST-MODIFIED:20260301T100000Z\r\n");
    assert_contains(s, "DTSTAMP:20260301T100000Z\r\n");
}

/* A small PDF with every byte value, written to dir. */
static char *make_pdf(const char *dir, const char *name, size_t *len)
{
    char *path = test_path(dir, name), data[600];
    size_t i;

    memcpy(data, "%PDF-1.4\n", 9);
    for (i = 9; i < sizeof data; i++)
        data[i] = (char)(i * 7);
    test_write_file(path, data, sizeof data);
    *len = sizeof data;
    return path;
}

static void a_pdf_comes_back_byte_for_byte_and_check_sees_damage(void **state)
{
    struct fx *f = test_fx_of(state);
    struct attachment *list = NULL, *one = NULL;
    struct ird_err e = { 0 };
    size_t len = 0, n = 0, got = 0;
    char *pdf = test_gc(make_pdf(f->dir, "charter.pdf", &len)), *orig, *report = NULL,
         *back = test_gc(test_path(f->dir, "back.pdf")), sha[DIGEST_HEX];
    void *body = NULL;
    int64_t aid = 0;

    orig = test_gc(test_read_file(pdf, NULL));
    assert_ok(attach_add(f->a, KIND_AGREEMENT, 2, pdf, &aid, &e), &e);
    assert_ok(desk_attachments(f->a, KIND_AGREEMENT, 2, 0, &list, &n, &e), &e);
    assert_int_equal(n, 1);
    assert_string_equal(list[0].name, "charter.pdf");
    assert_string_equal(list[0].mime, "application/pdf");
    assert_int_equal(list[0].size, (long long)len);
    digest_sha256_hex(orig, len, sha);
    assert_string_equal(list[0].sha256, sha);
    assert_string_equal(list[0].added_by, "tester");
    attachment_list_free(list, n);
    assert_ok(desk_attachment_body(f->a, aid, &body, &got, &e), &e);
    test_gc(body);
    assert_int_equal(got, len);
    assert_memory_equal(body, orig, len);
    assert_ok(attach_save(f->a, aid, back, 0, &e), &e);
    assert_memory_equal(test_gc(test_read_file(back, &got)), orig, len);
    assert_int_equal(got, len);
    /* never replaced: the same name again is refused, nothing changes */
    assert_fails(attach_add(f->a, KIND_AGREEMENT, 2, pdf, NULL, &e), &e, IRD_INVALID);
    assert_contains(e.msg, "never replaced");
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM attachment"), 1);
    /* the history names it but does not hold it */
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM history WHERE field = 'attach'"
                                         " AND note LIKE 'charter.pdf (600 B, SHA-256 %'"),
                     1);
    test_expect_check_clean(f->a);
    test_sql_exec(f->db, test_on_server(f->db)
                             ? "ALTER TABLE attachment DISABLE TRIGGER attachment_kept;"
                               " UPDATE attachment SET body = decode(repeat('00', 600), 'hex')"
                               " WHERE id = 1"
                             : "DROP TRIGGER attachment_kept;"
                               " UPDATE attachment SET body = zeroblob(600) WHERE id = 1");
    assert_int_equal(desk_check(f->a, &report, &e), 1);
    test_gc(report);
    assert_contains(report, "Agreement 2: the attached file \"charter.pdf\" (number 1) is "
                            "damaged");
    /* detach archives, by number */
    assert_ok(attach_pick(f->a, KIND_AGREEMENT, 2, "1", &one, &e), &e);
    assert_ok(desk_detach(f->a, one, &e), &e);
    assert_fails(desk_detach(f->a, one, &e), &e, IRD_INVALID);
    attachment_list_free(one, 1);
    assert_int_equal(test_sql_int(f->db, "SELECT archived FROM attachment WHERE id = 1"), 1);
    assert_fails(attach_pick(f->a, KIND_AGREEMENT, 2, "charter.pdf", &one, &e), &e,
                 IRD_NOT_FOUND);
    /* a new one of that name may come now */
    assert_ok(attach_add(f->a, KIND_AGREEMENT, 2, pdf, NULL, &e), &e);
    assert_fails(attach_add(f->a, KIND_AGREEMENT, 99, pdf, NULL, &e), &e, IRD_NOT_FOUND);
    assert_fails(attach_add(f->a, KIND_AGREEMENT, 2, f->dir, NULL, &e), &e, IRD_INVALID);
}

static void the_detail_lists_the_files(void **state)
{
    struct fx *f = test_fx_of(state);
    struct detail *d = NULL;
    struct ird_err e = { 0 };
    size_t len;
    char *pdf = test_gc(make_pdf(f->dir, "programme.pdf", &len)), *text;

    assert_ok(attach_add(f->a, KIND_CITY, 3, pdf, NULL, &e), &e);
    assert_ok(detail_build(f->a, KIND_CITY, 3, 5, &d, &e), &e);
    text = test_gc(detail_render(d, 80));
    detail_free(&d);
    assert_contains(text, "Attached files");
    assert_contains(text, "1. programme.pdf · application/pdf · 600 B · 2025-03-01 11:00 tester");
    assert_contains(text, "File attached: programme.pdf (600 B,");
}

static void links_are_made_both_ways_and_removed(void **state)
{
    struct fx *f = test_fx_of(state);
    struct link_ref *l = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i, found = 0;
    long before = test_sql_int(f->db, "SELECT count(*) FROM link");

    assert_ok(desk_link_put(f->a, KIND_NETWORK, 1, KIND_STATEMENT, 2, "signed at", &e), &e);
    assert_ok(desk_links(f->a, KIND_STATEMENT, 2, &l, &n, &e), &e);
    for (i = 0; i < n; i++)
        found += l[i].kind == KIND_NETWORK && l[i].id == 1 && strcmp(l[i].note, "signed at") == 0;
    link_list_free(l, n);
    assert_int_equal(found, 1);
    assert_fails(desk_link_put(f->a, KIND_STATEMENT, 2, KIND_NETWORK, 1, NULL, &e), &e,
                 IRD_INVALID);
    assert_fails(desk_link_put(f->a, KIND_CITY, 3, KIND_CITY, 3, NULL, &e), &e, IRD_INVALID);
    assert_fails(desk_link_put(f->a, KIND_CITY, 3, KIND_NETWORK, 999, NULL, &e), &e,
                 IRD_NOT_FOUND);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM link"), before + 1);
    assert_int_equal(test_history_count(f->a, KIND_NETWORK, 1),
                     test_sql_int(f->db, "SELECT count(*) FROM history WHERE kind = 'network'"
                                         " AND record_id = 1"));
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM history WHERE field = 'link'"
                                         " AND ((kind = 'network' AND new = 'statement 2') OR"
                                         " (kind = 'statement' AND new = 'network 1'))"),
                     2);
    /* removed either way round */
    assert_ok(desk_unlink(f->a, KIND_STATEMENT, 2, KIND_NETWORK, 1, &e), &e);
    assert_fails(desk_unlink(f->a, KIND_STATEMENT, 2, KIND_NETWORK, 1, &e), &e, IRD_NOT_FOUND);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM link"), before);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM history WHERE field = 'unlink'"),
                     2);
}

/* The last contact of a partner: the latest visit linked to it that took
 * place, not one cancelled or still to come; its detail says so, and
 * needs attention once it is older than contact_dormant months. */
static void a_visit_that_took_place_is_the_last_contact(void **state)
{
    struct fx *f = test_fx_of(state);
    struct ird_err e = { 0 };
    struct detail *d = NULL;
    char out[AGENDA_DAY_LEN] = "x", *text;
    int id;

    assert_ok(agenda_last_contact(f->a, KIND_CITY, 2, "2025-03-01", out, &e), &e);
    assert_string_equal(out, "");
    test_sql_exec(f->db, "INSERT INTO visit (id, title_nl, date_from, status) VALUES"
                         " (901, 'Bezoek a', '2024-11-05', 'took_place'),"
                         " (902, 'Bezoek b', '2025-01-10', 'cancelled'),"
                         " (903, 'Bezoek c', '2025-06', 'planned'),"
                         " (904, 'Bezoek d', '2023-02', 'reported')");
    for (id = 901; id <= 904; id++)
        assert_ok(desk_link_put(f->a, KIND_VISIT, id, KIND_CITY, 2, NULL, &e), &e);
    assert_ok(agenda_last_contact(f->a, KIND_CITY, 2, "2025-03-01", out, &e), &e);
    assert_string_equal(out, "2024-11-05");
    /* a city with no dated contact at all */
    assert_ok(agenda_last_contact(f->a, KIND_CITY, 3, "2025-03-01", out, &e), &e);
    assert_string_equal(out, "");
    assert_fails(agenda_last_contact(f->a, KIND_CITY, 999, "2025-03-01", out, &e), &e,
                 IRD_NOT_FOUND);
    /* the detail: the day, and attention once it is older than configured */
    assert_ok(detail_build(f->a, KIND_CITY, 2, 5, &d, &e), &e);
    text = test_gc(detail_render(d, 100));
    detail_free(&d);
    assert_contains(text, "Last contact");
    assert_contains(text, "2024-11-05");
    assert_not_contains(text, "may be dormant");
    f->a->cfg.dormant = 2;
    assert_ok(detail_build(f->a, KIND_CITY, 2, 5, &d, &e), &e);
    text = test_gc(detail_render(d, 100));
    detail_free(&d);
    assert_contains(text, "No contact for more than 2 months: the partnership may be dormant.");
    /* an agreement is no partner: no such line */
    assert_ok(detail_build(f->a, KIND_AGREEMENT, 2, 5, &d, &e), &e);
    text = test_gc(detail_render(d, 100));
    detail_free(&d);
    assert_not_contains(text, "Last contact");
}

static void reminder_days_are_configured(void **state)
{
    struct config c;
    char *w = NULL;
    static const char good[] = "reminder_days = 14, 60,1\n";
    static const char bad[] = "reminder_days = 30, soon\nreminder_days = 1,2,3,4,5,6,7,8,9\n";

    (void)state;
    config_defaults(&c);
    assert_int_equal(c.nremind, 3);
    assert_int_equal(c.remind[0], 90);
    config_parse(&c, good, sizeof good - 1, "cfg", &w);
    assert_null(w);
    assert_int_equal(c.nremind, 3);
    assert_int_equal(c.remind[0], 60);
    assert_int_equal(c.remind[1], 14);
    assert_int_equal(c.remind[2], 1);
    config_parse(&c, bad, sizeof bad - 1, "cfg", &w);
    assert_non_null(w);
    assert_contains(w, "cfg:1: reminder_days takes up to 8 numbers");
    assert_contains(w, "cfg:2: ");
    free(w);
    assert_int_equal(c.nremind, 3); /* kept */
    assert_int_equal(c.remind[0], 60);
    config_fini(&c);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(days_are_counted_on_the_calendar),
        cmocka_unit_test_setup_teardown(the_calendar_is_gathered_from_the_descriptors, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(visits_to_come_are_in_the_calendar, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(the_notice_counts_the_week_s_reminders, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(reminders_fall_at_each_lead_time, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(the_agenda_prints_dates_and_reminders, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(the_ical_file_is_rfc5545_and_stable, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(ical_text_is_escaped_folded_and_timed_in_brussels,
                                        fx_setup, fx_teardown),
        cmocka_unit_test(a_period_is_one_all_day_event_to_its_last_day),
        cmocka_unit_test_setup_teardown(a_pdf_comes_back_byte_for_byte_and_check_sees_damage,
                                        fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(the_detail_lists_the_files, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(links_are_made_both_ways_and_removed, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(a_visit_that_took_place_is_the_last_contact, fx_setup,
                                        fx_teardown),
        cmocka_unit_test(reminder_days_are_configured),
    };

    test_filter_args(argc, argv);
    setenv("TZ", "Europe/Brussels", 1);
    tzset();
    i18n_init("en");
    return cmocka_run_group_tests_name("agenda", tests, NULL, NULL);
}
