#include "core/ics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/agenda.h"
#include "core/app.h"
#include "i18n/i18n.h"
#include "lib/mem.h"

/* RFC 5545 §3.1: a content line is at most 75 octets, CRLF apart. */
enum { ICS_LINE = 75 };

/* Europe/Brussels since 1996: CET, CEST from the last Sunday of March at
 * 02:00 to the last Sunday of October at 03:00. */
static const char *const vtimezone[] = {
    "BEGIN:VTIMEZONE", "TZID:Europe/Brussels",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE", NULL,
};

/* Append line s to b folded at ICS_LINE octets (never inside a UTF-8
 * character), each physical line ending CRLF. */
static void put_line(struct buf *b, const char *s)
{
    size_t len = strlen(s), at = 0, room = ICS_LINE;

    while (len - at > room) {
        size_t cut = at + room;
        while (cut > at && ((unsigned char)s[cut] & 0xC0) == 0x80)
            cut--;
        buf_printf(b, "%.*s\r\n ", (int)(cut - at), s + at);
        at = cut;
        room = ICS_LINE - 1; /* the leading space counts */
    }
    buf_printf(b, "%s\r\n", s + at);
}

/* name:value with value escaped as TEXT (backslash, ';', ',', newlines;
 * other control characters dropped). */
static void put_text(struct buf *b, const char *name, const char *value)
{
    struct buf v = { 0 };
    const char *p;

    buf_printf(&v, "%s:", name);
    for (p = value; *p != '\0'; p++) {
        if (*p == '\\' || *p == ';' || *p == ',')
            buf_printf(&v, "\\%c", *p);
        else if (*p == '\n')
            buf_add(&v, "\\n");
        else if ((unsigned char)*p >= 0x20 && *p != 0x7F)
            buf_printf(&v, "%c", *p);
    }
    put_line(b, v.s);
    buf_fini(&v);
}

/* "2026-03-01T10:00:00Z" as "20260301T100000Z"; 0, or -1 (nothing put)
 * when at is no such time. */
static int put_stamp(struct buf *b, const char *name, const char *at)
{
    int y, mo, d, h, mi, s;
    char line[64];

    if (at == NULL || sscanf(at, "%4d-%2d-%2dT%2d:%2d:%2dZ", &y, &mo, &d, &h, &mi, &s) != 6)
        return -1;
    snprintf(line, sizeof line, "%s:%04d%02d%02dT%02d%02d%02dZ", name, y, mo, d, h, mi, s);
    put_line(b, line);
    return 0;
}

/* "2027-03-05" as "20270305". */
static void compact(const char *iso, char out[9])
{
    snprintf(out, 9, "%.4s%.2s%.2s", iso, iso + 5, iso + 8);
}

/* DTSTART and DTEND: all day, to the day after its last; or from its time
 * in Brussels, for an hour. */
static void put_when(struct buf *b, const struct agenda_item *it)
{
    char start[9], end[9], next[AGENDA_DAY_LEN], line[96];
    long day = agenda_day_number(it->first);
    int h = 0, m = 0;

    compact(it->first, start);
    if (it->time[0] == '\0') {
        agenda_day_text(agenda_day_number(it->until[0] != '\0' ? it->until : it->first) + 1,
                        next);
        compact(next, end);
        snprintf(line, sizeof line, "DTSTART;VALUE=DATE:%s", start);
        put_line(b, line);
        snprintf(line, sizeof line, "DTEND;VALUE=DATE:%s", end);
        put_line(b, line);
        return;
    }
    sscanf(it->time, "%2d:%2d", &h, &m);
    snprintf(line, sizeof line, "DTSTART;TZID=Europe/Brussels:%sT%02d%02d00", start, h, m);
    put_line(b, line);
    agenda_day_text(day + (h == 23), next);
    compact(next, end);
    snprintf(line, sizeof line, "DTEND;TZID=Europe/Brussels:%sT%02d%02d00", end, (h + 1) % 24,
             m);
    put_line(b, line);
}

static void put_event(struct buf *b, const struct agenda_item *it, const int *leads,
                      size_t nleads, const char *now)
{
    const struct kind *k = kind_get(it->kind);
    char *summary = agenda_item_text(it), *desc;
    size_t i;

    put_line(b, "BEGIN:VEVENT");
    buf_printf(b, "UID:%s-%lld-%s@irdesk\r\n", k->code, (long long)it->id,
               k->fields[it->field].name);
    /* a record never changed since it was seeded has no time of revision:
     * DTSTAMP (required) is then the export's, LAST-MODIFIED left out */
    if (put_stamp(b, "DTSTAMP", it->changed) < 0 && put_stamp(b, "DTSTAMP", now) < 0)
        put_line(b, "DTSTAMP:19700101T000000Z"); /* no clock at all */
    put_stamp(b, "LAST-MODIFIED", it->changed);
    put_when(b, it);
    put_text(b, "SUMMARY", summary);
    /* L10N: an iCal event's description: the record and the command that shows it */
    desc = xasprintf(_("%s %lld in irdesk: irdesk show %s %lld"), _(k->label),
                     (long long)it->id, k->code, (long long)it->id);
    put_text(b, "DESCRIPTION", desc);
    free(desc);
    put_text(b, "CATEGORIES", _(k->plural));
    put_line(b, "TRANSP:TRANSPARENT");
    for (i = 0; it->remind && i < nleads; i++) {
        put_line(b, "BEGIN:VALARM");
        put_line(b, "ACTION:DISPLAY");
        put_text(b, "DESCRIPTION", summary);
        buf_printf(b, "TRIGGER;RELATED=START:-P%dD\r\n", leads[i]);
        put_line(b, "END:VALARM");
    }
    put_line(b, "END:VEVENT");
    free(summary);
}

char *ics_render(const struct agenda *ag, const int *leads, size_t nleads, const char *now,
                 size_t *len)
{
    struct buf b = { 0 };
    size_t i;

    put_line(&b, "BEGIN:VCALENDAR");
    put_line(&b, "VERSION:2.0");
    put_line(&b, "PRODID:-//Stad Gent//irdesk//NL");
    put_line(&b, "CALSCALE:GREGORIAN");
    for (i = 0; vtimezone[i] != NULL; i++)
        put_line(&b, vtimezone[i]);
    for (i = 0; i < ag->n; i++)
        if (ag->items[i].precision == AGENDA_DAY)
            put_event(&b, &ag->items[i], leads, nleads, now);
    put_line(&b, "END:VCALENDAR");
    *len = b.len;
    return buf_take(&b);
}

int ics_export(struct app *a, char **out, size_t *len, struct ird_err *e)
{
    struct agenda ag = { 0 };
    char now[32];

    *out = NULL;
    *len = 0;
    if (agenda_gather(a, NULL, NULL, 1, &ag, e) < 0)
        return -1;
    app_now(a, now);
    *out = ics_render(&ag, a->cfg.remind, a->cfg.nremind, now, len);
    agenda_fini(&ag);
    return 0;
}
