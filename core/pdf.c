/* The PDF renderer of the document model: A4 pages laid out with Pango,
 * drawn with Cairo.  The document is laid out twice: once to count the
 * pages ("page X of Y"), once to draw them; both passes share one code
 * path, so the count is the drawing's. */
#include "core/pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/chart.h"
#include "core/doc.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/table.h"
#include "lib/text.h"
#include "core/pdf_lib.h" /* last: it renames Pango's and Cairo's functions */

enum {
    F_BODY,
    F_BOLD,
    F_PART,  /* a part's heading ('=') */
    F_SECT,  /* a section's heading */
    F_TITLE, /* a record's title */
    F_SMALL, /* header, footer, captions */
    F_COUNT
};

/* Noto Sans, and Noto Naskh Arabic before the fallbacks fontconfig finds
 * (CJK, Cyrillic and the rest): its letters keep the spacing that text
 * extraction reads as one word (with Noto Sans Arabic "المحمدية" comes
 * back out of the PDF as two). */
#define FAMILIES "Noto Sans, Noto Naskh Arabic"
static const char *const font_specs[F_COUNT] = {
    FAMILIES " 9.5", FAMILIES " Bold 9.5", FAMILIES " Bold 14",
    FAMILIES " Bold 11", FAMILIES " Bold 15", FAMILIES " 7.5",
};

static const double page_w = 595.276, page_h = 841.89; /* A4 in points */
static const double margin = 56.69;                    /* 20 mm, kept by printers */
static const double head_h = 34, foot_h = 22;
static const double cell_pad = 4; /* between table columns, each side */

/* A table's measures: column widths in points, and each cell's height when
 * it fits its column unwrapped (-1: it wraps). */
struct tcache {
    size_t *w;
    double *fit;
};

struct pdf {
    cairo_t *cr;
    PangoContext *ctx;
    PangoFontDescription *font[F_COUNT];
    const struct doc *d;
    const struct pdf_meta *m;
    double x0, width, top, bottom, y, cell; /* cell: points per text cell */
    int draw, page, pages;
    int fresh; /* nothing on this page yet */
    struct tcache **cache; /* per node: its table's measures, from the first pass */
};

/* ---- pages ----------------------------------------------------------------- */

