#include "core/doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"
#include "lib/table.h"
#include "lib/text.h"

struct doc *doc_new(size_t width)
{
    struct doc *d = xcalloc(1, sizeof *d);

    d->width = width;
    return d;
}

static void node_fini(struct doc_node *n)
{
    free(n->text);
    free(n->lead);
    table_free(&n->table);
    doc_picture_free(&n->pic);
}

void doc_free(struct doc **pd)
{
    struct doc *d;
    size_t i;

    if (pd == NULL || *pd == NULL)
        return;
    d = *pd;
    for (i = 0; i < d->n; i++)
        node_fini(&d->nodes[i]);
    free(d->nodes);
    free(d->title);
    free(d);
    *pd = NULL;
}

void doc_title(struct doc *d, const char *title)
{
    free(d->title);
    d->title = xstrdup(title);
}

/* A new node of type t at the end (text copied; NULL stays NULL). */
static struct doc_node *push(struct doc *d, enum doc_type t, const char *text)
{
    struct doc_node *n;

    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 32;
        d->nodes = xrealloc(d->nodes, d->cap * sizeof *d->nodes);
    }
    n = &d->nodes[d->n++];
    memset(n, 0, sizeof *n);
    n->type = t;
    n->text = text != NULL ? xstrdup(text) : NULL;
    return n;
}

void doc_line(struct doc *d, const char *s)
{
    push(d, DOC_LINE, s);
}

void doc_blank(struct doc *d)
{
    push(d, DOC_BLANK, NULL);
}

void doc_gap(struct doc *d)
{
    push(d, DOC_GAP, NULL);
}

void doc_heading(struct doc *d, const char *s, char c)
{
    push(d, DOC_HEADING, s)->rule = c;
}

struct doc_node *doc_para_at(struct doc *d, enum doc_style style, const char *lead,
                             size_t margin, size_t cells, size_t gap, size_t rest,
                             const char *text)
{
    struct doc_node *n = push(d, DOC_PARA, text);

    n->style = style;
    n->lead = xstrdup(lead);
    n->margin = margin;
    n->cells = cells;
    n->gap = gap;
    n->rest = rest;
    n->room = d->width > rest + 10 ? d->width - rest : 10;
    return n;
}

void doc_para(struct doc *d, const char *first, size_t indent, const char *text)
{
    size_t fw = text_width(first);

    if (fw > indent)
        indent = fw;
    doc_para_at(d, DOC_PLAIN, first, 0, indent, 0, indent, text);
}

void doc_take_nodes(struct doc *d, struct doc **psrc)
{
    struct doc *src = *psrc;
    size_t i;

    if (src == NULL)
        return;
    for (i = 0; i < src->n; i++) {
        struct doc_node *n = push(d, src->nodes[i].type, NULL);

        *n = src->nodes[i];
    }
    src->n = 0;
    doc_free(psrc);
}

void doc_table_take(struct doc *d, struct table **pt)
{
    push(d, DOC_TABLE, NULL)->table = *pt;
    *pt = NULL;
}

void doc_marked(struct doc *d, const char *text, const char *mark, size_t indent)
{
    struct doc_node *n = push(d, DOC_MARKED, text);

    n->lead = xstrdup(mark);
    n->rest = indent;
}

void doc_picture_take(struct doc *d, struct doc_picture **pp)
{
    push(d, DOC_PICTURE, NULL)->pic = *pp;
    *pp = NULL;
}

struct doc_picture *doc_picture_new(enum doc_pic_type t, const char *caption)
{
    struct doc_picture *p = xcalloc(1, sizeof *p);

    p->type = t;
    p->caption = xstrdup(caption);
    return p;
}

struct doc_row *doc_picture_row(struct doc_picture *p, const char *label, const char *group)
{
    struct doc_row *r;

    p->rows = xrealloc(p->rows, (p->n + 1) * sizeof *p->rows);
    r = &p->rows[p->n++];
    memset(r, 0, sizeof *r);
    r->label = xstrdup(label);
    r->group = group != NULL ? xstrdup(group) : NULL;
    return r;
}

void doc_picture_free(struct doc_picture **pp)
{
    struct doc_picture *p;
    size_t i;

    if (pp == NULL || *pp == NULL)
        return;
    p = *pp;
    for (i = 0; i < p->n; i++) {
        free(p->rows[i].label);
        free(p->rows[i].group);
    }
    for (i = 0; i < DOC_LEGEND; i++)
        free(p->legend[i]);
    for (i = 0; i < DOC_GRID; i++) {
        free(p->ticks[0][i]);
        free(p->ticks[1][i]);
    }
    free(p->axis[0]);
    free(p->axis[1]);
    free(p->rows);
    free(p->caption);
    free(p);
    *pp = NULL;
}

