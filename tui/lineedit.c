#include "tui/lineedit.h"

#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"
#include "lib/text.h"

void lineedit_init(struct lineedit *l, const char *text)
{
    l->s = xstrdup(text ? text : "");
    l->len = strlen(l->s);
    l->cur = l->len;
    l->yank = NULL;
}

void lineedit_fini(struct lineedit *l)
{
    free(l->s);
    free(l->yank);
    l->s = NULL;
    l->yank = NULL;
    l->len = l->cur = 0;
}

void lineedit_set(struct lineedit *l, const char *text)
{
    char *yank = l->yank;

    l->yank = NULL;
    lineedit_fini(l);
    lineedit_init(l, text);
    l->yank = yank;
}

void lineedit_insert(struct lineedit *l, wchar_t wc)
{
    char mb[8];
    mbstate_t ps;
    size_t n;

    memset(&ps, 0, sizeof ps);
    n = wcrtomb(mb, wc, &ps);
    if (n == (size_t)-1 || n == 0)
        return;
    l->s = xrealloc(l->s, l->len + n + 1);
    memmove(l->s + l->cur + n, l->s + l->cur, l->len - l->cur + 1);
    memcpy(l->s + l->cur, mb, n);
    l->len += n;
    l->cur += n;
}

/* Byte offset of the character before pos. */
static size_t prev_char(const struct lineedit *l, size_t pos)
{
    if (pos == 0)
        return 0;
    pos--;
    while (pos > 0 && ((unsigned char)l->s[pos] & 0xC0) == 0x80)
        pos--;
    return pos;
}

static size_t next_char(const struct lineedit *l, size_t pos)
{
    wchar_t wc;
    int bad;

    if (pos >= l->len)
        return l->len;
    return pos + text_decode(l->s + pos, l->len - pos, &wc, &bad);
}

static void cut(struct lineedit *l, size_t from, size_t to)
{
    memmove(l->s + from, l->s + to, l->len - to + 1);
    l->len -= to - from;
    l->cur = from;
}

void lineedit_backspace(struct lineedit *l)
{
    if (l->cur > 0)
        cut(l, prev_char(l, l->cur), l->cur);
}

void lineedit_delete(struct lineedit *l)
{
    if (l->cur < l->len) {
        size_t at = l->cur;
        cut(l, at, next_char(l, at));
    }
}

void lineedit_left(struct lineedit *l)
{
    l->cur = prev_char(l, l->cur);
}

void lineedit_right(struct lineedit *l)
{
    l->cur = next_char(l, l->cur);
}

void lineedit_home(struct lineedit *l)
{
    l->cur = 0;
}

void lineedit_end(struct lineedit *l)
{
    l->cur = l->len;
}

/* Cut from..to and keep it for Ctrl-Y. */
static void cut_keep(struct lineedit *l, size_t from, size_t to)
{
    if (to <= from)
        return;
    free(l->yank);
    l->yank = xstrndup(l->s + from, to - from);
    cut(l, from, to);
}

void lineedit_kill(struct lineedit *l)
{
    cut_keep(l, 0, l->cur);
}

void lineedit_kill_end(struct lineedit *l)
{
    cut_keep(l, l->cur, l->len);
}

void lineedit_kill_word(struct lineedit *l)
{
    size_t at = l->cur;

    while (at > 0 && (l->s[at - 1] == ' ' || l->s[at - 1] == '\t'))
        at--;
    while (at > 0 && l->s[at - 1] != ' ' && l->s[at - 1] != '\t')
        at--;
    cut_keep(l, at, l->cur);
}

void lineedit_yank(struct lineedit *l)
{
    size_t n = l->yank != NULL ? strlen(l->yank) : 0;

    if (n == 0)
        return;
    l->s = xrealloc(l->s, l->len + n + 1);
    memmove(l->s + l->cur + n, l->s + l->cur, l->len - l->cur + 1);
    memcpy(l->s + l->cur, l->yank, n);
    l->len += n;
    l->cur += n;
}

void lineedit_hist_add(struct lineedit_hist *h, const char *line, size_t max)
{
    free(h->draft);
    h->draft = NULL;
    if (line != NULL && *line != '\0' &&
        (h->n == 0 || strcmp(h->lines[h->n - 1], line) != 0)) {
        if (max > 0 && h->n >= max) {
            free(h->lines[0]);
            memmove(h->lines, h->lines + 1, (h->n - 1) * sizeof *h->lines);
            h->n--;
        }
        h->lines = xrealloc(h->lines, (h->n + 1) * sizeof *h->lines);
        h->lines[h->n++] = xstrdup(line);
    }
    h->at = h->n;
}

