/* The desk's key table: every command reachable, no key bound twice, the
 * AZERTY pane keys, and the parts of the desk that need no terminal. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/text.h"
#include "i18n/i18n.h"
#include "tui/keymap.h"
#include "tui/layout.h"
#include "tui/lineedit.h"

static int setup(void **state)
{
    (void)state;
    i18n_init("en");
    return 0;
}

static void every_command_has_a_key_and_help(void **state)
{
    size_t n, i;
    int c, m;

    (void)state;
    for (c = 1; c < CMD_COUNT; c++) {
        int found = 0;
        for (m = 0; m < KEYMAP_COUNT; m++) {
            const struct binding *b = keymap_table((enum keymap_ctx)m, &n);
            for (i = 0; i < n; i++)
                found |= b[i].cmd == (enum cmd)c;
        }
        if (!found)
            fail_msg("command %s has no key", keymap_cmd_name((enum cmd)c));
        assert_true(strlen(keymap_cmd_help((enum cmd)c)) > 0);
    }
}

static void no_key_is_bound_twice(void **state)
{
    size_t n, i, j;
    int m;

    (void)state;
    for (m = 0; m < KEYMAP_COUNT; m++) {
        const struct binding *b = keymap_table((enum keymap_ctx)m, &n);
        for (i = 0; i < n; i++)
            for (j = i + 1; j < n; j++)
                if (b[i].key == b[j].key)
                    fail_msg("key %d bound to %s and %s", b[i].key, keymap_cmd_name(b[i].cmd),
                             keymap_cmd_name(b[j].cmd));
    }
}

/* Pane keys 1-9 and & é " ' ( § è ! ç name the i-th kind, while there is one. */
static void azerty_pane_keys(void **state)
{
    static const int digits[] = { '1', '2', '3', '4', '5', '6', '7', '8', '9' };
    static const int azerty[] = { '&', 0xE9, '"', '\'', '(', 0xA7, 0xE8, '!', 0xE7 };
    int i, arg;

    (void)state;
    for (i = 0; i < 9; i++) {
        enum cmd want = i < KIND_COUNT ? CMD_PANE : CMD_NONE;
        assert_int_equal(keymap_lookup(KEYMAP_DESK, digits[i], &arg), want);
        if (want == CMD_PANE)
            assert_int_equal(arg, i);
        assert_int_equal(keymap_lookup(KEYMAP_DESK, azerty[i], &arg), want);
        if (want == CMD_PANE)
            assert_int_equal(arg, i);
    }
    assert_int_equal(keymap_lookup(KEYMAP_DESK, 'x', &arg), CMD_NONE);
}

/* The hint lines come from the key tables and read as they always did. */
static void hints_from_the_key_tables(void **state)
{
    static const char *const want[HINTS_COUNT] = {
        [HINTS_LIST] = "?:help Enter:open /:filter f:status o:sort s:change e:edit "
                       "L:Nederlands q:quit",
        [HINTS_DETAIL] = "?:help  Enter:follow link  s:status  e:edit  h:history  d:archive  "
                         "q:back",
        [HINTS_REPORT] = "p:print  w:save to a file  /:search  n/N:next/previous  q:close",
        [HINTS_PAGER] = "?:help  j/k:scroll  q:back",
        [HINTS_FORM] = "Tab/↓ next  Shift-Tab/↑ back  Space: choice  Ctrl-S: save  Esc: cancel",
        [HINTS_MENU] = "j/k or arrows: choose  Enter: take  Esc: cancel",
    };
    int h;

    (void)state;
    for (h = 0; h < HINTS_COUNT; h++) {
        char *line = keymap_hint_line((enum hint_set)h, 80, HINT_QUIT_AS_SET);
        assert_string_equal(line, want[h]);
        free(line);
    }
    /* a list narrowed: q's hint says it widens it, and the line still
     * fits (hints before the last make room; the way out stays) */
    {
        char *line = keymap_hint_line(HINTS_LIST, 80, HINT_QUIT_FILTER);
        assert_non_null(strstr(line, "q:clear filter"));
        assert_null(strstr(line, "q:quit"));
        assert_true(text_width(line) <= 80);
        free(line);
    }
    /* and in Dutch they fit the narrowest desk too */
    i18n_set("nl");
    for (h = 0; h < HINTS_COUNT; h++) {
        int q;
        for (q = 0; q < HINT_QUIT_COUNT; q++) {
            char *line = keymap_hint_line((enum hint_set)h, 80, (enum hint_quit)q);
            assert_true(text_width(line) <= 80);
            free(line);
        }
    }
    i18n_set("en");
}

