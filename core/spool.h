#ifndef IRDESK_CORE_SPOOL_H
#define IRDESK_CORE_SPOOL_H

#include <stddef.h>

#include "lib/err.h"

/* Records kept aside in a temporary file, in the order they were put, and
 * read back once: the import's check keeps the new records it read there,
 * so that the writing does not read and check the file again.  The file is
 * unlinked from the start (O_TMPFILE, else mkstemp and unlink) in
 * $TMPDIR or /tmp, mode 0600, and is gone when the spool is freed or the
 * process ends; memory stays bounded whatever the number of records. */

struct kind;
struct record;
struct spool;

/* A new empty spool; caller owns (spool_free).  NULL when the temporary
 * file cannot be made (e says why). */
struct spool *spool_new(struct ird_err *e);
/* Keep r (its status, archive flag and values) with the file's line. */
int spool_put(struct spool *sp, size_t line, const struct record *r, struct ird_err *e);
/* The records kept, from the first: spool_next reads them after this. */
int spool_rewind(struct spool *sp, struct ird_err *e);
/* The next record, of kind k, into *out (caller owns) and its line into
 * *line: 1, 0 at the end, -1 when the file cannot be read back. */
int spool_next(struct spool *sp, const struct kind *k, struct record **out, size_t *line,
               struct ird_err *e);
/* Fill e with the message of a spool that does not read back as it was
 * written; -1. */
int spool_lost(const struct spool *sp, struct ird_err *e);
/* NULL-safe; sets *psp to NULL. */
void spool_free(struct spool **psp);

#endif
