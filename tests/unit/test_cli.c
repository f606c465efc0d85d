/* cli/ through the real binary ($IRDESK): what a script or a person at
 * a shell sees on stdout and stderr, the exit codes of DESIGN.md ("0 ok, 1
 * the request failed (a message on stderr, nothing written), 2 usage
 * error"), and where the database goes.  Every run gets a private HOME and
 * XDG_DATA_HOME: the user's real database is never touched. */

#include "tests/unit/helpers.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/app.h"
#include "core/desk.h"
#include "db/migrate.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "i18n/i18n.h"

#define END ((const char *)NULL)

struct cli {
    char *dir;  /* temporary directory */
    char *home; /* dir/home */
    char *data; /* dir/data: XDG_DATA_HOME */
    char *db;   /* dir/irdesk.db: what --db names */
};

static int cli_setup(void **state)
{
    struct cli *c = xcalloc(1, sizeof *c);

    c->dir = test_tmpdir();
    c->home = test_path(c->dir, "home");
    c->data = test_path(c->dir, "data");
    c->db = test_path(c->dir, "irdesk.db");
    if (mkdir(c->home, 0700) != 0)
        return -1;
    /* the commands refuse a missing database: the tests' one is made here,
     * as `irdesk init` makes it */
    app_close(&(struct app *){ test_app_open(c->db, 0, NULL) });
    *state = c;
    return 0;
}

static int cli_teardown(void **state)
{
    struct cli *c = *state;

    test_gc_free();
    test_rmtree(c->dir);
    free(c->dir);
    free(c->home);
    free(c->data);
    free(c->db);
    free(c);
    return 0;
}

/* The environment of a run: a clean one, with 'extra' entries added or
 * replacing the base ones ("NAME=value"), or removing them ("NAME"). */
static char **make_env(const struct cli *c, const char *const *extra)
{
    static const char *const pass[] = { "IRDESK_LOCALEDIR", "ASAN_OPTIONS", "UBSAN_OPTIONS",
                                        "LSAN_OPTIONS" };
    char **env = xcalloc(64, sizeof *env);
    size_t n = 0, i, j;

    env[n++] = xstrdup("PATH=/usr/local/bin:/usr/bin:/bin");
    env[n++] = xstrdup("LC_ALL=C.UTF-8");
    env[n++] = xasprintf("HOME=%s", c->home);
    env[n++] = xasprintf("XDG_DATA_HOME=%s", c->data);
    env[n++] = xasprintf("XDG_CONFIG_HOME=%s/config", c->dir);
    env[n++] = xasprintf("XDG_CONFIG_DIRS=%s/etc-xdg", c->dir); /* not the system's */
    env[n++] = xstrdup("IRDESK_NOW=" TEST_NOW);
    env[n++] = xstrdup("TERM=dumb");
    for (i = 0; i < sizeof pass / sizeof pass[0]; i++) {
        const char *v = getenv(pass[i]);
        if (v != NULL)
            env[n++] = xasprintf("%s=%s", pass[i], v);
    }
    for (i = 0; extra != NULL && extra[i] != NULL; i++) {
        const char *eq = strchr(extra[i], '=');
        size_t len = eq ? (size_t)(eq - extra[i]) : strlen(extra[i]);
        for (j = 0; j < n; j++)
            if (strncmp(env[j], extra[i], len) == 0 && env[j][len] == '=')
                break;
        if (j < n) {
            free(env[j]);
            env[j] = env[--n];
            env[n] = NULL;
        }
        if (eq != NULL)
            env[n++] = xstrdup(extra[i]);
    }
    env[n] = NULL;
    return env;
}

/* Run irdesk with the arguments that follow (up to END). */
static void run(const struct cli *c, const char *const *extra_env, struct run *r, ...)
{
    const char *argv[32];
    char **env = make_env(c, extra_env);
    const char *a;
    size_t n = 0, i;
    va_list ap;

    argv[n++] = test_irdesk_path();
    va_start(ap, r);
    while ((a = va_arg(ap, const char *)) != NULL && n < 31)
        argv[n++] = a;
    va_end(ap);
    argv[n] = NULL;
    assert_int_equal(test_run(argv, (const char *const *)env, r), 0);
    for (i = 0; env[i] != NULL; i++)
        free(env[i]);
    free(env);
    /* freed by cli_teardown, also when an assert fails */
    test_gc(r->out);
    test_gc(r->err);
}

