#include "db/store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/digest.h"
#include "lib/mem.h"
#include "model/saved.h"

/* Files attached to records: kept whole in the table attachment (schema
 * 020), never replaced and never deleted; the history names them. */

int store_run(struct store *s, sqlite3_stmt *st, struct ird_err *e)
{
    int rc = sqlite3_step(st);

    store_finalize(s, st);
    return rc == SQLITE_DONE ? 0 : store_fail(s, e, rc);
}

int store_event(struct store *s, const struct kind *k, int64_t id, const char *field,
                const char *new_, const char *note, const char *source, const struct stamp *t,
                struct ird_err *e)
{
    sqlite3_stmt *st = NULL;

    if (store_prepare(s,
                      "INSERT INTO history (kind, record_id, at, user, action, field, new, note,"
                      " source) VALUES (?1, ?2, ?3, ?4, 'event', ?5, ?6, ?7, ?8)",
                      &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    sqlite3_bind_text(st, 3, t->at, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, t->user, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, field, -1, SQLITE_STATIC);
    store_bind_text(st, 6, new_);
    store_bind_text(st, 7, note);
    store_bind_text(st, 8, source);
    return store_run(s, st, e);
}

/* The history line about file a (field "attach" or "detach"): it names the
 * file, "name (size B, SHA-256 abcd…)", and does not hold it. */
static int file_event(struct store *s, const struct attachment *a, const char *field,
                      const struct stamp *t, struct ird_err *e)
{
    char *note = xasprintf("%s (%lld B, SHA-256 %.16s…)", a->name, a->size, a->sha256);
    int rc = store_event(s, kind_get(a->kind), a->record_id, field, NULL, note, NULL, t, e);

    free(note);
    return rc;
}

/* 1 when record id of kind k has a live file called name. */
static int name_taken(struct store *s, const struct kind *k, int64_t id, const char *name)
{
    sqlite3_stmt *st = NULL;
    int taken = 0;

    if (store_prepare(s,
                      "SELECT 1 FROM attachment WHERE kind = ?1 AND record_id = ?2 AND name = ?3"
                      " AND archived = 0",
                      &st, NULL) == 0) {
        sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, id);
        sqlite3_bind_text(st, 3, name, -1, SQLITE_TRANSIENT);
        taken = sqlite3_step(st) == SQLITE_ROW;
    }
    store_finalize(s, st);
    return taken;
}

int store_attach(struct store *s, const struct attachment *meta, const void *data,
                 const struct stamp *t, int64_t *aid, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_attach(s, meta, data, t, aid, e);
    const struct kind *k = kind_get(meta->kind);
    sqlite3_stmt *st = NULL;
    int rc = -1;

    if (store_begin(s, e) < 0)
        return -1;
    if (!store_exists(s, meta->kind, meta->record_id)) {
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(k->label),
                 (long long)meta->record_id);
        goto out;
    }
    if (name_taken(s, k, meta->record_id, meta->name)) {
        ird_fail(e, IRD_INVALID,
                 _("%s %lld has a file called \"%s\" already: a file is never replaced. "
                   "Detach that one first, or give the new one another name."),
                 _(k->label), (long long)meta->record_id, meta->name);
        goto out;
    }
    if (store_prepare(s,
                      "INSERT INTO attachment (kind, record_id, name, mime, size, sha256,"
                      " added_by, added_at, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                      &st, e) < 0)
        goto out;
    sqlite3_bind_text(st, 1, k->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, meta->record_id);
    sqlite3_bind_text(st, 3, meta->name, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, meta->mime, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 5, meta->size);
    sqlite3_bind_text(st, 6, meta->sha256, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 7, t->user, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 8, t->at, -1, SQLITE_TRANSIENT);
    sqlite3_bind_blob64(st, 9, data != NULL ? data : "", (sqlite3_uint64)meta->size,
                        SQLITE_STATIC);
    if (store_run(s, st, e) < 0)
        goto out;
    *aid = sqlite3_last_insert_rowid(s->db);
    if (file_event(s, meta, "attach", t, e) < 0)
        goto out;
    return store_commit(s, e);
out:
    store_rollback(s);
    return rc;
}

/* The columns of an attachment row, in struct attachment's order. */
#define ATT_COLS "id, kind, record_id, name, mime, size, sha256, added_by, added_at, archived"

static void att_row(sqlite3_stmt *st, struct attachment *a)
{
    const struct kind *k = kind_by_code((const char *)sqlite3_column_text(st, 1));

    a->id = sqlite3_column_int64(st, 0);
    a->kind = k != NULL ? k->id : KIND_CITY;
    a->record_id = sqlite3_column_int64(st, 2);
    a->name = store_col_text(st, 3);
    a->mime = store_col_text(st, 4);
    a->size = sqlite3_column_int64(st, 5);
    a->sha256 = store_col_text(st, 6);
    a->added_by = store_col_text(st, 7);
    a->added_at = store_col_text(st, 8);
    a->archived = sqlite3_column_int(st, 9);
}

int store_attachments(struct store *s, enum kind_id k, int64_t id, int archived,
                      struct attachment **out, size_t *n, struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_attachments(s, k, id, archived, out, n, e);
    sqlite3_stmt *st = NULL;
    int step;

    *out = NULL;
    *n = 0;
    if (store_prepare(s,
                      "SELECT " ATT_COLS " FROM attachment WHERE kind = ?1 AND record_id = ?2"
                      " AND (archived = 0 OR ?3) ORDER BY id",
                      &st, e) < 0)
        return -1;
    sqlite3_bind_text(st, 1, kind_get(k)->code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    sqlite3_bind_int(st, 3, archived != 0);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xrealloc(*out, (*n + 1) * sizeof **out);
        att_row(st, &(*out)[(*n)++]);
    }
    store_finalize(s, st);
    if (step != SQLITE_DONE) {
        attachment_list_free(*out, *n);
        *out = NULL;
        *n = 0;
        return store_fail(s, e, step);
    }
    return 0;
}

int store_attachment_body(struct store *s, int64_t aid, void **data, size_t *n,
                          struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_attachment_body(s, aid, data, n, e);
    sqlite3_stmt *st = NULL;
    int step, rc = -1;

    *data = NULL;
    *n = 0;
    if (store_prepare(s, "SELECT body FROM attachment WHERE id = ?1", &st, e) < 0)
        return -1;
    sqlite3_bind_int64(st, 1, aid);
    step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        *n = (size_t)sqlite3_column_bytes(st, 0);
        *data = xmalloc(*n + 1);
        if (*n > 0)
            memcpy(*data, sqlite3_column_blob(st, 0), *n);
        rc = 0;
    } else if (step == SQLITE_DONE) {
        ird_fail(e, IRD_NOT_FOUND, _("There is no attached file %lld."), (long long)aid);
    } else {
        store_fail(s, e, step);
    }
    store_finalize(s, st);
    return rc;
}

int store_detach(struct store *s, const struct attachment *a, const struct stamp *t,
                 struct ird_err *e)
{
    if (s->pg != NULL)
        return pg_detach(s, a, t, e);
    sqlite3_stmt *st = NULL;

