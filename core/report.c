/* The portfolio's sections: one renderer per kind of section (enum
 * part_type); the kinds' descriptors say which sections they have. */
#include "core/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/desk.h"
#include "core/doc.h"
#include "core/extra.h"
#include "core/summary.h"
#include "core/workflow.h"
#include "lib/mem.h"
#include "lib/table.h"
#include "lib/text.h"
#include "model/kinds.h"
#include "model/record.h"
#include "model/side.h"
#include "model/twin.h"
#include "i18n/i18n.h"

/* What a section is written with. */
struct part_ctx {
    struct app *a;
    struct doc *d;
    const struct kind *k;
    struct record *const *rs;
    size_t n;
    const char *today;
    int horizon;
    int64_t *decided; /* the ids of the kind's records with a decision, ascending */
    size_t ndecided;
};

static int id_cmp(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;

    return (a > b) - (a < b);
}

/* 1 when record r has a decision: only then is its log read (a report of
 * 10,000 records of a kind asked each of them). */
static int has_decisions(const struct part_ctx *c, const struct record *r)
{
    return c->ndecided > 0 &&
           bsearch(&r->id, c->decided, c->ndecided, sizeof *c->decided, id_cmp) != NULL;
}

static const char *plural(const struct plural *p, unsigned long n)
{
    return p->many != NULL ? P_(p->one, p->many, n) : _(p->one);
}

/* 1 when the section p takes record r. */
static int takes(const struct part_ctx *c, const struct part *p, const struct record *r)
{
    const char *until = (p->flags & PART_RUNNING) ? record_get(r, p->field) : NULL;

    if (until != NULL && atoi(until) < atoi(c->today))
        return 0;
    return !(p->flags & PART_HELD_ONLY) || kind_status_is(c->k, r->status, S_HELD);
}

static size_t taken(const struct part_ctx *c, const struct part *p)
{
    size_t i, m = 0;

    for (i = 0; i < c->n; i++)
        m += takes(c, p, c->rs[i]);
    return m;
}

static void heading(const struct part_ctx *c, const struct part *p)
{
    if (p->heading != NULL)
        doc_heading(c->d, _(p->heading), '-');
}

static void para(const struct part_ctx *c, char *s)
{
    doc_para(c->d, "", 0, s);
    free(s);
}

static int part_share(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    size_t i;
    int held = 0;

    (void)e;
    for (i = 0; i < c->n; i++)
        held += kind_status_is(c->k, c->rs[i]->status, S_HELD);
    /* the verb goes with the number held: "1 of 12 partnerships is active" */
    para(c, doc_format(plural(&p->text, (unsigned long)held), held, c->n));
    return 0;
}

/* A meta text being looked for (desk_side_each over the meta table). */
struct meta_text {
    const char *key;
    char *text; /* in the shown language, or the other one marked */
};

static int meta_row(void *ctx, char *const *vals, struct ird_err *e)
{
    struct meta_text *m = ctx;

    (void)e;
    if (m->text == NULL && vals[0] != NULL && strcmp(vals[0], m->key) == 0)
        m->text = twin_text(vals[1], vals[2]);
    return 0;
}

static int part_count(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    size_t m = taken(c, p);
    char *stated = NULL;
    struct meta_text quote = { p->meta_text, NULL };

    if (c->a != NULL && p->meta != NULL)
        desk_meta(c->a, p->meta, &stated, NULL);
    if (stated != NULL)
        para(c, doc_format(plural(&p->stated, (unsigned long)m), m, stated));
    else
        para(c, doc_format(plural(&p->text, (unsigned long)m), m));
    free(stated);
    if (c->a != NULL && p->meta_text != NULL &&
        desk_side_each(c->a, side_get(SIDE_META), NULL, 0, meta_row, &quote, e) < 0)
        return -1;
    if (quote.text != NULL && *quote.text != '\0')
        /* L10N: the policy note's own words, quoted (translated in English) */
        para(c, xasprintf(_("The policy note: “%s”"), quote.text));
    free(quote.text);
    return 0;
}

/* The decisions pending on the records of a part, each text once with the
 * records it waits on (eleven cities share the decision of 2025). */
