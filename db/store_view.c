#include "db/store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/saved.h"

/* Saved views, and the conditions a view's status filter may derive. */

/* " IN ('a', 'b')" of k's live statuses, or " IN (NULL)" when none. */
static void live_statuses(struct buf *b, const struct kind *k)
{
    const struct choice *c;
    int n = 0;

    buf_add(b, " IN (");
    for (c = k->statuses; c->code != NULL; c++)
        if (c->flags & S_LIVE)
            buf_printf(b, "%s'%s'", n++ ? ", " : "", c->code);
    buf_add(b, n ? ")" : "NULL)");
}

/* A live record with a due date (F_DUE) whose last day is on or before
 * the date after "~due:" in ?2, or with a decision pending (as the
 * portfolio's "ending, due for evaluation or with a decision pending"). */
static void where_due(struct buf *b, const struct kind *k)
{
    int i, n = 0;

    buf_add(b, " AND t.status");
    live_statuses(b, k);
    buf_add(b, " AND (0");
    if (k->decisions)
        buf_printf(b, " OR t.id IN (SELECT record_id FROM decision_pending WHERE kind = '%s')",
                   k->code);
    for (i = 0; i < k->nfields; i++) {
        const char *f = k->fields[i].name;
        if (!(k->fields[i].flags & F_DUE))
            continue;
        buf_printf(b,
                   " OR (t.%s IS NOT NULL AND (CASE length(t.%s) WHEN 4 THEN t.%s || '-12-31'"
                   " WHEN 7 THEN t.%s || '-31' ELSE t.%s END) <= substr(?2, 6))",
                   f, f, f, f, f);
        n++;
    }
    buf_add(b, ")");
}

/* A live record whose yes/no it should have as yes (F_WANTED) is not yes
 * (as the portfolio's "in force without a known human-rights clause"). */
static void where_lacking(struct buf *b, const struct kind *k)
{
    int i;

    buf_add(b, " AND t.status");
    live_statuses(b, k);
    buf_add(b, " AND (0");
    for (i = 0; i < k->nfields; i++)
        if (k->fields[i].flags & F_WANTED)
            buf_printf(b, " OR ifnull(t.%s, 0) = 0", k->fields[i].name);
    buf_add(b, ")");
}

/* The records whose period (an F_PERIOD_END field, taken as its last day)
 * ended before the day in ?2 ("~ended:DAY"). */
static void where_ended(struct buf *b, const struct kind *k)
{
    int f, any = 0;

    for (f = 0; f < k->nfields; f++) {
        const char *n = k->fields[f].name;
        if (!(k->fields[f].flags & F_PERIOD_END))
            continue;
        buf_printf(b,
                   " AND t.%s IS NOT NULL AND (CASE length(t.%s) WHEN 4 THEN t.%s || '-12-31'"
                   " WHEN 7 THEN t.%s || '-31' ELSE t.%s END) < substr(?2, 8)",
                   n, n, n, n, n);
        any = 1;
    }
    if (!any)
        buf_add(b, " AND 0");
}

void store_view_where(struct buf *b, const struct query *q)
{
    const struct kind *k = kind_get(q->kind);
    const char *st = q->status, *colon = strchr(st, ':');

    if (strncmp(st, "~due:", 5) == 0) {
        where_due(b, k);
    } else if (strcmp(st, "~lacking") == 0) {
        where_lacking(b, k);
    } else if (strncmp(st, "~ended:", 7) == 0) {
        where_ended(b, k);
    } else if (strncmp(st, "~changed:", 9) == 0) {
        /* changes made at a desk (stamped to the second: edits, statuses,
         * decisions, links, files), not the documents' dated facts (a year,
         * a month or a day) */
        buf_printf(b,
                   " AND t.id IN (SELECT record_id FROM history WHERE kind = '%s'"
                   " AND at >= substr(?2, 10) AND length(at) > 10)",
                   k->code);
    } else if (st[0] == '=' && colon != NULL) {
        char *name = xstrndup(st + 1, (size_t)(colon - st - 1));
        int f = kind_field(k, name);
        if (f >= 0)
            buf_printf(b, " AND CAST(t.%s AS TEXT) = substr(?2, %d)", k->fields[f].name,
                       (int)(colon - st) + 2);
        else
            buf_add(b, " AND 0");
        free(name);
    } else if (st[0] == '~' || st[0] == '=') {
        buf_add(b, " AND 0"); /* a condition this program does not know */
    } else {
        buf_add(b, " AND t.status = ?2");
    }
}

