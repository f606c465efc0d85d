#ifndef IRDESK_CORE_REPORT_H
#define IRDESK_CORE_REPORT_H

#include <stddef.h>

#include "lib/err.h"

struct app;
struct doc;
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

#endif
