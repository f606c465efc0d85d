/* The configuration's settings of the desk: colours by role, the mouse;
 * bad values reported with the file and line, the default kept. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "i18n/i18n.h"

static int setup(void **state)
{
    (void)state;
    i18n_init("en");
    return 0;
}

static void parse(struct config *c, const char *text, char **w)
{
    config_defaults(c);
    config_parse(c, text, strlen(text), "cfg", w);
}

static void colours_by_role(void **state)
{
    struct config c;
    char *w = NULL;

    (void)state;
    parse(&c,
          "color.status.active = green\n"
          "color.bar = white on blue bold\n"
          "color.status.in_force = default on yellow\n",
          &w);
    assert_null(w);
    assert_int_equal(c.ncolors, 3);
    assert_string_equal(c.colors[0].role, "status.active");
    assert_int_equal(c.colors[0].fg, 2);
    assert_int_equal(c.colors[0].bg, CONFIG_COLOR_DEFAULT);
    assert_int_equal(c.colors[0].bold, 0);
    assert_string_equal(c.colors[1].role, "bar");
    assert_int_equal(c.colors[1].fg, 7);
    assert_int_equal(c.colors[1].bg, 4);
    assert_int_equal(c.colors[1].bold, 1);
    assert_int_equal(c.colors[2].fg, CONFIG_COLOR_DEFAULT);
    assert_int_equal(c.colors[2].bg, 3);
    config_fini(&c);
}

static void bad_colours_are_reported(void **state)
{
    struct config c;
    char *w = NULL;

    (void)state;
    parse(&c,
          "color.status.bogus = green\n"
          "color.bar = purple\n"
          "color.tab = on blue\n"
          "color.link = red on\n",
          &w);
    assert_non_null(w);
    assert_non_null(strstr(w, "cfg:1: \"color.status.bogus\" is not a part of the screen"));
    assert_non_null(strstr(w, "cfg:2: \"purple\" is not a colour"));
    assert_non_null(strstr(w, "cfg:3: \"on\" is not a colour"));
    assert_int_equal(c.ncolors, 1); /* "red on": the colour, nothing after it */
    free(w);
    config_fini(&c);
}

static void the_mouse_is_off_unless_asked(void **state)
{
    struct config c;
    char *w = NULL;

    (void)state;
    parse(&c, "", &w);
    assert_int_equal(c.mouse, 0);
    config_fini(&c);
    parse(&c, "mouse = yes\n", &w);
    assert_null(w);
    assert_int_equal(c.mouse, 1);
    config_fini(&c);
    parse(&c, "mouse = maybe\n", &w);
    assert_non_null(w);
    assert_non_null(strstr(w, "cfg:1: mouse must be yes or no; it stays no."));
    assert_int_equal(c.mouse, 0);
    free(w);
    config_fini(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(colours_by_role),
        cmocka_unit_test(bad_colours_are_reported),
        cmocka_unit_test(the_mouse_is_off_unless_asked),
    };
    return cmocka_run_group_tests_name("config", tests, setup, NULL);
}
