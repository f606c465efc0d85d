#ifndef IRDESK_CORE_EXCHANGE_H
#define IRDESK_CORE_EXCHANGE_H

#include <stddef.h>

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
};

/* The records (archived ones included) as CSV (RFC 4180, UTF-8, header row)
 * or JSON (an object per kind with an array of records, stable field names,
 * links).  *out owned, *len its bytes; *lost counts the characters CP1252
 * could not hold (transliterated). */
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

struct import_result {
    long created, updated, unchanged;
};

/* Import CSV of one kind: UTF-8 (with or without BOM) or CP1252, detected,
 * unless encoding names one; ',' or ';'.  Every row is checked with the
 * core's rules, and all rows go in one transaction or none.  A row with an
 * id updates that record (with history; its version, when given, must be
 * the stored one), a row without one adds a record.  On bad rows, *report
 * lists each with its line number and reason (caller frees) and nothing is
 * written.  dry_run checks and counts, and writes nothing. */
int exchange_import(struct app *a, enum kind_id k, const char *data, size_t len,
                    const char *encoding, int dry_run, struct import_result *res, char **report,
                    struct ird_err *e);

#endif
