/* The export side of the exchange with spreadsheets and programs: cells a
 * spreadsheet would run as a formula carry a leading apostrophe (text fields
 * only), csv_unescape_formula gives every value back exactly, and the JSON
 * export types each value from its field, so that a crafted value stored in
 * the database never adds a key. */

#include "tests/unit/helpers.h"

#include <stdlib.h>
#include <string.h>

#include "core/csv.h"
#include "core/exchange.h"
#include "lib/mem.h"
#include "model/kind.h"
#include "model/side.h"
#include "model/kinds.h"
#include "model/record.h"

static struct app *app_of(void **state)
{
    return ((struct fx *)*state)->a;
}

static const char *db_of(void **state)
{
    return ((struct fx *)*state)->db;
}

/* ---- a kind with one field of each type ----------------------------------- */

enum probe_field { P_TEXT, P_LONG, P_INT, P_YEAR, P_DATE, P_ENUM, P_BOOL, P_REF, P_NFIELDS };

static const struct choice probe_statuses[] = { { .code = "open", .label = "Open" }, { NULL } };
static const struct transition probe_moves[] = { { NULL, NULL } };
static const struct choice probe_modes[] = { { .code = "in", .label = "In" }, { NULL } };
static const struct choice probe_bools[] = {
    { .code = "1", .label = "Yes" }, { .code = "0", .label = "No" }, { NULL },
};

static const struct field probe_fields[P_NFIELDS] = {
    [P_TEXT] = { .name = "text", .label = "Text", .type = FT_TEXT, .max = 100, .alt = NO_FIELD,
                 .not_before = NO_FIELD },
    [P_LONG] = { .name = "long", .label = "Long", .type = FT_LONG, .max = 1000, .alt = NO_FIELD,
                 .not_before = NO_FIELD },
    [P_INT] = { .name = "int", .label = "Int", .type = FT_INT, .min = -100, .max = 100,
                .alt = NO_FIELD, .not_before = NO_FIELD },
    [P_YEAR] = { .name = "year", .label = "Year", .type = FT_YEAR, .min = 1000, .max = 9999,
                 .alt = NO_FIELD, .not_before = NO_FIELD },
    [P_DATE] = { .name = "date", .label = "Date", .type = FT_DATE, .alt = NO_FIELD,
                 .not_before = NO_FIELD },
    [P_ENUM] = { .name = "mode", .label = "Mode", .type = FT_ENUM, .choices = probe_modes,
                 .alt = NO_FIELD, .not_before = NO_FIELD },
    [P_BOOL] = { .name = "flag", .label = "Flag", .type = FT_BOOL, .choices = probe_bools,
                 .alt = NO_FIELD, .not_before = NO_FIELD },
    [P_REF] = { .name = "city_id", .label = "City", .type = FT_REF, .ref = KIND_CITY,
                .alt = NO_FIELD, .not_before = NO_FIELD },
};

static const struct kind probe = {
    .id = KIND_COUNT, .code = "probe", .table = "probe", .label = "Probe", .plural = "Probes",
    .fields = probe_fields, .nfields = P_NFIELDS, .statuses = probe_statuses,
    .initial = "open", .moves = probe_moves, .title = P_TEXT, .alias = NO_FIELD,
};

/* A probe record with every field set to v (the caller frees). */
static struct record *probe_all(const char *v)
{
    struct record *r = record_new(&probe);
    int f;

    r->id = 3;
    r->version = 2;
    record_set_status(r, "open");
    for (f = 0; f < P_NFIELDS; f++)
        record_set(r, f, v);
    return r;
}

/* The CSV row of r without the CRLF, parsed back: field f of it. */
static char *row_cell(const struct record *r, int f)
{
    struct buf b = { 0 };
    struct csv c = { 0 };
    struct ird_err e = { 0 };
    char *cell;

    exchange_csv_row(&b, r, ';');
    assert_ok(csv_parse(b.s, b.len, &c, &e), &e);
    buf_fini(&b);
    assert_int_equal(c.nrows, 1);
    assert_int_equal(c.nfields[0], 4 + P_NFIELDS);
    cell = xstrdup(c.rows[0][4 + f]);
    csv_fini(&c);
    return test_gc(cell);
}

