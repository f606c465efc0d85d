#include "core/validate.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "lib/mem.h"
#include "model/kinds.h"
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

/* A start year after this year (a field no other must come after: an end
 * year, "until", may be planned), or a chapter the policy note does not
 * have: 0, or -1 with *e filled. */
static int check_bounds(struct app *a, const struct record *r, int i, struct ird_err *e)
{
    const struct field *f = &r->kind->fields[i];
    const char *v = r->val[i];
    struct chapter *ch = NULL;
    size_t n = 0, j;
    char today[16];
    long year;
    int found = 0;

    if (a == NULL || v == NULL || *v == '\0')
        return 0;
    year = strtol(v, NULL, 10);
    /* the clock is read only for a year to check: an import checks every
     * field of a million rows */
    if (f->type == FT_YEAR && f->not_before == NO_FIELD &&
        (app_today(a, today), year > strtol(today, NULL, 10)))
        return ird_fail(e, IRD_INVALID, _("%s: %s is after this year (%.4s)."), _(f->label), v,
                        today);
    if (r->kind->id != KIND_INITIATIVE || i != INITIATIVE_CHAPTER ||
        desk_chapters(a, &ch, &n, NULL) < 0 || n == 0)
        return 0;
    for (j = 0; j < n; j++)
        found |= ch[j].number == year;
    if (!found)
        ird_fail(e, IRD_INVALID, _("%s: the policy note has chapters %d to %d, not %s."),
                 _(f->label), ch[0].number, ch[n - 1].number, v);
    chapter_list_free(ch, n);
    return found ? 0 : -1;
}

/* One field of r: 0, or -1 with *e filled. */
static int check_field(struct app *a, const struct record *r, int i, struct ird_err *e)
{
    const struct kind *k = r->kind;
    const struct field *f = &k->fields[i];
    const char *v = r->val[i];

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
    return check_bounds(a, r, i, e);
}

int validate_field(struct app *a, const struct record *r, int i, struct ird_err *e)
{
    return check_field(a, r, i, e);
}

int validate_record(struct app *a, const struct record *r, int *bad, struct ird_err *e)
{
    const struct kind *k = r->kind;
    struct buf all = { 0 };
    struct ird_err one;
    int i, nbad = 0;

    *bad = -1;
    if (kind_status(k, r->status) == NULL) {
        return ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not a status."), _(k->label),
                        r->status);
    }
    /* every field's problem, so that a row with two is told both */
    for (i = 0; i < k->nfields; i++) {
        memset(&one, 0, sizeof one);
        if (check_field(a, r, i, &one) == 0)
            continue;
        if (nbad++ == 0)
            *bad = i;
        buf_printf(&all, "%s%s", all.len > 0 ? " " : "", one.msg);
    }
    if (nbad > 0)
        ird_fail(e, IRD_INVALID, "%s", all.s);
    buf_fini(&all);
    return nbad > 0 ? -1 : 0;
}
