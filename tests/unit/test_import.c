/* core/import.c, core/import_row.c and core/csv.c's reader: honest
 * imports.  The file is UTF-8 or says what it is; quoting and headers are
 * strict; a new record does not silently double one that exists; dates as
 * spreadsheets write them are read; the dry run lists every change; what
 * is said is harmless for a terminal; the file is read in pieces. */

#include "tests/unit/helpers.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/app.h"
#include "core/csv.h"
#include "core/desk.h"
#include "core/import.h"
#include "lib/mem.h"
#include "model/kind.h"
#include "model/record.h"

static struct app *app_of(void **state)
{
    return ((struct fx *)*state)->a;
}

/* What the import said, by kind of line. */
struct said {
    struct buf plan, problems, warnings, wait;
};

static void collect(void *ctx, enum import_say what, const char *line)
{
    struct said *s = ctx;
    struct buf *b = what == IMPORT_PLAN      ? &s->plan
                    : what == IMPORT_PROBLEM ? &s->problems
                    : what == IMPORT_WARNING ? &s->warnings
                                             : &s->wait;
    buf_add(b, line);
    buf_add(b, "\n");
}

/* The lines said, kept until teardown ("" when none). */
static const char *text_of(struct buf *b)
{
    return b->s != NULL ? test_gc(buf_take(b)) : "";
}

struct outcome {
    int rc;
    struct import_result res;
    struct ird_err e;
    const char *plan, *problems, *warnings;
};

static struct outcome run(struct app *a, enum kind_id k, const char *csv, const char *encoding,
                          int dry_run, int allow_duplicates)
{
    struct said s = { { 0 }, { 0 }, { 0 }, { 0 } };
    struct import_opts o = { k, encoding, dry_run, allow_duplicates, 0, collect, &s };
    struct outcome out;

    memset(&out, 0, sizeof out);
    out.rc = import_text(a, csv, strlen(csv), &o, &out.res, &out.e);
    out.plan = text_of(&s.plan);
    out.problems = text_of(&s.problems);
    out.warnings = text_of(&s.warnings);
    buf_fini(&s.wait);
    return out;
}

static long cities(struct app *a)
{
    return test_count(a, KIND_CITY, NULL, NULL, 1);
}

/* ---- encodings ------------------------------------------------------------- */

static void one_bad_byte_refuses_the_file_with_its_line_and_byte(void **state)
{
    struct app *a = app_of(state);
    struct outcome r = run(a, KIND_CITY, "id,notes\n2,Café\n3,ok \xE9t\xE9\n", NULL, 0, 0);

    assert_fails(r.rc, &r.e, IRD_INVALID);
    assert_contains(r.e.msg, "Line 3, byte 6 is not UTF-8");
    assert_contains(r.e.msg, "--encoding");
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "<NULL>");
    /* declared, the same bytes are CP1252: é, not Ã© */
    r = run(a, KIND_CITY, "id,notes\n3,ok \xE9t\xE9\n", "CP1252", 0, 0);
    assert_ok(r.rc, &r.e);
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "ok été");
}

static void a_bom_is_utf8_and_the_dry_run_says_so(void **state)
{
    struct app *a = app_of(state);
    struct outcome r = run(a, KIND_CITY, "\xEF\xBB\xBFid,notes\n2,Gdańsk\n", NULL, 1, 0);

    assert_ok(r.rc, &r.e);
    assert_string_equal(r.res.encoding, "UTF-8 with a byte order mark");
    r = run(a, KIND_CITY, "id,notes\n2,Gdańsk\n", "utf-8", 1, 0);
    assert_ok(r.rc, &r.e);
    assert_string_equal(r.res.encoding, "UTF-8");
    r = run(a, KIND_CITY, "id,notes\n2,x\n", "ISO-8859-15", 1, 0);
    assert_ok(r.rc, &r.e);
    assert_string_equal(r.res.encoding, "ISO-8859-15");
}

/* ---- quoting and the header --------------------------------------------------- */

static void malformed_quoting_names_its_line(void **state)
{
    static const char *const bad[][2] = {
        { "id,notes\n2,\"a\"b\n", "Line 2: text after a field's closing quote" },
        { "id,notes\n2,ok\n3,a\"b\n", "Line 3: a quote inside a field" },
        { "id,notes\n2,ok\n3,\"open\n4,x\n", "Line 3: a quoted field is never closed" },
    };
    struct app *a = app_of(state);
    size_t i;

    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct outcome r = run(a, KIND_CITY, bad[i][0], NULL, 0, 0);
        assert_fails(r.rc, &r.e, IRD_INVALID);
        assert_contains(r.e.msg, bad[i][1]);
    }
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "<NULL>");
}

