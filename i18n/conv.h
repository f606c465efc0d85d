#ifndef IRDESK_I18N_CONV_H
#define IRDESK_I18N_CONV_H

/* Text conversion through iconv: the one place that uses it. */

/* s folded for comparison: lower case, and letters with accents reduced to
 * their base letter through iconv's transliteration ("Liège" -> "liege",
 * "BEËINDIGD" -> "beeindigd"); characters without a Latin form (金沢市)
 * stay as they are, lower-cased.  Caller frees. */
char *conv_fold(const char *s);

#endif