/* ---- csv_formula_like, the guard and csv_unescape_formula ------------------- */

static void formula_like_texts_are_the_ones_a_spreadsheet_runs(void **state)
{
    static const char *const like[] = { "=1+2", "+31 9 123 45 67", "-", "-x", "@SUM(A1)",
                                        "\t=1", "\r=1", "'=1", "''+2", "=cmd|' /C calc'!A0" };
    static const char *const plain[] = { "", "'s-Hertogenbosch", "'", "''", "Gent", "1+2",
                                         " =1", "'t Zand", "a=b", "\xe2\x88\x92" "5" };
    size_t i;

    (void)state;
    assert_false(csv_formula_like(NULL));
    for (i = 0; i < sizeof like / sizeof like[0]; i++)
        if (!csv_formula_like(like[i]))
            fail_msg("\"%s\" begins like a formula", like[i]);
    for (i = 0; i < sizeof plain / sizeof plain[0]; i++)
        if (csv_formula_like(plain[i]))
            fail_msg("\"%s\" does not begin like a formula", plain[i]);
}

static void the_guard_writes_one_apostrophe_and_unescape_takes_it_away(void **state)
{
    static const struct { const char *v, *cell; } cases[] = {
        { "=1+2", "'=1+2;" },
        { "+31 9 123", "'+31 9 123;" },
        { "-", "'-;" },
        { "@x", "'@x;" },
        { "'=x", "''=x;" },            /* an apostrophe of its own before a formula */
        { "''-x", "'''-x;" },
        { "'s-Hertogenbosch", "'s-Hertogenbosch;" }, /* keeps its own, gets none */
        { "=a;b", "\"'=a;b\";" },      /* quoted around the apostrophe */
        { "=say \"hi\"", "\"'=say \"\"hi\"\"\";" },
        { "\r=x", "\"'\r=x\";" },
        { "Gent", "Gent;" },
        { "", ";" },
    };
    size_t i;

    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct buf b = { 0 };
        struct csv c = { 0 };
        struct ird_err e = { 0 };

        csv_cell(&b, cases[i].v, ';', CSV_GUARD);
        buf_add(&b, "");
        assert_string_equal(b.s, cases[i].cell);
        /* read back and unescaped: the value exactly */
        assert_ok(csv_parse(b.s, b.len, &c, &e), &e);
        assert_string_equal(csv_unescape_formula(c.rows[0][0]), cases[i].v);
        csv_fini(&c);
        buf_fini(&b);
    }
    /* without the guard (csv_field) the value is written as it is */
    {
        struct buf b = { 0 };
        csv_field(&b, "=1+2", ',', 1);
        assert_string_equal(b.s, "=1+2\r\n");
        buf_fini(&b);
    }
}

static void unescape_leaves_what_the_guard_never_writes(void **state)
{
    (void)state;
    assert_null(csv_unescape_formula(NULL));
    assert_string_equal(csv_unescape_formula("'s-Hertogenbosch"), "'s-Hertogenbosch");
    assert_string_equal(csv_unescape_formula("'"), "'");
    assert_string_equal(csv_unescape_formula("''"), "''");
    assert_string_equal(csv_unescape_formula("=1+2"), "=1+2"); /* a spreadsheet's own save */
    assert_string_equal(csv_unescape_formula("'=1+2"), "=1+2");
    assert_string_equal(csv_unescape_formula("''=1"), "'=1");
    assert_string_equal(csv_unescape_formula("'\t"), "\t");
    assert_string_equal(csv_unescape_formula(" '=1"), " '=1");
}

/* ---- the field's type decides ------------------------------------------------ */

