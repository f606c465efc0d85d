#include "core/csv.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/mem.h"
#include "lib/text.h"
#include "i18n/i18n.h"

enum {
    CSV_CHUNK = 64 * 1024,      /* read from a file at a time */
    CSV_ROW_MAX = 1024 * 1024,  /* the most one row may hold */
};

/* The separator of the first row: the more frequent of ',' and ';'
 * outside quotes (',' on a tie).  Quotes are read as csv_next reads them:
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

/* At least k bytes from pos on, unless the file ends first: 0, or -1 when
 * the file cannot be read. */
static int fill(struct csv_reader *r, size_t k, struct ird_err *e)
{
    while (r->len - r->pos < k && !r->eof) {
        ssize_t got;
        if (r->pos > 0) {
            memmove(r->buf, r->buf + r->pos, r->len - r->pos);
            r->len -= r->pos;
            r->pos = 0;
        }
        if (r->cap - r->len < CSV_CHUNK) {
            r->cap = r->len + CSV_CHUNK;
            r->buf = xrealloc(r->buf, r->cap);
        }
        got = read(r->fd, r->buf + r->len, r->cap - r->len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return ird_fail(e, IRD_IO, _("Line %zu cannot be read: %s."), r->line,
                            strerror(errno));
        if (got == 0)
            r->eof = 1;
        r->len += (size_t)got;
    }
    return 0;
}

static void start(struct csv_reader *r, unsigned flags)
{
    r->flags = flags;
    r->line = 1;
    r->col = 1;
    if (r->len - r->pos >= 3 && memcmp(r->buf + r->pos, "\xEF\xBB\xBF", 3) == 0 &&
        (flags & CSV_SKIP_BOM)) {
        r->pos += 3;
        r->bom = 1;
    }
    r->sep = guess_sep(r->buf + r->pos, r->len - r->pos);
}

void csv_reader_mem(struct csv_reader *r, const char *s, size_t n, unsigned flags)
{
    memset(r, 0, sizeof *r);
    r->fd = -1;
    r->buf = (char *)(uintptr_t)s;
    r->len = n;
    r->eof = 1;
    start(r, flags);
}

int csv_reader_fd(struct csv_reader *r, int fd, unsigned flags, struct ird_err *e)
{
    memset(r, 0, sizeof *r);
    r->fd = fd;
    r->owned = 1;
    r->line = 1;
    if (fill(r, CSV_CHUNK, e) < 0)
        return -1;
    start(r, flags);
    return 0;
}

void csv_reader_fini(struct csv_reader *r)
{
    if (r->owned)
        free(r->buf);
    free(r->text);
    free(r->off);
    free(r->fields);
    memset(r, 0, sizeof *r);
    r->fd = -1;
}

static void put(struct csv_reader *r, char c)
{
    if (r->ntext == r->captext) {
        r->captext = r->captext ? r->captext * 2 : 256;
        r->text = xrealloc(r->text, r->captext);
    }
    r->text[r->ntext++] = c;
}

/* End the current field: its text is NUL-terminated in r->text. */
static void end_field(struct csv_reader *r)
{
    if (r->nf == r->capf) {
        r->capf = r->capf ? r->capf * 2 : 16;
        r->off = xrealloc(r->off, r->capf * sizeof *r->off);
    }
    put(r, '\0');
    r->off[r->nf++] = r->field_start;
    r->field_start = r->ntext;
}

/* The next byte, checked: NUL and (with CSV_UTF8) a sequence that is not
 * UTF-8 are refused with their line and byte.  -1 at the end, -2 on an
 * error. */
static int next_byte(struct csv_reader *r, struct ird_err *e)
{
    unsigned char c;

    if (fill(r, 4, e) < 0)
        return -2;
    if (r->pos == r->len)
        return -1;
    c = (unsigned char)r->buf[r->pos];
    if (c == '\0') {
        ird_fail(e, IRD_INVALID, _("Line %zu holds a NUL byte: this is not a text file."),
                 r->line);
        return -2;
    }
    if (c >= 0x80 && (r->flags & CSV_UTF8) && r->utf8_left == 0) {
        wchar_t wc;
        int bad;
        size_t used = text_decode(r->buf + r->pos, r->len - r->pos, &wc, &bad);
        if (bad) {
            ird_fail(e, IRD_INVALID,
                     _("Line %zu, byte %zu is not UTF-8: if the file is in another character "
                       "set, name it with --encoding (Excel on Windows: CP1252)."),
                     r->line, r->col);
            return -2;
        }
        r->utf8_left = used;
    }
    if (r->utf8_left > 0)
        r->utf8_left--;
    r->pos++;
    r->col++;
    /* a line ends at LF, and at a CR alone (old Mac files); fill() above
     * keeps the byte after it in the window */
    if (c == '\n' || (c == '\r' && (r->pos == r->len || r->buf[r->pos] != '\n'))) {
        r->line++;
        r->col = 1;
    }
    return c;
}

/* How many bytes from pos on are plain ASCII that the reader would only
 * copy: no NUL, quote, line end, separator (outside quotes) or byte of a
 * multi-byte sequence (those go through next_byte, which checks them). */
static size_t plain_run(const struct csv_reader *r, int quoted)
{
    const unsigned char *b = (const unsigned char *)r->buf;
    size_t i = r->pos;

    while (i < r->len) {
        unsigned char c = b[i];
        if (c == '\0' || c >= 0x80 || c == '"' || c == '\n' || c == '\r' ||
            (!quoted && c == (unsigned char)r->sep))
            break;
        i++;
    }
    return i - r->pos;
}

/* Copy the plain run at pos (plain_run) into the field being read. */
static void take_run(struct csv_reader *r, int quoted)
{
    size_t n = plain_run(r, quoted);

    if (n == 0)
        return;
    if (r->ntext + n > r->captext) {
        while (r->ntext + n > r->captext)
            r->captext = r->captext ? r->captext * 2 : 256;
        r->text = xrealloc(r->text, r->captext);
    }
    memcpy(r->text + r->ntext, r->buf + r->pos, n);
    r->ntext += n;
    r->pos += n;
    r->col += n;
}

/* The byte after the one just read, not consumed (-1 at the end). */
static int peek(const struct csv_reader *r)
{
    return r->pos < r->len ? (unsigned char)r->buf[r->pos] : -1;
}

/* One field's bytes after its opening quote, up to the closing one. */
static int quoted_field(struct csv_reader *r, struct ird_err *e)
{
    for (;;) {
        int c = next_byte(r, e);
        if (c == -2)
            return -1;
        if (c == -1)
            return ird_fail(e, IRD_INVALID, _("Line %zu: a quoted field is never closed."),
                            r->row_line);
        if (c == '"' && peek(r) == '"') {
            next_byte(r, e);
            put(r, '"');
        } else if (c == '"') {
            c = peek(r);
            if (c != -1 && c != r->sep && c != '\r' && c != '\n')
                return ird_fail(e, IRD_INVALID,
                                _("Line %zu: text after a field's closing quote; a quote "
                                  "inside a field is written twice (\"\")."),
                                r->line);
            return 0;
        } else {
            put(r, (char)c);
            if (r->utf8_left == 0)
                take_run(r, 1);
        }
        if (r->ntext > CSV_ROW_MAX)
            return ird_fail(e, IRD_INVALID,
                            _("Line %zu: a row of more than 1 MB; is a quote left open?"),
                            r->row_line);
    }
}

int csv_next(struct csv_reader *r, struct csv_row *row, struct ird_err *e)
{
    int at_start = 1, any = 0, c;
    size_t i;

    r->ntext = r->nf = r->field_start = 0;
    r->row_line = r->line;
    for (;;) {
        c = next_byte(r, e);
        if (c == -2)
            return -1;
        if (c == -1 || c == '\r' || c == '\n') {
            if (c == '\r' && peek(r) == '\n')
                next_byte(r, e);
            if (any || r->nf > 0 || r->ntext > r->field_start)
                break;
            if (c == -1)
                return 0;
            r->row_line = r->line;  /* a blank line is no row */
            continue;
        }
        any = 1;
        if (c == '"' && at_start) {
            if (quoted_field(r, e) < 0)
                return -1;
            at_start = 0;
        } else if (c == '"') {
            return ird_fail(e, IRD_INVALID,
                            _("Line %zu: a quote inside a field that does not begin with one; "
                              "such a field is quoted and its quotes written twice."),
                            r->line);
        } else if (c == r->sep) {
            end_field(r);
            at_start = 1;
        } else {
            put(r, (char)c);
            if (r->utf8_left == 0)
                take_run(r, 0);
            at_start = 0;
        }
        if (r->ntext > CSV_ROW_MAX)
            return ird_fail(e, IRD_INVALID,
                            _("Line %zu: a row of more than 1 MB; is a quote left open?"),
                            r->row_line);
    }
    end_field(r);
    if (r->nf > r->capptr) {
        r->capptr = r->nf;
        r->fields = xrealloc(r->fields, r->capptr * sizeof *r->fields);
    }
    for (i = 0; i < r->nf; i++)
        r->fields[i] = r->text + r->off[i];
    row->f = r->fields;
    row->n = r->nf;
    row->line = r->row_line;
    return 1;
}

static void csv_push(struct csv *c, const struct csv_row *row)
{
    size_t f;

    c->rows = xrealloc(c->rows, (c->nrows + 1) * sizeof *c->rows);
    c->nfields = xrealloc(c->nfields, (c->nrows + 1) * sizeof *c->nfields);
    c->line = xrealloc(c->line, (c->nrows + 1) * sizeof *c->line);
    c->rows[c->nrows] = xmalloc(row->n * sizeof **c->rows);
    for (f = 0; f < row->n; f++)
        c->rows[c->nrows][f] = xstrdup(row->f[f]);
    c->nfields[c->nrows] = row->n;
    c->line[c->nrows] = row->line;
    c->nrows++;
}

int csv_parse(const char *s, size_t n, struct csv *out, struct ird_err *e)
{
    struct csv_reader r;
    struct csv_row row;
    int rc;

    memset(out, 0, sizeof *out);
    csv_reader_mem(&r, s, n, 0);
    out->sep = r.sep;
    while ((rc = csv_next(&r, &row, e)) > 0)
        csv_push(out, &row);
    csv_reader_fini(&r);
    if (rc < 0)
        csv_fini(out);
    return rc;
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
