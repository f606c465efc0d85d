#include "db/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/twin.h"

/* Reading records: counts, lists, windows, positions, lookups. */

/* The columns of a record: id, version, archived, status, each field, then
 * for each reference field the referenced record's titles; a field for
 * which want(k, i) is 0 (want NULL: none) is read as NULL, its titles
 * too. */
static void make_columns_of(struct buf *b, const struct kind *k,
                            int (*want)(const struct kind *, int))
{
    int i;

    buf_add(b, "SELECT t.id, t.version, t.archived, t.status");
    for (i = 0; i < k->nfields; i++)
        if (want == NULL || want(k, i))
            buf_printf(b, ", t.%s", k->fields[i].name);
        else
            buf_add(b, ", NULL");
    for (i = 0; i < k->nfields; i++) {
        const struct field *f = &k->fields[i];
        const struct kind *rk;
        const struct field *tf;
        if (!ftype_is(f->type, FTYPE_RECORD))
            continue;
        if (want != NULL && !want(k, i)) {
            buf_add(b, ", NULL, NULL");
            continue;
        }
        rk = kind_get(f->ref);
        tf = &rk->fields[rk->title];
        buf_printf(b, ", (SELECT r.%s FROM %s r WHERE r.id = t.%s)", tf->name, rk->table,
                   f->name);
        buf_printf(b, ", (SELECT r.%s FROM %s r WHERE r.id = t.%s)",
                   tf->alt >= 0 ? rk->fields[tf->alt].name : tf->name, rk->table, f->name);
    }
    buf_printf(b, " FROM %s t", k->table);
}

static void make_columns(struct buf *b, const struct kind *k)
{
    make_columns_of(b, k, NULL);
}

/* 1 for the fields the calendar reads of a record (core/agenda.c): its
 * title (and the title's twin), its calendar dates and the dates that end
 * their periods. */
static int dated_wants(const struct kind *k, int i)
{
    int f;

    if (i == k->title || (k->title >= 0 && i == k->fields[k->title].alt) ||
        k->fields[i].agenda != NULL)
        return 1;
    for (f = 0; f < k->nfields; f++)
        if (k->fields[f].agenda != NULL && k->fields[f].agenda->until == i)
            return 1;
    return 0;
}

/* make_columns' text, made once a kind: every read of a record starts with
 * it (a preview reads a dozen records a key). */
void store_select_columns(struct buf *b, const struct kind *k)
{
    static char *made[STORE_KINDS];
    static const struct kind *made_for[STORE_KINDS]; /* a test's kind may change */

    if ((int)k->id < 0 || (int)k->id >= (int)STORE_KINDS) {
        make_columns(b, k);
        return;
    }
    if (made_for[k->id] != k) {
        struct buf m = { 0 };
        make_columns(&m, k);
        free(made[k->id]);
        made[k->id] = buf_take(&m);
        made_for[k->id] = k;
    }
    buf_add(b, made[k->id]);
}

static struct record *row_record(sqlite3_stmt *st, const struct kind *k)
{
    struct record *r = record_new(k);
    int i, c = 4;

    r->id = sqlite3_column_int64(st, 0);
    r->version = sqlite3_column_int64(st, 1);
    r->archived = sqlite3_column_int(st, 2);
    free(r->status);
    r->status = store_col_text(st, 3);
    if (r->status == NULL)
        r->status = xstrdup(k->initial);
    for (i = 0; i < k->nfields; i++)
        r->val[i] = store_col_text(st, c++);
    for (i = 0; i < k->nfields; i++) {
        if (!ftype_is(k->fields[i].type, FTYPE_RECORD))
            continue;
        r->ref_title[2 * i] = store_col_text(st, c++);
        r->ref_title[2 * i + 1] = store_col_text(st, c++);
    }
    return r;
}

/* An FTS5 query from a person's words: each word a quoted prefix phrase, so
 * that "saint raphael" and "saint-raphaël" both find Saint-Raphaël.  NULL
 * when the words hold nothing to search for. */
