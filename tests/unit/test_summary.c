/* The printed summaries: pages within their length with a header on each
 * and a right "X of Y", lines within the width, the printer's character set
 * with transliteration, what needs attention, and the print command. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/outfile.h"
#include "core/print.h"
#include "model/record.h"
#include "core/summary.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "core/workflow.h"
#include "lib/conv.h"
#include "i18n/i18n.h"

/* Split text into pages at form feeds; checks every page. */
static int check_pages(const char *text, int width, int length, const char *title)
{
    const char *p = text;
    int pages = 0, total = -1;

    for (;;) {
        const char *ff = strchr(p, '\f');
        size_t len = ff ? (size_t)(ff - p) : strlen(p);
        char *page = test_gc(strndup(p, len)), *line, *save = NULL;
        int lines = 0, x = 0, y = 0;
        pages++;
        for (line = strtok_r(page, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
            lines++;
            if (text_width(line) > (size_t)width)
                fail_msg("line wider than %d: [%s]", width, line);
        }
        if (lines > length)
            fail_msg("page %d has %d lines, more than %d", pages, lines, length);
        /* the header: the title and "page X of Y" on the second line */
        {
            const char *h = strstr(p, "\n");
            const char *pg;
            assert_non_null(h);
            assert_true(strncmp(h + 1, title, strlen(title)) == 0);
            pg = strstr(h, "page ");
            assert_non_null(pg);
            assert_int_equal(sscanf(pg, "page %d of %d", &x, &y), 2);
            assert_int_equal(x, pages);
            if (total < 0)
                total = y;
            assert_int_equal(y, total);
        }
        if (ff == NULL)
            break;
        p = ff + 1;
    }
    assert_int_equal(pages, total);
    return pages;
}

static void pagination_keeps_length_width_and_numbers(void **state)
{
    struct buf_like {
        char *s;
    } b = { NULL };
    size_t i, n = 0;
    char *pages;
    int np = 0;

    (void)state;
    /* 150 lines, some long and with wide characters */
    b.s = test_gc(calloc(1, 150 * 120));
    for (i = 0; i < 150; i++)
        n += (size_t)sprintf(b.s + n, "%zu Gdańsk 金沢市 Liège %s\n", i,
                             i % 7 == 0 ? "a very long line that goes on and on and on well past "
                                          "the edge of the page, by far, really" : "");
    pages = test_gc(summary_paginate("Title", "2025-03-01", b.s, 60, 30, &np));
    assert_int_equal(check_pages(pages, 60, 30, "Title"), np);
    /* 26 body lines a page (30 less the 4 of the header): 150 -> 6 pages */
    assert_int_equal(np, 6);
    assert_non_null(strstr(pages, "page 6 of 6"));
    assert_null(strstr(pages, "page 7"));
}

static void portfolio_pages_hold_the_rules(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    struct printout p;
    char *title = NULL, *body;

    i18n_set("en");
    body = test_gc(summary_portfolio(f->a, 30, &title, &e));
    test_gc(title);
    assert_non_null(body);
    assert_string_equal(title, "Portfolio report");
    assert_contains(body, "Kanazawa (Japan, 1971) — Active");
    {
        /* the share of the partnerships whose status is active, whatever it is */
        long n = test_count(f->a, KIND_CITY, "active", NULL, 0);
        char *share = test_gc(xasprintf(n == 1 ? "%ld of 12 partnerships is active."
                                               : "%ld of 12 partnerships are active.", n));
        assert_contains(body, share);
    }
    assert_contains(body, "40 initiatives: 40 Planned.");
    assert_contains(body, "Chapter 4: ");
    assert_contains(body, "Eurocities: vice-chair, Environment Forum");
    assert_ok(print_layout(f->a, title, body, 0, &p, &e), &e);
    test_gc(p.data);
    assert_int_equal(check_pages(p.data, 80, 66, "Portfolio report"), p.pages);
    assert_true(p.pages >= 2);
    /* a narrower, shorter page still holds */
    f->a->cfg.page_width = 60;
    f->a->cfg.page_length = 40;
    body = test_gc(summary_portfolio(f->a, 30, &title, &e));
    test_gc(title);
    assert_ok(print_layout(f->a, title, body, 0, &p, &e), &e);
    test_gc(p.data);
    check_pages(p.data, 60, 40, "Portfolio report");
}

static int workflow_move_for_test(struct app *a)
{
    struct ird_err e = { 0 };

    return workflow_move(a, KIND_INITIATIVE, 7, -1, "in_progress", NULL, &e);
}

static void changes_of_the_last_days(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    char *title = NULL, *body;

    i18n_set("en");
    /* the fixture's clock is 2025-03-01: this change is of today */
    assert_ok(workflow_move_for_test(f->a), &e);
    body = test_gc(summary_portfolio(f->a, 30, &title, &e));
    test_gc(title);
    assert_contains(body, "9. Changes of the last 30 days");
    assert_contains(body, "2025-03-01");
    assert_contains(body, "Status: Planned → In progress");
    assert_contains(body, "1 In progress");
}

static void charset_transliterates_and_counts(void **state)
{
    size_t len = 0, lost = 0;
    char *s;

    (void)state;
    s = test_gc(conv_to("CP1252", "Liège – Gdańsk 金", &len, &lost));
    assert_non_null(s);
    /* è and the en dash exist in CP1252; ń is transliterated; 金 has no form */
    assert_int_equal((unsigned char)s[2], 0xE8);
    assert_int_equal((unsigned char)s[6], 0x96);
    assert_memory_equal(s + 8, "Gdansk ?", 8);
    assert_int_equal(lost, 2);
    assert_int_equal(len, strlen("Liège – Gdańsk 金") - 1 - 2 - 1 - 2);
    s = test_gc(conv_to("ISO-8859-1", "a\nb – c\n", &len, &lost));
    assert_string_equal(s, "a\nb - c\n"); /* every line kept */
    assert_int_equal(lost, 1);
    assert_null(conv_to("NO-SUCH-CHARSET", "x", &len, &lost));
}

static void attention_for_agreements_and_networks(void **state)
{
    struct fx *f = *state;
    struct record *r = NULL;
    struct ird_err e = { 0 };
    char *att;

    i18n_set("en");
    assert_ok(desk_get(f->a, KIND_AGREEMENT, 9, &r, &e), &e);
    record_set(r, kind_field(r->kind, "ends"), "2025-09");
    att = test_gc(summary_attention(r, "2025-03-01", 12));
    assert_contains(att, "Due for evaluation: it ends on 2025-09");
    att = test_gc(summary_attention(r, "2025-03-01", 3));
    assert_string_equal(att, "");
    record_set(r, kind_field(r->kind, "ends"), "2024");
    att = test_gc(summary_attention(r, "2025-03-01", 12));
    assert_contains(att, "has passed");
    record_set_status(r, "expired");
    att = test_gc(summary_attention(r, "2025-03-01", 12));
    assert_string_equal(att, "");
    record_free(&r);
    assert_ok(desk_get(f->a, KIND_NETWORK, 1, &r, &e), &e);
    record_set(r, kind_field(r->kind, "next_review"), "2024-12-31");
    att = test_gc(summary_attention(r, "2025-03-01", 12));
    assert_contains(att, "overdue");
    record_free(&r);
}

static void print_command_success_and_failure(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    struct printout p;
    char *out = test_gc(test_path(f->dir, "printed.txt")), *cmd, *got;

    i18n_set("en");
    free(f->a->cfg.print_charset);
    f->a->cfg.print_charset = strdup("ISO-8859-1");
    assert_ok(print_layout(f->a, "Title", "Liège\n", 1, &p, &e), &e);
    test_gc(p.data);
    free(f->a->cfg.print_command);
    f->a->cfg.print_command = cmd = malloc(strlen(out) + 16);
    sprintf(cmd, "cat > '%s'", out);
    assert_ok(print_send(f->a, &p, &e), &e);
    got = test_gc(test_read_file(out, NULL));
    assert_non_null(strstr(got, "Li\xe8ge"));
    /* a failing command: its status and its words reach the user */
    free(f->a->cfg.print_command);
    f->a->cfg.print_command = strdup("echo 'lpr: The printer or class does not exist.' >&2; exit 3");
    assert_fails(print_send(f->a, &p, &e), &e, IRD_IO);
    assert_contains(e.msg, "Printing failed (exit status 3): lpr: The printer");
    assert_contains(e.msg, "does not exist");
    /* a command that does not read its input */
    free(f->a->cfg.print_command);
    f->a->cfg.print_command = strdup("exit 0");
    assert_ok(print_send(f->a, &p, &e), &e);
    /* saving refuses to overwrite unless asked */
    assert_fails(print_save(f->a, &p, out, OUTFILE_NO_REPLACE, &e), &e, IRD_IO);
    assert_ok(print_save(f->a, &p, out, 0, &e), &e);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pagination_keeps_length_width_and_numbers),
        cmocka_unit_test_setup_teardown(portfolio_pages_hold_the_rules, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(changes_of_the_last_days, fx_setup, fx_teardown),
        cmocka_unit_test(charset_transliterates_and_counts),
        cmocka_unit_test_setup_teardown(attention_for_agreements_and_networks, fx_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(print_command_success_and_failure, fx_setup,
                                        fx_teardown),
    };

    test_filter_args(argc, argv);
    i18n_init("en");
    return cmocka_run_group_tests_name("summary", tests, NULL, NULL);
}
