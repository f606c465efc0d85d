/* core/json_import.c: the JSON export put back.  Exported, imported into an
 * empty database and exported again it is the same bytes, history
 * included; imported over the database it came from it changes nothing;
 * hostile JSON is refused with a message and changes nothing. */

#include "tests/unit/helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/desk.h"
#include "core/journal.h"
#include "lib/mem.h"
#include "model/kind.h"

/* What `sqlite3 DB .dump` prints: every row of every table. */
static char *dump(struct fx *f)
{
    const char *argv[] = { "/usr/bin/sqlite3", f->db, ".dump", NULL };
    const char *envp[] = { "PATH=/usr/bin:/bin", "LC_ALL=C.UTF-8", NULL };
    struct run r = { 0 };

    assert_int_equal(test_run(argv, envp, &r), 0);
    assert_int_equal(r.status, 0);
    free(r.err);
    return test_gc(r.out);
}

/* Some history of the desk's own on top of the seed: an edit, a status
 * change with a note, an archived record. */
static void work_on(struct fx *f)
{
    struct run r;

    test_save_field(f->a, KIND_CITY, 3, "notes_en", "Edited \"here\"\nwith a line break");
    test_cli(f, &r, "status", "initiative", "23", "in_progress", "--note", "Begonnen", NULL);
    test_expect_exit(&r, 0, "status");
    test_cli(f, &r, "decide", "agreement", "2", "--text", "Evalueren in 2027", "--date",
             "2025-02-04", "--source", "Collegebesluit", NULL);
    test_expect_exit(&r, 0, "decide");
    assert_ok(journal_add(f->a, KIND_CITY, 2, "Gesprek met de \"ambassade\"", NULL), NULL);
    {
        /* a file attached, every byte value in it: its bytes go as base64 */
        char data[256], *pdf = test_gc(test_path(f->dir, "charter.pdf"));
        int i;
        for (i = 0; i < 256; i++)
            data[i] = (char)i;
        test_write_file(pdf, data, sizeof data);
        test_cli(f, &r, "attach", "agreement", "2", pdf, NULL);
        test_expect_exit(&r, 0, "attach");
    }
    assert_ok(desk_archive(f->a, KIND_NETWORK, 11, test_version_of(f->a, KIND_NETWORK, 11), 1,
                           "no longer a member", NULL),
              NULL);
}

/* A second fixture: an empty database beside the first one. */
static struct fx empty_beside(struct fx *f, const char *name)
{
    struct fx g = { f->dir, test_gc(test_path(f->dir, name)), NULL };
    struct run r;

    test_cli(&g, &r, "init", "--empty", NULL);
    test_expect_exit(&r, 0, "init --empty");
    return g;
}

static void round_trip(struct fx *f, const char *history)
{
    char *one = test_gc(test_path(f->dir, "one.json")), *two = test_gc(test_path(f->dir, "two.json"));
    struct fx g = empty_beside(f, history ? "hist.db" : "plain.db");
    size_t n1 = 0, n2 = 0;
    char *a, *b;
    struct run r;

    test_cli(f, &r, "export", "all", "--format", "json", "-o", one, history, NULL);
    test_expect_exit(&r, 0, "export");
    test_cli(&g, &r, "import", "all", one, NULL);
    test_expect_exit(&r, 0, "import into the empty database");
    test_cli(&g, &r, "export", "all", "--format", "json", "-o", two, history, NULL);
    test_expect_exit(&r, 0, "export again");
    a = test_gc(test_read_file(one, &n1));
    b = test_gc(test_read_file(two, &n2));
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    /* and it holds what the note says beyond the records */
    assert_contains(a, "\"chapter\": [{\"number\": 1, \"title_nl\": \"Visie en prioriteiten\"");
    assert_contains(a, "\"roles\": [{\"id\": 1, \"role_nl\": \"voorzitter\"");
    assert_contains(a, "\"meta\": [{\"key\": \"networks_stated_total\"");
    assert_contains(a, "\"attachments\": [{\"id\": 1, \"name\": \"charter.pdf\", "
                       "\"mime\": \"application/pdf\", \"size\": 256, ");
    assert_contains(a, "\"body\": \"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKiss");
    test_cli(&g, &r, "check", NULL);
    test_expect_exit(&r, 0, "check after the import: the file's checksum holds");
    assert_contains(a, "\"link\": [{\"id\": 1, \"a_kind\": \"initiative\"");
    assert_contains(a, "\"text_nl\": \"Evalueren in 2027\"");
    assert_contains(a, "\"body\": \"Gesprek met de \\\"ambassade\\\"\"");
    assert_contains(a, "\"view\": [{\"id\": 1, \"name\": ");
}

static void export_import_export_is_the_same_bytes(void **state)
{
    struct fx *f = test_fx_of(state);

    work_on(f);
    round_trip(f, "--history");
    round_trip(f, NULL);
}

