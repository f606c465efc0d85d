/* The document model and its two renderers: the text each node gives, a
 * PDF from the same document (its pages counted the way its footer counts
 * them), the choice between PDF and text, and the print_format setting. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/app.h"
#include "core/config.h"
#include "core/doc.h"
#include "core/pdf.h"
#include "core/print.h"
#include "core/summary.h"
#include "i18n/i18n.h"
#include "lib/table.h"

static void text_of_each_node(void **state)
{
    struct doc *d = doc_new(40);
    struct table *t = table_new(2);
    struct doc_picture *pic = doc_picture_new(DOC_PIC_BARS, "Figure: counts.");
    const char *row[2] = { "1", "Kanazawa" };
    char *s;

    (void)state;
    doc_title(d, "Title");
    doc_blank(d); /* nothing before it: no line */
    doc_heading(d, "1. Part", '=');
    doc_para(d, "- ", 2, "a bullet long enough to be wrapped onto a second line here");
    doc_heading(d, "Section", 0);
    doc_marked(d, "first\nsecond", "! ", 2);
    doc_gap(d);
    table_column(t, 0, "#", 0, 1);
    table_column(t, 1, "Name", 0, 0);
    table_add(t, row);
    doc_table_take(d, &t);
    assert_null(t);
    doc_picture_row(pic, "Active", "Cities")->value = 3;
    doc_picture_take(d, &pic);
    assert_null(pic);
    doc_line(d, "a line cut at the width of forty cells, not wrapped");
    s = test_gc(doc_text(d));
    assert_string_equal(s, "1. Part\n"
                           "=======\n"
                           "- a bullet long enough to be wrapped\n"
                           "  onto a second line here\n"
                           "\n"
                           "Section\n"
                           "! first\n"
                           "! second\n"
                           "\n"
                           "#  Name\n"
                           "1  Kanazawa\n"
                           "Figure: counts.\n"
                           "a line cut at the width of forty cells,…\n");
    assert_string_equal(d->title, "Title");
    doc_free(&d);
    assert_null(d);
}

/* The number of "/Type /Page" objects (not /Pages) in a PDF. */
static int pdf_pages(const char *data, size_t len)
{
    static const char key[] = "/Type /Page";
    size_t i, k = sizeof key - 1;
    int n = 0;

    for (i = 0; i + k < len; i++)
        n += memcmp(data + i, key, k) == 0 && data[i + k] != 's';
    return n;
}

static void a_long_table_makes_pages(void **state)
{
    struct doc *d = doc_new(80);
    struct table *t = table_new(2);
    struct pdf_meta m = { "Service", "2026-11-22", "en" };
    struct ird_err e = { 0 };
    char *out = NULL, id[24];
    size_t len = 0;
    int pages = 0, i;

    (void)state;
    doc_title(d, "A long list");
    table_column(t, 0, "#", 0, 1);
    table_column(t, 1, "Name", 0, 0);
    for (i = 1; i <= 300; i++) {
        const char *row[2] = { id, "Kanazawa · 金沢市 · المحمدية · Бургас" };
        snprintf(id, sizeof id, "%d", i);
        table_add(t, row);
    }
    doc_table_take(d, &t);
    assert_ok(pdf_render(d, &m, &out, &len, &pages, &e), &e);
    test_gc(out);
    assert_true(len > 1000);
    assert_memory_equal(out, "%PDF-", 5);
    /* 300 rows of one line do not fit on one A4 page, nor on three */
    assert_true(pages > 3);
    assert_int_equal(pdf_pages(out, len), pages);
    doc_free(&d);
}

/* The lowest bottom edge (yMax, points from the top) of the words starting
 * with word in the PDF, as pdftotext -bbox reads them; -1 when none. */
static double lowest_word(const char *pdf, size_t len, const char *word)
{
    char path[] = "/tmp/irdesk-test-pdf-XXXXXX", cmd[128], line[512];
    int fd = mkstemp(path);
    double low = -1;
    FILE *f;

    assert_true(fd >= 0);
    assert_int_equal(write(fd, pdf, len), (ssize_t)len);
    close(fd);
    snprintf(cmd, sizeof cmd, "pdftotext -bbox %s -", path);
    f = popen(cmd, "r");
    assert_non_null(f);
    while (fgets(line, sizeof line, f) != NULL) {
        const char *y = strstr(line, "yMax=\""), *w = strchr(line, '>');
        if (y != NULL && w != NULL && strncmp(w + 1, word, strlen(word)) == 0 &&
            atof(y + 6) > low)
            low = atof(y + 6);
    }
    assert_int_equal(pclose(f), 0);
    unlink(path);
    return low;
}

