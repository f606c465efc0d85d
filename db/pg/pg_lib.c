/* libpq loaded at the first store opened on a server (pg_lib.h). */
#define PG_LIB_SELF
#include "db/pg/pg_lib.h"

#include "i18n/i18n.h"
#include "lib/dynlib.h"

struct pg_lib pg_lib;

/* the library's soname (Debian's libpq5) */
#define PG_LIB_NAME "libpq.so.5"

int pg_lib_load(struct ird_err *e)
{
#define PG_LIB_ENTRY(fn) DYNLIB_SYM(pg_lib, fn),
    static const struct dynlib_sym syms[] = { PG_LIB_FUNCS(PG_LIB_ENTRY) };
#undef PG_LIB_ENTRY
    static void *lib;
    const char *why = NULL;

    if (lib != NULL)
        return 0;
    switch (dynlib_load(PG_LIB_NAME, syms, sizeof syms / sizeof syms[0], &lib, &why)) {
    case 0:
        return 0;
    case -1:
        return ird_fail(e, IRD_IO,
                        _("PostgreSQL's client library (%s) cannot be loaded: %s. Install "
                          "libpq5."),
                        PG_LIB_NAME, why);
    default:
        return ird_fail(e, IRD_IO, _("PostgreSQL's client library (%s) lacks %s."),
                        PG_LIB_NAME, why);
    }
}
