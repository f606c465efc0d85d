#ifndef IRDESK_CORE_EXTRA_H
#define IRDESK_CORE_EXTRA_H

struct extra;

/* The line shown for an extra of a record (a network's role with its
 * period, an initiative's chapter or top priority) in the current language
 * (the other one marked when it has none), worded here from the parts the
 * store hands over, then its note (a role's note, a priority's basis).
 * Caller frees. */
char *extra_text(const struct extra *x);
/* The same line without its note (a summary's).  Caller frees. */
char *extra_title(const struct extra *x);

#endif
