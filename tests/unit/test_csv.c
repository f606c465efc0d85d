/* core/csv.c: csv_field quotes what needs it (RFC 4180), csv_parse reads
 * RFC 4180, and what csv_field writes parses back the same. */

#include "tests/unit/helpers.h"

#include <stdlib.h>
#include <string.h>

#include "core/csv.h"
#include "lib/mem.h"

static void csv_field_quotes_what_needs_it(void **state)
{
    struct buf b = { 0 };

    (void)state;
    csv_field(&b, "plain", ',', 0);
    csv_field(&b, "a,b", ',', 0);
    csv_field(&b, "say \"hi\"", ',', 0);
    csv_field(&b, "two\nlines", ',', 0);
    csv_field(&b, NULL, ',', 0);
    csv_field(&b, "x;y", ';', 1);
    assert_string_equal(b.s, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\"x;y\"\r\n");
    buf_fini(&b);
}

static void csv_parse_reads_rfc4180(void **state)
{
    const char *t = "a,\"b,c\",\"d \"\"e\"\"\"\r\n\"multi\r\nline\",,x\n\nlast,\"\"";
    struct csv c = { 0 };
    struct ird_err e = { 0 };

    (void)state;
    assert_ok(csv_parse(t, strlen(t), &c, &e), &e);
    assert_int_equal(c.sep, ',');
    assert_int_equal(c.nrows, 3);
    assert_int_equal(c.nfields[0], 3);
    assert_string_equal(c.rows[0][1], "b,c");
    assert_string_equal(c.rows[0][2], "d \"e\"");
    assert_int_equal(c.line[1], 2);
    assert_string_equal(c.rows[1][0], "multi\r\nline");
    assert_string_equal(c.rows[1][1], "");
    assert_int_equal(c.line[2], 5); /* the quoted line break and the blank line count */
    assert_string_equal(c.rows[2][0], "last");
    assert_string_equal(c.rows[2][1], "");
    csv_fini(&c);
}

/* Parse text, write every field again with csv_field, parse that: the rows
 * must be the same. */
static void expect_csv_round_trip(const char *text)
{
    struct csv c1 = { 0 }, c2 = { 0 };
    struct ird_err e = { 0 };
    struct buf b = { 0 };
    size_t r, f, len;
    char *written;
    int same;

    assert_ok(csv_parse(text, strlen(text), &c1, &e), &e);
    for (r = 0; r < c1.nrows; r++)
        for (f = 0; f < c1.nfields[r]; f++)
            csv_field(&b, c1.rows[r][f], c1.sep, f + 1 == c1.nfields[r]);
    len = b.len;
    written = test_gc(buf_take(&b));
    if (csv_parse(written, len, &c2, &e) < 0) {
        csv_fini(&c1);
        print_error("csv_field wrote what csv_parse refuses: %s\n", e.msg);
        fail();
    }
    same = c1.sep == c2.sep && c1.nrows == c2.nrows;
    for (r = 0; same && r < c1.nrows; r++) {
        same = c1.nfields[r] == c2.nfields[r];
        for (f = 0; same && f < c1.nfields[r]; f++)
            same = strcmp(c1.rows[r][f], c2.rows[r][f]) == 0;
    }
    if (!same)
        print_error("read with '%c', %zu rows; written by csv_field and read again: '%c', "
                    "%zu rows:\n%s\n",
                    c1.sep, c1.nrows, c2.sep, c2.nrows, written);
    csv_fini(&c1);
    csv_fini(&c2);
    assert_true(same);
}

/* csv_parse guesses the separator from the first line, so csv_field quotes
 * a value holding either one: a ',' in a first-row value of a ';' file
 * (or the reverse) must not tip the guess (found by fuzz_csv). */
static void csv_written_by_csv_field_keeps_its_separator(void **state)
{
    (void)state;
    expect_csv_round_trip("\"Gent, BE\";Kraków\r\n1;2\r\n");
    expect_csv_round_trip("\";\"\r\n3,4\r\n");
    /* a stray quote inside a field is refused (test_import.c) */
}

/* A row of one empty field is written as "", not as an empty line, which
 * csv_parse skips as blank (found by fuzz_csv). */
static void csv_written_by_csv_field_keeps_a_row_of_one_empty_field(void **state)
{
    (void)state;
    expect_csv_round_trip("name\r\n\"\"\r\nGent\r\n");
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(csv_field_quotes_what_needs_it),
        T(csv_parse_reads_rfc4180),
        T(csv_written_by_csv_field_keeps_its_separator),
        T(csv_written_by_csv_field_keeps_a_row_of_one_empty_field),
    };
#undef T

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("csv", tests, test_setup_en, NULL);
}
