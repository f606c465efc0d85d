#ifndef IRDESK_I18N_I18N_H
#define IRDESK_I18N_I18N_H

#include <libintl.h>

#include "lib/err.h"

#define IRD_DOMAIN "irdesk"

#define _(s) i18n_gettext(s)
#undef N_
#define N_(s) (s)
#define P_(s, p, n) ngettext((s), (p), (n))
/* A message with a context, for short ambiguous labels. */
#define C_(ctx, s) i18n_pgettext(ctx "\004" s, s)

enum i18n_lang { LANG_EN, LANG_NL };

/* Set up locale and catalogs.  lang is "nl", "en" or NULL (then the locale
 * environment decides, else English).  Switches to C.UTF-8 when the locale is
 * C/POSIX so that wide characters and LANGUAGE work.  Returns 0, or -1 when
 * lang is not a known language (English is then in force). */
int i18n_init(const char *lang);

/* Switch the language at run time; returns -1 for an unknown code. */
int i18n_set(const char *lang);

/* The language in force. */
enum i18n_lang i18n_lang(void);
/* Its code: "nl" or "en". */
const char *i18n_code(void);

/* gettext(msgid), its answers kept: each call of gettext takes locks and
 * reads the environment, and the desk asks for the same labels at every
 * draw (a form's, its label column's width, a list's headings).  Kept by
 * the message's address and checked against its text, so a message in a
 * buffer that changes is asked again. */
const char *i18n_gettext(const char *msgid) __attribute__((format_arg(1)));
/* gettext of a "ctx\004msg" key, falling back to msg. */
const char *i18n_pgettext(const char *key, const char *msg);

/* The language a locale environment value names ("nl_BE.UTF-8" -> "nl"),
 * or NULL when it is neither Dutch nor English. */
const char *i18n_from_locale(const char *value);
/* The language a LANGUAGE value names: the first entry of its colon list
 * that is Dutch or English ("fr:nl_BE:en" -> "nl"), or NULL for none. */
const char *i18n_from_language(const char *list);

/* The translated default text of an error code (borrowed, static). */
const char *ird_code_text(enum ird_code c);

#endif