struct pending_set {
    char **text;       /* workflow_decision_text, owned */
    struct buf *names; /* the records' titles, ", " between */
    size_t n;
};

/* The pending decision of r as text (caller frees), or NULL. */
static char *pending_of(const struct part_ctx *c, const struct record *r)
{
    struct decision *d = NULL;
    size_t n = 0;
    char *t = NULL;

    if (c->a == NULL || !c->k->decisions || !has_decisions(c, r) ||
        desk_decisions(c->a, c->k->id, r->id, &d, &n, NULL) < 0)
        return NULL;
    if (n > 0 && d[0].done == NULL)
        t = workflow_decision_text(&d[0]);
    decision_list_free(d, n);
    return t;
}

/* Note r's pending decision t (taken over) in ps. */
static void pending_add(struct pending_set *ps, char *t, const struct record *r)
{
    size_t i;

    for (i = 0; i < ps->n && strcmp(ps->text[i], t) != 0; i++)
        ;
    if (i == ps->n) {
        ps->text = xrealloc(ps->text, (ps->n + 1) * sizeof *ps->text);
        ps->names = xrealloc(ps->names, (ps->n + 1) * sizeof *ps->names);
        ps->text[i] = t;
        memset(&ps->names[i], 0, sizeof ps->names[i]);
        ps->n++;
    } else {
        free(t);
    }
    buf_printf(&ps->names[i], "%s%s", ps->names[i].len ? ", " : "", record_title(r));
}

/* "Decisions pending": each text, then the records it waits on; frees ps. */
static void pending_flush(struct part_ctx *c, struct pending_set *ps)
{
    size_t i;

    if (ps->n > 0)
        doc_heading(c->d, _("Decisions pending"), '-');
    for (i = 0; i < ps->n; i++) {
        char *on = xasprintf(_("For: %s."), ps->names[i].s);
        doc_para(c->d, "- ", 2, ps->text[i]);
        doc_para(c->d, "  ", 2, on);
        free(on);
        free(ps->text[i]);
        buf_fini(&ps->names[i]);
    }
    free(ps->text);
    free(ps->names);
}

static int part_groups(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    const struct choice *g;
    struct pending_set ps = { NULL, NULL, 0 };
    size_t i;

    (void)e;
    for (g = p->groups; g->code != NULL; g++) {
        doc_heading(c->d, _(g->label), '-');
        for (i = 0; i < c->n; i++) {
            const struct record *r = c->rs[i];
            const char *v = record_get(r, p->field), *note = record_shown(r, p->note);
            const char *more = record_shown(r, p->shown[1]);
            char *t;
            if (!takes(c, p, r) || v == NULL || strcmp(v, g->code) != 0)
                continue;
            t = pending_of(c, r);
            para(c, xasprintf("%s (%s%s%s) — %s%s", record_title(r), record_shown(r, p->shown[0]),
                              *more ? ", " : "", more, kind_status_label(c->k, r->status),
                              /* L10N: after a record's status in the portfolio */
                              t != NULL ? _("; decision pending") : ""));
            if (*note != '\0') {
                char *lab = xasprintf("  %s: ", _(p->note_label));
                doc_para(c->d, lab, text_width(lab), note);
                free(lab);
            }
            if (t != NULL)
                pending_add(&ps, t, r);
        }
    }
    pending_flush(c, &ps);
    return 0;
}

static int part_table(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    struct table *t = table_new((size_t)p->ncols + 1);
    const char *cells[PART_COLS + 1];
    size_t i, rows = 0;
    int j;

    (void)e;
    heading(c, p);
    table_column(t, 0, "#", 0, 1);
    for (j = 0; j < p->ncols; j++) {
        const struct field *f = &c->k->fields[p->cols[j].field];
        table_column(t, (size_t)j + 1, _(f->list_label != NULL ? f->list_label : f->label),
                     (size_t)p->cols[j].max,
                     ftype_is(f->type, FTYPE_RIGHT));
    }
    for (i = 0; i < c->n; i++) {
        char id[24];
        if (!takes(c, p, c->rs[i]))
            continue;
        snprintf(id, sizeof id, "%lld", (long long)c->rs[i]->id);
        cells[0] = id;
        for (j = 0; j < p->ncols; j++) {
            const char *v = record_shown(c->rs[i], p->cols[j].field);
            cells[j + 1] = *v ? v : "—";
        }
        table_add(t, cells);
        rows++;
    }
    if (rows > 0)
        doc_table_take(c->d, &t);
    else
        doc_line(c->d, _("None."));
    table_free(&t);
    return 0;
}