static void pane_help_names_the_kind(void **state)
{
    char *s;

    (void)state;
    s = keymap_help_text(CMD_PANE, 1);
    assert_string_equal(s, "Agreements pane");
    free(s);
}

/* Keys a Belgian AZERTY keyboard types without AltGr: letters, digits and
 * the unshifted or shifted symbols, plus function keys and controls. */
static void no_key_needs_altgr(void **state)
{
    /* AltGr on AZERTY: | @ # { [ ^ ] } \ ` ~ € */
    static const char altgr[] = "|@#{[^]}\\`~";
    size_t n, i;
    const struct binding *b = keymap_table(KEYMAP_DESK, &n);

    (void)state;
    for (i = 0; i < n; i++) {
        if (b[i].key & KEY_FN)
            continue;
        if (b[i].key < 128 && b[i].key > 0 && strchr(altgr, b[i].key) != NULL)
            fail_msg("key %c needs AltGr on AZERTY", b[i].key);
        assert_int_not_equal(b[i].key, 0x20AC); /* € */
    }
}

static void key_names(void **state)
{
    char buf[16];

    (void)state;
    assert_string_equal(keymap_key_name('j', buf, sizeof buf), "j");
    assert_string_equal(keymap_key_name(0xE9, buf, sizeof buf), "é");
    assert_string_equal(keymap_key_name(12, buf, sizeof buf), "Ctrl-L");
    assert_string_equal(keymap_key_name('\t', buf, sizeof buf), "Tab");
    assert_string_equal(keymap_key_name(27, buf, sizeof buf), "Esc");
}

static void list_columns_fill_the_width(void **state)
{
    struct listcol cols[16];
    size_t widths[] = { 80, 100, 132 }, w, n, i, sum;
    int k;

    (void)state;
    for (k = 0; k < KIND_COUNT; k++)
        for (w = 0; w < 3; w++) {
            n = layout_list(kind_get((enum kind_id)k), widths[w], cols, 16);
            assert_true(n >= 3);
            sum = n - 1; /* one cell between columns */
            for (i = 0; i < n; i++) {
                sum += cols[i].width;
                /* a header is never cut except in free-text columns */
                if (cols[i].field == COL_STATUS)
                    assert_true(cols[i].width >= text_width(cols[i].header));
            }
            assert_int_equal(sum, widths[w]);
            /* the record number first, unless the kind numbers its own */
            assert_int_equal(cols[0].field, k == KIND_INITIATIVE ? 0 : COL_ID);
            assert_int_equal(cols[n - 1].field, COL_STATUS);
        }
}

static void list_columns_follow_the_translated_headers(void **state)
{
    struct listcol cols[16];
    size_t n, i;

    (void)state;
    i18n_set("nl");
    n = layout_list(kind_get(KIND_CITY), 80, cols, 16);
    for (i = 0; i < n; i++)
        if (cols[i].field == COL_STATUS)
            /* the widest Dutch status, "Heroriëntering", fits whole */
            assert_true(cols[i].width >= text_width("Heroriëntering"));
    i18n_set("en");
}

static void split_between_list_and_preview(void **state)
{
    int lr, pr;

    (void)state;
    layout_split(24, &lr, &pr);
    assert_int_equal(lr + pr + 4, 24);
    assert_true(lr >= pr);
    layout_split(30, &lr, &pr);
    assert_int_equal(lr + pr + 4, 30);
}

