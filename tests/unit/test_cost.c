/* The shape of the cost, without a stopwatch: the work the store does
 * (SQLite virtual machine steps) for each thing the desk does on screen,
 * on a database of 1,000 and of 100,000 records.  The work must follow the
 * size of the screen, not of the table. */
#include "helpers.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/detail.h"
#include "model/record.h"
#include "i18n/i18n.h"
#include "tui/listwin.h"

enum { ROWS = 20, BUSY_CITY = 3 };

struct sized {
    char *dir;
    struct app *a;
    long n;
};

/* A seeded database with n extra cities (and as many history lines on one
 * of them), made with plain SQL for speed. */
static struct sized *make(long n)
{
    struct sized *z = calloc(1, sizeof *z);
    struct ird_err e = { 0 };
    char *db, sql[1024];
    sqlite3 *h = NULL;

    z->dir = test_tmpdir();
    z->n = n;
    db = test_path(z->dir, "c.db");
    z->a = test_app_open(db, 0, &e);
    assert_non_null(z->a);
    app_close(&z->a);
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    snprintf(sql, sizeof sql,
             "BEGIN;"
             "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %ld)"
             " INSERT INTO city (name_nl, country_nl, relation, since, status)"
             " SELECT 'Stad ' || x, 'Land ' || (x %% 97), 'partner', 1900 + x %% 100,"
             " 'active' FROM c;"
             "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %ld)"
             " INSERT INTO history (kind, record_id, at, user, action, note)"
             " SELECT 'city', %d, printf('2020-01-01T00:00:%%05dZ', x), 'gen', 'event',"
             " 'note ' || x FROM c;"
             "COMMIT;",
             n, n / 10, BUSY_CITY);
    if (sqlite3_exec(h, sql, NULL, NULL, NULL) != SQLITE_OK)
        fail_msg("%s", sqlite3_errmsg(h));
    sqlite3_close(h);
    z->a = test_app_open(db, 0, &e);
    assert_non_null(z->a);
    free(db);
    return z;
}

static void unmake(struct sized *z)
{
    app_close(&z->a);
    test_rmtree(z->dir);
    free(z->dir);
    free(z);
}

/* The work of the desk's actions on one database, in a fixed order. */
struct costs {
    uint64_t first, down, page, last, up, top, search, clear, open, count;
};

static uint64_t since(struct app *a, uint64_t *mark)
{
    uint64_t now = desk_work(a), d = now - *mark;

    *mark = now;
    return d;
}

static void measure(struct sized *z, struct costs *c)
{
    struct listwin w;
    struct detail *d = NULL;
    struct ird_err e = { 0 };
    uint64_t mark;
    int i;

    listwin_init(&w, KIND_CITY);
    w.rows = ROWS;
    mark = desk_work(z->a);
    assert_ok(listwin_reload(&w, z->a, 0, &e), &e);
    c->first = since(z->a, &mark);
    assert_int_equal(w.count, z->n + 12);
    /* one line down, past the bottom of the window */
    for (i = 0; i < ROWS; i++)
        assert_ok(listwin_move(&w, z->a, 1, &e), &e);
    c->down = since(z->a, &mark) / ROWS;
    assert_int_equal(w.sel, ROWS);
    assert_ok(listwin_move(&w, z->a, ROWS, &e), &e);
    c->page = since(z->a, &mark);
    assert_int_equal(w.sel, 2 * ROWS);
    assert_ok(listwin_last(&w, z->a, &e), &e);
    c->last = since(z->a, &mark);
    assert_int_equal(w.sel, w.count - 1);
    assert_non_null(listwin_selected(&w));
    assert_ok(listwin_move(&w, z->a, -ROWS - 3, &e), &e);
    c->up = since(z->a, &mark);
    assert_int_equal(w.sel, w.count - 1 - ROWS - 3);
    assert_ok(listwin_first(&w, z->a, &e), &e);
    c->top = since(z->a, &mark);
    /* typing a five-letter search, one letter at a time */
    {
        static const char *const typed[] = { "g", "gd", "gda", "gdan", "gdans" };
        for (i = 0; i < 5; i++)
            assert_ok(listwin_search(&w, z->a, typed[i], &e), &e);
    }
    c->search = since(z->a, &mark) / 5;
    assert_int_equal(w.count, 1);
    assert_int_equal(listwin_selected(&w)->id, 9);
    assert_ok(listwin_search(&w, z->a, "", &e), &e);
    c->clear = since(z->a, &mark);
    /* opening the record with the longest history */
    assert_ok(detail_build(z->a, KIND_CITY, BUSY_CITY, 10, &d, &e), &e);
    c->open = since(z->a, &mark);
    detail_free(&d);
    {
        struct query q = { KIND_CITY, NULL, NULL, -1, 0, 0 };
        long n = 0;
        assert_ok(desk_count(z->a, &q, &n, &e), &e);
        c->count = since(z->a, &mark);
    }
    listwin_fini(&w);
}

/* The big database may cost a little more (deeper indexes), never in
 * proportion to its size: a hundred times the rows, at most twice the work
 * and a small constant. */
