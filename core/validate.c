#include "core/validate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "model/record.h"
#include "lib/text.h"
#include "db/store.h"
#include "i18n/i18n.h"

int validate_text(const char *label, const char *s, int multiline, long max, struct ird_err *e)
{
    size_t n = strlen(s), i = 0, chars = 0;

    while (i < n) {
        wchar_t wc;
        int bad;
        i += text_decode(s + i, n - i, &wc, &bad);
        if (bad)
            return ird_fail(e, IRD_INVALID, _("%s: the text is not valid UTF-8."), label);
        if ((wc < 0x20 && !(multiline && (wc == '\n' || wc == '\t'))) ||
            (wc >= 0x7F && wc < 0xA0))
            return ird_fail(e, IRD_INVALID, _("%s: the text holds a control character."), label);
        chars++;
    }
    if (max > 0 && chars > (size_t)max)
        return ird_fail(e, IRD_INVALID, _("%s: too long (%zu characters; at most %ld)."), label,
                        chars, max);
    return 0;
}

static int digits(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

int validate_date(const char *s, int *y, int *m, int *d)
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

static int parse_long(const char *v, long *out)
{
    char *end;

    errno = 0;
    *out = strtol(v, &end, 10);
    return errno == 0 && end != v && *end == '\0' && v[0] != ' ' && v[0] != '+';
}

int validate_value(const struct field *f, const char *v, struct ird_err *e)
{
    const char *label = _(f->label);
    long n;
    int y, m, d;

    if (v == NULL || *v == '\0')
        return 0;
    switch (f->type) {
    case FT_TEXT:
    case FT_LONG:
        return validate_text(label, v, f->type == FT_LONG, f->max, e);
    case FT_INT:
    case FT_YEAR:
    case FT_REF:
        if (validate_text(label, v, 0, 32, e) < 0)
            return -1;
        if (!parse_long(v, &n))
            return ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not a whole number."), label, v);
        if (f->type == FT_REF && n < 1)
            return ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not a record number."), label, v);
        if (f->type != FT_REF && (n < f->min || n > f->max))
            return ird_fail(e, IRD_INVALID, _("%s: %ld is out of range (%ld to %ld)."), label, n,
                            f->min, f->max);
        return 0;
    case FT_DATE:
        if (validate_text(label, v, 0, 32, e) < 0)
            return -1;
        if (validate_date(v, &y, &m, &d) < 0)
            return ird_fail(e, IRD_INVALID,
                            _("%s: \"%s\" is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY "
                              "when that is all that is known."),
                            label, v);
        return 0;
    case FT_ENUM:
    case FT_BOOL:
        if (choice_find(f->choices, v) == NULL) {
            if (validate_text(label, v, 0, 64, e) < 0)
                return -1;
            return ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not one of the choices."), label, v);
        }
        return 0;
    }
    return 0;
}

void validate_normalize(struct record *r)
{
    int i;

    for (i = 0; i < r->kind->nfields; i++) {
        const struct field *f = &r->kind->fields[i];
        long n;
        char buf[32];
        if ((f->type != FT_INT && f->type != FT_YEAR && f->type != FT_REF) || r->val[i] == NULL ||
            !parse_long(r->val[i], &n))
            continue;
        snprintf(buf, sizeof buf, "%ld", n);
        record_set(r, i, buf);
    }
}

int validate_record(struct app *a, const struct record *r, int *bad, struct ird_err *e)
{
    const struct kind *k = r->kind;
    int i;

    *bad = -1;
    if (kind_status(k, r->status) == NULL) {
        return ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not a status."), _(k->label),
                        r->status);
    }
    for (i = 0; i < k->nfields; i++) {
        const struct field *f = &k->fields[i];
        const char *v = r->val[i];
        *bad = i;
        if ((f->flags & F_REQUIRED) && (v == NULL || *v == '\0'))
            return ird_fail(e, IRD_INVALID, _("%s is required."), _(f->label));
        if (validate_value(f, v, e) < 0)
            return -1;
        if (f->type == FT_REF && v != NULL && a != NULL &&
            !store_exists(a->store, f->ref, strtoll(v, NULL, 10)))
            return ird_fail(e, IRD_INVALID, _("%s: %s %s does not exist."), _(f->label),
                            _(kind_get(f->ref)->label), v);
        if (f->not_before >= 0 && v != NULL && r->val[f->not_before] != NULL) {
            const char *w = r->val[f->not_before];
            size_t len = strlen(v) < strlen(w) ? strlen(v) : strlen(w);
            /* compare as precisely as both are known */
            if (strncmp(v, w, len) < 0)
                return ird_fail(e, IRD_INVALID, _("%s (%s) comes before %s (%s)."), _(f->label), v,
                                _(k->fields[f->not_before].label), w);
        }
    }
    *bad = -1;
    return 0;
}