static PangoLayout *layout(const struct pdf *p, int font, const char *text, double width)
{
    PangoLayout *l = pango_layout_new(p->ctx);
    char *shown = text_visible(text != NULL ? text : "", 1);

    pango_layout_set_font_description(l, p->font[font]);
    if (width > 0) {
        pango_layout_set_width(l, pango_units_from_double(width));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_text(l, shown, -1);
    free(shown);
    return l;
}

static double layout_h(PangoLayout *l)
{
    int w, h;

    pango_layout_get_size(l, &w, &h);
    return pango_units_to_double(h);
}

static double layout_w(PangoLayout *l)
{
    int w, h;

    pango_layout_get_size(l, &w, &h);
    return pango_units_to_double(w);
}

/* Text in font at x, y (the top), aligned: 0 left, 1 right of x, 2 centred. */
static void put(struct pdf *p, int font, const char *text, double x, double y, int align)
{
    PangoLayout *l = layout(p, font, text, 0);
    double w = layout_w(l);

    cairo_move_to(p->cr, align == 1 ? x - w : align == 2 ? x - w / 2 : x, y);
    pango_cairo_show_layout(p->cr, l);
    g_object_unref(l);
}

static void page_begin(struct pdf *p)
{
    p->page++;
    p->y = p->top;
    p->fresh = 1;
    if (!p->draw)
        return;
    cairo_set_source_rgb(p->cr, 0, 0, 0);
    put(p, F_SMALL, p->m->service, p->x0, margin, 0);
    put(p, F_SMALL, p->m->date, p->x0 + p->width, margin, 1);
    put(p, F_BOLD, p->d->title, p->x0, margin + 11, 0);
    cairo_set_line_width(p->cr, 0.6);
    cairo_move_to(p->cr, p->x0, margin + head_h - 8);
    cairo_line_to(p->cr, p->x0 + p->width, margin + head_h - 8);
    cairo_stroke(p->cr);
}

static void page_end(struct pdf *p)
{
    char *foot;

    if (!p->draw)
        return;
    foot = xasprintf(_("page %zu of %zu"), (size_t)p->page, (size_t)p->pages);
    put(p, F_SMALL, foot, p->x0 + p->width / 2, page_h - margin - 9, 2);
    free(foot);
    cairo_show_page(p->cr);
}

static void new_page(struct pdf *p)
{
    page_end(p);
    page_begin(p);
}

/* Room for h points, on a new page if this one has too little. */
static void need(struct pdf *p, double h)
{
    if (p->y + h > p->bottom && !p->fresh)
        new_page(p);
    p->fresh = 0;
}

static void space(struct pdf *p, double h)
{
    if (!p->fresh)
        p->y += h;
}

/* ---- paragraphs ---------------------------------------------------------- */

/* Layout l at x, line by line, each line on the page that has room for it;
 * lead (may be NULL) beside the first line at lead_x. */
static void flow(struct pdf *p, PangoLayout *l, double x, PangoLayout *lead, double lead_x)
{
    PangoLayoutIter *it = pango_layout_get_iter(l);

    do {
        PangoRectangle r;
        double top, base;
        pango_layout_iter_get_line_extents(it, NULL, &r);
        top = pango_units_to_double(r.y);
        base = pango_units_to_double(pango_layout_iter_get_baseline(it)) - top;
        need(p, pango_units_to_double(r.height));
        if (p->draw) {
            cairo_move_to(p->cr, x + pango_units_to_double(r.x), p->y + base);
            pango_cairo_show_layout_line(p->cr, pango_layout_iter_get_line_readonly(it));
            if (lead != NULL) {
                cairo_move_to(p->cr, lead_x, p->y);
                pango_cairo_show_layout(p->cr, lead);
            }
        }
        lead = NULL;
        p->y += pango_units_to_double(r.height);
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
}

/* text after lead (trimmed; its leading spaces move it right), the text
 * indented rest cells. */
static void para(struct pdf *p, int font, int lead_font, const char *lead, size_t margin_cells,
                 size_t rest, const char *text)
{
    /* a bold label is wider than the cells it takes on paper */
    double indent = (double)rest * p->cell * (lead_font == F_BOLD ? 1.12 : 1.0), lx;
    PangoLayout *l, *ll = NULL;
    size_t sp = strspn(lead != NULL ? lead : "", " ");
    char *t;

    if (text == NULL || *text == '\0') /* as in the text: no line at all */
        return;
    t = lead != NULL ? text_trim(lead) : NULL;
    lx = p->x0 + (double)(margin_cells + sp) * p->cell;
    if (t != NULL && *t != '\0') {
        ll = layout(p, lead_font, t, 0);
        /* a lead wider on paper than its cells moves the text right */
        if (lx + layout_w(ll) + p->cell > p->x0 + indent)
            indent = lx + layout_w(ll) + p->cell - p->x0;
    }
    if (indent > p->width * 0.45)
        indent = p->width * 0.45;
    if (ll != NULL) {
        pango_layout_set_width(ll, pango_units_from_double(p->x0 + indent - lx - 3 > 10
                                                               ? p->x0 + indent - lx - 3
                                                               : 10));
        pango_layout_set_ellipsize(ll, PANGO_ELLIPSIZE_END);
    }
    l = layout(p, font, text, p->width - indent);
    flow(p, l, p->x0 + indent, ll, lx);
    g_object_unref(l);
    if (ll != NULL)
        g_object_unref(ll);
    free(t);
}

static void marked(struct pdf *p, const struct doc_node *n)
{
    const char *s = n->text;

    while (*s != '\0') {
        size_t len = strcspn(s, "\n");
        char *line = xstrndup(s, len);
        if (*line != '\0')
            para(p, F_BODY, F_BOLD, n->lead, 0, n->rest, line);
        free(line);
        s += len + (s[len] == '\n');
    }
}

static void heading(struct pdf *p, const struct doc_node *n, int font, double before)
{
    PangoLayout *l = layout(p, font, n->text, p->width);
    double h = layout_h(l);

    space(p, before);
    /* kept with what follows: its first lines come on the same page */
    need(p, h + 3 * 13);
    if (p->draw) {
        cairo_move_to(p->cr, p->x0, p->y);
        pango_cairo_show_layout(p->cr, l);
    }
    g_object_unref(l);
    p->y += h + (font == F_PART ? 4 : 2);
    if (font == F_PART && p->draw) {
        cairo_set_line_width(p->cr, 0.8);
        cairo_move_to(p->cr, p->x0, p->y - 2);
        cairo_line_to(p->cr, p->x0 + p->width, p->y - 2);
        cairo_stroke(p->cr);
    }
    p->y += 2;
}

/* ---- tables -------------------------------------------------------------- */

struct tab {
    const struct table *t;
    size_t nc;
    size_t *w; /* column widths, points */
};

/* The layouts of row (SIZE_MAX: the header) and its height. */
static double row_layouts(struct pdf *p, const struct tab *tb, size_t row, PangoLayout **ls)
{
    double h = 0;
    size_t c;

    for (c = 0; c < tb->nc; c++) {
        int right;
        const char *hd = table_header(tb->t, c, &right);
        const char *s = row == SIZE_MAX ? hd : table_cell(tb->t, row, c);
        ls[c] = layout(p, row == SIZE_MAX ? F_BOLD : F_BODY, s, (double)tb->w[c]);
        pango_layout_set_alignment(ls[c], right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
        if (layout_h(ls[c]) > h)
            h = layout_h(ls[c]);
    }
    return h + 3;
}

static void row_draw(struct pdf *p, const struct tab *tb, PangoLayout **ls, double h, int head)
{
    double x = p->x0;
    size_t c;

    for (c = 0; c < tb->nc; c++) {
        if (p->draw) {
            cairo_move_to(p->cr, x + cell_pad, p->y + 1.5);
            pango_cairo_show_layout(p->cr, ls[c]);
        }
        x += (double)tb->w[c] + 2 * cell_pad;
        g_object_unref(ls[c]);
    }
    p->y += h;
    if (p->draw) {
        cairo_set_line_width(p->cr, head ? 0.7 : 0.2);
        cairo_move_to(p->cr, p->x0, p->y);
        cairo_line_to(p->cr, x, p->y);
        cairo_stroke(p->cr);
    }
}

/* Column widths (tb->w): natural widths when they fit, else the widest give
 * way.  fit[row * nc + col] gets the height of each cell that fits its
 * column unwrapped, -1 for one that wraps. */
static void widths(struct pdf *p, struct tab *tb, double *fit)
{
    size_t *nat = xcalloc(tb->nc, sizeof *nat), *min = xcalloc(tb->nc, sizeof *min);
    size_t c, r, nr = table_rows(tb->t);
    size_t *cw = xcalloc(nr * tb->nc + 1, sizeof *cw);

    for (c = 0; c < tb->nc; c++) {
        for (r = 0; r <= nr; r++) {
            const char *s = r == nr ? table_header(tb->t, c, NULL) : table_cell(tb->t, r, c);
            PangoLayout *l = layout(p, r == nr ? F_BOLD : F_BODY, s, 0);
            size_t w = (size_t)layout_w(l) + 1;
            if (r < nr) {
                cw[r * tb->nc + c] = w;
                fit[r * tb->nc + c] = layout_h(l);
            }
            g_object_unref(l);
            nat[c] = w > nat[c] ? w : nat[c];
        }
        min[c] = nat[c] < 40 ? nat[c] : 40;
    }
    table_widths(nat, min, tb->nc, (size_t)(p->width - 2 * cell_pad * (double)tb->nc), 0,
                 tb->w);
    for (r = 0; r < nr * tb->nc; r++)
        if (cw[r] > tb->w[r % tb->nc])
            fit[r] = -1;
    free(cw);
    free(nat);
    free(min);
}

/* Row's height without laying it out, when every cell fits; else -1. */
static double row_fit(const struct tab *tb, const double *fit, size_t row)
{
    double h = 0;
    size_t c;

    for (c = 0; c < tb->nc; c++) {
        double ch = fit[row * tb->nc + c];
        if (ch < 0)
            return -1;
        h = ch > h ? ch : h;
    }
    return h + 3;
}

/* The table's measures, made in the first pass and kept for the second. */
static struct tcache *measures(struct pdf *p, struct tab *tb, size_t at)
{
    struct tcache *m = p->cache[at];

    if (m == NULL) {
        m = p->cache[at] = xcalloc(1, sizeof *m);
        m->w = xcalloc(tb->nc + 1, sizeof *m->w);
        m->fit = xcalloc(table_rows(tb->t) * tb->nc + 1, sizeof *m->fit);
        tb->w = m->w;
        widths(p, tb, m->fit);
    }
    tb->w = m->w;
    return m;
}

static void table(struct pdf *p, const struct table *t, size_t at)
{
    struct tab tb = { t, table_cols(t), NULL };
    PangoLayout **ls = xcalloc(tb.nc, sizeof *ls), **hl = xcalloc(tb.nc, sizeof *hl);
    size_t r, nr = table_rows(t);
    const struct tcache *m = measures(p, &tb, at);

    space(p, 3);
    if (nr == 0) { /* as the text does: the header row alone */
        double hh = row_layouts(p, &tb, SIZE_MAX, hl);
        need(p, hh);
        row_draw(p, &tb, hl, hh, 1);
    }
    for (r = 0; r < nr; r++) {
        /* counting pages, a row that fits is not laid out: its height is known */
        double rh = p->draw ? -1 : row_fit(&tb, m->fit, r);
        int laid = rh < 0;
        if (laid)
            rh = row_layouts(p, &tb, r, ls);
        if (r == 0 || p->y + rh > p->bottom) {
            double hh = row_layouts(p, &tb, SIZE_MAX, hl);
            /* a row never splits, and the header row comes with it */
            if (p->y + hh + rh > p->bottom && !p->fresh)
                new_page(p);
            p->fresh = 0;
            row_draw(p, &tb, hl, hh, 1);
        }
        if (laid)
            row_draw(p, &tb, ls, rh, 0);
        else
            p->y += rh;
    }
    free(ls);
    free(hl);
}

/* ---- pictures ------------------------------------------------------------ */

static void picture(struct pdf *p, const struct doc_picture *pic)
{
    PangoLayout *cap = layout(p, F_SMALL, pic->caption, p->width);
    double h = chart_height(pic, p->width), ch = layout_h(cap);
    double room = p->bottom - p->top - ch - 6, scale = h > room ? room / h : 1;

    space(p, 8);
    /* a picture taller than a page is drawn smaller, never across its foot */
    need(p, h * scale + ch + 4);
    if (p->draw) {
        cairo_save(p->cr);
        cairo_translate(p->cr, p->x0, p->y);
        cairo_scale(p->cr, scale, scale);
        chart_draw(p->cr, p->ctx, p->font[F_SMALL], pic, 0, 0, p->width / scale);
        cairo_restore(p->cr);
        cairo_move_to(p->cr, p->x0, p->y + h * scale + 2);
        pango_cairo_show_layout(p->cr, cap);
    }
    p->y += h * scale + ch + 6;
    g_object_unref(cap);
}

/* ---- the document -------------------------------------------------------- */

static void node(struct pdf *p, const struct doc_node *n, size_t at)
{
    switch (n->type) {
    case DOC_LINE:
        para(p, F_BODY, F_BODY, NULL, 0, 0, n->text);
        break;
    case DOC_BLANK:
    case DOC_GAP:
        space(p, 5);
        break;
    case DOC_HEADING:
        heading(p, n, n->rule == '=' ? F_PART : F_SECT, n->rule == '=' ? 14 : 7);
        break;
    case DOC_PARA:
        if (n->style == DOC_TITLE)
            heading(p, n, F_TITLE, 4);
        else
            para(p, F_BODY, n->style == DOC_LABEL ? F_BOLD : F_BODY, n->lead, n->margin,
                 n->rest, n->text);
        break;
    case DOC_MARKED:
        marked(p, n);
        break;
    case DOC_TABLE:
        table(p, n->table, at);
        break;
    case DOC_PICTURE:
        picture(p, n->pic);
        break;
    }
}

static void pass(struct pdf *p, int draw)
{
    size_t i;

    p->draw = draw;
    p->page = 0;
    page_begin(p);
    for (i = 0; i < p->d->n; i++)
        node(p, &p->d->nodes[i], i);
    page_end(p);
    p->pages = p->page;
}

/* Count the pages, then draw them. */
static void passes(struct pdf *p)
{
    size_t i;

    p->cache = xcalloc(p->d->n + 1, sizeof *p->cache);
    pass(p, 0);
    pass(p, 1);
    for (i = 0; i < p->d->n; i++)
        if (p->cache[i] != NULL) {
            free(p->cache[i]->w);
            free(p->cache[i]->fit);
            free(p->cache[i]);
        }
    free(p->cache);
    p->cache = NULL;
}

static cairo_status_t to_buf(void *closure, const unsigned char *data, unsigned int n)
{
    buf_addn(closure, (const char *)data, n);
    return CAIRO_STATUS_SUCCESS;
}

static void set_metadata(cairo_surface_t *s, const struct doc *d, const struct pdf_meta *m)
{
    char *creator = xasprintf("irdesk %s", IRDESK_VERSION);

    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, d->title ? d->title : "");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, m->service);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, d->title ? d->title : "");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, creator);
    free(creator);
}

