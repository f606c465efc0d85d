/* core/exchange.c, core/csv.c and the backup, restore and check of
 * db/store.c: exports that import back unchanged (RFC 4180, Excel-BE in
 * CP1252, JSON), imports that are all or nothing with each bad row named,
 * hostile files (invalid UTF-8, NUL bytes, overlong fields), backups and
 * restores that refuse what they cannot use, the automatic backup before a
 * migration, the checks, and a full disk. */

#include "tests/unit/helpers.h"

#include <fcntl.h>
#include <stdarg.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/app.h"
#include "core/backup.h"
#include "core/csv.h"
#include "core/desk.h"
#include "core/exchange.h"
#include "core/import.h"
#include "model/kind.h"
#include "lib/mem.h"
#include "model/record.h"
#include "db/migrate.h"
#include "db/store.h"
#include "i18n/i18n.h"

/* ---- small tools ------------------------------------------------------------ */

static struct fx *fx_of(void **state)
{
    return *state;
}

static struct app *app_of(void **state)
{
    return ((struct fx *)*state)->a;
}

static void copy_file(const char *from, const char *to)
{
    size_t len = 0;
    char *data = test_read_file(from, &len);

    assert_non_null(data);
    test_write_file(to, data, len);
    free(data);
}

/* Like memmem: 1 when the n bytes of needle occur in the len bytes of hay. */
static int has_bytes(const char *hay, size_t len, const char *needle, size_t n)
{
    size_t i;

    for (i = 0; n <= len && i <= len - n; i++)
        if (memcmp(hay + i, needle, n) == 0)
            return 1;
    return 0;
}

static struct record *get(struct app *a, enum kind_id k, int64_t id)
{
    struct record *r = NULL;
    struct ird_err e = { 0 };

    assert_ok(desk_get(a, k, id, &r, &e), &e);
    return r;
}

static void set(struct record *r, const char *field, const char *v)
{
    int i = kind_field(r->kind, field);

    assert_true(i >= 0);
    record_set(r, i, v);
}

/* Save one field of a record through the desk. */
static void save_field(struct app *a, enum kind_id k, int64_t id, const char *field,
                       const char *v)
{
    struct record *r = get(a, k, id);
    struct ird_err e = { 0 };
    int bad = -1, rc;

    set(r, field, v);
    rc = desk_save(a, r, &bad, &e);
    record_free(&r);
    assert_ok(rc, &e);
}

static char *repeat(const char *s, size_t times)
{
    struct buf b = { 0 };
    size_t i;

    buf_add(&b, "");
    for (i = 0; i < times; i++)
        buf_add(&b, s);
    return buf_take(&b);
}

/* An export (kept until teardown); its length in *len. */
static char *export_of(struct app *a, int kind, enum export_format fmt, int excel_be,
                       int history, size_t *len, size_t *lost)
{
    struct export_opts o = { kind, fmt, excel_be, history };
    struct ird_err e = { 0 };
    char *out = NULL;
    size_t n = 0, l = 0;

    assert_ok(exchange_export(a, &o, &out, &n, &l, &e), &e);
    assert_non_null(out);
    test_gc(out);
    if (len != NULL)
        *len = n;
    if (lost != NULL)
        *lost = l;
    return out;
}

/* The refused rows' lines, one a line. */
static void collect_problems(void *ctx, enum import_say what, const char *line)
{
    if (what == IMPORT_PROBLEM) {
        buf_add(ctx, line);
        buf_add(ctx, "\n");
    }
}

/* Import; the report of refused rows (NULL when none; may be NULL) is kept
 * until teardown. */
static int import(struct app *a, enum kind_id k, const char *data, size_t len,
                  const char *encoding, int dry_run, struct import_result *res, char **report,
                  struct ird_err *e)
{
    struct buf rep = { 0 };
    struct import_opts o = { k, encoding, dry_run, 0, 0, collect_problems, &rep };
    int rc = import_text(a, data, len, &o, res, e);
    char *text = rep.s != NULL ? test_gc(buf_take(&rep)) : NULL;

    if (report != NULL)
        *report = text;
    return rc;
}

static int import_str(struct app *a, enum kind_id k, const char *csv, int dry_run,
                      struct import_result *res, char **report, struct ird_err *e)
{
    return import(a, k, csv, strlen(csv), NULL, dry_run, res, report, e);
}

/* What a kind holds, in brief: its records (archived too), their versions
 * and history lines, and every field value, to see that nothing changed. */
struct snapshot {
    long count;
    long history;
    char *text;  /* every record's version, status, archive flag and fields */
};

static void take(struct app *a, enum kind_id k, struct snapshot *s)
{
    struct query q = { k, NULL, NULL, -1, 0, 1 };
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    struct buf b = { 0 };
    size_t n = 0, i;
    int f;

    assert_ok(desk_count(a, &q, &s->count, &e), &e);
    assert_ok(desk_list(a, &q, 0, -1, &rs, &n, &e), &e);
    assert_int_equal((long)n, s->count);
    s->history = 0;
    buf_add(&b, "");
    for (i = 0; i < n; i++) {
        s->history += test_history_count(a, k, rs[i]->id);
        buf_printf(&b, "%lld v%lld %s %d", (long long)rs[i]->id, (long long)rs[i]->version,
                   rs[i]->status, rs[i]->archived);
        for (f = 0; f < kind_get(k)->nfields; f++)
            buf_printf(&b, "|%s", rs[i]->val[f] ? rs[i]->val[f] : "<NULL>");
        buf_add(&b, "\n");
    }
    record_list_free(rs, n);
    s->text = test_gc(buf_take(&b));
}

static void expect_same(struct app *a, enum kind_id k, const struct snapshot *before)
{
    struct snapshot now;

    take(a, k, &now);
    assert_int_equal(now.count, before->count);
    assert_int_equal(now.history, before->history);
    assert_string_equal(now.text, before->text);
}

static void take_all(struct app *a, struct snapshot s[KIND_COUNT])
{
    int k;

    for (k = 0; k < KIND_COUNT; k++)
        take(a, (enum kind_id)k, &s[k]);
}

static void expect_all_same(struct app *a, const struct snapshot s[KIND_COUNT])
{
    int k;

    for (k = 0; k < KIND_COUNT; k++)
        expect_same(a, (enum kind_id)k, &s[k]);
}

static void expect_check_clean(struct app *a)
{
    struct ird_err e = { 0 };
    char *report = NULL;
    int n = desk_check(a, &report, &e);

    test_gc(report);
    if (n != 0)
        print_error("check: %d\n%s\n%s\n", n, report ? report : "", e.msg);
    assert_int_equal(n, 0);
    assert_null(report);
}

/* The newest history line of a record; caller frees with hist_list_free. */
static struct hist *last_hist(struct app *a, enum kind_id k, int64_t id)
{
    struct hist *h = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;