static void a_picture_taller_than_a_page_is_drawn_smaller(void **state)
{
    struct doc *d = doc_new(80);
    struct doc_picture *pic = doc_picture_new(DOC_PIC_BARS, "Figure: many bars.");
    struct pdf_meta m = { "Service", "2026-11-22", "en" };
    struct ird_err e = { 0 };
    char *out = NULL, label[32];
    size_t len = 0;
    int pages = 0, i;

    (void)state;
    doc_title(d, "Bars");
    for (i = 0; i < 200; i++) {
        snprintf(label, sizeof label, "status %d", i);
        doc_picture_row(pic, label, i % 10 == 0 ? "a group" : NULL)->value = i;
    }
    doc_picture_take(d, &pic);
    assert_ok(pdf_render(d, &m, &out, &len, &pages, &e), &e);
    test_gc(out);
    assert_int_equal(pages, 1);
    /* 200 rows of 11 points, 2,200 points at full size: every word of it
     * above the foot of the page's text (841.89 - 20 mm - the footer) */
    assert_true(lowest_word(out, len, "status") > 600);
    assert_true(lowest_word(out, len, "status") < 763.3);
    doc_free(&d);
}

static void a_full_cell_of_the_grid_says_how_many_more(void **state)
{
    struct doc *d = doc_new(80);
    struct doc_picture *pic = doc_picture_new(DOC_PIC_GRID, "Figure: a full cell.");
    struct pdf_meta m = { "Service", "2026-11-22", "en" };
    struct ird_err e = { 0 };
    char *out = NULL, label[16];
    size_t len = 0;
    int pages = 0, i;

    (void)state;
    doc_title(d, "Grid");
    pic->axis[0] = strdup("Rows");
    pic->axis[1] = strdup("Columns");
    pic->ticks[0][0] = strdup("row");
    pic->ticks[1][0] = strdup("column");
    pic->nticks[0] = pic->nticks[1] = 1;
    for (i = 1; i <= 30; i++) {
        snprintf(label, sizeof label, "c%02d", i);
        doc_picture_row(pic, label, NULL);
    }
    doc_picture_take(d, &pic);
    assert_ok(pdf_render(d, &m, &out, &len, &pages, &e), &e);
    test_gc(out);
    assert_int_equal(pages, 1);
    /* eleven names, then the count of the other nineteen on the twelfth line */
    assert_true(lowest_word(out, len, "c11") > lowest_word(out, len, "c01"));
    assert_true(lowest_word(out, len, "c12") < 0);
    assert_true(lowest_word(out, len, "c30") < 0);
    assert_true(lowest_word(out, len, "19") > lowest_word(out, len, "c11"));
    assert_true(lowest_word(out, len, "Columns") > 0);
    doc_free(&d);
}

static void the_portfolio_as_pdf(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    struct doc *d;
    struct printout p;

    i18n_set("nl");
    d = summary_portfolio_doc(f->a, 30, &e);
    assert_non_null(d);
    assert_ok(print_render(f->a, d, 1, 1, &p, &e), &e);
    assert_true(p.pdf);
    assert_true(p.pages >= 3);
    assert_int_equal(pdf_pages(p.data, p.len), p.pages);
    printout_fini(&p);
    /* the same document as text: the pages print_layout lays out */
    assert_ok(print_render(f->a, d, 0, 0, &p, &e), &e);
    assert_false(p.pdf);
    assert_non_null(strstr(p.data, "Portefeuillerapport"));
    assert_non_null(strstr(p.data, "Figuur: de partnerschappen van 1958 tot"));
    printout_fini(&p);
    doc_free(&d);
    i18n_set("en");
}

/* The picture of type t in d; fails the test when there is none. */
static const struct doc_picture *picture_of(const struct doc *d, enum doc_pic_type t)
{
    size_t i = 0;

    while (i < d->n && !(d->nodes[i].type == DOC_PICTURE && d->nodes[i].pic->type == t))
        i++;
    assert_true(i < d->n);
    return d->nodes[i].pic;
}

/* The row of p whose label starts with label; fails the test when none. */
static const struct doc_row *row_of(const struct doc_picture *p, const char *label)
{
    size_t i = 0;

    while (i < p->n && strncmp(p->rows[i].label, label, strlen(label)) != 0)
        i++;
    assert_true(i < p->n);
    return &p->rows[i];
}

/* 1 when r has a mark of kind what in year. */
static int marked_in(const struct doc_row *r, int year, int what)
{
    int m;

    for (m = 0; m < r->nmarks; m++)
        if (r->marks[m] == year && r->mark_kind[m] == what)
            return 1;
    return 0;
}

