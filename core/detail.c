#include "core/detail.h"

#include <stdlib.h>
#include <string.h>

#include "core/agenda.h"
#include "core/app.h"
#include "core/attach.h"
#include "core/desk.h"
#include "core/doc.h"
#include "core/extra.h"
#include "core/journal.h"
#include "core/workflow.h"
#include "lib/mem.h"
#include "model/record.h"
#include "model/saved.h"
#include "lib/text.h"
#include "lib/when.h"
#include "i18n/i18n.h"
#include "model/twin.h"

static struct dline *push(struct detail *d, enum dline_type t, const char *label,
                          const char *text)
{
    struct dline *l;

    d->lines = xrealloc(d->lines, (d->n + 1) * sizeof *d->lines);
    l = &d->lines[d->n++];
    memset(l, 0, sizeof *l);
    l->type = t;
    l->label = xstrdup(label);
    l->text = xstrdup(text ? text : "");
    return l;
}

char *detail_link_text(enum kind_id k, int64_t id, const char *title, const char *status)
{
    const struct kind *lk = kind_get(k);

    return xasprintf("%s %lld · %s (%s)", _(lk->label), (long long)id, title ? title : "",
                     kind_status_label(lk, status));
}

/* A field with a twin: the current language's line first, its text or
 * the other language's marked; then the other language's own value. */
static void add_twins(struct detail *d, int i, int tw)
{
    const struct record *r = d->rec;
    const struct field *fs = r->kind->fields;
    int nl = fs[i].alt >= 0 ? i : tw, en = nl == i ? tw : i;
    int cur = i18n_lang() == LANG_EN ? en : nl, other = cur == nl ? en : nl;
    char *text = twin_text(r->val[nl], r->val[en]);

    push(d, DL_FIELD, _(fs[cur].label), *text != '\0' ? text : "—");
    push(d, DL_FIELD, _(fs[other].label), r->val[other] != NULL ? r->val[other] : "—");
    free(text);
}

static void add_fields(struct detail *d)
{
    const struct record *r = d->rec;
    const struct kind *k = r->kind;
    int i;

    for (i = 0; i < k->nfields; i++) {
        const char *v = r->val[i];
        int tw = twin_of(k->fields, k->nfields, i);
        if (tw >= 0 && tw > i)
            add_twins(d, i, tw);
        else if (tw < 0)
            push(d, DL_FIELD, _(k->fields[i].label),
                 v == NULL ? "—" : record_value_text(r, i, v));
    }
    push(d, DL_FIELD, C_("field", "Status"), kind_status_label(k, r->status));
    if (r->archived)
        push(d, DL_FIELD, _("Archived"), _("Yes"));
}

static void add_links(struct detail *d, const struct link_ref *l, size_t n)
{
    size_t i;

    if (n > 0)
        push(d, DL_SECTION, NULL, _("Linked records"));
    for (i = 0; i < n; i++) {
        char *title = twin_text(l[i].title_nl, l[i].title_en);
        char *t = detail_link_text(l[i].kind, l[i].id, title, l[i].status);
        struct dline *dl = push(d, DL_LINK, NULL, t);
        dl->kind = l[i].kind;
        dl->id = l[i].id;
        free(t);
        free(title);
        if (l[i].note != NULL || l[i].note_en != NULL) {
            /* why they are linked, in the link's own words */
            char *note = twin_text(l[i].note, l[i].note_en);
            push(d, DL_NOTE, NULL, note);
            free(note);
        }
    }
}

/* The files attached to the record, numbered as attach_pick takes them. */
static int add_files(struct app *a, struct detail *d, struct ird_err *e)
{
    struct attachment *f = NULL;
    size_t n = 0, i;

    if (desk_attachments(a, d->rec->kind->id, d->rec->id, 0, &f, &n, e) < 0)
        return -1;
    if (n > 0)
        push(d, DL_SECTION, NULL, _("Attached files"));
    for (i = 0; i < n; i++) {
        char *t = attach_line(&f[i], i + 1);
        struct dline *dl = push(d, DL_FILE, NULL, t);
        dl->kind = d->rec->kind->id;
        dl->id = f[i].id;
        free(t);
    }
    attachment_list_free(f, n);
    return 0;
}