    assert_ok(desk_history(a, k, id, 0, 1, &h, &n, &e), &e);
    assert_int_equal(n, 1);
    return h;
}

/* ---- a small JSON checker (RFC 8259 grammar, no semantics) -------------------- */

static const char *json_ws(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return p;
}

static const char *json_val(const char *p, int depth);

static const char *json_str(const char *p)
{
    if (*p++ != '"')
        return NULL;
    while (*p != '"') {
        if ((unsigned char)*p < 0x20)
            return NULL;
        if (*p == '\\') {
            p++;
            if (*p == 'u') {
                int i;
                for (i = 1; i <= 4; i++)
                    if (strchr("0123456789abcdefABCDEF", p[i]) == NULL || p[i] == '\0')
                        return NULL;
                p += 4;
            } else if (strchr("\"\\/bfnrt", *p) == NULL || *p == '\0') {
                return NULL;
            }
        }
        p++;
    }
    return p + 1;
}

static const char *json_num(const char *p)
{
    const char *s = p;

    if (*p == '-')
        p++;
    if (*p == '0')
        p++;
    else if (*p >= '1' && *p <= '9')
        while (*p >= '0' && *p <= '9')
            p++;
    else
        return NULL;
    if (*p == '.') {
        p++;
        if (!(*p >= '0' && *p <= '9'))
            return NULL;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    return p > s ? p : NULL;
}

static const char *json_seq(const char *p, char close, int object, int depth)
{
    p = json_ws(p + 1);
    if (*p == close)
        return p + 1;
    for (;;) {
        if (object) {
            p = json_str(json_ws(p));
            if (p == NULL)
                return NULL;
            p = json_ws(p);
            if (*p++ != ':')
                return NULL;
        }
        p = json_val(p, depth + 1);
        if (p == NULL)
            return NULL;
        p = json_ws(p);
        if (*p == close)
            return p + 1;
        if (*p++ != ',')
            return NULL;
    }
}

static const char *json_val(const char *p, int depth)
{
    if (depth > 64)
        return NULL;
    p = json_ws(p);
    if (*p == '{')
        return json_seq(p, '}', 1, depth);
    if (*p == '[')
        return json_seq(p, ']', 0, depth);
    if (*p == '"')
        return json_str(p);
    if (strncmp(p, "true", 4) == 0)
        return p + 4;
    if (strncmp(p, "false", 5) == 0)
        return p + 5;
    if (strncmp(p, "null", 4) == 0)
        return p + 4;
    return json_num(p);
}

static int json_valid(const char *s)
{
    const char *end = json_val(s, 0);

    return end != NULL && *json_ws(end) == '\0';
}

/* ---- export, then import: nothing changes ----------------------------------- */

static void round_trip(void **state, int excel_be)
{
    struct app *a = app_of(state);
    struct snapshot before[KIND_COUNT];
    int k;

    take_all(a, before);
    for (k = 0; k < KIND_COUNT; k++) {
        struct import_result res;
        struct ird_err e = { 0 };
        char *report = NULL;
        size_t len = 0;
        char *csv = export_of(a, k, EXPORT_CSV, excel_be, 0, &len, NULL);
        int rc = import(a, (enum kind_id)k, csv, len, excel_be ? "CP1252" : NULL, 0, &res,
                        &report, &e);

        if (rc != 0)
            print_error("%s: %s\n%s\n", kind_get((enum kind_id)k)->code, e.msg,
                        report ? report : "");
        assert_ok(rc, &e);
        assert_null(report);
        assert_true(before[k].count > 0);
        assert_int_equal(res.unchanged, before[k].count);
        assert_int_equal(res.created, 0);
        assert_int_equal(res.updated, 0);
    }
    expect_all_same(a, before);
    expect_check_clean(a);
}

static void csv_export_of_each_kind_imports_back_unchanged(void **state)
{
    round_trip(state, 0);
}

static void excel_be_export_of_each_kind_imports_back_unchanged(void **state)
{
    struct app *a = app_of(state);
    size_t lost = 0;

    /* city 9's Gdańsk has no ń in CP1252: the export cannot hold it ... */
    assert_string_equal(test_value(a, KIND_CITY, 9, "name_native"), "Gdańsk");
    export_of(a, KIND_CITY, EXPORT_CSV, 1, 0, NULL, &lost);
    assert_true(lost > 0);
    /* ... yet importing the export back changes nothing, ń included */
    round_trip(state, 1);
    assert_string_equal(test_value(a, KIND_CITY, 9, "name_native"), "Gdańsk");
    assert_string_equal(test_value(a, KIND_CITY, 3, "name_native"), "金沢市");
}

static void excel_be_bytes_are_semicolons_crlf_and_cp1252(void **state)
{
    struct app *a = app_of(state);
    size_t len = 0, i;
    char *csv = export_of(a, KIND_CITY, EXPORT_CSV, 1, 0, &len, NULL);
    const char *head = "id;version;status;archived;name_nl;name_en;";

    assert_memory_equal(csv, head, strlen(head));
    assert_true(has_bytes(csv, len, "notes\r\n1;", 9));
    /* Liège: è is the one byte 0xE8; no UTF-8 anywhere */
    assert_true(has_bytes(csv, len, "Li\xE8ge", 5));
    assert_true(has_bytes(csv, len, "Saint-Rapha\xEBl", 13));
    assert_false(has_bytes(csv, len, "\xC3\xA8", 2));
    assert_false(has_bytes(csv, len, "\xC5\x84", 2)); /* the ń of Gdańsk */
    /* every line ends with CRLF (no seeded value holds a line break) */
    for (i = 0; i < len; i++)
        if (csv[i] == '\n')
            assert_true(i > 0 && csv[i - 1] == '\r');
    assert_memory_equal(csv + len - 2, "\r\n", 2);
}

static void utf8_export_keeps_every_accent(void **state)
{
    struct app *a = app_of(state);
    size_t len = 0, lost = 7;
    char *csv = export_of(a, KIND_CITY, EXPORT_CSV, 0, 0, &len, &lost);

    assert_int_equal(lost, 0);
    assert_int_equal(strlen(csv), len);
    assert_memory_equal(csv, "id,version,status,archived,name_nl,", 35);
    assert_contains(csv, "Gdańsk");
    assert_contains(csv, "Liège");
    assert_contains(csv, "金沢市");
    assert_contains(csv, "Saint-Raphaël");
}

/* ---- RFC 4180 ------------------------------------------------------------------ */

static void rfc4180_comma_quote_and_newline_round_trip(void **state)
{
    struct app *a = app_of(state);
    const char *v = "One, \"two\"\nthree;\nfour";
    struct snapshot before;
    struct import_result res;
    struct ird_err e = { 0 };
    size_t len = 0;
    char *csv;

    save_field(a, KIND_CITY, 2, "notes", v);
    take(a, KIND_CITY, &before);
    csv = export_of(a, KIND_CITY, EXPORT_CSV, 0, 0, &len, NULL);
    /* quoted, quotes doubled, the line breaks kept inside the quotes */
    assert_contains(csv, ",\"One, \"\"two\"\"\nthree;\nfour\"\r\n3,");
    assert_ok(import(a, KIND_CITY, csv, len, NULL, 0, &res, NULL, &e), &e);
    assert_int_equal(res.unchanged, before.count);
    assert_int_equal(res.updated, 0);
    expect_same(a, KIND_CITY, &before);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), v);

    /* the same through Excel-BE: ';' in the value is quoted there */
    csv = export_of(a, KIND_CITY, EXPORT_CSV, 1, 0, &len, NULL);
    assert_true(has_bytes(csv, len, ";\"One, \"\"two\"\"\nthree;\nfour\"\r\n3;", 31));
    assert_ok(import(a, KIND_CITY, csv, len, "CP1252", 0, &res, NULL, &e), &e);
    assert_int_equal(res.updated, 0);
    expect_same(a, KIND_CITY, &before);
}

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

