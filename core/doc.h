#ifndef IRDESK_CORE_DOC_H
#define IRDESK_CORE_DOC_H

#include <stddef.h>

#include "lib/mem.h"

struct table;

/* A document being written for paper: lines no wider than width cells.
 * Embedded: start it as { { 0 }, width }; buf_take(&d.b) hands it over. */
struct doc {
    struct buf b;
    size_t width;
};

/* One line, cut to the width. */
void doc_line(struct doc *d, const char *s);
/* A blank line, unless the document is empty or ends with one. */
void doc_blank(struct doc *d);
/* A heading underlined with c, after a blank line. */
void doc_heading(struct doc *d, const char *s, char c);
/* Text wrapped at word boundaries, the first line after 'first', the others
 * indented by 'indent' cells (or first's width when wider). */
void doc_para(struct doc *d, const char *first, size_t indent, const char *text);
/* A table rendered to the width. */
void doc_table(struct doc *d, const struct table *t);
/* Lines of text (as summary_attention gives them) wrapped and each marked
 * with mark, indent cells wide. */
void doc_marked(struct doc *d, const char *text, const char *mark, size_t indent);

/* A message of the kinds' descriptors, formatted (not a literal, so the
 * compiler cannot check it: its arguments are the ones model/kind.h
 * documents for it, and msgfmt --check-format checks the translations).
 * Caller frees. */
char *doc_format(const char *fmt, ...);

#endif