static void expect_status(const struct run *r, int want, const char *what)
{
    if (r->status != want)
        print_error("%s: exit %d, want %d\n--- stdout:\n%s--- stderr:\n%s---\n", what, r->status,
                    want, r->out, r->err);
    assert_int_equal(r->status, want);
}

/* The lines of s (without their newlines), kept until the teardown. */
static char **split_lines(const char *s, size_t *n)
{
    char **lines = NULL;
    size_t cnt = 0;
    const char *p = s;

    while (*p != '\0') {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        lines = xrealloc(lines, (cnt + 1) * sizeof *lines);
        lines[cnt++] = test_gc(xstrndup(p, len));
        p += len + (nl ? 1 : 0);
    }
    *n = cnt;
    return test_gc(lines);
}

/* Display column where needle starts in line, searching from *from (which
 * moves past it).  Fails the test when it is not there. */
static size_t col_of(const char *line, const char **from, const char *needle)
{
    const char *p = strstr(*from, needle);
    char *prefix;
    size_t w;

    if (p == NULL) {
        print_error("\"%s\" not found in line \"%s\"\n", needle, line);
        fail();
    }
    prefix = xstrndup(line, (size_t)(p - line));
    w = text_width(prefix);
    free(prefix);
    *from = p + strlen(needle);
    return w;
}

/* ---- list: the twelve cities, aligned by display width ---------------------------- */

struct city_row {
    const char *name, *country, *relation, *since, *status;
};

static const struct city_row cities_en[12] = {
    { "Saint-Raphaël", "France", "Sister city", "1958", "Ended" },
    { "Wiesbaden", "Germany", "Sister city", "1969", "Active" },
    { "Kanazawa", "Japan", "Sister city", "1971", "Active" },
    { "Melle", "Germany", "Sister city", "1977", "Dormant" },
    { "Tallinn", "Estonia", "Sister city", "1982", "Active" },
    { "Mohammedia", "Morocco", "Sister city", "1982", "Dormant" },
    { "Nottingham", "United Kingdom", "Sister city", "1985", "Dormant" },
    { "Burgas", "Bulgaria", "Partner city", "2009", "Active" },
    { "Gdansk", "Poland", "Partner city", "2009", "Active" },
    { "Liège", "Belgium", "Partner city", "2011", "Active" },
    { "Weihai", "China", "Partner city", "2013", "Active" },
    { "Taizhou", "China", "Partner city", "2018", "Active" },
};

static const struct city_row cities_nl[12] = {
    { "Saint-Raphaël", "Frankrijk", "Zusterstad", "1958", "Beëindigd" },
    { "Wiesbaden", "Duitsland", "Zusterstad", "1969", "Actief" },
    { "Kanazawa", "Japan", "Zusterstad", "1971", "Actief" },
    { "Melle", "Duitsland", "Zusterstad", "1977", "Slapend" },
    { "Tallinn", "Estland", "Zusterstad", "1982", "Actief" },
    { "Mohammedia", "Marokko", "Zusterstad", "1982", "Slapend" },
    { "Nottingham", "VK", "Zusterstad", "1985", "Slapend" },
    { "Burgas", "Bulgarije", "Partnerstad", "2009", "Actief" },
    { "Gdansk", "Polen", "Partnerstad", "2009", "Actief" },
    { "Luik", "België", "Partnerstad", "2011", "Actief" },
    { "Weihai", "China", "Partnerstad", "2013", "Actief" },
    { "Taizhou", "China", "Partnerstad", "2018", "Actief" },
};

/* The list of cities: a header with these words, then the twelve rows, every
 * column starting in the same display column (numbers aligned right: a year
 * ends where its header ends). */
