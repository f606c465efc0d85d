#include "core/import.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/csv.h"
#include "core/desk.h"
#include "core/exchange.h"
#include "core/validate.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "lib/conv.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "model/record.h"

/* Bytes as UTF-8: BOM, else valid UTF-8, else CP1252 (or the encoding
 * named, which goes to *charset unless it is UTF-8).  Caller frees. */
static char *as_utf8(const char *data, size_t len, const char *encoding, size_t *outlen,
                     const char **charset, struct ird_err *e)
{
    size_t bad = 0;
    char *s;

    if ((encoding == NULL || strcmp(encoding, "UTF-8") == 0 || strcmp(encoding, "utf-8") == 0) &&
        len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
        encoding = "UTF-8";
    }
    if (encoding == NULL)
        encoding = text_valid_utf8(data, len) || memchr(data, '\0', len) != NULL ? "UTF-8"
                                                                               : "CP1252";
    if (strcmp(encoding, "UTF-8") == 0 || strcmp(encoding, "utf-8") == 0) {
        size_t i, line = 1;
        wchar_t wc;
        int badc;
        /* find the line of the first bad byte, for the message */
        for (i = 0; i < len;) {
            if (data[i] == '\0')
                break;
            if (data[i] == '\n')
                line++;
            i += text_decode(data + i, len - i, &wc, &badc);
            if (badc) {
                ird_fail(e, IRD_INVALID, _("Line %zu is not valid UTF-8."), line);
                return NULL;
            }
        }
        *outlen = len;
        return xstrndup(data, len);
    }
    *charset = encoding;
    if (!conv_charset_ok(encoding)) {
        ird_fail(e, IRD_INVALID, _("The character set \"%s\" is unknown."), encoding);
        return NULL;
    }
    s = conv_from(encoding, data, len, outlen, &bad);
    if (s == NULL)
        ird_fail(e, IRD_INVALID, _("Line %zu cannot be read as %s."), bad, encoding);
    return s;
}

/* Column positions of the header: fields, then the bookkeeping columns. */
struct header {
    int *field;  /* column of each field, or -1 */
    int meta[META_COUNT];
    size_t ncols;
};

static int read_header(const struct kind *k, char **cols, size_t n, struct header *h,
                       struct ird_err *e)
{
    size_t c;
    int f, m;

    h->field = xcalloc((size_t)k->nfields, sizeof *h->field);
    h->ncols = n;
    for (f = 0; f < k->nfields; f++)
        h->field[f] = -1;
    for (m = 0; m < META_COUNT; m++)
        h->meta[m] = -1;
    for (c = 0; c < n; c++) {
        char *name = text_trim(cols[c]);
        int known = 0;
        for (f = 0; f < k->nfields; f++)
            if (strcmp(name, k->fields[f].name) == 0) {
                h->field[f] = (int)c;
                known = 1;
            }
        for (m = 0; m < META_COUNT; m++)
            if (strcmp(name, exchange_meta_col(m)) == 0) {
                h->meta[m] = (int)c;
                known = 1;
            }
        if (!known && *name != '\0') {
            ird_fail(e, IRD_INVALID, _("Line 1: \"%s\" is not a column of a %s."), name,
                     _(k->label));
            free(name);
            return -1;
        }
        free(name);
    }
    return 0;
}

static const char *cell(char **row, size_t n, int col)
{
    return col >= 0 && (size_t)col < n ? row[col] : NULL;
}

/* 1 when v is what the stored value becomes in charset and back: a file
 * in a narrower character set (an export for Excel) then changes nothing
 * it could not hold, such as the ń of Gdańsk. */
static int same_in_charset(const char *charset, const char *stored, const char *v)
{
    size_t len = 0, lost = 0, back_len = 0, bad = 0;
    char *narrow, *back;
    int same;

    if (charset == NULL || stored == NULL || v == NULL)
        return 0;
    narrow = conv_to(charset, stored, &len, &lost);
    if (narrow == NULL || lost == 0) {
        free(narrow);
        return 0;
    }
    back = conv_from(charset, narrow, len, &back_len, &bad);
    same = back != NULL && strcmp(back, v) == 0;
    free(narrow);
    free(back);
    return same;
}

