/* libpq loaded at the first store opened on a server (pg_lib.h). */
#define PG_LIB_SELF
#include "db/pg/pg_lib.h"

#include <dlfcn.h>
#include <string.h>

#include "i18n/i18n.h"

struct pg_lib pg_lib;

/* the library's soname (Debian's libpq5) */
#define PG_LIB_NAME "libpq.so.5"

int pg_lib_load(struct ird_err *e)
{
    static void *lib;
    void *h, *f;
    const char *missing = NULL;

    if (lib != NULL)
        return 0;
    h = dlopen(PG_LIB_NAME, RTLD_NOW | RTLD_LOCAL);
    if (h == NULL)
        return ird_fail(e, IRD_IO,
                        _("PostgreSQL's client library (%s) cannot be loaded: %s. Install "
                          "libpq5."),
                        PG_LIB_NAME, dlerror());
#define PG_LIB_SYM(fn)                                                     \
    if (missing == NULL) {                                                 \
        f = dlsym(h, #fn);                                                 \
        if (f == NULL)                                                     \
            missing = #fn;                                                 \
        else                                                               \
            memcpy(&pg_lib.f_##fn, &f, sizeof pg_lib.f_##fn);              \
    }
    PG_LIB_FUNCS(PG_LIB_SYM)
#undef PG_LIB_SYM
    if (missing != NULL) {
        dlclose(h);
        memset(&pg_lib, 0, sizeof pg_lib);
        return ird_fail(e, IRD_IO, _("PostgreSQL's client library (%s) lacks %s."),
                        PG_LIB_NAME, missing);
    }
    lib = h;
    return 0;
}