static void check_city_list(const char *out, const char *const head[5],
                            const struct city_row *rows)
{
    size_t n = 0, i;
    char **lines = split_lines(out, &n);
    size_t hc[5];
    const char *p = lines[0];

    if (n != 13)
        print_error("%zu lines, want a header and 12 rows:\n%s", n, out);
    assert_int_equal(n, 13);
    for (i = 0; i < 5; i++)
        hc[i] = col_of(lines[0], &p, head[i]);
    for (i = 0; i < 12; i++) {
        const char *line = lines[i + 1], *q = line;
        char id[8];
        size_t c;
        snprintf(id, sizeof id, "%zu", i + 1);
        col_of(line, &q, id);
        c = col_of(line, &q, rows[i].name);
        if (c != hc[0])
            print_error("row %zu: \"%s\" starts in column %zu, \"%s\" in %zu:\n%s\n%s\n", i + 1,
                        rows[i].name, c, head[0], hc[0], lines[0], line);
        assert_int_equal(c, hc[0]);
        assert_int_equal(col_of(line, &q, rows[i].country), hc[1]);
        assert_int_equal(col_of(line, &q, rows[i].relation), hc[2]);
        /* right-aligned: the year ends under the end of its header */
        c = col_of(line, &q, rows[i].since);
        if (c + text_width(rows[i].since) != hc[3] + text_width(head[3]))
            print_error("row %zu: the year ends in column %zu, its header in %zu:\n%s\n%s\n",
                        i + 1, c + text_width(rows[i].since), hc[3] + text_width(head[3]),
                        lines[0], line);
        assert_int_equal(c + text_width(rows[i].since), hc[3] + text_width(head[3]));
        c = col_of(line, &q, rows[i].status);
        if (c != hc[4])
            print_error("row %zu: \"%s\" starts in column %zu, \"%s\" in %zu:\n%s\n%s\n", i + 1,
                        rows[i].status, c, head[4], hc[4], lines[0], line);
        assert_int_equal(c, hc[4]);
    }
}

static void list_cities_in_english(void **state)
{
    static const char *const head[5] = { "Name", "Country", "Relation", "Since", "Status" };
    struct cli *c = *state;
    struct run r;

    run(c, NULL, &r, "--db", c->db, "list", "cities", "--lang", "en", END);
    expect_status(&r, 0, "list cities");
    assert_string_equal(r.err, "");
    check_city_list(r.out, head, cities_en);
    assert_not_contains(r.out, "Luik"); /* English names in English */
}

static void list_takes_options_anywhere_and_dutch_kind_words(void **state)
{
    struct cli *c = *state;
    struct run r1, r2;

    run(c, NULL, &r1, "--db", c->db, "list", "cities", "--lang", "en", END);
    run(c, NULL, &r2, "--lang=en", "list", "steden", "--db", c->db, END);
    expect_status(&r1, 0, "list cities");
    expect_status(&r2, 0, "list steden");
    assert_string_equal(r1.out, r2.out);
}

static void list_cities_by_status(void **state)
{
    struct cli *c = *state;
    struct run r;
    size_t n = 0, i;
    char **lines;
    static const char *const dormant[] = { "Melle", "Mohammedia", "Nottingham" };

    run(c, NULL, &r, "--db", c->db, "list", "cities", "--status", "dormant", "--lang", "en", END);
    expect_status(&r, 0, "list cities --status dormant");
    lines = split_lines(r.out, &n);
    assert_int_equal(n, 4);
    for (i = 1; i < n; i++) {
        assert_contains(lines[i], dormant[i - 1]);
        assert_contains(lines[i], "Dormant");
    }
    /* derived from the decision log, by its code or its label */
    run(c, NULL, &r, "--db", c->db, "list", "cities", "--status", "Decision pending", "--lang",
        "en", END);
    expect_status(&r, 0, "list cities --status 'Decision pending'");
    lines = split_lines(r.out, &n);
    assert_int_equal(n, 12); /* all but Saint-Raphaël, whose end was carried out */
    assert_not_contains(r.out, "Saint-Raphaël");

    /* by its label too */
    run(c, NULL, &r, "--db", c->db, "list", "cities", "--status", "Ended", "--lang", "en", END);
    expect_status(&r, 0, "list cities --status Ended");
    lines = split_lines(r.out, &n);
    assert_int_equal(n, 2);
    assert_contains(lines[1], "Saint-Raphaël");

    run(c, NULL, &r, "--db", c->db, "list", "cities", "--status", "bogus", "--lang", "en", END);
    expect_status(&r, 2, "list cities --status bogus"); /* a usage error */
    assert_contains(r.err, "bogus");
    assert_contains(r.err, "reorienting"); /* the statuses there are */
    assert_string_equal(r.out, "");
}

static void list_search_folds_accents(void **state)
{
    struct cli *c = *state;
    struct run r;
    size_t n = 0;
    char **lines;

    run(c, NULL, &r, "--db", c->db, "list", "city", "--search", "liege", "--lang", "en", END);
    expect_status(&r, 0, "list city --search liege");
    lines = split_lines(r.out, &n);
    assert_int_equal(n, 2);
    assert_contains(lines[1], "Liège");
    assert_contains(lines[1], "10");

    run(c, NULL, &r, "--db", c->db, "list", "city", "--search", "Atlantis", "--lang", "en", END);
    expect_status(&r, 0, "list city --search Atlantis");
    lines = split_lines(r.out, &n);
    assert_int_equal(n, 1); /* the header only */
}

