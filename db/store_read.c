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
 * for each reference field the referenced record's titles. */
static void select_columns(struct buf *b, const struct kind *k)
{
    int i;

    buf_add(b, "SELECT t.id, t.version, t.archived, t.status");
    for (i = 0; i < k->nfields; i++)
        buf_printf(b, ", t.%s", k->fields[i].name);
    for (i = 0; i < k->nfields; i++) {
        const struct field *f = &k->fields[i];
        const struct kind *rk;
        const struct field *tf;
        if (!ftype_is(f->type, FTYPE_RECORD))
            continue;
        rk = kind_get(f->ref);
        tf = &rk->fields[rk->title];
        buf_printf(b, ", (SELECT r.%s FROM %s r WHERE r.id = t.%s)", tf->name, rk->table,
                   f->name);
        buf_printf(b, ", (SELECT r.%s FROM %s r WHERE r.id = t.%s)",
                   tf->alt >= 0 ? rk->fields[tf->alt].name : tf->name, rk->table, f->name);
    }
    buf_printf(b, " FROM %s t", k->table);
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
static char *fts_query(const char *words)
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

/* " AND t.id IN (ids of kind k whose text matches parameter ?param)": the
 * index finds the matching entries, each names its record by kind and id in
 * the narrow search_key (CROSS JOIN: from the matches to their keys, never
 * the other way). */
static void search_ids(struct buf *b, const struct kind *k, int param)
{
    buf_printf(b,
               " AND t.id IN (SELECT d.rec_id FROM search CROSS JOIN search_key d"
               " ON d.id = search.rowid WHERE search MATCH ?%d AND d.kind = '%s')",
               param, k->code);
}

/* WHERE clause of a query, with only the conditions in force (an "x IS
 * NULL OR ..." would keep SQLite from using an index): ?2 status, ?3 the
 * search, looked up in the index and then by id. */
static void where_clause(struct buf *b, const struct query *q, const char *match)
{
    buf_add(b, q->archived ? " WHERE 1" : " WHERE t.archived = 0");
    if (q->status != NULL)
        buf_add(b, " AND t.status = ?2");
    if (match != NULL)
        search_ids(b, kind_get(q->kind), 3);
}

/* A twin's stored sort key in the shown language (model/twin.h), as a key
 * of the row aliased 'al' (of the record its reference field ref names,
 * when ref is not NULL): 1, or 0 when f stores none. */
static int sort_key(struct buf *b, const struct field *f, const char *al,
                    const struct field *ref)
{
    char col[80];
    struct buf e = { 0 };

    if (twin_sort_col(f, i18n_lang(), col, sizeof col) < 0)
        return 0;
    if (ref != NULL)
        buf_printf(&e, "(SELECT r.%s FROM %s r WHERE r.id = %s.%s)", col,
                   kind_get(ref->ref)->table, al, ref->name);
    else
        buf_printf(&e, "%s.%s", al, col);
    buf_printf(b, "(%s IS NULL), ifnull(%s, '')", e.s, e.s);
    buf_fini(&e);
    return 1;
}

/* The sort keys of q for the row aliased 'al', before the id that breaks
 * ties: "(e IS NULL), e" for a field (empty ones last), nothing for the id. */
static void sort_keys(struct buf *b, const struct query *q, const char *al)
{
    const struct kind *k = kind_get(q->kind);
    const struct field *f;
    struct buf e = { 0 };
    enum ftype_sort sort;

    if (q->sort < 0 || q->sort >= k->nfields)
        return;
    f = &k->fields[q->sort];
    /* no NULL in a key: a row-value comparison with a NULL is neither true
     * nor false, and the window would lose its place among empty values */
    sort = ftype_get(f->type)->sort;
    if (sort_key(b, f, al, NULL))
        return;
    if (sort == FTYPE_SORT_TITLE) {
        const struct kind *rk = kind_get(f->ref);
        if (sort_key(b, &rk->fields[rk->title], al, f))
            return;
        buf_printf(&e, "(SELECT r.%s FROM %s r WHERE r.id = %s.%s)", rk->fields[rk->title].name,
                   rk->table, al, f->name);
    } else {
        buf_printf(&e, "%s.%s", al, f->name);
    }
    if (sort == FTYPE_SORT_PLAIN)
        buf_printf(b, "(%s IS NULL), ifnull(%s, 0)", e.s, e.s);
    else
        buf_printf(b, "(%s IS NULL), ifnull(%s, '') COLLATE NOCASE", e.s, e.s);
    buf_fini(&e);
}

/* ORDER BY q's keys and the id, all one way (reversed with descending), so
 * that a window can continue from any row by comparing row values. */
static void order_by(struct buf *b, const struct query *q, int reverse)
{
    struct buf keys = { 0 };
    const char *dir = (q->descending != 0) != (reverse != 0) ? " DESC" : "";
    const char *p;

    sort_keys(&keys, q, "t");
    buf_add(b, " ORDER BY ");
    /* each key, then the id, in the same direction */
    for (p = keys.s; p != NULL && *p != '\0';) {
        const char *comma = p;
        int depth = 0;
        while (*comma != '\0' && !(*comma == ',' && depth == 0)) {
            depth += *comma == '(';
            depth -= *comma == ')';
            comma++;
        }
        buf_addn(b, p, (size_t)(comma - p));
        buf_printf(b, "%s, ", dir);
        p = *comma == ',' ? comma + 2 : comma;
    }
    buf_printf(b, "t.id%s", dir);
    buf_fini(&keys);
}

static void order_clause(struct buf *b, const struct query *q)
{
    order_by(b, q, 0);
}

static void bind_query(sqlite3_stmt *st, const struct query *q, const char *match)
{
    sqlite3_bind_int(st, 1, q->archived ? 1 : 0);
    store_bind_text(st, 2, q->status);
    store_bind_text(st, 3, match);
}

/* Step st to its end, a record per row (columns of select_columns). */
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

int store_count(struct store *s, const struct query *q, long *n, struct ird_err *e)
{
    struct buf b = { 0 };
    char *match = q->search ? fts_query(q->search) : NULL;
    int rc;

    if (!q->archived && q->status == NULL && match == NULL) {
        /* the plain count is kept by triggers (schema 3): no scan */
        buf_printf(&b, "SELECT live FROM kind_count WHERE kind = '%s'", kind_get(q->kind)->code);
        rc = count_rows(s, b.s, NULL, NULL, 0, n, e);
    } else {
        buf_printf(&b, "SELECT count(*) FROM %s t", kind_get(q->kind)->table);
        where_clause(&b, q, match);
        rc = count_rows(s, b.s, q, match, 0, n, e);
    }
    buf_fini(&b);
    free(match);
    return rc;
}

int store_list(struct store *s, const struct query *q, long offset, long limit,
               struct record ***out, size_t *n, struct ird_err *e)
{
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    char *match = q->search ? fts_query(q->search) : NULL;
    struct record **rs = NULL;
    size_t cnt = 0;
    int rc = -1;

    *out = NULL;
    *n = 0;
    select_columns(&b, k);
    where_clause(&b, q, match);
    order_clause(&b, q);
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
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 }, keys = { 0 }, akeys = { 0 };
    sqlite3_stmt *st = NULL;
    char *match = q->search ? fts_query(q->search) : NULL;
    struct record **rs = NULL;
    size_t cnt = 0, i;
    int rc = -1, after = (dir > 0) != (q->descending != 0);

    *out = NULL;
    *n = 0;
    select_columns(&b, k);
    where_clause(&b, q, match);
    if (anchor > 0) {
        /* the rows on one side of the anchor, by row values: the index of
         * the id (or of the sort) finds them without counting from the top */
        sort_keys(&keys, q, "t");
        sort_keys(&akeys, q, "a");
        buf_printf(&b, " AND (%s%st.id) %s%s (SELECT %s%sa.id FROM %s a WHERE a.id = ?4)",
                   keys.s ? keys.s : "", keys.s ? ", " : "", after ? ">" : "<",
                   inclusive ? "=" : "", akeys.s ? akeys.s : "", akeys.s ? ", " : "",
                   k->table);
    }
    order_by(&b, q, dir < 0);
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
    buf_fini(&keys);
    buf_fini(&akeys);
    free(match);
    return rc;
}

