#include "db/pg/pg.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/pg/pg_int.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/twin.h"

/* Reading records on PostgreSQL: counts, lists, keyset windows, positions,
 * look-ups.  The statements are this engine's own, made from the kind
 * tables as the SQLite engine's are (the record's columns are the same
 * standard SQL: store_select_columns). */

static struct record *row_record(const PGresult *r, int row, const struct kind *k)
{
    struct record *rec = record_new(k);
    int i, c = 4;

    rec->id = pg_int(r, row, 0);
    rec->version = pg_int(r, row, 1);
    rec->archived = (int)pg_int(r, row, 2);
    free(rec->status);
    rec->status = pg_text(r, row, 3);
    if (rec->status == NULL)
        rec->status = xstrdup(k->initial);
    for (i = 0; i < k->nfields; i++)
        rec->val[i] = pg_text(r, row, c++);
    for (i = 0; i < k->nfields; i++) {
        if (!ftype_is(k->fields[i].type, FTYPE_RECORD))
            continue;
        rec->ref_title[2 * i] = pg_text(r, row, c++);
        rec->ref_title[2 * i + 1] = pg_text(r, row, c++);
    }
    return rec;
}

/* 1 when the UTF-8 character at p is of a script written without spaces
 * between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar): a word
 * holding one is searched as a substring. */
static int unspaced(const unsigned char *p)
{
    unsigned cp;

    if (p[0] < 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
        return 0;
    cp = ((unsigned)(p[0] & 0x0F) << 12) | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) ||
           (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x2E80 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF);
}

int pg_search_cond(struct buf *b, struct pg_params *p, const char *words, char **keep)
{
    struct buf tsq = { 0 };
    const char *w = words;
    int n = 0, nkeep = 0;

    while (*w != '\0') {
        const char *start, *q;
        int alnum = 0, cjk = 0;
        while (*w == ' ' || *w == '\t')
            w++;
        start = w;
        while (*w != '\0' && *w != ' ' && *w != '\t') {
            if ((unsigned char)*w >= 0x80 || (*w >= '0' && *w <= '9') ||
                ((*w | 0x20) >= 'a' && (*w | 0x20) <= 'z'))
                alnum = 1;
            cjk = cjk || unspaced((const unsigned char *)w);
            w++;
        }
        if (!alnum || nkeep >= 15)
            continue;
        if (cjk) {
            struct buf like = { 0 };
            buf_add(&like, "%");
            for (q = start; q < w; q++) {
                if (*q == '%' || *q == '_' || *q == '\\')
                    buf_add(&like, "\\");
                buf_addn(&like, q, 1);
            }
            buf_add(&like, "%");
            keep[nkeep] = buf_take(&like);
            buf_printf(b, " AND ird_fold(t.search_body) LIKE ird_fold($%d)",
                       pg_param(p, keep[nkeep++]));
        } else {
            buf_add(&tsq, tsq.len > 0 ? " & '" : "'");
            for (q = start; q < w; q++) {
                if (*q == '\'' || *q == '\\')
                    buf_addn(&tsq, q, 1);
                buf_addn(&tsq, q, 1);
            }
            buf_add(&tsq, "':*");
        }
        n++;
    }
    if (tsq.len > 0) {
        keep[nkeep] = buf_take(&tsq);
        buf_printf(b, " AND t.search_tsv @@ to_tsquery('simple', ird_fold($%d))",
                   pg_param(p, keep[nkeep++]));
    }
    buf_fini(&tsq);
    keep[nkeep] = NULL;
    return n;
}

/* " IN ('a', 'b')" of k's live statuses. */
static void live_statuses(struct buf *b, const struct kind *k)
{
    const struct choice *c;
    int n = 0;

    buf_add(b, " AND t.status IN (");
    for (c = k->statuses; c->code != NULL; c++)
        if (c->flags & S_LIVE)
            buf_printf(b, "%s'%s'", n++ ? ", " : "", c->code);
    buf_add(b, n ? ")" : "NULL)");
}

