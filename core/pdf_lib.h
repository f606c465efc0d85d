#ifndef IRDESK_CORE_PDF_LIB_H
#define IRDESK_CORE_PDF_LIB_H

/* Pango and Cairo, loaded when the first PDF is made (pdf_lib_load): a
 * desk that only browses and edits never maps them nor what they bring
 * (GLib, GObject, GIO, fontconfig, FreeType, HarfBuzz, pixman, libpng,
 * X11 and xcb: some 3.5 MB of its resident memory), as db/pg/pg_lib.h
 * does for libpq.  Every function of theirs the renderer (core/pdf.c,
 * core/chart.c) calls is named once here; the renderer calls it by its own
 * name, which this header turns into the loaded pointer.  Include it
 * after every other header. */

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "lib/err.h"

#define PDF_LIB_FUNCS(X)                                                                \
    X(cairo_arc) X(cairo_close_path) X(cairo_create) X(cairo_debug_reset_static_data)   \
    X(cairo_destroy) X(cairo_fill) X(cairo_fill_preserve) X(cairo_line_to)              \
    X(cairo_move_to) X(cairo_new_sub_path) X(cairo_pdf_surface_create_for_stream)       \
    X(cairo_pdf_surface_set_metadata) X(cairo_rectangle) X(cairo_restore)               \
    X(cairo_save) X(cairo_scale) X(cairo_set_line_width) X(cairo_set_source_rgb)        \
    X(cairo_show_page) X(cairo_status_to_string) X(cairo_stroke)                        \
    X(cairo_surface_destroy) X(cairo_surface_finish) X(cairo_surface_status)            \
    X(cairo_translate) X(g_object_unref) X(g_type_check_instance_cast)                  \
    X(pango_cairo_font_map_new) X(pango_cairo_show_layout)                              \
    X(pango_cairo_show_layout_line) X(pango_cairo_update_context)                       \
    X(pango_context_set_language) X(pango_fc_font_map_get_type)                         \
    X(pango_fc_font_map_shutdown) X(pango_font_description_free)                        \
    X(pango_font_description_from_string) X(pango_font_map_create_context)              \
    X(pango_language_from_string) X(pango_layout_get_iter) X(pango_layout_get_size)     \
    X(pango_layout_iter_free) X(pango_layout_iter_get_baseline)                         \
    X(pango_layout_iter_get_line_extents) X(pango_layout_iter_get_line_readonly)        \
    X(pango_layout_iter_next_line) X(pango_layout_new) X(pango_layout_set_alignment)    \
    X(pango_layout_set_ellipsize) X(pango_layout_set_font_description)                  \
    X(pango_layout_set_text) X(pango_layout_set_width) X(pango_layout_set_wrap)         \
    X(pango_units_from_double) X(pango_units_to_double)

struct pdf_lib {
#define PDF_LIB_MEMBER(f) __typeof__(&f) f_##f;
    PDF_LIB_FUNCS(PDF_LIB_MEMBER)
#undef PDF_LIB_MEMBER
};
extern struct pdf_lib pdf_lib;

/* Load Pango and Cairo once (0), or -1 with why in *e (IRD_IO). */
int pdf_lib_load(struct ird_err *e);