/* ---- JSON ------------------------------------------------------------------------ */

static void json_export_is_valid_and_complete(void **state)
{
    struct app *a = app_of(state);
    size_t len = 0;
    char *j = export_of(a, -1, EXPORT_JSON, 0, 0, &len, NULL);

    assert_int_equal(strlen(j), len);
    assert_true(json_valid(j));
    assert_contains(j, "\"city\": [");
    assert_contains(j, "\"agreement\": [");
    assert_contains(j, "\"network\": [");
    assert_contains(j, "\"initiative\": [");
    assert_contains(j, "\"name_nl\": \"Saint-Raphaël\"");
    assert_contains(j, "\"name_native\": \"Gdańsk\"");
    assert_contains(j, "\"links\": [");
    assert_contains(j, "\"archived\": false");
    assert_contains(j, "\"since\": 1958");
    assert_not_contains(j, "\"history\": [");

    j = export_of(a, KIND_CITY, EXPORT_JSON, 0, 1, &len, NULL);
    assert_true(json_valid(j));
    assert_contains(j, "\"history\": [");
    assert_contains(j, "\"action\": ");
    assert_not_contains(j, "\"agreement\": [");
}

static void json_escapes_quotes_and_control_characters(void **state)
{
    struct app *a = app_of(state);
    char *j;

    save_field(a, KIND_CITY, 2, "notes", "a \"quote\", a \\ and\na line\tbreak");
    save_field(a, KIND_NETWORK, 1, "notes", "x");
    j = export_of(a, -1, EXPORT_JSON, 0, 1, NULL, NULL);
    assert_true(json_valid(j));
    assert_contains(j, "\"notes\": \"a \\\"quote\\\", a \\\\ and\\na line\\tbreak\"");
}

static void csv_of_all_kinds_is_refused(void **state)
{
    struct export_opts o = { -1, EXPORT_CSV, 0, 0 };
    struct ird_err e = { 0 };
    char *out = NULL;
    size_t len = 0, lost = 0;

    assert_fails(exchange_export(app_of(state), &o, &out, &len, &lost, &e), &e, IRD_INVALID);
    assert_null(out);
}

/* ---- import: changes, new records, conflicts ------------------------------------ */

/* A row cut short (a lost field separator) would empty the fields it
 * lacks: it is refused, and nothing is written. */
static void import_refuses_a_cut_row(void **state)
{
    struct app *a = app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;
    long before = test_history_count(a, KIND_CITY, 3);

    assert_fails(import_str(a, KIND_CITY, "id,name_nl,country_nl,notes\n3,Kanazawa\n", 0, &res,
                            &report, &e),
                 &e, IRD_INVALID);
    assert_non_null(report);
    assert_contains(report, "Line 2 has 2 fields; the header has 4.");
    assert_string_equal(test_value(a, KIND_CITY, 3, "country_nl"), "Japan");
    assert_int_equal(test_history_count(a, KIND_CITY, 3), before);
}

/* Windows tools write CR LF inside a quoted multi-line text: it is read as
 * a line break, not refused as a control character. */
/* A stray comma in a text would shift the columns after it: refused. */
static void import_refuses_a_row_with_more_fields(void **state)
{
    struct app *a = app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;

    assert_fails(import_str(a, KIND_CITY, "id,notes\n3,Contact: Jan, Piet en Joris\n", 0, &res,
                            &report, &e),
                 &e, IRD_INVALID);
    assert_contains(report, "Line 2 has 3 fields; the header has 2.");
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "<NULL>");
    /* trailing empty fields, as spreadsheets write them, are fine */
    assert_ok(import_str(a, KIND_CITY, "id,notes\n3,Contact\t,,\n", 0, &res, &report, &e), &e);
    /* and a year written with a leading zero is the same year */
    assert_ok(import_str(a, KIND_CITY, "id,since\n3,01971\n", 0, &res, &report, &e), &e);
    assert_int_equal(res.unchanged, 1);
}

static void import_reads_crlf_inside_a_text_as_a_line_break(void **state)
{
    struct app *a = app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;

    assert_ok(import_str(a, KIND_CITY, "id,notes\r\n3,\"eerste regel\r\ntweede regel\"\r\n", 0,
                         &res, &report, &e),
              &e);
    assert_int_equal(res.updated, 1);
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "eerste regel\ntweede regel");
}

static void import_change_is_an_edit_in_the_history(void **state)
{
    struct app *a = app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };
    long h = test_history_count(a, KIND_CITY, 2);
    char *csv = test_gc(xasprintf("id,version,notes,since\n2,%lld,Imported note,1969\n",
                                  (long long)test_version_of(a, KIND_CITY, 2)));
    struct hist *last;

    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "<NULL>");
    assert_ok(import_str(a, KIND_CITY, csv, 0, &res, NULL, &e), &e);
    assert_int_equal(res.updated, 1);
    assert_int_equal(res.created, 0);
    assert_int_equal(res.unchanged, 0);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "Imported note");
    assert_string_equal(test_value(a, KIND_CITY, 2, "since"), "1969"); /* as it was */
    assert_int_equal(test_history_count(a, KIND_CITY, 2), h + 1);       /* one field changed */
    last = last_hist(a, KIND_CITY, 2);
    assert_string_equal(last->action, "edit");
    assert_string_equal(last->field, "notes");
    assert_null(last->old);
    assert_string_equal(last->new_, "Imported note");
    assert_string_equal(last->user, "tester");
    assert_string_equal(last->at, TEST_NOW);
    hist_list_free(last, 1);

    /* the same file again: nothing to do */
    csv = test_gc(xasprintf("id,version,notes\n2,%lld,Imported note\n",
                            (long long)test_version_of(a, KIND_CITY, 2)));
    assert_ok(import_str(a, KIND_CITY, csv, 0, &res, NULL, &e), &e);
    assert_int_equal(res.unchanged, 1);
    assert_int_equal(res.updated, 0);
    assert_int_equal(test_history_count(a, KIND_CITY, 2), h + 1);

    /* a status move the workflow allows, and the archive flag */
    assert_string_equal(test_status_of(a, KIND_CITY, 2), "reorienting");
    assert_ok(import_str(a, KIND_CITY, "id,status,archived\n2,ended,1\n", 0, &res, NULL, &e), &e);
    assert_int_equal(res.updated, 1);
    assert_string_equal(test_status_of(a, KIND_CITY, 2), "ended");
    assert_string_equal(test_value(a, KIND_CITY, 2, "archived"), "1");
    expect_check_clean(a);
}

