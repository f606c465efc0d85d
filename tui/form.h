#ifndef IRDESK_TUI_FORM_H
#define IRDESK_TUI_FORM_H

#include <stdint.h>

struct app;
struct kind;
struct record;
struct screen;

/* The edit form: edit r (or add one of kind k when r is NULL) on s;
 * returns the saved record's id, or 0 when nothing was saved (the reason,
 * if any, on s's message line). */
int64_t form_run(struct app *a, struct screen *s, const struct kind *k, const struct record *r);

#endif
