/* core/text.c and core/table.c: display width, fitting, wrapping, UTF-8
 * validation and column widths.  All widths are terminal cells. */

#include "tests/unit/helpers.h"

#include <stdlib.h>
#include <string.h>

#include "lib/table.h"
#include "lib/text.h"
#include "lib/when.h"
#include "i18n/i18n.h"

#define ELLIPSIS "\xE2\x80\xA6"    /* … */
#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* ---- text_width ----------------------------------------------------------- */

static void width_counts_cells_not_bytes(void **state)
{
    (void)state;
    assert_int_equal(text_width(""), 0);
    assert_int_equal(text_width("Gent"), 4);
    assert_int_equal(text_width("Liège"), 5);          /* 6 bytes */
    assert_int_equal(text_width("Gdańsk"), 6);         /* 7 bytes */
    assert_int_equal(text_width("Saint-Raphaël"), 13); /* 14 bytes */
    assert_int_equal(text_width("Heroriëntering"), 14);
    assert_int_equal(text_width("Kraków"), 6);
}

static void width_of_wide_characters_is_two(void **state)
{
    (void)state;
    assert_int_equal(text_width("金沢市"), 6); /* 9 bytes, 3 characters */
    assert_int_equal(text_width("威海市"), 6);
    assert_int_equal(text_width("a金b"), 4);
}

static void width_of_other_scripts(void **state)
{
    (void)state;
    assert_int_equal(text_width("Бургас"), 6);
    /* a combining accent takes no cell of its own */
    assert_int_equal(text_width("Lie\xCC\x80ge"), 5);
}

static void width_counts_each_invalid_byte_as_one(void **state)
{
    (void)state;
    assert_int_equal(text_width("\xFF"), 1);
    assert_int_equal(text_width("a\xFF\xFE" "b"), 4);
    /* a truncated sequence at the end: each byte is one replacement */
    assert_int_equal(text_width("ab\xE2\x82"), 4);
    /* a lead byte followed by ASCII */
    assert_int_equal(text_width("\xC3(x"), 3);
    /* an overlong encoding of '/' is not '/' but two invalid bytes */
    assert_int_equal(text_width("\xC0\xAF"), 2);
}

static void chars_counts_code_points(void **state)
{
    (void)state;
    assert_int_equal(text_chars("Liège"), 5);
    assert_int_equal(text_chars("金沢市"), 3);
    assert_int_equal(text_chars(""), 0);
}

/* ---- text_fit -------------------------------------------------------------- */

static void check_fit(const char *s, size_t cols, int pad, const char *want)
{
    char *got = text_fit(s, cols, pad);

    if (strcmp(got, want) != 0)
        print_error("text_fit(\"%s\", %zu, %d) = \"%s\", want \"%s\"\n", s, cols, pad, got,
                    want);
    assert_string_equal(got, want);
    if (pad)
        assert_int_equal(text_width(got), cols);
    else
        assert_true(text_width(got) <= cols);
    free(got);
}

static void fit_pads_to_exact_width(void **state)
{
    (void)state;
    check_fit("Gent", 8, 1, "Gent    ");
    check_fit("Liège", 7, 1, "Liège  "); /* 2 spaces: width, not bytes */
    check_fit("金沢市", 8, 1, "金沢市  ");
    check_fit("Liège", 5, 1, "Liège");
    check_fit("", 3, 1, "   ");
}

static void fit_without_pad_does_not_pad(void **state)
{
    (void)state;
    check_fit("Gent", 8, 0, "Gent");
    check_fit("Liège", 5, 0, "Liège");
}

static void fit_cuts_with_ellipsis(void **state)
{
    (void)state;
    check_fit("Saint-Raphaël", 6, 1, "Saint" ELLIPSIS);
    check_fit("Saint-Raphaël", 6, 0, "Saint" ELLIPSIS);
    check_fit("Heroriëntering", 8, 1, "Herorië" ELLIPSIS);
    check_fit("abc", 1, 1, ELLIPSIS);
}

