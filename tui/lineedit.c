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
}

void lineedit_fini(struct lineedit *l)
{
    free(l->s);
    l->s = NULL;
    l->len = l->cur = 0;
}

void lineedit_set(struct lineedit *l, const char *text)
{
    lineedit_fini(l);
    lineedit_init(l, text);
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

void lineedit_kill(struct lineedit *l)
{
    cut(l, 0, l->cur);
}

size_t lineedit_cursor_col(const struct lineedit *l)
{
    char *head = xstrndup(l->s, l->cur);
    size_t w = text_width(head);

    free(head);
    return w;
}
