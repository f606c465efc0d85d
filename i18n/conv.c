#include "i18n/conv.h"

#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

/* A growing string, kept local: i18n/ depends on nothing in core/. */
struct out {
    char *s;
    size_t len, cap;
};

static int put(struct out *o, const char *p, size_t n)
{
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 32;
        char *s;
        while (cap < o->len + n + 1)
            cap *= 2;
        s = realloc(o->s, cap);
        if (s == NULL)
            return -1;
        o->s = s;
        o->cap = cap;
    }
    memcpy(o->s + o->len, p, n);
    o->len += n;
    o->s[o->len] = '\0';
    return 0;
}

/* One character: its ASCII transliteration when that is made of letters,
 * else the character itself, lower-cased. */
static int fold_char(iconv_t cd, struct out *o, const char *p, size_t len, wchar_t wc)
{
    char in[8], asc[16], mb[8];
    char *ip = in, *op = asc;
    size_t il = len, ol = sizeof asc - 1, i, n;
    mbstate_t ps;
    int letters = 1;

    memcpy(in, p, len);
    if (cd != (iconv_t)-1 && iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 && op > asc) {
        *op = '\0';
        for (i = 0; asc[i] != '\0'; i++) {
            char c = asc[i];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
                letters = 0;
            else if (c >= 'A' && c <= 'Z')
                asc[i] = (char)(c - 'A' + 'a');
        }
        iconv(cd, NULL, NULL, NULL, NULL);
        if (letters)
            return put(o, asc, strlen(asc));
    }
    iconv(cd, NULL, NULL, NULL, NULL);
    memset(&ps, 0, sizeof ps);
    n = wcrtomb(mb, (wchar_t)towlower((wint_t)wc), &ps);
    if (n == (size_t)-1)
        return put(o, p, len);
    return put(o, mb, n);
}

char *conv_fold(const char *s)
{
    iconv_t cd = iconv_open("ASCII//TRANSLIT", "UTF-8");
    struct out o = { NULL, 0, 0 };
    size_t n = strlen(s), i = 0;
    mbstate_t ps;

    memset(&ps, 0, sizeof ps);
    put(&o, "", 0);
    while (i < n) {
        wchar_t wc;
        size_t len = mbrtowc(&wc, s + i, n - i, &ps);
        if (len == (size_t)-1 || len == (size_t)-2 || len == 0) {
            memset(&ps, 0, sizeof ps);
            put(&o, s + i, 1);
            i++;
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            put(&o, &c, 1);
        } else {
            fold_char(cd, &o, s + i, len, wc);
        }
        i += len;
    }
    if (cd != (iconv_t)-1)
        iconv_close(cd);
    if (o.s == NULL)
        abort(); /* out of memory, as xmalloc does */
    return o.s;
}
