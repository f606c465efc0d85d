/* core/exchange.c: exports that import back unchanged (RFC 4180, Excel-BE
 * in CP1252, JSON), valid and complete JSON, and 'irdesk export'. */

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

/* Like memmem: 1 when the n bytes of needle occur in the len bytes of hay. */
static int has_bytes(const char *hay, size_t len, const char *needle, size_t n)
{
    size_t i;

    for (i = 0; n <= len && i <= len - n; i++)
        if (memcmp(hay + i, needle, n) == 0)
            return 1;
    return 0;
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
    struct app *a = test_app_of(state);
    struct test_snapshot before[KIND_COUNT];
    int k;

    test_take_all(a, before);
    for (k = 0; k < KIND_COUNT; k++) {
        struct import_result res;
        struct ird_err e = { 0 };
        char *report = NULL;
        size_t len = 0;
        char *csv = test_export_of(a, k, EXPORT_CSV, excel_be, 0, &len, NULL);
        int rc = test_import(a, (enum kind_id)k, csv, len, excel_be ? "CP1252" : NULL, 0, &res,
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
    test_expect_all_same(a, before);
    test_expect_check_clean(a);
}

static void csv_export_of_each_kind_imports_back_unchanged(void **state)
{
    round_trip(state, 0);
}

static void excel_be_export_of_each_kind_imports_back_unchanged(void **state)
{
    struct app *a = test_app_of(state);
    size_t lost = 0;

    /* city 9's Gdańsk has no ń in CP1252: the export cannot hold it ... */
    assert_string_equal(test_value(a, KIND_CITY, 9, "name_native"), "Gdańsk");
    test_export_of(a, KIND_CITY, EXPORT_CSV, 1, 0, NULL, &lost);
    assert_true(lost > 0);
    /* ... yet importing the export back changes nothing, ń included */
    round_trip(state, 1);
    assert_string_equal(test_value(a, KIND_CITY, 9, "name_native"), "Gdańsk");
    assert_string_equal(test_value(a, KIND_CITY, 3, "name_native"), "金沢市");
}

static void excel_be_bytes_are_semicolons_crlf_and_cp1252(void **state)
{
    struct app *a = test_app_of(state);
    size_t len = 0, i;
    char *csv = test_export_of(a, KIND_CITY, EXPORT_CSV, 1, 0, &len, NULL);
    const char *head = "id;version;status;archived;name_nl;name_en;";

    assert_memory_equal(csv, head, strlen(head));
    assert_true(has_bytes(csv, len, "en_source\r\n1;", 13));
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
    struct app *a = test_app_of(state);
    size_t len = 0, lost = 7;
    char *csv = test_export_of(a, KIND_CITY, EXPORT_CSV, 0, 0, &len, &lost);

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
    struct app *a = test_app_of(state);
    const char *v = "One, \"two\"\nthree;\nfour";
    struct test_snapshot before;
    struct import_result res;
    struct ird_err e = { 0 };
    size_t len = 0;
    char *csv;

    test_save_field(a, KIND_CITY, 2, "notes", v);
    test_take(a, KIND_CITY, &before);
    csv = test_export_of(a, KIND_CITY, EXPORT_CSV, 0, 0, &len, NULL);
    /* quoted, quotes doubled, the line breaks kept inside the quotes */
    assert_contains(csv, ",\"One, \"\"two\"\"\nthree;\nfour\",");
    assert_ok(test_import(a, KIND_CITY, csv, len, NULL, 0, &res, NULL, &e), &e);
    assert_int_equal(res.unchanged, before.count);
    assert_int_equal(res.updated, 0);
    test_expect_same(a, KIND_CITY, &before);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), v);

    /* the same through Excel-BE: ';' in the value is quoted there */
    csv = test_export_of(a, KIND_CITY, EXPORT_CSV, 1, 0, &len, NULL);
    assert_true(has_bytes(csv, len, ";\"One, \"\"two\"\"\nthree;\nfour\";", 28));
    assert_ok(test_import(a, KIND_CITY, csv, len, "CP1252", 0, &res, NULL, &e), &e);
    assert_int_equal(res.updated, 0);
    test_expect_same(a, KIND_CITY, &before);
}

