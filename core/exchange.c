#include "core/exchange.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/csv.h"
#include "core/desk.h"
#include "core/journal.h"
#include "lib/mem.h"
#include "model/ftype.h"
#include "model/record.h"
#include "model/side.h"
#include "lib/text.h"
#include "core/validate.h"
#include "core/workflow.h"
#include "lib/conv.h"
#include "i18n/i18n.h"

/* The bookkeeping columns before a kind's own fields. */
static const char *const meta_cols[] = { "id", "version", "status", "archived" };

/* ---- export ------------------------------------------------------------ */

/* Records read from the store at a time, and the text gathered before it
 * is handed on: the export's memory, whatever the number of records. */
enum { EXPORT_WINDOW = 1000, EXPORT_PIECE = 65536 };

/* An export under way: the text of the rows not yet handed to write. */
struct sink {
    struct buf b;
    int excel_be;
    exchange_write_fn write;
    void *ctx;
    size_t lost;
};

/* The gathered text handed to write (in CP1252 for excel_be) once it is
 * EXPORT_PIECE bytes long, or whatever its length when all.  It always
 * ends with a whole row, so a character is never cut in two. */
static int sink_flush(struct sink *k, int all, struct ird_err *e)
{
    char *narrow;
    size_t n = 0, lost = 0;
    int rc;

    if (k->b.len == 0 || (!all && k->b.len < EXPORT_PIECE))
        return 0;
    if (!k->excel_be) {
        rc = k->write(k->ctx, k->b.s, k->b.len, e);
    } else {
        narrow = conv_to("CP1252", k->b.s, &n, &lost);
        k->lost += lost;
        rc = narrow != NULL ? k->write(k->ctx, narrow, n, e)
                            : ird_fail(e, IRD_INVALID, "%s", ird_code_text(IRD_INVALID));
        free(narrow);
    }
    k->b.len = 0;
    k->b.s[0] = '\0';
    return rc;
}

/* What is written of record r, the i-th of its kind. */
typedef int (*record_fn)(struct app *a, const struct export_opts *o, const struct record *r,
                         long i, struct sink *k, struct ird_err *e);

/* Each record of kind kind (archived ones too), in id order, read a
 * window at a time and handed to each; *count gets their number. */
static int each_record(struct app *a, const struct export_opts *o, enum kind_id kind,
                       record_fn each, struct sink *k, long *count, struct ird_err *e)
{
    struct query q = { kind, NULL, NULL, -1, 0, 1 };
    int64_t anchor = 0;
    size_t n = EXPORT_WINDOW;

    *count = 0;
    if (o->id > 0) { /* one record */
        struct record *r = NULL;
        int rc;
        if (desk_get(a, kind, o->id, &r, e) < 0)
            return -1;
        rc = each(a, o, r, (*count)++, k, e);
        record_free(&r);
        return rc < 0 ? -1 : sink_flush(k, 0, e);
    }
    while (n == EXPORT_WINDOW) {
        struct record **rs = NULL;
        size_t i;
        int rc = 0;
        if (desk_window(a, &q, anchor, 1, 0, EXPORT_WINDOW, &rs, &n, e) < 0)
            return -1;
        for (i = 0; i < n && rc == 0; i++) {
            rc = each(a, o, rs[i], (*count)++, k, e);
            if (rc == 0)
                rc = sink_flush(k, 0, e);
        }
        if (n > 0)
            anchor = rs[n - 1]->id;
        record_list_free(rs, n);
        if (rc < 0)
            return -1;
    }
    return 0;
}

void exchange_csv_header(struct buf *b, const struct kind *k, char sep)
{
    size_t i;
    int f;

    for (i = 0; i < META_COUNT; i++)
        csv_field(b, meta_cols[i], sep, 0);
    for (f = 0; f < k->nfields; f++)
        csv_field(b, k->fields[f].name, sep, f + 1 == k->nfields);
}

/* 1 when v is a value its field accepts and the field's type is not free
 * text: a number, a date, a choice is written as it is ("-5" stays a
 * number), whatever it begins with. */
static int typed_value(const struct field *f, const char *v)
{
    struct ird_err e = { 0 };

    return !ftype_is(f->type, FTYPE_FREE) && v != NULL && *v != '\0' &&
           ftype_get(f->type)->check(f, v, &e) == 0;
}

/* One cell of field f (NULL: the status): a text a spreadsheet would run
 * as a formula gets its apostrophe. */
