#ifndef IRDESK_CORE_JOURNAL_H
#define IRDESK_CORE_JOURNAL_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;

/* The notes journal of a record: dated notes with their author (the OS
 * user, as in the history), newest first; a note is never edited in place
 * (a correction is a new note). */

/* Add a note to record id of kind k: its text trimmed, 1 to 4,000
 * characters, newlines allowed.  IRD_INVALID (empty, control characters),
 * IRD_NOT_FOUND, IRD_READONLY. */
int journal_add(struct app *a, enum kind_id k, int64_t id, const char *text,
                struct ird_err *e);

/* A note's heading as the detail view shows it: "2026-03-01T10:00:00Z  anna".
 * Caller frees. */
char *journal_heading(const char *at, const char *user);

#endif