static void a_duplicated_column_is_refused(void **state)
{
    struct app *a = app_of(state);
    struct outcome r = run(a, KIND_CITY, "id,notes,notes\n2,a,b\n", NULL, 0, 0);

    assert_fails(r.rc, &r.e, IRD_INVALID);
    assert_contains(r.e.msg, "Line 1: the column \"notes\" appears twice.");
    r = run(a, KIND_CITY, "id,notes, id\n2,a,2\n", NULL, 0, 0);
    assert_fails(r.rc, &r.e, IRD_INVALID);
    assert_contains(r.e.msg, "\"id\" appears twice");
}

static void the_reader_reads_in_pieces(void **state)
{
    /* a file of many 64 KB chunks: rows across their edges, a multi-byte
     * character too, and the line numbers right */
    char path[] = "/tmp/irdesk-import-XXXXXX";
    int fd = mkstemp(path);
    struct buf b = { 0 };
    struct csv_reader r;
    struct csv_row row;
    struct ird_err e = { 0 };
    long n = 0, i;
    int got;

    (void)state;
    assert_true(fd >= 0);
    buf_add(&b, "a;b\r\n");
    for (i = 0; i < 20000; i++)
        buf_printf(&b, "%ld;\"Kraków\nline %ld\"\r\n", i, i);
    assert_int_equal(write(fd, b.s, b.len), (ssize_t)b.len);
    buf_fini(&b);
    assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
    assert_ok(csv_reader_fd(&r, fd, CSV_UTF8, &e), &e);
    assert_int_equal(r.sep, ';');
    assert_int_equal(csv_next(&r, &row, &e), 1);
    while ((got = csv_next(&r, &row, &e)) == 1) {
        char want[64];
        snprintf(want, sizeof want, "Kraków\nline %ld", n);
        assert_int_equal(row.n, 2);
        assert_string_equal(row.f[1], want);
        assert_int_equal(row.line, (size_t)(2 + 2 * n));
        n++;
    }
    assert_int_equal(got, 0);
    assert_int_equal(n, 20000);
    csv_reader_fini(&r);
    close(fd);
    unlink(path);
}

/* ---- files that are not files ---------------------------------------------------- */

static void a_directory_says_it_is_one(void **state)
{
    struct fx *f = *state;
    struct import_opts o = { KIND_CITY, NULL, 0, 0, 0, NULL, NULL };
    struct import_result res;
    struct ird_err e = { 0 };

    assert_fails(import_file(f->a, f->dir, &o, &res, &e), &e, IRD_IO);
    assert_contains(e.msg, "is a directory, not a CSV file");
    assert_fails(import_file(f->a, "/dev/null", &o, &res, &e), &e, IRD_IO);
    assert_contains(e.msg, "is not a regular file");
}

/* Another desk holds the write lock past the import's wait: it says it
 * waited, gives up with its own message, and writes nothing. */
static void another_desk_holding_the_lock_past_the_wait(void **state)
{
    struct fx *f = *state;
    struct said s = { { 0 }, { 0 }, { 0 }, { 0 } };
    struct import_opts o = { KIND_CITY, NULL, 0, 0, 2, collect, &s };
    const char *csv = "id,notes\n2,never written\n";
    struct import_result res;
    struct ird_err e = { 0 };
    sqlite3 *other = NULL;

    assert_int_equal(sqlite3_open(f->db, &other), SQLITE_OK);
    assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
    assert_fails(import_text(f->a, csv, strlen(csv), &o, &res, &e), &e, IRD_STORE);
    assert_contains(e.msg, "kept the database busy for 2 s");
    assert_contains(text_of(&s.wait), "Waiting for another desk to finish writing");
    sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(other);
    assert_string_equal(test_value(f->a, KIND_CITY, 2, "notes"), "<NULL>");
    buf_fini(&s.plan);
    buf_fini(&s.problems);
    buf_fini(&s.warnings);
}

/* ---- names ------------------------------------------------------------------------- */