/* ---- JSON ------------------------------------------------------------------------ */

static void json_export_is_valid_and_complete(void **state)
{
    struct app *a = test_app_of(state);
    size_t len = 0;
    char *j = test_export_of(a, -1, EXPORT_JSON, 0, 0, &len, NULL);

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

    j = test_export_of(a, KIND_CITY, EXPORT_JSON, 0, 1, &len, NULL);
    assert_true(json_valid(j));
    assert_contains(j, "\"history\": [");
    assert_contains(j, "\"action\": ");
    assert_not_contains(j, "\"agreement\": [");
}

static void json_escapes_quotes_and_control_characters(void **state)
{
    struct app *a = test_app_of(state);
    char *j;

    test_save_field(a, KIND_CITY, 2, "notes", "a \"quote\", a \\ and\na line\tbreak");
    test_save_field(a, KIND_NETWORK, 1, "notes", "x");
    j = test_export_of(a, -1, EXPORT_JSON, 0, 1, NULL, NULL);
    assert_true(json_valid(j));
    assert_contains(j, "\"notes\": \"a \\\"quote\\\", a \\\\ and\\na line\\tbreak\"");
}

static void csv_of_all_kinds_is_refused(void **state)
{
    struct export_opts o = { -1, EXPORT_CSV, 0, 0, 0 };
    struct ird_err e = { 0 };
    char *out = NULL;
    size_t len = 0, lost = 0;

    assert_fails(exchange_export(test_app_of(state), &o, &out, &len, &lost, &e), &e, IRD_INVALID);
    assert_null(out);
}

static void cli_excel_export_imports_back_unchanged(void **state)
{
    struct fx *f = test_fx_of(state);
    char *file = test_gc(test_path(f->dir, "cities.csv"));
    struct run r;
    char *data;
    size_t len = 0;

    app_close(&f->a);
    test_cli(f, &r, "export", "city", "--format", "csv", "--dialect", "excel-be", "-o", file, NULL);
    test_expect_exit(&r, 0, "export city --dialect excel-be");
    assert_contains(r.err, "transliterated");
    data = test_gc(test_read_file(file, &len));
    assert_non_null(data);
    assert_true(has_bytes(data, len, "Li\xE8ge", 5));
    /* CP1252 is not guessed: named, it is read */
    test_cli(f, &r, "import", "city", file, "--dry-run", NULL);
    test_expect_exit(&r, 1, "import --dry-run without --encoding");
    assert_contains(r.err, "is not UTF-8");
    test_cli(f, &r, "import", "city", file, "--dry-run", "--encoding", "CP1252", NULL);
    test_expect_exit(&r, 0, "import --dry-run");
    assert_contains(r.out, "The file was read as CP1252.");
    assert_contains(r.out, "Dry run: 0 would be added, 0 changed, 12 left as they are");
    test_cli(f, &r, "import", "city", file, "--encoding", "CP1252", NULL);
    test_expect_exit(&r, 0, "import");
    assert_contains(r.out, "Imported: 0 added, 0 changed, 12 left as they are.");
    test_cli(f, &r, "check", NULL);
    test_expect_exit(&r, 0, "check");
    assert_contains(r.out, "No problems found.");
    test_cli(f, &r, "export", "all", "--format", "json", "--history", NULL);
    test_expect_exit(&r, 0, "export all --format json");
    assert_true(json_valid(r.out));
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(csv_export_of_each_kind_imports_back_unchanged),
        T(excel_be_export_of_each_kind_imports_back_unchanged),
        T(excel_be_bytes_are_semicolons_crlf_and_cp1252),
        T(utf8_export_keeps_every_accent),
        T(rfc4180_comma_quote_and_newline_round_trip),
        T(json_export_is_valid_and_complete),
        T(json_escapes_quotes_and_control_characters),
        T(csv_of_all_kinds_is_refused),
        T(cli_excel_export_imports_back_unchanged),
    };
#undef T

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("exchange", tests, test_setup_en, NULL);
}
