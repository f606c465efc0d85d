#ifndef IRDESK_TUI_LAYOUT_H
#define IRDESK_TUI_LAYOUT_H

#include <stddef.h>

#include "model/kind.h"

/* Column layout of a list pane: pure arithmetic, unit-tested. */
enum { COL_ID = -1, COL_STATUS = -2 };

struct listcol {
    int field;          /* field index, COL_ID or COL_STATUS */
    size_t width;       /* display cells */
    int right;          /* aligned right (numbers) */
    const char *header; /* translated header */
};

/* The columns of kind k for a screen width cols: number, the kind's list
 * fields, status; sized from the widest translated header and label, the
 * text columns giving way first when space is short and taking what is
 * left over.  Returns how many (at most max) went into out. */
size_t layout_list(const struct kind *k, size_t cols, struct listcol *out, size_t max);

/* The same for the rows on screen: seen[f] the widest value of field f
 * among them (cells) and seen[k->nfields] the widest status; a column
 * whose values are narrower than its natural width (a mostly empty one)
 * takes what they need, down to its least, and leaves the rest to the
 * others.  seen NULL: layout_list. */
size_t layout_list_seen(const struct kind *k, size_t cols, const size_t *seen,
                        struct listcol *out, size_t max);

/* What to show of v in width cells so that it does not read the same as
 * any of the n others shown above and below it (NULL ones skipped): v
 * itself when it fits or stands out anyway; else "…" and v from the word
 * where it parts from the others ("…Gent – Wiesbaden"), to be cut at the
 * end as usual.  Caller frees. */
char *layout_tell_apart(const char *v, const char *const *others, size_t n, size_t width);

/* The label column of the detail view and the form: the widest label
 * (cells), up to 45% of the width. */
size_t layout_label_width(size_t widest, size_t width);

/* Rows of the list and of the preview below it on a screen of 'lines'
 * rows (top bar, header, separator and bottom line excluded). */
void layout_split(int lines, int *list_rows, int *preview_rows);

#endif