char *fts_query(const char *words)
{
    struct buf b = { 0 };
    const char *p = words;

    while (*p != '\0') {
        const char *start;
        int alnum = 0;
        while (*p == ' ' || *p == '\t')
            p++;
        start = p;
        while (*p != '\0' && *p != ' ' && *p != '\t') {
            if ((unsigned char)*p >= 0x80 || (*p >= '0' && *p <= '9') ||
                ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
                alnum = 1;
            p++;
        }
        if (!alnum)
            continue;
        if (b.len > 0)
            buf_add(&b, " ");
        buf_add(&b, "\"");
        for (; start < p; start++) {
            if (*start == '"')
                buf_add(&b, "\"");
            buf_addn(&b, start, 1);
        }
        buf_add(&b, "\"*");
    }
    return b.len > 0 ? buf_take(&b) : NULL;
}

/* " FROM <matches> CROSS JOIN search_key d ON ...<join> WHERE <match>":
 * the index's entries that match parameter ?param (an fts_query string),
 * each named by kind and id in the narrow search_key (CROSS JOIN: from the
 * matches to their keys, never the other way), join after the keys.  A
 * search with a word of a script written without spaces tests each entry
 * of search_spaceless (schema 27: those with such text) by ird_match,
 * which takes such a word as a part of a word; other searches never read
 * that table. */
void store_match_from(struct store *s, struct buf *b, const char *match, int param,
                      const char *join)
{
    if (store_match_spaceless(match) && store_match_ready(s) == 0)
        buf_printf(b, " FROM search_spaceless c CROSS JOIN search_key d ON d.id = c.id%s"
                      " WHERE ird_match(c.body, ?%d)", join, param);
    else
        buf_printf(b, " FROM search CROSS JOIN search_key d ON d.id = search.rowid%s"
                      " WHERE search MATCH ?%d", join, param);
}

/* " AND t.id IN (ids of kind k whose text matches parameter ?param)". */
static void search_ids(struct store *s, struct buf *b, const struct kind *k, const char *match,
                       int param)
{
    buf_add(b, " AND t.id IN (SELECT d.rec_id");
    store_match_from(s, b, match, param, "");
    buf_printf(b, " AND d.kind = '%s')", k->code);
}

/* WHERE clause of a query, with only the conditions in force (an "x IS
 * NULL OR ..." would keep SQLite from using an index): ?2 status, ?3 the
 * search, looked up in the index and then by id. */
/* " AND ..." for q's status filter: a status (?2), the pending decisions,
 * or a view's condition. */
static void status_clause(struct buf *b, const struct query *q)
{
    if (q->status != NULL && strcmp(q->status, KIND_PENDING) == 0)
        /* derived from the decision log (schema 8), never a status */
        buf_printf(b, " AND t.id IN (SELECT p.record_id FROM decision_pending p"
                      " WHERE p.kind = '%s')", kind_get(q->kind)->code);
    else if (q->status != NULL)
        store_view_where(b, q);
}

/* walk: the search as a test of each row's text (ird_match), for a window
 * read along the sort's index; else the rows from the index's matches. */
static void where_clause(struct store *s, struct buf *b, const struct query *q,
                         const char *match, int walk)
{
    const struct kind *k = kind_get(q->kind);

    buf_add(b, q->archived ? " WHERE 1" : " WHERE t.archived = 0");
    status_clause(b, q);
    if (match != NULL && walk)
        buf_printf(b, " AND ird_match((SELECT d.body FROM search_doc d WHERE d.kind = '%s'"
                      " AND d.rec_id = t.id), ?3)", k->code);
    else if (match != NULL)
        search_ids(s, b, k, match, 3);
}

/* 1 when sql prepares on s's handle, asked once: *c keeps the answer (1
 * yes, -1 no, 0 not asked yet). */
static int prepares(struct store *s, signed char *c, const char *sql)
{
    sqlite3_stmt *st = NULL;

    if (*c == 0) {
        *c = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK ? 1 : -1;
        sqlite3_finalize(st);
    }
    return *c > 0;
}

/* 1 when k's table keeps the title of the record its field f refers to in
 * a column "<field>_title" of its own (kept by triggers, schema 7), asked
 * of the database once. */
static int titled(struct store *s, const struct kind *k, int f)
{
    char sql[256];

    if ((int)k->id >= (int)STORE_KINDS || f >= (int)STORE_TITLED_FIELDS)
        return 0;
    snprintf(sql, sizeof sql, "SELECT %s_title FROM %s LIMIT 0", k->fields[f].name, k->table);
    return prepares(s, &s->titled[k->id][f], sql);
}

/* 1 when k's field fi sorts on a sort key stored in k's own table for the
 * shown language (schema 18), named in col: a twin's own key column
 * (model/twin.h), or for a reference the key of the record it names,
 * copied beside it by triggers ("city_id_sk_en"). */
static int stored_key(struct store *s, const struct kind *k, int fi, char *col, size_t size)
{
    const struct field *f = &k->fields[fi];
    const struct kind *rk;
    char sql[256];

    if (twin_sort_col(f, i18n_lang(), col, size) == 0)
        return 1;
    if (ftype_get(f->type)->sort != FTYPE_SORT_TITLE || (rk = kind_get(f->ref)) == NULL ||
        twin_sort_col(&rk->fields[rk->title], i18n_lang(), sql, sizeof sql) < 0 ||
        (size_t)snprintf(col, size, "%s_sk_%s", f->name, i18n_lang() == LANG_EN ? "en" : "nl") >=
            size)
        return 0;
    if ((int)k->id >= (int)STORE_KINDS || fi >= (int)STORE_TITLED_FIELDS)
        return 0;
    snprintf(sql, sizeof sql, "SELECT %s FROM %s LIMIT 0", col, k->table);
    return prepares(s, &s->keyed[k->id][fi], sql);
}

/* 1 when q's order has an index (the id's, or "<table>_sort_<field>" of
 * schema 7, "<table>_sort_<key column>" of schema 18 for a stored key), so
 * that a window walks it instead of sorting every row. */
static int sort_indexed(struct store *s, const struct query *q)
{
    const struct kind *k = kind_get(q->kind);
    char sql[256], col[80];

    if (q->sort < 0 || q->sort >= k->nfields)
        return 1;
    if ((int)k->id >= (int)STORE_KINDS || q->sort >= (int)STORE_TITLED_FIELDS)
        return 0;
    if (!stored_key(s, k, q->sort, col, sizeof col))
        snprintf(col, sizeof col, "%s", k->fields[q->sort].name);
    snprintf(sql, sizeof sql, "SELECT 1 FROM %s INDEXED BY %s_sort_%s LIMIT 0", k->table,
             k->table, col);
    return prepares(s, &s->sorted[i18n_lang() == LANG_EN][k->id][q->sort], sql);
}

/* The sort key of q for the row aliased 'al' (nothing for the id, which
 * breaks ties), one expression so that an index on it (schemas 7 and 18)
 * serves the order and the window's seeks: empty values (NULL) become an
 * empty blob, which sorts after every number and text; a text with a twin
 * by its stored key in the shown language (folded in C), other text as
 * NOCASE compares (lower() folds the same ASCII letters); a reference by
 * the title of the record it names.  0 when q sorts by the id. */
static int sort_key(struct store *s, struct buf *b, const struct query *q, const char *al)
{
    const struct kind *k = kind_get(q->kind);
    const struct kind *rk;
    const struct field *f, *rf = NULL;
    enum ftype_sort sort;
    char col[80];

    if (q->sort < 0 || q->sort >= k->nfields)
        return 0;
    f = &k->fields[q->sort];
    sort = ftype_get(f->type)->sort;
    if (sort == FTYPE_SORT_TITLE && (rk = kind_get(f->ref)) != NULL)
        rf = &rk->fields[rk->title];
    if (stored_key(s, k, q->sort, col, sizeof col)) {
        buf_printf(b, "ifnull(%s.%s, x'')", al, col);
    } else if (rf != NULL && twin_sort_col(rf, i18n_lang(), col, sizeof col) == 0) {
        buf_printf(b, "ifnull((SELECT r.%s FROM %s r WHERE r.id = %s.%s), x'')", col,
                   kind_get(f->ref)->table, al, f->name);
    } else if (sort == FTYPE_SORT_TITLE && titled(s, k, q->sort)) {
        buf_printf(b, "ifnull(lower(%s.%s_title), x'')", al, f->name);
    } else if (rf != NULL) {
        buf_printf(b, "ifnull(lower((SELECT r.%s FROM %s r WHERE r.id = %s.%s)), x'')",
                   rf->name, kind_get(f->ref)->table, al, f->name);
    } else if (sort == FTYPE_SORT_PLAIN) {
        buf_printf(b, "ifnull(%s.%s, x'')", al, f->name);
    } else {
        buf_printf(b, "ifnull(lower(%s.%s), x'')", al, f->name);
    }
    return 1;
}

/* ORDER BY q's key and the id, both one way (reversed with reverse), so
 * that a window can continue from any row. */
static void order_by(struct store *s, struct buf *b, const struct query *q, int reverse)
{
    const char *dir = (q->descending != 0) != (reverse != 0) ? " DESC" : "";

    buf_add(b, " ORDER BY ");
    if (sort_key(s, b, q, "t"))
        buf_printf(b, "%s, ", dir);
    buf_printf(b, "t.id%s", dir);
}

static void order_clause(struct store *s, struct buf *b, const struct query *q)
{
    order_by(s, b, q, 0);
}

/* The rows on one side (op "<" or ">", "<=" or ">=") of the record ?4 in
 * q's order, as one or two arms, each a seek on the index of the key:
 * arm 0 the rows whose key ties with ?4's (by id), arm 1 those whose key is
 * beyond it.  Appends arm 'arm''s condition and its ORDER BY (reverse: the
 * rows read from ?4 backwards); 0 when there is no such arm. */
static int keyset_arm(struct store *s, struct buf *b, const struct query *q, int arm,
                      const char *op, int reverse)
{
    const struct kind *k = kind_get(q->kind);
    const char *dir = (q->descending != 0) != (reverse != 0) ? " DESC" : "";
    struct buf key = { 0 }, akey = { 0 };
    int has = sort_key(s, &key, q, "t");

    sort_key(s, &akey, q, "a");
    if (arm > 1 || (!has && arm > 0)) {
        buf_fini(&key);
        buf_fini(&akey);
        return 0;
    }
    if (has && arm == 0)
        buf_printf(b, " AND %s = (SELECT %s FROM %s a WHERE a.id = ?4)", key.s, akey.s,
                   k->table);
    if (arm == 0) {
        buf_printf(b, " AND t.id %s ?4 ORDER BY t.id%s", op, dir);
    } else {
        /* strictly beyond: the ties are arm 0's */
        buf_printf(b, " AND %s %.1s (SELECT %s FROM %s a WHERE a.id = ?4) ORDER BY %s%s, t.id%s",
                   key.s, op, akey.s, k->table, key.s, dir, dir);
    }
    buf_fini(&key);
    buf_fini(&akey);
    return 1;
}

static void bind_query(sqlite3_stmt *st, const struct query *q, const char *match)
{
    sqlite3_bind_int(st, 1, q->archived ? 1 : 0);
    store_bind_text(st, 2, q->status);
    store_bind_text(st, 3, match);
}

/* Step st to its end, a record per row (columns of store_select_columns). */
static int read_records(struct store *s, sqlite3_stmt *st, const struct kind *k,
                        struct record ***out, size_t *n, struct ird_err *e)
{
    struct record **rs = NULL;
    size_t cnt = 0, cap = 0;
    int step;

    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (cnt == cap) {
            cap = cap ? cap * 2 : 16;
            rs = xrealloc(rs, cap * sizeof *rs);
        }
        rs[cnt++] = row_record(st, k);
    }
    if (step != SQLITE_DONE) {
        record_list_free(rs, cnt);
        return store_fail(s, e, step);
    }
    *out = rs;
    *n = cnt;
    return 0;
}

