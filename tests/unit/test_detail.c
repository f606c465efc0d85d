/* core/detail.c: a record as the detail view and `show` present it, and its
 * plain-text rendering to a given width. */

#include "tests/unit/helpers.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/detail.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "i18n/i18n.h"

static struct fx *fixture;

static int group_setup(void **state)
{
    void *st = NULL;

    (void)state;
    i18n_init("en");
    if (fx_setup(&st) != 0)
        return -1;
    fixture = st;
    return 0;
}

static int group_teardown(void **state)
{
    void *st = fixture;

    (void)state;
    fixture = NULL;
    return fx_teardown(&st);
}

static struct detail *build(enum kind_id k, int64_t id, long hist)
{
    struct detail *d = NULL;
    struct ird_err e = { 0 };

    assert_ok(detail_build(fixture->a, k, id, hist, &d, &e), &e);
    assert_non_null(d);
    return d;
}

/* The text of the field line with this label, or "<no such line>". */
static const char *field_text(const struct detail *d, const char *label)
{
    size_t i;

    for (i = 0; i < d->n; i++)
        if (d->lines[i].type == DL_FIELD && d->lines[i].label != NULL &&
            strcmp(d->lines[i].label, label) == 0)
            return d->lines[i].text;
    return "<no such line>";
}

static void detail_has_title_fields_links_and_history(void **state)
{
    struct detail *d = build(KIND_CITY, 10, -1);
    size_t i;
    int agreement = 0, hist = 0;
    (void)state;

    assert_int_equal(d->lines[0].type, DL_TITLE);
    assert_string_equal(d->lines[0].text, "City 10 · Liège");
    assert_string_equal(field_text(d, "Name (Dutch)"), "Luik");
    assert_string_equal(field_text(d, "Relation"), "Partner city");
    assert_string_equal(field_text(d, "Status"), "Active");
    assert_string_equal(field_text(d, "Last decade"), "—"); /* empty, visibly */
    for (i = 0; i < d->n; i++) {
        agreement |= d->lines[i].type == DL_LINK && d->lines[i].kind == KIND_AGREEMENT &&
                     d->lines[i].id == 12;
        hist += d->lines[i].type == DL_HIST;
    }
    assert_true(agreement);
    assert_int_equal(hist, 3); /* 2011, 2020-11, 2025 */
    assert_int_equal(d->hist_more, 0);
    detail_free(&d);
    assert_null(d);
}

static void detail_limits_history(void **state)
{
    struct detail *d = build(KIND_CITY, 10, 1);
    char *text;
    size_t i;
    int hist = 0;
    (void)state;

    for (i = 0; i < d->n; i++)
        hist += d->lines[i].type == DL_HIST;
    assert_int_equal(hist, 1);
    assert_true(d->hist_more > 0);
    text = detail_render(d, 80);
    assert_contains(text, "Older history is not shown here.");
    /* newest first: the 2025 decision */
    assert_contains(text, "2025");
    free(text);
    detail_free(&d);
}

static void detail_of_a_missing_record(void **state)
{
    struct detail *d = NULL;
    struct ird_err e = { 0 };
    (void)state;

    assert_fails(detail_build(fixture->a, KIND_CITY, 99, -1, &d, &e), &e, IRD_NOT_FOUND);
    assert_null(d);
}

static void link_text(void **state)
{
    char *s = detail_link_text(KIND_AGREEMENT, 9, "Samenwerkingsakkoord (MoU) Gent – Kanazawa",
                               "in_force");
    (void)state;

    assert_string_equal(s, "Agreement 9 · Samenwerkingsakkoord (MoU) Gent – Kanazawa (In force)");
    free(s);
}

/* detail.h: "The detail as plain text lines wrapped to width cells". */
static void render_never_exceeds_the_width(void **state)
{
    static const struct {
        enum kind_id k;
        int64_t id;
    } recs[] = { { KIND_CITY, 10 },       { KIND_CITY, 12 },       { KIND_AGREEMENT, 14 },
                 { KIND_NETWORK, 1 },     { KIND_INITIATIVE, 23 }, { KIND_INITIATIVE, 2 } };
    static const size_t widths[] = { 60, 80, 100, 132 };
    size_t r, w;
    int over = 0;
    (void)state;

    for (r = 0; r < sizeof recs / sizeof recs[0]; r++) {
        struct detail *d = build(recs[r].k, recs[r].id, -1);
        for (w = 0; w < sizeof widths / sizeof widths[0]; w++) {
            char *text = detail_render(d, widths[w]);
            const char *p = text;
            while (*p != '\0') {
                const char *nl = strchr(p, '\n');
                size_t len = nl ? (size_t)(nl - p) : strlen(p);
                char *line = xstrndup(p, len);
                if (text_width(line) > widths[w]) {
                    if (over < 8)
                        print_error("%s %lld at %zu: %zu cells: \"%s\"\n",
                                    kind_get(recs[r].k)->code, (long long)recs[r].id,
                                    widths[w], text_width(line), line);
                    over++;
                }
                free(line);
                p += len + (nl ? 1 : 0);
            }
            free(text);
        }
        detail_free(&d);
    }
    assert_int_equal(over, 0);
}

static void render_keeps_every_word(void **state)
{
    struct detail *d = build(KIND_AGREEMENT, 14, -1);
    char *text = detail_render(d, 60);
    (void)state;

    /* wrapped, so look for words rather than the whole sentence */
    assert_contains(text, "gemeenschappelijk");
    assert_contains(text, "2018-06-04");
    assert_contains(text, "Letter of intent");
    assert_contains(text, "In force");
    free(text);
    detail_free(&d);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(detail_has_title_fields_links_and_history),
        cmocka_unit_test(detail_limits_history),
        cmocka_unit_test(detail_of_a_missing_record),
        cmocka_unit_test(link_text),
        cmocka_unit_test(render_never_exceeds_the_width),
        cmocka_unit_test(render_keeps_every_word),
    };

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("detail", tests, group_setup, group_teardown);
}