static void the_portfolio_pictures(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    struct doc *d = summary_portfolio_doc(f->a, 30, &e);
    const struct doc_picture *g, *t;
    const struct doc_row *r;
    char *s;

    assert_non_null(d);
    /* the grid: importance (three and not rated) × activity (two and not
     * rated), each assessed partnership in the cell of its latest assessment */
    g = picture_of(d, DOC_PIC_GRID);
    assert_string_equal(g->axis[0], "Importance");
    assert_string_equal(g->axis[1], "Activity");
    assert_int_equal(g->nticks[0], 4);
    assert_int_equal(g->nticks[1], 3);
    assert_string_equal(g->ticks[0][0], "High");
    assert_string_equal(g->ticks[1][2], "not rated");
    assert_int_equal(g->n, 12);
    r = row_of(g, "Wiesbaden");
    assert_int_equal(r->from, 3);
    assert_int_equal(r->to, 0);
    assert_int_equal(row_of(g, "Melle")->to, 1);
    /* the timeline: the recorded decisions, carried out or not, each its mark */
    t = picture_of(d, DOC_PIC_TIMELINE);
    r = row_of(t, "Kanazawa");
    assert_true(marked_in(r, 2020, DOC_MARK_PENDING));
    assert_true(marked_in(r, 2025, DOC_MARK_PENDING));
    assert_false(marked_in(r, 2020, DOC_MARK_DECISION));
    r = row_of(t, "Saint-Rapha");
    assert_true(marked_in(r, 2018, DOC_MARK_DECISION));
    assert_false(marked_in(r, 2018, DOC_MARK_PENDING));
    assert_string_equal(t->legend[DOC_LEG_MARK + DOC_MARK_PENDING], "decision not yet carried out");
    /* the text shows the grid's caption only */
    s = test_gc(doc_text(d));
    assert_non_null(strstr(s, "not rated       3        4          5\n"
                              "Figure: the partnerships per Importance × Activity (latest "
                              "assessment).\n"));
    doc_free(&d);
}

static void pdf_or_text(void **state)
{
    struct config c;

    (void)state;
    config_defaults(&c);
    assert_string_equal(c.print_command, "lp -o media=A4");
    /* asked for */
    assert_true(print_wants_pdf(&c, "pdf", "x.txt", 0));
    assert_false(print_wants_pdf(&c, "txt", "x.pdf", 1));
    /* a file: its extension */
    assert_true(print_wants_pdf(&c, NULL, "rapport.PDF", 0));
    assert_false(print_wants_pdf(&c, NULL, "rapport.txt", 0));
    assert_false(print_wants_pdf(&c, NULL, "-", 0));
    /* the printer: auto is PDF, unless the printer's charset is not UTF-8 */
    assert_true(print_wants_pdf(&c, NULL, NULL, 1));
    free(c.print_charset);
    c.print_charset = strdup("ISO-8859-1");
    assert_false(print_wants_pdf(&c, NULL, NULL, 1));
    c.print_format = PRINT_PDF;
    assert_true(print_wants_pdf(&c, NULL, NULL, 1));
    c.print_format = PRINT_TEXT;
    free(c.print_charset);
    c.print_charset = strdup("UTF-8");
    assert_false(print_wants_pdf(&c, NULL, NULL, 1));
    config_fini(&c);
}

static void the_print_format_setting(void **state)
{
    const char text[] = "print_format = text\nprint_format = odt\n";
    struct config c;
    char *w = NULL;

    (void)state;
    config_defaults(&c);
    assert_int_equal(c.print_format, PRINT_AUTO);
    config_parse(&c, text, strlen(text), "cfg", &w);
    /* the bad value is said, with its line, and the good one stays */
    assert_int_equal(c.print_format, PRINT_TEXT);
    assert_non_null(w);
    assert_non_null(strstr(w, "cfg:2: \"odt\" is not a print format (auto, pdf or text)"));
    free(w);
    config_parse(&c, "print_format = pdf\n", 19, "cfg", &w);
    assert_int_equal(c.print_format, PRINT_PDF);
    assert_null(w);
    config_fini(&c);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_of_each_node),
        cmocka_unit_test(a_long_table_makes_pages),
        cmocka_unit_test(a_picture_taller_than_a_page_is_drawn_smaller),
        cmocka_unit_test(a_full_cell_of_the_grid_says_how_many_more),
        cmocka_unit_test_setup_teardown(the_portfolio_as_pdf, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(the_portfolio_pictures, fx_setup, fx_teardown),
        cmocka_unit_test(pdf_or_text),
        cmocka_unit_test(the_print_format_setting),
    };

    test_filter_args(argc, argv);
    i18n_init("en");
    return cmocka_run_group_tests_name("pdf", tests, NULL, NULL);
}
