#include "core/summary.h"

#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/detail.h"
#include "core/extra.h"
#include "lib/mem.h"
#include "model/record.h"
#include "lib/table.h"
#include "lib/text.h"
#include "db/store.h"
#include "i18n/i18n.h"

/* A document being written for paper: lines no wider than width. */
struct doc {
    struct buf b;
    size_t width;
};

static void doc_line(struct doc *d, const char *s)
{
    char *f = text_fit(s, d->width, 0);

    buf_add(&d->b, f);
    buf_add(&d->b, "\n");
    free(f);
}

static void doc_blank(struct doc *d)
{
    if (d->b.len > 0 && !(d->b.len >= 2 && d->b.s[d->b.len - 2] == '\n'))
        buf_add(&d->b, "\n");
}

/* A heading underlined with c. */
static void doc_heading(struct doc *d, const char *s, char c)
{
    size_t w = text_width(s), i;

    doc_blank(d);
    doc_line(d, s);
    for (i = 0; i < w && i < d->width; i++)
        buf_addn(&d->b, &c, 1);
    buf_add(&d->b, "\n");
}

/* Text wrapped at word boundaries, the first line after 'first', the
 * others indented by 'indent' cells. */
static void doc_para(struct doc *d, const char *first, size_t indent, const char *text)
{
    size_t fw = text_width(first), room = d->width > indent + 10 ? d->width - indent : 10;
    size_t n = 0, i;
    char **lines;

    if (fw > indent)
        indent = fw;
    room = d->width > indent + 10 ? d->width - indent : 10;
    lines = text_wrap(text, room, &n);
    for (i = 0; i < n; i++) {
        if (i == 0) {
            char *pad = text_fit(first, indent, 1);
            buf_add(&d->b, pad);
            free(pad);
        } else {
            size_t j;
            for (j = 0; j < indent; j++)
                buf_add(&d->b, " ");
        }
        buf_add(&d->b, lines[i]);
        buf_add(&d->b, "\n");
    }
    text_lines_free(lines, n);
}

static void doc_table(struct doc *d, const struct table *t)
{
    char *s = table_render(t, d->width);

    buf_add(&d->b, s);
    free(s);
}

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

/* The last day a date as precise as known can mean: "2019" -> "2019-12-31". */
static void date_upper(const char *d, char out[16])
{
    if (strlen(d) == 4)
        snprintf(out, 16, "%s-12-31", d);
    else if (strlen(d) == 7)
        snprintf(out, 16, "%s-31", d);
    else
        snprintf(out, 16, "%.10s", d);
}

char *summary_attention(const struct record *r, const char *today, int months)
{
    const struct kind *k = r->kind;
    struct buf b = { 0 };
    char horizon[16], upper[16];
    int f;

    summary_add_months(today, months, horizon);
    if (k->id == KIND_AGREEMENT) {
        const char *ends = record_get(r, kind_field(k, "ends"));
        int live = strcmp(r->status, "in_force") == 0 || strcmp(r->status, "renewed") == 0 ||
                   strcmp(r->status, "under_evaluation") == 0;
        if (live && ends != NULL) {
            date_upper(ends, upper);
            if (strcmp(upper, today) < 0)
                buf_printf(&b, _("Its end date (%s) has passed, but it is still %s.\n"), ends,
                           kind_status_label(k, r->status));
            else if (strcmp(upper, horizon) <= 0)
                buf_printf(&b,
                           P_("Due for evaluation: it ends on %s, within %d month.\n",
                              "Due for evaluation: it ends on %s, within %d months.\n", months),
                           ends, months);
        }
        f = kind_field(k, "human_rights");
        if (live && record_get(r, f) != NULL && strcmp(record_get(r, f), "0") == 0)
            buf_add(&b, _("It has no human-rights clause, which the policy note asks of "
                          "agreements.\n"));
    } else if (k->id == KIND_NETWORK) {
        const char *rev = record_get(r, kind_field(k, "next_review"));
        if (rev != NULL && strcmp(r->status, "left") != 0) {
            date_upper(rev, upper);
            if (strcmp(upper, today) < 0)
                buf_printf(&b, _("The membership evaluation is overdue (due %s).\n"), rev);
            else if (strcmp(upper, horizon) <= 0)
                buf_printf(&b, _("The membership evaluation is due on %s.\n"), rev);
        }
    }
    return buf_take(&b);
}

