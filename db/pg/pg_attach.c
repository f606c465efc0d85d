#include "db/pg/pg.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/pg/pg_int.h"
#include "db/store_int.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/saved.h"

/* Attached files (bytea, sent and read as bytes), links made and removed
 * at the desk, and a record's last change, on PostgreSQL: the same history
 * lines as the SQLite engine's (db/store_attach.c, db/store_links.c). */

/* The history line about file a (field "attach" or "detach"). */
static int file_event(struct store *s, const struct attachment *a, const char *field,
                      const struct stamp *t, struct ird_err *e)
{
    char *note = xasprintf("%s (%lld B, SHA-256 %.16s…)", a->name, a->size, a->sha256);
    int rc = pg_history_add(s, kind_get(a->kind), a->record_id, t, "event", field, NULL, NULL,
                            note, NULL, e);

    free(note);
    return rc;
}

int pg_attach(struct store *s, const struct attachment *meta, const void *data,
              const struct stamp *t, int64_t *aid, struct ird_err *e)
{
    const struct kind *k = kind_get(meta->kind);
    struct pg_params p = { 0 };
    int lengths[9] = { 0 }, formats[9] = { 0 };
    PGresult *r = NULL;
    int rc = -1;

    if (pg_begin(s, e) < 0)
        return -1;
    if (!pg_exists(s, meta->kind, meta->record_id)) {
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(k->label),
                 (long long)meta->record_id);
        goto out;
    }
    pg_param(&p, k->code);
    pg_param_int(&p, meta->record_id);
    pg_param(&p, meta->name);
    pg_param(&p, meta->mime);
    pg_param_int(&p, meta->size);
    pg_param(&p, meta->sha256);
    pg_param(&p, t->user);
    pg_param(&p, t->at);
    /* the bytes as they are (binary), not as text */
    p.v[p.n++] = data != NULL ? data : "";
    lengths[8] = (int)meta->size;
    formats[8] = 1;
    r = PQexecParams(s->pg->c,
                     "INSERT INTO attachment (kind, record_id, name, mime, size, sha256,"
                     " added_by, added_at, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
                     " RETURNING id",
                     9, NULL, p.v, lengths, formats, 0);
    p.n = 8; /* the body is not ours to free */
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        pg_fail(s, r, e);
        if (strcmp(s->pg->sqlstate, "23505") == 0)
            ird_fail(e, IRD_INVALID,
                     _("%s %lld has a file called \"%s\" already: a file is never replaced. "
                       "Detach that one first, or give the new one another name."),
                     _(k->label), (long long)meta->record_id, meta->name);
        goto out;
    }
    *aid = pg_int(r, 0, 0);
    rc = file_event(s, meta, "attach", t, e);
out:
    PQclear(r);
    pg_params_fini(&p);
    if (rc == 0)
        return pg_commit(s, e);
    pg_rollback(s);
    return -1;
}

int pg_attachments(struct store *s, enum kind_id k, int64_t id, int archived,
                   struct attachment **out, size_t *n, struct ird_err *e)
{
    struct pg_params p = { 0 };
    PGresult *r;
    int i;

    *out = NULL;
    *n = 0;
    pg_param(&p, kind_get(k)->code);
    pg_param_int(&p, id);
    pg_param_int(&p, archived != 0);
    r = pg_run(s, "SELECT id, kind, record_id, name, mime, size, sha256, added_by, added_at,"
                  " archived FROM attachment WHERE kind = $1 AND record_id = $2"
                  " AND (archived = 0 OR $3 = 1) ORDER BY id", &p, e);
    pg_params_fini(&p);
    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0)
        *out = xcalloc((size_t)PQntuples(r), sizeof **out);
    for (i = 0; i < PQntuples(r); i++) {
        struct attachment *a = &(*out)[i];
        const struct kind *kk = kind_by_code(PQgetvalue(r, i, 1));
        a->id = pg_int(r, i, 0);
        a->kind = kk != NULL ? kk->id : KIND_CITY;
        a->record_id = pg_int(r, i, 2);
        a->name = pg_text(r, i, 3);
        a->mime = pg_text(r, i, 4);
        a->size = pg_int(r, i, 5);
        a->sha256 = pg_text(r, i, 6);
        a->added_by = pg_text(r, i, 7);
        a->added_at = pg_text(r, i, 8);
        a->archived = (int)pg_int(r, i, 9);
    }
    *n = (size_t)PQntuples(r);
    PQclear(r);
    return 0;
}

int pg_attachment_body(struct store *s, int64_t aid, void **data, size_t *n, struct ird_err *e)
{
    struct pg_params p = { 0 };
    PGresult *r;
    unsigned char *bytes;
    size_t len = 0;
    int rc = -1;

    *data = NULL;
    *n = 0;
    pg_param_int(&p, aid);
    r = pg_run(s, "SELECT body FROM attachment WHERE id = $1", &p, e);
    pg_params_fini(&p);
    if (r == NULL)
        return -1;
    if (PQntuples(r) == 0) {
        ird_fail(e, IRD_NOT_FOUND, _("There is no attached file %lld."), (long long)aid);
    } else if ((bytes = PQunescapeBytea((const unsigned char *)PQgetvalue(r, 0, 0), &len)) !=
               NULL) {
        *data = xmalloc(len + 1);
        memcpy(*data, bytes, len);
        ((char *)*data)[len] = '\0';
        *n = len;
        PQfreemem(bytes);
        rc = 0;
    } else {
        ird_fail(e, IRD_STORE, "%s", ird_code_text(IRD_STORE));
    }
    PQclear(r);
    return rc;
}

int pg_detach(struct store *s, const struct attachment *a, const struct stamp *t,
              struct ird_err *e)
{
    struct pg_params p = { 0 };
    PGresult *r;
    int rc = -1;

