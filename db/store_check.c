#include "db/store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/ftype.h"

/* Append one problem line per row of sql, with ?1, ?2, ... bound to the
 * strings of binds (NULL-terminated; binds may be NULL); the row's columns
 * are formatted by fmt's %s in order (up to 4). */
static int check_rows_bound(struct store *s, struct buf *out, long *count, const char *sql,
                            const char *const *binds, const char *fmt, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int step, b;

    if (store_prepare(s, sql, &st, e) < 0)
        return -1;
    for (b = 0; binds != NULL && binds[b] != NULL; b++)
        sqlite3_bind_text(st, b + 1, binds[b], -1, SQLITE_TRANSIENT);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *c[4];
        int i;
        for (i = 0; i < 4; i++) {
            const unsigned char *t =
                i < sqlite3_column_count(st) ? sqlite3_column_text(st, i) : NULL;
            c[i] = t != NULL ? (const char *)t : "—";
        }
        /* fmt is one of the translated messages below, each taking the
         * row's columns in order (extra arguments are ignored) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        buf_printf(out, fmt, c[0], c[1], c[2], c[3]);
#pragma GCC diagnostic pop
        buf_add(out, "\n");
        (*count)++;
    }
    store_finalize(s, st);
    return step == SQLITE_DONE ? 0 : store_fail(s, e, step);
}

/* check_rows_bound with ?1 bound to code when not NULL. */
static int check_rows(struct store *s, struct buf *out, long *count, const char *sql,
                      const char *code, const char *fmt, struct ird_err *e)
{
    const char *binds[2] = { code, NULL };

    return check_rows_bound(s, out, count, sql, binds, fmt, e);
}

/* GLOB patterns for a value holding a control character (C0, DEL, C1) or a
 * bidirectional embedding, override or isolate (U+202A-202E, U+2066-2069):
 * text that would drive or reorder a terminal.  Long texts keep their line
 * feeds and tabs. */
static const char glob_controls[] =
    "*[\x01-\x1F\x7F-\xC2\x9F\xE2\x80\xAA-\xE2\x80\xAE\xE2\x81\xA6-\xE2\x81\xA9]*";
static const char glob_controls_lines[] =
    "*[\x01-\x08\x0B-\x1F\x7F-\xC2\x9F\xE2\x80\xAA-\xE2\x80\xAE\xE2\x81\xA6-"
    "\xE2\x81\xA9]*";

/* Records of kind kd with such characters, one line per record and field. */
static int check_controls(struct store *s, struct buf *out, long *count, const struct kind *kd,
                          struct ird_err *e)
{
    struct buf sql = { 0 };
    int i, rc = 0;

    for (i = 0; i < kd->nfields && rc == 0; i++) {
        const struct field *f = &kd->fields[i];
        const char *binds[4] = { _(kd->label), _(f->label),
                                 ftype_is(f->type, FTYPE_LINES) ? glob_controls_lines
                                                                : glob_controls,
                                 NULL };
        buf_fini(&sql);
        buf_printf(&sql, "SELECT ?1, id, ?2 FROM %s WHERE %s GLOB ?3 ORDER BY id", kd->table,
                   f->name);
        rc = check_rows_bound(s, out, count, sql.s, binds,
                              _("%s %s: the field %s holds a control character or a "
                                "bidirectional override."),
                              e);
    }
    buf_fini(&sql);
    return rc;
}

/* History lines of kind kd about a record that does not exist, and
 * records of kd without their entry in the search index. */
static int check_orphans(struct store *s, struct buf *out, long *count, const struct kind *kd,
                         struct ird_err *e)
{
    struct buf sql = { 0 };
    int rc;

    buf_printf(&sql,
               "SELECT kind, record_id, count(*) FROM history WHERE kind = '%s'"
               " AND record_id NOT IN (SELECT id FROM %s)"
               /* the dated line a GDPR erasure leaves (store_erase.c) */
               " AND field IS NOT 'erased' GROUP BY 1, 2",
               kd->code, kd->table);
    rc = check_rows(s, out, count, sql.s, NULL,
                    _("History of %s %s (%s lines) is about a record that does not exist."), e);
    buf_fini(&sql);
    if (rc < 0)
        return -1;
    buf_printf(&sql,
               "SELECT ?1, t.id FROM %s t WHERE NOT EXISTS (SELECT 1 FROM search_doc d"
               " WHERE d.kind = '%s' AND d.rec_id = t.id) ORDER BY t.id",
               kd->table, kd->code);
    rc = check_rows(s, out, count, sql.s, _(kd->label),
                    _("%s %s is missing from the search index."), e);
    buf_fini(&sql);
    return rc;
}

/* One kind's rules: every status is one of its kind, and the history ends
 * where the record is (status, each field). */
static int check_kind(struct store *s, struct buf *out, long *count, const struct kind *kd,
                      struct ird_err *e)
{
    struct buf sql = { 0 };
    const struct choice *c;
    int i, rc = -1;

    buf_printf(&sql, "SELECT ?1, id, status FROM %s WHERE status NOT IN (", kd->table);
    for (c = kd->statuses; c->code != NULL; c++)
        buf_printf(&sql, "%s'%s'", c == kd->statuses ? "" : ", ", c->code);
    buf_add(&sql, ")");
    if (check_rows(s, out, count, sql.s, _(kd->label),
                   _("%s %s: \"%s\" is not a status of its kind."), e) < 0)
        goto out;
    buf_fini(&sql);
    buf_printf(&sql,
               "SELECT ?1, t.id, h.new, t.status FROM %s t JOIN history h"
               " ON h.id = (SELECT max(id) FROM history WHERE kind = '%s'"
               " AND record_id = t.id AND action = 'status')"
               " WHERE h.new IS NOT t.status",
               kd->table, kd->code);
    if (check_rows(s, out, count, sql.s, _(kd->label),
                   _("%s %s: the history's last status is %s, the record's is %s."), e) < 0)
        goto out;
    for (i = 0; i < kd->nfields; i++) {
        const char *f = kd->fields[i].name;
        /* the field as the user knows it: its label, not its column */
        const char *binds[3] = { _(kd->label), _(kd->fields[i].label), NULL };
        buf_fini(&sql);
        buf_printf(&sql,
                   "SELECT ?1, t.id, ?2, ifnull(h.new, '—') FROM %s t JOIN history h"
                   " ON h.id = (SELECT max(id) FROM history WHERE kind = '%s'"
                   " AND record_id = t.id AND action = 'edit' AND field = '%s')"
                   " WHERE ifnull(h.new, '') <> ifnull(CAST(t.%s AS TEXT), '')",
                   kd->table, kd->code, f, f);
        if (check_rows_bound(s, out, count, sql.s, binds,
                             _("%s %s: the field %s differs from its last edit in the history "
                               "(%s)."),
                             e) < 0)
            goto out;
    }
    rc = 0;
out:
    buf_fini(&sql);
    return rc;
}

int store_check(struct store *s, char **report, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_check(s, report, e);
    struct buf out = { 0 };
    long count = 0;
    int k;

    *report = NULL;
    /* SQLite's own view: the file, then the references */
    if (check_rows(s, &out, &count,
                   "SELECT integrity_check FROM pragma_integrity_check"
                   " WHERE integrity_check <> 'ok'",
                   NULL, _("SQLite integrity check: %s"), e) < 0 ||
        check_rows(s, &out, &count,
                   "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check",
                   NULL, _("%s row %s refers to a missing row of %s."), e) < 0)
        goto fail;
    for (k = 0; k < kind_count(); k++)
        if (check_kind(s, &out, &count, kind_get((enum kind_id)k), e) < 0)
            goto fail;
    /* TODO(kinds): a descriptor flag for a reference a record cannot be
     * without would make this rule one per such field, for every kind */
    if (check_rows(s, &out, &count,
                   "SELECT id FROM agreement WHERE city_id IS NULL"
                   " OR city_id NOT IN (SELECT id FROM city)",
                   NULL, _("Agreement %s has no city."), e) < 0)
        goto fail;
    for (k = 0; k < kind_count(); k++)
        if (check_controls(s, &out, &count, kind_get((enum kind_id)k), e) < 0)
            goto fail;
    for (k = 0; k < kind_count(); k++)
        if (check_orphans(s, &out, &count, kind_get((enum kind_id)k), e) < 0)
            goto fail;
    if (store_check_attachments(s, &out, &count, e) < 0)
        goto fail;
    /* a bulk batch names its kind there only inside its own transaction */
    if (check_rows(s, &out, &count, "SELECT kind FROM bulk_pending ORDER BY kind", NULL,
                   _("A bulk write of the kind %s was left unfinished: new records of it "
                     "are left out of the search index."),
                   e) < 0)
        goto fail;
    if (count > 0)
        *report = buf_take(&out);
    buf_fini(&out);
    return (int)count;
fail:
    buf_fini(&out);
    return -1;
}