/* A field the policy asks for (F_WANTED) left empty is not a lack found:
 * it is not known.  Say of how many live records, so that "None." above
 * is not read as "every one was assessed". */
static void unrecorded(struct part_ctx *c, const struct part *p)
{
    int f, j;

    for (f = 0; f < c->k->nfields; f++) {
        const struct field *fd = &c->k->fields[f];
        size_t i, live = 0, empty = 0;
        int listed = 0; /* a section of its own lists them (PART_LACKING) */
        for (j = 0; j < c->k->nparts; j++)
            listed |= c->k->parts[j].type == PART_LACKING && c->k->parts[j].field == f;
        if (!(fd->flags & F_WANTED) || fd->lacking == NULL || listed)
            continue;
        for (i = 0; i < c->n; i++) {
            if (!takes(c, p, c->rs[i]) || !kind_status_is(c->k, c->rs[i]->status, S_LIVE))
                continue;
            live++;
            empty += record_get(c->rs[i], f) == NULL;
        }
        if (empty > 0) {
            char *s = doc_format(
                /* L10N: "Human-rights aspect assessed (§3.3): not recorded for 15 of
                   the 15." — the field is a question nobody has answered yet */
                _("%s: not recorded for %zu of the %zu."), _(fd->label), empty, live);
            doc_gap(c->d);
            doc_para(c->d, "", 0, s);
            free(s);
        }
    }
}

static int part_attention(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    size_t i, due = 0;
    char *h = doc_format(plural(&p->text, (unsigned long)c->horizon), c->horizon);

    (void)e;
    doc_heading(c->d, h, '-');
    free(h);
    for (i = 0; i < c->n; i++) {
        const struct record *r = c->rs[i];
        /* without a decision nothing is pending: only the rules of r's fields */
        char *att = takes(c, p, r) ? summary_needs(has_decisions(c, r) ? c->a : NULL, r,
                                                   c->today, c->horizon)
                                   : xstrdup("");
        if (*att != '\0') {
            para(c, xasprintf("%s %lld · %s", _(c->k->label), (long long)r->id,
                              record_title(r)));
            doc_marked(c->d, att, "  ! ", 4);
            due++;
        }
        free(att);
    }
    if (due == 0)
        doc_line(c->d, _("None."));
    unrecorded(c, p);
    return 0;
}

/* 1 when role x is known to run in year: its period says so.  A role
 * without a last year is not known to run still: a document stated it once. */
static int role_current(const struct extra *x, int year)
{
    return x->to_year != 0 && x->to_year >= year && (x->from_year == 0 || x->from_year <= year);
}

/* The roles of the records that are current in the report's year (round
 * 0), or whose period is not stated (round 1). */
static int extras_round(struct part_ctx *c, const struct part *p, int round, struct ird_err *e)
{
    int year = atoi(c->today), any = 0;
    size_t i, j;

    for (i = 0; i < c->n && c->a != NULL; i++) {
        struct extra *x = NULL;
        size_t m = 0;
        if (!takes(c, p, c->rs[i]))
            continue;
        if (desk_extras(c->a, c->k->id, c->rs[i]->id, &x, &m, e) < 0)
            return -1;
        for (j = 0; j < m; j++) {
            char *lab, *line;
            if (round == 0 ? !role_current(&x[j], year) : x[j].to_year != 0)
                continue;
            lab = xasprintf("%s: ", record_title(c->rs[i]));
            line = extra_text(&x[j]);
            if (round == 1 && !any)
                doc_line(c->d, _("Stated without an end year, so not known to be current:"));
            doc_para(c->d, lab, 4, line);
            free(line);
            free(lab);
            any = 1;
        }
        extra_list_free(x, m);
    }
    return any;
}

