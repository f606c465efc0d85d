#ifndef IRDESK_CORE_IMPORT_INT_H
#define IRDESK_CORE_IMPORT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "core/exchange.h"
#include "core/import.h"
#include "lib/err.h"

/* Between core/import.c (the file, the passes, the transaction) and
 * core/import_row.c (one row: read, checked, listed, written). */

struct csv_row;
struct spool;

/* The titles of the kind's records and of the file's new rows, hashed
 * (case and runs of white space ignored): an open-addressing set of 8
 * bytes a title, its lowest bit set for a record already stored. */
struct import_titles {
    uint64_t *slot;
    size_t cap, n;
};

/* One import. */
struct import_run {
    struct app *a;
    const struct kind *k;
    const struct import_opts *o;
    struct import_result *res;
    int *col_field;          /* the column of each field, or -1 */
    int meta[META_COUNT];    /* the column of each bookkeeping column, or -1 */
    size_t ncols;
    const char *charset;     /* the file's character set when it is not UTF-8 */
    int writing;             /* the second pass: rows are written */
    char now[32];
    const char *note;        /* the history's note, translated once */
    struct import_status_memo {
        char word[32];
        const struct choice *c;
    } status_memo[8];        /* the statuses the rows named, parsed once each */
    int nstatus_memo;
    struct import_titles titles;
    struct spool *spool;     /* the new records the check read, for the writing; or NULL */
    long with_id;            /* rows naming a stored record (the writing reads those again) */
    struct ird_err fatal;    /* why the database stopped the import */
};

/* Say one line through o->say, printf-style, made harmless (text_visible). */
void import_say(struct import_run *run, enum import_say what, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Read the header row: every column a field or bookkeeping column, none
 * twice.  -1 (e names the column) otherwise. */
int import_header(struct import_run *run, const struct csv_row *row, struct ird_err *e);

/* Load the stored records' titles into run->titles. */
int import_titles_load(struct import_run *run, struct ird_err *e);

/* One row: checked and counted; listed on a dry run; written on the second
 * pass.  On the check, a new record is kept in run->spool (when there is
 * one); on the second pass a new record's row takes it from there instead
 * of being read again.  0, -1 when the row is refused (said), -2 when the
 * database or the spool failed (run->fatal says how). */
int import_row(struct import_run *run, struct csv_row *row);

/* The records of run->spool written as new ones, in the file's order
 * (every row of the file was a new record): 0, or -1 (e says why). */
int import_spooled(struct import_run *run, struct ird_err *e);

/* Free what the run holds. */
void import_run_fini(struct import_run *run);

#endif