static void fit_never_splits_a_wide_character(void **state)
{
    (void)state;
    /* 金 (2) + … (1) = 3 cells; 沢 would make 5: one pad cell instead */
    check_fit("金沢市", 4, 1, "金" ELLIPSIS " ");
    check_fit("金沢市", 4, 0, "金" ELLIPSIS);
    check_fit("金沢市", 5, 1, "金沢" ELLIPSIS);
    check_fit("金沢市", 2, 1, ELLIPSIS " ");
    check_fit("金沢市", 6, 1, "金沢市");
}

static void fit_replaces_invalid_and_control_bytes(void **state)
{
    (void)state;
    check_fit("a\xFF" "b", 3, 1, "a" REPLACEMENT "b");
    check_fit("a\xFF" "b", 5, 1, "a" REPLACEMENT "b  ");
    check_fit("\xE2\x82", 2, 1, REPLACEMENT REPLACEMENT);
    check_fit("a\x1B[31mb", 8, 1, "a" REPLACEMENT "[31mb ");
    check_fit("a\x7F" "b", 3, 1, "a" REPLACEMENT "b");
    check_fit("a\xC2\x85" "b", 3, 1, "a" REPLACEMENT "b"); /* C1 control U+0085 */
}

static void fit_turns_tabs_and_newlines_into_spaces(void **state)
{
    (void)state;
    /* text.h: "control characters ... become visible replacements"; text.c
     * add_visible: "controls become a space (tabs, newlines)".  A multi-line
     * note shown in one list cell reads "a b c", not "a\uFFFDb\uFFFDc". */
    check_fit("a\nb\tc", 5, 1, "a b c");
    check_fit("Eerste regel\ntweede", 19, 0, "Eerste regel tweede");
}

static void fit_to_zero_is_empty(void **state)
{
    (void)state;
    check_fit("Gent", 0, 1, "");
    check_fit("", 0, 0, "");
}

/* ---- text_valid_utf8 -------------------------------------------------------- */

static int valid(const char *s)
{
    return text_valid_utf8(s, strlen(s));
}

static void valid_utf8_accepts_real_text(void **state)
{
    (void)state;
    assert_true(valid(""));
    assert_true(valid("Gent"));
    assert_true(valid("Liège Gdańsk 金沢市 Бургас المحمدية"));
    assert_true(valid("\xF0\x9F\x98\x80"));     /* U+1F600, 4 bytes */
    assert_true(valid("\xEF\xBF\xBD"));         /* U+FFFD itself */
    assert_true(valid("\xF4\x8F\xBF\xBF"));     /* U+10FFFF, the last */
}

static void valid_utf8_refuses_overlong_forms(void **state)
{
    (void)state;
    assert_false(valid("\xC0\xAF"));         /* '/' in 2 bytes */
    assert_false(valid("\xC1\xBF"));
    assert_false(valid("\xE0\x80\xAF"));     /* '/' in 3 bytes */
    assert_false(valid("\xE0\x9F\xBF"));     /* U+07FF in 3 bytes */
    assert_false(valid("\xF0\x80\x80\xAF")); /* '/' in 4 bytes */
    assert_false(valid("\xF0\x8F\xBF\xBF")); /* U+FFFF in 4 bytes */
}

static void valid_utf8_refuses_surrogates_and_too_large(void **state)
{
    (void)state;
    assert_false(valid("\xED\xA0\x80")); /* U+D800 */
    assert_false(valid("\xED\xBF\xBF")); /* U+DFFF */
    assert_false(valid("\xF4\x90\x80\x80")); /* U+110000 */
    assert_false(valid("\xF5\x80\x80\x80"));
    assert_false(valid("\xFE"));
    assert_false(valid("\xFF"));
}

static void valid_utf8_refuses_truncated_and_stray_bytes(void **state)
{
    (void)state;
    assert_false(valid("Li\xC3"));         /* è cut after its first byte */
    assert_false(valid("\xE9\x87"));       /* 3-byte sequence cut */
    assert_false(valid("\xF0\x9F\x98"));   /* 4-byte sequence cut */
    assert_false(valid("\x80"));           /* a lone continuation byte */
    assert_false(valid("Li\xE8ge"));       /* Latin-1 è */
    /* the length given is respected: a valid sequence cut by n */
    assert_false(text_valid_utf8("Liège", 3));
    assert_true(text_valid_utf8("Liège", 4));
}

