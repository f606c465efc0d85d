#ifndef IRDESK_CORE_EXCHANGE_H
#define IRDESK_CORE_EXCHANGE_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;
struct buf;
struct record;

/* Export and import: lists exchanged with colleagues who use Excel. */

enum export_format { EXPORT_CSV, EXPORT_JSON };

struct export_opts {
    int kind;               /* an enum kind_id, or -1 for all (JSON only) */
    enum export_format format;
    int excel_be;           /* CSV for Excel on a Belgian Windows desk: ';', CP1252 */
    int history;            /* JSON: each record's history too */
    /* > 0: only this record of kind (JSON: everything held about it, its
     * history included: a person's data for a GDPR request) */
    int64_t id;
};

/* Where an export's bytes go, piece after piece, each ending with a
 * whole row or record and NUL-terminated at data[n] (in CP1252 for
 * excel_be): 0, or -1 with e filled to stop the export. */
typedef int (*exchange_write_fn)(void *ctx, const char *data, size_t n, struct ird_err *e);

/* The records (archived ones included) as CSV (RFC 4180, UTF-8, header row)
 * or JSON (an object per kind with an array of records, stable field names,
 * links), streamed: read from the store a window at a time and given to
 * write as they are built, never the whole file in memory.  *lost counts
 * the characters CP1252 could not hold (transliterated).  0 or -1 (what
 * was written before a failure stays written). */
int exchange_export_to(struct app *a, const struct export_opts *o, exchange_write_fn write,
                       void *ctx, size_t *lost, struct ird_err *e);
/* The same export gathered in memory: *out owned, *len its bytes. */
int exchange_export(struct app *a, const struct export_opts *o, char **out, size_t *len,
                    size_t *lost, struct ird_err *e);

/* The CSV header of kind k: the bookkeeping columns, then its fields. */
void exchange_csv_header(struct buf *b, const struct kind *k, char sep);
/* One record as a CSV row under that header: a text field's value that a
 * spreadsheet would run as a formula gets a leading apostrophe
 * (csv_formula_like); numbers, dates and choices are written as they are. */
void exchange_csv_row(struct buf *b, const struct record *r, char sep);
/* One record's JSON object up to its fields (the caller adds links and the
 * closing brace): each value typed from its field, never raw: numbers as
 * numbers and yes/no as true/false when the field accepts them, else
 * escaped strings; an empty value of a typed field is null. */
void exchange_json_fields(struct buf *b, const struct record *r);

/* The bookkeeping columns before a kind's own fields, in the CSV's order. */
enum { META_ID, META_VERSION, META_STATUS, META_ARCHIVED, META_COUNT };
/* Column name of bookkeeping column m (static). */
const char *exchange_meta_col(int m);

#endif
