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
#include "db/store.h"
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
 * of them), made with plain SQL for speed, then sql run on it (NULL:
 * none). */
static struct sized *make_with(long n, const char *more)
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
             " INSERT INTO city (name_nl, country_nl, relation, since, status, name_sk_nl,"
             " name_sk_en, country_sk_nl, country_sk_en)"
             " SELECT 'Stad ' || x, 'Land ' || (x %% 97), 'partner', 1900 + x %% 100,"
             " 'active', 'stad ' || x, 'stad ' || x, 'land ' || (x %% 97),"
             " 'land ' || (x %% 97) FROM c;"
             "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %ld)"
             " INSERT INTO history (kind, record_id, at, user, action, note)"
             " SELECT 'city', %d, printf('2020-01-01T00:00:%%05dZ', x), 'gen', 'event',"
             " 'note ' || x FROM c;"
             "COMMIT;",
             n, n / 10 < 1000 ? 1000 : n / 10, BUSY_CITY);
    if (sqlite3_exec(h, sql, NULL, NULL, NULL) != SQLITE_OK ||
        (more != NULL && sqlite3_exec(h, more, NULL, NULL, NULL) != SQLITE_OK))
        fail_msg("%s", sqlite3_errmsg(h));
    sqlite3_close(h);
    z->a = test_app_open(db, 0, &e);
    assert_non_null(z->a);
    free(db);
    return z;
}

static struct sized *make(long n)
{
    return make_with(n, NULL);
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
    uint64_t first, down, page, last, pane, up, top, search, clear, open, count, history;
    uint64_t spaceless, history_words;
    uint64_t many, many_settle, many_sorted, many_last;
    uint64_t sort[8], sort_last[8], status, unfilter, stale, save;
    int nsort;
};

static uint64_t since(struct app *a, uint64_t *mark)
{
    uint64_t now = desk_work(a), d = now - *mark;

    *mark = now;
    return d;
}

/* From the middle of the list: each sortable column in turn (the selection
 * kept on its record, the window around it), then to the end of that
 * order; a status filter and back (the selection kept); and the reload of
 * a pane whose data changed while another was shown. */
static void sorts(struct sized *z, struct listwin *w, struct costs *c, uint64_t *mark)
{
    const struct kind *k = kind_get(KIND_CITY);
    struct ird_err e = { 0 };
    int64_t id;
    int f, settled = 0;

    assert_ok(listwin_first(w, z->a, &e), &e);
    assert_ok(listwin_move(w, z->a, z->n / 2, &e), &e);
    id = listwin_selected(w)->id;
    since(z->a, mark);
    c->nsort = 0;
    for (f = 0; f < k->nfields; f++) {
        if (k->fields[f].list_width == 0)
            continue;
        w->q.sort = f;
        w->q.descending = c->nsort % 2;
        assert_ok(listwin_reload(w, z->a, id, &e), &e);
        c->sort[c->nsort] = since(z->a, mark);
        assert_non_null(listwin_selected(w));
        assert_int_equal(listwin_selected(w)->id, id);
        /* deep in a big list the place is a lower bound, not counted */
        if (z->n >= 100000)
            assert_true(w->pos_lo || w->sel < LISTWIN_CAP);
        if (w->pos_lo) {
            /* counted out when the user is idle: the real place */
            long pos = -1;
            assert_int_equal(listwin_settle(w, z->a, &e), 1);
            assert_false(w->pos_lo);
            assert_ok(desk_position(z->a, &w->q, id, &pos, &e), &e);
            assert_int_equal(w->sel, pos);
            assert_int_equal(listwin_selected(w)->id, id);
            since(z->a, mark);
            settled++;
        }
        assert_ok(listwin_last(w, z->a, &e), &e);
        c->sort_last[c->nsort++] = since(z->a, mark);
        assert_int_equal(w->sel, w->count - 1);
        assert_ok(listwin_reload(w, z->a, id, &e), &e);
        since(z->a, mark);
    }
    if (z->n >= 100000)
        assert_int_equal(settled, c->nsort);
    w->q.status = "active";
    assert_ok(listwin_reload(w, z->a, id, &e), &e);
    c->status = since(z->a, mark);
    assert_int_equal(listwin_selected(w)->id, id);
    w->q.status = NULL;
    assert_ok(listwin_reload(w, z->a, id, &e), &e);
    c->unfilter = since(z->a, mark);
    assert_int_equal(listwin_selected(w)->id, id);
    w->valid = 0;
    assert_ok(listwin_reload(w, z->a, id, &e), &e);
    c->stale = since(z->a, mark);
    assert_int_equal(listwin_selected(w)->id, id);
    /* at the top the place is known again */
    assert_ok(listwin_first(w, z->a, &e), &e);
    assert_false(w->pos_lo);
    assert_int_equal(w->sel, 0);
    w->q.sort = -1;
    w->q.descending = 0;
    assert_ok(listwin_reload(w, z->a, 0, &e), &e);
    since(z->a, mark);
}

