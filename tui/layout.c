#include "tui/layout.h"

#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"
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

/* The widest translated label of a choice field's choices. */
static size_t widest_choice(const struct field *fd)
{
    const struct choice *c;
    size_t w = 0;

    for (c = fd->choices; c != NULL && c->code != NULL; c++)
        if (text_width(_(c->label)) > w)
            w = text_width(_(c->label));
    return w;
}

/* 1 when the kind numbers its records itself in its first list column (an
 * initiative's number): the record number would show the same twice. */
static int numbers_itself(const struct kind *k)
{
    int f;

    for (f = 0; f < k->nfields; f++)
        if (k->fields[f].list_width > 0)
            return k->fields[f].type == FT_INT && (k->fields[f].flags & F_REQUIRED);
    return 0;
}

/* The width column c needs for what the rows on screen hold (seen: per
 * field, the status after them), never below its least: NULL, or the
 * number column, keeps nat. */
static size_t seen_width(const struct kind *k, const struct listcol *c, const size_t *seen,
                         size_t nat, size_t least)
{
    size_t w;

    if (seen == NULL || c->field == COL_ID)
        return nat;
    w = seen[c->field == COL_STATUS ? (size_t)k->nfields : (size_t)c->field];
    if (w < least)
        w = least;
    return w < nat ? w : nat;
}

size_t layout_list(const struct kind *k, size_t cols, struct listcol *out, size_t max)
{
    return layout_list_seen(k, cols, NULL, out, max);
}

size_t layout_list_seen(const struct kind *k, size_t cols, const size_t *seen,
                        struct listcol *out, size_t max)
{
    size_t nat[32] = { 0 }, min[32] = { 0 }, firm[32] = { 0 }, w[32] = { 0 };
    size_t n = 0, i, sum = 0, grow = 0;
    const struct choice *c;
    int f;

    if (max > 32)
        max = 32;
    if (n < max && !numbers_itself(k)) {
        out[n] = (struct listcol){ COL_ID, 0, 1, "#" };
        nat[n] = 3 + 1; /* and the sort arrow */
        min[n++] = 3;
    }
    for (f = 0; f < k->nfields && n + 1 < max; f++) {
        const struct field *fd = &k->fields[f];
        const char *h;
        size_t hw;
        if (fd->list_width == 0)
            continue;
        h = _(fd->list_label ? fd->list_label : fd->label);
        hw = text_width(h) + 1; /* room for the sort arrow after it */
        out[n] = (struct listcol){ f, 0, ftype_is(fd->type, FTYPE_RIGHT), h };
        nat[n] = (size_t)fd->list_width > hw ? (size_t)fd->list_width : hw;
        if (ftype_is(fd->type, FTYPE_CHOICES) && widest_choice(fd) > nat[n])
            nat[n] = widest_choice(fd); /* a choice shown whole when there is room */
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
    /* a column narrower on screen than it could be (mostly empty, or
     * short values) gives its room to the others */
    for (i = 0; i < n; i++)
        nat[i] = seen_width(k, &out[i], seen, nat[i], min[i]);
    /* a choice gives way first (its cut label still reads the same on
     * every row that has it), then the widest columns, so that a title
     * keeps what tells its records apart */
    for (i = 0; i < n; i++)
        firm[i] = col_is(k, &out[i], FTYPE_CHOICES) ? min[i] : nat[i];
    table_widths(nat, firm, n, cols, 1, w);
    table_widths(w, min, n, cols, 1, w);
    for (i = 0; i < n; i++)
        sum += w[i];
    sum += n > 0 ? n - 1 : 0;
    /* room to spare goes to the first free-text column that the rows on
     * screen fill beyond its width, else to the first free-text column
     * (the title), else to the last (not to the number, which would stand
     * apart) */
    grow = n > 0 ? n - 1 : 0;
    for (i = n; i-- > 0;)
        if (col_is(k, &out[i], FTYPE_FREE))
            grow = i;
    for (i = 0; seen != NULL && i < n; i++)
        if (col_is(k, &out[i], FTYPE_FREE) && seen[out[i].field] > w[i]) {
            grow = i;
            break;
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

/* Bytes v and o share at their start, at a character boundary. */
static size_t common_prefix(const char *v, const char *o)
{
    size_t i = 0;

    while (v[i] != '\0' && v[i] == o[i])
        i++;
    while (i > 0 && ((unsigned char)v[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* 1 when v cut to width cells still shows whole the word in which it
 * parts from another row at byte at ("… – Sa…" does not: Saint-Raphaël
 * and Saint-Denis would read alike, and so, to the eye, do "Wi…" and
 * "Ka…" under a long common start). */
static int word_shown(const char *v, size_t at, size_t width)
{
    size_t end = at, cells;
    char *upto;

    while (v[end] != '\0' && v[end] != ' ')
        end++;
    upto = xstrndup(v, end);
    cells = text_width(upto);
    free(upto);
    /* v does not fit (layout_tell_apart): its cut ends in "…" */
    return v[end] != '\0' && cells < width;
}

char *layout_tell_apart(const char *v, const char *const *others, size_t n, size_t width)
{
    char *mine, *head, *shown;
    const char *tail;
    size_t j, at = 0, room;

    if (text_width(v) <= width || width < 4)
        return xstrdup(v);
    mine = text_fit(v, width, 0);
    for (j = 0; j < n; j++) {
        char *theirs;
        if (others[j] == NULL || strcmp(others[j], v) == 0)
            continue;
        theirs = text_fit(others[j], width, 0);
        if ((strcmp(theirs, mine) == 0 || !word_shown(v, common_prefix(v, others[j]), width)) &&
            common_prefix(v, others[j]) > at)
            at = common_prefix(v, others[j]);
        free(theirs);
    }
    free(mine);
    if (at == 0)
        return xstrdup(v);
    /* from the start of the word where they differ */
    while (at > 0 && v[at - 1] != ' ')
        at--;
    if (at == 0)
        return xstrdup(v);
    /* a third of the width for the start (the same on every row), then
     * the tail, cut at its end when it is longer than the rest */
    tail = v + at;
    room = width / 3;
    if (room < 4)
        return xasprintf("…%s", tail);
    head = xstrndup(v, text_prefix(v, room));
    shown = xasprintf("%s… %s", head, tail);
    free(head);
    return shown;
}

size_t layout_label_width(size_t widest, size_t width)
{
    /* up to 45% of the width: "Beslissing (beleidsnota, bijlage 3)" */
    return widest > width * 9 / 20 ? width * 9 / 20 : widest;
}
