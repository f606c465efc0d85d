#include "db/store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/saved.h"

/* The notes journal of each record, and the search of everything: the
 * records of every kind, their notes and their history. */

int store_note_add(struct store *s, enum kind_id k, int64_t id, const char *body,
                   const struct stamp *t, int64_t *note_id, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_note_add(s, k, id, body, t, note_id, e);
    const struct kind *kd = kind_get(k);
    sqlite3_stmt *st = NULL;
    int step;

    if (!store_exists(s, k, id))
        return ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(kd->label),
                        (long long)id);
    if (store_prepare(s,
                "INSERT INTO note (kind, record_id, at, user, body) VALUES (?1, ?2, ?3, ?4, ?5)",
                &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, kd->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    sqlite3_bind_text(st, 3, t->at, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, t->user, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, body, -1, SQLITE_TRANSIENT);
    step = sqlite3_step(st);
    store_finalize(s, st);
    if (step != SQLITE_DONE)
        return store_fail(s, e, step);
    if (note_id != NULL)
        *note_id = sqlite3_last_insert_rowid(s->db);
    return 0;
}

int store_notes(struct store *s, enum kind_id k, int64_t id, struct note **out, size_t *n,
                struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_notes(s, k, id, out, n, e);
    sqlite3_stmt *st;
    struct note *v = NULL;
    size_t cnt = 0, cap = 0;
    int step;

    *out = NULL;
    *n = 0;
    st = store_of_record(s,
                         "SELECT id, at, user, body FROM note WHERE kind = ?1 AND record_id = ?2"
                         " ORDER BY at DESC, id DESC",
                         k, id, e);
    if (st == NULL)
        return -1;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (cnt == cap) {
            cap = cap ? cap * 2 : 8;
            v = xrealloc(v, cap * sizeof *v);
        }
        v[cnt].id = sqlite3_column_int64(st, 0);
        v[cnt].kind = k;
        v[cnt].record_id = id;
        v[cnt].at = store_col_text(st, 1);
        v[cnt].user = store_col_text(st, 2);
        v[cnt].body = store_col_text(st, 3);
        cnt++;
    }
    store_finalize(s, st);
    if (step != SQLITE_DONE) {
        note_list_free(v, cnt);
        return store_fail(s, e, step);
    }
    *out = v;
    *n = cnt;
    return 0;
}

/* The record a note or history line (table, row id) is about, and for a
 * history line the line itself; 0 when found. */
static int about(struct store *s, const char *table, int64_t row, struct hit *h)
{
    sqlite3_stmt *st = NULL;
    struct buf b = { 0 };
    const struct kind *k;
    int rc = -1, hist = strcmp(table, "history") == 0;

    buf_printf(&b, "SELECT kind, record_id, %s FROM %s WHERE id = ?1",
               hist ? "at, user, action, field, old, new, note, source" : "body", table);
    if (store_prepare(s, b.s, &st, NULL) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, row);
    if (sqlite3_step(st) != SQLITE_ROW)
        goto out;
    k = kind_by_code((const char *)sqlite3_column_text(st, 0));
    if (k == NULL)
        goto out;
    h->kind = k->id;
    h->id = sqlite3_column_int64(st, 1);
    if (hist) {
        struct hist *l = xcalloc(1, sizeof *l);
        l->id = row;
        l->kind = k->id;
        l->record_id = h->id;
        l->at = store_col_text(st, 2);
        l->user = store_col_text(st, 3);
        l->action = store_col_text(st, 4);
        l->field = store_col_text(st, 5);
        l->old = store_col_text(st, 6);
        l->new_ = store_col_text(st, 7);
        l->note = store_col_text(st, 8);
        l->source = store_col_text(st, 9);
        h->h = l;
    } else {
        h->text = store_col_text(st, 2);
    }
    rc = 0;
out:
    store_finalize(s, st);
    buf_fini(&b);
    return rc;
}

/* Fill in one match of the index (the kind code and id of its entry). */
static int resolve(struct store *s, const char *code, int64_t rec, struct hit *h)
{
    const struct kind *k;
    struct record *r = NULL;
    int alt;

    memset(h, 0, sizeof *h);
    if (strcmp(code, "note") == 0 || strcmp(code, "history") == 0) {
        h->type = code[0] == 'n' ? HIT_NOTE : HIT_HISTORY;
        if (about(s, code, rec, h) < 0)
            return -1;
    } else {
        k = kind_by_code(code);
        if (k == NULL)
            return -1;
        h->type = HIT_RECORD;
        h->kind = k->id;
        h->id = rec;
    }
    if (store_get(s, h->kind, h->id, &r, NULL) < 0) {
        free(h->text);
        if (h->h != NULL)
            hist_list_free(h->h, 1);
        return -1;
    }
    k = r->kind;
    alt = k->fields[k->title].alt;
    h->title_nl = xstrdup(r->val[k->title]);
    h->title_en = alt >= 0 ? xstrdup(r->val[alt]) : NULL;
    h->status = xstrdup(r->status);
    h->archived = r->archived;
    record_free(&r);
    return 0;
}

int store_search_all(struct store *s, const char *words, long limit, struct hit **out,
                     size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_search_all(s, words, limit, out, n, e);
    sqlite3_stmt *st = NULL;
    char *match = fts_query(words);
    struct hit *v = NULL;
    size_t cnt = 0, cap = 0;
    int step = SQLITE_DONE, rc = -1;

    *out = NULL;
    *n = 0;
    if (match == NULL)
        return 0;
    if (store_prepare(s,
                "SELECT d.kind, d.rec_id FROM search CROSS JOIN search_key d"
                " ON d.id = search.rowid WHERE search MATCH ?1 ORDER BY search.rank LIMIT ?2",
                &st, e) < 0)
        goto out;
    sqlite3_bind_text(st, 1, match, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, limit);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (cnt == cap) {
            cap = cap ? cap * 2 : 16;
            v = xrealloc(v, cap * sizeof *v);
        }
        if (resolve(s, (const char *)sqlite3_column_text(st, 0), sqlite3_column_int64(st, 1),
                    &v[cnt]) == 0)
            cnt++;
    }
    if (step != SQLITE_DONE) {
        hit_list_free(v, cnt);
        store_fail(s, e, step);
        goto out;
    }
    *out = v;
    *n = cnt;
    rc = 0;
out:
    store_finalize(s, st);
    free(match);
    return rc;
}