/* The last place key occurs in the n bytes at s (binary: NULs allowed). */
static const char *find_last(const char *s, size_t n, const char *key)
{
    size_t k = strlen(key), i;

    for (i = n >= k ? n - k + 1 : 0; i-- > 0;)
        if (memcmp(s + i, key, k) == 0)
            return s + i;
    return NULL;
}

/* The document's language in its catalog (/Lang), which Cairo 1.16 has no
 * call for: an incremental update appends the catalog again with it, a
 * cross-reference section for that one object and a trailer pointing back
 * to Cairo's.  Left as Cairo wrote it when the trailer is not as expected. */
static void set_lang(struct buf *b, const char *lang)
{
    const char *tr = find_last(b->s, b->len, "trailer"), *root, *cat, *start, *end;
    long size = 0, rootno = 0, info = 0, prev = 0;
    char *dict;
    size_t at, xref;

    if (tr == NULL || sscanf(tr, "trailer << /Size %ld /Root %ld 0 R /Info %ld 0 R", &size,
                             &rootno, &info) != 3)
        return;
    root = find_last(b->s, b->len, "startxref");
    cat = find_last(b->s, (size_t)(tr - b->s), "/Type /Catalog");
    if (root == NULL || sscanf(root, "startxref %ld", &prev) != 1 || cat == NULL)
        return;
    start = find_last(b->s, (size_t)(cat - b->s), "<<");
    end = strstr(cat, "endobj");
    if (start == NULL || end == NULL || end > tr)
        return;
    dict = xstrndup(start + 2, (size_t)(end - start - 2));
    at = b->len;
    buf_printf(b, "%ld 0 obj\n<< /Lang (%s)%sendobj\n", rootno, lang, dict);
    xref = b->len;
    buf_printf(b, "xref\n%ld 1\n%010zu 00000 n \n", rootno, at);
    buf_printf(b,
               "trailer\n<< /Size %ld\n   /Root %ld 0 R\n   /Info %ld 0 R\n   /Prev %ld\n>>\n"
               "startxref\n%zu\n%%%%EOF\n",
               size, rootno, info, prev, xref);
    free(dict);
}

