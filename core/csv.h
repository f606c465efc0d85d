#ifndef IRDESK_CORE_CSV_H
#define IRDESK_CORE_CSV_H

#include <stddef.h>

#include "lib/err.h"

/* CSV after RFC 4180: fields separated by ',' or ';', quoted with '"' when
 * they hold the separator, a quote or a line break; records end with CRLF
 * (LF is accepted on reading). */

/* A parsed file: rows of fields, with the line each row starts on. */
struct csv {
    char ***rows;   /* rows[r][f], NUL-terminated strings, owned */
    size_t *nfields;
    size_t *line;   /* 1-based line number where row r starts */
    size_t nrows;
    char sep;
};

/* Parse text (n bytes, UTF-8 already) into *out, guessing the separator
 * from the first line (',' or ';', whichever occurs more outside quotes).
 * Fails (IRD_INVALID, with the line number) on a NUL byte or a quote left
 * open.  *out owned on success (csv_fini). */
int csv_parse(const char *text, size_t n, struct csv *out, struct ird_err *e);
void csv_fini(struct csv *c);

/* Append one field to b, quoted when needed, and the separator after it
 * unless it is the last of its row (then CRLF). */
struct buf;
void csv_field(struct buf *b, const char *value, char sep, int last);

#endif
