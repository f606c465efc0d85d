/* The charts of the portfolio: a timeline (rows from one year to another,
 * with marked years) and bars in groups.  Shapes and greys, no colour: they
 * print in black and white. */
#include "core/chart.h"

#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "core/pdf_lib.h" /* last: it renames Pango's and Cairo's functions */

static const double row_h = 13, axis_h = 20, legend_h = 30, label_w = 125;
static const double bar_row = 11, group_h = 14;
static const double grid_head = 13, grid_label_w = 95, name_h = 10, bars_label_w = 165;

/* The names a cell of the grid shows at most: the last line of a fuller
 * one says how many more it holds. */
enum { GRID_NAMES = 12 };

/* Text at x, y (its top), aligned: 0 left, 1 right of x, 2 centred; the
 * width it took. */
static double label(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                    const char *s, double x, double y, int align, double max)
{
    PangoLayout *l = pango_layout_new(ctx);
    int w, h;

    pango_layout_set_font_description(l, f);
    if (max > 0) {
        pango_layout_set_width(l, pango_units_from_double(max));
        pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    }
    pango_layout_set_text(l, s, -1);
    pango_layout_get_size(l, &w, &h);
    cairo_move_to(cr, align == 1 ? x - pango_units_to_double(w)
                      : align == 2 ? x - pango_units_to_double(w) / 2 : x, y);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
    return pango_units_to_double(w);
}

static void diamond(cairo_t *cr, double x, double y, double r)
{
    cairo_move_to(cr, x, y - r);
    cairo_line_to(cr, x + r, y);
    cairo_line_to(cr, x, y + r);
    cairo_line_to(cr, x - r, y);
    cairo_close_path(cr);
    cairo_fill(cr);
}

static void circle(cairo_t *cr, double x, double y, double r)
{
    cairo_new_sub_path(cr);
    cairo_arc(cr, x, y, r, 0, 6.2832);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 0.9);
    cairo_stroke(cr);
}

static void end_mark(cairo_t *cr, double x, double y, double r)
{
    cairo_set_line_width(cr, 1.4);
    cairo_move_to(cr, x, y - r);
    cairo_line_to(cr, x, y + r);
    cairo_stroke(cr);
}

static void bar(cairo_t *cr, double x, double y, double w, double h, double grey)
{
    cairo_rectangle(cr, x, y, w > 0.5 ? w : 0.5, h);
    cairo_set_source_rgb(cr, grey, grey, grey);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
}

/* 1 when row i of a bar chart starts a group. */
static int new_group(const struct doc_picture *p, size_t i)
{
    const char *g = p->rows[i].group, *before = i > 0 ? p->rows[i - 1].group : NULL;

    return g != NULL && (before == NULL || strcmp(g, before) != 0);
}

/* How many of the grid's rows are in its cell row i, column j. */
static int in_cell(const struct doc_picture *p, int i, int j)
{
    size_t k;
    int m = 0;

    for (k = 0; k < p->n; k++)
        m += p->rows[k].from == i && p->rows[k].to == j;
    return m;
}

/* The height of the grid's row i: room for its fullest cell's names. */
static double grid_row_h(const struct doc_picture *p, int i)
{
    int j, most = 1;

    for (j = 0; j < p->nticks[1]; j++)
        most = in_cell(p, i, j) > most ? in_cell(p, i, j) : most;
    return (most < GRID_NAMES ? most : GRID_NAMES) * name_h + 6;
}

double chart_height(const struct doc_picture *p, double w)
{
    double h = 0;
    size_t i;
    int r;

    (void)w;
    if (p->type == DOC_PIC_TIMELINE)
        return axis_h + (double)p->n * row_h + legend_h;
    if (p->type == DOC_PIC_GRID) {
        for (r = 0; r < p->nticks[0]; r++)
            h += grid_row_h(p, r);
        return 2 * grid_head + h + 4;
    }
    for (i = 0; i < p->n; i++)
        h += (new_group(p, i) ? group_h : 0) + bar_row;
    return h + 4;
}