static void check(const char *what, uint64_t small, uint64_t big)
{
    print_message("%-28s %8llu %8llu\n", what, (unsigned long long)small, (unsigned long long)big);
    if (big > 2 * small + 100)
        fail_msg("%s: %llu steps with 1,000 records, %llu with 100,000: the work grows with "
                 "the table",
                 what, (unsigned long long)small, (unsigned long long)big);
}

static void work_follows_the_screen_not_the_table(void **state)
{
    struct sized *s = make(1000), *b = make(100000);
    struct costs cs, cb;

    (void)state;
    measure(s, &cs);
    measure(b, &cb);
    print_message("%-28s %8s %8s\n", "action (VM steps)", "1,000", "100,000");
    check("first screen", cs.first, cb.first);
    check("one line down", cs.down, cb.down);
    check("page down", cs.page, cb.page);
    check("jump to the end", cs.last, cb.last);
    check("page up from the end", cs.up, cb.up);
    check("back to the top", cs.top, cb.top);
    check("search, per letter typed", cs.search, cb.search);
    check("open a record", cs.open, cb.open);
    check("count of the pane", cs.count, cb.count);
    unmake(s);
    unmake(b);
}

/* Walk the window over every sort of every kind, both ways, one row and
 * one page at a time: it must meet the rows in the order of the whole list,
 * empty values (NULL) included, whatever the screen height. */
static void window_walks_the_list_in_order(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    int k, sort, desc, step;

    for (k = 0; k < KIND_COUNT; k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        for (sort = -1; sort < kd->nfields; sort++) {
            if (sort >= 0 && kd->fields[sort].list_width == 0)
                continue;
            for (desc = 0; desc < 2; desc++)
                for (step = 1; step <= 7; step += 6) {
                    struct listwin w;
                    struct record **all = NULL;
                    size_t n = 0, i;
                    listwin_init(&w, (enum kind_id)k);
                    w.q.sort = sort;
                    w.q.descending = desc;
                    w.rows = 5;
                    assert_ok(desk_list(f->a, &w.q, 0, -1, &all, &n, &e), &e);
                    assert_ok(listwin_reload(&w, f->a, 0, &e), &e);
                    assert_int_equal(w.count, (long)n);
                    for (i = 0; i < n; i += (size_t)step) {
                        const struct record *r = listwin_selected(&w);
                        assert_non_null(r);
                        if (r->id != all[i]->id)
                            fail_msg("%s sorted on %d%s, step %d: row %zu is %lld, not %lld",
                                     kd->code, sort, desc ? " desc" : "", step, i,
                                     (long long)r->id, (long long)all[i]->id);
                        assert_int_equal(w.sel, (long)i);
                        assert_ok(listwin_move(&w, f->a, step, &e), &e);
                    }
                    /* and back up from the end */
                    assert_ok(listwin_last(&w, f->a, &e), &e);
                    for (i = n; i-- > 0;) {
                        const struct record *r = listwin_selected(&w);
                        assert_non_null(r);
                        assert_int_equal(r->id, all[i]->id);
                        assert_ok(listwin_move(&w, f->a, -1, &e), &e);
                    }
                    record_list_free(all, n);
                    listwin_fini(&w);
                }
        }
    }
}

/* The first row of the window changes its place in the order (an edit, or
 * another desk): after a reload the counter and the window agree again. */
static void reload_follows_the_first_row(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    struct listwin w;
    struct record *r = NULL;
    int bad = -1;

    listwin_init(&w, KIND_CITY);
    w.q.sort = kind_field(kind_get(KIND_CITY), "name_nl");
    w.rows = 5;
    assert_ok(listwin_reload(&w, f->a, 0, &e), &e);
    assert_ok(listwin_move(&w, f->a, 6, &e), &e);
    assert_int_equal(w.sel, 6);
    /* the window's first row goes to the end of the order */
    assert_ok(desk_get(f->a, KIND_CITY, w.top_id, &r, &e), &e);
    record_set(r, 0, "Zzz");
    record_set(r, 1, "Zzz"); /* the list sorts on the shown (English) name */
    assert_ok(desk_save(f->a, r, &bad, &e), &e);
    assert_ok(listwin_reload(&w, f->a, r->id, &e), &e);
    assert_int_equal(w.sel, 11);
    assert_non_null(listwin_selected(&w));
    assert_int_equal(listwin_selected(&w)->id, r->id);
    /* and a reload without a record to keep still shows a full window */
    assert_ok(listwin_first(&w, f->a, &e), &e);
    assert_ok(listwin_reload(&w, f->a, 0, &e), &e);
    assert_non_null(listwin_selected(&w));
    assert_int_equal(w.nwin, 5);
    record_free(&r);
    listwin_fini(&w);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(work_follows_the_screen_not_the_table),
        cmocka_unit_test_setup_teardown(window_walks_the_list_in_order, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(reload_follows_the_first_row, fx_setup, fx_teardown),
    };

    test_filter_args(argc, argv);
    i18n_init("en");
    return cmocka_run_group_tests_name("cost", tests, NULL, NULL);
}