static void list_hides_archived_records_unless_asked(void **state)
{
    struct cli *c = *state;
    struct ird_err e = { 0 };
    struct app *a;
    struct run r;
    size_t n = 0;

    run(c, NULL, &r, "--db", c->db, "list", "cities", "--lang", "en", END);
    expect_status(&r, 0, "list cities");
    a = test_app_open(c->db, 0, &e);
    assert_non_null(a);
    assert_ok(desk_archive(a, KIND_CITY, 12, 1, 1, NULL, &e), &e);
    app_close(&a);
    run(c, NULL, &r, "--db", c->db, "list", "cities", "--lang", "en", END);
    split_lines(r.out, &n);
    assert_int_equal(n, 12);
    assert_not_contains(r.out, "Taizhou");
    run(c, NULL, &r, "--db", c->db, "list", "cities", "--archived", "--lang", "en", END);
    split_lines(r.out, &n);
    assert_int_equal(n, 13);
    assert_contains(r.out, "Taizhou");
}

/* ---- show ------------------------------------------------------------------------------ */

static void show_city_by_name_or_number(void **state)
{
    struct cli *c = *state;
    struct run r1, r2, r3;

    run(c, NULL, &r1, "--db", c->db, "show", "city", "liege", "--lang", "en", END);
    run(c, NULL, &r2, "--db", c->db, "show", "city", "10", "--lang", "en", END);
    run(c, NULL, &r3, "--db", c->db, "show", "stad", "Luik", "--lang", "en", END);
    expect_status(&r1, 0, "show city liege");
    expect_status(&r2, 0, "show city 10");
    expect_status(&r3, 0, "show stad Luik");
    assert_string_equal(r1.out, r2.out);
    assert_string_equal(r1.out, r3.out);
    assert_contains(r1.out, "City 10 · Liège");
    assert_contains(r1.out, "Luik");
    assert_contains(r1.out, "Belgium");
    assert_contains(r1.out, "2011");
    assert_contains(r1.out, "Partner city");
    /* its agreement, by its English title */
    assert_contains(r1.out, "Cooperation agreement (MoU) Ghent – Liège");

    run(c, NULL, &r1, "--db", c->db, "show", "city", "99", "--lang", "en", END);
    expect_status(&r1, 1, "show city 99");
    assert_contains(r1.err, "99");
    assert_string_equal(r1.out, "");
}

static void show_agreement_14(void **state)
{
    struct cli *c = *state;
    struct run r;

    run(c, NULL, &r, "--db", c->db, "show", "agreement", "14", "--lang", "en", END);
    expect_status(&r, 0, "show agreement 14");
    assert_contains(r.out, "Agreement 14");
    assert_contains(r.out, "2018-06-04");
    assert_contains(r.out, "Letter of intent");
    assert_contains(r.out, "Taizhou");
    assert_contains(r.out, "In force"); /* signed: the MoU it prepared did not follow */
    assert_contains(r.out, "gemeenschappelijk thema");
}

/* `show` is not a terminal: cli.c renders it for 80 columns.  No line may be
 * wider, or it wraps in an 80-column terminal and in mail. */
static void show_fits_in_80_columns(void **state)
{
    static const char *const what[][2] = { { "city", "10" },      { "city", "3" },
                                           { "agreement", "14" }, { "network", "1" },
                                           { "initiative", "23" } };
    struct cli *c = *state;
    size_t k;
    int over = 0;

    for (k = 0; k < sizeof what / sizeof what[0]; k++) {
        struct run r;
        size_t n = 0, i;
        char **lines;
        run(c, NULL, &r, "--db", c->db, "show", what[k][0], what[k][1], "--lang", "en", END);
        expect_status(&r, 0, "show");
        lines = split_lines(r.out, &n);
        for (i = 0; i < n; i++)
            if (text_width(lines[i]) > 80) {
                print_error("show %s %s: %zu cells: \"%s\"\n", what[k][0], what[k][1],
                            text_width(lines[i]), lines[i]);
                over++;
            }
    }
    assert_int_equal(over, 0);
}

/* ---- status and history ------------------------------------------------------------------- */