static void a_direction_override_in_a_name_is_refused(void **state)
{
    struct app *a = app_of(state);
    long before = cities(a);
    struct outcome r =
        run(a, KIND_CITY, "name_nl,relation\nevil\xE2\x80\xAEtxt.exe,partner\n", NULL, 0, 0);

    assert_fails(r.rc, &r.e, IRD_INVALID);
    assert_contains(r.problems, "Line 2: name_nl holds U+202E");
    assert_int_equal(cities(a), before);
    /* in a long text it is shown, not refused */
    r = run(a, KIND_CITY, "id,notes\n2,a\xE2\x80\xAE" "b\n", NULL, 1, 0);
    assert_ok(r.rc, &r.e);
    assert_contains(r.plan, "a<U+202E>b");
}

static void what_is_said_is_harmless(void **state)
{
    struct app *a = app_of(state);
    struct outcome r = run(a, KIND_CITY, "id,notes\n\x1B]52;c;aGk=\x07,x\n", NULL, 0, 0);

    assert_fails(r.rc, &r.e, IRD_INVALID);
    assert_contains(r.problems, "^[]52;c;aGk=^G");
    assert_null(strchr(r.problems, '\x1B'));
    r = run(a, KIND_CITY, "id,notes\n2,\x1B[2Jclear\n", NULL, 1, 0);
    assert_fails(r.rc, &r.e, IRD_INVALID); /* control characters are no text */
    assert_contains(r.problems, "Line 2: Notes: the text holds a control character.");
    assert_null(strchr(r.problems, '\x1B'));
    r = run(a, KIND_CITY, "id,notes\n2,tab\there\n", NULL, 1, 0);
    assert_ok(r.rc, &r.e);
    assert_contains(r.plan, "\" → \"tab^Ihere\"");
    r = run(a, KIND_CITY, "id,n\x1B[31mred\n", NULL, 0, 0);
    assert_fails(r.rc, &r.e, IRD_INVALID);
    assert_null(strchr(r.e.msg, '\x1B'));
}

/* ---- twice the same file ------------------------------------------------------------ */

static void a_file_without_ids_imported_twice_does_not_double(void **state)
{
    struct app *a = app_of(state);
    static const char csv[] = "name_nl,relation\nRijsel,partner\nDoornik,sister\n";
    long before = cities(a);
    struct outcome r = run(a, KIND_CITY, csv, NULL, 0, 0);

    assert_ok(r.rc, &r.e);
    assert_int_equal(r.res.created, 2);
    assert_int_equal(cities(a), before + 2);
    /* the second time every row would double a record: refused, named */
    r = run(a, KIND_CITY, csv, NULL, 0, 0);
    assert_fails(r.rc, &r.e, IRD_INVALID);
    assert_contains(r.problems, "Line 2: would create a second Rijsel");
    assert_contains(r.problems, "Line 3: would create a second Doornik");
    assert_contains(r.problems, "--allow-duplicates");
    assert_int_equal(cities(a), before + 2);
    /* asked for, it is done, with a warning */
    r = run(a, KIND_CITY, csv, NULL, 0, 1);
    assert_ok(r.rc, &r.e);
    assert_int_equal(r.res.warnings, 2);
    assert_contains(r.warnings, "Line 2: would create a second Rijsel");
    assert_int_equal(cities(a), before + 4);
}

static void a_title_is_compared_without_case_or_extra_spaces(void **state)
{
    struct app *a = app_of(state);
    long before = cities(a);
    struct outcome r = run(a, KIND_CITY,
                           "name_nl,relation\n  KANAZAWA ,sister\nNew  York,partner\n"
                           "new york,partner\n",
                           NULL, 1, 0);

    assert_fails(r.rc, &r.e, IRD_INVALID);
    assert_contains(r.problems, "Line 2: would create a second   KANAZAWA");
    assert_contains(r.problems, "Line 4: would create a second new york: an earlier line");
    assert_not_contains(r.problems, "Line 3");
    assert_contains(r.e.msg, "2 rows are wrong");
    assert_int_equal(cities(a), before);
}

/* ---- the dry run ------------------------------------------------------------------------ */

