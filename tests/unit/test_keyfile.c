/* The keys file: bind and unbind per context, bad lines reported with the
 * file and line while the defaults stay; the names of keys it takes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n/i18n.h"
#include "model/kind.h"
#include "tui/keyfile.h"
#include "tui/keymap.h"

static int setup(void **state)
{
    (void)state;
    i18n_init("en");
    return 0;
}

static int reset(void **state)
{
    (void)state;
    keymap_reset();
    return 0;
}

static void parse(const char *text, char **warnings)
{
    keyfile_parse(text, strlen(text), "/home/u/.config/irdesk/keys", warnings);
}

static void key_names_are_read(void **state)
{
    (void)state;
    assert_int_equal(keymap_parse_key("j"), 'j');
    assert_int_equal(keymap_parse_key("é"), 0xE9);
    assert_int_equal(keymap_parse_key("Ctrl-L"), 12);
    assert_int_equal(keymap_parse_key("ctrl-l"), 12);
    assert_int_equal(keymap_parse_key("Down"), KEY_FN | KEY_DOWN);
    assert_int_equal(keymap_parse_key("PageDown"), KEY_FN | KEY_NPAGE);
    assert_int_equal(keymap_parse_key("F2"), KEY_FN | KEY_F(2));
    assert_int_equal(keymap_parse_key("Space"), ' ');
    assert_int_equal(keymap_parse_key("Esc"), 27);
    assert_int_equal(keymap_parse_key("#"), '#');
    assert_int_equal(keymap_parse_key("zz"), -1);
    assert_int_equal(keymap_parse_key("F13"), -1);
    assert_int_equal(keymap_parse_key("Ctrl-"), -1);
    assert_int_equal(keymap_parse_key(""), -1);
}

static void bind_and_unbind(void **state)
{
    char *w = NULL;
    int arg;

    (void)state;
    parse("# mine\n"
          "bind desk x quit\n"
          "unbind desk q\n"
          "bind desk F2 pane 2   # agreements\n"
          "bind menu J menu-down\n"
          "bind form Enter form-save\n",
          &w);
    assert_null(w);
    assert_int_equal(keymap_lookup(KEYMAP_DESK, 'x', &arg), CMD_QUIT);
    assert_int_equal(keymap_lookup(KEYMAP_DESK, 'q', &arg), CMD_NONE);
    assert_int_equal(keymap_lookup(KEYMAP_DESK, KEY_FN | KEY_F(2), &arg), CMD_PANE);
    assert_int_equal(arg, 1);
    assert_int_equal(keymap_lookup(KEYMAP_MENU, 'J', &arg), CMD_MENU_DOWN);
    /* Enter binds every code a terminal sends for it */
    assert_int_equal(keymap_lookup(KEYMAP_FORM, '\r', &arg), CMD_FORM_SAVE);
    assert_int_equal(keymap_lookup(KEYMAP_FORM, '\n', &arg), CMD_FORM_SAVE);
    /* the other contexts keep theirs */
    assert_int_equal(keymap_lookup(KEYMAP_MENU, 'q', &arg), CMD_MENU_CANCEL);
}

static void the_hints_follow_the_live_keys(void **state)
{
    char *w = NULL, *line;

    (void)state;
    parse("bind desk x quit\nunbind desk q\nbind desk F1 filter\n", &w);
    assert_null(w);
    line = keymap_hint_line(HINTS_LIST, 80, HINT_QUIT_AS_SET);
    assert_non_null(strstr(line, "x:quit"));
    assert_null(strstr(line, "q:quit"));
    free(line);
    line = keymap_keys_text(KEYMAP_DESK, CMD_QUIT);
    assert_string_equal(line, "x");
    free(line);
    /* messages name the keys as bound, from any context */
    line = keymap_fill("%s quits, %s saves the form, 100% %s", KEYMAP_DESK, CMD_QUIT,
                       KEYMAP_FORM, CMD_FORM_SAVE, -1);
    assert_string_equal(line, "x quits, Ctrl-S saves the form, 100% %s"); /* -1 ends them */
    free(line);
    keymap_unbind(KEYMAP_DESK, 'x');
    line = keymap_keys_text(KEYMAP_DESK, CMD_QUIT);
    assert_string_equal(line, "(quit)"); /* unbound: its name, never nothing */
    free(line);
}

static void bad_lines_say_file_and_line_and_change_nothing(void **state)
{
    char *w = NULL;
    int arg;

    (void)state;
    parse("bind desk zz quit\n"
          "bind desk y frobnicate\n"
          "bind galaxy j down\n"
          "bind desk w form-save\n"
          "bind desk x\n"
          "unbind desk Q\n"
          "rebind desk q quit\n"
          "bind desk F3 pane 12\n"
          "bind desk F4 quit 3\n"
          "bind desk q pane\n",
          &w);
    assert_non_null(w);
    assert_non_null(strstr(w, "/home/u/.config/irdesk/keys:1: unknown key \"zz\"; the line is "
                              "ignored.\n"));
    assert_non_null(strstr(w, "keys:2: \"frobnicate\" is not a command of desk"));
    assert_non_null(strstr(w, "keys:3: unknown context \"galaxy\""));
    assert_non_null(strstr(w, "keys:4: \"form-save\" is not a command of desk"));
    assert_non_null(strstr(w, "keys:5: expected \"bind CONTEXT KEY COMMAND\""));
    assert_non_null(strstr(w, "keys:6: the key \"Q\" is not bound in desk"));
    assert_non_null(strstr(w, "keys:7: \"rebind\" is neither bind nor unbind"));
    {
        char pane[64];
        snprintf(pane, sizeof pane, "keys:8: pane needs a number from 1 to %d", kind_count());
        assert_non_null(strstr(w, pane));
    }
    assert_non_null(strstr(w, "keys:9: quit takes no number"));
    assert_non_null(strstr(w, "keys:10: pane needs a number"));
    free(w);
    /* the defaults stand */
    assert_int_equal(keymap_lookup(KEYMAP_DESK, 'q', &arg), CMD_QUIT);
    assert_int_equal(keymap_lookup(KEYMAP_DESK, 'y', &arg), CMD_NONE);
    assert_int_equal(keymap_lookup(KEYMAP_DESK, 'w', &arg), CMD_SAVE);
    assert_int_equal(keymap_lookup(KEYMAP_DESK, KEY_FN | KEY_F(3), &arg), CMD_NONE);
}

static void a_missing_file_is_no_error(void **state)
{
    static char sentinel[] = "x";
    char *w = sentinel;

    (void)state;
    keyfile_load("/nonexistent/irdesk/keys", &w);
    assert_null(w);
    keyfile_load("/", &w); /* a directory: said */
    assert_non_null(w);
    assert_non_null(strstr(w, "not a regular file"));
    free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(key_names_are_read, reset),
        cmocka_unit_test_teardown(bind_and_unbind, reset),
        cmocka_unit_test_teardown(the_hints_follow_the_live_keys, reset),
        cmocka_unit_test_teardown(bad_lines_say_file_and_line_and_change_nothing, reset),
        cmocka_unit_test_teardown(a_missing_file_is_no_error, reset),
    };
    return cmocka_run_group_tests_name("keyfile", tests, setup, NULL);
}
