#include "core/summary.h"

#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/detail.h"
#include "core/doc.h"
#include "core/report.h"
#include "core/workflow.h"
#include "lib/mem.h"
#include "model/record.h"
#include "lib/table.h"
#include "lib/text.h"
#include "lib/when.h"
#include "i18n/i18n.h"

/* ---- dates --------------------------------------------------------------- */

void summary_add_months(const char *date, int months, char out[16])
{
    int y = 0, m = 1, dd = 1, total;

    sscanf(date, "%d-%d-%d", &y, &m, &dd);
    if (y < 1 || y > 9000 || m < 1 || m > 12 || dd < 1)
        y = 2000, m = 1, dd = 1;
    if (months < 0 || months > 1200)
        months = 0;
    total = y * 12 + (m - 1) + months;
    snprintf(out, 16, "%04u-%02u-%02u", (unsigned)(total / 12) % 10000u,
             (unsigned)(total % 12 + 1) % 100u, (unsigned)(dd > 28 ? 28 : dd) % 100u);
}

/* What a date that makes r due says on today, within horizon. */
static void attention_due(struct buf *b, const struct record *r, const struct field *f,
                          const char *v, const char *today, const char *horizon, int months)
{
    char upper[16], *s = NULL;

    ftype_date_upper(v, upper);
    if (strcmp(upper, today) < 0)
        s = doc_format(_(f->overdue), v, kind_status_label(r->kind, r->status));
    else if (strcmp(upper, horizon) <= 0)
        s = doc_format(f->due.many != NULL ? P_(f->due.one, f->due.many, (unsigned long)months)
                                           : _(f->due.one),
                       v, months);
    if (s != NULL)
        buf_add(b, s);
    free(s);
}

char *summary_attention(const struct record *r, const char *today, int months)
{
    const struct kind *k = r->kind;
    struct buf b = { 0 };
    char horizon[16];
    int i;

    if (!kind_status_is(k, r->status, S_LIVE))
        return buf_take(&b);
    summary_add_months(today, months, horizon);
    for (i = 0; i < k->nfields; i++) {
        const struct field *f = &k->fields[i];
        const char *v = record_get(r, i);
        if (v == NULL)
            continue;
        if ((f->flags & F_DUE) && f->overdue != NULL && f->due.one != NULL)
            attention_due(&b, r, f, v, today, horizon, months);
        if ((f->flags & F_WANTED) && f->lacking != NULL && strcmp(v, "0") == 0)
            buf_add(&b, _(f->lacking));
    }
    return buf_take(&b);
}

char *summary_needs(struct app *a, const struct record *r, const char *today, int months)
{
    char *att = summary_attention(r, today, months), *pending = NULL;
    char *all;

    if (a == NULL || r->id == 0 || workflow_pending(a, r->kind->id, r->id, &pending, NULL) < 0 ||
        pending == NULL)
        return att;
    all = xasprintf("%s%s\n", att, pending);
    free(att);
    free(pending);
    return all;
}

/* ---- the dossier ------------------------------------------------------- */

struct doc *summary_dossier_doc(struct app *a, enum kind_id k, int64_t id, struct ird_err *e)
{
    struct doc *d;
    struct detail *det = NULL;
    char today[16], *att, *title;

    if (detail_build(a, k, id, -1, &det, e) < 0)
        return NULL;
    d = doc_new((size_t)a->cfg.page_width);
    app_today(a, today);
    title = xasprintf(_("Dossier: %s %lld"), _(kind_get(k)->label), (long long)id);
    doc_title(d, title);
    free(title);
    att = summary_needs(a, det->rec, today, a->cfg.horizon);
    if (*att != '\0') {
        doc_heading(d, _("Needs attention"), '-');
        doc_marked(d, att, "! ", 2);
        doc_gap(d);
    }
    free(att);
    detail_doc(det, d);
    detail_free(&det);
    return d;
}

/* The document as text, its title in *title (both caller frees); d freed. */
static char *as_text(struct doc *d, char **title)
{
    char *s;

    *title = NULL;
    if (d == NULL)
        return NULL;
    s = doc_text(d);
    *title = d->title;
    d->title = NULL;
    doc_free(&d);
    return s;
}

