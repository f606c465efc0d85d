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

/* ---- decisions ----------------------------------------------------------- */

/* A decision's date: YYYY, YYYY-MM or YYYY-MM-DD. */
static int check_date(const char *label, const char *date, struct ird_err *e)
{
    int y, m, d;

    if (date == NULL || validate_date(date, &y, &m, &d) < 0)
        return ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not a date (YYYY, YYYY-MM or "
                                          "YYYY-MM-DD)."),
                        label, date ? date : "");
    return 0;
}

/* Dates as precise as known (YYYY, YYYY-MM, YYYY-MM-DD), compared on what
 * both give: <0 when a is before b, 0 when they may be the same, >0 after. */
static int date_cmp(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);

    return strncmp(a, b, na < nb ? na : nb);
}

/* A date of something that happened: today at the latest. */
static int check_past(const struct app *a, const char *label, const char *date,
                      struct ird_err *e)
{
    char today[16];

    app_today(a, today);
    if (date_cmp(date, today) > 0)
        return ird_fail(e, IRD_INVALID, _("%s: %s is after today (%s); a decision taken or "
                                          "carried out has a date in the past or today."),
                        label, date, today);
    return 0;
}

/* The kind keeps a decision log. */
static int check_log(const struct kind *k, struct ird_err *e)
{
    if (k->decisions)
        return 0;
    return ird_fail(e, IRD_INVALID, _("%s: this kind of record keeps no decision log."),
                    _(k->plural));
}

int workflow_check_decided(const struct app *a, const char *date, struct ird_err *e)
{
    if (check_date(_("Decided on"), date, e) < 0 || check_past(a, _("Decided on"), date, e) < 0)
        return -1;
    return 0;
}

int workflow_decide(struct app *a, enum kind_id kid, int64_t id, const char *text_nl,
                    const char *text_en, const char *date, const char *body, const char *source,
                    int64_t *did, struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    struct decision d = { 0 };
    char now[32];
    int rc;

    if (check_log(k, e) < 0 || validate_text(_("Decision"), text_nl, 1, 4000, e) < 0 ||
        (text_en != NULL && validate_text(_("Decision (English)"), text_en, 1, 4000, e) < 0) ||
        workflow_check_decided(a, date, e) < 0 ||
        (body != NULL && validate_text(_("Decided by"), body, 0, 200, e) < 0) ||
        validate_text(_("Source"), source, 0, 2000, e) < 0)
        return -1;
    if (*text_nl == '\0' || *source == '\0')
        return ird_fail(e, IRD_INVALID, "%s",
                        *text_nl == '\0' ? _("A decision needs its text.")
                                         : _("A decision needs its source (document and "
                                             "section)."));
    d.text_nl = xstrdup(text_nl);
    d.text_en = text_en != NULL && *text_en != '\0' ? xstrdup(text_en) : NULL;
    d.decided = xstrdup(date);
    d.body = body != NULL && *body != '\0' ? xstrdup(body) : NULL;
    d.source = xstrdup(source);
    app_now(a, now);
    rc = desk_put_decision(a, kid, id, &d, now, e);
    if (rc == 0 && did != NULL)
        *did = d.id;
    free(d.text_nl);
    free(d.text_en);
    free(d.decided);
    free(d.body);
    free(d.source);
    return rc;
}

/* The decision did of record id's log, or its pending one when did is 0:
 * its id (0 when none) and its date in *decided (caller frees). */
static int64_t find_decision(struct app *a, enum kind_id k, int64_t id, int64_t did,
                             char **decided, struct ird_err *e)
{
    struct decision *d = NULL;
    size_t n = 0, i;
    int64_t found = 0;

    *decided = NULL;
    if (desk_decisions(a, k, id, &d, &n, e) < 0)
        return -1;
    for (i = 0; i < n && found == 0; i++)
        if (did != 0 ? d[i].id == did : i == 0 && d[i].done == NULL) {
            found = d[i].id;
            *decided = xstrdup(d[i].decided);
        }
    decision_list_free(d, n);
    return found;
}

int workflow_carry_out(struct app *a, enum kind_id kid, int64_t id, int64_t did, const char *date,
                       const char *source, const char *to, struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    const struct choice *c = NULL;
    struct record *r = NULL;
    char now[32], *decided = NULL;
    int64_t found;
    int rc = -1;

    if (check_log(k, e) < 0 || check_date(_("Carried out on"), date, e) < 0 ||
        check_past(a, _("Carried out on"), date, e) < 0 ||
        validate_text(_("Source"), source, 0, 2000, e) < 0)
        return -1;
    if (source == NULL || *source == '\0')
        return ird_fail(e, IRD_INVALID, "%s",
                        _("Carrying out a decision needs the source that reports it."));
    if (to != NULL && (c = kind_status_parse(k, to)) == NULL) {
        char *all = kind_status_list(k);
        ird_fail(e, IRD_INVALID, _("%s: \"%s\" is not a status. Statuses: %s."), _(k->label),
                 to, all);
        free(all);
        return -1;
    }
    if (desk_get(a, kid, id, &r, e) < 0)
        return -1;
    if ((found = find_decision(a, kid, id, did, &decided, e)) < 0)
        goto out;
    if (did == 0 && found == 0) {
        ird_fail(e, IRD_INVALID, _("%s %lld has no pending decision."), _(k->label),
                 (long long)id);
        goto out;
    }
    did = did != 0 ? did : found;
    if (decided != NULL && date_cmp(date, decided) < 0) {
        ird_fail(e, IRD_INVALID, _("Carried out on: %s is before the decision itself (%s)."),
                 date, decided);
        goto out;
    }
    if (c != NULL && !workflow_allowed(k, r->status, c->code)) {
        char *allowed = workflow_next_text(k, r->status);
        ird_fail(e, IRD_TRANSITION,
                 _("%s: the status cannot go from %s to %s. Allowed from %s: %s."), _(k->label),
                 kind_status_label(k, r->status), _(c->label), kind_status_label(k, r->status),
                 allowed);
        free(allowed);
        goto out;
    }
    app_now(a, now);
    rc = desk_put_carry_out(a, kid, id, did, date, source, r->version, r->status,
                            c != NULL ? c->code : NULL, now, e);
out:
    free(decided);
    record_free(&r);
    return rc;
}

char *workflow_decision_text(const struct decision *d)
{
    const char *text = d->text_nl, *body = d->body, *mark = "";

    if (i18n_lang() == LANG_EN) {
        if (d->text_en != NULL) {
            text = d->text_en;
            /* L10N: after a decision's English text the service wrote */
            mark = d->en_given ? "" : _(" [translated by the service]");
        } else {
            /* L10N: the English is missing: the Dutch is shown */
            mark = _(" [Dutch only]");
        }
        if (d->body_en != NULL)
            body = d->body_en;
    }
    if (body != NULL)
        return xasprintf("%s%s (%s, %s)", text, mark, d->decided, body);
    return xasprintf("%s%s (%s)", text, mark, d->decided);
}

int workflow_pending(struct app *a, enum kind_id k, int64_t id, char **line, struct ird_err *e)
{
    struct decision *d = NULL;
    size_t n = 0;

    *line = NULL;
    if (!kind_get(k)->decisions)
        return 0;
    if (desk_decisions(a, k, id, &d, &n, e) < 0)
        return -1;
    if (n > 0 && d[0].done == NULL) {
        char *t = workflow_decision_text(&d[0]);
        *line = xasprintf(_("Decision pending: %s"), t);
        free(t);
    }
    decision_list_free(d, n);
    return 0;
}
