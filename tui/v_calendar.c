/* The calendar (0): a month as a grid, its dated items, then what is
 * coming and the reminders; Enter opens the record at the cursor, > and <
 * turn the month.  Built from core/agenda.c, so a kind's dated fields are
 * here as soon as its descriptor gives them an agenda_spec. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/agenda.h"
#include "core/app.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "tui/tui_int.h"

static const char *const months[12] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
};

/* L10N: the weekdays' two-letter names in the calendar, Monday first */
static const char *const weekdays[7] = {
    N_("Mo"), N_("Tu"), N_("We"), N_("Th"), N_("Fr"), N_("Sa"), N_("Su"),
};

static struct pline *add(struct page *p, enum pl_style st, char *text, enum kind_id k,
                         int64_t id)
{
    struct pline *l = page_add(p, st, text);

    l->kind = k;
    l->id = id;
    return l;
}

/* The month shown: t->cal_month, "YYYY-MM" (today's month at first). */
static void month_of(struct tui *t, int *y, int *m)
{
    char today[16];

    if (t->cal_month[0] == '\0') {
        app_today(t->app, today);
        snprintf(t->cal_month, sizeof t->cal_month, "%.7s", today);
    }
    if (sscanf(t->cal_month, "%4d-%2d", y, m) != 2 || *m < 1 || *m > 12) {
        *y = 2026;
        *m = 1;
    }
}

/* The grid of the month: a line of weekday names, then a line a week; a
 * day with an item is marked '*'. */