static void import_new_row_creates_a_record(void **state)
{
    struct app *a = app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };
    long n = test_count(a, KIND_CITY, NULL, NULL, 1);
    int64_t ids[4];
    struct hist *last;

    assert_ok(import_str(a, KIND_CITY,
                         "id,version,status,archived,name_nl,country_nl,relation,since\n"
                         ",,,,Kraków,Polen,partner,1990\n",
                         0, &res, NULL, &e),
              &e);
    assert_int_equal(res.created, 1);
    assert_int_equal(res.updated, 0);
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 1), n + 1);
    assert_int_equal(test_search_ids(a, KIND_CITY, "krakow", ids, 4), 1);
    assert_string_equal(test_value(a, KIND_CITY, ids[0], "name_nl"), "Kraków");
    assert_string_equal(test_status_of(a, KIND_CITY, ids[0]), "active"); /* the initial one */
    last = last_hist(a, KIND_CITY, ids[0]);
    assert_string_equal(last->action, "create");
    hist_list_free(last, 1);
    expect_check_clean(a);
}

static void import_stale_version_is_a_conflict_and_writes_nothing(void **state)
{
    struct app *a = app_of(state);
    struct snapshot before;
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;

    save_field(a, KIND_CITY, 3, "notes", "changed at another desk"); /* now version 2 */
    take(a, KIND_CITY, &before);
    assert_fails(import_str(a, KIND_CITY,
                            "id,version,notes\n"
                            "2,1,a good change\n"
                            "3,1,an old copy\n",
                            0, &res, &report, &e),
                 &e, IRD_INVALID);
    assert_contains(e.msg, "nothing was imported");
    assert_contains(report, "Line 3: conflict");
    assert_not_contains(report, "Line 2");
    expect_same(a, KIND_CITY, &before);
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "changed at another desk");
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "<NULL>");
}

/* A file with one good row and the bad ones: each bad row is named with its
 * line and reason, and nothing at all is imported. */
static void expect_refused(struct app *a, enum kind_id k, const char *csv,
                           const char *const *want, size_t nwant)
{
    struct snapshot before[KIND_COUNT];
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;
    size_t i;

    take_all(a, before);
    assert_fails(import_str(a, k, csv, 0, &res, &report, &e), &e, IRD_INVALID);
    if (report != NULL)
        assert_contains(e.msg, "nothing was imported");
    for (i = 0; i < nwant; i++)
        assert_contains(report != NULL ? report : e.msg, want[i]);
    expect_all_same(a, before);
    /* a dry run says the same */
    assert_fails(import_str(a, k, csv, 1, &res, &report, &e), &e, IRD_INVALID);
    expect_all_same(a, before);
}

static void import_bad_rows_are_listed_and_nothing_is_imported(void **state)
{
    struct app *a = app_of(state);
    static const char *const city_bad[] = {
        "Line 3: Since: 19588 is out of range",
        "Line 4: \"bogus\" is not a status",
        "Line 5: City cannot go from Ended to Active",
        "Line 6: \"xyz\" is not a record number",
        "Line 7: archived must be 0 or 1",
        "Line 8: Relation: \"cousin\" is not one of the choices",
        "Line 10: Name (Dutch) is required",
    };
    static const char *const agreement_bad[] = {
        "Line 3: Signed: \"2024-13-45\" is not a date",
        "Line 4: City: City 999 does not exist",
        "Line 5: Ends (2023) comes before Starts (2024-05)",
    };

    assert_string_equal(test_status_of(a, KIND_CITY, 1), "ended");
    expect_refused(a, KIND_CITY,
                   "id,status,archived,name_nl,relation,since,notes\n"
                   "2,,,Wiesbaden,sister,1969,a good row\n"
                   "3,,,Kanazawa,sister,19588,\n"
                   "4,bogus,,Melle,sister,1977,\n"
                   "1,active,,Saint-Raphaël,sister,1958,\n"
                   "xyz,,,Somewhere,sister,2000,\n"
                   "5,,2,Tallinn,sister,1982,\n"
                   "6,,,Mohammedia,cousin,1982,\n"
                   "\n"
                   ",,,,partner,2001,nameless\n",
                   city_bad, sizeof city_bad / sizeof city_bad[0]);
    expect_refused(a, KIND_AGREEMENT,
                   "id,title,city_id,type,signed,starts,ends\n"
                   ",A good new MoU,3,mou,2024,2024,2028\n"
                   ",Bad date,3,mou,2024-13-45,,\n"
                   ",No such city,999,mou,2024,,\n"
                   ",Ends first,3,loi,,2024-05,2023\n",
                   agreement_bad, sizeof agreement_bad / sizeof agreement_bad[0]);
    /* a move the workflow refuses, on an agreement that exists */
    {
        static const char *const moved[] = { "Line 2: Agreement cannot go from" };
        struct record *r = get(a, KIND_AGREEMENT, 1);
        char *csv;
        const char *to = strcmp(r->status, "draft") == 0 ? "expired" : "draft";
        csv = test_gc(xasprintf("id,status\n1,%s\n", to));
        record_free(&r);
        expect_refused(a, KIND_AGREEMENT, csv, moved, 1);
    }
}

static void import_unknown_column_is_refused(void **state)
{
    static const char *const want[] = { "Line 1: \"colour\" is not a column of a City" };
    struct import_result res;
    struct ird_err e = { 0 };

    expect_refused(app_of(state), KIND_CITY, "id,name_nl,colour\n2,Wiesbaden,blue\n", want, 1);
    assert_fails(import_str(app_of(state), KIND_CITY, "", 0, &res, NULL, &e), &e, IRD_INVALID);
    assert_contains(e.msg, "empty");
}