static void valid_utf8_refuses_nul(void **state)
{
    (void)state;
    assert_false(text_valid_utf8("ab\0cd", 5));
    assert_true(text_valid_utf8("ab\0cd", 2));
}

/* ---- text_wrap ---------------------------------------------------------------- */

static void check_wrap(const char *s, size_t cols, const char *const *want, size_t nwant)
{
    size_t n = 0, i;
    char **lines = text_wrap(s, cols, &n);
    int ok = n == nwant;

    for (i = 0; ok && i < n; i++)
        ok = strcmp(lines[i], want[i]) == 0;
    if (!ok) {
        print_error("text_wrap(\"%s\", %zu) gave %zu lines:\n", s, cols, n);
        for (i = 0; i < n; i++)
            print_error("  [%s]\n", lines[i]);
    }
    for (i = 0; i < n; i++)
        assert_true(text_width(lines[i]) <= cols);
    text_lines_free(lines, n);
    assert_true(ok);
}

static void wrap_breaks_at_word_boundaries(void **state)
{
    static const char *const w1[] = { "Enkel met de", "Japanse stad", "Kanazawa" };
    static const char *const w2[] = { "Enkel met de Japanse stad Kanazawa" };
    (void)state;
    check_wrap("Enkel met de Japanse stad Kanazawa", 12, w1, 3);
    check_wrap("Enkel met de Japanse stad Kanazawa", 34, w2, 1);
}

static void wrap_counts_display_width(void **state)
{
    /* "Liège Liège" is 11 cells but 13 bytes: it fits in 11 */
    static const char *const w1[] = { "Liège Liège" };
    static const char *const w2[] = { "金沢市", "金沢市" };
    static const char *const w3[] = { "Saint-Raphaël", "Liège" };
    (void)state;
    check_wrap("Liège Liège", 11, w1, 1);
    check_wrap("金沢市 金沢市", 12, w2, 2);
    check_wrap("Saint-Raphaël Liège", 13, w3, 2);
}

static void wrap_cuts_long_words(void **state)
{
    static const char *const w1[] = { "abcd", "efgh", "ij" };
    static const char *const w2[] = { "金", "沢", "市" };
    static const char *const w3[] = { "a", "bcde", "fghi" };
    (void)state;
    check_wrap("abcdefghij", 4, w1, 3);
    /* a wide character is never split: 3 cells hold one of them */
    check_wrap("金沢市", 3, w2, 3);
    check_wrap("a bcdefghi", 4, w3, 3);
}

static void wrap_keeps_newlines(void **state)
{
    static const char *const w1[] = { "Eerste", "regel", "tweede" };
    static const char *const w2[] = { "a", "", "b" };
    (void)state;
    check_wrap("Eerste regel\ntweede", 7, w1, 3);
    check_wrap("a\n\nb", 10, w2, 3);
}

static void wrap_collapses_blanks_between_words(void **state)
{
    static const char *const w1[] = { "a b" };
    (void)state;
    check_wrap("  a   b  ", 10, w1, 1);
}

/* ---- table_widths and table_render ------------------------------------------ */

static void check_widths(const size_t *nat, const size_t *min, size_t n, size_t total,
                         size_t gap, const size_t *want)
{
    size_t out[8], i;

    table_widths(nat, min, n, total, gap, out);
    for (i = 0; i < n; i++) {
        if (out[i] != want[i])
            print_error("column %zu: width %zu, want %zu (total %zu)\n", i, out[i], want[i],
                        total);
        assert_int_equal(out[i], want[i]);
    }
}

static void widths_are_natural_when_they_fit(void **state)
{
    static const size_t nat[] = { 2, 18, 14, 12, 5 }, min[] = { 2, 4, 4, 4, 4 };
    (void)state;
    /* 51 + 4 gaps of 2 = 59 */
    check_widths(nat, min, 5, 59, 2, nat);
    check_widths(nat, min, 5, 200, 2, nat);
    check_widths(nat, min, 5, 0, 2, nat); /* 0: no limit */
}

static void widths_shrink_the_widest_first(void **state)
{
    static const size_t nat[] = { 10, 20, 5 }, min[] = { 4, 4, 4 };
    static const size_t w30[] = { 10, 11, 5 }, w25[] = { 8, 8, 5 }, w23[] = { 7, 7, 5 };
    (void)state;
    /* 35 + 4 = 39 cells wanted */
    check_widths(nat, min, 3, 30, 2, w30);
    check_widths(nat, min, 3, 25, 2, w25);
    check_widths(nat, min, 3, 23, 2, w23);
}

