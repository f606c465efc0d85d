#ifndef IRDESK_CORE_PRINT_H
#define IRDESK_CORE_PRINT_H

#include <stddef.h>

#include "lib/err.h"

struct app;

/* Pages ready for paper: the summary's pages in the printer's character
 * set (print_charset), and how many characters had to be transliterated. */
struct printout {
    char *data;
    size_t len;
    int pages;
    size_t lost;
};

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