/* " (...)" the last day of the date field f (YYYY, YYYY-MM or a day). */
static void last_day(struct buf *b, const char *f)
{
    buf_printf(b, "(CASE char_length(t.%s) WHEN 4 THEN t.%s || '-12-31' WHEN 7 THEN t.%s"
                  " || '-31' ELSE t.%s END)", f, f, f, f);
}

/* " AND ..." of the records whose period (its F_PERIOD_END fields) ended
 * before the day in $n ("~ended:DAY"), as db/store_view.c's where_ended. */
static void ended(struct buf *b, const struct kind *k, int n)
{
    int i, any = 0;

    for (i = 0; i < k->nfields; i++) {
        if (!(k->fields[i].flags & F_PERIOD_END))
            continue;
        buf_printf(b, " AND t.%s IS NOT NULL AND ", k->fields[i].name);
        last_day(b, k->fields[i].name);
        buf_printf(b, " COLLATE \"C\" < $%d", n);
        any = 1;
    }
    if (!any)
        buf_add(b, " AND false");
}

/* The derived conditions of a view's status filter (as db/store_view.c's). */
static void status_derived(struct buf *b, struct pg_params *p, const struct query *q)
{
    const struct kind *k = kind_get(q->kind);
    const char *st = q->status, *colon = strchr(st, ':');
    int i;

    if (strncmp(st, "~due:", 5) == 0 || strcmp(st, "~lacking") == 0) {
        int due = st[1] == 'd', n = due ? pg_param(p, st + 5) : 0;
        live_statuses(b, k);
        buf_add(b, " AND (false");
        if (due && k->decisions)
            buf_printf(b, " OR t.id IN (SELECT record_id FROM decision_pending"
                          " WHERE kind = '%s')", k->code);
        for (i = 0; i < k->nfields; i++) {
            const char *f = k->fields[i].name;
            if (due && (k->fields[i].flags & F_DUE)) {
                buf_printf(b, " OR (t.%s IS NOT NULL AND ", f);
                last_day(b, f);
                buf_printf(b, " <= $%d)", n);
            } else if (!due && (k->fields[i].flags & F_WANTED))
                buf_printf(b, " OR coalesce(t.%s, 0) = 0", f);
        }
        buf_add(b, ")");
    } else if (strncmp(st, "~ended:", 7) == 0) {
        ended(b, k, pg_param(p, st + 7));
    } else if (strncmp(st, "~changed:", 9) == 0) {
        buf_printf(b, " AND t.id IN (SELECT record_id FROM history WHERE kind = '%s'"
                      " AND at >= $%d AND length(at) > 10)", k->code, pg_param(p, st + 9));
    } else if (st[0] == '=' && colon != NULL) {
        char *name = xstrndup(st + 1, (size_t)(colon - st - 1));
        int f = kind_field(k, name);
        if (f >= 0)
            buf_printf(b, " AND CAST(t.%s AS text) = $%d", k->fields[f].name,
                       pg_param(p, colon + 1));
        else
            buf_add(b, " AND false");
        free(name);
    } else {
        buf_add(b, " AND false"); /* a condition this program does not know */
    }
}

/* " WHERE ..." of q, its parameters added to p; keep holds the search's
 * texts until the statement has run (pg_keep_free). */
static void where_clause(struct buf *b, struct pg_params *p, const struct query *q, char **keep)
{
    const struct kind *k = kind_get(q->kind);

    buf_add(b, q->archived ? " WHERE true" : " WHERE t.archived = 0");
    keep[0] = NULL;
    if (q->status != NULL && strcmp(q->status, KIND_PENDING) == 0)
        buf_printf(b, " AND t.id IN (SELECT p.record_id FROM decision_pending p"
                      " WHERE p.kind = '%s')", k->code);
    else if (q->status != NULL && q->status[0] != '~' && q->status[0] != '=')
        buf_printf(b, " AND t.status = $%d", pg_param(p, q->status));
    else if (q->status != NULL)
        status_derived(b, p, q);
    if (q->search != NULL)
        pg_search_cond(b, p, q->search, keep);
}

void pg_keep_free(char **keep)
{
    int i;

    for (i = 0; keep[i] != NULL; i++)
        free(keep[i]);
}

