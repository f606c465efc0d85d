/* The portfolio's pictures: the partnerships on a timeline and the records
 * per status per kind as bars, gathered from each kind's records as its
 * part is written (core/summary.c). */
#include "core/report.h"

#include <stdlib.h>
#include <string.h>

#include "core/desk.h"
#include "core/doc.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "model/kinds.h"
#include "model/record.h"
#include "i18n/i18n.h"

/* The timeline: which records are its rows (from the year field), which
 * records mark them (a reference to the row, the year of a date), and which
 * date of those ends a row that has ended when its history does not say. */
static const struct {
    enum kind_id rows;
    int since;
    enum kind_id events;
    int ref, at, ends;
} timeline_src = { KIND_CITY, CITY_SINCE, KIND_AGREEMENT, AGREEMENT_CITY_ID, AGREEMENT_SIGNED,
                   AGREEMENT_ENDS };

/* The years shown, and the rows at most (a page's worth). */
enum { TIMELINE_FROM = 1958, TIMELINE_ROWS = 40 };

/* The statuses a kind's bars show at most. */
enum { PICS_STATUSES = 16 };

void report_pics_init(struct report_pics *p, struct app *a, const char *today)
{
    int year = atoi(today);

    memset(p, 0, sizeof *p);
    p->a = a;
    p->timeline = doc_picture_new(DOC_PIC_TIMELINE, "");
    p->timeline->lo = TIMELINE_FROM;
    p->timeline->hi = year;
    p->timeline->legend[DOC_LEG_BAR] = xstrdup(_("partnership"));
    p->timeline->legend[DOC_LEG_END] = xstrdup(_("ended"));
    p->timeline->legend[DOC_LEG_MARK + DOC_MARK_AGREEMENT] = xstrdup(_("agreement signed"));
    /* L10N: a change of status or an event in a partnership's history */
    p->timeline->legend[DOC_LEG_MARK + DOC_MARK_EVENT] = xstrdup(_("event"));
    p->timeline->legend[DOC_LEG_MARK + DOC_MARK_DECISION] = xstrdup(_("decision carried out"));
    p->timeline->legend[DOC_LEG_MARK + DOC_MARK_PENDING] =
        xstrdup(_("decision not yet carried out"));
    p->bars = doc_picture_new(DOC_PIC_BARS, _("Figure: the records per status, per kind."));
}

/* The timeline's row of record id, or NULL. */
static struct doc_row *timeline_row(struct report_pics *p, int64_t id)
{
    size_t i;

    for (i = 0; i < p->timeline->n; i++)
        if (p->ids[i] == id)
            return &p->timeline->rows[i];
    return NULL;
}

static void mark(struct doc_row *r, int year, char what)
{
    int m;

    for (m = 0; m < r->nmarks; m++)
        if (r->marks[m] == year && r->mark_kind[m] == what)
            return;
    if (r->nmarks < DOC_MARKS) {
        r->marks[r->nmarks] = year;
        r->mark_kind[r->nmarks++] = what;
    }
}

/* The dated decisions of record id of kind k on row r: carried out or
 * pending, in the year they were taken. */
static int timeline_decisions(struct report_pics *p, enum kind_id k, int64_t id,
                              struct doc_row *r, struct ird_err *e)
{
    struct decision *d = NULL;
    size_t n = 0, i;

    if (p->a == NULL || !kind_get(k)->decisions)
        return 0;
    if (desk_decisions(p->a, k, id, &d, &n, e) < 0)
        return -1;
    for (i = 0; i < n; i++) {
        int year = d[i].decided != NULL ? atoi(d[i].decided) : 0;
        if (year >= p->timeline->lo && year <= p->timeline->hi)
            mark(r, year, d[i].done != NULL ? DOC_MARK_DECISION : DOC_MARK_PENDING);
    }
    decision_list_free(d, n);
    return 0;
}

/* 1 when r has a decision marked in year. */
static int decided_in(const struct doc_row *r, int year)
{
    int m;

    for (m = 0; m < r->nmarks; m++)
        if (r->marks[m] == year &&
            (r->mark_kind[m] == DOC_MARK_DECISION || r->mark_kind[m] == DOC_MARK_PENDING))
            return 1;
    return 0;
}

/* Row r's dated history: the change to a status that is not live ends it,
 * the other events after its start are marked, unless a decision of that
 * year is (the status change that carried it out). */
static int timeline_history(struct report_pics *p, const struct kind *k, struct doc_row *r,
                            int64_t id, struct ird_err *e)
{
    struct hist *h = NULL;
    size_t n = 0, i;

    if (p->a == NULL)
        return 0;
    if (desk_history_dated(p->a, k->id, id, p->timeline->lo, p->timeline->hi, &h, &n, e) < 0)
        return -1;
    for (i = 0; i < n; i++) {
        int year = atoi(h[i].at);
        const char *to = h[i].new_;
        if (year < p->timeline->lo || year > p->timeline->hi ||
            (strcmp(h[i].action, "event") != 0 && strcmp(h[i].action, "status") != 0))
            continue;
        if (to != NULL && kind_status(k, to) != NULL && !kind_status_is(k, to, S_LIVE)) {
            if (r->ended && year > r->to)
                r->to = year;
        } else if (year != r->from && !decided_in(r, year)) {
            mark(r, year, DOC_MARK_EVENT);
        }
    }
    hist_list_free(h, n);
    return 0;
}

