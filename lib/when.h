#ifndef IRDESK_LIB_WHEN_H
#define IRDESK_LIB_WHEN_H

/* Times are stored and exported in UTC ("2026-03-01T10:00:00Z") and shown
 * in local time: $TZ, else the system's zone. */
enum { WHEN_MAX = 32 };

/* at as it is shown: a UTC time "YYYY-MM-DDTHH:MM:SSZ" in local time,
 * "YYYY-MM-DD HH:MM"; anything else (a date as precise as known, "2020-11")
 * as it is.  Writes into out (WHEN_MAX bytes) and returns it. */
char *when_local(const char *at, char out[WHEN_MAX]);

#endif