static int part_extras(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    int now;

    heading(c, p);
    if ((now = extras_round(c, p, 0, e)) < 0)
        return -1;
    if (!now)
        doc_line(c->d, _("None."));
    return extras_round(c, p, 1, e) < 0 ? -1 : 0;
}

static int part_bullets(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    size_t i;

    (void)e;
    heading(c, p);
    for (i = 0; i < c->n; i++) {
        const char *more = record_shown(c->rs[i], p->shown[0]);
        char *s;
        if (!takes(c, p, c->rs[i]))
            continue;
        s = xasprintf("%s%s%s", record_title(c->rs[i]), *more ? ", " : "", more);
        doc_para(c->d, "- ", 2, s);
        free(s);
    }
    return 0;
}

/* ---- the grid of the latest assessments ----------------------------------- */

enum { GRID_MAX = 8 };

/* 1 when another record of c for the same p->field value is later (by the
 * date field p->number, then by id) than r. */
static int superseded(const struct part_ctx *c, const struct part *p, const struct record *r)
{
    const char *key = record_get(r, p->field), *date = record_get(r, p->number);
    size_t i;

    for (i = 0; i < c->n; i++) {
        const struct record *o = c->rs[i];
        const char *ok = record_get(o, p->field), *od = record_get(o, p->number);
        int cmp;
        if (o == r || key == NULL || ok == NULL || strcmp(ok, key) != 0)
            continue;
        cmp = strcmp(od ? od : "", date ? date : "");
        if (cmp > 0 || (cmp == 0 && o->id > r->id))
            return 1;
    }
    return 0;
}

/* Index of r's value of field f among its choices; the last (not rated)
 * when it has none. */
static int grid_index(const struct record *r, int f, int nchoices)
{
    const char *v = record_get(r, f);
    int i;

    for (i = 0; v != NULL && i < nchoices; i++)
        if (strcmp(r->kind->fields[f].choices[i].code, v) == 0)
            return i;
    return nchoices;
}

static int count_choices(const struct choice *ch)
{
    int n = 0;

    while (ch[n].code != NULL && n < GRID_MAX - 1)
        n++;
    return n;
}

/* The names in each cell under the grid: "row × column: names". */
static void grid_lists(struct part_ctx *c, const struct field *rf, const struct field *cf,
                       struct buf cell[GRID_MAX][GRID_MAX], int nr, int nc)
{
    int i, j;

    for (i = 0; i <= nr; i++)
        for (j = 0; j <= nc; j++) {
            char *lab;
            if (cell[i][j].len == 0)
                continue;
            lab = xasprintf("%s × %s: ", i < nr ? _(rf->choices[i].label) : _("not rated"),
                            j < nc ? _(cf->choices[j].label) : _("not rated"));
            doc_para(c->d, lab, 4, cell[i][j].s);
            free(lab);
        }
}

/* The grid as a picture: rf's choices its rows, cf's its columns, each
 * ended by "not rated"; its rows placed by grid_index (the caller adds them). */
static struct doc_picture *grid_picture(const struct field *rf, const struct field *cf,
                                        int nr, int nc)
{
    char *cap = xasprintf(/* L10N: rows × columns */
                          _("Figure: the partnerships per %s × %s (latest assessment)."),
                          _(rf->label), _(cf->label));
    struct doc_picture *pic = doc_picture_new(DOC_PIC_GRID, cap);
    const struct field *f[2] = { rf, cf };
    int a, i, n[2] = { nr, nc };

    free(cap);
    for (a = 0; a < 2; a++) {
        pic->axis[a] = xstrdup(_(f[a]->label));
        for (i = 0; i <= n[a]; i++)
            pic->ticks[a][i] = xstrdup(i < n[a] ? _(f[a]->choices[i].label) : _("not rated"));
        pic->nticks[a] = n[a] + 1;
    }
    return pic;
}

