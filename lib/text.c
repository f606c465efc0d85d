#include "lib/text.h"

#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"

#define REPLACEMENT 0xFFFD

size_t text_decode(const char *s, size_t n, wchar_t *wc, int *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned long c;
    size_t len, i;

    *bad = 0;
    if (u[0] < 0x80) {
        *wc = (wchar_t)u[0];
        return 1;
    }
    if (u[0] >= 0xC2 && u[0] <= 0xDF) {
        len = 2;
        c = u[0] & 0x1F;
    } else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
        len = 3;
        c = u[0] & 0x0F;
    } else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
        len = 4;
        c = u[0] & 0x07;
    } else {
        goto invalid;
    }
    if (n < len)
        goto invalid;
    for (i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80)
            goto invalid;
        c = (c << 6) | (u[i] & 0x3F);
    }
    /* overlong forms, surrogates and values past U+10FFFF */
    if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) || c > 0x10FFFF ||
        (c >= 0xD800 && c <= 0xDFFF))
        goto invalid;
    *wc = (wchar_t)c;
    return len;
invalid:
    *bad = 1;
    *wc = REPLACEMENT;
    return 1;
}

int text_valid_utf8(const char *s, size_t n)
{
    size_t i = 0;
    wchar_t wc;
    int bad;

    while (i < n) {
        if (s[i] == '\0')
            return 0;
        i += text_decode(s + i, n - i, &wc, &bad);
        if (bad)
            return 0;
    }
    return 1;
}

/* The printable ASCII bytes at the start of s[0..n): one cell each, shown
 * as they are (most text is mostly these, and wcwidth is not free). */
static size_t ascii_run(const char *s, size_t n)
{
    size_t i = 0;

    while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F)
        i++;
    return i;
}

int text_cwidth(wchar_t wc)
{
    int w;

    if (wc >= 0x20 && wc < 0x7F)
        return 1;
    if (wc < 0x20 || (wc >= 0x7F && wc < 0xA0) || text_is_bidi_control(wc))
        return 1; /* shown as U+FFFD (add_visible) */
    w = wcwidth(wc);
    return w < 0 ? 1 : w;
}

size_t text_width(const char *s)
{
    size_t n = strlen(s), i = 0, w = 0;
    wchar_t wc;
    int bad;

    while (i < n) {
        size_t r = ascii_run(s + i, n - i);
        i += r;
        w += r;
        if (i < n) {
            i += text_decode(s + i, n - i, &wc, &bad);
            w += (size_t)text_cwidth(wc);
        }
    }
    return w;
}

size_t text_prefix(const char *s, size_t cols)
{
    size_t n = strlen(s), i = 0, w = 0;
    wchar_t wc;
    int bad;

    while (i < n) {
        size_t len = text_decode(s + i, n - i, &wc, &bad);
        size_t cw = (size_t)text_cwidth(wc);
        if (w + cw > cols)
            break;
        w += cw;
        i += len;
    }
    return i;
}

size_t text_chars(const char *s)
{
    size_t n = strlen(s), i = 0, c = 0;
    wchar_t wc;
    int bad;

    while (i < n) {
        i += text_decode(s + i, n - i, &wc, &bad);
        c++;
    }
    return c;
}

/* Append the visible form of one character: controls become a space (tabs,
 * newlines) or U+FFFD, invalid bytes and the bidirectional controls (which
 * could make a name read backwards: "txt.exe") U+FFFD. */
static void add_visible(struct buf *b, const char *s, size_t len, wchar_t wc, int bad)
{
    if (!bad && (wc == '\t' || wc == '\n')) {
        buf_add(b, " ");
        return;
    }
    if (bad || wc < 0x20 || (wc >= 0x7F && wc < 0xA0) || text_is_bidi_control(wc) ||
        (wc >= 0x80 && wcwidth(wc) < 0)) {
        buf_add(b, "\xEF\xBF\xBD");
        return;
    }
    buf_addn(b, s, len);
}

