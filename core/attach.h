#ifndef IRDESK_CORE_ATTACH_H
#define IRDESK_CORE_ATTACH_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;
struct attachment;

/* Files attached to records: read whole into the database with their
 * name, type, size and SHA-256 (the store keeps them, db/store_attach.c). */

/* The largest file attach takes, in bytes. */
#define ATTACH_MAX (256L * 1024 * 1024)

/* Attach the regular file at path to record id of kind k, under its base
 * name; *aid gets its number (may be NULL).  A file of that name on the
 * record is refused, never replaced. */
int attach_add(struct app *a, enum kind_id k, int64_t id, const char *path, int64_t *aid,
               struct ird_err *e);

/* The type of a file from its name and first bytes: a table of extensions,
 * then "%PDF-", then text/plain for UTF-8 text, else
 * application/octet-stream (static). */
const char *attach_mime(const char *name, const void *data, size_t n);

/* The live file of record id that which names: its name, or its number in
 * the record's list (1, 2, ... as the detail view shows them).  *out owned
 * (attachment_list_free(*out, 1)). */
int attach_pick(struct app *a, enum kind_id k, int64_t id, const char *which,
                struct attachment **out, struct ird_err *e);

/* Write attached file aid to path (the one way files are written: "-" is
 * standard output; follow: through a symlink). */
int attach_save(struct app *a, int64_t aid, const char *path, int follow, struct ird_err *e);

/* Open attached file att: written into a new private directory under
 * $TMPDIR, then given to $IRDESK_OPENER when set, else $PAGER (default
 * less) for text, else xdg-open, else run-mailcap.  The caller has given
 * the terminal up (the desk) or has it (the command line).  0, or -1 when
 * it could not be written or the opener failed. */
int attach_open(struct app *a, const struct attachment *att, struct ird_err *e);

/* A file as a line of the detail view: "1. charter.pdf · PDF · 12 kB ·
 * 2026-03-01 jan"; caller frees. */
char *attach_line(const struct attachment *att, size_t number);

#endif