static void line_editor_by_characters(void **state)
{
    struct lineedit l;

    (void)state;
    lineedit_init(&l, "Liege");
    lineedit_left(&l);
    lineedit_left(&l);
    lineedit_backspace(&l); /* removes the 'e' before "ge" */
    lineedit_insert(&l, 0xE8); /* è */
    assert_string_equal(l.s, "Liège");
    assert_int_equal(lineedit_cursor_col(&l), 3);
    lineedit_end(&l);
    lineedit_insert(&l, 0x91D1); /* 金: two cells */
    assert_int_equal(lineedit_cursor_col(&l), 7);
    lineedit_backspace(&l); /* a whole character, not a byte */
    assert_string_equal(l.s, "Liège");
    lineedit_home(&l);
    lineedit_delete(&l);
    assert_string_equal(l.s, "iège");
    lineedit_end(&l);
    lineedit_left(&l);
    lineedit_kill(&l);
    assert_string_equal(l.s, "e");
    lineedit_fini(&l);
}


static void line_editor_kill_and_yank(void **state)
{
    struct lineedit l;

    (void)state;
    lineedit_init(&l, "saint raphaël  ");
    lineedit_kill_word(&l); /* the word and the spaces after it */
    assert_string_equal(l.s, "saint ");
    lineedit_yank(&l);
    assert_string_equal(l.s, "saint raphaël  ");
    lineedit_home(&l);
    lineedit_right(&l);
    lineedit_kill_end(&l);
    assert_string_equal(l.s, "s");
    lineedit_home(&l);
    lineedit_yank(&l);
    assert_string_equal(l.s, "aint raphaël  s");
    lineedit_end(&l);
    lineedit_kill(&l);
    assert_string_equal(l.s, "");
    lineedit_set(&l, "x"); /* what was cut outlives a new text */
    lineedit_yank(&l);
    assert_string_equal(l.s, "xaint raphaël  s");
    lineedit_fini(&l);
}

static void line_editor_history(void **state)
{
    struct lineedit l;
    struct lineedit_hist h = { 0 };

    (void)state;
    lineedit_hist_add(&h, "liege", 3);
    lineedit_hist_add(&h, "", 3);      /* not kept */
    lineedit_hist_add(&h, "gent", 3);
    lineedit_hist_add(&h, "gent", 3);  /* nor the same twice */
    assert_int_equal(h.n, 2);
    lineedit_init(&l, "kana");
    assert_int_equal(lineedit_hist_step(&h, &l, 1), -1);
    assert_int_equal(lineedit_hist_step(&h, &l, -1), 0);
    assert_string_equal(l.s, "gent");
    assert_int_equal(lineedit_hist_step(&h, &l, -1), 0);
    assert_string_equal(l.s, "liege");
    assert_int_equal(lineedit_hist_step(&h, &l, -1), -1);
    assert_int_equal(lineedit_hist_step(&h, &l, 1), 0);
    assert_int_equal(lineedit_hist_step(&h, &l, 1), 0);
    assert_string_equal(l.s, "kana"); /* back to the line typed */
    lineedit_hist_add(&h, "a", 3);
    lineedit_hist_add(&h, "b", 3);     /* the oldest goes */
    assert_int_equal(h.n, 3);
    assert_string_equal(h.lines[0], "gent");
    lineedit_fini(&l);
    lineedit_hist_fini(&h);
}

static void several_lines_by_rows(void **state)
{
    const char *s = "abcdef\nxy金z";
    size_t n = 0, row, col;
    char **rows = lineedit_rows(s, 4, &n);

    (void)state;
    assert_int_equal(n, 4);
    assert_string_equal(rows[0], "abcd");
    assert_string_equal(rows[1], "ef");
    assert_string_equal(rows[2], "xy金");
    assert_string_equal(rows[3], "z");
    text_lines_free(rows, n);
    rows = lineedit_rows("a\n", 4, &n);
    assert_int_equal(n, 2); /* the empty line after the last newline */
    text_lines_free(rows, n);
    lineedit_locate(s, 4, 5, &row, &col); /* the f */
    assert_int_equal(row, 1);
    assert_int_equal(col, 1);
    assert_int_equal(lineedit_offset(s, 4, 1, 1), 5);
    assert_int_equal(lineedit_offset(s, 4, 0, 99), 3); /* a full row: on its last character */
    assert_int_equal(lineedit_offset(s, 4, 1, 99), 6); /* before the newline */
    lineedit_locate(s, 4, strlen(s), &row, &col);  /* the z wrapped after 金 */
    assert_int_equal(row, 3);
    assert_int_equal(col, 1);
}

