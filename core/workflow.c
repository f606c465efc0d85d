#include "core/workflow.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "lib/mem.h"
#include "model/record.h"
#include "core/validate.h"
#include "core/desk.h"
#include "i18n/i18n.h"

int workflow_allowed(const struct kind *k, const char *from, const char *to)
{
    const struct transition *t;

    if (from == NULL || to == NULL)
        return 0;
    for (t = k->moves; t->from != NULL; t++)
        if (strcmp(t->from, from) == 0 && strcmp(t->to, to) == 0)
            return 1;
    return 0;
}

size_t workflow_next(const struct kind *k, const char *from, const char **out, size_t max)
{
    const struct choice *c;
    size_t n = 0;

    for (c = k->statuses; c->code != NULL && n < max; c++)
        if (workflow_allowed(k, from, c->code))
            out[n++] = c->code;
    return n;
}

char *workflow_next_text(const struct kind *k, const char *from)
{
    const char *next[16];
    size_t n = workflow_next(k, from, next, 16), i;
    struct buf b = { 0 };

    if (n == 0)
        /* L10N: no status change is possible from here */
        return xstrdup(_("none"));
    for (i = 0; i < n; i++)
        buf_printf(&b, "%s%s (%s)", i ? ", " : "", kind_status_label(k, next[i]), next[i]);
    return buf_take(&b);
}

int workflow_move(struct app *a, enum kind_id kid, int64_t id, int64_t version, const char *to,
                  const char *note, struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    const struct choice *c = kind_status_parse(k, to);
    struct record *r = NULL;
    char now[32], *allowed = NULL;
    int rc = -1;

    if (c == NULL) {
        char *all = kind_status_list(k);
        ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not a status. Statuses: %s."), _(k->label),
                 to, all);
        free(all);
        return -1;
    }
    if (note != NULL && validate_text(_("Note"), note, 1, 2000, e) < 0)
        return -1;
    if (desk_get(a, kid, id, &r, e) < 0)
        return -1;
    if (version >= 0 && r->version != version) {
        ird_fail(e, IRD_STALE,
                 _("Someone else changed this record first: its status is now %s. Nothing was "
                   "saved."),
                 kind_status_label(k, r->status));
        goto out;
    }
    if (!workflow_allowed(k, r->status, c->code)) {
        allowed = workflow_next_text(k, r->status);
        ird_fail(e, IRD_TRANSITION,
                 _("%s: the status cannot go from %s to %s. Allowed from %s: %s."), _(k->label),
                 kind_status_label(k, r->status), _(c->label), kind_status_label(k, r->status),
                 allowed);
        goto out;
    }
    app_now(a, now);
    rc = desk_put_status(a, kid, id, r->version, r->status, c->code,
                         note != NULL && *note != '\0' ? note : NULL, now, e);
out:
    free(allowed);
    record_free(&r);
    return rc;
}
