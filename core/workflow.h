#ifndef IRDESK_CORE_WORKFLOW_H
#define IRDESK_CORE_WORKFLOW_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;

/* 1 when kind k's workflow allows from -> to. */
int workflow_allowed(const struct kind *k, const char *from, const char *to);

/* The statuses reachable from 'from', in the order of the kind's status
 * list; at most max codes (borrowed) into out.  Returns how many. */
size_t workflow_next(const struct kind *k, const char *from, const char **out, size_t max);

/* The reachable statuses as "label (code), ..." in the current language;
 * caller frees.  "none" when there are none. */
char *workflow_next_text(const struct kind *k, const char *from);

/* Move record id to status 'to' (a code or label, see kind_status_parse)
 * with an optional note, recorded in the history.  version: the version
 * the caller read, or -1 for the current one.  Refuses with IRD_TRANSITION
 * (the message lists the allowed moves), IRD_STALE, IRD_NOT_FOUND. */
int workflow_move(struct app *a, enum kind_id k, int64_t id, int64_t version, const char *to,
                  const char *note, struct ird_err *e);

#endif