/* A write the store refused: a problem of the database (full, busy,
 * read-only) rather than of the row ends the import (-2, *fatal set). */
static int write_failed(const struct ird_err *e, struct ird_err *fatal)
{
    if (e->code == IRD_STORE || e->code == IRD_IO || e->code == IRD_READONLY) {
        *fatal = *e;
        return -2;
    }
    return -1;
}

/* Apply one row; problems go to report with the line number.  charset: the
 * file's character set when it is not UTF-8.  -1: the row is wrong; -2: the
 * database failed (*fatal says how) and the import must stop. */
static int import_row(struct app *a, const struct kind *k, const struct header *h, char **row,
                      size_t nf, size_t line, const char *charset, struct import_result *res,
                      struct buf *report, struct ird_err *fatal)
{
    struct ird_err e = { 0 };
    struct record *r = NULL, *cur = NULL;
    const char *id = cell(row, nf, h->meta[META_ID]);
    const char *version = cell(row, nf, h->meta[META_VERSION]);
    const char *status = cell(row, nf, h->meta[META_STATUS]);
    const char *archived = cell(row, nf, h->meta[META_ARCHIVED]);
    const struct choice *st = NULL;
    char now[32];
    int f, bad = -1, changed = 0, rc = -1, want_archived = -1;

    app_now(a, now);
    {
        /* a cut row would empty the fields it lacks, a row with more (a stray
         * separator in a text) would shift them: refuse both; trailing
         * empty fields, as spreadsheets write them, are no harm */
        size_t used = nf;
        while (used > h->ncols && row[used - 1][0] == '\0')
            used--;
        if (used != h->ncols) {
            buf_printf(report, _("Line %zu has %zu fields; the header has %zu.\n"), line, used,
                       h->ncols);
            return -1;
        }
    }
    if (id != NULL && *id != '\0') {
        char *end;
        long long v = strtoll(id, &end, 10);
        if (*end != '\0' || v < 1) {
            buf_printf(report, _("Line %zu: \"%s\" is not a record number.\n"), line, id);
            return -1;
        }
        if (desk_get(a, k->id, v, &cur, &e) < 0) {
            buf_printf(report, _("Line %zu: %s (leave id empty to add a record).\n"), line,
                       e.msg);
            return -1;
        }
        if (version != NULL && *version != '\0' && strtoll(version, NULL, 10) != cur->version) {
            buf_printf(report,
                       _("Line %zu: conflict: %s %lld was changed since it was exported (now "
                         "version %lld, the file has %s).\n"),
                       line, _(k->label), (long long)cur->id, (long long)cur->version, version);
            goto out;
        }
        r = record_dup(cur);
    } else {
        r = record_new(k);
    }
    for (f = 0; f < k->nfields; f++) {
        char *v = (char *)(uintptr_t)cell(row, nf, h->field[f]);
        char *crlf;
        /* line breaks from Windows tools: CR LF inside a text is LF */
        while (v != NULL && (crlf = strstr(v, "\r\n")) != NULL)
            memmove(crlf, crlf + 1, strlen(crlf));
        if (h->field[f] >= 0 && !(cur != NULL && same_in_charset(charset, cur->val[f], v)))
            record_set(r, f, v);
    }
    if (status != NULL && *status != '\0') {
        st = kind_status_parse(k, status);
        if (st == NULL) {
            char *all = kind_status_list(k);
            buf_printf(report, _("Line %zu: \"%s\" is not a status. Statuses: %s.\n"), line,
                       status, all);
            free(all);
            goto out;
        }
    }
    if (archived != NULL && *archived != '\0') {
        if (strcmp(archived, "0") != 0 && strcmp(archived, "1") != 0) {
            buf_printf(report, _("Line %zu: archived must be 0 or 1, not \"%s\".\n"), line,
                       archived);
            goto out;
        }
        want_archived = archived[0] == '1';
    }
    if (cur == NULL && st != NULL)
        record_set_status(r, st->code);
    validate_normalize(r);
    if (validate_record(a, r, &bad, &e) < 0) {
        buf_printf(report, _("Line %zu: %s\n"), line, e.msg);
        goto out;
    }
    if (cur != NULL && st != NULL && strcmp(st->code, cur->status) != 0 &&
        !workflow_allowed(k, cur->status, st->code)) {
        char *allowed = workflow_next_text(k, cur->status);
        buf_printf(report, _("Line %zu: %s cannot go from %s to %s. Allowed: %s.\n"), line,
                   _(k->label), kind_status_label(k, cur->status), _(st->label), allowed);
        free(allowed);
        goto out;
    }
    /* write: fields, then the status, then the archive flag */
    for (f = 0; cur != NULL && f < k->nfields; f++) {
        const char *x = r->val[f], *y = cur->val[f];
        changed |= (x == NULL) != (y == NULL) || (x != NULL && strcmp(x, y) != 0);
    }
    if (cur == NULL || changed) {
        if (desk_put(a, r, now, &e) < 0) {
            buf_printf(report, _("Line %zu: %s\n"), line, e.msg);
            rc = write_failed(&e, fatal);
            goto out;
        }
    }
    if (cur != NULL && st != NULL && strcmp(st->code, cur->status) != 0) {
        if (desk_put_status(a, k->id, r->id, -1, cur->status, st->code, _("imported"),
                            now, &e) < 0) {
            buf_printf(report, _("Line %zu: %s\n"), line, e.msg);
            rc = write_failed(&e, fatal);
            goto out;
        }
        changed = 1;
    }
    if (want_archived >= 0 && want_archived != r->archived) {
        if (desk_put_archived(a, k->id, r->id, -1, want_archived, _("imported"), now,
                              &e) < 0) {
            buf_printf(report, _("Line %zu: %s\n"), line, e.msg);
            rc = write_failed(&e, fatal);
            goto out;
        }
        changed = 1;
    }
    if (cur == NULL)
        res->created++;
    else if (changed)
        res->updated++;
    else
        res->unchanged++;
    rc = 0;
out:
    record_free(&r);
    record_free(&cur);
    return rc;
}