static void import_dry_run_counts_and_writes_nothing(void **state)
{
    struct app *a = app_of(state);
    struct snapshot before[KIND_COUNT];
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;
    size_t len = 0;
    char *csv;

    take_all(a, before);
    assert_ok(import_str(a, KIND_CITY,
                         "id,name_nl,relation,notes\n"
                         "2,Wiesbaden,sister,changed\n"
                         "3,Kanazawa,sister,\n"
                         ",Kraków,partner,new\n",
                         1, &res, &report, &e),
              &e);
    assert_null(report);
    assert_int_equal(res.created, 1);
    assert_int_equal(res.updated, 1);
    assert_int_equal(res.unchanged, 1);
    expect_all_same(a, before);
    /* a whole export, dry */
    csv = export_of(a, KIND_INITIATIVE, EXPORT_CSV, 0, 0, &len, NULL);
    assert_ok(import(a, KIND_INITIATIVE, csv, len, NULL, 1, &res, NULL, &e), &e);
    assert_int_equal(res.unchanged, before[KIND_INITIATIVE].count);
    expect_all_same(a, before);
}

/* ---- import: encodings and hostile bytes ------------------------------------------ */

static void import_invalid_utf8_is_refused_with_its_line(void **state)
{
    struct app *a = app_of(state);
    static const char csv[] = "id,notes\n2,fine\n3,caf\xC3\n4,x\n";
    struct snapshot before;
    struct import_result res;
    struct ird_err e = { 0 };

    take(a, KIND_CITY, &before);
    assert_fails(import(a, KIND_CITY, csv, sizeof csv - 1, "UTF-8", 0, &res, NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "Line 3");
    assert_contains(e.msg, "UTF-8");
    expect_same(a, KIND_CITY, &before);
}

static void import_cp1252_is_read_when_named(void **state)
{
    struct app *a = app_of(state);
    static const char csv[] = "id;notes\r\n2;Li\xE8ge \x80 5\r\n";
    struct import_result res;
    struct ird_err e = { 0 };

    /* not guessed: refused with the line and byte of the è */
    assert_fails(import(a, KIND_CITY, csv, sizeof csv - 1, NULL, 0, &res, NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "Line 2, byte 5 is not UTF-8");
    assert_ok(import(a, KIND_CITY, csv, sizeof csv - 1, "CP1252", 0, &res, NULL, &e), &e);
    assert_int_equal(res.updated, 1);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "Liège € 5");
    assert_ok(import(a, KIND_CITY, csv, sizeof csv - 1, "cp1252", 0, &res, NULL, &e), &e);
    assert_int_equal(res.unchanged, 1);
}

static void import_unknown_encoding_is_refused(void **state)
{
    struct import_result res;
    struct ird_err e = { 0 };

    assert_fails(import(app_of(state), KIND_CITY, "id\n2\n", 5, "KLINGON-8", 0, &res, NULL, &e),
                 &e, IRD_INVALID);
    assert_contains(e.msg, "KLINGON-8");
}

static void import_utf8_bom_is_accepted(void **state)
{
    struct app *a = app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };

    assert_ok(import_str(a, KIND_CITY, "\xEF\xBB\xBFid,notes\r\n2,Gdańsk\r\n", 0, &res, NULL, &e),
              &e);
    assert_int_equal(res.updated, 1);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "Gdańsk");
}

static void import_nul_byte_is_refused_with_its_line(void **state)
{
    struct app *a = app_of(state);
    static const char csv[] = "id,notes\n2,fine\n3,a\0b\n";
    struct snapshot before;
    struct import_result res;
    struct ird_err e = { 0 };

    take(a, KIND_CITY, &before);
    assert_fails(import(a, KIND_CITY, csv, sizeof csv - 1, NULL, 0, &res, NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "Line 3");
    assert_contains(e.msg, "NUL");
    /* named as UTF-8 or CP1252, too */
    assert_fails(import(a, KIND_CITY, csv, sizeof csv - 1, "UTF-8", 0, &res, NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "Line 3");
    assert_fails(import(a, KIND_CITY, csv, sizeof csv - 1, "CP1252", 0, &res, NULL, &e), &e,
                 IRD_INVALID);
    assert_contains(e.msg, "Line 3");
    expect_same(a, KIND_CITY, &before);
}

static void import_overlong_field_is_refused(void **state)
{
    struct app *a = app_of(state);
    char *name200 = test_gc(repeat("ł", 200)), *name201 = test_gc(repeat("ł", 201));
    char *csv = test_gc(xasprintf("id,name_nl\n2,%s\n", name201));
    struct snapshot before;
    struct import_result res;
    struct ird_err e = { 0 };
    char *report = NULL;

    take(a, KIND_CITY, &before);
    assert_fails(import_str(a, KIND_CITY, csv, 0, &res, &report, &e), &e, IRD_INVALID);
    assert_contains(report, "Line 2");
    assert_contains(report, "too long (201 characters; at most 200)");
    expect_same(a, KIND_CITY, &before);
    /* 200 characters (400 bytes) are within bounds: characters are counted */
    csv = test_gc(xasprintf("id,name_nl\n2,%s\n", name200));
    assert_ok(import_str(a, KIND_CITY, csv, 0, &res, &report, &e), &e);
    assert_string_equal(test_value(a, KIND_CITY, 2, "name_nl"), name200);
}

static void import_semicolons_are_accepted(void **state)
{
    struct app *a = app_of(state);
    struct import_result res;
    struct ird_err e = { 0 };

    assert_ok(import_str(a, KIND_CITY, "id;since;notes\r\n2;1970;\"a; b, c\"\r\n4;1977;x\r\n", 0,
                         &res, NULL, &e),
              &e);
    assert_int_equal(res.updated, 2);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "a; b, c");
    assert_string_equal(test_value(a, KIND_CITY, 2, "since"), "1970");
    assert_string_equal(test_value(a, KIND_CITY, 4, "notes"), "x");
}

static void import_into_a_readonly_desk_is_refused(void **state)
{
    struct fx *f = fx_of(state);
    struct ird_err e = { 0 };
    struct app *ro = test_app_open(f->db, 1, &e);
    struct import_result res;

    assert_non_null(ro);
    e.code = IRD_OK;
    assert_int_equal(import_str(ro, KIND_CITY, "id,notes\n2,x\n", 0, &res, NULL, &e), -1);
    assert_int_equal(e.code, IRD_READONLY);
    app_close(&ro);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
}

/* ---- backup and restore ------------------------------------------------------------ */

static void backup_opens_with_the_same_records(void **state)
{
    struct fx *f = fx_of(state);
    char *path = test_gc(test_path(f->dir, "backup.db"));
    struct snapshot before[KIND_COUNT];
    struct ird_err e = { 0 };
    struct app *b;

    save_field(f->a, KIND_CITY, 2, "notes", "before the backup");
    take_all(f->a, before);
    assert_ok(backup_make(f->a, path, 0, &e), &e);
    assert_true(test_exists(path));
    b = test_app_open(path, 0, &e);
    if (b == NULL)
        print_error("%s\n", e.msg);
    assert_non_null(b);
    expect_all_same(b, before);
    expect_check_clean(b);
    app_close(&b);
}

static void backup_refuses_an_existing_file(void **state)
{
    struct fx *f = fx_of(state);
    char *path = test_gc(test_path(f->dir, "taken.db"));
    struct ird_err e = { 0 };
    char *data;

    test_write_file(path, "keep me", 7);
    assert_fails(backup_make(f->a, path, 0, &e), &e, IRD_IO);
    assert_contains(e.msg, "exists");
    data = test_gc(test_read_file(path, NULL));
    assert_string_equal(data, "keep me");
    /* nor into a directory that is not there */
    path = test_gc(test_path(f->dir, "no/such/dir.db"));
    assert_fails(backup_make(f->a, path, 0, &e), &e, IRD_IO);
}

static void restore_brings_back_the_backup(void **state)
{
    struct fx *f = fx_of(state);
    char *path = test_gc(test_path(f->dir, "backup.db"));
    struct snapshot before[KIND_COUNT];
    struct import_result res;
    struct ird_err e = { 0 };

    take_all(f->a, before);
    assert_ok(backup_make(f->a, path, 0, &e), &e);
    save_field(f->a, KIND_CITY, 2, "notes", "after the backup");
    assert_ok(import_str(f->a, KIND_CITY, "id,name_nl,relation\n,Kraków,partner\n", 0, &res,
                         NULL, &e),
              &e);
    assert_int_equal(test_count(f->a, KIND_CITY, NULL, NULL, 1), before[KIND_CITY].count + 1);
    assert_ok(backup_restore_file(f->a, path, &e), &e);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
    expect_all_same(f->a, before);
    expect_check_clean(f->a);
    /* the desk goes on working on the restored database */
    save_field(f->a, KIND_CITY, 2, "notes", "after the restore");
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "after the restore");
}

