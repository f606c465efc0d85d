#include "core/agenda.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/ftype.h"
#include "model/record.h"

/* Records read from the store at a time while gathering. */
enum { AGENDA_WINDOW = 1000 };

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil). */
static long civil_days(long y, int m, int d)
{
    long era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

long agenda_day_number(const char *iso)
{
    int y, m, d;

    if (iso == NULL || strlen(iso) != 10 || ftype_date_parse(iso, &y, &m, &d) != 3)
        return AGENDA_NO_DAY;
    return civil_days(y, m, d);
}

void agenda_day_text(long day, char out[AGENDA_DAY_LEN])
{
    long z = day + 719468, era, doe, yoe, y, doy, mp, d, m;

    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = yoe + era * 400;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    snprintf(out, AGENDA_DAY_LEN, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
             (unsigned)d % 100u);
}

int agenda_parse_day(const char *s, char out[AGENDA_DAY_LEN], struct ird_err *e)
{
    if (agenda_day_number(s) == AGENDA_NO_DAY)
        return ird_fail(e, IRD_INVALID,
                        _("\"%s\" is not a day: write it as YYYY-MM-DD (2026-03-01)."), s);
    snprintf(out, AGENDA_DAY_LEN, "%s", s);
    return 0;
}

/* Read a stored date as precise as known, with an optional time after 'T'
 * or a space ("2027-03-05T14:30"), into it; 0, or -1 when it is none. */
static int item_date(struct agenda_item *it, const char *v)
{
    char day[16];
    size_t len = strcspn(v, "T ");
    int y, m, d, hh, mm, parts;

    if (len >= sizeof day)
        return -1;
    memcpy(day, v, len);
    day[len] = '\0';
    parts = ftype_date_parse(day, &y, &m, &d);
    if (parts < 1)
        return -1;
    snprintf(it->date, sizeof it->date, "%s", day);
    it->precision = parts;
    snprintf(it->first, sizeof it->first, "%04d-%02d-%02d", y, parts > 1 ? m : 1,
             parts > 2 ? d : 1);
    /* the last day it can mean: the day before the next month or year */
    if (parts == AGENDA_DAY)
        snprintf(it->last, sizeof it->last, "%s", it->first);
    else
        agenda_day_text(civil_days(parts == 1 ? y + 1 : y + (m == 12),
                                   parts == 1 ? 1 : m % 12 + 1, 1) - 1,
                        it->last);
    it->time[0] = '\0';
    if (v[len] != '\0' && parts == AGENDA_DAY && sscanf(v + len + 1, "%2d:%2d", &hh, &mm) == 2 &&
        hh >= 0 && hh < 24 && mm >= 0 && mm < 60)
        snprintf(it->time, sizeof it->time, "%02d:%02d", hh, mm);
    return 0;
}

/* 1 when days [first, last] meet [from, to] (NULL: no bound). */
static int meets(const char *first, const char *last, const char *from, const char *to)
{
    return (to == NULL || strcmp(first, to) <= 0) && (from == NULL || strcmp(last, from) >= 0);
}

struct gather {
    struct app *a;
    const char *from, *to;
    int stamps;
    int starts; /* only the items that begin between from and to */
    struct agenda *ag;
    size_t cap;
};

/* The items of record r, one per agenda field with a date. */
static int record_items(struct gather *g, const struct record *r, struct ird_err *e)
{
    const struct kind *k = r->kind;
    char changed[32] = "";
    int f, stamped = 0;

    for (f = 0; f < k->nfields; f++) {
        const struct agenda_spec *sp = k->fields[f].agenda;
        struct agenda_item it;
        const char *v = record_get(r, f);
        if (sp == NULL || v == NULL)
            continue;
        if (sp->statuses != 0 && !kind_status_any(k, r->status, sp->statuses))
            continue;
        memset(&it, 0, sizeof it);
        if (item_date(&it, v) < 0)
            continue;
        if (sp->until >= 0 && record_get(r, sp->until) != NULL) {
            struct agenda_item end;
            if (item_date(&end, record_get(r, sp->until)) == 0)
                snprintf(it.until, sizeof it.until, "%s", end.last);
        }
        if (!meets(it.first, it.until[0] != '\0' && strcmp(it.until, it.last) > 0 ? it.until
                                                                                  : it.last,
                   g->from, g->to) ||
            (g->starts && !meets(it.first, it.last, g->from, g->to)))
            continue;
        if (g->stamps && !stamped) {
            if (desk_last_change(g->a, k->id, r->id, changed, e) < 0)
                return -1;
            stamped = 1;
        }
        it.kind = k->id;
        it.id = r->id;
        it.field = f;
        it.what = sp->what;
        it.remind = sp->remind;
        it.title = xstrdup(record_title(r));
        snprintf(it.changed, sizeof it.changed, "%s", changed);
        if (g->ag->n == g->cap) {
            g->cap = g->cap ? 2 * g->cap : 16;
            g->ag->items = xrealloc(g->ag->items, g->cap * sizeof *g->ag->items);
        }
        g->ag->items[g->ag->n++] = it;
    }
    return 0;
}

/* 1 when kind k has a date field in the calendar. */
static int kind_dated(const struct kind *k)
{
    int f;

    for (f = 0; f < k->nfields; f++)
        if (k->fields[f].agenda != NULL && k->fields[f].type == FT_DATE)
            return 1;
    return 0;
}

/* Every unarchived record of kind k, a window at a time; between two days,
 * only those that may have a date then (the desk's start-up reminders). */
static int kind_items(struct gather *g, enum kind_id k, struct ird_err *e)
{
    struct query q = { k, NULL, NULL, -1, 0, 0 };
    int64_t anchor = 0;
    size_t n = AGENDA_WINDOW, i;
    int rc = 0;

    if (g->from != NULL && g->to != NULL && strlen(g->from) == 10 && strlen(g->to) == 10) {
        struct record **rs = NULL;
        if (desk_dated(g->a, k, g->from, g->to, g->starts, &rs, &n, e) < 0)
            return -1;
        for (i = 0; i < n && rc == 0; i++)
            rc = record_items(g, rs[i], e);
        record_list_free(rs, n);
        return rc;
    }
    while (n == AGENDA_WINDOW && rc == 0) {
        struct record **rs = NULL;
        if (desk_window(g->a, &q, anchor, 1, 0, AGENDA_WINDOW, &rs, &n, e) < 0)
            return -1;
        for (i = 0; i < n && rc == 0; i++)
            rc = record_items(g, rs[i], e);
        if (n > 0)
            anchor = rs[n - 1]->id;
        record_list_free(rs, n);
    }
    return rc;
}

static int by_day(const void *pa, const void *pb)
{
    const struct agenda_item *a = pa, *b = pb;
    int c = strcmp(a->first, b->first);

    if (c == 0)
        c = (int)a->kind - (int)b->kind;
    if (c == 0)
        c = a->id < b->id ? -1 : a->id > b->id;
    return c != 0 ? c : a->field - b->field;
}

/* agenda_gather's items; with starts, only those that begin between from
 * and to (both given). */
static int gather(struct app *a, const char *from, const char *to, int stamps, int starts,
                  struct agenda *out, struct ird_err *e)
{
    struct gather g = { a, from, to, stamps, starts, out, 0 };
    int k;

    out->items = NULL;
    out->n = 0;
    for (k = 0; k < kind_count(); k++) {
        if (!kind_dated(kind_get((enum kind_id)k)))
            continue;
        if (kind_items(&g, (enum kind_id)k, e) < 0) {
            agenda_fini(out);
            return -1;
        }
    }
    if (out->n > 1)
        qsort(out->items, out->n, sizeof *out->items, by_day);
    return 0;
}

int agenda_gather(struct app *a, const char *from, const char *to, int stamps,
                  struct agenda *out, struct ird_err *e)
{
    return gather(a, from, to, stamps, 0, out, e);
}

void agenda_fini(struct agenda *ag)
{
    size_t i;

    for (i = 0; i < ag->n; i++)
        free(ag->items[i].title);
    free(ag->items);
    ag->items = NULL;
    ag->n = 0;
}

static int by_on(const void *pa, const void *pb)
{
    const struct agenda_reminder *a = pa, *b = pb;
    int c = strcmp(a->on, b->on);

    return c != 0 ? c : by_day(a->item, b->item);
}

void agenda_reminders(const struct agenda *ag, const int *leads, size_t nleads,
                      const char *from, const char *to, struct agenda_reminder **out,
                      size_t *n)
{
    size_t i, j;

    *out = NULL;
    *n = 0;
    for (i = 0; i < ag->n; i++) {
        const struct agenda_item *it = &ag->items[i];
        long day = agenda_day_number(it->first);
        if (!it->remind || it->precision != AGENDA_DAY)
            continue;
        for (j = 0; j < nleads; j++) {
            struct agenda_reminder r = { it, leads[j], "" };
            agenda_day_text(day - leads[j], r.on);
            if (!meets(r.on, r.on, from, to))
                continue;
            *out = xrealloc(*out, (*n + 1) * sizeof **out);
            (*out)[(*n)++] = r;
        }
    }
    if (*n > 1)
        qsort(*out, *n, sizeof **out, by_on);
}

char *agenda_item_text(const struct agenda_item *it)
{
    const struct kind *k = kind_get(it->kind);
    char *s = xasprintf("%s %lld · %s — %s", _(k->label), (long long)it->id, it->title,
                        _(it->what));

    if (it->until[0] != '\0' && strcmp(it->until, it->last) != 0) {
        /* L10N: the end of an item's period: "… — Visit, until 2027-03-08" */
        char *t = xasprintf(_("%s, until %s"), s, it->until);
        free(s);
        s = t;
    }
    return s;
}

/* The largest lead time of the configuration (0 when none). */
static int max_lead(const struct app *a)
{
    return a->cfg.nremind > 0 ? a->cfg.remind[0] : 0;
}

/* The reminders' section of the agenda appended to b. */
static void render_reminders(struct buf *b, const struct agenda_reminder *r, size_t n)
{
    size_t i;

    buf_printf(b, "\n%s\n", _("Reminders"));
    if (n == 0)
        buf_printf(b, "  %s\n", _("No reminders on these days."));
    for (i = 0; i < n; i++) {
        char *what = agenda_item_text(r[i].item);
        /* L10N: a reminder: the day it falls on, how far ahead, the day, the item */
        buf_printf(b, P_("  %s  in %d day (%s): %s\n", "  %s  in %d days (%s): %s\n",
                         r[i].lead),
                   r[i].on, r[i].lead, r[i].item->first, what);
        free(what);
    }
}

int agenda_render(struct app *a, const char *from, int days, char **out, struct ird_err *e)
{
    struct agenda ag = { 0 };
    struct agenda_reminder *rem = NULL;
    struct buf b = { 0 };
    char to[AGENDA_DAY_LEN], ahead[AGENDA_DAY_LEN];
    long d0 = agenda_day_number(from);
    size_t i, nrem = 0, shown = 0;

    *out = NULL;
    if (d0 == AGENDA_NO_DAY)
        return agenda_parse_day(from, to, e);
    agenda_day_text(d0 + days - 1, to);
    agenda_day_text(d0 + days - 1 + max_lead(a), ahead);
    if (agenda_gather(a, from, ahead, 0, &ag, e) < 0)
        return -1;
    /* L10N: the heading of `irdesk agenda`: its first and last day */
    buf_printf(&b, _("Agenda from %s to %s"), from, to);
    buf_printf(&b, "\n\n%s\n", _("Dates"));
    for (i = 0; i < ag.n; i++) {
        char *what;
        if (!meets(ag.items[i].first, ag.items[i].last, from, to) &&
            !meets(ag.items[i].first, ag.items[i].until, from, to))
            continue;
        what = agenda_item_text(&ag.items[i]);
        buf_printf(&b, "  %-10s  %s%s%s\n", ag.items[i].date, ag.items[i].time,
                   ag.items[i].time[0] ? " " : "", what);
        free(what);
        shown++;
    }
    if (shown == 0)
        buf_printf(&b, "  %s\n", _("Nothing in this period."));
    agenda_reminders(&ag, a->cfg.remind, a->cfg.nremind, from, to, &rem, &nrem);
    render_reminders(&b, rem, nrem);
    free(rem);
    agenda_fini(&ag);
    *out = buf_take(&b);
    return 0;
}

/* 1 when kind k has a date field that is a contact. */
static int kind_contacts(const struct kind *k)
{
    int f;

    for (f = 0; f < k->nfields; f++)
        if (k->fields[f].agenda != NULL && k->fields[f].agenda->contact)
            return 1;
    return 0;
}

int agenda_last_contact(struct app *a, enum kind_id k, int64_t id, const char *today,
                        char out[AGENDA_DAY_LEN], struct ird_err *e)
{
    struct link_ref *l = NULL;
    size_t n = 0;
    int rc;

    out[0] = '\0';
    if (desk_links(a, k, id, &l, &n, e) < 0)
        return -1;
    rc = agenda_last_contact_in(a, l, n, today, out, e);
    link_list_free(l, n);
    return rc;
}

int agenda_last_contact_in(struct app *a, const struct link_ref *l, size_t n, const char *today,
                           char out[AGENDA_DAY_LEN], struct ird_err *e)
{
    size_t i;
    int f, rc = 0;

    out[0] = '\0';
    for (i = 0; i < n && rc == 0; i++) {
        const struct kind *lk = kind_get(l[i].kind);
        struct record *r = NULL;
        if (!kind_contacts(lk))
            continue;
        if ((rc = desk_get(a, lk->id, l[i].id, &r, e)) < 0)
            break;
        for (f = 0; f < lk->nfields; f++) {
            struct agenda_item it;
            const char *v = record_get(r, f);
            /* a contact that took place: not one declined, cancelled or to come */
            if (lk->fields[f].agenda == NULL || !lk->fields[f].agenda->contact || v == NULL ||
                !kind_status_is(lk, r->status, S_HELD) || item_date(&it, v) < 0 ||
                strcmp(it.first, today) > 0)
                continue;
            if (strcmp(it.first, out) > 0)
                snprintf(out, AGENDA_DAY_LEN, "%s", it.first);
        }
        record_free(&r);
    }
    return rc;
}

/* Append the items of src to dst (src emptied). */
static void take_items(struct agenda *dst, struct agenda *src)
{
    if (src->n > 0) {
        dst->items = xrealloc(dst->items, (dst->n + src->n) * sizeof *dst->items);
        memcpy(dst->items + dst->n, src->items, src->n * sizeof *src->items);
        dst->n += src->n;
    }
    free(src->items);
    src->items = NULL;
    src->n = 0;
}

/* The items a reminder of the week up to today can be about: the item's
 * day is a reminder's day plus its lead, so only the days [today - 6 +
 * lead, today + lead] (none before today) of each lead time are read, not
 * every day up to the largest lead; windows that meet are read as one, and
 * an item met by two windows (a period) is kept once. */
static int notice_items(struct app *a, const char *today, struct agenda *ag,
                        struct ird_err *e)
{
    long t = agenda_day_number(today), lo = 0, hi = -1;
    int i;

    ag->items = NULL;
    ag->n = 0;
    /* the leads are largest first: their windows from the nearest on */
    for (i = a->cfg.nremind - 1; i >= -1; i--) {
        long from = i >= 0 ? t - 6 + a->cfg.remind[i] : 0, to = i >= 0 ? t + a->cfg.remind[i] : 0;
        if (from < t)
            from = t;
        if (i >= 0 && hi >= lo && from <= hi + 1) {
            hi = to > hi ? to : hi;
            continue;
        }
        if (hi >= lo) {
            struct agenda part = { 0 };
            char d0[AGENDA_DAY_LEN], d1[AGENDA_DAY_LEN];
            agenda_day_text(lo, d0);
            agenda_day_text(hi, d1);
            /* a reminder is about an item's first day: a period that
             * began before the window is none of this week's */
            if (gather(a, d0, d1, 0, 1, &part, e) < 0) {
                agenda_fini(ag);
                return -1;
            }
            take_items(ag, &part);
        }
        lo = from;
        hi = to;
    }
    if (ag->n > 1)
        qsort(ag->items, ag->n, sizeof *ag->items, by_day);
    for (i = 1; (size_t)i < ag->n; i++) {
        const struct agenda_item *p = &ag->items[i - 1], *q = &ag->items[i];
        if (p->kind == q->kind && p->id == q->id && p->field == q->field) {
            free(ag->items[i].title);
            memmove(&ag->items[i], &ag->items[i + 1], (ag->n - (size_t)i - 1) * sizeof *ag->items);
            ag->n--;
            i--;
        }
    }
    return 0;
}

char *agenda_notice(struct app *a)
{
    struct agenda ag = { 0 };
    struct agenda_reminder *rem = NULL;
    struct ird_err e = { 0 };
    char today[16], week[AGENDA_DAY_LEN], *what, *s = NULL;
    size_t nrem = 0, i, first = 0, n = 0;

    app_today(a, today);
    agenda_day_text(agenda_day_number(today) - 6, week);
    if (notice_items(a, today, &ag, &e) < 0)
        return NULL;
    agenda_reminders(&ag, a->cfg.remind, a->cfg.nremind, week, today, &rem, &nrem);
    for (i = 0; i < nrem; i++)
        if (strcmp(rem[i].item->first, today) >= 0 && n++ == 0)
            first = i;
    if (n > 0) {
        what = agenda_item_text(rem[first].item);
        s = xasprintf(P_("%zu reminder this week: %s on %s.",
                         "%zu reminders this week; the first: %s on %s.", n),
                      n, what, rem[first].item->first);
        free(what);
    }
    free(rem);
    agenda_fini(&ag);
    return s;
}