int store_position(struct store *s, const struct query *q, int64_t id, long *pos,
                   struct ird_err *e)
{
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 }, keys = { 0 }, akeys = { 0 };
    char *match = q->search ? fts_query(q->search) : NULL;
    int rc = -1;

    *pos = -1;
    if (!store_exists(s, q->kind, id)) {
        rc = 0;
        goto out;
    }
    /* the rows before it in q's order, counted with the same row values the
     * window uses */
    sort_keys(&keys, q, "t");
    sort_keys(&akeys, q, "a");
    buf_printf(&b, "SELECT count(*) FROM %s t", k->table);
    where_clause(&b, q, match);
    buf_printf(&b, " AND (%s%st.id) %s (SELECT %s%sa.id FROM %s a WHERE a.id = ?4)",
               keys.s ? keys.s : "", keys.s ? ", " : "", q->descending ? ">" : "<",
               akeys.s ? akeys.s : "", akeys.s ? ", " : "", k->table);
    rc = count_rows(s, b.s, q, match, id, pos, e);
out:
    buf_fini(&b);
    buf_fini(&keys);
    buf_fini(&akeys);
    free(match);
    return rc;
}

int store_get(struct store *s, enum kind_id kid, int64_t id, struct record **out,
              struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    int rc = -1, step;

    *out = NULL;
    select_columns(&b, k);
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
    search_ids(&b, k, 1);
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