/* Run a count: sql with q's parameters (q NULL: none) and ?4 = id when
 * id > 0; its one row's value into *n. */
static int count_rows(struct store *s, const char *sql, const struct query *q, const char *match,
                      int64_t id, long *n, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int rc = -1;

    if (store_prepare(s, sql, &st, e) < 0)
        return -1;
    if (q != NULL)
        bind_query(st, q, match);
    if (id > 0)
        sqlite3_bind_int64(st, 4, id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        *n = (long)sqlite3_column_int64(st, 0);
        rc = 0;
    } else {
        store_fail(s, e, sqlite3_errcode(s->db));
    }
    store_finalize(s, st);
    return rc;
}

/* Matches of a search counted before its window is read, at most this
 * many: more, and the window walks the sort's index testing each row (the
 * first rows fill it soon); fewer, and it is read from the matches. */
enum { SEARCH_MANY = 500 };

/* Keep the plan of q's search (match): many, or not. */
static void search_plan_keep(struct store *s, const struct query *q, const char *match, int many)
{
    if (strlen(match) >= sizeof s->plan_match)
        return;
    s->plan_kind = (int)q->kind;
    snprintf(s->plan_match, sizeof s->plan_match, "%s", match);
    s->plan_many = many;
}

/* 1 when q's search (fts_query match) has SEARCH_MANY matches of its kind
 * or more, and ird_match can test a row: the window then walks the sort.
 * Asked once per kind and search (the last one is kept: typing asks each
 * again only when the words change). */