static void import_over_its_source_changes_nothing(void **state)
{
    struct fx *f = test_fx_of(state);
    char *path = test_gc(test_path(f->dir, "all.json")), *before;
    struct run r;

    work_on(f);
    test_cli(f, &r, "export", "all", "--format", "json", "--history", "-o", path, NULL);
    test_expect_exit(&r, 0, "export");
    before = dump(f);
    test_cli(f, &r, "import", "all", path, NULL);
    test_expect_exit(&r, 0, "import over the source");
    assert_contains(r.out, " 0 added, 0 changed,");
    assert_string_equal(dump(f), before);
}

/* A hostile file is refused (exit 1, a message naming what is wrong) and
 * the database is as it was. */
static void refused(struct fx *f, const char *json, size_t len, const char *says)
{
    char *path = test_gc(test_path(f->dir, "bad.json")), *before = dump(f);
    struct run r;

    test_write_file(path, json, len);
    test_cli(f, &r, "import", "all", path, NULL);
    test_expect_exit(&r, 1, says);
    assert_contains(r.err, says);
    assert_string_equal(dump(f), before);
}

#define REFUSED(f, lit, says) refused((f), (lit), sizeof(lit) - 1, (says))

static void hostile_json_is_refused_and_changes_nothing(void **state)
{
    struct fx *f = test_fx_of(state);
    char *whole = test_gc(test_path(f->dir, "whole.json")), *text;
    size_t len = 0;
    struct run r;

    REFUSED(f, "{\"city\": [{\"id\": 50, \"name_nl\": \"Br\xfcgge\", \"relation\": \"sister\"}]}",
            "not valid JSON");
    REFUSED(f, "{\"city\": [{\"id\": 50, \"name_nl\": 5, \"relation\": \"sister\"}]}",
            "\"name_nl\" has a value of the wrong type");
    REFUSED(f, "{\"city\": [{\"id\": 50, \"name_nl\": \"X\", \"relation\": \"sister\", \"since\": "
               "\"1958\"}]}",
            "\"since\" has a value of the wrong type");
    REFUSED(f, "{\"city\": [{\"id\": 50, \"name_nl\": \"X\", \"relation\": \"sister\", "
               "\"admin\": true}]}",
            "\"admin\" is not one of its fields");
    REFUSED(f, "{\"excursion\": []}", "\"excursion\", which is not a kind");
    REFUSED(f, "{\"city\": [{\"id\": 50, \"id\": 51}]}", "a key is given twice");
    REFUSED(f, "{\"city\": [{\"id\": 1e400}]}", "a number is too large");
    REFUSED(f, "{\"city\": \"\\u0000\"}", "NUL character");
    REFUSED(f, "{\"city\": []} x", "there is more after the end");
    REFUSED(f, "[1, 2]", "not an irdesk JSON export");
    /* all or nothing: a good record before a bad one is not written */
    REFUSED(f, "{\"city\": [{\"id\": 50, \"version\": 1, \"status\": \"active\", \"archived\": "
               "false, \"name_nl\": \"Brugge\", \"relation\": \"sister\"}, {\"id\": 51, "
               "\"name_nl\": \"X\", \"relation\": \"cousin\"}]}",
            "not one of the choices");
    /* a record the database holds with other values */
    REFUSED(f, "{\"city\": [{\"id\": 1, \"version\": 1, \"status\": \"active\", \"archived\": "
               "false, \"name_nl\": \"Elders\", \"relation\": \"sister\"}]}",
            "holds it with other values");
    REFUSED(f, "{\"network\": [{\"id\": 60, \"name\": \"N\", \"roles\": [{\"role_nl\": \"lid\", "
               "\"rank\": 1}]}]}",
            "\"rank\" is not a column of network_role");
    /* a whole export cut short */
    test_cli(f, &r, "export", "all", "--format", "json", "-o", whole, NULL);
    test_expect_exit(&r, 0, "export");
    text = test_gc(test_read_file(whole, &len));
    refused(f, text, len / 2, "the file ends before the JSON does");
}

static void a_kind_named_takes_only_that_kind(void **state)
{
    struct fx *f = test_fx_of(state);
    char *path = test_gc(test_path(f->dir, "all.json")), *before;
    struct run r;

    test_cli(f, &r, "export", "all", "--format", "json", "-o", path, NULL);
    before = dump(f);
    test_cli(f, &r, "import", "city", path, NULL);
    test_expect_exit(&r, 1, "import city of a whole export");
    assert_contains(r.err, "too: import it with \"all\"");
    test_cli(f, &r, "import", "all", "/dev/null", NULL);
    test_expect_exit(&r, 2, "all with a file that is not JSON");
    assert_string_equal(dump(f), before);
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(export_import_export_is_the_same_bytes),
        T(import_over_its_source_changes_nothing),
        T(hostile_json_is_refused_and_changes_nothing),
        T(a_kind_named_takes_only_that_kind),
    };
#undef T

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("json_import", tests, test_setup_en, NULL);
}
