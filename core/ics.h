#ifndef IRDESK_CORE_ICS_H
#define IRDESK_CORE_ICS_H

#include <stddef.h>

#include "lib/err.h"

struct agenda;
struct app;

/* The calendar as iCalendar (RFC 5545): one VEVENT per item known to the
 * day (an item known only to the month or year is left out), all-day
 * (VALUE=DATE) unless the item has a time, then in Europe/Brussels (with
 * its VTIMEZONE); a stable UID per item (kind-id-field@irdesk), DTSTAMP
 * and LAST-MODIFIED the record's last change, so that an unchanged record
 * gives the same bytes (a record with no change stamped since its seed:
 * DTSTAMP now, "2026-12-01T09:00:00Z", and no LAST-MODIFIED); a VALARM per
 * lead time of its reminders.  CRLF lines folded at 75 octets, text
 * escaped.  Caller frees. */
char *ics_render(const struct agenda *ag, const int *leads, size_t nleads, const char *now,
                 size_t *len);

/* The same from the store: every live item (core/agenda.c) in the current
 * language.  *out owned. */
int ics_export(struct app *a, char **out, size_t *len, struct ird_err *e);

#endif
