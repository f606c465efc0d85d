#ifndef IRDESK_CORE_PDF_H
#define IRDESK_CORE_PDF_H

#include <stddef.h>

#include "lib/err.h"

struct doc;

/* What a PDF says about itself and on every page. */
struct pdf_meta {
    const char *service; /* the header's first line, and the author */
    const char *date;    /* "YYYY-MM-DD", in the header */
    const char *lang;    /* "nl" or "en": shaping, and the document's language
                            (/Lang nl-BE or en) */
};

/* d as an A4 PDF through Pango and Cairo: a header with the service, d's
 * title and the date on every page, "page X of Y" in the footer, tables
 * whose header row repeats on each page and whose rows never split,
 * headings kept with what follows, Noto fonts found through fontconfig and
 * embedded, text that can be selected and searched, the title and author
 * in the document's information and its language in its catalog.  *out (caller frees)
 * holds *len bytes, *pages the number of pages.  Fails (IRD_IO) only when
 * Cairo does. */
int pdf_render(const struct doc *d, const struct pdf_meta *m, char **out, size_t *len,
               int *pages, struct ird_err *e);

/* 1 when path ends in ".pdf" (any case). */
int pdf_is_path(const char *path);

#endif