static void fonts_open(struct pdf *p, PangoFontMap *fm)
{
    int f;

    p->ctx = pango_font_map_create_context(fm);
    pango_context_set_language(p->ctx, pango_language_from_string(p->m->lang));
    for (f = 0; f < F_COUNT; f++)
        p->font[f] = pango_font_description_from_string(font_specs[f]);
}

static void fonts_close(struct pdf *p, PangoFontMap *fm)
{
    int f;

    for (f = 0; f < F_COUNT; f++)
        pango_font_description_free(p->font[f]);
    g_object_unref(p->ctx);
    /* the font map's fonts hold Cairo's: let go of both */
    pango_fc_font_map_shutdown(PANGO_FC_FONT_MAP(fm));
    g_object_unref(fm);
    /* then Cairo's caches: nothing of a report stays behind.  Not FcFini:
     * Pango loads fontconfig's configuration on a thread of its own, and
     * fontconfig asserts when its caches go while that thread holds them */
    cairo_debug_reset_static_data();
}

int pdf_render(const struct doc *d, const struct pdf_meta *m, char **out, size_t *len,
               int *pages, struct ird_err *e)
{
    struct buf b = { 0 };
    struct pdf p;
    cairo_surface_t *s;
    PangoFontMap *fm;
    cairo_status_t st;

    *out = NULL;
    *len = 0;
    *pages = 0;
    if (pdf_lib_load(e) < 0)
        return -1;
    memset(&p, 0, sizeof p);
    p.d = d;
    p.m = m;
    p.x0 = margin;
    p.width = page_w - 2 * margin;
    p.top = margin + head_h;
    p.bottom = page_h - margin - foot_h;
    p.cell = p.width / (double)(d->width > 0 ? d->width : 80);
    s = cairo_pdf_surface_create_for_stream(to_buf, &b, page_w, page_h);
    set_metadata(s, d, m);
    p.cr = cairo_create(s);
    fm = pango_cairo_font_map_new();
    fonts_open(&p, fm);
    pango_cairo_update_context(p.cr, p.ctx);
    passes(&p);
    cairo_destroy(p.cr);
    cairo_surface_finish(s);
    st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    fonts_close(&p, fm);
    if (st != CAIRO_STATUS_SUCCESS) {
        buf_fini(&b);
        return ird_fail(e, IRD_IO, _("The PDF could not be made: %s."),
                        cairo_status_to_string(st));
    }
    set_lang(&b, strcmp(m->lang, "en") == 0 ? "en" : "nl-BE");
    *len = b.len;
    *pages = p.pages;
    *out = buf_take(&b);
    return 0;
}

int pdf_is_path(const char *path)
{
    size_t n = strlen(path);

    return n >= 4 && strcasecmp(path + n - 4, ".pdf") == 0;
}