/* The window holds the first rows of the whole list of q (read apart,
 * from the search index's matches). */
static void window_is_list_top(struct sized *z, const struct listwin *w)
{
    struct ird_err e = { 0 };
    struct record **all = NULL;
    size_t n = 0, i;

    assert_ok(desk_list(z->a, &w->q, 0, ROWS, &all, &n, &e), &e);
    assert_int_equal(n, w->nwin);
    for (i = 0; i < n; i++)
        assert_int_equal(w->win[i]->id, all[i]->id);
    record_list_free(all, n);
}

/* A search whose word every generated city holds: the window fills from
 * the first rows of the list's order, sorted or not, and its end is found
 * from the end. */
static void many_matches(struct sized *z, struct listwin *w, struct costs *c, uint64_t *mark)
{
    static const char *const typed[] = { "s", "st", "sta", "stad" };
    struct ird_err e = { 0 };
    const struct record *r;
    int i;

    for (i = 0; i < 4; i++)
        assert_ok(listwin_search(w, z->a, typed[i], &e), &e);
    c->many = since(z->a, mark) / 4;
    assert_true(w->count_lo);
    assert_int_equal(w->nwin, ROWS);
    window_is_list_top(z, w);
    since(z->a, mark);
    /* the user idle: the matches counted up to LISTWIN_SETTLE_CAP, once */
    assert_int_equal(listwin_settle(w, z->a, &e), 1);
    assert_int_equal(listwin_settle(w, z->a, &e), 0);
    c->many_settle = since(z->a, mark);
    assert_int_equal(w->count_lo, z->n + 12 > LISTWIN_SETTLE_CAP);
    assert_int_equal(w->count, z->n + 12 > LISTWIN_SETTLE_CAP ? LISTWIN_SETTLE_CAP : z->n + 12);
    w->q.sort = 0;
    w->q.descending = 1;
    assert_ok(listwin_reload(w, z->a, 0, &e), &e);
    assert_ok(listwin_first(w, z->a, &e), &e);
    c->many_sorted = since(z->a, mark);
    window_is_list_top(z, w);
    assert_string_equal(w->win[0]->val[0], z->n >= 100000 ? "Stad 99999" : "Stad 999");
    since(z->a, mark);
    assert_ok(listwin_last(w, z->a, &e), &e);
    c->many_last = since(z->a, mark);
    r = listwin_selected(w);
    assert_non_null(r);
    {
        /* the last of the one order is the first of the other */
        struct query asc = w->q;
        struct record **all = NULL;
        size_t n = 0;
        asc.descending = 0;
        assert_ok(desk_list(z->a, &asc, 0, 1, &all, &n, &e), &e);
        assert_int_equal(n, 1);
        assert_int_equal(r->id, all[0]->id);
        record_list_free(all, n);
    }
    w->q.sort = -1;
    w->q.descending = 0;
    assert_ok(listwin_search(w, z->a, "", &e), &e);
    since(z->a, mark);
}

/* Type each of the n searches in turn (the letters typed so far); the
 * work per letter. */
