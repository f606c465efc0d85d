#ifndef IRDESK_LIB_CONV_H
#define IRDESK_LIB_CONV_H

#include <stddef.h>

/* Text conversion through iconv: the one place that uses it. */

/* s folded for comparison: lower case, and letters with accents reduced to
 * their base letter through iconv's transliteration ("Liège" -> "liege",
 * "BEËINDIGD" -> "beeindigd"); characters without a Latin form (金沢市)
 * stay as they are, lower-cased.  Caller frees. */
char *conv_fold(const char *s);

/* 1 when iconv knows the character set name. */
int conv_charset_ok(const char *charset);

/* Convert UTF-8 text to charset, transliterating what it cannot hold (a
 * character with no form there becomes '?'; no line is ever dropped).
 * Returns the converted bytes (caller frees; *outlen gets their number) and
 * in *lost how many characters had no exact form; NULL when the character
 * set is unknown. */
char *conv_to(const char *charset, const char *text, size_t *outlen, size_t *lost);

/* Convert text of n bytes from charset to UTF-8.  NULL when the charset is
 * unknown or the text is not valid in it; then *bad_line (1-based) says
 * where.  Caller frees; *outlen gets the length. */
char *conv_from(const char *charset, const char *text, size_t n, size_t *outlen,
                size_t *bad_line);

#endif