/* 1 when the server's table of k keeps the sort keys of the record its
 * reference f names beside it, kept in step by triggers (018_twins.sql: an
 * agreement's city), so that the order has an index (031). */
static int keeps_ref_keys(const struct kind *k, const struct field *f)
{
    return k->id == KIND_AGREEMENT && strcmp(f->name, "city_id") == 0;
}

/* q's sort key of the row aliased al, in two parts that are never NULL,
 * so that a row comparison orders every row: nul "(key IS NULL)" puts
 * empty values after the others (as the SQLite engine does), val the key
 * itself; text compares byte by byte ("C"), as in SQLite.  0 when q sorts
 * by the id.  The indexes of migration 031 are on these very expressions
 * (with the id): change one, change both. */
static int sort_key(struct buf *nul, struct buf *val, const struct query *q, const char *al)
{
    const struct kind *k = kind_get(q->kind);
    const struct field *f, *rf = NULL;
    const struct kind *rk = NULL;
    struct buf key = { 0 };
    char col[80];
    int num = 0;

    if (q->sort < 0 || q->sort >= k->nfields)
        return 0;
    f = &k->fields[q->sort];
    if (ftype_get(f->type)->sort == FTYPE_SORT_TITLE && (rk = kind_get(f->ref)) != NULL)
        rf = &rk->fields[rk->title];
    if (twin_sort_col(f, i18n_lang(), col, sizeof col) == 0) {
        buf_printf(&key, "%s.%s", al, col);
    } else if (rf != NULL && keeps_ref_keys(k, f) &&
               twin_sort_col(rf, i18n_lang(), col, sizeof col) == 0) {
        buf_printf(&key, "%s.%s_sk_%s", al, f->name, i18n_lang() == LANG_EN ? "en" : "nl");
    } else if (rf != NULL && twin_sort_col(rf, i18n_lang(), col, sizeof col) == 0) {
        buf_printf(&key, "(SELECT r.%s FROM %s r WHERE r.id = %s.%s)", col, rk->table, al,
                   f->name);
    } else if (rf != NULL) {
        buf_printf(&key, "lower((SELECT r.%s FROM %s r WHERE r.id = %s.%s))", rf->name,
                   rk->table, al, f->name);
    } else if (ftype_get(f->type)->sort == FTYPE_SORT_PLAIN) {
        buf_printf(&key, "%s.%s", al, f->name);
        num = ftype_get(f->type)->bind == FTYPE_BIND_INT;
    } else {
        buf_printf(&key, "lower(%s.%s)", al, f->name);
    }
    buf_printf(nul, "(%s IS NULL)", key.s);
    if (num)
        buf_printf(val, "coalesce(%s, 0)", key.s);
    else
        buf_printf(val, "(coalesce(%s, '') COLLATE \"C\")", key.s);
    buf_fini(&key);
    return 1;
}

/* ORDER BY q's key and the id, one way (reverse: the other). */
static void order_by(struct buf *b, const struct query *q, int reverse)
{
    const char *dir = (q->descending != 0) != (reverse != 0) ? " DESC" : "";
    struct buf nul = { 0 }, val = { 0 };

    buf_add(b, " ORDER BY ");
    if (sort_key(&nul, &val, q, "t"))
        buf_printf(b, "%s%s, %s%s, ", nul.s, dir, val.s, dir);
    buf_printf(b, "t.id%s", dir);
    buf_fini(&nul);
    buf_fini(&val);
}

/* A LIMIT's parameter: none (NULL) for a negative limit, as in SQLite. */
static int limit_param(struct pg_params *p, long limit)
{
    return limit < 0 ? pg_param(p, NULL) : pg_param_int(p, limit);
}

/* Run sql with p and read its rows as records of k. */
static int read_records(struct store *s, const char *sql, const struct pg_params *p,
                        const struct kind *k, struct record ***out, size_t *n, struct ird_err *e)
{
    PGresult *r = pg_run(s, sql, p, e);
    int i, rows;

    *out = NULL;
    *n = 0;
    if (r == NULL)
        return -1;
    rows = PQntuples(r);
    if (rows > 0)
        *out = xcalloc((size_t)rows, sizeof **out);
    for (i = 0; i < rows; i++)
        (*out)[i] = row_record(r, i, k);
    *n = (size_t)rows;
    PQclear(r);
    return 0;
}

