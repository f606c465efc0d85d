#include "lib/table.h"

#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"
#include "lib/text.h"

struct table {
    size_t ncols, nrows, cap;
    char **header;
    size_t *max;
    int *right;
    char **cells; /* nrows * ncols */
};

struct table *table_new(size_t ncols)
{
    struct table *t = xcalloc(1, sizeof *t);

    t->ncols = ncols;
    t->header = xcalloc(ncols, sizeof *t->header);
    t->max = xcalloc(ncols, sizeof *t->max);
    t->right = xcalloc(ncols, sizeof *t->right);
    return t;
}

void table_free(struct table **pt)
{
    struct table *t;
    size_t i;

    if (pt == NULL || *pt == NULL)
        return;
    t = *pt;
    for (i = 0; i < t->ncols; i++)
        free(t->header[i]);
    for (i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->header);
    free(t->max);
    free(t->right);
    free(t->cells);
    free(t);
    *pt = NULL;
}

void table_column(struct table *t, size_t col, const char *header, size_t max, int right)
{
    if (col >= t->ncols)
        return;
    free(t->header[col]);
    t->header[col] = xstrdup(header);
    t->max[col] = max;
    t->right[col] = right;
}

void table_add(struct table *t, const char *const *cells)
{
    size_t i;

    if (t->nrows == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 16;
        t->cells = xrealloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
    }
    for (i = 0; i < t->ncols; i++)
        t->cells[t->nrows * t->ncols + i] = xstrdup(cells[i] ? cells[i] : "");
    t->nrows++;
}

size_t table_rows(const struct table *t)
{
    return t->nrows;
}

size_t table_cols(const struct table *t)
{
    return t->ncols;
}

const char *table_header(const struct table *t, size_t col, int *right)
{
    if (right != NULL)
        *right = col < t->ncols ? t->right[col] : 0;
    return col < t->ncols && t->header[col] != NULL ? t->header[col] : "";
}

const char *table_cell(const struct table *t, size_t row, size_t col)
{
    const char *s = row < t->nrows && col < t->ncols ? t->cells[row * t->ncols + col] : NULL;

    return s != NULL ? s : "";
}

void table_widths(const size_t *natural, const size_t *minimum, size_t n, size_t total,
                  size_t gap, size_t *out)
{
    size_t sum = 0, i;

    for (i = 0; i < n; i++) {
        out[i] = natural[i];
        sum += out[i];
    }
    if (n > 0)
        sum += gap * (n - 1);
    /* take one cell at a time from the widest column that can still give */
    while (total > 0 && sum > total) {
        size_t widest = n;
        for (i = 0; i < n; i++)
            if (out[i] > minimum[i] && (widest == n || out[i] > out[widest]))
                widest = i;
        if (widest == n)
            break;
        out[widest]--;
        sum--;
    }
}

static void add_cell(struct buf *b, const char *s, size_t w, int right, int last)
{
    size_t sw = text_width(s);
    char *fit;

    if (right && sw < w) {
        size_t i;
        for (i = sw; i < w; i++)
            buf_add(b, " ");
        fit = text_fit(s, sw, 0);
    } else {
        fit = text_fit(s, w, !last);
    }
    buf_add(b, fit);
    free(fit);
}

/* A row's cells (r 0: the header) added to b as lines of widths w: each
 * cut to its width, or, when wrap is set, wrapped onto as many lines as
 * its longest cell needs (numbers, aligned right, are never wrapped). */
static void add_row(struct buf *b, const struct table *t, size_t r, const size_t *w, int wrap)
{
    char ***lines = xcalloc(t->ncols, sizeof *lines);
    size_t *n = xcalloc(t->ncols, sizeof *n), height = 1, c, i;

    for (c = 0; c < t->ncols; c++) {
        const char *s = r == 0 ? (t->header[c] ? t->header[c] : "")
                               : t->cells[(r - 1) * t->ncols + c];
        if (wrap && !t->right[c] && text_width(s) > w[c]) {
            lines[c] = text_wrap(s, w[c], &n[c]);
        } else {
            lines[c] = xcalloc(1, sizeof *lines[c]);
            lines[c][0] = xstrdup(s);
            n[c] = 1;
        }
        if (n[c] > height)
            height = n[c];
    }
    for (i = 0; i < height; i++) {
        struct buf line = { 0 };
        size_t len;
        for (c = 0; c < t->ncols; c++) {
            if (c > 0)
                buf_add(&line, "  ");
            add_cell(&line, i < n[c] ? lines[c][i] : "", w[c], t->right[c], c + 1 == t->ncols);
        }
        /* no trailing blanks */
        len = line.s != NULL ? strlen(line.s) : 0;
        while (len > 0 && line.s[len - 1] == ' ')
            line.s[--len] = '\0';
        if (line.s != NULL)
            buf_add(b, line.s);
        buf_add(b, "\n");
        buf_fini(&line);
    }
    for (c = 0; c < t->ncols; c++)
        text_lines_free(lines[c], n[c]);
    free(lines);
    free(n);
}

static char *render(const struct table *t, size_t total, int wrap)
{
    size_t *nat = xcalloc(t->ncols, sizeof *nat), *min = xcalloc(t->ncols, sizeof *min),
           *w = xcalloc(t->ncols, sizeof *w);
    struct buf b = { 0 };
    size_t r, c;

    for (c = 0; c < t->ncols; c++) {
        nat[c] = t->header[c] ? text_width(t->header[c]) : 0;
        for (r = 0; r < t->nrows; r++) {
            size_t cw = text_width(t->cells[r * t->ncols + c]);
            if (cw > nat[c])
                nat[c] = cw;
        }
        if (t->max[c] > 0 && nat[c] > t->max[c])
            nat[c] = t->max[c];
        /* a wrapped column keeps room for a word or two a line */
        min[c] = nat[c] < (wrap ? 16u : 4u) ? nat[c] : (wrap ? 16 : 4);
    }
    table_widths(nat, min, t->ncols, total, 2, w);
    for (r = 0; r <= t->nrows; r++)
        add_row(&b, t, r, w, wrap);
    free(nat);
    free(min);
    free(w);
    if (b.s == NULL)
        return xstrdup("");
    return buf_take(&b);
}

char *table_render(const struct table *t, size_t total)
{
    return render(t, total, 0);
}

char *table_render_wrapped(const struct table *t, size_t total)
{
    return render(t, total, 1);
}