static void status_change_then_history(void **state)
{
    struct cli *c = *state;
    struct run r;

    run(c, NULL, &r, "--db", c->db, "status", "initiative", "5", "in_progress", "--note",
        "Kick-off", "--lang", "en", END);
    expect_status(&r, 0, "status initiative 5 in_progress");
    assert_contains(r.out, "In progress");
    assert_string_equal(r.err, "");

    run(c, (const char *const[]){ "TZ=Europe/Brussels", NULL }, &r, "--db", c->db, "history",
        "initiative", "5", "--lang", "en", END);
    expect_status(&r, 0, "history initiative 5");
    assert_contains(r.out, "Kick-off");
    assert_contains(r.out, "Planned → In progress");
    /* IRDESK_NOW, 2025-03-01T10:00:00Z, stored in UTC and shown in local time */
    assert_contains(r.out, "2025-03-01 11:00");
    run(c, (const char *const[]){ "TZ=Europe/Brussels", NULL }, &r, "--db", c->db, "export",
        "initiative", "--format", "json", "--history", END);
    expect_status(&r, 0, "export initiative --history");
    assert_contains(r.out, "\"" TEST_NOW "\"");
}

static void refused_status_change_writes_nothing(void **state)
{
    struct cli *c = *state;
    struct run before, r, after;

    run(c, NULL, &before, "--db", c->db, "history", "agreement", "1", "--lang", "en", END);
    expect_status(&before, 0, "history agreement 1");
    run(c, NULL, &r, "--db", c->db, "status", "agreement", "1", "draft", "--lang", "en", END);
    expect_status(&r, 1, "status agreement 1 draft");
    assert_string_equal(r.out, "");
    assert_contains(r.err, "none"); /* where it may go: nowhere */
    run(c, NULL, &after, "--db", c->db, "history", "agreement", "1", "--lang", "en", END);
    assert_string_equal(before.out, after.out);

    run(c, NULL, &r, "--db", c->db, "status", "city", "3", "ended", "--lang", "en", END);
    expect_status(&r, 1, "status city 3 ended");
    assert_contains(r.err, "under_review");
}

/* "A Agreement cannot go from ...", "is not a status of a Initiative": the
 * English of the refusals.  (Dutch needs its own article too: "een".) */
static void refusals_read_as_english(void **state)
{
    struct cli *c = *state;
    struct run r;

    run(c, NULL, &r, "--db", c->db, "status", "agreement", "14", "draft", "--lang", "en", END);
    expect_status(&r, 1, "status agreement 14 draft");
    assert_not_contains(r.err, "A Agreement");
    run(c, NULL, &r, "--db", c->db, "status", "initiative", "5", "bogus", "--lang", "en", END);
    expect_status(&r, 1, "status initiative 5 bogus");
    assert_not_contains(r.err, "a Initiative");
}

static void unknown_status_fails(void **state)
{
    struct cli *c = *state;
    struct run r;

    run(c, NULL, &r, "--db", c->db, "status", "city", "3", "bogus", "--lang", "en", END);
    expect_status(&r, 1, "status city 3 bogus");
    assert_contains(r.err, "bogus");
    assert_contains(r.err, "under_review");
    assert_string_equal(r.out, "");
    run(c, NULL, &r, "--db", c->db, "status", "city", "99", "ended", "--lang", "en", END);
    expect_status(&r, 1, "status city 99 ended");
}

static void read_only_refuses_a_status_change(void **state)
{
    struct cli *c = *state;
    struct run r;

    run(c, NULL, &r, "--db", c->db, "list", "cities", END); /* create it */
    expect_status(&r, 0, "list cities");
    run(c, NULL, &r, "--db", c->db, "--read-only", "status", "initiative", "5", "in_progress",
        "--lang", "en", END);
    expect_status(&r, 1, "--read-only status");
    assert_contains(r.err, "read-only");
    run(c, NULL, &r, "--db", c->db, "history", "initiative", "5", "--lang", "en", END);
    assert_not_contains(r.out, "In progress");
}

/* ---- usage -------------------------------------------------------------------------------- */