static void only_text_fields_are_guarded(void **state)
{
    struct record *r = probe_all("-5");

    (void)state;
    assert_string_equal(row_cell(r, P_TEXT), "'-5");
    assert_string_equal(row_cell(r, P_LONG), "'-5");
    assert_string_equal(row_cell(r, P_INT), "-5"); /* a number: written as such */
    record_free(&r);

    r = probe_all("+31 9 123");
    assert_string_equal(row_cell(r, P_TEXT), "'+31 9 123");
    /* not a value of its field: text in disguise, guarded as text is */
    assert_string_equal(row_cell(r, P_INT), "'+31 9 123");
    assert_string_equal(row_cell(r, P_YEAR), "'+31 9 123");
    assert_string_equal(row_cell(r, P_DATE), "'+31 9 123");
    assert_string_equal(row_cell(r, P_ENUM), "'+31 9 123");
    assert_string_equal(row_cell(r, P_BOOL), "'+31 9 123");
    assert_string_equal(row_cell(r, P_REF), "'+31 9 123");
    record_free(&r);

    r = probe_all("2018-06-04");
    assert_string_equal(row_cell(r, P_DATE), "2018-06-04");
    record_free(&r);
}

static void the_status_column_is_guarded_too(void **state)
{
    struct record *r = probe_all("x");
    struct buf b = { 0 };

    (void)state;
    record_set_status(r, "=HYPERLINK(\"http://x\")");
    exchange_csv_row(&b, r, ',');
    buf_add(&b, "");
    assert_contains(b.s, "3,2,\"'=HYPERLINK(\"\"http://x\"\")\",0,x,");
    buf_fini(&b);
    record_free(&r);
}

/* ---- exports of the database ---------------------------------------------- */

static char *export_of(struct app *a, int kind, enum export_format fmt, int excel_be)
{
    struct export_opts o = { kind, fmt, excel_be, 0, 0 };
    struct ird_err e = { 0 };
    char *out = NULL;
    size_t n = 0, lost = 0;

    assert_ok(exchange_export(a, &o, &out, &n, &lost, &e), &e);
    return test_gc(out);
}

/* Field name of city row id in a parsed CSV, or NULL. */
static const char *csv_value_of(const struct csv *c, long id, const char *name)
{
    size_t r, f;

    for (f = 0; f < c->nfields[0]; f++)
        if (strcmp(c->rows[0][f], name) == 0)
            break;
    for (r = 1; r < c->nrows && f < c->nfields[0]; r++)
        if (atol(c->rows[r][0]) == id)
            return c->rows[r][f];
    return NULL;
}

/* Field of city id set to v in the database, behind irdesk's back. */
static void set_city(void **state, long id, const char *field, const char *v)
{
    struct buf b = { 0 };

    buf_printf(&b, "UPDATE city SET %s = '", field);
    for (; *v != '\0'; v++) {
        if (*v == '\'')
            buf_add(&b, "'");
        buf_addn(&b, v, 1);
    }
    buf_printf(&b, "' WHERE id = %ld", id);
    test_sql_exec(db_of(state), b.s);
    buf_fini(&b);
}

static void hostile_texts_leave_the_export_guarded_and_come_back_exactly(void **state)
{
    static const struct { long id; const char *field, *v, *cell; } cases[] = {
        { 1, "name_nl", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0" },
        { 2, "notes", "+31 9 123 45 67", "'+31 9 123 45 67" },
        { 3, "decision", "-", "'-" },
        { 4, "name_en", "@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0" },
        { 5, "name_en", "'s-Hertogenbosch", "'s-Hertogenbosch" },
        { 6, "notes", "\t=1+2", "'\t=1+2" },
        { 7, "name_native", "'=already", "''=already" },
    };
    struct app *a = app_of(state);
    int excel;
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
        set_city(state, cases[i].id, cases[i].field, cases[i].v);
    for (excel = 0; excel <= 1; excel++) {
        char *text = export_of(a, KIND_CITY, EXPORT_CSV, excel);
        struct csv c = { 0 };
        struct ird_err e = { 0 };
        size_t n = strlen(text);

        assert_ok(csv_parse(text, n, &c, &e), &e);
        assert_int_equal(c.sep, excel ? ';' : ',');
        for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            const char *cell = csv_value_of(&c, cases[i].id, cases[i].field);
            assert_non_null(cell);
            assert_string_equal(cell, cases[i].cell);
            assert_string_equal(csv_unescape_formula(cell), cases[i].v);
        }
        /* numbers are numbers: the years of the seed are not guarded */
        assert_string_equal(csv_value_of(&c, 1, "since"), "1958");
        csv_fini(&c);
    }
}