static void add_grid(struct page *p, int y, int m, const struct agenda *ag)
{
    char first[AGENDA_DAY_LEN], day[AGENDA_DAY_LEN];
    long d0, d;
    int col, i, last;
    struct buf b = { 0 };

    snprintf(first, sizeof first, "%04d-%02d-01", y, m);
    d0 = agenda_day_number(first);
    agenda_day_text(d0 + 31, day);
    snprintf(day + 8, 3, "01");
    last = (int)(agenda_day_number(day) - d0);
    for (i = 0; i < 7; i++)
        buf_printf(&b, "%s%4s", i ? "" : " ", _(weekdays[i]));
    add(p, PL_DIM, buf_take(&b), 0, 0);
    col = (int)(((d0 % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
    buf_printf(&b, " %*s", 4 * col, "");
    for (d = d0; d < d0 + last; d++) {
        size_t j;
        int marked = 0;
        agenda_day_text(d, day);
        for (j = 0; j < ag->n && !marked; j++)
            marked = ag->items[j].precision == AGENDA_DAY && strcmp(ag->items[j].first, day) == 0;
        buf_printf(&b, "%3d%c", (int)(d - d0 + 1), marked ? '*' : ' ');
        if (++col == 7 || d + 1 == d0 + last) {
            add(p, PL_TEXT, buf_take(&b), 0, 0);
            buf_add(&b, " ");
            col = 0;
        }
    }
    buf_fini(&b);
}

/* An item's line: its date, then what, wrapped under itself at the
 * screen's width; every line of it is the link (Enter opens the record),
 * as a wrapped link of the detail view is. */
static void add_item(struct page *p, const char *date, const char *what, enum kind_id k,
                     int64_t id)
{
    enum { LEAD = 13 }; /* " YYYY-MM-DD  " */
    size_t n = 0, i, room = COLS > LEAD + 12 ? (size_t)COLS - LEAD - 1 : 12;
    char **rows = text_wrap(what, room, &n);

    for (i = 0; i < n; i++) {
        if (i == 0)
            add(p, PL_LINK, xasprintf(" %-10s  %s", date, rows[i]), k, id);
        else
            add(p, PL_LINK, xasprintf("%*s%s", LEAD, "", rows[i]), k, id);
    }
    if (n == 0)
        add(p, PL_LINK, xasprintf(" %-10s", date), k, id);
    text_lines_free(rows, n);
}

/* A section of the items of ag that meet [from, to] (NULL: none said). */
static void add_items(struct page *p, const char *heading, const struct agenda *ag,
                      const char *from, const char *to)
{
    size_t i, shown = 0;

    add(p, PL_TEXT, xstrdup(""), 0, 0);
    add(p, PL_SECTION, xasprintf(" %s", heading), 0, 0);
    for (i = 0; i < ag->n; i++) {
        const struct agenda_item *it = &ag->items[i];
        char *what;
        if (strcmp(it->first, to) > 0 || strcmp(it->last, from) < 0)
            continue;
        what = agenda_item_text(it);
        add_item(p, it->date, what, it->kind, it->id);
        free(what);
        shown++;
    }
    if (shown == 0)
        add(p, PL_DIM, xasprintf("   %s", _("Nothing in this period.")), 0, 0);
}

/* The reminders of the coming 30 days. */
static void add_reminders(struct page *p, struct tui *t, const struct agenda *ag,
                          const char *today, const char *to)
{
    struct agenda_reminder *r = NULL;
    size_t n = 0, i;

    add(p, PL_TEXT, xstrdup(""), 0, 0);
    add(p, PL_SECTION, xasprintf(" %s", _("Reminders")), 0, 0);
    agenda_reminders(ag, t->app->cfg.remind, t->app->cfg.nremind, today, to, &r, &n);
    for (i = 0; i < n; i++) {
        char *what = agenda_item_text(r[i].item), *lead;
        lead = xasprintf(P_("in %d day: %s", "in %d days: %s", r[i].lead), r[i].lead, what);
        add_item(p, r[i].on, lead, r[i].item->kind, r[i].item->id);
        free(lead);
        free(what);
    }
    if (n == 0)
        add(p, PL_DIM, xasprintf("   %s", _("No reminders on these days.")), 0, 0);
    free(r);
}

static void calendar_reload(struct tui *t, struct view *v)
{
    struct agenda ag = { 0 };
    struct ird_err e = { 0 };
    char first[AGENDA_DAY_LEN], last[AGENDA_DAY_LEN], today[16], ahead[AGENDA_DAY_LEN],
        soon[AGENDA_DAY_LEN], far[AGENDA_DAY_LEN];
    int y, m, lead = t->app->cfg.nremind > 0 ? t->app->cfg.remind[0] : 0;
    long d0;
    char *heading;

    (void)v;
    page_free(&t->page);
    month_of(t, &y, &m);
    app_today(t->app, today);
    snprintf(first, sizeof first, "%04d-%02d-01", y, m);
    d0 = agenda_day_number(first);
    agenda_day_text(d0 + 31, last);
    agenda_day_text(agenda_day_number(last) - (int)strtol(last + 8, NULL, 10), last);
    agenda_day_text(agenda_day_number(today) + 30 * t->app->cfg.horizon, ahead);
    agenda_day_text(agenda_day_number(today) + 29, soon);
    agenda_day_text(agenda_day_number(today) + 29 + lead, far);
    /* L10N: the calendar's title: the month and its year */
    add(&t->page, PL_TITLE, xasprintf(_("Calendar · %s %d"), _(months[m - 1]), y), 0, 0);
    if (agenda_gather(t->app, strcmp(first, today) < 0 ? first : today,
                      strcmp(far, ahead) > 0 ? far : ahead, 0, &ag, &e) < 0) {
        add(&t->page, PL_DIM, xstrdup(e.msg), 0, 0);
        return;
    }
    add_grid(&t->page, y, m, &ag);
    /* L10N: the month's items: "In March 2026" */
    heading = xasprintf(_("In %s %d"), _(months[m - 1]), y);
    add_items(&t->page, heading, &ag, first, last);
    free(heading);
    /* L10N: %d is the evaluation horizon in months */
    heading = xasprintf(P_("Coming: the next %d month", "Coming: the next %d months",
                           t->app->cfg.horizon),
                        t->app->cfg.horizon);
    add_items(&t->page, heading, &ag, today, ahead);
    free(heading);
    add_reminders(&t->page, t, &ag, today, soon);
    agenda_fini(&ag);
}

/* The cursor on the first item of the page (the title when there is none). */
static void first_item(struct tui *t, struct view *v)
{
    size_t i;

    v_page_ensure(t, v);
    v->sel = 0;
    v->top = 0;
    for (i = 0; i < t->page.n; i++)
        if (t->page.l[i].style == PL_LINK) {
            v->sel = (long)i;
            break;
        }
}

/* Turn the month by step (1 or -1). */
static unsigned turn(struct tui *t, struct view *v, int step)
{
    int y, m;

    month_of(t, &y, &m);
    m += step;
    if (m == 0 || m == 13) {
        y += step;
        m = m == 0 ? 12 : 1;
    }
    snprintf(t->cal_month, sizeof t->cal_month, "%04u-%02u", (unsigned)y % 10000u,
             (unsigned)m % 100u);
    t->page_valid = 0;
    first_item(t, v);
    return REDRAW_ALL;
}

static unsigned calendar_handle(struct tui *t, struct view *v, enum cmd c, int arg)
{
    if (c == CMD_MONTH_NEXT || c == CMD_MONTH_PREV)
        return turn(t, v, c == CMD_MONTH_NEXT ? 1 : -1);
    if (c == CMD_CALENDAR) {
        t->cal_month[0] = '\0'; /* 0 again: back to this month */
        return turn(t, v, 0);
    }
    return v_page_text_handle(t, v, c, arg);
}

const struct view_ops v_calendar_ops = {
    "calendar", KEYMAP_DESK, HINTS_PAGER, calendar_reload, v_page_draw, calendar_handle,
};

unsigned v_calendar_open(struct tui *t, const struct target *g)
{
    (void)g;
    if (tui_top(t)->ops == &v_calendar_ops)
        return calendar_handle(t, tui_top(t), CMD_CALENDAR, 0);
    t->cal_month[0] = '\0';
    tui_push(t, &v_calendar_ops, (enum kind_id)t->pane, 0);
    first_item(t, tui_top(t));
    screen_message_take(&t->scr, 0,
                        keymap_fill(_("%s and %s turn the month; %s opens the record at the "
                                      "cursor."),
                                    KEYMAP_DESK, CMD_MONTH_PREV, KEYMAP_DESK, CMD_MONTH_NEXT,
                                    KEYMAP_DESK, CMD_OPEN, -1));
    return REDRAW_ALL;
}

unsigned v_calendar_notice(struct tui *t)
{
    char *n = agenda_notice(t->app), *key;

    if (n == NULL)
        return REDRAW_NONE;
    key = keymap_keys_text(KEYMAP_DESK, CMD_CALENDAR);
    /* L10N: the reminders at start, then the key of the calendar */
    screen_message(&t->scr, 0, _("%s %s: the calendar."), n, key);
    free(key);
    free(n);
    return REDRAW_ALL;
}