/* The one number sql with p counts. */
static int count_of(struct store *s, const char *sql, const struct pg_params *p, long *n,
                    struct ird_err *e)
{
    PGresult *r = pg_run(s, sql, p, e);

    if (r == NULL)
        return -1;
    *n = PQntuples(r) > 0 ? (long)pg_int(r, 0, 0) : 0;
    PQclear(r);
    return 0;
}

/* The live count of kind k (below PG_KEPT_KINDS), kept by triggers
 * (migration 28): every kind's in one statement, kept until the next
 * statement or another session's change, so that the desk's bar, which
 * asks for each kind in a row, costs one round trip instead of nine. */
static int kept_count(struct store *s, enum kind_id k, long *n, struct ird_err *e)
{
    struct pg *pg = s->pg;
    PGresult *r;
    int i;

    if (!pg->live_kept || pg->live_work != s->work || pg->live_changes != pg->changes) {
        if ((r = pg_run(s, "SELECT kind, live FROM kind_count", NULL, e)) == NULL)
            return -1;
        memset(pg->live, 0, sizeof pg->live);
        for (i = 0; i < PQntuples(r); i++) {
            const struct kind *kk = kind_by_code(PQgetvalue(r, i, 0));
            if (kk != NULL && (int)kk->id < PG_KEPT_KINDS)
                pg->live[kk->id] = (long)pg_int(r, i, 1);
        }
        PQclear(r);
        pg->live_kept = 1;
        pg->live_work = s->work;
        pg->live_changes = pg->changes;
    }
    *n = pg->live[k];
    return 0;
}

int pg_count_upto(struct store *s, const struct query *q, long cap, long *n, struct ird_err *e)
{
    struct buf b = { 0 };
    struct pg_params p = { 0 };
    char *keep[17];
    int rc;

    if (!q->archived && q->status == NULL && (q->search == NULL || *q->search == '\0') &&
        (int)q->kind < PG_KEPT_KINDS)
        return kept_count(s, q->kind, n, e);
    if (!q->archived && q->status == NULL && (q->search == NULL || *q->search == '\0')) {
        /* the plain count is kept by triggers (migration 28): one row */
        pg_param(&p, kind_get(q->kind)->code);
        rc = count_of(s, "SELECT live FROM kind_count WHERE kind = $1", &p, n, e);
        pg_params_fini(&p);
        return rc;
    }
    buf_printf(&b, "SELECT count(*) FROM (SELECT 1 FROM %s t", kind_get(q->kind)->table);
    where_clause(&b, &p, q, keep);
    if (cap >= 0)
        buf_printf(&b, " LIMIT %ld", cap);
    buf_add(&b, ") c");
    rc = count_of(s, b.s, &p, n, e);
    pg_keep_free(keep);
    pg_params_fini(&p);
    buf_fini(&b);
    return rc;
}

int pg_list(struct store *s, const struct query *q, long offset, long limit,
            struct record ***out, size_t *n, struct ird_err *e)
{
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 };
    struct pg_params p = { 0 };
    char *keep[17];
    int rc;

    store_select_columns(&b, k);
    where_clause(&b, &p, q, keep);
    order_by(&b, q, 0);
    buf_printf(&b, " LIMIT $%d", limit_param(&p, limit));
    buf_printf(&b, " OFFSET $%d", pg_param_int(&p, offset));
    rc = read_records(s, b.s, &p, k, out, n, e);
    pg_keep_free(keep);
    pg_params_fini(&p);
    buf_fini(&b);
    return rc;
}

/* " AND (key, t.id) op (the same of record anchor)": the rows on one side
 * of it in q's order, one row comparison (a seek on the sort's index). */