static int part_grid(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    const struct field *rf = &c->k->fields[p->cols[0].field], *cf = &c->k->fields[p->cols[1].field];
    int nr = count_choices(rf->choices), nc = count_choices(cf->choices), i, j;
    struct buf cell[GRID_MAX][GRID_MAX];
    int count[GRID_MAX][GRID_MAX];
    char num[GRID_MAX][16];
    const char *cells[GRID_MAX + 1];
    struct table *t = table_new((size_t)nc + 2);
    struct doc_picture *pic = grid_picture(rf, cf, nr, nc);
    size_t k;

    (void)e;
    heading(c, p);
    memset(cell, 0, sizeof cell);
    memset(count, 0, sizeof count);
    for (k = 0; k < c->n; k++) {
        const struct record *r = c->rs[k];
        int ri, ci;
        if (superseded(c, p, r))
            continue;
        ri = grid_index(r, p->cols[0].field, nr);
        ci = grid_index(r, p->cols[1].field, nc);
        buf_printf(&cell[ri][ci], "%s%s", cell[ri][ci].len ? ", " : "",
                   record_shown(r, p->field));
        count[ri][ci]++;
        doc_picture_row(pic, record_shown(r, p->field), NULL)->from = ri;
        pic->rows[pic->n - 1].to = ci;
    }
    para(c, xasprintf(_("Partnerships per %s (rows) and %s (columns), by their latest "
                        "assessment:"),
                      _(rf->label), _(cf->label)));
    table_column(t, 0, "", 0, 0);
    for (j = 0; j <= nc; j++)
        table_column(t, (size_t)j + 1, j < nc ? _(cf->choices[j].label) : _("not rated"), 0, 1);
    for (i = 0; i <= nr; i++) {
        cells[0] = i < nr ? _(rf->choices[i].label) : _("not rated");
        for (j = 0; j <= nc; j++) {
            snprintf(num[j], sizeof num[j], "%d", count[i][j]);
            cells[j + 1] = num[j];
        }
        table_add(t, cells);
    }
    doc_table_take(c->d, &t);
    doc_picture_take(c->d, &pic);
    grid_lists(c, rf, cf, cell, nr, nc);
    for (i = 0; i < GRID_MAX; i++)
        for (j = 0; j < GRID_MAX; j++)
            buf_fini(&cell[i][j]);
    return 0;
}

/* The records whose wanted yes/no (p->field) is not yes: "- title". */
static int part_lacking(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    size_t i, m = 0;

    (void)e;
    heading(c, p);
    for (i = 0; i < c->n; i++) {
        const char *v = record_get(c->rs[i], p->field);
        char *s;
        if (!takes(c, p, c->rs[i]) || (v != NULL && strcmp(v, "1") == 0))
            continue;
        s = xasprintf("%s (%s: %s)", record_title(c->rs[i]), _(c->k->fields[p->field].label),
                      v == NULL ? _("not known") : kind_value_label(&c->k->fields[p->field], v));
        doc_para(c->d, "- ", 2, s);
        free(s);
        m++;
    }
    if (m == 0)
        doc_line(c->d, _("None."));
    return 0;
}

/* ---- counts per status --------------------------------------------------- */

enum { MAX_STATUSES = 16 };

static int status_index(const struct kind *k, const char *code)
{
    int s;

    for (s = 0; s < MAX_STATUSES && k->statuses[s].code != NULL; s++)
        if (code != NULL && strcmp(k->statuses[s].code, code) == 0)
            return s;
    return -1;
}

static void count_status(long *cnt, const struct kind *k, const char *code, long n)
{
    int si = status_index(k, code);

    if (si >= 0)
        cnt[si] += n;
}

/* "3 planned, 1 in progress" for the statuses counted in cnt[]. */
static char *status_counts(const struct kind *k, const long *cnt)
{
    struct buf b = { 0 };
    int s;

    for (s = 0; s < MAX_STATUSES && k->statuses[s].code != NULL; s++)
        if (cnt[s] > 0)
            buf_printf(&b, "%s%ld %s", b.len ? ", " : "", cnt[s], _(k->statuses[s].label));
    if (b.len == 0)
        buf_add(&b, _("none"));
    return buf_take(&b);
}

