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

struct decision;

/* 0 when date can be a decision's (a date, today at the latest); else -1
 * with the reason in *e (IRD_INVALID). */
int workflow_check_decided(const struct app *a, const char *date, struct ird_err *e);

/* A new decision for record id's log: its text as the document words it
 * (Dutch; text_en may be NULL), the date (YYYY, YYYY-MM or YYYY-MM-DD),
 * the source (document and section) and the deciding body (may be NULL).
 * It moves no status.  Bad input: IRD_INVALID, nothing saved; a kind
 * without a decision log: IRD_INVALID.  *did gets the decision's id. */
int workflow_decide(struct app *a, enum kind_id k, int64_t id, const char *text_nl,
                    const char *text_en, const char *date, const char *body, const char *source,
                    int64_t *did, struct ird_err *e);

/* Mark decision did of record id (0: its pending decision) carried out on
 * date as source reports it; with 'to' (a status code or label, or NULL)
 * the record moves to that status in the same step, if the workflow
 * allows it.  The only way a decision moves a status. */
int workflow_carry_out(struct app *a, enum kind_id k, int64_t id, int64_t did, const char *date,
                       const char *source, const char *to, struct ird_err *e);

/* "TEXT (DATE, BODY)" of d in the current language; English the service
 * translated is marked so, a missing English falls back (marked) to the
 * Dutch.  Caller frees. */
char *workflow_decision_text(const struct decision *d);

/* The pending decision of record id as a line, "Decision pending: TEXT
 * (DATE, BODY)", in *line (caller frees), or NULL when none (or the kind
 * keeps no decision log). */
int workflow_pending(struct app *a, enum kind_id k, int64_t id, char **line, struct ird_err *e);

#endif
