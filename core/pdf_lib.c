/* Pango and Cairo loaded at the first PDF (pdf_lib.h). */
#define PDF_LIB_SELF
#include "core/pdf_lib.h"

#include <dlfcn.h>
#include <string.h>

#include "i18n/i18n.h"

struct pdf_lib pdf_lib;

/* Pango's Cairo binding (Debian's libpangocairo-1.0-0): the libraries it needs
 * (Pango, PangoFT2, Cairo with its PDF surface, GObject, GLib,
 * fontconfig) come with it, and dlsym finds their functions through its
 * handle. */
#define PDF_LIB_NAME "libpangocairo-1.0.so.0"

int pdf_lib_load(struct ird_err *e)
{
    static void *lib;
    void *h, *f;
    const char *missing = NULL;

    if (lib != NULL)
        return 0;
    h = dlopen(PDF_LIB_NAME, RTLD_NOW | RTLD_LOCAL);
    if (h == NULL)
        return ird_fail(e, IRD_IO,
                        _("Pango and Cairo (%s), which make the PDF, cannot be loaded: %s. "
                          "Install libpangocairo-1.0-0, or ask for text."),
                        PDF_LIB_NAME, dlerror());
#define PDF_LIB_SYM(fn)                                                    \
    if (missing == NULL) {                                                 \
        f = dlsym(h, #fn);                                                 \
        if (f == NULL)                                                     \
            missing = #fn;                                                 \
        else                                                               \
            memcpy(&pdf_lib.f_##fn, &f, sizeof pdf_lib.f_##fn);            \
    }
    PDF_LIB_FUNCS(PDF_LIB_SYM)
#undef PDF_LIB_SYM
    if (missing != NULL) {
        dlclose(h);
        memset(&pdf_lib, 0, sizeof pdf_lib);
        return ird_fail(e, IRD_IO, _("The PDF library %s lacks %s."), PDF_LIB_NAME, missing);
    }
    lib = h;
    return 0;
}
