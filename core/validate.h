#ifndef IRDESK_CORE_VALIDATE_H
#define IRDESK_CORE_VALIDATE_H

#include "lib/err.h"
#include "model/kind.h"

struct app;
struct record;

/* Check text a person typed: valid UTF-8, no control characters (newlines
 * only when multiline), at most max characters.  label names it. */
int validate_text(const char *label, const char *s, int multiline, long max, struct ird_err *e);

/* Parse a date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD, a real
 * calendar day.  Returns the number of parts (1-3) or -1. */
int validate_date(const char *s, int *y, int *m, int *d);

/* Check one value of field f (NULL or "" is empty; required is checked by
 * validate_record).  The message names the field and says what is wanted. */
int validate_value(const struct field *f, const char *v, struct ird_err *e);

/* Write whole numbers (integers, years, references) in their one form:
 * "01971" becomes "1971", so that comparisons and the history agree with
 * what the database stores.  Values that are not numbers stay as typed. */
void validate_normalize(struct record *r);

/* Check a whole record: every value, required fields, order of dates,
 * references to existing records.  *bad gets the first bad field (or -1). */
int validate_record(struct app *a, const struct record *r, int *bad, struct ird_err *e);
/* Field i of r alone, as validate_record checks it (a may be NULL: no
 * look-ups); 0, or -1 with its problem in *e. */
int validate_field(struct app *a, const struct record *r, int i, struct ird_err *e);

#endif
