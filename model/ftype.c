#include "model/ftype.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "lib/digest.h"
#include "lib/err.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "model/kind.h"
#include "i18n/i18n.h"

/* What is wrong with the text s, as ftype_check_text says it. */
enum text_fault { TEXT_OK, TEXT_NOT_UTF8, TEXT_CONTROL, TEXT_BIDI, TEXT_TOO_LONG };

static enum text_fault text_fault(const char *s, int multiline, long max, size_t *chars)
{
    size_t n = strlen(s), i = 0;

    *chars = 0;
    while (i < n) {
        wchar_t wc;
        int bad;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F) { /* the common case, without decoding */
            i++;
            (*chars)++;
            continue;
        }
        i += text_decode(s + i, n - i, &wc, &bad);
        if (bad)
            return TEXT_NOT_UTF8;
        if ((wc < 0x20 && !(multiline && (wc == '\n' || wc == '\t'))) ||
            (wc >= 0x7F && wc < 0xA0))
            return TEXT_CONTROL;
        /* an override makes a name read otherwise than it is stored (a
         * long text may hold one: it is shown, never obeyed) */
        if (!multiline && text_is_bidi_control(wc))
            return TEXT_BIDI;
        (*chars)++;
    }
    return max > 0 && *chars > (size_t)max ? TEXT_TOO_LONG : TEXT_OK;
}

/* The message of fault under label; -1. */
static int text_fail(enum text_fault fault, const char *label, size_t chars, long max,
                     struct ird_err *e)
{
    if (fault == TEXT_NOT_UTF8)
        return ird_fail(e, IRD_INVALID, _("%s: the text is not valid UTF-8."), label);
    if (fault == TEXT_CONTROL)
        return ird_fail(e, IRD_INVALID, _("%s: the text holds a control character."), label);
    if (fault == TEXT_BIDI)
        return ird_fail(e, IRD_INVALID,
                        _("%s: the text holds a character that changes the reading direction "
                          "(U+202A-202E, U+2066-2069)."),
                        label);
    return ird_fail(e, IRD_INVALID, _("%s: too long (%zu characters; at most %ld)."), label,
                    chars, max);
}

int ftype_check_text(const char *label, const char *s, int multiline, long max,
                     struct ird_err *e)
{
    size_t chars;
    enum text_fault fault = text_fault(s, multiline, max, &chars);

    return fault == TEXT_OK ? 0 : text_fail(fault, label, chars, max, e);
}

/* ftype_check_text under field f's label, translated only for a message:
 * a check that passes costs no gettext. */
static int field_text(const struct field *f, const char *s, int multiline, long max,
                      struct ird_err *e)
{
    size_t chars;
    enum text_fault fault = text_fault(s, multiline, max, &chars);

    return fault == TEXT_OK ? 0 : text_fail(fault, _(f->label), chars, max, e);
}

static int digits(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

int ftype_date_parse(const char *s, int *y, int *m, int *d)
{
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    size_t n = strlen(s);
    int parts;

    *y = *m = *d = 0;
    if (n == 4 && digits(s, 4))
        parts = 1;
    else if (n == 7 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2))
        parts = 2;
    else if (n == 10 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) && s[7] == '-' &&
             digits(s + 8, 2))
        parts = 3;
    else
        return -1;
    *y = atoi(s);
    if (*y < 1000)
        return -1;
    if (parts >= 2) {
        *m = atoi(s + 5);
        if (*m < 1 || *m > 12)
            return -1;
    }
    if (parts == 3) {
        int leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
        *d = atoi(s + 8);
        if (*d < 1 || *d > mdays[*m - 1] || (*m == 2 && *d == 29 && !leap))
            return -1;
    }
    return parts;
}

void ftype_date_upper(const char *d, char out[16])
{
    if (strlen(d) == 4)
        snprintf(out, 16, "%s-12-31", d);
    else if (strlen(d) == 7)
        snprintf(out, 16, "%s-31", d);
    else
        snprintf(out, 16, "%.10s", d);
}

/* A whole number as written: 1 (*out set), 0 when it is none, -1 when it
 * is one too large for any bound (its digits are right: out of range). */
static int parse_long(const char *v, long *out)
{
    char *end;

    errno = 0;
    *out = strtol(v, &end, 10);
    if (end == v || *end != '\0' || v[0] == ' ' || v[0] == '+')
        return 0;
    return errno == ERANGE ? -1 : errno == 0;
}

static int check_text(const struct field *f, const char *v, struct ird_err *e)
{
    return field_text(f, v, ftype_is(f->type, FTYPE_LINES), f->max, e);
}

/* A whole number as typed; *n gets it.  One too large for a long is out
 * of any field's range, as a smaller one beyond the bounds is. */