static void keyset(struct buf *b, struct pg_params *p, const struct query *q, int64_t anchor,
                   const char *op)
{
    struct buf nul = { 0 }, val = { 0 }, anul = { 0 }, aval = { 0 };
    int has = sort_key(&nul, &val, q, "t"), id = pg_param_int(p, anchor);

    sort_key(&anul, &aval, q, "a");
    if (has)
        buf_printf(b, " AND (%s, %s, t.id) %s (SELECT %s, %s, a.id FROM %s a WHERE a.id = $%d)",
                   nul.s, val.s, op, anul.s, aval.s, kind_get(q->kind)->table, id);
    else
        buf_printf(b, " AND t.id %s $%d", op, id);
    buf_fini(&nul);
    buf_fini(&val);
    buf_fini(&anul);
    buf_fini(&aval);
}

int pg_window(struct store *s, const struct query *q, int64_t anchor, int dir, int inclusive,
              long limit, struct record ***out, size_t *n, struct ird_err *e)
{
    const struct kind *k = kind_get(q->kind);
    struct buf b = { 0 };
    struct pg_params p = { 0 };
    char *keep[17];
    int after = (dir > 0) != (q->descending != 0), rc;
    size_t i;

    store_select_columns(&b, k);
    where_clause(&b, &p, q, keep);
    if (anchor > 0)
        keyset(&b, &p, q, anchor, after ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<"));
    order_by(&b, q, dir < 0);
    buf_printf(&b, " LIMIT $%d", limit_param(&p, limit));
    rc = read_records(s, b.s, &p, k, out, n, e);
    /* backwards: read in reverse, handed over in display order */
    for (i = 0; rc == 0 && dir < 0 && i < *n / 2; i++) {
        struct record *tmp = (*out)[i];
        (*out)[i] = (*out)[*n - 1 - i];
        (*out)[*n - 1 - i] = tmp;
    }
    pg_keep_free(keep);
    pg_params_fini(&p);
    buf_fini(&b);
    return rc;
}

int pg_position_upto(struct store *s, const struct query *q, int64_t id, long cap, long *pos,
                     struct ird_err *e)
{
    const char *table = kind_get(q->kind)->table;
    struct buf b = { 0 };
    struct pg_params p = { 0 };
    char *keep[17];
    PGresult *r;
    int rc = -1;

    *pos = -1;
    /* whether the record is there and the rows before it, one round trip */
    buf_printf(&b, "SELECT EXISTS (SELECT 1 FROM %s WHERE id = $%d), (SELECT count(*) FROM"
                   " (SELECT 1 FROM %s t",
               table, pg_param_int(&p, id), table);
    where_clause(&b, &p, q, keep);
    keyset(&b, &p, q, id, q->descending ? ">" : "<");
    /* read from the record backwards: without the order the planner,
     * guessing a third of the table, scans all of it for a capped count */
    order_by(&b, q, 1);
    if (cap >= 0)
        buf_printf(&b, " LIMIT %ld", cap);
    buf_add(&b, ") c)");
    if ((r = pg_run(s, b.s, &p, e)) != NULL) {
        if (PQntuples(r) > 0 && strcmp(PQgetvalue(r, 0, 0), "t") == 0)
            *pos = (long)pg_int(r, 0, 1);
        PQclear(r);
        rc = 0;
    }
    pg_keep_free(keep);
    pg_params_fini(&p);
    buf_fini(&b);
    return rc;
}

int pg_get(struct store *s, enum kind_id kid, int64_t id, struct record **out, struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct buf b = { 0 };
    struct pg_params p = { 0 };
    struct record **rs = NULL;
    size_t n = 0;
    int rc;

    *out = NULL;
    store_select_columns(&b, k);
    buf_printf(&b, " WHERE t.id = $%d", pg_param_int(&p, id));
    rc = read_records(s, b.s, &p, k, &rs, &n, e);
    if (rc == 0 && n == 0)
        rc = ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(k->label), (long long)id);
    else if (rc == 0)
        *out = rs[0];
    free(rs);
    pg_params_fini(&p);
    buf_fini(&b);
    return rc;
}

int pg_exists(struct store *s, enum kind_id kid, int64_t id)
{
    struct pg_params p = { 0 };
    char sql[128];
    long n = 0;

    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE id = $1", kind_get(kid)->table);
    pg_param_int(&p, id);
    if (count_of(s, sql, &p, &n, NULL) < 0)
        n = 0;
    pg_params_fini(&p);
    return n > 0;
}