static void usage_errors_exit_2(void **state)
{
    /* the words, then what stderr names (NULL: only the usage error) */
    static const char *const cases[][5] = {
        { "list", "bogus", NULL, NULL, "city, agreement, network, initiative, statement, visit, project, contact or assessment" },
        { "list", NULL, NULL, NULL, NULL },     { "--bogus", NULL, NULL, NULL, "--bogus" },
        { "list", "cities", "--bogus", NULL, NULL }, { "frobnicate", "cities", NULL, NULL, NULL },
        { "show", "city", NULL, NULL, NULL },   { "status", "city", "3", NULL, NULL },
        { "status", "city", "x", "ended", "'x'" }, { "history", "city", NULL, NULL, NULL },
        { "list", "cities", "extra", NULL, NULL }, { "list", "cities", "--status", NULL, NULL },
        { "--lang", "fr", "list", "cities", "fr" }, { "--help=yes", NULL, NULL, NULL, NULL },
        /* an option goes only with the commands that take it */
        { "list", "cities", "--note", "x", "--note" }, { "show", "city", "3", "--yes", "--yes" },
        { "check", "--print", NULL, NULL, "--print" }, { "--days", "3", NULL, NULL, "--days" },
        { "backup", "b.db", "--output=x", NULL, "--output" },
        /* record numbers: digits only, never clamped */
        { "history", "city", " 3", NULL, "' 3'" }, { "history", "city", "+3", NULL, "'+3'" },
        { "status", "city", "0x3", "ended", "'0x3'" }, { "history", "city", "0", NULL, "'0'" },
        { "history", "city", "9223372036854775808", NULL, "'9223372036854775808'" },
        { "report", "portfolio", "--days", " 7", "' 7'" },
    };
    struct cli *c = *state;
    char *none = test_gc(test_path(c->dir, "none.db"));
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct run r;
        run(c, NULL, &r, "--db", none, "--lang", "en", cases[i][0], cases[i][1], cases[i][2],
            cases[i][3], END);
        if (r.status != 2)
            print_error("irdesk %s %s %s %s\n", cases[i][0], cases[i][1] ? cases[i][1] : "",
                        cases[i][2] ? cases[i][2] : "", cases[i][3] ? cases[i][3] : "");
        expect_status(&r, 2, cases[i][0]);
        assert_true(strlen(r.err) > 0);
        assert_contains(r.err, "--help");
        if (cases[i][4] != NULL)
            assert_contains(r.err, cases[i][4]);
        assert_string_equal(r.out, "");
    }
    assert_false(test_exists(none));
}

/* A usage error is found before anything is opened: a mistyped command
 * does not create (and seed) a database, at --db or the default place. */
static void usage_errors_create_no_database(void **state)
{
    static const char *const cases[][4] = {
        { "list", "bogus", NULL, NULL },   { "show", "city", NULL, NULL },
        { "status", "city", "3", NULL },   { "status", "city", "x", "ended" },
        { "history", "city", NULL, NULL }, { "history", "city", "3", "4" },
    };
    static const char *const env[] = { "IRDESK_DB", NULL };
    struct cli *c = *state;
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct run r;
        run(c, env, &r, cases[i][0], cases[i][1], cases[i][2], cases[i][3], END);
        expect_status(&r, 2, cases[i][0]);
        if (test_exists(c->data))
            print_error("'irdesk %s %s %s' created %s\n", cases[i][0], cases[i][1],
                        cases[i][2] ? cases[i][2] : "", c->data);
        assert_false(test_exists(c->data));
    }
}

/* A database of an older schema is left as it is by a command refused
 * for its arguments: no upgrade, no backup beside it. */
static void usage_errors_leave_an_older_database_alone(void **state)
{
    struct cli *c = *state;
    char *old = test_gc(test_path(c->dir, "old.db")), *before, *after;
    struct ird_err e = { 0 };
    size_t n1 = 0, n2 = 0;
    sqlite3 *h = NULL;
    struct run r;
    int entries;

    assert_int_equal(sqlite3_open(old, &h), SQLITE_OK);
    assert_ok(migrate_to(h, 6, 0, &e), &e);
    sqlite3_close(h);
    before = test_gc(test_read_file(old, &n1));
    entries = test_dir_entries(c->dir);
    run(c, NULL, &r, "--db", old, "list", "city", "--status", "bogus", END);
    expect_status(&r, 2, "list --status bogus");
    after = test_gc(test_read_file(old, &n2));
    assert_int_equal(n1, n2);
    assert_memory_equal(before, after, n1);
    assert_int_equal(test_dir_entries(c->dir), entries);
}