static int search_walk(struct store *s, const struct query *q, const char *match)
{
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 };
    long n = 0;

    if (match == NULL || !sort_indexed(s, q) || store_match_ready(s) < 0)
        return 0;
    if (s->plan_kind == (int)q->kind && strcmp(s->plan_match, match) == 0)
        return s->plan_many;
    buf_add(&b, "SELECT count(*) FROM (SELECT 1");
    store_match_from(s, &b, match, 3, "");
    buf_printf(&b, " AND d.kind = '%s' LIMIT %d)", k->code, SEARCH_MANY);
    if (count_rows(s, b.s, q, match, 0, &n, NULL) < 0)
        n = 0;
    buf_fini(&b);
    search_plan_keep(s, q, match, n >= SEARCH_MANY);
    return n >= SEARCH_MANY;
}

int store_count_upto(struct store *s, const struct query *q, long cap, long *n,
                     struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_count_upto(s, q, cap, n, e);
    struct buf b = { 0 };
    char *match = q->search ? fts_query(q->search) : NULL;
    int rc;

    if (!q->archived && q->status == NULL && match == NULL) {
        /* the plain count is kept by triggers (schema 3): no scan */
        buf_printf(&b, "SELECT live FROM kind_count WHERE kind = '%s'", kind_get(q->kind)->code);
        rc = count_rows(s, b.s, NULL, NULL, 0, n, e);
    } else if (match != NULL) {
        /* from the index's matches to their records, reading no more of
         * them than the cap (an IN list would hold every match first) */
        const struct kind *k = kind_get(q->kind);
        char join[128];
        snprintf(join, sizeof join, " CROSS JOIN %s t ON t.id = d.rec_id", k->table);
        buf_add(&b, "SELECT count(*) FROM (SELECT 1");
        store_match_from(s, &b, match, 3, join);
        buf_printf(&b, " AND d.kind = '%s'%s", k->code, q->archived ? "" : " AND t.archived = 0");
        status_clause(&b, q);
        buf_printf(&b, " LIMIT %ld)", cap);
        rc = count_rows(s, b.s, q, match, 0, n, e);
        /* the window's plan follows (cap counted rows at most) */
        if (rc == 0 && (cap < 0 || cap >= SEARCH_MANY))
            search_plan_keep(s, q, match, *n >= SEARCH_MANY);
    } else {
        buf_printf(&b, "SELECT count(*) FROM (SELECT 1 FROM %s t", kind_get(q->kind)->table);
        where_clause(s, &b, q, match, 0);
        buf_printf(&b, " LIMIT %ld)", cap);
        rc = count_rows(s, b.s, q, match, 0, n, e);
    }
    buf_fini(&b);
    free(match);
    return rc;
}

