#include "tui/layout.h"

#include "lib/table.h"
#include "lib/text.h"
#include "i18n/i18n.h"

size_t layout_list(const struct kind *k, size_t cols, struct listcol *out, size_t max)
{
    size_t nat[32] = { 0 }, min[32] = { 0 }, w[32] = { 0 }, n = 0, i, sum = 0, grow = 0;
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
        out[n] = (struct listcol){ f, 0, fd->type == FT_INT || fd->type == FT_YEAR, h };
        nat[n] = (size_t)fd->list_width > hw ? (size_t)fd->list_width : hw;
        /* free text gives way down to a few cells; the rest keep their header */
        min[n] = fd->type == FT_TEXT || fd->type == FT_LONG || fd->type == FT_REF ? 8 : hw;
        if ((fd->type == FT_ENUM || fd->type == FT_BOOL) && min[n] < 12)
            min[n] = nat[n] < 12 ? nat[n] : 12;
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
    /* free text gives way first; the other columns only when that is not enough */
    {
        size_t firm[32] = { 0 };
        for (i = 0; i < n; i++) {
            int fi = out[i].field;
            int text = fi >= 0 && (k->fields[fi].type == FT_TEXT || k->fields[fi].type == FT_LONG ||
                                   k->fields[fi].type == FT_REF);
            firm[i] = text ? min[i] : nat[i];
        }
        table_widths(nat, firm, n, cols, 1, w);
        table_widths(w, min, n, cols, 1, w);
    }
    for (i = 0; i < n; i++)
        sum += w[i];
    sum += n > 0 ? n - 1 : 0;
    /* room to spare goes to the first free-text column (the title) */
    for (i = 0; i < n; i++) {
        int fi = out[i].field;
        if (fi >= 0 && (k->fields[fi].type == FT_TEXT || k->fields[fi].type == FT_LONG)) {
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