/* ---- JSON: a strict reader that counts each record's keys -------------------- */

struct jr {
    const char *s;
    size_t i;
    size_t records;     /* objects at depth 2: the records */
    size_t keys_wanted; /* keys each record must have */
    size_t bad;         /* records with another count or a repeated key */
};

static void jr_ws(struct jr *p)
{
    while (p->s[p->i] == ' ' || p->s[p->i] == '\n' || p->s[p->i] == '\t' || p->s[p->i] == '\r')
        p->i++;
}

static int jr_value(struct jr *p, int depth);

/* A string: its text between the quotes (escapes kept) to *out when not NULL. */
static int jr_string(struct jr *p, struct buf *out)
{
    size_t start;

    if (p->s[p->i] != '"')
        return -1;
    start = ++p->i;
    for (;;) {
        unsigned char c = (unsigned char)p->s[p->i];
        if (c == '"')
            break;
        if (c < 0x20)
            return -1;
        if (c == '\\') {
            p->i++;
            if (p->s[p->i] == 'u') {
                int k;
                for (k = 1; k <= 4; k++)
                    if (strchr("0123456789abcdefABCDEF", p->s[p->i + k]) == NULL ||
                        p->s[p->i + k] == '\0')
                        return -1;
                p->i += 4;
            } else if (p->s[p->i] == '\0' || strchr("\"\\/bfnrt", p->s[p->i]) == NULL) {
                return -1;
            }
        }
        p->i++;
    }
    if (out != NULL)
        buf_addn(out, p->s + start, p->i - start);
    p->i++;
    return 0;
}

static int jr_number(struct jr *p)
{
    size_t start = p->i;

    if (p->s[p->i] == '-')
        p->i++;
    if (p->s[p->i] == '0')
        p->i++;
    else if (p->s[p->i] >= '1' && p->s[p->i] <= '9')
        while (p->s[p->i] >= '0' && p->s[p->i] <= '9')
            p->i++;
    else
        return -1;
    return p->i > start ? 0 : -1;
}

static int jr_object(struct jr *p, int depth)
{
    char *keys[64];
    size_t n = 0, k;
    int rc = -1, repeated = 0;

    p->i++;
    jr_ws(p);
    while (p->s[p->i] != '}') {
        struct buf key = { 0 };
        if (n > 0) {
            if (p->s[p->i] != ',')
                goto out;
            p->i++;
            jr_ws(p);
        }
        buf_add(&key, "");
        if (jr_string(p, &key) < 0 || n == 64) {
            buf_fini(&key);
            goto out;
        }
        keys[n] = buf_take(&key);
        for (k = 0; k < n; k++)
            repeated |= strcmp(keys[k], keys[n]) == 0;
        n++;
        jr_ws(p);
        if (p->s[p->i] != ':')
            goto out;
        p->i++;
        jr_ws(p);
        if (jr_value(p, depth + 1) < 0)
            goto out;
        jr_ws(p);
    }
    p->i++;
    if (depth == 2) {
        p->records++;
        p->bad += repeated || n != p->keys_wanted;
    }
    rc = 0;
out:
    for (k = 0; k < n; k++)
        free(keys[k]);
    return rc;
}