static void help_and_version(void **state)
{
    struct cli *c = *state;
    struct run r;

    run(c, NULL, &r, "--help", END);
    expect_status(&r, 0, "--help");
    assert_contains(r.out, "Usage");
    assert_contains(r.out, "list KIND");
    assert_contains(r.out, "status KIND ID NEW_STATUS");
    assert_string_equal(r.err, "");

    run(c, NULL, &r, "--version", END);
    expect_status(&r, 0, "--version");
    assert_int_equal(strncmp(r.out, "irdesk ", 7), 0);
    assert_true(strlen(r.out) > 8);
    assert_false(test_exists(c->data));
}

/* ---- where the database is ------------------------------------------------------------------ */

static void default_database_goes_to_xdg_data_home(void **state)
{
    static const char *const env[] = { "IRDESK_DB", NULL };
    struct cli *c = *state;
    char *want = test_gc(test_path(c->data, "irdesk/irdesk.db")), *home_db;
    struct run r;

    /* a command creates nothing; init makes it at the default place */
    run(c, env, &r, "list", "cities", "--lang", "en", END);
    expect_status(&r, 1, "list cities (no default database yet)");
    assert_contains(r.err, "irdesk init");
    assert_false(test_exists(want));
    run(c, env, &r, "init", END);
    expect_status(&r, 0, "init (default database)");
    assert_contains(r.out, want);
    run(c, env, &r, "list", "cities", "--lang", "en", END);
    expect_status(&r, 0, "list cities (default database)");
    assert_contains(r.out, "Kanazawa");
    assert_true(test_exists(want));
    home_db = test_gc(test_path(c->home, ".local"));
    assert_false(test_exists(home_db));
}

static void without_xdg_data_home_it_goes_under_home(void **state)
{
    static const char *const env[] = { "IRDESK_DB", "XDG_DATA_HOME", NULL };
    struct cli *c = *state;
    char *want = test_gc(test_path(c->home, ".local/share/irdesk/irdesk.db"));
    struct run r;

    run(c, env, &r, "init", END);
    expect_status(&r, 0, "init (HOME)");
    run(c, env, &r, "list", "cities", "--lang", "en", END);
    expect_status(&r, 0, "list cities (HOME)");
    assert_true(test_exists(want));
}

static void irdesk_db_is_respected_and_db_option_wins(void **state)
{
    struct cli *c = *state;
    char *envdb = test_gc(test_path(c->dir, "env.db"));
    char *setting = test_gc(xasprintf("IRDESK_DB=%s", envdb));
    const char *env[] = { setting, NULL };
    struct run r;

    run(c, env, &r, "init", END);
    expect_status(&r, 0, "init (IRDESK_DB)");
    run(c, env, &r, "status", "initiative", "5", "in_progress", END);
    expect_status(&r, 0, "status (IRDESK_DB)");
    assert_true(test_exists(envdb));
    assert_false(test_exists(c->data));

    /* --db wins over IRDESK_DB: that database still says Planned */
    run(c, env, &r, "--db", c->db, "history", "initiative", "5", "--lang", "en", END);
    expect_status(&r, 0, "history (--db)");
    assert_not_contains(r.out, "In progress");
    run(c, env, &r, "history", "initiative", "5", "--lang", "en", END);
    assert_contains(r.out, "Planned → In progress");
}

static void missing_directory_fails_and_creates_nothing(void **state)
{
    struct cli *c = *state;
    char *dir = test_gc(test_path(c->dir, "nowhere"));
    char *db = test_gc(test_path(dir, "x.db"));
    struct run r;

    run(c, NULL, &r, "--db", db, "list", "cities", "--lang", "en", END);
    expect_status(&r, 1, "--db in a missing directory");
    assert_contains(r.err, dir);
    assert_string_equal(r.out, "");
    assert_false(test_exists(dir));
}

static void a_text_file_fails_and_is_left_alone(void **state)
{
    struct cli *c = *state;
    char *path = test_gc(test_path(c->dir, "notes.txt")), *after;
    struct run r;
    size_t n = 0;

    test_write_file(path, "hello\n", 6);
    run(c, NULL, &r, "--db", path, "list", "cities", "--lang", "en", END);
    expect_status(&r, 1, "--db a text file");
    assert_contains(r.err, "notes.txt");
    assert_string_equal(r.out, "");
    run(c, NULL, &r, "--db", path, "status", "city", "3", "dormant", "--lang", "en", END);
    expect_status(&r, 1, "status on a text file");
    after = test_gc(test_read_file(path, &n));
    assert_int_equal(n, 6);
    assert_memory_equal(after, "hello\n", 6);
    assert_int_equal(test_dir_entries(c->dir), 3); /* home/, irdesk.db and notes.txt */
}