static int add_extras(struct app *a, struct detail *d, struct ird_err *e)
{
    const struct kind *k = d->rec->kind;
    struct extra *x = NULL;
    size_t n = 0, i;

    if (k->extras == 0)
        return 0;
    if (desk_extras(a, k->id, d->rec->id, &x, &n, e) < 0)
        return -1;
    if (n > 0 && k->extra_heading != NULL)
        push(d, DL_SECTION, NULL, _(k->extra_heading));
    for (i = 0; i < n; i++) {
        /* a note the line before has too (one basis for all four top
         * priorities) is said once */
        int again = i > 0 && x[i].note != NULL && x[i - 1].note != NULL &&
                    strcmp(x[i].note, x[i - 1].note) == 0;
        char *t = again ? extra_title(&x[i]) : extra_text(&x[i]);
        push(d, DL_EXTRA, NULL, t);
        free(t);
    }
    extra_list_free(x, n);
    return 0;
}

/* The record's notes journal, newest first (none: no section). */
static int add_notes(struct app *a, struct detail *d, struct ird_err *e)
{
    struct note *nt = NULL;
    size_t n = 0, i;

    if (desk_notes(a, d->rec->kind->id, d->rec->id, &nt, &n, e) < 0)
        return -1;
    if (n > 0)
        push(d, DL_SECTION, NULL, _("Journal"));
    for (i = 0; i < n; i++) {
        char *when = journal_heading(nt[i].at, nt[i].user);
        push(d, DL_HIST, when, nt[i].body);
        free(when);
    }
    note_list_free(nt, n);
    return 0;
}

/* One decision: "date, body: text", then whether it was carried out. */
static void add_decision(struct detail *d, const struct decision *x)
{
    char *t = workflow_decision_text(x), *done;

    push(d, DL_EXTRA, NULL, t);
    free(t);
    if (x->done != NULL)
        done = xasprintf(_("Carried out on %s (%s)."), x->done,
                         x->done_source != NULL ? x->done_source : "");
    else
        done = xstrdup(_("Not reported as carried out."));
    push(d, DL_NOTE, NULL, done);
    free(done);
    t = xasprintf(_("Source: %s"), x->source != NULL ? x->source : "—");
    push(d, DL_NOTE, NULL, t);
    free(t);
}

/* The decision log: the current decision, then the earlier ones. */
static int add_decisions(struct app *a, struct detail *d, struct ird_err *e)
{
    const struct kind *k = d->rec->kind;
    struct decision *x = NULL;
    size_t n = 0, i;

    if (!k->decisions)
        return 0;
    if (desk_decisions(a, k->id, d->rec->id, &x, &n, e) < 0)
        return -1;
    if (n > 0 && x[0].done == NULL) {
        char *t = workflow_decision_text(&x[0]);
        push(d, DL_FIELD, _("Decision pending"), t);
        free(t);
    }
    push(d, DL_SECTION, NULL, _("Current decision"));
    if (n == 0)
        push(d, DL_NOTE, NULL, _("No decision recorded."));
    for (i = 0; i < n; i++) {
        if (i == 1)
            push(d, DL_SECTION, NULL, _("Earlier decisions"));
        add_decision(d, &x[i]);
    }
    decision_list_free(x, n);
    return 0;
}

static int add_history(struct app *a, struct detail *d, long limit, struct ird_err *e)
{
    struct hist *h = NULL;
    size_t n = 0, i;
    long want = limit < 0 ? -1 : limit + 1;

    if (desk_history(a, d->rec->kind->id, d->rec->id, 0, want, &h, &n, e) < 0)
        return -1;
    push(d, DL_SECTION, NULL, _("History"));
    if (n == 0)
        push(d, DL_NOTE, NULL, _("No history yet."));
    for (i = 0; i < n && (limit < 0 || (long)i < limit); i++) {
        char at[WHEN_MAX];
        char *when = xasprintf("%s  %s", when_local(h[i].at, at), h[i].user);
        char *what = desk_hist_text(d->rec->kind, &h[i]);
        push(d, DL_HIST, when, what);
        free(when);
        free(what);
    }
    if (limit >= 0 && (long)n > limit) {
        d->hist_more = 1;
        push(d, DL_NOTE, NULL, _("Older history is not shown here."));
    }
    hist_list_free(h, n);
    return 0;
}

/* A partner's last contact (a visit or meeting linked to it that took
 * place), and attention when there has been none for the configured
 * months (contact_dormant): a dormant partnership shows without anyone
 * looking for it. */
