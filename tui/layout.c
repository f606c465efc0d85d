#include "tui/layout.h"

#include "lib/table.h"
#include "lib/text.h"
#include "i18n/i18n.h"

/* The narrowest a column of field fd may get, with a header hw cells wide
 * and a natural width nat: a type that may be cut gives way down to its
 * trait's minimum; the others keep their header, and choices at least
 * their trait's minimum (or all they need). */
static size_t min_width(const struct field *fd, size_t hw, size_t nat)
{
    const struct ftype_ops *t = ftype_get(fd->type);
    size_t least = (size_t)t->min_width;

    if (t->flags & FTYPE_CUT)
        return least;
    if (hw < least)
        return nat < least ? nat : least;
    return hw;
}

/* 1 when column i holds a field whose type has every flag in flags. */
static int col_is(const struct kind *k, const struct listcol *c, unsigned flags)
{
    return c->field >= 0 && ftype_is(k->fields[c->field].type, flags);
}

size_t layout_list(const struct kind *k, size_t cols, struct listcol *out, size_t max)
{
    size_t nat[32] = { 0 }, min[32] = { 0 }, firm[32] = { 0 }, w[32] = { 0 };
    size_t n = 0, i, sum = 0, grow = 0;
    const struct choice *c;
    int f;

    if (max > 32)
        max = 32;
    if (n < max) {
        out[n] = (struct listcol){ COL_ID, 0, 1, "#" };
        nat[n] = 3;
        min[n++] = 2;
    }
    for (f = 0; f < k->nfields && n + 1 < max; f++) {
        const struct field *fd = &k->fields[f];
        const char *h;
        size_t hw;
        if (fd->list_width == 0)
            continue;
        h = _(fd->list_label ? fd->list_label : fd->label);
        hw = text_width(h);
        out[n] = (struct listcol){ f, 0, ftype_is(fd->type, FTYPE_RIGHT), h };
        nat[n] = (size_t)fd->list_width > hw ? (size_t)fd->list_width : hw;
        min[n] = min_width(fd, hw, nat[n]);
        n++;
    }
    if (n < max) {
        out[n] = (struct listcol){ COL_STATUS, 0, 0, C_("field", "Status") };
        nat[n] = text_width(out[n].header);
        for (c = k->statuses; c->code != NULL; c++)
            if (text_width(_(c->label)) > nat[n])
                nat[n] = text_width(_(c->label));
        min[n] = 6;
        n++;
    }
    /* what may be cut gives way first; the other columns only when that is
     * not enough */
    for (i = 0; i < n; i++)
        firm[i] = col_is(k, &out[i], FTYPE_CUT) ? min[i] : nat[i];
    table_widths(nat, firm, n, cols, 1, w);
    table_widths(w, min, n, cols, 1, w);
    for (i = 0; i < n; i++)
        sum += w[i];
    sum += n > 0 ? n - 1 : 0;
    /* room to spare goes to the first free-text column (the title) */
    for (i = 0; i < n; i++) {
        if (col_is(k, &out[i], FTYPE_FREE)) {
            grow = i;
            break;
        }
    }
    if (sum < cols && n > 0)
        w[grow] += cols - sum;
    for (i = 0; i < n; i++)
        out[i].width = w[i];
    return n;
}

void layout_split(int lines, int *list_rows, int *preview_rows)
{
    int room = lines - 4; /* top bar, header, separator, bottom line */

    if (room < 2) {
        *list_rows = room > 0 ? room : 0;
        *preview_rows = 0;
        return;
    }
    *list_rows = room / 2 + room % 2;
    *preview_rows = room - *list_rows;
}