static void the_dry_run_lists_every_change_and_every_new_record(void **state)
{
    struct app *a = app_of(state);
    int64_t v = test_version_of(a, KIND_CITY, 3);
    struct outcome r = run(a, KIND_CITY,
                           "id,status,notes,since\n3,dormant,New notes,1972\n4,,,\n"
                           ",,,\n",
                           NULL, 1, 0);

    assert_fails(r.rc, &r.e, IRD_INVALID); /* the last row lacks a name */
    r = run(a, KIND_CITY,
            "id,status,notes,name_nl,relation\n3,dormant,New notes,Kanazawa,sister\n"
            ",,Fresh,Brugge,partner\n",
            NULL, 1, 0);
    assert_ok(r.rc, &r.e);
    assert_contains(r.plan, "Line 2: City 3 (Kanazawa): notes: \"");
    assert_contains(r.plan, "\" → \"New notes\"");
    assert_contains(r.plan, "Line 2: City 3 (Kanazawa): status: active → dormant");
    assert_contains(r.plan, "Line 3: new City \"Brugge\"");
    assert_int_equal(r.res.created, 1);
    assert_int_equal(r.res.updated, 1);
    assert_int_equal(test_version_of(a, KIND_CITY, 3), v); /* nothing written */
}

/* ---- spreadsheet dates and apostrophes --------------------------------------------------- */

static void spreadsheet_dates_are_read_as_iso(void **state)
{
    static const char *const forms[][2] = {
        /* agreement 1 starts in 1958: it was signed before */
        { "4/06/1957", "1957-06-04" }, { "04/06/1957", "1957-06-04" },
        { "1957/06/04", "1957-06-04" }, { "6/1957", "1957-06" },
        { "1957-06-04", "1957-06-04" },
    };
    struct app *a = app_of(state);
    size_t i;

    for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        char *csv = test_gc(xasprintf("id,signed\n1,%s\n", forms[i][0]));
        struct outcome r = run(a, KIND_AGREEMENT, csv, NULL, 0, 0);
        assert_ok(r.rc, &r.e);
        assert_string_equal(test_value(a, KIND_AGREEMENT, 1, "signed"), forms[i][1]);
    }
    /* no such day: refused, as a typed date would be */
    {
        struct outcome r = run(a, KIND_AGREEMENT, "id,signed\n1,31/02/1957\n", NULL, 0, 0);
        assert_fails(r.rc, &r.e, IRD_INVALID);
        assert_contains(r.problems, "Line 2");
        /* the cell as it was typed, not a date made of it */
        assert_contains(r.problems, "\"31/02/1957\" is not a date");
    }
}

static void a_formula_guard_apostrophe_is_taken_off(void **state)
{
    struct app *a = app_of(state);
    struct outcome r = run(a, KIND_CITY, "id,notes\n2,'=1+2\n3,'s-Hertogenbosch\n", NULL, 0, 0);

    assert_ok(r.rc, &r.e);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "=1+2");
    assert_string_equal(test_value(a, KIND_CITY, 3, "notes"), "'s-Hertogenbosch");
}

/* ---- the writing --------------------------------------------------------------------------- */

static void new_archived_rows_get_their_history(void **state)
{
    struct app *a = app_of(state);
    long before = cities(a);
    struct outcome r = run(a, KIND_CITY,
                           "status,archived,name_nl,relation\nended,1,Qoudheim,partner\n"
                           "active,0,Qnieuwheim,sister\n",
                           NULL, 0, 0);
    int64_t id = 0, id2 = 0;

    assert_ok(r.rc, &r.e);
    assert_int_equal(test_search_ids(a, KIND_CITY, "Qnieuwheim", &id2, 1), 1);
    id = id2 - 1; /* the rows go in in their order; the archived one is not searched */
    assert_int_equal(cities(a), before + 2);
    assert_string_equal(test_value(a, KIND_CITY, id, "name_nl"), "Qoudheim");
    assert_string_equal(test_value(a, KIND_CITY, id, "archived"), "1");
    assert_string_equal(test_value(a, KIND_CITY, id, "status"), "ended");
    assert_int_equal(test_history_count(a, KIND_CITY, id), 2);
    assert_string_equal(test_value(a, KIND_CITY, id2, "archived"), "0");
    assert_int_equal(test_history_count(a, KIND_CITY, id2), 1);
}

/* More rows than one INSERT of the store's bulk batch holds (1,000), so
 * that full and part INSERTs write the table and the range gets its search
 * entries afterwards: every row in its order, with its history, and found
 * by the search; a record saved after the import is indexed as before
 * (the batch left no kind in bulk_pending). */