static void timeline_axis(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                          const struct doc_picture *p, double x0, double y, double span,
                          double bottom)
{
    int yr;
    char s[16];

    cairo_set_line_width(cr, 0.3);
    for (yr = (p->lo + 9) / 10 * 10; yr <= p->hi; yr += 10) {
        double x = x0 + span * (yr - p->lo) / (p->hi - p->lo);
        snprintf(s, sizeof s, "%d", yr);
        label(cr, ctx, f, s, x, y, 2, 0);
        cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
        cairo_move_to(cr, x, y + axis_h - 6);
        cairo_line_to(cr, x, bottom);
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
    }
}

static void square(cairo_t *cr, double x, double y, double r, int filled)
{
    cairo_rectangle(cr, x - r, y - r, 2 * r, 2 * r);
    cairo_set_source_rgb(cr, filled ? 0 : 1, filled ? 0 : 1, filled ? 0 : 1);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 0.9);
    cairo_stroke(cr);
}

/* Mark kind (DOC_MARK_*) centred on x, y: each its own shape. */
static void shape(cairo_t *cr, int kind, double x, double y)
{
    if (kind == DOC_MARK_AGREEMENT)
        diamond(cr, x, y, 3.5);
    else if (kind == DOC_MARK_EVENT)
        circle(cr, x, y, 2.6);
    else
        square(cr, x, y, 2.4, kind == DOC_MARK_DECISION);
}

/* The width of s in f. */
static double text_w(PangoContext *ctx, const PangoFontDescription *f, const char *s)
{
    PangoLayout *l = pango_layout_new(ctx);
    int w, h;

    pango_layout_set_font_description(l, f);
    pango_layout_set_text(l, s, -1);
    pango_layout_get_size(l, &w, &h);
    g_object_unref(l);
    return pango_units_to_double(w);
}

/* The legend from x, y: the bar, each kind of mark, the end; on a second
 * line from x when the first is full at right. */
static void timeline_legend(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                            const struct doc_picture *p, double x, double y, double right)
{
    static const int order[] = { DOC_LEG_BAR, DOC_LEG_MARK + DOC_MARK_AGREEMENT,
                                 DOC_LEG_MARK + DOC_MARK_EVENT, DOC_LEG_MARK + DOC_MARK_DECISION,
                                 DOC_LEG_MARK + DOC_MARK_PENDING, DOC_LEG_END };
    double left = x, sw;
    size_t i;

    for (i = 0; i < sizeof order / sizeof order[0]; i++) {
        const char *s = p->legend[order[i]];
        if (s == NULL)
            continue;
        sw = order[i] == DOC_LEG_BAR ? 20 : 12;
        if (x > left && x + sw + text_w(ctx, f, s) > right) {
            x = left;
            y += legend_h / 2;
        }
        if (order[i] == DOC_LEG_BAR)
            bar(cr, x, y + 3, 16, 5, 0.75);
        else if (order[i] == DOC_LEG_END)
            end_mark(cr, x + 3, y + 5.5, 4.5);
        else
            shape(cr, order[i] - DOC_LEG_MARK, x + 4, y + 5.5);
        x += sw + label(cr, ctx, f, s, x + sw, y, 0, 0) + 14;
    }
}

static void timeline(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                     const struct doc_picture *p, double x, double y, double w)
{
    double x0 = x + label_w, span = w - label_w - 8;
    double bottom = y + axis_h + (double)p->n * row_h;
    size_t i;
    int m;

    if (p->hi <= p->lo)
        return;
    timeline_axis(cr, ctx, f, p, x0, y, span, bottom);
    for (i = 0; i < p->n; i++) {
        const struct doc_row *r = &p->rows[i];
        double ry = y + axis_h + (double)i * row_h, mid = ry + row_h / 2;
        int to = r->to != 0 ? r->to : p->hi;
        double a = x0 + span * (r->from - p->lo) / (p->hi - p->lo);
        double b = x0 + span * (to - p->lo) / (p->hi - p->lo);
        label(cr, ctx, f, r->label, x, ry + 1, 0, label_w - 6);
        if (r->from >= p->lo)
            bar(cr, a, mid - 2.5, b - a, 5, 0.75);
        for (m = 0; m < r->nmarks && m < DOC_MARKS; m++) {
            double mx = x0 + span * (r->marks[m] - p->lo) / (p->hi - p->lo);
            int k;
            if (r->marks[m] < p->lo || r->marks[m] > p->hi)
                continue;
            /* marks of one year side by side, not on top of each other */
            for (k = 0; k < m; k++)
                mx += r->marks[k] == r->marks[m] ? 5 : 0;
            shape(cr, r->mark_kind[m], mx, mid);
        }
        if (r->ended)
            end_mark(cr, b, mid, 4.5);
    }
    timeline_legend(cr, ctx, f, p, x, bottom + 5, x + w);
}