static int add_contact(struct app *a, struct detail *d, const struct link_ref *l, size_t n,
                       struct ird_err *e)
{
    char today[16], last[AGENDA_DAY_LEN], *text;
    int months;

    if (!d->rec->kind->contacts)
        return 0;
    app_today(a, today);
    if (agenda_last_contact_in(a, l, n, today, last, e) < 0)
        return -1;
    /* L10N: the detail's line with the day of the last visit or meeting */
    push(d, DL_FIELD, _("Last contact"), *last != '\0' ? last : "—");
    months = (atoi(today) - atoi(last)) * 12 + atoi(today + 5) - atoi(last + 5);
    if (*last != '\0' && months <= a->cfg.dormant)
        return 0;
    text = *last != '\0'
               ? xasprintf(P_("No contact for more than %d month: the partnership may be dormant.",
                              "No contact for more than %d months: the partnership may be dormant.",
                              a->cfg.dormant),
                           a->cfg.dormant)
               : xstrdup(_("No dated visit or meeting is recorded with it: when was the last contact?"));
    push(d, DL_NOTE, NULL, text);
    free(text);
    return 0;
}

struct detail *detail_new(struct record *r)
{
    struct detail *d = xcalloc(1, sizeof *d);
    char *title;

    d->rec = r;
    title = xasprintf("%s %lld · %s", _(r->kind->label), (long long)r->id, record_title(r));
    push(d, DL_TITLE, NULL, title);
    free(title);
    add_fields(d);
    return d;
}

int detail_build(struct app *a, enum kind_id k, int64_t id, long hist_limit,
                 struct detail **out, struct ird_err *e)
{
    struct detail *d = NULL;
    struct record *r = NULL;
    struct link_ref *l = NULL;
    size_t nl = 0;
    int rc = -1;

    *out = NULL;
    if (desk_get(a, k, id, &r, e) < 0)
        return -1;
    d = detail_new(r);
    /* the links once: the last contact is found among them */
    if (desk_links(a, k, id, &l, &nl, e) < 0)
        goto out;
    if (add_contact(a, d, l, nl, e) < 0 || add_decisions(a, d, e) < 0 ||
        add_extras(a, d, e) < 0)
        goto out;
    add_links(d, l, nl);
    if (add_files(a, d, e) < 0 ||
        add_notes(a, d, e) < 0 ||
        add_history(a, d, hist_limit, e) < 0)
        goto out;
    *out = d;
    d = NULL;
    rc = 0;
out:
    link_list_free(l, nl);
    detail_free(&d);
    return rc;
}

void detail_free(struct detail **pd)
{
    struct detail *d;
    size_t i;

    if (pd == NULL || *pd == NULL)
        return;
    d = *pd;
    for (i = 0; i < d->n; i++) {
        free(d->lines[i].label);
        free(d->lines[i].text);
    }
    free(d->lines);
    record_free(&d->rec);
    free(d);
    *pd = NULL;
}

void detail_doc(const struct detail *d, struct doc *out)
{
    size_t lw = 0, hw = 0, i;

    for (i = 0; i < d->n; i++) {
        size_t w = d->lines[i].label ? text_width(d->lines[i].label) : 0;
        if (d->lines[i].type == DL_FIELD)
            lw = w > lw ? w : lw;
        else if (d->lines[i].type == DL_HIST)
            hw = w > hw ? w : hw;
    }
    if (lw > 34)
        lw = 34;
    for (i = 0; i < d->n; i++) {
        const struct dline *l = &d->lines[i];
        size_t w = l->type == DL_FIELD ? lw : hw;
        switch (l->type) {
        case DL_TITLE:
            doc_para_at(out, DOC_TITLE, "", 0, 0, 0, 2, l->text)->room = out->width;
            break;
        case DL_SECTION:
            doc_heading(out, l->text, 0);
            break;
        case DL_FIELD:
        case DL_HIST:
            /* label padded to its column, the text wrapped beside it */
            doc_para_at(out, DOC_LABEL, l->label, 2, w, 2, w + 4, l->text);
            break;
        default:
            doc_para_at(out, DOC_PLAIN, "", 2, 0, 0, 4, l->text);
            break;
        }
    }
}

char *detail_render(const struct detail *d, size_t width)
{
    struct doc *doc = doc_new(width);
    char *s;

    detail_doc(d, doc);
    s = doc_text(doc);
    doc_free(&doc);
    return s;
}