static int jr_array(struct jr *p, int depth)
{
    int first = 1;

    p->i++;
    jr_ws(p);
    while (p->s[p->i] != ']') {
        if (!first) {
            if (p->s[p->i] != ',')
                return -1;
            p->i++;
            jr_ws(p);
        }
        if (jr_value(p, depth + 1) < 0)
            return -1;
        jr_ws(p);
        first = 0;
    }
    p->i++;
    return 0;
}

static int jr_value(struct jr *p, int depth)
{
    static const char *const words[] = { "true", "false", "null" };
    size_t w;

    switch (p->s[p->i]) {
    case '{':
        return jr_object(p, depth);
    case '[':
        return jr_array(p, depth);
    case '"':
        return jr_string(p, NULL);
    default:
        break;
    }
    for (w = 0; w < 3; w++)
        if (strncmp(p->s + p->i, words[w], strlen(words[w])) == 0) {
            p->i += strlen(words[w]);
            return 0;
        }
    return jr_number(p);
}

/* 1 when s is one JSON value and every record (depth 2: top object, kind
 * array, record) has exactly keys keys, none twice. */
static int json_records_ok(const char *s, size_t keys, size_t *records)
{
    struct jr p = { s, 0, 0, keys, 0 };

    jr_ws(&p);
    if (jr_value(&p, 0) < 0)
        return 0;
    jr_ws(&p);
    *records = p.records;
    return p.s[p.i] == '\0' && p.bad == 0;
}

static void the_json_reader_catches_an_added_key(void **state)
{
    size_t n = 0;

    (void)state;
    assert_true(json_records_ok("{\"c\": [{\"a\": 1, \"b\": \"x\"}]}", 2, &n));
    assert_int_equal(n, 1);
    assert_false(json_records_ok("{\"c\": [{\"a\": 1, \"admin\": true, \"b\": \"x\"}]}", 2, &n));
    assert_false(json_records_ok("{\"c\": [{\"a\": 1, \"a\": 2}]}", 2, &n));
    assert_false(json_records_ok("{\"c\": [{\"a\": 1, \"b\": 1,}]}", 2, &n));
    assert_false(json_records_ok("{\"c\": [{\"a\": 01, \"b\": 1}]}", 2, &n));
    assert_false(json_records_ok("{\"c\": [{\"a\": \"\x01\", \"b\": 1}]}", 2, &n));
}

/* The JSON of a probe record whose field f holds v[f] (NULL: empty); kept
 * until teardown. */
static char *probe_json(const char *const v[P_NFIELDS])
{
    struct record *r = probe_all(NULL);
    struct buf b = { 0 };
    int f;

    for (f = 0; f < P_NFIELDS; f++)
        record_set(r, f, v[f]);
    exchange_json_fields(&b, r);
    buf_add(&b, "");
    record_free(&r);
    return test_gc(buf_take(&b));
}

static void json_values_are_typed_from_their_field(void **state)
{
    static const char *const crafted[P_NFIELDS] = {
        [P_INT] = "1, \"admin\": true", [P_YEAR] = "1, \"admin\": true",
        [P_BOOL] = "1, \"admin\": true", [P_REF] = "1, \"admin\": true",
    };
    /* valid values in their own JSON form, whole numbers in their one form */
    static const char *const valid[P_NFIELDS] = {
        [P_INT] = "-7", [P_YEAR] = "01971", [P_BOOL] = "1", [P_REF] = "12",
        [P_TEXT] = "1971", [P_DATE] = "",
    };
    /* numbers out of their field's range, or not whole, are strings */
    static const char *const invalid[P_NFIELDS] = {
        [P_INT] = "1e5", [P_YEAR] = "999", [P_BOOL] = "yes", [P_REF] = "0",
    };
    char *j = probe_json(crafted);

    (void)state;
    assert_contains(j, "\"int\": \"1, \\\"admin\\\": true\"");
    assert_contains(j, "\"year\": \"1, \\\"admin\\\": true\"");
    assert_contains(j, "\"flag\": \"1, \\\"admin\\\": true\"");
    assert_contains(j, "\"city_id\": \"1, \\\"admin\\\": true\"");
    assert_not_contains(j, "\"admin\": true");
    assert_string_equal(probe_json(valid),
                        "    {\"id\": 3, \"version\": 2, \"status\": \"open\", \"archived\": "
                        "false, \"text\": \"1971\", \"long\": null, \"int\": -7, \"year\": "
                        "1971, \"date\": null, \"mode\": null, \"flag\": true, "
                        "\"city_id\": 12");
    j = probe_json(invalid);
    assert_contains(j, "\"int\": \"1e5\", \"year\": \"999\"");
    assert_contains(j, "\"flag\": \"yes\", \"city_id\": \"0\"");
}