static uint64_t type_search(struct sized *z, struct listwin *w, const char *const *typed, int n,
                            uint64_t *mark)
{
    struct ird_err e = { 0 };
    int i;

    for (i = 0; i < n; i++)
        assert_ok(listwin_search(w, z->a, typed[i], &e), &e);
    return since(z->a, mark) / (uint64_t)n;
}

/* A pane switch there and back: the other pane's list shown, then this
 * one again at the end of the table, its window and place kept (the desk
 * fetches the window of the pane it shows: nothing to count again). */
static void pane_switch(struct sized *z, struct listwin *w, struct costs *c, uint64_t *mark)
{
    struct ird_err e = { 0 };
    struct listwin o;
    long sel = w->sel;
    int64_t id = listwin_selected(w)->id;

    listwin_init(&o, KIND_AGREEMENT);
    o.rows = ROWS;
    assert_ok(listwin_reload(&o, z->a, 0, &e), &e);
    since(z->a, mark);
    assert_ok(listwin_fetch(w, z->a, ROWS, &e), &e);
    c->pane = since(z->a, mark);
    assert_int_equal(w->sel, sel);
    assert_false(w->pos_lo);
    assert_int_equal(listwin_selected(w)->id, id);
    listwin_fini(&o);
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
    pane_switch(z, &w, c, &mark);
    assert_ok(listwin_move(&w, z->a, -ROWS - 3, &e), &e);
    c->up = since(z->a, &mark);
    assert_int_equal(w.sel, w.count - 1 - ROWS - 3);
    assert_ok(listwin_first(&w, z->a, &e), &e);
    c->top = since(z->a, &mark);
    /* typing a five-letter search, one letter at a time */
    {
        static const char *const typed[] = { "g", "gd", "gda", "gdan", "gdans" };
        c->search = type_search(z, &w, typed, 5, &mark);
    }
    assert_int_equal(w.count, 1);
    assert_int_equal(listwin_selected(&w)->id, 9);
    assert_ok(listwin_search(&w, z->a, "", &e), &e);
    c->clear = since(z->a, &mark);
    /* a word of a script written without spaces, a part of 金沢市: read
     * from the entries with such text only (schema 27), the seed's few */
    {
        static const char *const typed[] = { "\u6CA2", "\u6CA2\u5E02" };
        c->spaceless = type_search(z, &w, typed, 2, &mark);
    }
    assert_int_equal(w.count, 1);
    assert_int_equal(listwin_selected(&w)->id, 3);
    assert_ok(listwin_search(&w, z->a, "", &e), &e);
    since(z->a, &mark);
    /* a word of the busy city's history lines ("note 1", ...), a tenth of
     * the table's size: a record's search never reads the history's index
     * (schema 26) */
    {
        static const char *const typed[] = { "not", "note" };
        c->history_words = type_search(z, &w, typed, 2, &mark);
    }
    assert_ok(listwin_search(&w, z->a, "", &e), &e);
    since(z->a, &mark);
    many_matches(z, &w, c, &mark);
    sorts(z, &w, c, &mark);
    /* opening the record with the longest history */
    assert_ok(detail_build(z->a, KIND_CITY, BUSY_CITY, 10, &d, &e), &e);
    c->open = since(z->a, &mark);
    detail_free(&d);
    /* the history view's first page of that record: 500 of its entries */
    {
        struct hist *h = NULL;
        size_t nh = 0;
        assert_ok(desk_history(z->a, KIND_CITY, BUSY_CITY, 0, 501, &h, &nh, &e), &e);
        c->history = since(z->a, &mark);
        assert_int_equal(nh, 501);
        hist_list_free(h, nh);
    }
    {
        struct query q = { KIND_CITY, NULL, NULL, -1, 0, 0 };
        long n = 0;
        assert_ok(desk_count(z->a, &q, &n, &e), &e);
        c->count = since(z->a, &mark);
    }
    /* Ctrl-S: an edit of the busy city's notes saved (the second edit: the
     * first prepares what the next ones keep), the list shown again */
    for (i = 0; i < 2; i++) {
        struct record *r = NULL;
        int bad = -1;
        assert_ok(desk_get(z->a, KIND_CITY, BUSY_CITY, &r, &e), &e);
        record_set(r, kind_field(kind_get(KIND_CITY), "notes"), i ? "second" : "first");
        since(z->a, &mark);
        assert_ok(desk_save(z->a, r, &bad, &e), &e);
        assert_ok(listwin_reload(&w, z->a, BUSY_CITY, &e), &e);
        c->save = since(z->a, &mark);
        record_free(&r);
    }
    listwin_fini(&w);
}