/* ---- the text renderer ----------------------------------------------------- */

static void spaces(struct buf *b, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        buf_add(b, " ");
}

/* A paragraph laid out as struct doc_node says; a lead wider than its
 * cells is wrapped in its column beside the text, never cut. */
static void text_para(struct buf *b, const struct doc_node *n, const char *lead, size_t cells,
                      size_t room, const char *text)
{
    size_t nl = 0, nh = 0, i, rows;
    char **lines = text_wrap(text, room, &nl), **heads = NULL;

    if (text_width(lead) > cells && cells > 0) /* as it is when it fits: its spaces kept */
        heads = text_wrap(lead, cells, &nh);
    else if (*lead != '\0') {
        heads = xcalloc(1, sizeof *heads);
        heads[nh++] = xstrdup(lead);
    }

    rows = nl == 0 ? 0 : nl > nh ? nl : nh;
    for (i = 0; i < rows; i++) {
        if (i == 0 || i < nh) {
            char *pad = text_fit(i < nh ? heads[i] : "", cells, i < nl);
            spaces(b, n->margin);
            buf_add(b, pad);
            if (i < nl)
                spaces(b, n->gap);
            free(pad);
        } else {
            spaces(b, n->type == DOC_PARA ? n->rest : cells);
        }
        if (i < nl)
            buf_add(b, lines[i]);
        buf_add(b, "\n");
    }
    text_lines_free(lines, nl);
    text_lines_free(heads, nh);
}

static void text_marked(struct buf *b, const struct doc_node *n, size_t width)
{
    size_t nl = 0, i, cells = text_width(n->lead);
    char **lines = text_wrap(n->text, width - n->rest, &nl);

    if (cells < n->rest)
        cells = n->rest;
    for (i = 0; i < nl; i++)
        if (*lines[i] != '\0')
            text_para(b, n, n->lead, cells, width > cells + 10 ? width - cells : 10, lines[i]);
    text_lines_free(lines, nl);
}

static void text_blank(struct buf *b)
{
    if (b->len > 0 && !(b->len >= 2 && b->s[b->len - 2] == '\n'))
        buf_add(b, "\n");
}

static void text_heading(struct buf *b, const struct doc_node *n, size_t width)
{
    size_t w, i, nr = 0;
    char **rows;

    if (n->rule == 0) {
        buf_printf(b, "\n%s\n", n->text);
        return;
    }
    text_blank(b);
    /* a heading wider than the page goes on as many lines as it needs */
    rows = text_wrap(n->text, width, &nr);
    for (w = 0, i = 0; i < nr; i++) {
        buf_printf(b, "%s\n", rows[i]);
        if (text_width(rows[i]) > w)
            w = text_width(rows[i]);
    }
    text_lines_free(rows, nr);
    for (i = 0; i < w && i < width; i++)
        buf_addn(b, &n->rule, 1);
    buf_add(b, "\n");
}

static void text_node(struct buf *b, const struct doc_node *n, size_t width)
{
    char *s;

    switch (n->type) {
    case DOC_LINE:
        s = text_fit(n->text, width, 0);
        buf_printf(b, "%s\n", s);
        free(s);
        break;
    case DOC_BLANK:
        text_blank(b);
        break;
    case DOC_GAP:
        buf_add(b, "\n");
        break;
    case DOC_HEADING:
        text_heading(b, n, width);
        break;
    case DOC_PARA:
        text_para(b, n, n->lead, n->cells, n->room, n->text);
        break;
    case DOC_MARKED:
        text_marked(b, n, width);
        break;
    case DOC_TABLE:
        s = table_render_wrapped(n->table, width);
        buf_add(b, s);
        free(s);
        break;
    case DOC_PICTURE:
        text_para(b, n, "", 0, width > 10 ? width : 10, n->pic->caption);
        break;
    }
}

char *doc_text(const struct doc *d)
{
    struct buf b = { 0 };
    size_t i;

    for (i = 0; i < d->n; i++)
        text_node(&b, &d->nodes[i], d->width);
    return buf_take(&b);
}

char *doc_format(const char *fmt, ...)
{
    va_list ap;
    char *s;

    va_start(ap, fmt);
    /* the formats are the descriptors' msgids (see the header): not
     * literals, by design; msgfmt --check-format checks the translations */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    s = xvasprintf(fmt, ap);
#pragma GCC diagnostic pop
    va_end(ap);
    return s;
}