/* A restore of path is refused and changes nothing. */
static void expect_restore_refused(struct fx *f, const char *path)
{
    struct snapshot before[KIND_COUNT];
    struct ird_err e = { 0 };

    take_all(f->a, before);
    assert_int_equal(backup_restore_file(f->a, path, &e), -1);
    assert_true(e.code != IRD_OK);
    assert_true(e.msg[0] != '\0');
    assert_contains(e.msg, path);
    expect_all_same(f->a, before);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "after the backup");
    expect_check_clean(f->a);
}

static void restore_refuses_what_is_no_good_backup(void **state)
{
    struct fx *f = fx_of(state);
    char *good = test_gc(test_path(f->dir, "backup.db"));
    char *text = test_gc(test_path(f->dir, "notes.txt"));
    char *cut = test_gc(test_path(f->dir, "cut.db"));
    char *other = test_gc(test_path(f->dir, "other.db"));
    char *missing = test_gc(test_path(f->dir, "missing.db"));
    struct ird_err e = { 0 };
    struct stat sb;

    assert_ok(backup_make(f->a, good, 0, &e), &e);
    save_field(f->a, KIND_CITY, 2, "notes", "after the backup");

    test_write_file(text, "id,notes\n2,not a database\n", 26);
    expect_restore_refused(f, text);

    copy_file(good, cut);
    assert_int_equal(stat(cut, &sb), 0);
    assert_true(sb.st_size > 4 * 4096);
    assert_int_equal(truncate(cut, sb.st_size / 2), 0);
    expect_restore_refused(f, cut);

    test_sql_exec(other, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x');");
    expect_restore_refused(f, other);

    expect_restore_refused(f, missing);
    assert_false(test_exists(missing));

    /* the good one still works */
    assert_ok(backup_restore_file(f->a, good, &e), &e);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
}

static void restore_of_an_older_backup_brings_it_up_to_date(void **state)
{
    struct fx *f = fx_of(state);
    char *old = test_gc(test_path(f->dir, "v1.db"));
    struct ird_err e = { 0 };
    sqlite3 *db = NULL;

    assert_int_equal(sqlite3_open(old, &db), SQLITE_OK);
    assert_ok(migrate_to(db, 1, 0, &e), &e);
    assert_int_equal(sqlite3_exec(db,
                                  "INSERT INTO city (id, name_nl, country_nl, relation, since)"
                                  " VALUES (1, 'Kraków', 'Polen', 'partner', 1990)",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    assert_ok(backup_restore_file(f->a, old, &e), &e);
    assert_int_equal(test_count(f->a, KIND_CITY, NULL, NULL, 1), 1);
    assert_int_equal(test_search_ids(f->a, KIND_CITY, "krakow", NULL, 0), 1);
    assert_int_equal(test_sql_int(f->db, "PRAGMA user_version"), store_schema_version());
    assert_int_equal(test_sql_int(old, "PRAGMA user_version"), 1); /* the backup is left alone */
    expect_check_clean(f->a);
}

/* ---- the automatic backup before a migration ----------------------------------------- */

static void migration_takes_a_backup_first(void **state)
{
    struct fx *f = fx_of(state);
    char *backup = test_gc(xasprintf("%s.v1-backup", f->db));
    struct ird_err e = { 0 };
    sqlite3 *db = NULL;
    struct app *a;

    assert_true(store_schema_version() > 1);
    assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
    assert_ok(migrate_to(db, 1, 0, &e), &e);
    assert_int_equal(sqlite3_exec(db,
                                  "INSERT INTO city (id, name_nl, country_nl, relation, since)"
                                  " VALUES (1, 'Kraków', 'Polen', 'partner', 1990)",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    assert_false(test_exists(backup));

    a = test_app_open(f->db, 0, &e);
    if (a == NULL)
        print_error("%s\n", e.msg);
    assert_non_null(a);
    assert_true(test_exists(backup));
    assert_int_equal(test_sql_int(backup, "PRAGMA user_version"), 1);
    assert_int_equal(test_sql_int(backup, "SELECT count(*) FROM city WHERE name_nl = 'Kraków'"), 1);
    assert_int_equal(test_sql_int(f->db, "PRAGMA user_version"), store_schema_version());
    assert_int_equal(test_count(a, KIND_CITY, NULL, NULL, 1), 1);
    app_close(&a);

    /* opening again migrates nothing, and takes no second backup */
    a = test_app_open(f->db, 0, &e);
    assert_non_null(a);
    app_close(&a);
    assert_false(test_exists(test_gc(xasprintf("%s.v1-backup-2", f->db))));
    assert_false(test_exists(test_gc(xasprintf("%s.v%d-backup", f->db,
                                               store_schema_version()))));
}

/* ---- check ------------------------------------------------------------------------------- */

static void check_of_the_seeded_database_is_clean(void **state)
{
    expect_check_clean(app_of(state));
}

static size_t lines_of(const char *s)
{
    size_t n = 0;

    for (; s != NULL && *s != '\0'; s++)
        n += *s == '\n';
    return n;
}

static void check_reports_each_broken_rule(void **state)
{
    struct fx *f = fx_of(state);
    struct ird_err e = { 0 };
    char *report = NULL;
    int n;

    test_sql_exec(f->db, "UPDATE city SET status = 'in_force' WHERE id = 3");
    test_sql_exec(f->db, "INSERT INTO history (kind, record_id, at, user, action, field, old, new)"
                    " VALUES ('city', 4, '2025-01-01T00:00:00Z', 'mallory', 'edit', 'notes',"
                    " NULL, 'a value the record does not hold')");
    test_sql_exec(f->db, "PRAGMA foreign_keys = OFF; UPDATE agreement SET city_id = 999 WHERE id = 1");

    n = desk_check(f->a, &report, &e);
    test_gc(report);
    assert_true(n >= 3);
    assert_int_equal((size_t)n, lines_of(report));
    assert_contains(report, "City 3: \"in_force\" is not a status of its kind.");
    assert_contains(report, "City 4: field notes differs from its last edit in the history");
    assert_contains(report, "Agreement 1 has no city.");
    assert_contains(report, "agreement row 1 refers to a missing row of city");
}

static void check_reports_a_damaged_file(void **state)
{
    struct fx *f = fx_of(state);
    char *copy = test_gc(test_path(f->dir, "copy.db"));
    char garbage[512];
    struct ird_err e = { 0 };
    struct app *b;
    int fd;

    assert_ok(backup_make(f->a, copy, 0, &e), &e);
    memset(garbage, 0x5A, sizeof garbage);
    fd = open(copy, O_WRONLY);
    assert_true(fd >= 0);
    assert_int_equal(pwrite(fd, garbage, sizeof garbage, 4096 * 2), (ssize_t)sizeof garbage);
    close(fd);

    b = test_app_open(copy, 0, &e);
    if (b == NULL) {
        assert_true(e.msg[0] != '\0');
    } else {
        char *report = NULL;
        int n = desk_check(b, &report, &e);
        test_gc(report);
        app_close(&b);
        if (n == 0)
            print_error("a damaged file passed the check\n");
        assert_true(n != 0);
        if (n > 0)
            assert_contains(report, "SQLite integrity check");
        else
            assert_true(e.msg[0] != '\0');
    }
}

/* ---- a full disk --------------------------------------------------------------------------- */

static void full_disk_refuses_the_write_and_keeps_what_was_there(void **state)
{
    struct fx *f = fx_of(state);
    struct app *a = f->a;
    char *big = test_gc(repeat("Vol. ", 1800)); /* 9,000 characters */
    struct snapshot before[KIND_COUNT];
    struct import_result res;
    struct ird_err e = { 0 };
    long long pages = test_sql_int(f->db, "PRAGMA page_count");
    int64_t id, failed = 0;

    assert_int_equal(strlen(big), 9000);
    assert_ok(store_limit_pages(a->store, (long)pages + 1, &e), &e);
    for (id = 1; id <= 12 && failed == 0; id++) {
        struct snapshot city;
        struct record *r = get(a, KIND_CITY, id);
        char *old = test_gc(xstrdup(test_value(a, KIND_CITY, id, "notes")));
        int bad = -1, rc;

        take(a, KIND_CITY, &city);
        set(r, "notes", big);
        rc = desk_save(a, r, &bad, &e);
        record_free(&r);
        if (rc == 0)
            continue;
        failed = id;
        assert_int_equal(e.code, IRD_STORE);
        assert_contains(e.msg, "disk is full");
        /* the record is as it was */
        assert_string_equal(test_value(a, KIND_CITY, id, "notes"), old);
        expect_same(a, KIND_CITY, &city);
    }
    assert_true(failed > 0);
    expect_check_clean(a);

    /* an import on a full disk: all or nothing, and the reason */
    take_all(a, before);
    {
        char *csv = test_gc(xasprintf("id,notes\n10,%s\n11,%s\n12,%s\n", big, big, big));
        char *report = NULL;
        assert_int_equal(import_str(a, KIND_CITY, csv, 0, &res, &report, &e), -1);
        assert_contains(report != NULL ? report : e.msg, "disk is full");
        expect_all_same(a, before);
    }

    /* room again: the same save goes through */
    assert_ok(store_limit_pages(a->store, 1000000, &e), &e);
    save_field(a, KIND_CITY, failed, "notes", big);
    assert_string_equal(test_value(a, KIND_CITY, failed, "notes"), big);
    expect_check_clean(a);
}

/* ---- the command line: exit codes, and what goes where ----------------------------- */

static const char *irdesk_path(void)
{
    const char *p = getenv("IRDESK");

    if (p == NULL || *p == '\0') {
        print_error("IRDESK is not set: run through 'make check-unit', or set IRDESK to the "
                    "irdesk binary\n");
        fail();
    }
    return p;
}

/* Run irdesk --db <the fixture's database> with the arguments that follow
 * (up to NULL), in a clean English environment; output kept until teardown. */
static void cli(struct fx *f, struct run *r, ...)
{
    static const char *const pass[] = { "IRDESK_LOCALEDIR", "ASAN_OPTIONS", "UBSAN_OPTIONS",
                                        "LSAN_OPTIONS" };
    const char *argv[24], *envp[16];
    size_t n = 0, m = 0, i;
    const char *arg;
    va_list ap;

    argv[n++] = irdesk_path();
    argv[n++] = "--db";
    argv[n++] = f->db;
    va_start(ap, r);
    while ((arg = va_arg(ap, const char *)) != NULL && n < 23)
        argv[n++] = arg;
    va_end(ap);
    argv[n] = NULL;
    envp[m++] = "PATH=/usr/local/bin:/usr/bin:/bin";
    envp[m++] = "LC_ALL=C.UTF-8";
    envp[m++] = "LANGUAGE=en";
    envp[m++] = "IRDESK_NOW=" TEST_NOW;
    envp[m++] = test_gc(xasprintf("HOME=%s", f->dir));
    envp[m++] = test_gc(xasprintf("XDG_CONFIG_HOME=%s/config", f->dir));
    envp[m++] = test_gc(xasprintf("XDG_DATA_HOME=%s/data", f->dir));
    for (i = 0; i < sizeof pass / sizeof pass[0]; i++)
        if (getenv(pass[i]) != NULL)
            envp[m++] = test_gc(xasprintf("%s=%s", pass[i], getenv(pass[i])));
    envp[m] = NULL;
    assert_int_equal(test_run(argv, envp, r), 0);
    test_gc(r->out);
    test_gc(r->err);
}

static void expect_exit(const struct run *r, int want, const char *what)
{
    if (r->status != want)
        print_error("%s: exit %d, want %d\n--- stdout:\n%s--- stderr:\n%s---\n", what,
                    r->status, want, r->out, r->err);
    assert_int_equal(r->status, want);
}

static void cli_excel_export_imports_back_unchanged(void **state)
{
    struct fx *f = fx_of(state);
    char *file = test_gc(test_path(f->dir, "cities.csv"));
    struct run r;
    char *data;
    size_t len = 0;

    app_close(&f->a);
    cli(f, &r, "export", "city", "--format", "csv", "--dialect", "excel-be", "-o", file, NULL);
    expect_exit(&r, 0, "export city --dialect excel-be");
    assert_contains(r.err, "transliterated");
    data = test_gc(test_read_file(file, &len));
    assert_non_null(data);
    assert_true(has_bytes(data, len, "Li\xE8ge", 5));
    /* CP1252 is not guessed: named, it is read */
    cli(f, &r, "import", "city", file, "--dry-run", NULL);
    expect_exit(&r, 1, "import --dry-run without --encoding");
    assert_contains(r.err, "is not UTF-8");
    cli(f, &r, "import", "city", file, "--dry-run", "--encoding", "CP1252", NULL);
    expect_exit(&r, 0, "import --dry-run");
    assert_contains(r.out, "The file was read as CP1252.");
    assert_contains(r.out, "Dry run: 0 would be added, 0 changed, 12 left as they are");
    cli(f, &r, "import", "city", file, "--encoding", "CP1252", NULL);
    expect_exit(&r, 0, "import");
    assert_contains(r.out, "Imported: 0 added, 0 changed, 12 left as they are.");
    cli(f, &r, "check", NULL);
    expect_exit(&r, 0, "check");
    assert_contains(r.out, "No problems found.");
    cli(f, &r, "export", "all", "--format", "json", "--history", NULL);
    expect_exit(&r, 0, "export all --format json");
    assert_true(json_valid(r.out));
}

static void cli_import_lists_bad_rows_and_fails(void **state)
{
    struct fx *f = fx_of(state);
    char *file = test_gc(test_path(f->dir, "bad.csv"));
    static const char csv[] = "id,since,notes\n2,1970,good\n3,19588,bad\n";
    struct run r;

    app_close(&f->a);
    test_write_file(file, csv, sizeof csv - 1);
    cli(f, &r, "import", "city", file, NULL);
    assert_true(r.status != 0);
    assert_contains(r.err, "Line 3: Since: 19588 is out of range");
    assert_contains(r.err, "nothing was imported");
    assert_not_contains(r.out, "Imported");
    f->a = test_app_open(f->db, 1, NULL);
    assert_non_null(f->a);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
}

static void cli_restore_wants_yes_without_a_terminal(void **state)
{
    struct fx *f = fx_of(state);
    char *backup = test_gc(test_path(f->dir, "backup.db"));
    struct run r;

    cli(f, &r, "backup", backup, NULL);
    expect_exit(&r, 0, "backup");
    assert_true(test_exists(backup));
    cli(f, &r, "backup", backup, NULL);
    assert_true(r.status != 0); /* never over an existing file */
    assert_contains(r.err, "exists");
    save_field(f->a, KIND_CITY, 2, "notes", "after the backup");
    app_close(&f->a);

    cli(f, &r, "restore", backup, NULL);
    assert_true(r.status != 0);
    assert_contains(r.err, "--yes");
    f->a = test_app_open(f->db, 0, NULL);
    assert_non_null(f->a);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "after the backup");
    app_close(&f->a);

    cli(f, &r, "restore", backup, "--yes", NULL);
    expect_exit(&r, 0, "restore --yes");
    f->a = test_app_open(f->db, 0, NULL);
    assert_non_null(f->a);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
}

static void cli_check_exits_1_on_a_problem(void **state)
{
    struct fx *f = fx_of(state);
    struct run r;

    app_close(&f->a);
    test_sql_exec(f->db, "UPDATE network SET status = 'sister' WHERE id = 1");
    cli(f, &r, "check", NULL);
    expect_exit(&r, 1, "check");
    assert_contains(r.out, "Network 1: \"sister\" is not a status of its kind.");
    assert_contains(r.out, "1 problem found.");
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
#define D(f) cmocka_unit_test_setup_teardown(f, fx_setup_dir, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(csv_export_of_each_kind_imports_back_unchanged),
        T(excel_be_export_of_each_kind_imports_back_unchanged),
        T(excel_be_bytes_are_semicolons_crlf_and_cp1252),
        T(utf8_export_keeps_every_accent),
        T(rfc4180_comma_quote_and_newline_round_trip),
        T(csv_field_quotes_what_needs_it),
        T(csv_parse_reads_rfc4180),
        T(csv_written_by_csv_field_keeps_its_separator),
        T(csv_written_by_csv_field_keeps_a_row_of_one_empty_field),
        T(json_export_is_valid_and_complete),
        T(json_escapes_quotes_and_control_characters),
        T(csv_of_all_kinds_is_refused),
        T(import_refuses_a_cut_row),
        T(import_refuses_a_row_with_more_fields),
        T(import_reads_crlf_inside_a_text_as_a_line_break),
        T(import_change_is_an_edit_in_the_history),
        T(import_new_row_creates_a_record),
        T(import_stale_version_is_a_conflict_and_writes_nothing),
        T(import_bad_rows_are_listed_and_nothing_is_imported),
        T(import_unknown_column_is_refused),
        T(import_dry_run_counts_and_writes_nothing),
        T(import_invalid_utf8_is_refused_with_its_line),
        T(import_cp1252_is_read_when_named),
        T(import_unknown_encoding_is_refused),
        T(import_utf8_bom_is_accepted),
        T(import_nul_byte_is_refused_with_its_line),
        T(import_overlong_field_is_refused),
        T(import_semicolons_are_accepted),
        T(import_into_a_readonly_desk_is_refused),
        T(backup_opens_with_the_same_records),
        T(backup_refuses_an_existing_file),
        T(restore_brings_back_the_backup),
        T(restore_refuses_what_is_no_good_backup),
        T(restore_of_an_older_backup_brings_it_up_to_date),
        D(migration_takes_a_backup_first),
        T(check_of_the_seeded_database_is_clean),
        T(check_reports_each_broken_rule),
        T(check_reports_a_damaged_file),
        T(full_disk_refuses_the_write_and_keeps_what_was_there),
        T(cli_excel_export_imports_back_unchanged),
        T(cli_import_lists_bad_rows_and_fails),
        T(cli_restore_wants_yes_without_a_terminal),
        T(cli_check_exits_1_on_a_problem),
    };
#undef T
#undef D

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("exchange", tests, test_setup_en, NULL);
}
