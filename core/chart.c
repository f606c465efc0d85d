/* The charts of the portfolio: a timeline (rows from one year to another,
 * with marked years) and bars in groups.  Shapes and greys, no colour: they
 * print in black and white. */
#include "core/chart.h"

#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "core/doc.h"

static const double row_h = 13, axis_h = 20, legend_h = 18, label_w = 125;
static const double bar_row = 11, group_h = 14;

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

double chart_height(const struct doc_picture *p, double w)
{
    double h = 0;
    size_t i;

    (void)w;
    if (p->type == DOC_PIC_TIMELINE)
        return axis_h + (double)p->n * row_h + legend_h;
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

static void timeline_legend(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                            const struct doc_picture *p, double x, double y)
{
    if (p->legend[0] != NULL) {
        bar(cr, x, y + 3, 16, 5, 0.75);
        x += 20 + label(cr, ctx, f, p->legend[0], x + 20, y, 0, 0) + 14;
    }
    if (p->legend[1] != NULL) {
        diamond(cr, x + 4, y + 5.5, 3.5);
        x += 12 + label(cr, ctx, f, p->legend[1], x + 12, y, 0, 0) + 14;
    }
    if (p->legend[3] != NULL) {
        circle(cr, x + 4, y + 5.5, 2.6);
        x += 12 + label(cr, ctx, f, p->legend[3], x + 12, y, 0, 0) + 14;
    }
    if (p->legend[2] != NULL) {
        end_mark(cr, x + 3, y + 5.5, 4.5);
        label(cr, ctx, f, p->legend[2], x + 10, y, 0, 0);
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
            if (r->marks[m] < p->lo || r->marks[m] > p->hi)
                continue;
            if (r->mark_kind[m] == DOC_MARK_DECISION)
                circle(cr, mx, mid, 2.6);
            else
                diamond(cr, mx, mid, 3.5);
        }
        if (r->ended)
            end_mark(cr, b, mid, 4.5);
    }
    timeline_legend(cr, ctx, f, p, x0, bottom + 5);
}

static void bars(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                 const struct doc_picture *p, double x, double y, double w)
{
    double x0 = x + label_w, span = w - label_w - 40, max = 1;
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
        label(cr, ctx, f, r->label, x + 10, y, 0, label_w - 14);
        if (r->value > 0)
            bar(cr, x0, y + 2, bw, bar_row - 4, 0.55);
        snprintf(s, sizeof s, "%ld", r->value);
        label(cr, ctx, f, s, x0 + bw + 4, y, 0, 0);
        y += bar_row;
    }
}

void chart_draw(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                const struct doc_picture *p, double x, double y, double w)
{
    cairo_set_source_rgb(cr, 0, 0, 0);
    if (p->type == DOC_PIC_TIMELINE)
        timeline(cr, ctx, f, p, x, y, w);
    else
        bars(cr, ctx, f, p, x, y, w);
    cairo_set_source_rgb(cr, 0, 0, 0);
}