/* ---- the dossier ------------------------------------------------------- */

char *summary_dossier(struct app *a, enum kind_id k, int64_t id, char **title,
                      struct ird_err *e)
{
    struct doc d = { { 0 }, (size_t)a->cfg.page_width };
    struct detail *det = NULL;
    char today[16], *att, *body;

    *title = NULL;
    if (detail_build(a, k, id, -1, &det, e) < 0)
        return NULL;
    app_today(a, today);
    *title = xasprintf(_("Dossier: %s %lld"), _(kind_get(k)->label), (long long)id);
    att = summary_attention(det->rec, today, a->cfg.horizon);
    if (*att != '\0') {
        size_t n = 0, i;
        char **lines;
        doc_heading(&d, _("Needs attention"), '-');
        lines = text_wrap(att, d.width - 2, &n);
        for (i = 0; i < n; i++)
            if (*lines[i] != '\0')
                doc_para(&d, "! ", 2, lines[i]);
        text_lines_free(lines, n);
        buf_add(&d.b, "\n");
    }
    free(att);
    body = detail_render(det, d.width);
    buf_add(&d.b, body);
    free(body);
    detail_free(&det);
    return buf_take(&d.b);
}

/* ---- a list ------------------------------------------------------------ */

char *summary_list(struct app *a, const struct query *q, char **title, struct ird_err *e)
{
    const struct kind *k = kind_get(q->kind);
    struct doc d = { { 0 }, (size_t)a->cfg.page_width };
    struct record **rs = NULL;
    struct table *t;
    struct buf line = { 0 };
    size_t n = 0;

    *title = NULL;
    if (desk_list(a, q, 0, -1, &rs, &n, e) < 0)
        return NULL;
    *title = xasprintf(_("List: %s"), _(k->plural));
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
    doc_para(&d, "", 0, line.s);
    buf_fini(&line);
    buf_add(&d.b, "\n");

    t = record_table(k, rs, n, 0);
    doc_table(&d, t);
    table_free(&t);
    record_list_free(rs, n);
    return buf_take(&d.b);
}

/* ---- the portfolio ------------------------------------------------------- */

static int list_all(struct app *a, enum kind_id k, const char *status, struct record ***rs,
                    size_t *n, struct ird_err *e)
{
    struct query q = { k, status, NULL, -1, 0, 0 };

    return desk_list(a, &q, 0, -1, rs, n, e);
}

static const char *value(const struct record *r, const char *field)
{
    int i = kind_field(r->kind, field);

    return i >= 0 ? record_shown(r, i) : "";
}

static int part_partnerships(struct app *a, struct doc *d, struct ird_err *e)
{
    static const struct {
        const char *code, *heading;
    } rel[] = { { "sister", N_("Sister cities") }, { "partner", N_("Partner cities") } };
    const struct kind *k = kind_get(KIND_CITY);
    struct record **rs = NULL;
    size_t n = 0, i, j;
    int kept = 0, rc = -1;

    if (list_all(a, KIND_CITY, NULL, &rs, &n, e) < 0)
        return -1;
    doc_heading(d, _("1. Partnerships"), '=');
    for (i = 0; i < n; i++)
        kept += strcmp(rs[i]->status, "active") == 0;
    {
        char *s = xasprintf(P_("%d of %zu partnerships is active.",
                               "%d of %zu partnerships are active.", (unsigned long)n),
                            kept, n);
        doc_para(d, "", 0, s);
        free(s);
    }
    for (j = 0; j < 2; j++) {
        doc_heading(d, _(rel[j].heading), '-');
        for (i = 0; i < n; i++) {
            const struct record *r = rs[i];
            const char *relation = record_get(r, kind_field(k, "relation"));
            const char *decision = record_get(r, kind_field(k, "decision"));
            char *head;
            if (relation == NULL || strcmp(relation, rel[j].code) != 0)
                continue;
            head = xasprintf("%s (%s%s%s) — %s", record_title(r), value(r, "country_nl"),
                             *value(r, "since") ? ", " : "", *value(r, "since")
                                 ? value(r, "since") : "",
                             kind_status_label(k, r->status));
            doc_para(d, "", 0, head);
            free(head);
            if (decision != NULL) {
                char *lab = xasprintf("  %s: ", _("Decision"));
                doc_para(d, lab, text_width(lab), decision);
                free(lab);
            }
        }
    }
    rc = 0;
    record_list_free(rs, n);
    return rc;
}

