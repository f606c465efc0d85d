#ifndef IRDESK_CORE_FINDER_H
#define IRDESK_CORE_FINDER_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;

/* Search everything: one word or more, accents and case ignored, across
 * every kind, the notes journals and the history; the results grouped by
 * kind (in the kinds' order), each record once, with the notes and history
 * lines that matched under it. */

enum find_level {
    FIND_KIND,   /* a kind's heading: "Cities (2)" */
    FIND_RECORD, /* a record: "City 3 · Kanazawa (Active)" */
    FIND_WHAT    /* under it, a note or history line that matched */
};

struct find_line {
    enum find_level level;
    enum kind_id kind;
    int64_t id;   /* FIND_RECORD, FIND_WHAT: the record */
    char *text;   /* translated, as a person reads it */
};

/* The lines for words; *out owned (finder_free), none when nothing
 * matches.  IRD_INVALID when the words hold nothing to look for. */
int finder_run(struct app *a, const char *words, struct find_line **out, size_t *n,
               struct ird_err *e);
void finder_free(struct find_line *l, size_t n);

/* The lines as plain text, indented by level (the command line); caller
 * frees. */
char *finder_render(const struct find_line *l, size_t n);

#endif
