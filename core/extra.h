#ifndef IRDESK_CORE_EXTRA_H
#define IRDESK_CORE_EXTRA_H

struct extra;

/* The line shown for an extra of a record (a network's role, an
 * initiative's chapter or top priority) in the current language, worded
 * here from the parts the store hands over.  Caller frees. */
char *extra_text(const struct extra *x);

#endif