int store_count(struct store *s, const struct query *q, long *n, struct ird_err *e)
{
    return store_count_upto(s, q, -1, n, e);
}

int store_list(struct store *s, const struct query *q, long offset, long limit,
               struct record ***out, size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_list(s, q, offset, limit, out, n, e);
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    char *match = q->search ? fts_query(q->search) : NULL;
    struct record **rs = NULL;
    size_t cnt = 0;
    int rc = -1;

    *out = NULL;
    *n = 0;
    store_select_columns(&b, k);
    where_clause(s, &b, q, match, 0);
    order_clause(s, &b, q);
    buf_add(&b, " LIMIT ?4 OFFSET ?5");
    if (store_prepare(s, b.s, &st, e) < 0)
        goto out;
    bind_query(st, q, match);
    sqlite3_bind_int64(st, 4, limit);
    sqlite3_bind_int64(st, 5, offset);
    if (read_records(s, st, k, &rs, &cnt, e) < 0)
        goto out;
    *out = rs;
    *n = cnt;
    rc = 0;
out:
    store_finalize(s, st);
    buf_fini(&b);
    free(match);
    return rc;
}

int store_window(struct store *s, const struct query *q, int64_t anchor, int dir, int inclusive,
                 long limit, struct record ***out, size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_window(s, q, anchor, dir, inclusive, limit, out, n, e);
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 }, cols = { 0 };
    sqlite3_stmt *st = NULL;
    char *match = q->search ? fts_query(q->search) : NULL;
    struct record **rs = NULL;
    size_t cnt = 0, i;
    int rc = -1, after = (dir > 0) != (q->descending != 0), arm, walk = search_walk(s, q, match);
    const char *op = after ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<");

    *out = NULL;
    *n = 0;
    store_select_columns(&cols, k);
    if (anchor > 0) {
        /* the rows on one side of the anchor, each arm a seek on the index
         * of the sort (or of the id): no counting from the top */
        for (arm = 0;; arm++) {
            struct buf one = { 0 };
            buf_add(&one, cols.s);
            where_clause(s, &one, q, match, walk);
            if (!keyset_arm(s, &one, q, arm, op, dir < 0)) {
                buf_fini(&one);
                break;
            }
            buf_printf(&b, "%sSELECT * FROM (%s LIMIT ?5)", arm > 0 ? " UNION ALL " : "", one.s);
            buf_fini(&one);
        }
    } else {
        buf_add(&b, cols.s);
        where_clause(s, &b, q, match, walk);
        order_by(s, &b, q, dir < 0);
    }
    buf_add(&b, " LIMIT ?5");
    if (store_prepare(s, b.s, &st, e) < 0)
        goto out;
    bind_query(st, q, match);
    sqlite3_bind_int64(st, 4, anchor);
    sqlite3_bind_int64(st, 5, limit);
    if (read_records(s, st, k, &rs, &cnt, e) < 0)
        goto out;
    /* backwards: read in reverse, handed over in display order */
    for (i = 0; dir < 0 && i < cnt / 2; i++) {
        struct record *tmp = rs[i];
        rs[i] = rs[cnt - 1 - i];
        rs[cnt - 1 - i] = tmp;
    }
    *out = rs;
    *n = cnt;
    rc = 0;
