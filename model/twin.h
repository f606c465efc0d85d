#ifndef IRDESK_MODEL_TWIN_H
#define IRDESK_MODEL_TWIN_H

#include <stddef.h>

#include "i18n/i18n.h"

struct field;

/* Both languages of a descriptive text.  A field's twin is named once, in
 * the Dutch field's alt (model/kind.h); the desk, the reports and the
 * exports show the one of the current language, and the other one, marked
 * with its language, when that one is empty. */

/* The twin of field i of the n fields fs: the English one of a Dutch field,
 * the Dutch one of an English field; -1 when it has none. */
int twin_of(const struct field *fs, int n, int i);

/* The language field i holds: LANG_NL for a Dutch field with a twin,
 * LANG_EN for the twin; -1 for a field without one. */
int twin_lang(const struct field *fs, int n, int i);

/* The value of the current language (NULL or "" is empty), else the other
 * one, *fallback then 1; NULL when both are empty.  Borrowed. */
const char *twin_pick(const char *nl, const char *en, int *fallback);

/* What is shown of a text in both languages: the current language's, or
 * the other one after its language's mark ("[nl] ..."); "" when both are
 * empty.  Caller frees. */
char *twin_text(const char *nl, const char *en);

/* The mark before a text shown in the other language (static, translated):
 * "[nl]" in the English desk, "[en]" in the Dutch one. */
const char *twin_mark(void);

/* The stored sort key column of a Dutch field with a twin, for language
 * lang, in out ("name_sk_en" for name_nl): 0, or -1 when it has none (not
 * a twin with F_SORT_KEY, or out too small). */
int twin_sort_col(const struct field *f, enum i18n_lang lang, char *out, size_t size);

#endif