static void many_new_rows_keep_their_order_history_and_search(void **state)
{
    enum { ROWS = 2345 };
    struct app *a = app_of(state);
    struct buf csv = { 0 };
    long before = cities(a);
    int64_t first = 0, last = 0;
    int i;

    /* a setting of the database's own, which the batch sets back */
    test_sql_exec(test_fx_of(state)->db, "INSERT INTO search (search, rank) VALUES ('automerge', 8)");
    buf_add(&csv, "status,archived,name_nl,relation,notes\n");
    for (i = 0; i < ROWS; i++)
        buf_printf(&csv, "active,%d,Qveelheim %d,sister,Qwoord%d\n", i % 7 == 3, i, i);
    {
        struct outcome r = run(a, KIND_CITY, csv.s, NULL, 0, 0);
        assert_ok(r.rc, &r.e);
        assert_int_equal(r.res.created, ROWS);
    }
    buf_fini(&csv);
    assert_int_equal(cities(a), before + ROWS);
    assert_int_equal(test_search_ids(a, KIND_CITY, "Qwoord0", &first, 1), 1);
    assert_int_equal(test_search_ids(a, KIND_CITY, "Qwoord2344", &last, 1), 1);
    assert_int_equal(last - first, ROWS - 1);
    for (i = 0; i < ROWS; i += 499) {
        char name[32];
        snprintf(name, sizeof name, "Qveelheim %d", i);
        assert_string_equal(test_value(a, KIND_CITY, first + i, "name_nl"), name);
        assert_string_equal(test_value(a, KIND_CITY, first + i, "archived"), i % 7 == 3 ? "1" : "0");
        assert_int_equal(test_history_count(a, KIND_CITY, first + i), i % 7 == 3 ? 2 : 1);
    }
    {
        const char *db = test_fx_of(state)->db;
        char sql[400];
        /* created, then archived, as the desk would have written them */
        snprintf(sql, sizeof sql,
                 "SELECT count(*) FROM history c JOIN history x ON x.record_id = c.record_id"
                 " AND x.kind = c.kind AND x.action = 'archive' AND x.note = 'imported'"
                 " WHERE c.kind = 'city' AND c.action = 'create' AND c.id < x.id"
                 " AND c.record_id BETWEEN %lld AND %lld", (long long)first, (long long)last);
        assert_int_equal(test_sql_int(db, sql), (ROWS + 3) / 7);
        assert_int_equal(test_sql_int(db, "SELECT v FROM search_config WHERE k = 'automerge'"), 8);
        assert_int_equal(test_sql_int(db, "SELECT v FROM search_config WHERE k = 'hashsize'"),
                         1 << 20);
        /* the search index holds what search_doc says, nothing more or less */
        test_sql_exec(db, "INSERT INTO search (search, rank) VALUES ('integrity-check', 1)");
    }
    {
        struct record *r = record_new(kind_get(KIND_CITY));
        struct ird_err e = { 0 };
        int64_t id = 0;
        int bad = -2;
        test_set(r, "name_nl", "Qlaterstad");
        test_set(r, "relation", "partner");
        assert_ok(desk_save(a, r, &bad, &e), &e);
        assert_int_equal(test_search_ids(a, KIND_CITY, "Qlaterstad", &id, 1), 1);
        assert_int_equal(id, r->id);
        record_free(&r);
    }
}

/* A file of changed and new rows: the check keeps the new records aside
 * and the writing reads the file again for the changed ones only, taking
 * each new one from what the check kept: every row is written, the new
 * ones in the file's order, with their history, found by the search. */