/* The big database may cost a little more (deeper indexes), never in
 * proportion to its size: a hundred times the rows, at most twice the work
 * and a small constant. */
static void check_within(const char *what, uint64_t small, uint64_t big, uint64_t slack)
{
    print_message("%-28s %8llu %8llu\n", what, (unsigned long long)small, (unsigned long long)big);
    if (big > 2 * small + slack)
        fail_msg("%s: %llu steps with 1,000 records, %llu with 100,000: the work grows with "
                 "the table",
                 what, (unsigned long long)small, (unsigned long long)big);
}

static void check(const char *what, uint64_t small, uint64_t big)
{
    check_within(what, small, big, 100);
}

/* A place found by counting the rows before a record counts at most
 * LISTWIN_CAP of them (about 20 steps each, and a page or two of the
 * table where the index does not hold the archived flag): in the small
 * table a record may have fewer before it, so that much more is allowed,
 * a constant. */
static void check_placed(const char *what, uint64_t small, uint64_t big)
{
    check_within(what, small, big, (20 + 2 * STORE_PAGE_WORK) * LISTWIN_CAP);
}

static void work_follows_the_screen_not_the_table(void **state)
{
    struct sized *s = make(1000), *b = make(100000);
    struct costs cs, cb;
    int i;

    (void)state;
    measure(s, &cs);
    measure(b, &cb);
    print_message("%-28s %8s %8s\n", "action (VM steps)", "1,000", "100,000");
    check("first screen", cs.first, cb.first);
    check("one line down", cs.down, cb.down);
    check("page down", cs.page, cb.page);
    check("jump to the end", cs.last, cb.last);
    check("pane switch and back", cs.pane, cb.pane);
    check("page up from the end", cs.up, cb.up);
    check("back to the top", cs.top, cb.top);
    check("search, per letter typed", cs.search, cb.search);
    check("search, CJK, per letter", cs.spaceless, cb.spaceless);
    check("search, history's words", cs.history_words, cb.history_words);
    check("search of many, per letter", cs.many, cb.many);
    check("search of many, idle count", cs.many_settle, cb.many_settle);
    check("search of many, sorted", cs.many_sorted, cb.many_sorted);
    check("search of many, to end", cs.many_last, cb.many_last);
    check("open a record", cs.open, cb.open);
    check("its history, first page", cs.history, cb.history);
    check("count of the pane", cs.count, cb.count);
    check("save an edit, list again", cs.save, cb.save);
    assert_int_equal(cs.nsort, cb.nsort);
    for (i = 0; i < cs.nsort; i++) {
        char what[64];
        snprintf(what, sizeof what, "sort by column %d, kept", i + 1);
        check_placed(what, cs.sort[i], cb.sort[i]);
        snprintf(what, sizeof what, "sort by column %d, to end", i + 1);
        check(what, cs.sort_last[i], cb.sort_last[i]);
    }
    check_placed("status filter, kept", cs.status, cb.status);
    check_placed("filter off, kept", cs.unfilter, cb.unfilter);
    check_placed("pane shown again, changed", cs.stale, cb.stale);
    unmake(s);
    unmake(b);
}