static int check_whole(const struct field *f, const char *v, long *n, struct ird_err *e)
{
    int ok;

    if (field_text(f, v, 0, 32, e) < 0)
        return -1;
    if ((ok = parse_long(v, n)) == 0)
        return ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not a whole number."), _(f->label), v);
    if (ok < 0 && ftype_is(f->type, FTYPE_RECORD))
        return ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not a record number."), _(f->label), v);
    if (ok < 0)
        /* L10N: the field, the number as typed, the field's bounds */
        return ird_fail(e, IRD_INVALID, _("%s: %s is out of range (%ld to %ld)."), _(f->label),
                        v, f->min, f->max);
    return 0;
}

static int check_bounded(const struct field *f, const char *v, struct ird_err *e)
{
    long n;

    if (check_whole(f, v, &n, e) < 0)
        return -1;
    if (n < f->min || n > f->max)
        return ird_fail(e, IRD_INVALID, _("%s: %ld is out of range (%ld to %ld)."), _(f->label),
                        n, f->min, f->max);
    return 0;
}

static int check_ref(const struct field *f, const char *v, struct ird_err *e)
{
    long n;

    if (check_whole(f, v, &n, e) < 0)
        return -1;
    if (n < 1)
        return ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not a record number."), _(f->label), v);
    return 0;
}

static int check_date(const struct field *f, const char *v, struct ird_err *e)
{
    int y, m, d;

    if (field_text(f, v, 0, 32, e) < 0)
        return -1;
    if (ftype_date_parse(v, &y, &m, &d) < 0)
        return ird_fail(e, IRD_INVALID,
                        _("%s: \"%s\" is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY "
                          "when that is all that is known."),
                        _(f->label), v);
    return 0;
}

/* Skip what may stand around an amount: spaces (no-break ones too), the
 * euro sign, "EUR". */
static const char *money_skip(const char *s)
{
    static const char *const skips[] = { " ", "\xc2\xa0", "\xe2\x80\xaf", "\xe2\x82\xac",
                                         "EUR", NULL };
    const char *const *k;

    for (k = skips; *k != NULL;) {
        if (strncmp(s, *k, strlen(*k)) == 0) {
            s += strlen(*k);
            k = skips;
        } else {
            k++;
        }
    }
    return s;
}

int ftype_money_parse(const char *s, long long *euros)
{
    long long n = 0;
    int digits_in = 0, group = -1; /* digits since the last '.', -1: no '.' yet */

    s = money_skip(s);
    if (*s < '0' || *s > '9')
        return -1;
    for (; (*s >= '0' && *s <= '9') || *s == '.'; s++) {
        if (*s == '.') {
            if ((group >= 0 && group != 3) || (group < 0 && (digits_in < 1 || digits_in > 3)))
                return -1;
            group = 0;
            continue;
        }
        if (n > 99999999999999LL)
            return -1;
        n = n * 10 + (*s - '0');
        digits_in++;
        if (group >= 0)
            group++;
    }
    if (group >= 0 && group != 3)
        return -1;
    if (*s == ',') { /* cents: only none */
        s++;
        if (strcmp(s, "-") == 0 || strncmp(s, "00", 2) == 0)
            s += strcmp(s, "-") == 0 ? 1 : 2;
        else
            return -1;
    }
    s = money_skip(s);
    if (*s != '\0')
        return -1;
    *euros = n;
    return 0;
}

char *ftype_money_text(long long euros)
{
    char digits[32], out[64];
    size_t n, i, o = 0;

    snprintf(digits, sizeof digits, "%lld", euros < 0 ? -euros : euros);
    n = strlen(digits);
    o += (size_t)snprintf(out, sizeof out, "%s", euros < 0 ? "€ -" : "€ ");
    for (i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            out[o++] = '.';
        out[o++] = digits[i];
    }
    out[o] = '\0';
    return xstrdup(out);
}

static int check_money(const struct field *f, const char *v, struct ird_err *e)
{
    long long n;

    if (field_text(f, v, 0, 32, e) < 0)
        return -1;
    if (ftype_money_parse(v, &n) < 0)
        return ird_fail(e, IRD_INVALID,
                        _("%s: \"%s\" is not an amount in whole euros; write 3.500.000, "
                          "3500000 or € 3.500.000,00."),
                        _(f->label), v);
    return 0;
}

static char *show_money(const char *v)
{
    long long n;

    return ftype_money_parse(v, &n) == 0 ? ftype_money_text(n) : xstrdup(v);
}

static int check_choice(const struct field *f, const char *v, struct ird_err *e)
{
    if (choice_find(f->choices, v) != NULL)
        return 0;
    if (field_text(f, v, 0, 64, e) < 0)
        return -1;
    return ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not one of the choices."), _(f->label), v);
}

static int compare_text(const char *a, const char *b)
{
    return strcmp(a, b);
}

static int compare_whole(const char *a, const char *b)
{
    long x = strtol(a, NULL, 10), y = strtol(b, NULL, 10);

    return (x > y) - (x < y);
}

/* As precisely as both are known: "2019" is not before "2019-05". */
static int compare_date(const char *a, const char *b)
{
    size_t len = strlen(a) < strlen(b) ? strlen(a) : strlen(b);

    return strncmp(a, b, len);
}