static int part_agreements(struct app *a, struct doc *d, struct ird_err *e)
{
    const struct kind *k = kind_get(KIND_AGREEMENT);
    struct record **rs = NULL;
    size_t n = 0, i, due = 0, live = 0;
    char today[16];
    struct table *t;

    if (list_all(a, KIND_AGREEMENT, NULL, &rs, &n, e) < 0)
        return -1;
    app_today(a, today);
    doc_heading(d, _("2. Agreements"), '=');
    doc_heading(d, _("In force"), '-');
    t = table_new(4);
    table_column(t, 0, "#", 0, 1);
    table_column(t, 1, _("Title"), 0, 0);
    table_column(t, 2, _("City"), 16, 0);
    table_column(t, 3, _("Ends"), 0, 0);
    for (i = 0; i < n; i++) {
        const char *cells[4];
        char id[24];
        if (strcmp(rs[i]->status, "in_force") != 0 && strcmp(rs[i]->status, "renewed") != 0)
            continue;
        snprintf(id, sizeof id, "%lld", (long long)rs[i]->id);
        cells[0] = id;
        cells[1] = record_title(rs[i]);
        cells[2] = value(rs[i], "city_id");
        cells[3] = *value(rs[i], "ends") ? value(rs[i], "ends") : "—";
        table_add(t, cells);
        live++;
    }
    if (live > 0)
        doc_table(d, t);
    else
        doc_line(d, _("None."));
    table_free(&t);
    {
        char *h = xasprintf(P_("Ending or due for evaluation in the next %d month",
                               "Ending or due for evaluation in the next %d months",
                               a->cfg.horizon),
                            a->cfg.horizon);
        doc_heading(d, h, '-');
        free(h);
    }
    for (i = 0; i < n; i++) {
        char *att = summary_attention(rs[i], today, a->cfg.horizon);
        if (*att != '\0') {
            char *head = xasprintf("%s %lld · %s", _(k->label), (long long)rs[i]->id,
                                   record_title(rs[i]));
            size_t m = 0, j;
            char **lines = text_wrap(att, d->width - 4, &m);
            doc_para(d, "", 0, head);
            for (j = 0; j < m; j++)
                if (*lines[j] != '\0')
                    doc_para(d, "  ! ", 4, lines[j]);
            text_lines_free(lines, m);
            free(head);
            due++;
        }
        free(att);
    }
    if (due == 0)
        doc_line(d, _("None."));
    record_list_free(rs, n);
    return 0;
}

