#ifndef IRDESK_CORE_IMPORT_H
#define IRDESK_CORE_IMPORT_H

#include <stddef.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;

/* Import CSV of one kind, as exported (core/exchange.h) or edited in a
 * spreadsheet.
 *
 * The file is UTF-8 (a byte order mark is skipped) unless o->encoding
 * names its character set (an iconv name: CP1252 for Excel on Windows); a
 * file that is not valid UTF-8 is refused with the line and byte of the
 * first bad sequence.  ',' or ';' separates, as the first line says.
 *
 * Two passes over the file, which is never held whole: the first reads and
 * checks every row with the core's rules (nothing is written), the second
 * writes them, all in one transaction, so that the write lock is held only
 * while writing.  A row with an id updates that record (with history; its
 * version, when given, must be the stored one), a row without one adds a
 * record.  A new record whose title is that of an existing record or of an
 * earlier new row is refused unless o->allow_duplicates (then it is a
 * warning).  Dates as d/m/yyyy, dd/mm/yyyy, m/yyyy and yyyy/mm/dd are read
 * as ISO dates; a leading apostrophe that a spreadsheet-safe export put
 * before = + - @ tab or CR is taken off. */

/* What is said while importing, through o->say: one line each, without
 * its line break, already harmless for a terminal (lib/text.h). */
enum import_say {
    IMPORT_PLAN,    /* dry run: a record that would be added or changed, field by field */
    IMPORT_PROBLEM, /* a row that is refused: "Line N: ..." */
    IMPORT_WARNING, /* a row that is accepted with a remark */
    IMPORT_WAIT,    /* waiting for another desk's write to end */
};

typedef void (*import_say_fn)(void *ctx, enum import_say what, const char *line);

struct import_opts {
    enum kind_id kind;
    const char *encoding;  /* NULL: UTF-8 */
    int dry_run;           /* check, list and count; write nothing */
    int allow_duplicates;  /* a new record may share an existing one's title */
    int wait_seconds;      /* the longest wait for another desk's write; 0: 60 */
    import_say_fn say;     /* may be NULL */
    void *ctx;
};

struct import_result {
    long created, updated, unchanged;
    long refused;          /* rows refused (then nothing was written) */
    long warnings;
    const char *encoding;  /* what the file was read as (static, or o->encoding) */
};

/* Import the file at path.  A directory, a device or a FIFO is refused,
 * as is a file with any bad row (each said as IMPORT_PROBLEM; e then
 * counts them): nothing is written.  0 or -1. */
int import_file(struct app *a, const char *path, const struct import_opts *o,
                struct import_result *res, struct ird_err *e);

/* The same for len bytes of text at data. */
int import_text(struct app *a, const char *data, size_t len, const struct import_opts *o,
                struct import_result *res, struct ird_err *e);

#endif