    if (store_begin(s, e) < 0)
        return -1;
    if (store_prepare(s, "UPDATE attachment SET archived = 1 WHERE id = ?1 AND archived = 0",
                      &st, e) < 0)
        goto out;
    sqlite3_bind_int64(st, 1, a->id);
    if (store_run(s, st, e) < 0)
        goto out;
    if (sqlite3_changes(s->db) == 0) {
        ird_fail(e, IRD_INVALID, _("The file \"%s\" is archived already."), a->name);
        goto out;
    }
    if (file_event(s, a, "detach", t, e) < 0)
        goto out;
    return store_commit(s, e);
out:
    store_rollback(s);
    return -1;
}

int store_check_attachments(struct store *s, struct buf *out, long *count, struct ird_err *e)
{
    sqlite3_stmt *st = NULL;
    int step;

    if (store_prepare(s, "SELECT id, kind, record_id, name, size, sha256, body FROM attachment"
                         " ORDER BY id",
                      &st, e) < 0)
        return -1;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const struct kind *k = kind_by_code((const char *)sqlite3_column_text(st, 1));
        const char *want = (const char *)sqlite3_column_text(st, 5);
        const void *body = sqlite3_column_blob(st, 6);
        size_t n = (size_t)sqlite3_column_bytes(st, 6);
        char got[DIGEST_HEX];
        digest_sha256_hex(body != NULL ? body : "", n, got);
        if ((long long)n == sqlite3_column_int64(st, 4) && want != NULL &&
            strcmp(got, want) == 0)
            continue;
        buf_printf(out,
                   _("%s %lld: the attached file \"%s\" (number %lld) is damaged: its "
                     "checksum or size is not the one recorded when it was added."),
                   k != NULL ? _(k->label) : "?", (long long)sqlite3_column_int64(st, 2),
                   (const char *)sqlite3_column_text(st, 3),
                   (long long)sqlite3_column_int64(st, 0));
        buf_add(out, "\n");
        (*count)++;
    }
    store_finalize(s, st);
    return step == SQLITE_DONE ? 0 : store_fail(s, e, step);
}