static int part_networks(struct app *a, struct doc *d, struct ird_err *e)
{
    struct record **rs = NULL;
    size_t n = 0, i, j;
    char today[16], *stated = NULL;
    int year;

    if (list_all(a, KIND_NETWORK, "member", &rs, &n, e) < 0)
        return -1;
    app_today(a, today);
    year = atoi(today);
    doc_heading(d, _("3. Networks"), '=');
    store_meta(a->store, "networks_stated_total", &stated, NULL);
    {
        char *s = stated != NULL
                      ? xasprintf(P_("Ghent is a member of %zu network recorded here (the policy "
                                     "note speaks of about %s).",
                                     "Ghent is a member of %zu networks recorded here (the "
                                     "policy note speaks of about %s).",
                                     (unsigned long)n),
                                  n, stated)
                      : xasprintf(P_("Ghent is a member of %zu network recorded here.",
                                     "Ghent is a member of %zu networks recorded here.",
                                     (unsigned long)n),
                                  n);
        doc_para(d, "", 0, s);
        free(s);
    }
    free(stated);
    doc_heading(d, _("Ghent's current roles"), '-');
    {
        int any = 0;
        for (i = 0; i < n; i++) {
            struct extra *x = NULL;
            size_t m = 0;
            if (desk_extras(a, KIND_NETWORK, rs[i]->id, &x, &m, e) < 0) {
                record_list_free(rs, n);
                return -1;
            }
            for (j = 0; j < m; j++) {
                char *lab, *role;
                if (x[j].to_year != 0 && x[j].to_year < year)
                    continue;
                lab = xasprintf("%s: ", record_title(rs[i]));
                role = extra_text(&x[j]);
                doc_para(d, lab, 4, role);
                free(lab);
                free(role);
                any = 1;
            }
            extra_list_free(x, m);
        }
        if (!any)
            doc_line(d, _("None."));
    }
    doc_heading(d, _("Memberships"), '-');
    for (i = 0; i < n; i++) {
        char *s = xasprintf("%s%s%s", record_title(rs[i]), *value(rs[i], "since") ? ", " : "",
                            *value(rs[i], "since") ? value(rs[i], "since") : "");
        doc_para(d, "- ", 2, s);
        free(s);
    }
    record_list_free(rs, n);
    return 0;
}

/* "3 planned, 1 in progress" for the statuses counted in cnt[]. */
static char *status_counts(const struct kind *k, const long *cnt)
{
    struct buf b = { 0 };
    int s;

    for (s = 0; k->statuses[s].code != NULL; s++)
        if (cnt[s] > 0)
            buf_printf(&b, "%s%ld %s", b.len ? ", " : "", cnt[s], _(k->statuses[s].label));
    if (b.len == 0)
        buf_add(&b, _("none"));
    return buf_take(&b);
}

static int status_index(const struct kind *k, const char *code)
{
    int s;

    for (s = 0; k->statuses[s].code != NULL; s++)
        if (code != NULL && strcmp(k->statuses[s].code, code) == 0)
            return s;
    return -1;
}

