#ifndef IRDESK_CORE_CHART_H
#define IRDESK_CORE_CHART_H

#include <cairo.h>
#include <pango/pango.h>

struct doc_picture;

/* The pictures of the PDF (core/pdf.c), drawn with Cairo in black, white
 * and greys, their labels through Pango.  Only the PDF renderer uses them. */

/* The height in points p takes when drawn w points wide. */
double chart_height(const struct doc_picture *p, double w);

/* Draw p with its top left at x, y, w points wide; labels in font f of
 * ctx.  Leaves the source black. */
void chart_draw(cairo_t *cr, PangoContext *ctx, const PangoFontDescription *f,
                const struct doc_picture *p, double x, double y, double w);

#endif
