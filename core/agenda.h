#ifndef IRDESK_CORE_AGENDA_H
#define IRDESK_CORE_AGENDA_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;
struct link_ref;

/* The calendar (initiative 33): every dated item of every kind whose
 * descriptor gives a date field an agenda_spec (model/kind.h), with the
 * reminders before them.  Dates are as precise as known: a year, a month,
 * a day; an item known only to the month or year is in the agenda, never
 * in the iCal file. */

enum agenda_precision { AGENDA_YEAR = 1, AGENDA_MONTH = 2, AGENDA_DAY = 3 };

/* An ISO day "YYYY-MM-DD" and its NUL. */
enum { AGENDA_DAY_LEN = 11 };

struct agenda_item {
    enum kind_id kind;
    int64_t id;
    int field;                   /* the date field of its kind */
    const char *what;            /* msgid: the spec's what */
    char date[16];               /* as stored: "2027", "2027-03", "2027-03-05" */
    int precision;               /* enum agenda_precision */
    char first[AGENDA_DAY_LEN];  /* the first and last day it can mean */
    char last[AGENDA_DAY_LEN];
    char until[AGENDA_DAY_LEN];  /* the last day of its period (spec's until), or "" */
    char time[6];                /* "HH:MM" when the value has a time, else "" */
    char *title;                 /* the record's title in the current language */
    int remind;                  /* reminded at the lead times */
    char changed[32];            /* when the record last changed (UTC), "" unknown */
};

struct agenda {
    struct agenda_item *items; /* by first day, then kind, record, field */
    size_t n;
};

/* A reminder: lead days before its item's day, on the day 'on'. */
struct agenda_reminder {
    const struct agenda_item *item; /* borrowed from the agenda */
    int lead;
    char on[AGENDA_DAY_LEN];
};

/* Days since 1970-01-01 of the day iso ("YYYY-MM-DD", a real day), or
 * AGENDA_NO_DAY when it is none. */
#define AGENDA_NO_DAY (-999999999L)
long agenda_day_number(const char *iso);
/* The ISO day of a day number. */
void agenda_day_text(long day, char out[AGENDA_DAY_LEN]);
/* 0 with out set when s is a real day written YYYY-MM-DD; else -1 with
 * a clear message in *e (IRD_INVALID). */
int agenda_parse_day(const char *s, char out[AGENDA_DAY_LEN], struct ird_err *e);

/* The items of the live, unarchived records whose days meet [from, to]
 * (ISO days; NULL: no bound), with each record's last change when
 * stamps is 1.  *out owned (agenda_fini). */
int agenda_gather(struct app *a, const char *from, const char *to, int stamps,
                  struct agenda *out, struct ird_err *e);
void agenda_fini(struct agenda *ag);

/* The reminders falling on a day of [from, to]: each day-precise item with
 * remind, at each lead time of leads (n of them).  *out owned (free),
 * ordered by day. */
void agenda_reminders(const struct agenda *ag, const int *leads, size_t nleads,
                      const char *from, const char *to, struct agenda_reminder **out,
                      size_t *n);

/* An item as a line: "Agreement 3 · Title — Term ends, evaluation due";
 * caller frees. */
char *agenda_item_text(const struct agenda_item *it);

/* `irdesk agenda`: what falls on the days from 'from' (ISO day) for 'days'
 * days, and the reminders of those days, as plain text; caller frees. */
int agenda_render(struct app *a, const char *from, int days, char **out, struct ird_err *e);

/* The "last contact" of record id of kind k: the latest day, up to today
 * (ISO), of a date field with contact in its agenda_spec (a visit's, a
 * meeting's) among the records linked to it; "" in out when there is none.
 * 0, or -1 with *e filled. */
int agenda_last_contact(struct app *a, enum kind_id k, int64_t id, const char *today,
                        char out[AGENDA_DAY_LEN], struct ird_err *e);

/* The same among the n records of l, its links already read (desk_links). */
int agenda_last_contact_in(struct app *a, const struct link_ref *l, size_t n, const char *today,
                           char out[AGENDA_DAY_LEN], struct ird_err *e);

/* The desk's notice at start: the reminders of the last week (today
 * included) about items still ahead, one line; NULL when there are none.
 * Caller frees. */
char *agenda_notice(struct app *a);

#endif