out:
    store_finalize(s, st);
    buf_fini(&b);
    buf_fini(&cols);
    free(match);
    return rc;
}

int store_position_upto(struct store *s, const struct query *q, int64_t id, long cap,
                        long *pos, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_position_upto(s, q, id, cap, pos, e);
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 };
    char *match = q->search ? fts_query(q->search) : NULL;
    int rc = -1, arm, walk = search_walk(s, q, match);

    *pos = -1;
    if (!store_exists(s, q->kind, id)) {
        rc = 0;
        goto out;
    }
    /* the rows before it in q's order, by the window's arms, counted up
     * to the cap in all */
    buf_add(&b, "SELECT count(*) FROM (");
    for (arm = 0;; arm++) {
        struct buf one = { 0 };
        buf_printf(&one, "SELECT 1 FROM %s t", k->table);
        where_clause(s, &one, q, match, walk);
        if (!keyset_arm(s, &one, q, arm, q->descending ? ">" : "<", 0)) {
            buf_fini(&one);
            break;
        }
        buf_printf(&b, "%sSELECT * FROM (%s LIMIT %ld)", arm > 0 ? " UNION ALL " : "", one.s,
                   cap);
        buf_fini(&one);
    }
    buf_printf(&b, " LIMIT %ld)", cap);
    rc = count_rows(s, b.s, q, match, id, pos, e);
    if (rc == 0 && cap >= 0 && *pos > cap)
        *pos = cap;
