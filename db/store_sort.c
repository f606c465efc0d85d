/* The stored sort keys: per language, each twin with F_SORT_KEY has a key
 * column (model/twin.h) holding its text of that language (the other one
 * when that is empty) folded in C (lib/conv.c: accents and case ignored),
 * so that lists sort in the shown language alike in every engine, without
 * a collation.  A record's save and a bulk batch's rows write them in
 * their own statement (store_write.c, store_bulk.c); store_sort_keys
 * writes them after the other writes. */
#include "db/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "lib/conv.h"
#include "lib/mem.h"
#include "model/twin.h"

/* ird_fold(text): the text folded by conv_fold; NULL for NULL or "". */
static void fold_fn(sqlite3_context *c, int n, sqlite3_value **v)
{
    const unsigned char *t = sqlite3_value_text(v[0]);
    char *f;

    (void)n;
    if (t == NULL || *t == '\0') {
        sqlite3_result_null(c);
        return;
    }
    f = conv_fold((const char *)t);
    sqlite3_result_text(c, f, -1, free);
}

int store_sort_cols(const struct field *f, char *nl, char *en, size_t size)
{
    return twin_sort_col(f, LANG_NL, nl, size) == 0 && twin_sort_col(f, LANG_EN, en, size) == 0
               ? 0
               : -1;
}

void store_sort_expr(struct buf *b, const char *first, const char *second)
{
    buf_printf(b, "ird_fold(coalesce(nullif(%s, ''), %s))", first, second);
}

void store_sort_values(struct buf *b, const struct kind *k, const char *name, int first)
{
    int f;

    for (f = 0; f < k->nfields; f++) {
        char nl[80], en[80], own[32], alt[32];
        if (store_sort_cols(&k->fields[f], nl, en, sizeof nl) < 0)
            continue;
        snprintf(own, sizeof own, "%s%d", name, first + f);
        snprintf(alt, sizeof alt, "%s%d", name, first + k->fields[f].alt);
        buf_add(b, ", ");
        store_sort_expr(b, own, alt);
        buf_add(b, ", ");
        store_sort_expr(b, alt, own);
    }
}

/* The UPDATE that writes k's keys (of row ?1, or of the rows missing
 * them), in b; 0 when k stores none. */
static int keys_sql(struct buf *b, const struct kind *k, int64_t id)
{
    struct buf miss = { 0 };
    int i, n = 0;

    buf_printf(b, "UPDATE %s SET ", k->table);
    for (i = 0; i < k->nfields; i++) {
        const struct field *f = &k->fields[i];
        const char *en;
        char nl_col[80], en_col[80];
        if (store_sort_cols(f, nl_col, en_col, sizeof nl_col) < 0)
            continue;
        en = k->fields[f->alt].name;
        buf_printf(b, "%s%s = ", n ? ", " : "", nl_col);
        store_sort_expr(b, f->name, en);
        buf_printf(b, ", %s = ", en_col);
        store_sort_expr(b, en, f->name);
        buf_printf(&miss, "%s(%s IS NULL AND coalesce(%s, %s) IS NOT NULL)", n ? " OR " : "",
                   nl_col, f->name, en);
        n++;
    }
    if (id > 0)
        buf_add(b, " WHERE id = ?1");
    else if (n > 0)
        buf_printf(b, " WHERE %s", miss.s);
    buf_fini(&miss);
    return n;
}

int store_sort_keys(struct store *s, enum kind_id kid, int64_t id, struct ird_err *e)
{
    if (s->pg != NULL)
        return 0; /* the PostgreSQL engine writes them with the row */
    const struct kind *k = kind_get(kid);
    struct buf b = { 0 };
    sqlite3_stmt *st = NULL;
    int rc = 0;

    if (k == NULL || keys_sql(&b, k, id) == 0)
        goto out;
    if ((rc = store_prepare(s, b.s, &st, e)) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, id);
    rc = sqlite3_step(st);
    rc = rc == SQLITE_DONE ? 0 : store_fail(s, e, rc);
out:
    store_finalize(s, st);
    buf_fini(&b);
    return rc;
}

int store_sort_setup(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "ird_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                      NULL, fold_fn, NULL, NULL, NULL);
}

int store_sort_keys_all(struct store *s, struct ird_err *e)
{
    int k;

    for (k = 0; k < kind_count(); k++)
        if (store_sort_keys(s, (enum kind_id)k, 0, e) < 0)
            return -1;
    return 0;
}