static int part_initiatives(struct app *a, struct doc *d, struct ird_err *e)
{
    const struct kind *k = kind_get(KIND_INITIATIVE);
    struct record **rs = NULL;
    struct chapter *ch = NULL;
    struct prio_count *pc = NULL;
    size_t n = 0, nch = 0, npc = 0, i, c;
    long total[16] = { 0 };
    int chapter_f = kind_field(k, "chapter"), number_f = kind_field(k, "number");
    char *s;

    if (list_all(a, KIND_INITIATIVE, NULL, &rs, &n, e) < 0)
        return -1;
    if (store_chapters(a->store, &ch, &nch, e) < 0 ||
        store_priority_counts(a->store, &pc, &npc, e) < 0) {
        record_list_free(rs, n);
        chapter_list_free(ch, nch);
        return -1;
    }
    doc_heading(d, _("4. Initiatives of the policy note"), '=');
    for (i = 0; i < n; i++) {
        int si = status_index(k, rs[i]->status);
        if (si >= 0)
            total[si]++;
    }
    s = status_counts(k, total);
    {
        char *line = xasprintf(P_("%zu initiative: %s.", "%zu initiatives: %s.",
                                  (unsigned long)n),
                               n, s);
        doc_para(d, "", 0, line);
        free(line);
    }
    free(s);
    for (c = 0; c <= nch; c++) {
        long cnt[16] = { 0 };
        int number = c < nch ? ch[c].number : -1, any = 0;
        /* initiatives of this chapter (the last round: those of no known chapter) */
        for (i = 0; i < n; i++) {
            const char *v = record_get(rs[i], chapter_f);
            int in = v != NULL && atoi(v) == number;
            size_t x;
            if (c == nch) {
                in = 1;
                for (x = 0; x < nch; x++)
                    if (v != NULL && atoi(v) == ch[x].number)
                        in = 0;
            }
            if (!in)
                continue;
            if (!any) {
                char *h = c < nch ? xasprintf(_("Chapter %d: %s"), ch[c].number,
                                              i18n_lang() == LANG_EN ? ch[c].title_en
                                                                     : ch[c].title_nl)
                                  : xstrdup(_("Without a chapter"));
                doc_heading(d, h, '-');
                free(h);
                any = 1;
            }
            {
                int si = status_index(k, rs[i]->status);
                char *lab = xasprintf("%3s. ", record_get(rs[i], number_f) ? record_get(rs[i], number_f) : "");
                char *text = xasprintf("%s [%s]", record_title(rs[i]),
                                       kind_status_label(k, rs[i]->status));
                if (si >= 0)
                    cnt[si]++;
                doc_para(d, lab, 5, text);
                free(lab);
                free(text);
            }
        }
        if (any) {
            char *sc = status_counts(k, cnt), *line = xasprintf(_("In this chapter: %s."), sc);
            doc_para(d, "     ", 5, line);
            free(sc);
            free(line);
        }
    }
    doc_heading(d, _("By top priority"), '-');
    for (i = 0; i < npc;) {
        long cnt[16] = { 0 };
        size_t j = i;
        char *sc, *lab;
        while (j < npc && pc[j].priority == pc[i].priority) {
            int si = status_index(k, pc[j].status);
            if (si >= 0)
                cnt[si] += pc[j].count;
            j++;
        }
        sc = status_counts(k, cnt);
        lab = xasprintf("%s: %s", i18n_lang() == LANG_EN ? pc[i].name_en : pc[i].name_nl, sc);
        doc_para(d, "- ", 2, lab);
        free(sc);
        free(lab);
        i = j;
    }
    prio_count_list_free(pc, npc);
    chapter_list_free(ch, nch);
    record_list_free(rs, n);
    return 0;
}

static int part_changes(struct app *a, struct doc *d, int days, struct ird_err *e)
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
    head = xasprintf(P_("5. Changes of the last %d day", "5. Changes of the last %d days", days),
                     days);
    doc_heading(d, head, '=');
    free(head);
    if (store_changes(a->store, since, 500, &h, &n, e) < 0)
        return -1;
    if (n == 0)
        doc_line(d, _("None."));
    for (i = 0; i < n; i++) {
        struct record *r = NULL;
        char *line, *what = desk_hist_text(kind_get(h[i].kind), &h[i]);
        char day[16];
        if (desk_get(a, h[i].kind, h[i].record_id, &r, NULL) == 0)
            line = xasprintf("%s %lld · %s", _(kind_get(h[i].kind)->label),
                             (long long)h[i].record_id, record_title(r));
        else
            line = xasprintf("%s %lld", _(kind_get(h[i].kind)->label), (long long)h[i].record_id);
        /* the date on paper: the time of day does not matter there */
        snprintf(day, sizeof day, "%.10s  ", h[i].at);
        doc_para(d, day, 12, line);
        doc_para(d, "", 12, what);
        free(line);
        free(what);
        record_free(&r);
    }
    hist_list_free(h, n);
    return 0;
}

char *summary_portfolio(struct app *a, int days, char **title, struct ird_err *e)
{
    struct doc d = { { 0 }, (size_t)a->cfg.page_width };

    *title = xstrdup(_("Portfolio report"));
    if (part_partnerships(a, &d, e) < 0 || part_agreements(a, &d, e) < 0 ||
        part_networks(a, &d, e) < 0 || part_initiatives(a, &d, e) < 0 ||
        part_changes(a, &d, days, e) < 0) {
        buf_fini(&d.b);
        free(*title);
        *title = NULL;
        return NULL;
    }
    return buf_take(&d.b);
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
