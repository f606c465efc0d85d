#ifndef IRDESK_CORE_PRINT_H
#define IRDESK_CORE_PRINT_H

#include <stddef.h>

#include "lib/err.h"

struct app;
struct config;
struct doc;

/* Pages ready for paper: the summary's pages in the printer's character
 * set (print_charset), and how many characters had to be transliterated. */
struct printout {
    char *data;
    size_t len;
    int pages;
    size_t lost;
    int pdf; /* data is a PDF */
};

/* Whether a report goes out as PDF: format ("pdf", "txt" or NULL) when
 * given, else for the printer the configuration (print_format: auto sends
 * PDF unless the printer's character set is not UTF-8, a line printer's),
 * else for a file its extension (".pdf"). */
int print_wants_pdf(const struct config *c, const char *format, const char *path, int printing);

/* The document d laid out for paper: an A4 PDF when pdf (core/pdf.h), else
 * its text in pages as print_layout lays them out.  *out owned
 * (printout_fini). */
int print_render(const struct app *a, const struct doc *d, int pdf, int for_printer,
                 struct printout *out, struct ird_err *e);

/* Lay out body (a summary) as pages with title and today's date, in the
 * printer's character set when for_printer, else UTF-8.  *out owned
 * (printout_fini). */
int print_layout(const struct app *a, const char *title, const char *body, int for_printer,
                 struct printout *out, struct ird_err *e);
void printout_fini(struct printout *p);

/* Pipe the pages into the configured print_command.  Fails (IRD_IO) when
 * the command cannot run or exits non-zero; the message then holds its
 * exit status and what it wrote to standard error. */
int print_send(const struct app *a, const struct printout *p, struct ird_err *e);

/* Write the pages to path (app_write_file: flags OUTFILE_*). */
int print_save(const struct app *a, const struct printout *p, const char *path, unsigned flags,
               struct ird_err *e);

#endif