char *summary_dossier(struct app *a, enum kind_id k, int64_t id, char **title,
                      struct ird_err *e)
{
    return as_text(summary_dossier_doc(a, k, id, e), title);
}

/* ---- a list ------------------------------------------------------------ */

struct doc *summary_list_doc(struct app *a, const struct query *q, struct ird_err *e)
{
    const struct kind *k = kind_get(q->kind);
    struct doc *d;
    struct record **rs = NULL;
    struct table *t;
    struct buf line = { 0 };
    size_t n = 0;

    char *title;

    if (desk_list(a, q, 0, -1, &rs, &n, e) < 0)
        return NULL;
    d = doc_new((size_t)a->cfg.page_width);
    title = xasprintf(_("List: %s"), _(k->plural));
    doc_title(d, title);
    free(title);
    /* what the list holds: filter and order */
    buf_printf(&line, P_("%zu record", "%zu records", n), n);
    if (q->status != NULL)
        buf_printf(&line, _("; status %s"), kind_status_label(k, q->status));
    if (q->search != NULL && *q->search != '\0')
        buf_printf(&line, _("; matching \"%s\""), q->search);
    if (q->archived)
        buf_add(&line, _("; archived records included"));
    buf_printf(&line, _("; sorted by %s, %s."),
               q->sort >= 0 ? _(k->fields[q->sort].list_label ? k->fields[q->sort].list_label
                                                            : k->fields[q->sort].label)
                            : _("number"),
               q->descending ? _("descending") : _("ascending"));
    doc_para(d, "", 0, line.s);
    buf_fini(&line);
    doc_gap(d);

    t = record_table(k, rs, n, 0);
    doc_table_take(d, &t);
    record_list_free(rs, n);
    return d;
}

char *summary_list(struct app *a, const struct query *q, char **title, struct ird_err *e)
{
    return as_text(summary_list_doc(a, q, e), title);
}

/* ---- the portfolio ------------------------------------------------------- */

static int part_changes(struct app *a, struct doc *d, int number, int days, struct ird_err *e)
{
    struct hist *h = NULL;
    size_t n = 0, i;
    char today[16], since[16];
    char *head;

    app_today(a, today);
    {
        /* days back from today, through the C library's own calendar */
        int y = 0, m = 1, dd = 1;
        struct tm tm;
        time_t tt;
        sscanf(today, "%d-%d-%d", &y, &m, &dd);
        memset(&tm, 0, sizeof tm);
        tm.tm_year = y - 1900;
        tm.tm_mon = m - 1;
        tm.tm_mday = dd - days;
        tm.tm_hour = 12;
        tt = mktime(&tm);
        strftime(since, sizeof since, "%Y-%m-%d", localtime(&tt));
    }
    head = xasprintf(P_("Changes of the last %d day", "Changes of the last %d days", days), days);
    {
        char *h2 = xasprintf("%d. %s", number, head);
        doc_heading(d, h2, '=');
        free(h2);
    }
    free(head);
    if (desk_changes(a, since, 500, &h, &n, e) < 0)
        return -1;
    if (n == 0)
        doc_line(d, _("None."));
    for (i = 0; i < n; i++) {
        struct record *r = NULL;
        char *line, *what = desk_hist_text(kind_get(h[i].kind), &h[i]);
        char day[16], at[WHEN_MAX];
        if (desk_get(a, h[i].kind, h[i].record_id, &r, NULL) == 0)
            line = xasprintf("%s %lld · %s", _(kind_get(h[i].kind)->label),
                             (long long)h[i].record_id, record_title(r));
        else
            line = xasprintf("%s %lld", _(kind_get(h[i].kind)->label), (long long)h[i].record_id);
        /* the date on paper: the time of day does not matter there */
        snprintf(day, sizeof day, "%.10s  ", when_local(h[i].at, at));
        doc_para(d, day, 12, line);
        doc_para(d, "", 12, what);
        free(line);
        free(what);
        record_free(&r);
    }
    hist_list_free(h, n);
    return 0;
}