out:
    buf_fini(&b);
    free(match);
    return rc;
}

int store_position(struct store *s, const struct query *q, int64_t id, long *pos,
                   struct ird_err *e)
{
    return store_position_upto(s, q, id, -1, pos, e);
}

int store_get(struct store *s, enum kind_id kid, int64_t id, struct record **out,
              struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_get(s, kid, id, out, e);
    const struct kind *k = kind_get(kid);
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    int rc = -1, step;

    *out = NULL;
    store_select_columns(&b, k);
    buf_add(&b, " WHERE t.id = ?1");
    if (store_prepare(s, b.s, &st, e) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, id);
    step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        *out = row_record(st, k);
        rc = 0;
    } else if (step == SQLITE_DONE) {
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(k->label),
                 (long long)id);
    } else {
        store_fail(s, e, step);
    }
out:
    store_finalize(s, st);
    buf_fini(&b);
    return rc;
}

int store_exists(struct store *s, enum kind_id kid, int64_t id)
{
    if (s->pg != NULL)
        return pg_exists(s, kid, id);
    const struct kind *k = kind_get(kid);
    sqlite3_stmt *st = NULL;
    char sql[128];
    int ok = 0;

    /* one key look-up: an import asks it for every reference of every row */
    snprintf(sql, sizeof sql, "SELECT 1 FROM %s WHERE id = ?1", k->table);
    if (store_prepare(s, sql, &st, NULL) == 0) {
        sqlite3_bind_int64(st, 1, id);
        ok = sqlite3_step(st) == SQLITE_ROW;
    }
    store_finalize(s, st);
    return ok;
}

int store_find(struct store *s, enum kind_id kid, const char *name, int64_t *ids, size_t max,
               size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_find(s, kid, name, ids, max, n, e);
    const struct kind *k = kind_get(kid);
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    char *match = fts_query(name);
    int rc = -1, step;

    *n = 0;
    if (match == NULL)
        return 0;
    /* candidates from the index, then an exact comparison of the folded
     * title (the index folds accents and case) */
    buf_printf(&b, "SELECT t.id FROM %s t WHERE t.archived = 0", k->table);
    search_ids(s, &b, k, match, 1);
    buf_add(&b, " ORDER BY t.id");
    if (store_prepare(s, b.s, &st, e) < 0)
        goto out;
    store_bind_text(st, 1, match);
    while ((step = sqlite3_step(st)) == SQLITE_ROW && *n < max)
        ids[(*n)++] = sqlite3_column_int64(st, 0);
    if (step != SQLITE_ROW && step != SQLITE_DONE) {
        store_fail(s, e, step);
        goto out;
    }
    rc = 0;
out:
    store_finalize(s, st);
    buf_fini(&b);
    free(match);
    return rc;
}

