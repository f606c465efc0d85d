#ifndef IRDESK_CORE_REPORT_H
#define IRDESK_CORE_REPORT_H

#include <stddef.h>

#include "lib/err.h"

#include <stdint.h>

struct app;
struct doc;
struct doc_picture;
struct kind;
struct record;

/* Kind k's part of the portfolio, numbered: "2. Agreements", then the
 * sections its descriptor lists (k->parts), written into d from rs (every
 * record of the kind that is not archived, by number).  today is
 * "YYYY-MM-DD", horizon the evaluation horizon in months.  a gives the
 * store to the sections that read more from it (roles, chapters, meta);
 * with a NULL they find nothing stored. */
int report_kind_part(struct app *a, struct doc *d, const struct kind *k, int number,
                     struct record *const *rs, size_t n, const char *today, int horizon,
                     struct ird_err *e);

/* The portfolio's pictures, gathered from each kind's records as its part
 * is written: the partnerships on a timeline (from 1958 to today's year,
 * the first 40) and the records per status per kind as bars. */
struct report_pics {
    struct app *a; /* the rows' history; NULL: none */
    struct doc_picture *timeline, *bars;
    int64_t *ids;      /* the record of each row of the timeline */
    size_t rows_total; /* the rows it would have without its limit */
};

/* Start both pictures; today is "YYYY-MM-DD"; a gives the timeline's rows
 * their history (may be NULL).  Ends with report_pics_take or
 * report_pics_fini. */
void report_pics_init(struct report_pics *p, struct app *a, const char *today);
/* Add kind k's records rs (every one not archived) to the pictures; fails
 * when the store does. */
int report_pics_add(struct report_pics *p, const struct kind *k, struct record *const *rs,
                    size_t n, struct ird_err *e);
/* Write the pictures into d (those with rows) and release p. */
void report_pics_take(struct report_pics *p, struct doc *d);
void report_pics_fini(struct report_pics *p);

#endif
