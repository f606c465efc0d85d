#ifndef IRDESK_CORE_SUMMARY_H
#define IRDESK_CORE_SUMMARY_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;
struct doc;
struct query;
struct record;

/* The printed summaries: plain text for paper, in the current language,
 * no line wider than the configured page width.  Each returns the body
 * (caller frees) and its title in *title (caller frees). */

/* The same as documents (core/doc.h) with their titles, for either
 * renderer; NULL with *e filled on failure.  Caller owns (doc_free). */
struct doc *summary_dossier_doc(struct app *a, enum kind_id k, int64_t id, struct ird_err *e);
struct doc *summary_list_doc(struct app *a, const struct query *q, struct ird_err *e);
struct doc *summary_portfolio_doc(struct app *a, int days, struct ird_err *e);

/* A record's dossier: every field, what needs attention, the linked
 * records and the full history. */
char *summary_dossier(struct app *a, enum kind_id k, int64_t id, char **title,
                      struct ird_err *e);

/* The records of q in q's order, with a line stating the filter and sort. */
char *summary_list(struct app *a, const struct query *q, char **title, struct ird_err *e);

/* The portfolio: partnerships, agreements, networks, initiatives and the
 * changes of the last 'days' days. */
char *summary_portfolio(struct app *a, int days, char **title, struct ird_err *e);

/* Pages for paper: each starts with a header (service, date, title, "page
 * X of Y") and holds at most 'length' lines; a form feed separates them.
 * *pages gets their number.  Caller frees. */
char *summary_paginate(const char *title, const char *date, const char *body, int width,
                       int length, int *pages);

/* What needs attention about r on 'today' (YYYY-MM-DD) with an evaluation
 * horizon of 'months': translated lines, one per line; "" when nothing.
 * Caller frees. */
char *summary_attention(const struct record *r, const char *today, int months);

/* summary_attention, and the record's pending decision (read from a's
 * store; a NULL: none), as lines.  Caller frees. */
char *summary_needs(struct app *a, const struct record *r, const char *today, int months);

/* "YYYY-MM-DD" plus months, for horizons. */
void summary_add_months(const char *date, int months, char out[16]);

#endif
