#ifndef IRDESK_LIB_ERR_H
#define IRDESK_LIB_ERR_H

#ifndef N_
#define N_(s) (s) /* a msgid: translated where it is shown (i18n/) */
#endif

/* Error codes with their default (translatable) texts, listed once. */
#define IRD_ERRORS(X)                                                      \
    X(OK, N_("No error"))                                                    \
    X(NOT_FOUND, N_("Record not found"))                                   \
    X(INVALID, N_("Invalid input"))                                        \
    X(TRANSITION, N_("This status change is not allowed"))                 \
    X(STALE, N_("Someone else saved this record first"))                   \
    X(READONLY, N_("The database is open read-only"))                      \
    X(STORE, N_("Database error"))                                         \
    X(IO, N_("File error"))

enum ird_code {
#define X(id, text) IRD_##id,
    IRD_ERRORS(X)
#undef X
    IRD_CODE_COUNT
};

/* An error as the caller can show it: msg is already translated. */
struct ird_err {
    enum ird_code code;
    char msg[512];
};

/* Fill *e (which may be NULL) with code and a formatted message; returns -1. */
int ird_fail(struct ird_err *e, enum ird_code c, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The default text of a code, untranslated (a msgid; borrowed, static):
 * i18n's ird_code_text translates it. */
const char *ird_code_msgid(enum ird_code c);

#endif