    if (pg_begin(s, e) < 0)
        return -1;
    pg_param_int(&p, a->id);
    r = pg_run(s, "UPDATE attachment SET archived = 1 WHERE id = $1 AND archived = 0", &p, e);
    pg_params_fini(&p);
    if (r != NULL && strcmp(PQcmdTuples(r), "0") == 0)
        ird_fail(e, IRD_INVALID, _("The file \"%s\" is archived already."), a->name);
    else if (r != NULL)
        rc = file_event(s, a, "detach", t, e);
    PQclear(r);
    if (rc == 0)
        return pg_commit(s, e);
    pg_rollback(s);
    return -1;
}

/* The id of the link between the two records (either way), 0 when none,
 * -1 on failure. */
static int64_t link_row(struct store *s, const struct kind *a, int64_t aid, const struct kind *b,
                        int64_t bid, struct ird_err *e)
{
    struct pg_params p = { 0 };
    PGresult *r;
    int64_t row = 0;

    pg_param(&p, a->code);
    pg_param_int(&p, aid);
    pg_param(&p, b->code);
    pg_param_int(&p, bid);
    r = pg_run(s, "SELECT id FROM link WHERE (a_kind = $1 AND a_id = $2 AND b_kind = $3"
                  " AND b_id = $4) OR (a_kind = $3 AND a_id = $4 AND b_kind = $1"
                  " AND b_id = $2)", &p, e);
    pg_params_fini(&p);
    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0)
        row = pg_int(r, 0, 0);
    PQclear(r);
    return row;
}

/* The history line on each end of a link: the other record as "kind id". */
static int link_events(struct store *s, const struct kind *a, int64_t aid, const struct kind *b,
                       int64_t bid, const char *field, const char *note, const struct stamp *t,
                       struct ird_err *e)
{
    char other[64];

    snprintf(other, sizeof other, "%s %lld", b->code, (long long)bid);
    if (pg_history_add(s, a, aid, t, "event", field, NULL, other, note, NULL, e) < 0)
        return -1;
    snprintf(other, sizeof other, "%s %lld", a->code, (long long)aid);
    return pg_history_add(s, b, bid, t, "event", field, NULL, other, note, NULL, e);
}

int pg_link_add(struct store *s, enum kind_id ak, int64_t aid, enum kind_id bk, int64_t bid,
                const char *note, const struct stamp *t, struct ird_err *e)
{
    const struct kind *a = kind_get(ak), *b = kind_get(bk);
    struct pg_params p = { 0 };
    int64_t row;
    int rc = -1;

    if (pg_begin(s, e) < 0)
        return -1;
    if (!pg_exists(s, ak, aid) || !pg_exists(s, bk, bid)) {
        int a_missing = !pg_exists(s, ak, aid);
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _((a_missing ? a : b)->label),
                 (long long)(a_missing ? aid : bid));
        goto out;
    }
    if (ak == bk && aid == bid) {
        ird_fail(e, IRD_INVALID, "%s", _("A record cannot be linked to itself."));
        goto out;
    }
    if ((row = link_row(s, a, aid, b, bid, e)) != 0) {
        if (row > 0)
            ird_fail(e, IRD_INVALID, _("%s %lld and %s %lld are linked already."), _(a->label),
                     (long long)aid, _(b->label), (long long)bid);
        goto out;
    }
    pg_param(&p, a->code);
    pg_param_int(&p, aid);
    pg_param(&p, b->code);
    pg_param_int(&p, bid);
    pg_param(&p, note);
    if (pg_do(s, "INSERT INTO link (a_kind, a_id, b_kind, b_id, note)"
                 " VALUES ($1, $2, $3, $4, $5)", &p, e) == 0)
        rc = link_events(s, a, aid, b, bid, "link", note, t, e);
out:
    pg_params_fini(&p);
    if (rc == 0)
        return pg_commit(s, e);
    pg_rollback(s);
    return -1;
}

int pg_link_remove(struct store *s, enum kind_id ak, int64_t aid, enum kind_id bk, int64_t bid,
                   const struct stamp *t, struct ird_err *e)
{
    const struct kind *a = kind_get(ak), *b = kind_get(bk);
    struct pg_params p = { 0 };
    int64_t row;
    int rc = -1;

    if (pg_begin(s, e) < 0)
        return -1;
    if ((row = link_row(s, a, aid, b, bid, e)) <= 0) {
        if (row == 0)
            ird_fail(e, IRD_NOT_FOUND,
                     _("%s %lld and %s %lld have no link to remove (where a field of one names "
                       "the other, change that field)."),
                     _(a->label), (long long)aid, _(b->label), (long long)bid);
        goto out;
    }
    pg_param_int(&p, row);
    if (pg_do(s, "DELETE FROM link WHERE id = $1", &p, e) == 0)
        rc = link_events(s, a, aid, b, bid, "unlink", NULL, t, e);
out:
    pg_params_fini(&p);
    if (rc == 0)
        return pg_commit(s, e);
    pg_rollback(s);
    return -1;
}

int pg_last_change(struct store *s, enum kind_id k, int64_t id, char out[32], struct ird_err *e)
{
    struct pg_params p = { 0 };
    PGresult *r;

    out[0] = '\0';
    pg_param(&p, kind_get(k)->code);
    pg_param_int(&p, id);
    r = pg_run(s, "SELECT max(at COLLATE \"C\") FROM history WHERE kind = $1 AND record_id = $2"
                  " AND at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$'",
               &p, e);
    pg_params_fini(&p);
    if (r == NULL)
        return -1;
    if (PQntuples(r) > 0 && !PQgetisnull(r, 0, 0))
        snprintf(out, 32, "%s", PQgetvalue(r, 0, 0));
    PQclear(r);
    return 0;
}