#ifndef PDF_LIB_SELF
#define cairo_arc (pdf_lib.f_cairo_arc)
#define cairo_close_path (pdf_lib.f_cairo_close_path)
#define cairo_create (pdf_lib.f_cairo_create)
#define cairo_debug_reset_static_data (pdf_lib.f_cairo_debug_reset_static_data)
#define cairo_destroy (pdf_lib.f_cairo_destroy)
#define cairo_fill (pdf_lib.f_cairo_fill)
#define cairo_fill_preserve (pdf_lib.f_cairo_fill_preserve)
#define cairo_line_to (pdf_lib.f_cairo_line_to)
#define cairo_move_to (pdf_lib.f_cairo_move_to)
#define cairo_new_sub_path (pdf_lib.f_cairo_new_sub_path)
#define cairo_pdf_surface_create_for_stream (pdf_lib.f_cairo_pdf_surface_create_for_stream)
#define cairo_pdf_surface_set_metadata (pdf_lib.f_cairo_pdf_surface_set_metadata)
#define cairo_rectangle (pdf_lib.f_cairo_rectangle)
#define cairo_restore (pdf_lib.f_cairo_restore)
#define cairo_save (pdf_lib.f_cairo_save)
#define cairo_scale (pdf_lib.f_cairo_scale)
#define cairo_set_line_width (pdf_lib.f_cairo_set_line_width)
#define cairo_set_source_rgb (pdf_lib.f_cairo_set_source_rgb)
#define cairo_show_page (pdf_lib.f_cairo_show_page)
#define cairo_status_to_string (pdf_lib.f_cairo_status_to_string)
#define cairo_stroke (pdf_lib.f_cairo_stroke)
#define cairo_surface_destroy (pdf_lib.f_cairo_surface_destroy)
#define cairo_surface_finish (pdf_lib.f_cairo_surface_finish)
#define cairo_surface_status (pdf_lib.f_cairo_surface_status)
#define cairo_translate (pdf_lib.f_cairo_translate)
#define g_object_unref (pdf_lib.f_g_object_unref)
#define g_type_check_instance_cast (pdf_lib.f_g_type_check_instance_cast)
#define pango_cairo_font_map_new (pdf_lib.f_pango_cairo_font_map_new)
#define pango_cairo_show_layout (pdf_lib.f_pango_cairo_show_layout)
#define pango_cairo_show_layout_line (pdf_lib.f_pango_cairo_show_layout_line)
#define pango_cairo_update_context (pdf_lib.f_pango_cairo_update_context)
#define pango_context_set_language (pdf_lib.f_pango_context_set_language)
#define pango_fc_font_map_get_type (pdf_lib.f_pango_fc_font_map_get_type)
#define pango_fc_font_map_shutdown (pdf_lib.f_pango_fc_font_map_shutdown)
#define pango_font_description_free (pdf_lib.f_pango_font_description_free)
#define pango_font_description_from_string (pdf_lib.f_pango_font_description_from_string)
#define pango_font_map_create_context (pdf_lib.f_pango_font_map_create_context)
#define pango_language_from_string (pdf_lib.f_pango_language_from_string)
#define pango_layout_get_iter (pdf_lib.f_pango_layout_get_iter)
#define pango_layout_get_size (pdf_lib.f_pango_layout_get_size)
#define pango_layout_iter_free (pdf_lib.f_pango_layout_iter_free)
#define pango_layout_iter_get_baseline (pdf_lib.f_pango_layout_iter_get_baseline)
#define pango_layout_iter_get_line_extents (pdf_lib.f_pango_layout_iter_get_line_extents)
#define pango_layout_iter_get_line_readonly (pdf_lib.f_pango_layout_iter_get_line_readonly)
#define pango_layout_iter_next_line (pdf_lib.f_pango_layout_iter_next_line)
#define pango_layout_new (pdf_lib.f_pango_layout_new)
#define pango_layout_set_alignment (pdf_lib.f_pango_layout_set_alignment)
#define pango_layout_set_ellipsize (pdf_lib.f_pango_layout_set_ellipsize)
#define pango_layout_set_font_description (pdf_lib.f_pango_layout_set_font_description)
#define pango_layout_set_text (pdf_lib.f_pango_layout_set_text)
#define pango_layout_set_width (pdf_lib.f_pango_layout_set_width)
#define pango_layout_set_wrap (pdf_lib.f_pango_layout_set_wrap)
#define pango_units_from_double (pdf_lib.f_pango_units_from_double)
#define pango_units_to_double (pdf_lib.f_pango_units_to_double)
#endif

#endif