#define VIEW_COLS "name, title_nl, title_en, kind, search, status, sort, descending, columns, builtin"

int store_views(struct store *s, struct view_def **out, size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_views(s, out, n, e);
    sqlite3_stmt *st = NULL;
    struct view_def *v = NULL;
    size_t cnt = 0, cap = 0;
    int step, rc = -1;

    *out = NULL;
    *n = 0;
    if (store_prepare(s, "SELECT " VIEW_COLS " FROM view ORDER BY builtin DESC, id", &st, e) < 0)
        return -1;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (cnt == cap) {
            cap = cap ? cap * 2 : 8;
            v = xrealloc(v, cap * sizeof *v);
        }
        memset(&v[cnt], 0, sizeof v[cnt]);
        v[cnt].name = store_col_text(st, 0);
        v[cnt].title_nl = store_col_text(st, 1);
        v[cnt].title_en = store_col_text(st, 2);
        v[cnt].kind = store_col_text(st, 3);
        v[cnt].search = store_col_text(st, 4);
        v[cnt].status = store_col_text(st, 5);
        v[cnt].sort = store_col_text(st, 6);
        v[cnt].descending = sqlite3_column_int(st, 7);
        v[cnt].columns = store_col_text(st, 8);
        v[cnt].builtin = sqlite3_column_int(st, 9);
        cnt++;
    }
    if (step != SQLITE_DONE) {
        view_def_list_free(v, cnt);
        store_fail(s, e, step);
        goto out;
    }
    *out = v;
    *n = cnt;
    rc = 0;
out:
    store_finalize(s, st);
    return rc;
}

int store_view_put(struct store *s, const struct view_def *v, const struct stamp *t,
                   struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_view_put(s, v, t, e);
    sqlite3_stmt *st = NULL;
    int rc = -1, step;

    if (store_prepare(s, "SELECT 1 FROM view WHERE name = ?1 AND builtin = 1", &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, v->name, -1, SQLITE_TRANSIENT);
    step = sqlite3_step(st);
    store_finalize(s, st);
    st = NULL;
    if (step == SQLITE_ROW)
        return ird_fail(e, IRD_INVALID,
                        _("\"%s\" is a view irdesk comes with; save under another name."),
                        v->name);
    if (store_prepare(s,
                "INSERT INTO view (name, kind, search, status, sort, descending, columns, at,"
                " user) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (name) DO UPDATE"
                " SET kind = ?2, search = ?3, status = ?4, sort = ?5, descending = ?6,"
                " columns = ?7, at = ?8, user = ?9",
                &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, v->name, -1, SQLITE_TRANSIENT);
    store_bind_text(st, 2, v->kind);
    store_bind_text(st, 3, v->search);
    store_bind_text(st, 4, v->status);
    store_bind_text(st, 5, v->sort);
    sqlite3_bind_int(st, 6, v->descending ? 1 : 0);
    store_bind_text(st, 7, v->columns);
    sqlite3_bind_text(st, 8, t->at, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 9, t->user, -1, SQLITE_TRANSIENT);
    step = sqlite3_step(st);
    if (step != SQLITE_DONE) {
        store_fail(s, e, step);
        goto out;
    }
    rc = 0;
out:
    store_finalize(s, st);
    return rc;
}