static void changed_and_new_rows_in_one_file(void **state)
{
    struct app *a = app_of(state);
    long before = cities(a);
    struct buf csv = { 0 };
    int64_t id = 0, none = 0;
    struct hist *h;

    buf_printf(&csv,
               "id,status,archived,name_nl,relation,notes\n"
               ",active,0,Qeersteheim,sister,Qvoorwoord\n"
               "2,,,%s,%s,Qgewijzigdwoord\n"
               ",ended,1,Qtweedeheim,partner,Qnawoord\n",
               test_value(a, KIND_CITY, 2, "name_nl"), test_value(a, KIND_CITY, 2, "relation"));
    {
        struct outcome r = run(a, KIND_CITY, csv.s, NULL, 0, 0);
        assert_ok(r.rc, &r.e);
        assert_int_equal(r.res.created, 2);
        assert_int_equal(r.res.updated, 1);
    }
    buf_fini(&csv);
    assert_int_equal(cities(a), before + 2);
    assert_string_equal(test_value(a, KIND_CITY, 2, "notes"), "Qgewijzigdwoord");
    h = test_last_hist(a, KIND_CITY, 2);
    assert_string_equal(h->action, "edit");
    assert_string_equal(h->new_, "Qgewijzigdwoord");
    hist_list_free(h, 1);
    assert_int_equal(test_search_ids(a, KIND_CITY, "Qgewijzigdwoord", &none, 1), 1);
    assert_int_equal(none, 2);
    assert_int_equal(test_search_ids(a, KIND_CITY, "Qvoorwoord", &id, 1), 1);
    assert_string_equal(test_value(a, KIND_CITY, id, "name_nl"), "Qeersteheim");
    assert_int_equal(test_history_count(a, KIND_CITY, id), 1);
    assert_string_equal(test_value(a, KIND_CITY, id + 1, "name_nl"), "Qtweedeheim");
    assert_string_equal(test_value(a, KIND_CITY, id + 1, "status"), "ended");
    assert_string_equal(test_value(a, KIND_CITY, id + 1, "archived"), "1");
    assert_int_equal(test_history_count(a, KIND_CITY, id + 1), 2);
}

/* A new record of an import gets the sort keys a record saved at the desk
 * gets (the batch computes them in its INSERT): the same values, saved
 * once each way, have the same keys; the English key of a name with no
 * English twin is the Dutch name's. */
static void imported_rows_get_the_desk_s_sort_keys(void **state)
{
    struct app *a = app_of(state);
    const char *db = test_fx_of(state)->db;
    struct record *r = record_new(kind_get(KIND_CITY));
    struct ird_err e = { 0 };
    int bad = -2;
    struct outcome out;

    test_set(r, "name_nl", "Ärlonq");
    test_set(r, "relation", "partner");
    test_set(r, "country_nl", "Frankrijk");
    test_set(r, "country_en", "France");
    assert_ok(desk_save(a, r, &bad, &e), &e);
    record_free(&r);
    out = run(a, KIND_CITY,
              "status,archived,name_nl,relation,country_nl,country_en\n"
              "active,0,Ärlonq,partner,Frankrijk,France\n",
              NULL, 0, 1);
    assert_ok(out.rc, &out.e);
    assert_int_equal(test_sql_int(db, "SELECT count(*) FROM city WHERE name_nl = 'Ärlonq'"), 2);
    assert_int_equal(test_sql_int(db, "SELECT count(DISTINCT name_sk_nl || '|' || name_sk_en"
                                      " || '|' || country_sk_nl || '|' || country_sk_en)"
                                      " FROM city WHERE name_nl = 'Ärlonq'"),
                     1);
    assert_int_equal(test_sql_int(db, "SELECT count(*) FROM city WHERE name_nl = 'Ärlonq'"
                                      " AND name_sk_en = name_sk_nl AND country_sk_nl <>"
                                      " country_sk_en"),
                     2);
}

/* Where the check cannot keep the new records aside (no temporary
 * directory), the import says so and writes nothing; the dry run, which
 * keeps nothing, still runs. */
static void no_room_for_the_spool_writes_nothing(void **state)
{
    struct app *a = app_of(state);
    const char *csv = "status,archived,name_nl,relation\nactive,0,Qzonderheim,sister\n";
    const char *was = getenv("TMPDIR");
    char *keep = was != NULL ? xstrdup(was) : NULL;
    long before = cities(a);
    struct outcome r, dry;

    setenv("TMPDIR", "/nonexistent/irdesk-test", 1);
    r = run(a, KIND_CITY, csv, NULL, 0, 0);
    dry = run(a, KIND_CITY, csv, NULL, 1, 0);
    if (keep != NULL)
        setenv("TMPDIR", keep, 1);
    else
        unsetenv("TMPDIR");
    free(keep);
    assert_fails(r.rc, &r.e, IRD_IO);
    assert_contains(r.e.msg, "temporary file in /nonexistent/irdesk-test cannot be written");
    assert_int_equal(cities(a), before);
    assert_ok(dry.rc, &dry.e);
    assert_int_equal(dry.res.created, 1);
}