static void bars(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                 const struct doc_picture *p, double x, double y, double w)
{
    double x0 = x + bars_label_w, span = w - bars_label_w - 40, max = 1;
    size_t i;
    char s[32];

    for (i = 0; i < p->n; i++)
        max = (double)p->rows[i].value > max ? (double)p->rows[i].value : max;
    for (i = 0; i < p->n; i++) {
        const struct doc_row *r = &p->rows[i];
        double bw = span * (double)r->value / max;
        if (new_group(p, i)) {
            label(cr, ctx, f, r->group, x, y + 3, 0, 0);
            y += group_h;
        }
        label(cr, ctx, f, r->label, x + 10, y, 0, bars_label_w - 14);
        if (r->value > 0)
            bar(cr, x0, y + 2, bw, bar_row - 4, 0.55);
        snprintf(s, sizeof s, "%ld", r->value);
        label(cr, ctx, f, s, x0 + bw + 4, y, 0, 0);
        y += bar_row;
    }
}

/* The names in the grid's cell i, j from x, y, each on a line cut to cw. */
static void grid_names(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                       const struct doc_picture *p, int i, int j, double x, double y, double cw)
{
    int all = in_cell(p, i, j), shown = 0;
    size_t k;

    for (k = 0; k < p->n; k++) {
        if (p->rows[k].from != i || p->rows[k].to != j)
            continue;
        if (all > GRID_NAMES && shown == GRID_NAMES - 1) {
            char *more = xasprintf(P_("and %d more", "and %d more", (unsigned long)(all - shown)),
                                   all - shown);
            label(cr, ctx, f, more, x + 3, y, 0, cw - 6);
            free(more);
            return;
        }
        label(cr, ctx, f, p->rows[k].label, x + 3, y, 0, cw - 6);
        y += name_h;
        shown++;
    }
}

/* The grid: the columns' title and labels above, the rows' at left, each
 * cell grey when it holds a name and the names in it. */
static void grid(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                 const struct doc_picture *p, double x, double y, double w)
{
    int nc = p->nticks[1], i, j;
    double x0 = x + grid_label_w, cw = nc > 0 ? (w - grid_label_w) / nc : 0;

    if (nc == 0)
        return;
    if (p->axis[1] != NULL) { /* the columns' title over a rule spanning them */
        label(cr, ctx, f, p->axis[1], x0 + (w - grid_label_w) / 2, y - 2, 2, 0);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, x0 + 4, y + grid_head - 1.5);
        cairo_line_to(cr, x + w - 4, y + grid_head - 1.5);
        cairo_stroke(cr);
    }
    if (p->axis[0] != NULL)
        label(cr, ctx, f, p->axis[0], x, y + grid_head, 0, grid_label_w - 4);
    for (j = 0; j < nc; j++)
        label(cr, ctx, f, p->ticks[1][j] ? p->ticks[1][j] : "", x0 + cw * (j + 0.5),
              y + grid_head, 2, cw - 4);
    y += 2 * grid_head;
    for (i = 0; i < p->nticks[0]; i++) {
        double rh = grid_row_h(p, i);
        label(cr, ctx, f, p->ticks[0][i] ? p->ticks[0][i] : "", x, y + 3, 0, grid_label_w - 4);
        for (j = 0; j < nc; j++) {
            bar(cr, x0 + cw * j, y, cw, rh, in_cell(p, i, j) > 0 ? 0.88 : 1);
            grid_names(cr, ctx, f, p, i, j, x0 + cw * j, y + 3, cw);
        }
        y += rh;
    }
}

void chart_draw(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                const struct doc_picture *p, double x, double y, double w)
{
    cairo_set_source_rgb(cr, 0, 0, 0);
    if (p->type == DOC_PIC_TIMELINE)
        timeline(cr, ctx, f, p, x, y, w);
    else if (p->type == DOC_PIC_GRID)
        grid(cr, ctx, f, p, x, y, w);
    else
        bars(cr, ctx, f, p, x, y, w);
    cairo_set_source_rgb(cr, 0, 0, 0);
}