static int part_statuses(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    long cnt[MAX_STATUSES] = { 0 };
    size_t i, m = 0;
    char *s;

    (void)e;
    for (i = 0; i < c->n; i++)
        if (takes(c, p, c->rs[i])) {
            count_status(cnt, c->k, c->rs[i]->status, 1);
            m++;
        }
    s = status_counts(c->k, cnt);
    para(c, doc_format(plural(&p->text, (unsigned long)m), m, s));
    free(s);
    return 0;
}

/* ---- the policy note's chapters and priorities ---------------------------- */

/* 1 when r belongs in chapter round ci of nch (round nch: no known chapter). */
static int in_chapter(const struct record *r, int field, const struct chapter *ch, size_t nch,
                      size_t ci)
{
    const char *v = record_get(r, field);
    size_t x;

    if (ci < nch)
        return v != NULL && atoi(v) == ch[ci].number;
    for (x = 0; x < nch; x++)
        if (v != NULL && atoi(v) == ch[x].number)
            return 0;
    return 1;
}

static void chapter_round(struct part_ctx *c, const struct part *p, const struct chapter *ch,
                          size_t nch, size_t ci)
{
    long cnt[MAX_STATUSES] = { 0 };
    size_t i;
    int any = 0;

    for (i = 0; i < c->n; i++) {
        const struct record *r = c->rs[i];
        const char *no = record_get(r, p->number);
        char *lab, *text;
        if (!takes(c, p, r) || !in_chapter(r, p->field, ch, nch, ci))
            continue;
        if (!any) {
            char *h = ci < nch ? xasprintf(_("Chapter %d: %s"), ch[ci].number,
                                           i18n_lang() == LANG_EN ? ch[ci].title_en
                                                                  : ch[ci].title_nl)
                               : xstrdup(_("Without a chapter"));
            doc_heading(c->d, h, '-');
            free(h);
            any = 1;
        }
        lab = xasprintf("%3s. ", no ? no : "");
        text = xasprintf("%s [%s]", record_title(r), kind_status_label(c->k, r->status));
        count_status(cnt, c->k, r->status, 1);
        doc_para(c->d, lab, 5, text);
        free(lab);
        free(text);
    }
    if (any) {
        char *sc = status_counts(c->k, cnt), *line = xasprintf(_("In this chapter: %s."), sc);
        doc_para(c->d, "     ", 5, line);
        free(sc);
        free(line);
    }
}

static int part_chapters(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    struct chapter *ch = NULL;
    size_t nch = 0, ci;

    if (c->a != NULL && desk_chapters(c->a, &ch, &nch, e) < 0)
        return -1;
    for (ci = 0; ci <= nch; ci++)
        chapter_round(c, p, ch, nch, ci);
    chapter_list_free(ch, nch);
    return 0;
}

static int part_priorities(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    struct prio_count *pc = NULL;
    size_t npc = 0, i, j;

    if (c->a != NULL && desk_priority_counts(c->a, &pc, &npc, e) < 0)
        return -1;
    heading(c, p);
    for (i = 0; i < npc; i = j) {
        long cnt[MAX_STATUSES] = { 0 };
        char *sc;
        for (j = i; j < npc && pc[j].priority == pc[i].priority; j++)
            count_status(cnt, c->k, pc[j].status, pc[j].count);
        sc = status_counts(c->k, cnt);
        {
            char *lab = xasprintf("%s: %s", i18n_lang() == LANG_EN ? pc[i].name_en
                                                                   : pc[i].name_nl, sc);
            doc_para(c->d, "- ", 2, lab);
            free(lab);
        }
        free(sc);
    }
    prio_count_list_free(pc, npc);
    return 0;
}

/* ---- sums (PART_SUM) ------------------------------------------------------ */

enum { SUM_MAX = 16 };

/* The group of r in a PART_SUM: the index of its choice in g (field an
 * enum), of the period "YYYY-YYYY" holding its year (groups given), or ng
 * when not known. */