int exchange_import(struct app *a, enum kind_id kid, const char *data, size_t len,
                    const char *encoding, int dry_run, struct import_result *res, char **report,
                    struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct csv c = { 0 };
    struct header h = { NULL, { 0 }, 0 };
    struct buf rep = { 0 };
    size_t n = 0, r;
    const char *charset = NULL;
    char *text;
    int rc = -1, bad = 0;

    memset(res, 0, sizeof *res);
    *report = NULL;
    if (app_readonly(a))
        return ird_fail(e, IRD_READONLY, "%s", ird_code_text(IRD_READONLY));
    text = as_utf8(data, len, encoding, &n, &charset, e);
    if (text == NULL)
        return -1;
    if (csv_parse(text, n, &c, e) < 0)
        goto out;
    if (c.nrows == 0) {
        ird_fail(e, IRD_INVALID, "%s", _("The file is empty: it has no header row."));
        goto out;
    }
    if (read_header(k, c.rows[0], c.nfields[0], &h, e) < 0)
        goto out;
    if (desk_begin(a, e) < 0)
        goto out;
    for (r = 1; r < c.nrows; r++) {
        int row_rc;
        /* a blank line is no row */
        if (c.nfields[r] == 1 && c.rows[r][0][0] == '\0')
            continue;
        row_rc = import_row(a, k, &h, c.rows[r], c.nfields[r], c.line[r], charset, res, &rep,
                            e);
        if (row_rc == -2) {
            /* the database failed: nothing of the file stays */
            desk_rollback(a);
            goto out;
        }
        if (row_rc < 0)
            bad++;
    }
    if (bad > 0 || dry_run) {
        desk_rollback(a);
        if (bad > 0) {
            ird_fail(e, IRD_INVALID,
                     P_("%d row is wrong: nothing was imported.",
                        "%d rows are wrong: nothing was imported.", bad),
                     bad);
            *report = buf_take(&rep);
            goto out;
        }
        rc = 0;
        goto out;
    }
    rc = desk_commit(a, e);
out:
    buf_fini(&rep);
    free(h.field);
    csv_fini(&c);
    free(text);
    return rc;
}