/* The indexes on table, one per line with their SQL, from the file itself. */
static char *indexes_of(const char *db, const char *table)
{
    sqlite3 *h = NULL;
    sqlite3_stmt *st = NULL;
    struct buf b = { 0 };

    assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(h, "SELECT name, sql FROM sqlite_master WHERE type ="
                                           " 'index' AND tbl_name = ?1 ORDER BY name",
                                        -1, &st, NULL),
                     SQLITE_OK);
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW)
        buf_printf(&b, "%s %s\n", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1));
    sqlite3_finalize(st);
    sqlite3_close(h);
    return b.len > 0 ? buf_take(&b) : xstrdup("");
}

/* More new rows than the table holds: the table's sort indexes are set
 * aside while they are written and come back as they were; the sort by
 * name still finds the new rows in their place, and check is clean.  The
 * rows are archived: their archive lines, more than one statement of the
 * batch writes, are in the history after their create lines. */
static void many_new_rows_make_the_indexes_again(void **state)
{
    enum { ROWS = 6000 };
    struct fx *f = *state;
    struct app *a = app_of(state);
    struct buf csv = { 0 };
    char *before = indexes_of(f->db, "city"), *after, *report = NULL;
    struct ird_err e = { 0 };
    int i;

    assert_non_null(strstr(before, "city_sort_name_sk_nl"));
    buf_add(&csv, "status,archived,name_nl,relation\n");
    for (i = 0; i < ROWS; i++)
        buf_printf(&csv, "active,1,Qindex %05d,partner\n", ROWS - i);
    {
        struct outcome r = run(a, KIND_CITY, csv.s, NULL, 0, 0);
        assert_ok(r.rc, &r.e);
        assert_int_equal(r.res.created, ROWS);
    }
    buf_fini(&csv);
    assert_int_equal(test_sql_int(f->db, "SELECT count(*) FROM history h JOIN city c"
                                         " ON c.id = h.record_id AND h.kind = 'city'"
                                         " WHERE c.name_nl LIKE 'Qindex %' AND h.action ="
                                         " 'archive' AND c.archived = 1 AND h.id > (SELECT"
                                         " max(id) FROM history WHERE action = 'create')"),
                     ROWS);
    after = indexes_of(f->db, "city");
    assert_string_equal(after, before);
    assert_int_equal(desk_check(a, &report, &e), 0);
    free(report);
    free(before);
    free(after);
}

/* A file large enough that the batch sets the table's indexes and its
 * count and search triggers aside (5,000 rows, more than the table holds)
 * writes the database that the same rows written with them in place give
 * (two imports of half the file each: row by row for the count and the
 * indexes): the records with their sort keys, the counts, the search
 * entries and what the search finds, the history, the schema. */