/* The periods' parameters come in multiples of DATED_SLOTS. */
enum { DATED_SLOTS = 8 };

int store_dated_periods(char per[STORE_DATED_MAX][12], const char *from, const char *to)
{
    int y0 = atoi(from), m = atoi(from + 5), y1 = atoi(to), m1 = atoi(to + 5), y, n = 0;

    if (y1 < y0 || y1 - y0 > 3 || m < 1 || m > 12)
        return -1;
    for (y = y0; y <= y1; y++)
        snprintf(per[n++], sizeof per[0], "%04d", y % 10000);
    for (y = y0; n < STORE_DATED_MAX && (y < y1 || (y == y1 && m <= m1));
         m = m % 12 + 1, y += m == 1)
        snprintf(per[n++], sizeof per[0], "%04d-%02d", y % 10000, m % 100);
    return n;
}

/* The condition on date field c of a calendar item without an end field:
 * its day between ?1 and ?2, or its month or year (a date of that
 * precision) one of the nper parameters from ?3 (nper < 0: any of them);
 * on the expression of its sort index (schema 7), so that each is an
 * index search where c has one. */
static void dated_field(struct buf *b, const char *c, int nper, int first)
{
    int i;

    buf_printf(b, "%s(ifnull(t.%s, x'') BETWEEN ?1 AND ?2", first ? "" : " OR ", c);
    if (nper > 0) {
        buf_printf(b, " OR ifnull(t.%s, x'') IN (", c);
        for (i = 0; i < nper; i++)
            buf_printf(b, "%s?%d", i ? ", " : "", i + 3);
        buf_add(b, ")");
    } else {
        buf_printf(b, " OR length(t.%s) < 10", c);
    }
    buf_add(b, ")");
}

int store_dated(struct store *s, enum kind_id kid, const char *from, const char *to,
                int starts, struct record ***out, size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_dated(s, kid, from, to, out, n, e);
    const struct kind *k = kind_get(kid);
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    char hi[24], per[STORE_DATED_MAX][12];
    int f, nf = 0, rc = -1, nper, slots, i;

    *out = NULL;
    *n = 0;
    /* as many parameters for the periods as the next multiple of
     * DATED_SLOTS (the last repeated): the windows of the start-up
     * reminders make one statement a kind, prepared once */
    nper = store_dated_periods(per, from, to);
    slots = nper > 0 ? (nper + DATED_SLOTS - 1) / DATED_SLOTS * DATED_SLOTS : -1;
    /* the fields the calendar reads: a record's other text, and the
     * titles of the records it names, are not read (the start-up
     * reminders read hundreds of records at 100,000 a kind) */
    make_columns_of(&b, k, dated_wants);
    buf_add(&b, " WHERE t.archived = 0 AND (");
    for (f = 0; f < k->nfields; f++) {
        const struct agenda_spec *sp = k->fields[f].agenda;
        if (sp == NULL || k->fields[f].type != FT_DATE)
            continue;
        if (sp->until >= 0 && !starts) /* a period: it may have begun long before */
            buf_printf(&b, "%st.%s IS NOT NULL", nf ? " OR " : "", k->fields[f].name);
        else
            dated_field(&b, k->fields[f].name, slots, nf == 0);
        nf++;
    }
    buf_add(&b, ") ORDER BY t.id");
    if (nf == 0) {
        rc = 0;
        goto out;
    }
    if (store_prepare(s, b.s, &st, e) < 0)
        goto out;
    /* a time of the last day sorts after the day: "~" after "T" and " " */
    snprintf(hi, sizeof hi, "%.10s~", to);
    sqlite3_bind_text(st, 1, from, 10, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, hi, -1, SQLITE_TRANSIENT);
    for (i = 0; i < slots; i++)
        sqlite3_bind_text(st, i + 3, per[i < nper ? i : nper - 1], -1, SQLITE_TRANSIENT);
    rc = read_records(s, st, k, out, n, e);
out:
    store_finalize(s, st);
    buf_fini(&b);
    return rc;
}