/* ids of rs[from..from+n) equal those of ws[0..n) */
static void same_ids(struct record **ws, size_t nw, struct record **rs, size_t from, size_t n,
                     const char *words)
{
    size_t i;

    if (nw != n)
        fail_msg("\"%s\": %zu rows, not %zu", words, nw, n);
    for (i = 0; i < n; i++)
        if (ws[i]->id != rs[from + i]->id)
            fail_msg("\"%s\": row %zu is %lld, not %lld", words, from + i,
                     (long long)ws[i]->id, (long long)rs[from + i]->id);
}

/* A search of many matches reads its window along the sort, testing each
 * row's text (store_match.c): it finds what the search index finds, in the
 * same order, from the top and on either side of a row, and places a row
 * where the list has it.  Hyphens, accents, case, phrases of several
 * words, a word without letters, a letter the index does not fold. */
static void many_matches_find_what_the_index_finds(void **state)
{
    static const char *const words[] = { "raph", "saint raph", "SAINT-raphaël", "saint €",
                                         "krak", "raph saint", "straß", "saint 12" };
    struct sized *z = make_with(
        0, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2400)"
           " INSERT INTO city (name_nl, country_nl, relation, notes, status)"
           " SELECT CASE x % 4 WHEN 0 THEN 'Saint-Raphaël ' || x WHEN 1 THEN 'Raphaël Saint ' || x"
           " WHEN 2 THEN 'Straße ' || x ELSE 'Nowa Kraków' || x END,"
           " 'Land ' || (x % 7), 'partner', CASE x % 3 WHEN 0 THEN 'saint' END, 'active' FROM c;"
           /* the sort keys db/ computes at its own writes (folded alike for these names) */
           "UPDATE city SET name_sk_nl = lower(name_nl), name_sk_en = lower(name_nl),"
           " country_sk_nl = lower(country_nl), country_sk_en = lower(country_nl);");
    struct ird_err e = { 0 };
    size_t w, n, nw;
    int sort;

    (void)state;
    for (w = 0; w < sizeof words / sizeof *words; w++)
        for (sort = -1; sort <= 0; sort++) {
            struct query q = { KIND_CITY, NULL, words[w], sort, 0, 0 };
            struct record **all = NULL, **win = NULL;
            long cnt = 0, pos = -1;
            size_t k;
            assert_ok(desk_list(z->a, &q, 0, -1, &all, &n, &e), &e);
            assert_ok(desk_count_upto(z->a, &q, 500, &cnt, &e), &e);
            if (w < 7)
                assert_int_equal(cnt, 500);
            assert_ok(desk_window(z->a, &q, 0, 1, 1, 100000, &win, &nw, &e), &e);
            same_ids(win, nw, all, 0, n, words[w]);
            record_list_free(win, nw);
            assert_true(n > 50);
            k = n / 3;
            assert_ok(desk_window(z->a, &q, all[k]->id, 1, 0, 25, &win, &nw, &e), &e);
            same_ids(win, nw, all, k + 1, 25, words[w]);
            record_list_free(win, nw);
            assert_ok(desk_window(z->a, &q, all[k]->id, -1, 0, 15, &win, &nw, &e), &e);
            same_ids(win, nw, all, k - 15, 15, words[w]);
            record_list_free(win, nw);
            assert_ok(desk_position(z->a, &q, all[k]->id, &pos, &e), &e);
            assert_int_equal(pos, (long)k);
            record_list_free(all, n);
        }
    unmake(z);
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

/* Agreements sorted by their city sort on the city's name kept beside
 * them (schema 7): renaming the city moves them, as a new agreement is
 * placed by its city's name. */