static void csv_value(struct buf *b, const struct field *f, const char *v, char sep, int last)
{
    unsigned flags = last ? CSV_LAST : 0;

    if (csv_formula_like(v) && (f == NULL || !typed_value(f, v)))
        flags |= CSV_GUARD;
    csv_cell(b, v, sep, flags);
}

void exchange_csv_row(struct buf *b, const struct record *r, char sep)
{
    const struct kind *k = r->kind;
    char id[24], version[24];
    int f;

    snprintf(id, sizeof id, "%lld", (long long)r->id);
    snprintf(version, sizeof version, "%lld", (long long)r->version);
    csv_field(b, id, sep, 0);
    csv_field(b, version, sep, 0);
    csv_value(b, NULL, r->status, sep, 0);
    csv_field(b, r->archived ? "1" : "0", sep, 0);
    for (f = 0; f < k->nfields; f++)
        csv_value(b, &k->fields[f], r->val[f], sep, f + 1 == k->nfields);
}

static int csv_record(struct app *a, const struct export_opts *o, const struct record *r,
                      long i, struct sink *k, struct ird_err *e)
{
    (void)a;
    (void)i;
    (void)e;
    exchange_csv_row(&k->b, r, o->excel_be ? ';' : ',');
    return 0;
}

static int export_csv(struct app *a, const struct export_opts *o, struct sink *k,
                      struct ird_err *e)
{
    long n = 0;

    exchange_csv_header(&k->b, kind_get((enum kind_id)o->kind), o->excel_be ? ';' : ',');
    return each_record(a, o, (enum kind_id)o->kind, csv_record, k, &n, e);
}

/* A value in JSON as its field's type writes it (a number, true or false)
 * only when the field accepts it, in its one written form; anything else,
 * a crafted "1, \"admin\": true" in a number field included, is an
 * escaped string, and an empty value of a typed field is null. */
static void json_value(struct buf *b, const struct field *f, const char *v)
{
    const struct ftype_ops *t = ftype_get(f->type);
    char whole[32];

    if (v == NULL || (*v == '\0' && !ftype_is(f->type, FTYPE_FREE)))
        buf_add(b, "null");
    else if (t->json == ftype_json_string || !typed_value(f, v))
        ftype_json_string(b, v);
    else
        t->json(b, ftype_normalise(f, v, whole) ? whole : v);
}

void exchange_json_fields(struct buf *b, const struct record *r)
{
    const struct kind *k = r->kind;
    int f;

    buf_printf(b, "    {\"id\": %lld, \"version\": %lld, \"status\": ", (long long)r->id,
               (long long)r->version);
    ftype_json_string(b, r->status);
    buf_printf(b, ", \"archived\": %s", r->archived ? "true" : "false");
    for (f = 0; f < k->nfields; f++) {
        buf_add(b, ", ");
        ftype_json_string(b, k->fields[f].name);
        buf_add(b, ": ");
        json_value(b, &k->fields[f], r->val[f]);
    }
}

/* A side table's rows being written: the buffer, and whether one was. */
struct side_out {
    struct buf *b;
    const struct side *sd;
    int n;
};

/* One row of a side table as a JSON object, its owner's columns left out
 * under its owner; typed from its columns as a record's fields are. */
static int side_row(void *ctx, char *const *vals, struct ird_err *e)
{
    struct side_out *o = ctx;
    int i, first = 1;

    (void)e;
    buf_add(o->b, o->n++ ? ", {" : "{");
    for (i = 0; i < o->sd->ncols; i++) {
        if (o->sd->owner != SIDE_NO_OWNER && side_owner_col(o->sd, i))
            continue;
        buf_add(o->b, first ? "" : ", ");
        first = 0;
        ftype_json_string(o->b, o->sd->cols[i].name);
        buf_add(o->b, ": ");
        json_value(o->b, &o->sd->cols[i], vals[i]);
    }
    buf_add(o->b, "}");
    return 0;
}

/* ", \"key\": [rows]": the side table's rows of record id of kind k (of
 * the whole portfolio for a side without an owner). */
static int side_rows(struct app *a, struct buf *b, const struct side *sd, const char *key,
                     const struct kind *k, int64_t id, struct ird_err *e)
{
    struct side_out o = { b, sd, 0 };

    buf_add(b, ", ");
    ftype_json_string(b, key);
    buf_add(b, ": [");
    if (desk_side_each(a, sd, k != NULL ? k->code : NULL, id, side_row, &o, e) < 0)
        return -1;
    buf_add(b, "]");
    return 0;
}