static void titles_are_told_apart(void **state)
{
    const char *others[] = { "Verzusteringsoorkonde Gent – Wiesbaden",
                             "Verzusteringsoorkonde Gent – Kanazawa", NULL,
                             "Samenwerkingsakkoord (MoU) Gent – Burgas" };
    char *s;

    (void)state;
    s = layout_tell_apart("Verzusteringsoorkonde Gent – Saint-Raphaël", others, 4, 22);
    assert_string_equal(s, "Verzust… Saint-Raphaël"); /* a third of the width, then the tail */
    free(s);
    /* fits, or stands out anyway: as it is */
    s = layout_tell_apart("Kort", others, 4, 22);
    assert_string_equal(s, "Kort");
    free(s);
    s = layout_tell_apart("Beleidsverklaring over de mensenrechten", others, 4, 22);
    assert_string_equal(s, "Beleidsverklaring over de mensenrechten");
    free(s);
    /* wide enough to differ by two letters ("… – Sa…", "… – Wi…") is not
     * enough: the word where they part is shown whole */
    s = layout_tell_apart("Verzusteringsoorkonde Gent – Saint-Raphaël", others, 4, 32);
    assert_string_equal(s, "Verzusteri… Saint-Raphaël");
    free(s);
    /* cut after the word where they part: as it is (cut when drawn) */
    s = layout_tell_apart("Verzusteringsoorkonde Gent – Kanazawa en omgeving", others, 4, 40);
    assert_string_equal(s, "Verzusteringsoorkonde Gent – Kanazawa en omgeving");
    free(s);
}

/* _() keeps gettext's answers (i18n_gettext): they follow a change of
 * language, and a message in a buffer whose text changes is asked again. */
static void translations_follow_language_and_text(void **state)
{
    char buf[32];

    (void)state;
    i18n_set("nl");
    assert_string_equal(_("Saved."), "Bewaard.");
    assert_string_equal(_("Saved."), "Bewaard.");
    i18n_set("en");
    assert_string_equal(_("Saved."), "Saved.");
    i18n_set("nl");
    snprintf(buf, sizeof buf, "%s", "Saved.");
    assert_string_equal(_(buf), "Bewaard.");
    snprintf(buf, sizeof buf, "%s", "[ Save ]");
    assert_string_equal(_(buf), "[ Bewaren ]");
    snprintf(buf, sizeof buf, "%s", "no such message");
    assert_string_equal(_(buf), "no such message");
    assert_ptr_equal(_(buf), buf);
    i18n_set("en");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_command_has_a_key_and_help),
        cmocka_unit_test(translations_follow_language_and_text),
        cmocka_unit_test(no_key_is_bound_twice),
        cmocka_unit_test(azerty_pane_keys),
        cmocka_unit_test(hints_from_the_key_tables),
        cmocka_unit_test(pane_help_names_the_kind),
        cmocka_unit_test(no_key_needs_altgr),
        cmocka_unit_test(key_names),
        cmocka_unit_test(list_columns_fill_the_width),
        cmocka_unit_test(list_columns_follow_the_translated_headers),
        cmocka_unit_test(split_between_list_and_preview),
        cmocka_unit_test(line_editor_by_characters),
        cmocka_unit_test(line_editor_kill_and_yank),
        cmocka_unit_test(line_editor_history),
        cmocka_unit_test(several_lines_by_rows),
        cmocka_unit_test(titles_are_told_apart),
    };
    return cmocka_run_group_tests_name("keymap", tests, setup, NULL);
}
