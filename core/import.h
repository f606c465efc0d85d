#ifndef IRDESK_CORE_IMPORT_H
#define IRDESK_CORE_IMPORT_H

#include <stddef.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;

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
