/* Pango and Cairo loaded at the first PDF (pdf_lib.h). */
#define PDF_LIB_SELF
#include "core/pdf_lib.h"

#include "i18n/i18n.h"
#include "lib/dynlib.h"

struct pdf_lib pdf_lib;

/* Pango's Cairo binding (Debian's libpangocairo-1.0-0): the libraries it needs
 * (Pango, PangoFT2, Cairo with its PDF surface, GObject, GLib,
 * fontconfig) come with it, and dlsym finds their functions through its
 * handle. */
#define PDF_LIB_NAME "libpangocairo-1.0.so.0"

int pdf_lib_load(struct ird_err *e)
{
#define PDF_LIB_ENTRY(fn) DYNLIB_SYM(pdf_lib, fn),
    static const struct dynlib_sym syms[] = { PDF_LIB_FUNCS(PDF_LIB_ENTRY) };
#undef PDF_LIB_ENTRY
    static void *lib;
    const char *why = NULL;

    if (lib != NULL)
        return 0;
    switch (dynlib_load(PDF_LIB_NAME, syms, sizeof syms / sizeof syms[0], &lib, &why)) {
    case 0:
        return 0;
    case -1:
        return ird_fail(e, IRD_IO,
                        _("Pango and Cairo (%s), which make the PDF, cannot be loaded: %s. "
                          "Install libpangocairo-1.0-0, or ask for text."),
                        PDF_LIB_NAME, why);
    default:
        return ird_fail(e, IRD_IO, _("The PDF library %s lacks %s."), PDF_LIB_NAME, why);
    }
}