/* ---- Dutch (needs the nl catalog: i18n/nl.po) ------------------------------------------------ */

static void nl_list_cities(void **state)
{
    static const char *const head[5] = { "Naam", "Land", "Relatie", "Sinds", "Status" };
    struct cli *c = *state;
    struct run r;

    run(c, NULL, &r, "--db", c->db, "list", "steden", "--lang", "nl", END);
    expect_status(&r, 0, "list steden --lang nl");
    check_city_list(r.out, head, cities_nl);
}

static void nl_language_from_the_environment(void **state)
{
    static const char *const env[] = { "LANGUAGE=nl", NULL };
    struct cli *c = *state;
    struct run r;

    run(c, env, &r, "--db", c->db, "list", "cities", "--status", "active", END);
    expect_status(&r, 0, "LANGUAGE=nl list cities");
    assert_contains(r.out, "Naam");
    assert_contains(r.out, "Actief");
    assert_contains(r.out, "Zusterstad");
}

static void nl_status_by_dutch_label(void **state)
{
    struct cli *c = *state;
    struct run r;

    run(c, NULL, &r, "--db", c->db, "status", "initiatief", "5", "In uitvoering", "--note",
        "Start", "--lang", "nl", END);
    expect_status(&r, 0, "status initiatief 5 'In uitvoering'");
    assert_contains(r.out, "In uitvoering");
    run(c, NULL, &r, "--db", c->db, "history", "initiatief", "5", "--lang", "nl", END);
    assert_contains(r.out, "Gepland → In uitvoering");
}

/* The usage errors name the value in Dutch too. */
static void nl_usage_errors_name_the_value(void **state)
{
    static const char *const numbers[] = { " 3", "+3", "99999999999999999999" };
    struct cli *c = *state;
    char *none = test_gc(test_path(c->dir, "none.db"));
    struct run r;
    size_t i;

    for (i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        run(c, NULL, &r, "--db", none, "--lang", "nl", "history", "stad", numbers[i], END);
        expect_status(&r, 2, "history stad <bad number>");
        assert_contains(r.err, "recordnummer");
        assert_contains(r.err, numbers[i]);
    }
    run(c, NULL, &r, "--db", none, "--lang", "nl", "list", "dorpen", END);
    expect_status(&r, 2, "list dorpen");
    assert_contains(r.err, "'dorpen'");
    assert_contains(r.err, "city, agreement, network, initiative, statement, visit, project, contact of assessment");
    run(c, NULL, &r, "--db", none, "--lang", "nl", "list", "steden", "--yes", END);
    expect_status(&r, 2, "list steden --yes");
    assert_contains(r.err, "'--yes'");
    assert_false(test_exists(none));
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_setup_teardown(f, cli_setup, cli_teardown)
    const struct CMUnitTest tests[] = {
        T(list_cities_in_english),
        T(list_takes_options_anywhere_and_dutch_kind_words),
        T(list_cities_by_status),
        T(list_search_folds_accents),
        T(list_hides_archived_records_unless_asked),
        T(show_city_by_name_or_number),
        T(show_agreement_14),
        T(show_fits_in_80_columns),
        T(status_change_then_history),
        T(refused_status_change_writes_nothing),
        T(refusals_read_as_english),
        T(unknown_status_fails),
        T(read_only_refuses_a_status_change),
        T(usage_errors_exit_2),
        T(usage_errors_create_no_database),
        T(usage_errors_leave_an_older_database_alone),
        T(help_and_version),
        T(default_database_goes_to_xdg_data_home),
        T(without_xdg_data_home_it_goes_under_home),
        T(irdesk_db_is_respected_and_db_option_wins),
        T(missing_directory_fails_and_creates_nothing),
        T(a_text_file_fails_and_is_left_alone),
    };
    const struct CMUnitTest tests_nl[] = {
        T(nl_list_cities),
        T(nl_language_from_the_environment),
        T(nl_status_by_dutch_label),
        T(nl_usage_errors_name_the_value),
    };
#undef T
    int failed;

    test_filter_args(argc, argv);
    failed = cmocka_run_group_tests_name("cli", tests, test_setup_en, NULL);
    failed += cmocka_run_group_tests_name("cli_nl", tests_nl, test_setup_en, NULL);
    return failed;
}