static void widths_never_go_below_the_minimum(void **state)
{
    static const size_t nat[] = { 10, 20, 5 }, min[] = { 4, 6, 5 };
    static const size_t want[] = { 4, 6, 5 };
    (void)state;
    check_widths(nat, min, 3, 10, 2, want);
    check_widths(nat, min, 3, 1, 2, want);
}

static void widths_fit_total_exactly_when_possible(void **state)
{
    static const size_t nat[] = { 30, 25, 40, 3 }, min[] = { 4, 4, 4, 3 };
    size_t out[4], total, sum, i;
    (void)state;
    for (total = 20; total < 110; total++) {
        table_widths(nat, min, 4, total, 2, out);
        for (sum = 6, i = 0; i < 4; i++) {
            assert_true(out[i] >= min[i]);
            assert_true(out[i] <= nat[i]);
            sum += out[i];
        }
        if (total >= 4 + 4 + 4 + 3 + 6)
            assert_int_equal(sum, total < 104 ? total : 104);
    }
}

static void render_aligns_by_display_width(void **state)
{
    struct table *t = table_new(2);
    const char *r1[] = { "Liège", "België" };
    const char *r2[] = { "金沢市", "Japan" };
    const char *r3[] = { "Gdańsk", "Polen" };
    char *s;
    (void)state;

    table_column(t, 0, "Naam", 0, 0);
    table_column(t, 1, "Land", 0, 0);
    table_add(t, r1);
    table_add(t, r2);
    table_add(t, r3);
    assert_int_equal(table_rows(t), 3);
    s = table_render(t, 0);
    /* the first column is 6 cells (金沢市, Gdańsk), then 2 cells of gap */
    assert_string_equal(s, "Naam    Land\n"
                           "Liège   België\n"
                           "金沢市  Japan\n"
                           "Gdańsk  Polen\n");
    free(s);
    table_free(&t);
    assert_null(t);
}

/* A printed table loses no text: the widest column wraps at words, the
 * other cells of its row stay on its first line, numbers never wrap. */
static void render_wrapped_keeps_every_word(void **state)
{
    struct table *t = table_new(3);
    const char *r1[] = { "6", "Diplomatic return days of the General Representatives", "2017" };
    const char *r2[] = { "7", "Visit of EU Commissioner Bulc", "2018" };
    char *s;
    (void)state;

    table_column(t, 0, "#", 0, 1);
    table_column(t, 1, "Title", 0, 0);
    table_column(t, 2, "Date", 0, 0);
    table_add(t, r1);
    table_add(t, r2);
    s = table_render_wrapped(t, 30);
    assert_string_equal(s, "#  Title                  Date\n"
                           "6  Diplomatic return      2017\n"
                           "   days of the General\n"
                           "   Representatives\n"
                           "7  Visit of EU            2018\n"
                           "   Commissioner Bulc\n");
    free(s);
    /* the same table cut, as a terminal list shows it */
    s = table_render(t, 30);
    assert_string_equal(s, "#  Title                  Date\n"
                           "6  Diplomatic return da…  2017\n"
                           "7  Visit of EU Commissi…  2018\n");
    free(s);
    table_free(&t);
}

static void expect_visible(const char *in, int keep, const char *want)
{
    char *got = text_visible(in, keep);

    if (strcmp(got, want) != 0)
        print_error("text_visible(\"%s\") = \"%s\", want \"%s\"\n", in, got, want);
    assert_string_equal(got, want);
    free(got);
}

