#ifndef IRDESK_CORE_DETAIL_H
#define IRDESK_CORE_DETAIL_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;
struct doc;
struct record;

/* A record as the detail view and `show` present it: a list of lines,
 * already translated, built once from the kind's descriptors. */
enum dline_type {
    DL_TITLE,   /* text: "City 3 · Kanazawa" */
    DL_SECTION, /* text: a heading */
    DL_FIELD,   /* label: value (text may hold newlines) */
    DL_LINK,    /* a linked record: kind, id; text describes it */
    DL_EXTRA,   /* a line about the record kept elsewhere (a role, a priority) */
    DL_HIST,    /* label: time and user; text: what happened */
    DL_NOTE,    /* text: a remark (e.g. how much history is not shown) */
    DL_FILE     /* an attached file: id is its number in the store; text describes it */
};

struct dline {
    enum dline_type type;
    char *label;
    char *text;
    enum kind_id kind;
    int64_t id;
};

struct detail {
    struct record *rec;
    struct dline *lines;
    size_t n;
    long hist_more; /* history lines not included */
};

/* The detail of r without what the store keeps beside it: its title and
 * fields.  Takes r over; caller owns the result (detail_free). */
struct detail *detail_new(struct record *r);

/* Build the detail of record id with at most hist_limit history lines (-1:
 * all).  *out owned (detail_free). */
int detail_build(struct app *a, enum kind_id k, int64_t id, long hist_limit,
                 struct detail **out, struct ird_err *e);
void detail_free(struct detail **pd);

/* The detail written into the document out. */
void detail_doc(const struct detail *d, struct doc *out);
/* The detail as plain text lines wrapped to width cells; caller frees. */
char *detail_render(const struct detail *d, size_t width);

/* Heading of a link line: "Agreement 9 · Title (In force)"; caller frees. */
char *detail_link_text(enum kind_id k, int64_t id, const char *title, const char *status);

#endif
