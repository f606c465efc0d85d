#ifndef IRDESK_LIB_TABLE_H
#define IRDESK_LIB_TABLE_H

#include <stddef.h>

/* Columns of text aligned by display width (never bytes). */
struct table;

/* A table of ncols columns; caller owns (table_free). */
struct table *table_new(size_t ncols);
void table_free(struct table **pt);
/* Column col's header, its widest allowed width (0: no limit) and whether
 * it is aligned right (numbers). */
void table_column(struct table *t, size_t col, const char *header, size_t max, int right);
/* Add a row of ncols cells (copied; NULL is empty). */
void table_add(struct table *t, const char *const *cells);
size_t table_rows(const struct table *t);
/* The number of columns. */
size_t table_cols(const struct table *t);
/* Column col's header (borrowed; "" past the end) and whether it is aligned
 * right; the cell at row, col (borrowed; "" when empty or past the end). */
const char *table_header(const struct table *t, size_t col, int *right);
const char *table_cell(const struct table *t, size_t row, size_t col);

/* Widths of n columns that fit in total cells with gap cells between them:
 * natural widths when they fit, else the widest columns give way first,
 * down to their minimum.  Pure: unit-tested without a terminal. */
void table_widths(const size_t *natural, const size_t *minimum, size_t n, size_t total,
                  size_t gap, size_t *out);

/* The whole table as text: a header line, then one line per row, each cut
 * to fit total cells (0: no limit).  Caller frees. */
char *table_render(const struct table *t, size_t total);
/* The same with the cells too wide for their column wrapped at word
 * boundaries onto lines of their own (a printed page loses no text). */
char *table_render_wrapped(const struct table *t, size_t total);

#endif