int lineedit_hist_step(struct lineedit_hist *h, struct lineedit *l, int dir)
{
    if (h->at > h->n)
        h->at = h->n;
    if ((dir < 0 && h->at == 0) || (dir > 0 && h->at >= h->n))
        return -1;
    if (h->at == h->n) {
        free(h->draft);
        h->draft = xstrdup(l->s);
    }
    h->at = dir < 0 ? h->at - 1 : h->at + 1;
    lineedit_set(l, h->at < h->n ? h->lines[h->at] : h->draft);
    return 0;
}

void lineedit_hist_fini(struct lineedit_hist *h)
{
    size_t i;

    for (i = 0; i < h->n; i++)
        free(h->lines[i]);
    free(h->lines);
    free(h->draft);
    memset(h, 0, sizeof *h);
}

size_t lineedit_cursor_col(const struct lineedit *l)
{
    char *head = xstrndup(l->s, l->cur);
    size_t w = text_width(head);

    free(head);
    return w;
}

/* Walk the characters of s as shown in width cells; fn gets each
 * character's offset, row and column (and the end of s, as a '\0'), and
 * ends the walk by returning 1. */
static void walk(const char *s, size_t width, int (*fn)(void *arg, size_t off, size_t row,
                                                        size_t col, char c),
                 void *arg)
{
    size_t off = 0, row = 0, col = 0, len = strlen(s);

    for (;;) {
        wchar_t wc = 0;
        int bad, cw;
        size_t n = off < len ? text_decode(s + off, len - off, &wc, &bad) : 0;
        cw = off < len && s[off] != '\n' ? text_cwidth(wc) : 0;
        if (off < len && s[off] != '\n' && col + (size_t)cw > width && col > 0) {
            row++;
            col = 0;
        }
        if (fn(arg, off, row, col, off < len ? s[off] : '\0') || off >= len)
            return;
        if (s[off] == '\n') {
            row++;
            col = 0;
        } else {
            col += (size_t)cw;
        }
        off += n;
    }
}

struct spot {
    size_t off, row, col, found;
};

static int at_offset(void *arg, size_t off, size_t row, size_t col, char c)
{
    struct spot *sp = arg;

    (void)c;
    if (off < sp->off)
        return 0;
    sp->row = row;
    sp->col = col;
    return 1;
}

void lineedit_locate(const char *s, size_t width, size_t off, size_t *row, size_t *col)
{
    struct spot sp = { off, 0, 0, 0 };

    walk(s, width, at_offset, &sp);
    *row = sp.row;
    *col = sp.col;
}

static int at_place(void *arg, size_t off, size_t row, size_t col, char c)
{
    struct spot *sp = arg;

    if (row > sp->row)
        return 1;
    sp->found = off;
    return row == sp->row && (col >= sp->col || c == '\n' || c == '\0');
}

size_t lineedit_offset(const char *s, size_t width, size_t row, size_t col)
{
    struct spot sp = { 0, row, col, 0 };

    walk(s, width, at_place, &sp);
    return sp.found;
}

struct rows {
    const char *s;
    char **l;
    size_t n, start, row;
};

static int cut_rows(void *arg, size_t off, size_t row, size_t col, char c)
{
    struct rows *r = arg;

    (void)col;
    if (row > r->row) {
        size_t end = off > r->start && r->s[off - 1] == '\n' ? off - 1 : off;
        r->l = xrealloc(r->l, (r->n + 1) * sizeof *r->l);
        r->l[r->n++] = xstrndup(r->s + r->start, end - r->start);
        r->start = off;
        r->row = row;
    }
    if (c == '\0') {
        r->l = xrealloc(r->l, (r->n + 1) * sizeof *r->l);
        r->l[r->n++] = xstrdup(r->s + r->start);
    }
    return 0;
}

char **lineedit_rows(const char *s, size_t width, size_t *n)
{
    struct rows r = { s, NULL, 0, 0, 0 };

    walk(s, width, cut_rows, &r);
    *n = r.n;
    return r.l;
}