static int timeline_rows(struct report_pics *p, const struct kind *k, struct record *const *rs,
                         size_t n, struct ird_err *e)
{
    size_t i;

    for (i = 0; i < n; i++) {
        const char *since = record_get(rs[i], timeline_src.since);
        const char *alias = k->alias != NO_FIELD ? record_get(rs[i], k->alias) : NULL;
        char *label;
        struct doc_row *r;
        if (since == NULL)
            continue;
        if (++p->rows_total > TIMELINE_ROWS)
            continue;
        label = alias != NULL && strcmp(alias, record_title(rs[i])) != 0
                    ? xasprintf("%s · %s", record_title(rs[i]), alias)
                    : xstrdup(record_title(rs[i]));
        r = doc_picture_row(p->timeline, label, NULL);
        free(label);
        r->from = atoi(since);
        r->ended = !kind_status_is(k, rs[i]->status, S_LIVE);
        p->ids = xrealloc(p->ids, p->timeline->n * sizeof *p->ids);
        p->ids[p->timeline->n - 1] = rs[i]->id;
        if (timeline_decisions(p, k->id, rs[i]->id, r, e) < 0 ||
            timeline_history(p, k, r, rs[i]->id, e) < 0)
            return -1;
    }
    return 0;
}

/* The events' dates and decisions on their rows. */
static int timeline_events(struct report_pics *p, struct record *const *rs, size_t n,
                           struct ird_err *e)
{
    size_t i;

    for (i = 0; i < n; i++) {
        const char *ref = record_get(rs[i], timeline_src.ref);
        const char *at = record_get(rs[i], timeline_src.at);
        const char *ends = record_get(rs[i], timeline_src.ends);
        struct doc_row *r = ref != NULL ? timeline_row(p, atoll(ref)) : NULL;
        if (r == NULL)
            continue;
        if (at != NULL)
            mark(r, atoi(at), DOC_MARK_AGREEMENT);
        /* an ended partnership without a dated end ends with its agreements */
        if (r->ended && r->to == 0 && ends != NULL)
            r->to = atoi(ends);
        if (timeline_decisions(p, timeline_src.events, rs[i]->id, r, e) < 0)
            return -1;
    }
    return 0;
}

int report_pics_add(struct report_pics *p, const struct kind *k, struct record *const *rs,
                    size_t n, struct ird_err *e)
{
    long cnt[PICS_STATUSES] = { 0 };
    size_t i;
    int s;

    if (k->id == timeline_src.rows && timeline_rows(p, k, rs, n, e) < 0)
        return -1;
    if (k->id == timeline_src.events && timeline_events(p, rs, n, e) < 0)
        return -1;
    if (k->statuses == NULL || k->statuses[0].code == NULL) /* a kind without statuses */
        return 0;
    for (i = 0; i < n; i++) {
        const struct choice *st = kind_status(k, rs[i]->status);
        if (st != NULL && st - k->statuses < PICS_STATUSES)
            cnt[st - k->statuses]++;
    }
    for (s = 0; s < PICS_STATUSES && k->statuses[s].code != NULL; s++)
        doc_picture_row(p->bars, _(k->statuses[s].label), _(k->plural))->value = cnt[s];
    return 0;
}

void report_pics_take(struct report_pics *p, struct doc *d)
{
    struct buf cap = { 0 };
    size_t i;

    buf_printf(&cap,
               _("Figure: the partnerships from %d to %d (twinning, agreements signed, "
                 "decisions and events, end)."),
               p->timeline->lo, p->timeline->hi);
    if (p->rows_total > p->timeline->n)
        buf_printf(&cap, _(" It shows the first %zu of %zu."), p->timeline->n, p->rows_total);
    free(p->timeline->caption);
    p->timeline->caption = buf_take(&cap);

    /* an ended row whose end no record dates runs to its start: drawn as
     * ended there rather than as running until today */
    for (i = 0; i < p->timeline->n; i++)
        if (p->timeline->rows[i].ended && p->timeline->rows[i].to == 0)
            p->timeline->rows[i].to = p->timeline->rows[i].from;
    if (p->timeline->n > 0)
        doc_picture_take(d, &p->timeline);
    if (p->bars->n > 0)
        doc_picture_take(d, &p->bars);
    report_pics_fini(p);
}

void report_pics_fini(struct report_pics *p)
{
    doc_picture_free(&p->timeline);
    doc_picture_free(&p->bars);
    free(p->ids);
    p->ids = NULL;
}