/* Kind k's part of the portfolio, numbered. */
static int kind_part(struct app *a, struct doc *d, const struct kind *k, int number,
                     struct report_pics *pics, struct ird_err *e)
{
    struct query q = { k->id, NULL, NULL, -1, 0, 0 };
    struct record **rs = NULL;
    size_t n = 0;
    char today[16];
    int rc;

    if (desk_list(a, &q, 0, -1, &rs, &n, e) < 0)
        return -1;
    app_today(a, today);
    rc = report_kind_part(a, d, k, number, rs, n, today, a->cfg.horizon, e);
    if (rc == 0)
        rc = report_pics_add(pics, k, rs, n, e);
    record_list_free(rs, n);
    return rc;
}

struct doc *summary_portfolio_doc(struct app *a, int days, struct ird_err *e)
{
    struct doc *d = doc_new((size_t)a->cfg.page_width);
    struct report_pics pics;
    char today[16];
    int k, number = 1, rc = 0;

    /* every part from one snapshot of the database */
    if (desk_read_begin(a, e) < 0) {
        doc_free(&d);
        return NULL;
    }
    app_today(a, today);
    report_pics_init(&pics, a, today);
    doc_title(d, _("Portfolio report"));
    for (k = 0; k < kind_count() && rc == 0; k++)
        if (kind_get((enum kind_id)k)->portfolio != NULL)
            rc = kind_part(a, d, kind_get((enum kind_id)k), number++, &pics, e);
    /* the pictures after the parts they sum up, before the changes */
    if (rc == 0) {
        doc_blank(d);
        report_pics_take(&pics, d);
    }
    report_pics_fini(&pics);
    if (rc < 0 || part_changes(a, d, number, days, e) < 0)
        doc_free(&d);
    desk_read_end(a);
    return d;
}

char *summary_portfolio(struct app *a, int days, char **title, struct ird_err *e)
{
    return as_text(summary_portfolio_doc(a, days, e), title);
}

/* ---- pages ------------------------------------------------------------- */

/* left and right on one line of width cells (left cut when needed). */
static void header_line(struct buf *b, const char *left, const char *right, size_t width)
{
    size_t rw = text_width(right), lw;
    char *l;

    lw = width > rw + 1 ? width - rw - 1 : 0;
    l = text_fit(left, lw, 1);
    buf_printf(b, "%s %s\n", l, right);
    free(l);
}

char *summary_paginate(const char *title, const char *date, const char *body, int width,
                       int length, int *pages)
{
    struct buf out = { 0 };
    const char *p;
    size_t lines = 0, per, total, page, i;
    int header = 4; /* two header lines, a rule, a blank line */

    for (p = body; *p != '\0'; p++)
        lines += *p == '\n';
    if (*body != '\0' && body[strlen(body) - 1] != '\n')
        lines++;
    per = length > header + 1 ? (size_t)(length - header) : 1;
    total = lines == 0 ? 1 : (lines + per - 1) / per;
    *pages = (int)total;
    p = body;
    for (page = 1; page <= total; page++) {
        char *right = xasprintf(_("page %zu of %zu"), page, total);
        if (page > 1)
            buf_add(&out, "\f");
        header_line(&out, _("City of Ghent — International Relations and Networks"), date,
                    (size_t)width);
        header_line(&out, title, right, (size_t)width);
        for (i = 0; i < (size_t)width; i++)
            buf_add(&out, "-");
        buf_add(&out, "\n\n");
        free(right);
        for (i = 0; i < per && *p != '\0'; i++) {
            const char *nl = strchr(p, '\n');
            size_t len = nl ? (size_t)(nl - p) : strlen(p);
            char *line = xstrndup(p, len), *fit = text_fit(line, (size_t)width, 0);
            buf_add(&out, fit);
            buf_add(&out, "\n");
            free(fit);
            free(line);
            p += len + (nl ? 1 : 0);
        }
    }
    return buf_take(&out);
}