static void json_number(struct buf *b, const char *v)
{
    buf_add(b, v);
}

static void json_bool(struct buf *b, const char *v)
{
    buf_add(b, strcmp(v, "1") == 0 ? "true" : "false");
}

void ftype_json_string(struct buf *b, const char *s)
{
    if (s == NULL) {
        buf_add(b, "null");
        return;
    }
    buf_add(b, "\"");
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            buf_printf(b, "\\%c", c);
        else if (c == '\n')
            buf_add(b, "\\n");
        else if (c == '\t')
            buf_add(b, "\\t");
        else if (c < 0x20)
            buf_printf(b, "\\u%04x", c);
        else
            buf_addn(b, s, 1);
    }
    buf_add(b, "\"");
}

/* Bytes are exchanged as base64. */
static int check_blob(const struct field *f, const char *v, struct ird_err *e)
{
    if (digest_is_base64(v))
        return 0;
    return ird_fail(e, IRD_INVALID, _("%s: not base64 text."), _(f->label));
}

static const struct ftype_ops ftypes[FT_COUNT] = {
    [FT_TEXT] = { .type = FT_TEXT, .name = "text", .flags = FTYPE_FREE | FTYPE_CUT,
                  .bind = FTYPE_BIND_TEXT, .sort = FTYPE_SORT_NOCASE, .min_width = 8,
                  .check = check_text,
                  .compare = compare_text, .json = ftype_json_string },
    [FT_LONG] = { .type = FT_LONG, .name = "long", .flags = FTYPE_FREE | FTYPE_LINES | FTYPE_CUT,
                  .bind = FTYPE_BIND_TEXT, .sort = FTYPE_SORT_NOCASE, .min_width = 8,
                  .check = check_text,
                  .compare = compare_text, .json = ftype_json_string },
    [FT_INT] = { .type = FT_INT, .name = "number", .flags = FTYPE_RIGHT | FTYPE_WHOLE,
                 .bind = FTYPE_BIND_INT, .check = check_bounded, .compare = compare_whole,
                 .json = json_number },
    [FT_YEAR] = { .type = FT_YEAR, .name = "year", .flags = FTYPE_RIGHT | FTYPE_WHOLE,
                  .bind = FTYPE_BIND_INT, .check = check_bounded, .compare = compare_whole,
                  .json = json_number },
    [FT_DATE] = { .type = FT_DATE, .name = "date", .bind = FTYPE_BIND_TEXT,
                  .check = check_date, .compare = compare_date, .json = ftype_json_string },
    [FT_ENUM] = { .type = FT_ENUM, .name = "choice", .flags = FTYPE_PICK | FTYPE_CHOICES,
                  .bind = FTYPE_BIND_TEXT, .sort = FTYPE_SORT_NOCASE, .min_width = 12,
                  .check = check_choice,
                  .compare = compare_text, .json = ftype_json_string },
    [FT_BOOL] = { .type = FT_BOOL, .name = "boolean", .flags = FTYPE_PICK | FTYPE_CHOICES,
                  .bind = FTYPE_BIND_INT, .min_width = 12, .check = check_choice,
                  .compare = compare_text, .json = json_bool },
    [FT_REF] = { .type = FT_REF, .name = "reference",
                 .flags = FTYPE_WHOLE | FTYPE_PICK | FTYPE_RECORD | FTYPE_CUT,
                 .bind = FTYPE_BIND_INT, .sort = FTYPE_SORT_TITLE, .min_width = 8,
                 .check = check_ref,
                 .compare = compare_whole, .json = json_number },
    [FT_BLOB] = { .type = FT_BLOB, .name = "bytes", .bind = FTYPE_BIND_BLOB, .check = check_blob,
                  .compare = compare_text, .json = ftype_json_string },
    [FT_MONEY] = { .type = FT_MONEY, .name = "money", .flags = FTYPE_RIGHT | FTYPE_WHOLE,
                   .bind = FTYPE_BIND_INT, .min_width = 12, .check = check_money,
                   .compare = compare_whole, .json = json_number, .show = show_money },
};

const struct ftype_ops *ftype_get(enum ftype t)
{
    return (unsigned)t < FT_COUNT ? &ftypes[t] : &ftypes[FT_TEXT];
}

int ftype_is(enum ftype t, unsigned flags)
{
    return (ftype_get(t)->flags & flags) == flags;
}

int ftype_normalise(const struct field *f, const char *v, char out[32])
{
    long n;
    long long euros;

    if (v != NULL && f->type == FT_MONEY) {
        if (ftype_money_parse(v, &euros) < 0)
            return 0;
        snprintf(out, 32, "%lld", euros);
        return 1;
    }
    if (v == NULL || !ftype_is(f->type, FTYPE_WHOLE) || parse_long(v, &n) != 1)
        return 0;
    snprintf(out, 32, "%ld", n);
    return 1;
}
