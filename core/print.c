#include "core/print.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/app.h"
#include "core/config.h"
#include "core/doc.h"
#include "core/pdf.h"
#include "lib/mem.h"
#include "core/summary.h"
#include "lib/text.h"
#include "lib/conv.h"
#include "i18n/i18n.h"

int print_layout(const struct app *a, const char *title, const char *body, int for_printer,
                 struct printout *out, struct ird_err *e)
{
    char today[16], *pages, *shown_title, *shown_body;

    memset(out, 0, sizeof *out);
    app_today(a, today);
    /* a report goes to people: on a terminal, in a file that is shown
     * later, on a printer that reads ESC as its own commands; a control
     * character from a record is shown as text in all three */
    shown_title = text_visible(title, 0);
    shown_body = text_visible(body, 1);
    pages = summary_paginate(shown_title, today, shown_body, a->cfg.page_width,
                             a->cfg.page_length, &out->pages);
    free(shown_title);
    free(shown_body);
    if (!for_printer) {
        out->data = pages;
        out->len = strlen(pages);
        return 0;
    }
    out->data = conv_to(a->cfg.print_charset, pages, &out->len, &out->lost);
    free(pages);
    if (out->data == NULL)
        return ird_fail(e, IRD_INVALID, _("The character set \"%s\" is unknown."),
                        a->cfg.print_charset);
    return 0;
}

int print_wants_pdf(const struct config *c, const char *format, const char *path, int printing)
{
    if (format != NULL)
        return strcmp(format, "pdf") == 0;
    if (printing)
        return c->print_format == PRINT_PDF ||
               (c->print_format == PRINT_AUTO && (strcasecmp(c->print_charset, "UTF-8") == 0 ||
                                                  strcasecmp(c->print_charset, "UTF8") == 0));
    return path != NULL && pdf_is_path(path);
}

int print_render(const struct app *a, const struct doc *d, int pdf, int for_printer,
                 struct printout *out, struct ird_err *e)
{
    char today[16], *body;
    struct pdf_meta m;
    int rc;

    if (!pdf) {
        body = doc_text(d);
        rc = print_layout(a, d->title ? d->title : "", body, for_printer, out, e);
        free(body);
        return rc;
    }
    memset(out, 0, sizeof *out);
    app_today(a, today);
    m.service = _("City of Ghent — International Relations and Networks");
    m.date = today;
    m.lang = i18n_lang() == LANG_EN ? "en" : "nl";
    out->pdf = 1;
    return pdf_render(d, &m, &out->data, &out->len, &out->pages, e);
}

void printout_fini(struct printout *p)
{
    free(p->data);
    memset(p, 0, sizeof *p);
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int print_send(const struct app *a, const struct printout *p, struct ird_err *e)
{
    char errpath[] = "/tmp/irdesk-print-XXXXXX";
    struct sigaction ign, old;
    int in[2] = { -1, -1 }, errfd, status = 0, wrote;
    struct buf msg = { 0 };
    pid_t pid;
    char chunk[512];
    ssize_t r;

    errfd = mkstemp(errpath);
    if (errfd < 0 || pipe(in) < 0) {
        if (errfd >= 0) {
            close(errfd);
            unlink(errpath);
        }
        return ird_fail(e, IRD_IO, _("Cannot start the print command: %s."), strerror(errno));
    }
    unlink(errpath);
    pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        /* what the command says (lp: "request id is ...") would land on
         * the desk's screen: kept, and shown only when it fails */
        dup2(errfd, 1);
        dup2(errfd, 2);
        close(in[0]);
        close(in[1]);
        close(errfd);
        execl("/bin/sh", "sh", "-c", a->cfg.print_command, (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    if (pid < 0) {
        close(in[1]);
        close(errfd);
        return ird_fail(e, IRD_IO, _("Cannot start the print command: %s."), strerror(errno));
    }
    /* a command that stops reading must not kill the desk */
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ign, &old);
    wrote = write_all(in[1], p->data, p->len);
    /* a command that ended without reading all of it (EPIPE) is judged by
     * its exit status alone: whether it ended before the write or after
     * is a race */
    if (wrote < 0 && errno == EPIPE)
        wrote = 0;
    close(in[1]);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    sigaction(SIGPIPE, &old, NULL);
    lseek(errfd, 0, SEEK_SET);
    while ((r = read(errfd, chunk, sizeof chunk)) > 0 && msg.len < 2000)
        buf_addn(&msg, chunk, (size_t)r);
    close(errfd);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || wrote < 0) {
        char *trimmed = msg.s ? text_trim(msg.s) : xstrdup("");
        /* keep one line: the message goes on the desk's bottom line */
        char *nl = strchr(trimmed, '\n'), *said;
        if (nl != NULL)
            *nl = '\0';
        /* what another program wrote: its escape bytes are shown, not sent */
        said = text_visible(trimmed, 0);
        free(trimmed);
        /* what the command said first: the bottom line may cut the rest */
        ird_fail(e, IRD_IO, _("Printing failed (exit status %d): %s (print command: %s)"),
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                 *said ? said : _("no message"), a->cfg.print_command);
        free(said);
        buf_fini(&msg);
        return -1;
    }
    buf_fini(&msg);
    return 0;
}

int print_save(const struct app *a, const struct printout *p, const char *path, unsigned flags,
               struct ird_err *e)
{
    return app_write_file(a, path, p->data, p->len, flags, e);
}