static void a_large_batch_writes_what_row_by_row_gives(void **state)
{
    enum { ROWS = 6000 };
    struct fx *f = *state;
    struct app *a = app_of(state), *b = NULL;
    struct buf csv = { 0 }, half[2] = { { 0 }, { 0 } };
    const char *head = "status,archived,name_nl,name_en,country_nl,relation,since,notes\n";
    char *rows_db = test_gc(test_path(f->dir, "rows.db")), sql[300], *report = NULL;
    struct ird_err e = { 0 };
    int i, q;
    static const char *const same[] = {
        "SELECT * FROM city ORDER BY id",
        "SELECT * FROM kind_count ORDER BY kind",
        "SELECT kind, rec_id, body FROM search_doc ORDER BY kind, rec_id",
        "SELECT kind, rec_id FROM search_key ORDER BY kind, rec_id",
        "SELECT d.kind, d.rec_id FROM search_spaceless s JOIN search_doc d ON d.id = s.id"
        " ORDER BY 1, 2",
        "SELECT kind, record_id, at, user, action, field, old, new, note FROM history"
        " ORDER BY kind, record_id, id",
        "SELECT count(*) FROM history_search WHERE history_search MATCH 'imported'",
        "SELECT k.kind, k.rec_id FROM search s JOIN search_key k ON k.id = s.rowid"
        " WHERE search MATCH 'qgent*' ORDER BY 1, 2",
        "SELECT k.kind, k.rec_id FROM search_spaceless s JOIN search_key k ON k.id = s.id"
        " WHERE s.body LIKE '%金沢%' ORDER BY 1, 2",
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        " ORDER BY type, name",
    };

    snprintf(sql, sizeof sql, "VACUUM INTO '%s'", rows_db);
    test_sql_exec(f->db, sql);
    buf_add(&csv, head);
    buf_add(&half[0], head);
    buf_add(&half[1], head);
    for (i = 0; i < ROWS; i++) {
        char row[200];
        snprintf(row, sizeof row, "%s,%d,Qgé %d,%s,België,%s,%d,%s\n",
                 i % 4 == 0 ? "dormant" : "active", i % 3 == 1, i,
                 i % 2 ? "Qgent" : "", i % 5 ? "partner" : "sister", 1900 + i % 120,
                 i % 7 == 0 ? "金沢市 zuster" : "Qgentwoord");
        buf_add(&csv, row);
        buf_add(&half[i >= ROWS / 2], row);
    }
    {
        struct outcome r = run(a, KIND_CITY, csv.s, NULL, 0, 0);
        assert_ok(r.rc, &r.e);
        assert_int_equal(r.res.created, ROWS);
    }
    b = test_app_open(rows_db, 0, &e);
    assert_non_null(b);
    for (i = 0; i < 2; i++) {
        struct outcome r = run(b, KIND_CITY, half[i].s, NULL, 0, 0);
        assert_ok(r.rc, &r.e);
        assert_int_equal(r.res.created, ROWS / 2);
    }
    app_close(&b);
    buf_fini(&csv);
    buf_fini(&half[0]);
    buf_fini(&half[1]);
    for (q = 0; q < (int)(sizeof same / sizeof same[0]); q++)
        assert_string_equal(test_rows(f->db, same[q]), test_rows(rows_db, same[q]));
    assert_int_equal(test_sql_int(f->db, "SELECT live FROM kind_count WHERE kind = 'city'"),
                     test_sql_int(f->db, "SELECT count(*) FROM city WHERE archived = 0"));
    test_sql_exec(f->db, "INSERT INTO search (search, rank) VALUES ('integrity-check', 1)");
    assert_int_equal(desk_check(a, &report, &e), 0);
    free(report);
}

/* The same, when the write fails at the last row (a number already used,
 * which only the database sees): nothing changes, the indexes included. */
static void a_failed_bulk_write_keeps_the_indexes(void **state)
{
    enum { ROWS = 6000 };
    struct fx *f = *state;
    struct app *a = app_of(state);
    struct buf csv = { 0 };
    char *before = indexes_of(f->db, "initiative"), *after;
    long n = test_count(a, KIND_INITIATIVE, NULL, NULL, 1);
    int i;

    buf_add(&csv, "status,archived,number,chapter,text_nl\n");
    for (i = 0; i < ROWS; i++)
        buf_printf(&csv, "planned,0,%d,1,Qtekst %d\n", 100 + i, i);
    buf_add(&csv, "planned,0,100,1,Qdubbel\n");
    {
        struct outcome r = run(a, KIND_INITIATIVE, csv.s, NULL, 0, 0);
        assert_true(r.rc < 0);
    }
    buf_fini(&csv);
    after = indexes_of(f->db, "initiative");
    assert_string_equal(after, before);
    assert_int_equal(test_count(a, KIND_INITIATIVE, NULL, NULL, 1), n);
    free(before);
    free(after);
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(one_bad_byte_refuses_the_file_with_its_line_and_byte),
        T(a_bom_is_utf8_and_the_dry_run_says_so),
        T(malformed_quoting_names_its_line),
        T(a_duplicated_column_is_refused),
        T(the_reader_reads_in_pieces),
        T(a_directory_says_it_is_one),
        T(another_desk_holding_the_lock_past_the_wait),
        T(a_direction_override_in_a_name_is_refused),
        T(what_is_said_is_harmless),
        T(a_file_without_ids_imported_twice_does_not_double),
        T(a_title_is_compared_without_case_or_extra_spaces),
        T(the_dry_run_lists_every_change_and_every_new_record),
        T(spreadsheet_dates_are_read_as_iso),
        T(a_formula_guard_apostrophe_is_taken_off),
        T(new_archived_rows_get_their_history),
        T(many_new_rows_keep_their_order_history_and_search),
        T(changed_and_new_rows_in_one_file),
        T(no_room_for_the_spool_writes_nothing),
        T(imported_rows_get_the_desk_s_sort_keys),
        T(many_new_rows_make_the_indexes_again),
        T(a_failed_bulk_write_keeps_the_indexes),
        T(a_large_batch_writes_what_row_by_row_gives),
    };
#undef T

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("import", tests, test_setup_en, NULL);
}
