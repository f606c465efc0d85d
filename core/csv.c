#include "core/csv.h"

#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"
#include "i18n/i18n.h"

/* The separator of the first row: the more frequent of ',' and ';'
 * outside quotes (',' on a tie).  Quotes are read as csv_parse reads them:
 * they open a field only at its start, and "" inside is a quote. */
static char guess_sep(const char *s, size_t n)
{
    size_t i, commas = 0, semis = 0;
    int quoted = 0, at_start = 1;

    for (i = 0; i < n; i++) {
        char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < n && s[i + 1] == '"')
                i++;
            else if (c == '"')
                quoted = 0;
            continue;
        }
        if (c == '"' && at_start) {
            quoted = 1;
            at_start = 0;
        } else if (c == '\n' || c == '\r') {
            break;
        } else if (c == ',' || c == ';') {
            commas += c == ',';
            semis += c == ';';
            at_start = 1;
        } else {
            at_start = 0;
        }
    }
    return semis > commas ? ';' : ',';
}

struct row {
    char **f;
    size_t n, cap;
};

static void row_push(struct row *r, struct buf *field)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 8;
        r->f = xrealloc(r->f, r->cap * sizeof *r->f);
    }
    r->f[r->n++] = buf_take(field);
}

static void csv_push(struct csv *c, struct row *r, size_t line)
{
    c->rows = xrealloc(c->rows, (c->nrows + 1) * sizeof *c->rows);
    c->nfields = xrealloc(c->nfields, (c->nrows + 1) * sizeof *c->nfields);
    c->line = xrealloc(c->line, (c->nrows + 1) * sizeof *c->line);
    c->rows[c->nrows] = r->f;
    c->nfields[c->nrows] = r->n;
    c->line[c->nrows] = line;
    c->nrows++;
    memset(r, 0, sizeof *r);
}

int csv_parse(const char *s, size_t n, struct csv *out, struct ird_err *e)
{
    struct row r = { 0 };
    struct buf field = { 0 };
    size_t i = 0, line = 1, start = 1;
    int quoted = 0, at_start = 1, any = 0;

    memset(out, 0, sizeof *out);
    out->sep = guess_sep(s, n);
    while (i < n) {
        char ch = s[i];
        if (ch == '\0') {
            ird_fail(e, IRD_INVALID, _("Line %zu holds a NUL byte: this is not a text file."),
                     line);
            goto fail;
        }
        if (quoted) {
            if (ch == '"' && i + 1 < n && s[i + 1] == '"') {
                buf_addn(&field, "\"", 1);
                i += 2;
                continue;
            }
            if (ch == '"') {
                quoted = 0;
                i++;
                continue;
            }
            if (ch == '\n')
                line++;
            buf_addn(&field, &ch, 1);
            i++;
            continue;
        }
        if (ch == '"' && at_start) {
            quoted = 1;
            at_start = 0;
            any = 1;
            i++;
            continue;
        }
        if (ch == out->sep) {
            row_push(&r, &field);
            at_start = 1;
            any = 1;
            i++;
            continue;
        }
        if (ch == '\r' || ch == '\n') {
            if (ch == '\r' && i + 1 < n && s[i + 1] == '\n')
                i++;
            i++;
            if (any || r.n > 0 || field.len > 0) {
                row_push(&r, &field);
                csv_push(out, &r, start);
            }
            buf_fini(&field);
            line++;
            start = line;
            at_start = 1;
            any = 0;
            continue;
        }
        buf_addn(&field, &ch, 1);
        at_start = 0;
        any = 1;
        i++;
    }
    if (quoted) {
        ird_fail(e, IRD_INVALID, _("Line %zu: a quoted field is never closed."), start);
        goto fail;
    }
    if (any || r.n > 0 || field.len > 0) {
        row_push(&r, &field);
        csv_push(out, &r, start);
    }
    buf_fini(&field);
    return 0;
fail:
    buf_fini(&field);
    for (i = 0; i < r.n; i++)
        free(r.f[i]);
    free(r.f);
    csv_fini(out);
    return -1;
}

void csv_fini(struct csv *c)
{
    size_t r, f;

    for (r = 0; r < c->nrows; r++) {
        for (f = 0; f < c->nfields[r]; f++)
            free(c->rows[r][f]);
        free(c->rows[r]);
    }
    free(c->rows);
    free(c->nfields);
    free(c->line);
    memset(c, 0, sizeof *c);
}

/* The characters a spreadsheet takes as the start of a formula. */
static int formula_start(char c)
{
    return c != '\0' && strchr("=+-@\t\r", c) != NULL;
}

int csv_formula_like(const char *v)
{
    if (v == NULL)
        return 0;
    while (*v == '\'')
        v++;
    return formula_start(*v);
}

const char *csv_unescape_formula(const char *v)
{
    return v != NULL && v[0] == '\'' && csv_formula_like(v + 1) ? v + 1 : v;
}

void csv_cell(struct buf *b, const char *v, char sep, unsigned flags)
{
    int row_start = b->len == 0 || b->s[b->len - 1] == '\n';
    int last = (flags & CSV_LAST) != 0;
    const char *guard = (flags & CSV_GUARD) != 0 && csv_formula_like(v) ? "'" : "";

    if (v == NULL)
        v = "";
    /* quoted: what holds either separator (so that a reader guessing the
     * separator guesses right), a quote or a line break; and a row of one
     * empty field, which would otherwise be a blank line */
    if (strchr(v, ',') != NULL || strchr(v, ';') != NULL || strchr(v, '"') != NULL ||
        strchr(v, '\n') != NULL || strchr(v, '\r') != NULL || (*v == '\0' && row_start && last)) {
        buf_add(b, "\"");
        buf_add(b, guard);
        for (; *v != '\0'; v++) {
            if (*v == '"')
                buf_add(b, "\"");
            buf_addn(b, v, 1);
        }
        buf_add(b, "\"");
    } else {
        buf_add(b, guard);
        buf_add(b, v);
    }
    if (last)
        buf_add(b, "\r\n");
    else
        buf_addn(b, &sep, 1);
}

void csv_field(struct buf *b, const char *v, char sep, int last)
{
    csv_cell(b, v, sep, last ? CSV_LAST : 0);
}