static void visible_text_carries_no_escape_sequence(void **state)
{
    (void)state;
    /* the attacks of a hostile CSV: clipboard write, title, clear screen */
    expect_visible("\x1b]52;c;ZWNobyBoaQ==\x07x", 0, "^[]52;c;ZWNobyBoaQ==^Gx");
    expect_visible("\x1b]0;owned\x1b\\", 0, "^[]0;owned^[\\");
    expect_visible("a\x1b[2Jb", 0, "a^[[2Jb");
    expect_visible("del\x7f", 0, "del^?");
    /* C1 controls (CSI as one character), bidirectional overrides */
    expect_visible("\xc2\x9b" "2J", 0, "<U+009B>2J");
    expect_visible("abc\xe2\x80\xae" "fdp.exe", 0, "abc<U+202E>fdp.exe");
    expect_visible("\xe2\x81\xa6x\xe2\x81\xa9", 0, "<U+2066>x<U+2069>");
    /* bytes that are not UTF-8 */
    expect_visible("Caf\xe9", 0, "Caf\\xE9");
    /* lines kept or shown */
    expect_visible("a\nb\tc", 1, "a\nb\tc");
    expect_visible("a\nb\r", 0, "a^Jb^M");
    /* what is harmless stays as it is */
    expect_visible("Liège 金沢市 المحمدية", 0, "Liège 金沢市 المحمدية");
    expect_visible("", 0, "");
    assert_true(text_is_bidi_control(0x202E));
    assert_false(text_is_bidi_control(0x200E)); /* a mark, not an override */
}

/* A stored time shown in local time (here UTC); anything not of the stored
 * form YYYY-MM-DDTHH:MM:SSZ is shown as it is. */
static void stored_times_shown_in_local_time(void **state)
{
    static const char *const kept[] = { "2026-12-02T04:45:0xZ", "2026-13-02T04:45:06Z",
                                        "2026-12-02 04:45:06Z", "2026-12-02T04:45:06",
                                        "+026-12-02T04:45:06Z", "" };
    char out[WHEN_MAX];
    char *tz = getenv("TZ") ? strdup(getenv("TZ")) : NULL;
    size_t i;

    (void)state;
    setenv("TZ", "UTC", 1);
    assert_string_equal(when_local("2026-12-02T04:45:06Z", out), "2026-12-02 04:45");
    assert_string_equal(when_local("1999-01-31T23:59:60Z", out), "1999-02-01 00:00");
    for (i = 0; i < sizeof kept / sizeof *kept; i++)
        assert_string_equal(when_local(kept[i], out), kept[i]);
    if (tz != NULL)
        setenv("TZ", tz, 1);
    else
        unsetenv("TZ");
    free(tz);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stored_times_shown_in_local_time),
        cmocka_unit_test(visible_text_carries_no_escape_sequence),
        cmocka_unit_test(width_counts_cells_not_bytes),
        cmocka_unit_test(width_of_wide_characters_is_two),
        cmocka_unit_test(width_of_other_scripts),
        cmocka_unit_test(width_counts_each_invalid_byte_as_one),
        cmocka_unit_test(chars_counts_code_points),
        cmocka_unit_test(fit_pads_to_exact_width),
        cmocka_unit_test(fit_without_pad_does_not_pad),
        cmocka_unit_test(fit_cuts_with_ellipsis),
        cmocka_unit_test(fit_never_splits_a_wide_character),
        cmocka_unit_test(fit_replaces_invalid_and_control_bytes),
        cmocka_unit_test(fit_turns_tabs_and_newlines_into_spaces),
        cmocka_unit_test(fit_to_zero_is_empty),
        cmocka_unit_test(valid_utf8_accepts_real_text),
        cmocka_unit_test(valid_utf8_refuses_overlong_forms),
        cmocka_unit_test(valid_utf8_refuses_surrogates_and_too_large),
        cmocka_unit_test(valid_utf8_refuses_truncated_and_stray_bytes),
        cmocka_unit_test(valid_utf8_refuses_nul),
        cmocka_unit_test(wrap_breaks_at_word_boundaries),
        cmocka_unit_test(wrap_counts_display_width),
        cmocka_unit_test(wrap_cuts_long_words),
        cmocka_unit_test(wrap_keeps_newlines),
        cmocka_unit_test(wrap_collapses_blanks_between_words),
        cmocka_unit_test(widths_are_natural_when_they_fit),
        cmocka_unit_test(widths_shrink_the_widest_first),
        cmocka_unit_test(widths_never_go_below_the_minimum),
        cmocka_unit_test(widths_fit_total_exactly_when_possible),
        cmocka_unit_test(render_aligns_by_display_width),
        cmocka_unit_test(render_wrapped_keeps_every_word),
    };

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("text", tests, test_setup_en, NULL);
}
