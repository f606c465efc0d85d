#include "core/validate.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "model/record.h"
#include "core/desk.h"
#include "model/ftype.h"
#include "i18n/i18n.h"

int validate_text(const char *label, const char *s, int multiline, long max, struct ird_err *e)
{
    return ftype_check_text(label, s, multiline, max, e);
}

int validate_date(const char *s, int *y, int *m, int *d)
{
    return ftype_date_parse(s, y, m, d);
}

int validate_value(const struct field *f, const char *v, struct ird_err *e)
{
    if (v == NULL || *v == '\0')
        return 0;
    return ftype_get(f->type)->check(f, v, e);
}

void validate_normalize(struct record *r)
{
    int i;

    for (i = 0; i < r->kind->nfields; i++) {
        const struct field *f = &r->kind->fields[i];
        char buf[32];
        if (ftype_normalise(f, r->val[i], buf))
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
        if (ftype_is(f->type, FTYPE_RECORD) && v != NULL && a != NULL &&
            !desk_exists(a, f->ref, strtoll(v, NULL, 10)))
            return ird_fail(e, IRD_INVALID, _("%s: %s %s does not exist."), _(f->label),
                            _(kind_get(f->ref)->label), v);
        if (f->not_before >= 0 && v != NULL && r->val[f->not_before] != NULL) {
            const char *w = r->val[f->not_before];
            if (ftype_get(f->type)->compare(v, w) < 0)
                return ird_fail(e, IRD_INVALID, _("%s (%s) comes before %s (%s)."), _(f->label), v,
                                _(k->fields[f->not_before].label), w);
        }
    }
    *bad = -1;
    return 0;
}