static void sorted_by_city_follows_the_city(void **state)
{
    struct fx *f = *state;
    struct ird_err e = { 0 };
    const struct kind *ak = kind_get(KIND_AGREEMENT);
    struct query q = { KIND_AGREEMENT, NULL, NULL, kind_field(ak, "city_id"), 0, 0 };
    struct record **rs = NULL, *c = NULL;
    size_t n = 0;
    int bad = -1;
    int64_t first, city;

    assert_ok(desk_list(f->a, &q, 0, -1, &rs, &n, &e), &e);
    assert_true(n > 1);
    first = rs[0]->id;
    city = atoll(rs[0]->val[kind_field(ak, "city_id")]);
    record_list_free(rs, n);
    assert_ok(desk_get(f->a, KIND_CITY, city, &c, &e), &e);
    record_set(c, kind_field(kind_get(KIND_CITY), "name_nl"), "Zzzstad");
    /* the list sorts on the shown (English) name */
    record_set(c, kind_field(kind_get(KIND_CITY), "name_en"), "Zzzstad");
    assert_ok(desk_save(f->a, c, &bad, &e), &e);
    assert_ok(desk_list(f->a, &q, 0, -1, &rs, &n, &e), &e);
    assert_int_equal(rs[n - 1]->id, first);
    assert_string_equal(rs[n - 1]->ref_title[2 * kind_field(ak, "city_id")], "Zzzstad");
    record_list_free(rs, n);
    record_free(&c);
}

/* The work of saving the notes of city `city`: the less of its second and
 * third save (the first prepares what the next ones keep; the pages FTS5
 * reads when it merges its index's segments, every few writes, fall on one
 * of them). */
static uint64_t notes_save(struct app *a, int64_t city)
{
    static const char *const notes[] = { "first", "second", "third" };
    struct ird_err e = { 0 };
    uint64_t work = 0, least = UINT64_MAX;
    int i, bad = -1;

    for (i = 0; i < 3; i++) {
        struct record *r = NULL;
        assert_ok(desk_get(a, KIND_CITY, city, &r, &e), &e);
        record_set(r, kind_field(kind_get(KIND_CITY), "notes"), notes[i]);
        work = desk_work(a);
        assert_ok(desk_save(a, r, &bad, &e), &e);
        work = desk_work(a) - work;
        if (i > 0 && work < least)
            least = work;
        record_free(&r);
    }
    return least;
}

/* A city's edit writes its agreements' search text only when their text
 * takes what changed (its names, schema 30): a save of the notes of a city
 * with 300 agreements works as one of a city with none; its rename
 * reaches every one of them. */
static void a_city_save_leaves_its_agreements_alone(void **state)
{
    struct sized *z = make_with(100, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1"
                                     " FROM c WHERE x < 300) INSERT INTO agreement (title,"
                                     " city_id, type, status) SELECT 'Akkoord ' || x, 20, 'mou',"
                                     " 'draft' FROM c;");
    struct record **rs = NULL, *c = NULL;
    struct query q = { KIND_AGREEMENT, NULL, NULL, -1, 0, 0 };
    struct ird_err e = { 0 };
    uint64_t lone, busy;
    size_t n = 0;
    int bad = -1;

    (void)state;
    lone = notes_save(z->a, 21);
    busy = notes_save(z->a, 20);
    print_message("notes saved, city without / with 300 agreements: %llu, %llu steps\n",
                  (unsigned long long)lone, (unsigned long long)busy);
    assert_true(busy <= lone + 100);
    assert_ok(desk_get(z->a, KIND_CITY, 20, &c, &e), &e);
    record_set(c, kind_field(kind_get(KIND_CITY), "name_en"), "Quuxburg");
    assert_ok(desk_save(z->a, c, &bad, &e), &e);
    q.search = "quuxburg";
    assert_ok(desk_list(z->a, &q, 0, -1, &rs, &n, &e), &e);
    assert_int_equal(n, 300);
    record_list_free(rs, n);
    record_free(&c);
    unmake(z);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(work_follows_the_screen_not_the_table),
        cmocka_unit_test(many_matches_find_what_the_index_finds),
        cmocka_unit_test(a_city_save_leaves_its_agreements_alone),
        cmocka_unit_test_setup_teardown(window_walks_the_list_in_order, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(reload_follows_the_first_row, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(sorted_by_city_follows_the_city, fx_setup, fx_teardown),
    };

    test_filter_args(argc, argv);
    i18n_init("en");
    return cmocka_run_group_tests_name("cost", tests, NULL, NULL);
}
