#include "lib/dynlib.h"

#include <dlfcn.h>
#include <string.h>

int dynlib_load(const char *soname, const struct dynlib_sym *syms, size_t n, void **handle,
                const char **why)
{
    void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL), *f;
    size_t i;

    if (h == NULL) {
        *why = dlerror();
        return -1;
    }
    for (i = 0; i < n; i++) {
        f = dlsym(h, syms[i].name);
        if (f == NULL || syms[i].size != sizeof f) {
            *why = syms[i].name;
            while (i-- > 0)
                memset(syms[i].slot, 0, syms[i].size);
            dlclose(h);
            return -2;
        }
        /* a function pointer is as big as an object pointer (POSIX dlsym) */
        memcpy(syms[i].slot, &f, sizeof f);
    }
    *handle = h;
    return 0;
}
