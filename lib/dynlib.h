#ifndef IRDESK_LIB_DYNLIB_H
#define IRDESK_LIB_DYNLIB_H

#include <stddef.h>

/* A library loaded when first needed (libpq for a server, Pango and Cairo
 * for a PDF), so that a desk that needs neither maps neither. */

/* One function to resolve: its name, and the function pointer it goes into
 * (a pointer to the member, of size bytes: a function pointer's). */
struct dynlib_sym {
    const char *name;
    void *slot;
    size_t size;
};

/* The entry of function fn in table tab, whose member is f_fn. */
#define DYNLIB_SYM(tab, fn) { #fn, &(tab).f_##fn, sizeof (tab).f_##fn }

/* Load soname and fill each of the n slots.  0 and the handle in *handle;
 * -1 when the library cannot be loaded (*why: the loader's reason); -2
 * when it lacks a function (*why: its name), the library closed again
 * and every slot cleared. */
int dynlib_load(const char *soname, const struct dynlib_sym *syms, size_t n, void **handle,
                const char **why);

#endif
