#include "lib/err.h"

#include <stdarg.h>
#include <stdio.h>


static const char *const code_texts[] = {
#define X(id, text) text,
    IRD_ERRORS(X)
#undef X
};

const char *ird_code_msgid(enum ird_code c)
{
    if ((unsigned)c >= IRD_CODE_COUNT)
        c = IRD_STORE;
    return code_texts[c];
}

int ird_fail(struct ird_err *e, enum ird_code c, const char *fmt, ...)
{
    va_list ap;

    if (e == NULL)
        return -1;
    e->code = c;
    if (fmt == NULL) {
        snprintf(e->msg, sizeof e->msg, "%s", ird_code_msgid(c));
        return -1;
    }
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    return -1;
}