char *text_fit(const char *s, size_t cols, int pad)
{
    struct buf b = { 0 };
    size_t n = strlen(s), i = 0, w = 0, total, room;
    wchar_t wc;
    int bad;

    if (ascii_run(s, n) == n && n <= cols) {
        /* it fits as it is: most lines of a report */
        char *t = xmalloc(pad ? cols + 1 : n + 1);
        memcpy(t, s, n);
        memset(t + n, ' ', pad ? cols - n : 0);
        t[pad ? cols : n] = '\0';
        return t;
    }
    total = text_width(s);
    room = total > cols ? (cols > 0 ? cols - 1 : 0) : cols;

    while (i < n) {
        size_t r = ascii_run(s + i, n - i), len, cw;
        if (r > 0) {
            size_t fits = r < room - w ? r : room - w;
            buf_addn(&b, s + i, fits);
            w += fits;
            i += fits;
            if (fits < r)
                break;
            continue;
        }
        len = text_decode(s + i, n - i, &wc, &bad);
        cw = (size_t)text_cwidth(wc);
        if (w + cw > room)
            break;
        add_visible(&b, s + i, len, wc, bad);
        w += cw;
        i += len;
    }
    if (total > cols && cols > 0) {
        buf_add(&b, "\xE2\x80\xA6"); /* … */
        w++;
    }
    while (pad && w < cols) {
        buf_add(&b, " ");
        w++;
    }
    return buf_take(&b);
}

struct wrap {
    char **lines;
    size_t n, cap;
};

static void wrap_push(struct wrap *wr, char *line)
{
    if (wr->n == wr->cap) {
        wr->cap = wr->cap ? wr->cap * 2 : 8;
        wr->lines = xrealloc(wr->lines, wr->cap * sizeof *wr->lines);
    }
    wr->lines[wr->n++] = line;
}

/* Wrap one paragraph (no newlines) into wr. */
static void wrap_para(struct wrap *wr, const char *p, size_t plen, size_t cols)
{
    struct buf line = { 0 };
    size_t i = 0, w = 0;

    while (i < plen) {
        size_t start, end, ww = 0, j;
        wchar_t wc;
        int bad;

        while (i < plen && (p[i] == ' ' || p[i] == '\t'))
            i++;
        if (i >= plen)
            break;
        start = i;
        while (i < plen && p[i] != ' ' && p[i] != '\t') {
            if ((unsigned char)p[i] > 0x20 && (unsigned char)p[i] < 0x7F) {
                i++;
                ww++;
                continue;
            }
            i += text_decode(p + i, plen - i, &wc, &bad);
            ww += (size_t)text_cwidth(wc);
        }
        end = i;
        if (w > 0 && w + 1 + ww <= cols) {
            buf_add(&line, " ");
            w++;
        } else if (w > 0) {
            wrap_push(wr, buf_take(&line));
            w = 0;
        }
        /* place the word, cutting it by characters when it is too long */
        for (j = start; j < end;) {
            size_t r = ascii_run(p + j, end - j), len, cw;
            if (r > 0) {
                if (w >= cols && w > 0) {
                    wrap_push(wr, buf_take(&line));
                    w = 0;
                }
                r = r < cols - w ? r : cols - w;
                buf_addn(&line, p + j, r);
                w += r;
                j += r;
                continue;
            }
            len = text_decode(p + j, end - j, &wc, &bad);
            cw = (size_t)text_cwidth(wc);
            if (w + cw > cols && w > 0) {
                wrap_push(wr, buf_take(&line));
                w = 0;
            }
            add_visible(&line, p + j, len, wc, bad);
            w += cw;
            j += len;
        }
    }
    wrap_push(wr, buf_take(&line));
}

char **text_wrap(const char *s, size_t cols, size_t *n)
{
    struct wrap wr = { 0 };
    const char *p = s;

    if (cols == 0)
        cols = 1;
    for (;;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        wrap_para(&wr, p, len, cols);
        if (nl == NULL)
            break;
        p = nl + 1;
    }
    *n = wr.n;
    return wr.lines;
}

void text_lines_free(char **lines, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
}

char *text_trim(const char *s)
{
    const char *e;

    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
        e--;
    return xstrndup(s, (size_t)(e - s));
}

int text_is_bidi_control(wchar_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

char *text_visible(const char *s, int keep_lines)
{
    struct buf b = { 0 };
    size_t n = s ? strlen(s) : 0, i = 0, len;
    wchar_t wc;
    int bad;

    buf_add(&b, "");
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if ((len = ascii_run(s + i, n - i)) > 0) {
            buf_addn(&b, s + i, len);
            i += len;
            continue;
        }
        len = text_decode(s + i, n - i, &wc, &bad);
        if (bad)
            buf_printf(&b, "\\x%02X", c);
        else if (keep_lines && (c == '\n' || c == '\t'))
            buf_addn(&b, s + i, 1);
        else if (wc < 0x20 || wc == 0x7F)
            buf_printf(&b, "^%c", wc == 0x7F ? '?' : (char)(wc + '@'));
        else if ((wc >= 0x80 && wc < 0xA0) || text_is_bidi_control(wc))
            buf_printf(&b, "<U+%04lX>", (unsigned long)wc);
        else
            buf_addn(&b, s + i, len);
        i += len;
    }
    return buf_take(&b);
}
