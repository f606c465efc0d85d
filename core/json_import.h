#ifndef IRDESK_CORE_JSON_IMPORT_H
#define IRDESK_CORE_JSON_IMPORT_H

#include <stddef.h>

#include "lib/err.h"

struct app;
struct import_result;

/* Import JSON as `export KIND|all --format json [--history]` writes it
 * (core/exchange.h), read with jansson: every record with its own id,
 * version, status and archived flag, its roles, top priorities and history,
 * and (from `all`) the chapters, top priorities, meta texts and links.
 *
 * Into an empty database (`init --empty`) it puts back what was exported,
 * so that exporting again gives the same bytes; over the database it came
 * from it changes nothing.  A record or row that is there as it is stays
 * (counted unchanged); one whose id or key the database holds with other
 * values is refused, as are bad JSON, text that is not UTF-8, a value of the
 * wrong type, an unknown key, a bad value (the core's rules) and, when kind
 * is not -1, a kind other than kind (an enum kind_id).  All or nothing: one
 * transaction; a dry run rolls it back.  0 or -1 (nothing written). */
int json_import_text(struct app *a, const char *data, size_t len, int kind, int dry_run,
                     struct import_result *res, struct ird_err *e);

/* The same for the regular file at path (a directory, device or FIFO is
 * refused). */
int json_import_file(struct app *a, const char *path, int kind, int dry_run,
                     struct import_result *res, struct ird_err *e);

/* 1 when the file at path holds JSON: its first byte after blanks (and a
 * byte order mark) is '{' or '['; 0 else, or when it cannot be read. */
int json_import_sniff(const char *path);

#endif