static int json_record(struct app *a, const struct export_opts *o, const struct record *r,
                       long nth, struct sink *out, struct ird_err *e)
{
    const struct kind *k = r->kind;
    struct buf *b = &out->b;
    struct link_ref *l = NULL;
    size_t nl = 0, i;
    int s;

    /* the records of a kind are separated, the last one ends its line */
    if (nth > 0)
        buf_add(b, ",\n");
    exchange_json_fields(b, r);
    if (desk_links(a, k->id, r->id, &l, &nl, e) < 0)
        return -1;
    /* what it is linked to, for a reader: the links themselves are "link" */
    buf_add(b, ", \"links\": [");
    for (i = 0; i < nl; i++)
        buf_printf(b, "%s{\"kind\": \"%s\", \"id\": %lld}", i ? ", " : "",
                   kind_get(l[i].kind)->code, (long long)l[i].id);
    buf_add(b, "]");
    link_list_free(l, nl);
    for (s = 0; s < SIDE_COUNT; s++) {
        const struct side *sd = side_get((enum side_id)s);
        if (side_of_kind(sd, (int)k->id, o->history) &&
            side_rows(a, b, sd, sd->key, k, r->id, e) < 0)
            return -1;
    }
    buf_add(b, "}");
    return 0;
}

static int export_json(struct app *a, const struct export_opts *o, struct sink *out,
                       struct ird_err *e)
{
    int k, s, first = 1;

    buf_add(&out->b, "{\n");
    for (k = 0; k < KIND_COUNT; k++) {
        long n = 0;
        if (o->kind >= 0 && o->kind != k)
            continue;
        buf_printf(&out->b, "%s  \"%s\": [\n", first ? "" : ",\n",
                   kind_get((enum kind_id)k)->code);
        first = 0;
        if (each_record(a, o, (enum kind_id)k, json_record, out, &n, e) < 0)
            return -1;
        buf_add(&out->b, n > 0 ? "\n  ]" : "  ]");
    }
    /* all of it: the tables of the portfolio as a whole too */
    for (s = 0; s < SIDE_COUNT && o->kind < 0; s++) {
        const struct side *sd = side_get((enum side_id)s);
        struct side_out so = { &out->b, sd, 0 };
        if (sd->owner != SIDE_NO_OWNER)
            continue;
        buf_printf(&out->b, ",\n  \"%s\": [", sd->table);
        if (desk_side_each(a, sd, NULL, 0, side_row, &so, e) < 0)
            return -1;
        buf_add(&out->b, "]");
        if (sink_flush(out, 0, e) < 0)
            return -1;
    }
    buf_add(&out->b, "\n}\n");
    return 0;
}

int exchange_export_to(struct app *a, const struct export_opts *o, exchange_write_fn write,
                       void *ctx, size_t *lost, struct ird_err *e)
{
    struct sink k = { { NULL, 0, 0 }, o->excel_be, write, ctx, 0 };
    int rc;

    *lost = 0;
    if (o->format == EXPORT_CSV && o->kind < 0)
        return ird_fail(e, IRD_INVALID, "%s",
                        _("A CSV file holds one kind: export each kind, or all as JSON."));
    rc = o->format == EXPORT_CSV ? export_csv(a, o, &k, e) : export_json(a, o, &k, e);
    if (rc == 0)
        rc = sink_flush(&k, 1, e);
    buf_fini(&k.b);
    *lost = k.lost;
    return rc;
}

/* exchange_export's write: the pieces gathered in a buffer. */
static int gather(void *ctx, const char *data, size_t n, struct ird_err *e)
{
    (void)e;
    buf_addn(ctx, data, n);
    return 0;
}

int exchange_export(struct app *a, const struct export_opts *o, char **out, size_t *len,
                    size_t *lost, struct ird_err *e)
{
    struct buf b = { 0 };

    *out = NULL;
    *len = 0;
    if (exchange_export_to(a, o, gather, &b, lost, e) < 0) {
        buf_fini(&b);
        return -1;
    }
    *len = b.len;
    *out = b.s != NULL ? buf_take(&b) : xstrdup("");
    return 0;
}

const char *exchange_meta_col(int m)
{
    return meta_cols[m];
}