static int sum_group(const struct part *p, const struct record *r, const struct choice *g,
                     int ng)
{
    const char *v = record_get(r, p->field);
    int i;

    for (i = 0; v != NULL && i < ng; i++)
        if (p->groups == NULL ? strcmp(g[i].code, v) == 0
                              : atoi(v) >= atoi(g[i].code) && atoi(v) <= atoi(g[i].code + 5))
            return i;
    return ng;
}

static int part_sum(struct part_ctx *c, const struct part *p, struct ird_err *e)
{
    const struct field *f = &c->k->fields[p->field], *mf = &c->k->fields[p->number];
    const struct choice *g = p->groups != NULL ? p->groups : f->choices;
    long long sum[SUM_MAX + 1] = { 0 }, total = 0, v;
    size_t cnt[SUM_MAX + 1] = { 0 }, i, all = 0;
    struct table *t = table_new(3);
    int ng = 0, j;

    (void)e;
    while (g[ng].code != NULL && ng < SUM_MAX)
        ng++;
    for (i = 0; i < c->n; i++) {
        const char *m = record_get(c->rs[i], p->number);
        if (!takes(c, p, c->rs[i]) || m == NULL || ftype_money_parse(m, &v) < 0)
            continue;
        j = sum_group(p, c->rs[i], g, ng);
        sum[j] += v;
        cnt[j]++;
        total += v;
        all++;
    }
    heading(c, p);
    /* L10N: the column of a sum's programming periods */
    table_column(t, 0, p->groups != NULL ? _("Period")
                                         : _(f->list_label != NULL ? f->list_label : f->label),
                 0, 0);
    table_column(t, 1, _(c->k->plural), 0, 1);
    table_column(t, 2, _(mf->label), 0, 1);
    for (j = 0; j <= ng; j++) {
        /* L10N: the row of a sum whose group (programme, period) is not known */
        const char *name = j < ng ? _(g[j].label) : _("not known");
        if (cnt[j] > 0) {
            char n[24], *money = ftype_money_text(sum[j]);
            const char *cells[3] = { name, n, money };
            snprintf(n, sizeof n, "%zu", cnt[j]);
            table_add(t, cells);
            free(money);
        }
    }
    {
        char n[24], *money = ftype_money_text(total);
        const char *cells[3] = { _("Total"), n, money };
        snprintf(n, sizeof n, "%zu", all);
        table_add(t, cells);
        free(money);
    }
    para(c, doc_format(plural(&p->text, (unsigned long)all), all));
    doc_table_take(c->d, &t);
    table_free(&t);
    return 0;
}

typedef int (*part_fn)(struct part_ctx *c, const struct part *p, struct ird_err *e);

static const part_fn part_fns[] = {
    [PART_SHARE] = part_share,         [PART_COUNT] = part_count,
    [PART_GROUPS] = part_groups,       [PART_TABLE] = part_table,
    [PART_ATTENTION] = part_attention, [PART_EXTRAS] = part_extras,
    [PART_BULLETS] = part_bullets,     [PART_STATUSES] = part_statuses,
    [PART_CHAPTERS] = part_chapters,   [PART_PRIORITIES] = part_priorities,
    [PART_GRID] = part_grid,           [PART_LACKING] = part_lacking,
    [PART_SUM] = part_sum,
};

int report_kind_part(struct app *a, struct doc *d, const struct kind *k, int number,
                     struct record *const *rs, size_t n, const char *today, int horizon,
                     struct ird_err *e)
{
    struct part_ctx c = { a, d, k, rs, n, today, horizon, NULL, 0 };
    char *h;
    int i, rc = 0;

    if (a != NULL && k->decisions && desk_decided(a, k->id, &c.decided, &c.ndecided, e) < 0)
        return -1;
    h = xasprintf("%d. %s", number, _(k->portfolio));
    doc_heading(d, h, '=');
    free(h);
    for (i = 0; i < k->nparts && rc == 0; i++) {
        unsigned t = (unsigned)k->parts[i].type;
        if (t < sizeof part_fns / sizeof part_fns[0] && part_fns[t](&c, &k->parts[i], e) < 0)
            rc = -1;
    }
    free(c.decided);
    return rc;
}