/* The keys of a record of kind k in the JSON export without history: id,
 * version, status, archived, the fields, links, and the rows beside it. */
static size_t json_keys_of(const struct kind *k)
{
    size_t n = 5 + (size_t)k->nfields;
    int s;

    for (s = 0; s < SIDE_COUNT; s++)
        n += side_of_kind(side_get((enum side_id)s), (int)k->id, 0) != 0;
    return n;
}

static void crafted_values_in_the_database_add_no_json_key(void **state)
{
    struct app *a = app_of(state);
    const struct kind *city = kind_get(KIND_CITY), *agr = kind_get(KIND_AGREEMENT);
    size_t n = 0;
    char *j;

    /* stored behind irdesk's back, past the schema's own checks */
    test_sql_exec(db_of(state),
                  "PRAGMA ignore_check_constraints = ON;"
                  "UPDATE city SET since = '1, \"admin\": true' WHERE id = 1;"
                  "UPDATE city SET since = '1958}, {\"id\": 99' WHERE id = 2;"
                  "UPDATE city SET notes = '\", \"admin\": true, \"x\": \"' WHERE id = 3;"
                  "UPDATE city SET name_en = 'esc ' || char(27) || '[31m' WHERE id = 4;"
                  "UPDATE agreement SET city_id = '3, \"admin\": true' WHERE id = 1;"
                  "UPDATE agreement SET human_rights = 'true, \"admin\": 1' WHERE id = 2;");
    j = export_of(a, KIND_CITY, EXPORT_JSON, 0);
    assert_true(json_records_ok(j, json_keys_of(city), &n));
    assert_int_equal(n, 12);
    assert_contains(j, "\"since\": \"1, \\\"admin\\\": true\"");
    assert_contains(j, "\"since\": \"1958}, {\\\"id\\\": 99\"");
    assert_contains(j, "\"name_en\": \"esc \\u001b[31m\"");
    assert_contains(j, "\"since\": 1971"); /* untouched ones stay numbers */

    j = export_of(a, KIND_AGREEMENT, EXPORT_JSON, 0);
    assert_true(json_records_ok(j, json_keys_of(agr), &n));
    assert_true(n > 2);
    assert_contains(j, "\"city_id\": \"3, \\\"admin\\\": true\"");
    assert_contains(j, "\"human_rights\": \"true, \\\"admin\\\": 1\"");
    assert_contains(j, "\"city_id\": 2");
}

static int gc_teardown(void **state)
{
    (void)state;
    test_gc_free();
    return 0;
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
#define U(f) cmocka_unit_test_teardown(f, gc_teardown)
    const struct CMUnitTest tests[] = {
        U(formula_like_texts_are_the_ones_a_spreadsheet_runs),
        U(the_guard_writes_one_apostrophe_and_unescape_takes_it_away),
        U(unescape_leaves_what_the_guard_never_writes),
        U(only_text_fields_are_guarded),
        U(the_status_column_is_guarded_too),
        T(hostile_texts_leave_the_export_guarded_and_come_back_exactly),
        U(the_json_reader_catches_an_added_key),
        U(json_values_are_typed_from_their_field),
        T(crafted_values_in_the_database_add_no_json_key),
    };
#undef T
#undef U

    test_filter_args(argc, argv);
    return cmocka_run_group_tests(tests, test_setup_en, test_teardown_en);
}