int pg_find(struct store *s, enum kind_id kid, const char *name, int64_t *ids, size_t max,
            size_t *n, struct ird_err *e)
{
    struct buf b = { 0 };
    struct pg_params p = { 0 };
    char *keep[17];
    PGresult *r = NULL;
    int i, rc = -1;

    *n = 0;
    /* the candidates the search finds, as the SQLite engine's look-up */
    buf_printf(&b, "SELECT t.id FROM %s t WHERE t.archived = 0", kind_get(kid)->table);
    if (pg_search_cond(&b, &p, name, keep) == 0) {
        rc = 0;
        goto out;
    }
    buf_add(&b, " ORDER BY t.id");
    if ((r = pg_run(s, b.s, &p, e)) == NULL)
        goto out;
    for (i = 0; i < PQntuples(r) && *n < max; i++)
        ids[(*n)++] = pg_int(r, i, 0);
    rc = 0;
out:
    PQclear(r);
    pg_keep_free(keep);
    pg_params_fini(&p);
    buf_fini(&b);
    return rc;
}

/* " OR t.f IN ('YYYY', 'YYYY-MM', ...)": the years and months from the ISO
 * day from to to, in which a date of that precision falls between them;
 * nothing over more than three years (then " OR char_length(t.f) < 10"). */
static void dated_periods(struct buf *b, const char *f, const char *from, const char *to)
{
    char per[STORE_DATED_MAX][12];
    int n = store_dated_periods(per, from, to), i;

    if (n < 0) {
        buf_printf(b, " OR char_length(t.%s) < 10", f);
        return;
    }
    /* digits and hyphens only: literals, as before */
    buf_printf(b, " OR t.%s COLLATE \"C\" IN (", f);
    for (i = 0; i < n; i++)
        buf_printf(b, "%s'%s'", i > 0 ? ", " : "", per[i]);
    buf_add(b, ")");
}

int pg_dated(struct store *s, enum kind_id kid, const char *from, const char *to,
             struct record ***out, size_t *n, struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct buf b = { 0 };
    struct pg_params p = { 0 };
    char hi[24], year[8];
    int f, nf = 0, rc = 0, lo = 0, up, yr = 0;

    *out = NULL;
    *n = 0;
    /* a time of the last day sorts after the day: "~" after "T" and " " */
    snprintf(hi, sizeof hi, "%.10s~", to);
    snprintf(year, sizeof year, "%.4s", from);
    /* the server wants each parameter it is given used: the others are
     * added when a field needs them */
    up = pg_param(&p, hi);
    store_select_columns(&b, k);
    buf_add(&b, " WHERE t.archived = 0 AND (false");
    /* each on an index of migration 031 (<table>_dated_<field>) */
    for (f = 0; f < k->nfields; f++) {
        const struct agenda_spec *sp = k->fields[f].agenda;
        const char *c = k->fields[f].name;
        if (sp == NULL || k->fields[f].type != FT_DATE)
            continue;
        if (sp->until >= 0) {
            /* a period: begun by the last day, not ended before the year
             * of the first (a date of any precision ending on or after
             * the first day sorts at or after its year) */
            if (yr == 0)
                yr = pg_param(&p, year);
            buf_printf(&b, " OR (t.%s COLLATE \"C\" <= $%d AND coalesce(t.%s, t.%s) COLLATE \"C\""
                           " >= $%d)",
                       c, up, k->fields[sp->until].name, c, yr);
        } else {
            if (lo == 0)
                lo = pg_param(&p, from);
            buf_printf(&b, " OR t.%s COLLATE \"C\" BETWEEN $%d AND $%d", c, lo, up);
            dated_periods(&b, c, from, to);
        }
        nf++;
    }
    buf_add(&b, ") ORDER BY t.id");
    if (nf > 0)
        rc = read_records(s, b.s, &p, k, out, n, e);
    pg_params_fini(&p);
    buf_fini(&b);
    return rc;
}
