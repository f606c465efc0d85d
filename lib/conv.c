#include "lib/conv.h"

#include <errno.h>
#include <iconv.h>
#include <locale.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "lib/mem.h"

/* One character: its ASCII transliteration when that is made of letters,
 * else the character itself, lower-cased. */
static int fold_char(iconv_t cd, struct buf *o, const char *p, size_t len, wchar_t wc)
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
        if (letters) {
            buf_addn(o, asc, strlen(asc));
            return 0;
        }
    }
    iconv(cd, NULL, NULL, NULL, NULL);
    memset(&ps, 0, sizeof ps);
    n = wcrtomb(mb, (wchar_t)towlower((wint_t)wc), &ps);
    if (n == (size_t)-1)
        buf_addn(o, p, len);
    else
        buf_addn(o, mb, n);
    return 0;
}

/* The transliterating descriptor, opened once when first needed: folding
 * runs per line of a page and per candidate of a look-up, and opening it
 * costs more than folding a line.  (One thread; reset after each char.) */
static iconv_t fold_cd(void)
{
    static iconv_t cd;
    static int opened;

    if (!opened) {
        cd = iconv_open("ASCII//TRANSLIT", "UTF-8");
        opened = 1;
    }
    return cd;
}

/* The folding of one character (not ASCII) appended to o, remembered: a
 * list folds the same few accented letters again and again, and each
 * costs iconv calls.  What is remembered is forgotten when the locale's
 * character type changed (iconv's transliteration follows it); fresh: the
 * first character of a conv_fold.  (One thread, as fold_cd.) */
static void fold_wide(struct buf *o, const char *p, size_t len, wchar_t wc, int fresh)
{
    static struct {
        wchar_t wc;
        unsigned char n;
        char s[15];
    } memo[256];
    static char ctype[64];
    unsigned h = (unsigned)wc & 255u;
    struct buf one = { NULL, 0, 0 };

    if (fresh) {
        const char *now = setlocale(LC_CTYPE, NULL);
        if (now == NULL)
            now = "";
        if (strncmp(now, ctype, sizeof ctype) != 0) {
            memset(memo, 0, sizeof memo);
            snprintf(ctype, sizeof ctype, "%s", now);
        }
    }
    if (memo[h].n > 0 && memo[h].wc == wc) {
        buf_addn(o, memo[h].s, memo[h].n);
        return;
    }
    fold_char(fold_cd(), &one, p, len, wc);
    if (one.len > 0 && one.len <= sizeof memo[h].s) {
        memo[h].wc = wc;
        memo[h].n = (unsigned char)one.len;
        memcpy(memo[h].s, one.s, one.len);
    }
    buf_addn(o, one.s, one.len);
    buf_fini(&one);
}

char *conv_fold(const char *s)
{
    struct buf o = { NULL, 0, 0 };
    size_t n = strlen(s), i = 0;
    mbstate_t ps;
    int wide = 0;

    memset(&ps, 0, sizeof ps);
    buf_addn(&o, "", 0);
    while (i < n) {
        wchar_t wc;
        size_t len, run;
        /* a run of ASCII lower-cased as it is, without decoding each byte
         * (a bulk import folds four names a row) */
        for (run = 0; i + run < n && (unsigned char)s[i + run] < 0x80; run++)
            ;
        if (run > 0) {
            size_t at = o.len, j;
            buf_addn(&o, s + i, run);
            for (j = at; j < o.len; j++)
                if (o.s[j] >= 'A' && o.s[j] <= 'Z')
                    o.s[j] = (char)(o.s[j] - 'A' + 'a');
            i += run;
            continue;
        }
        len = mbrtowc(&wc, s + i, n - i, &ps);
        if (len == (size_t)-1 || len == (size_t)-2 || len == 0) {
            memset(&ps, 0, sizeof ps);
            buf_addn(&o, s + i, 1);
            i++;
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            buf_addn(&o, &c, 1);
        } else {
            fold_wide(&o, s + i, len, wc, !wide);
            wide = 1;
        }
        i += len;
    }
    return o.s;
}

int conv_charset_ok(const char *charset)
{
    iconv_t cd = iconv_open(charset, "UTF-8");

    if (cd == (iconv_t)-1)
        return 0;
    iconv_close(cd);
    return 1;
}

/* Whether charset is UTF-8 itself (then nothing needs converting). */
static int is_utf8(const char *charset)
{
    return strcmp(charset, "UTF-8") == 0 || strcmp(charset, "utf-8") == 0 ||
           strcmp(charset, "UTF8") == 0 || strcmp(charset, "utf8") == 0;
}

char *conv_to(const char *charset, const char *text, size_t *outlen, size_t *lost)
{
    char *name, *exact_name;
    iconv_t cd, exact;
    struct buf o = { NULL, 0, 0 };
    size_t n = strlen(text), i = 0;
    mbstate_t ps;

    *lost = 0;
    *outlen = 0;
    if (is_utf8(charset)) {
        buf_addn(&o, text, n);
        *outlen = n;
        return buf_take(&o);
    }
    name = xasprintf("%s//TRANSLIT", charset);
    exact_name = xstrdup(charset);
    cd = iconv_open(name, "UTF-8");
    exact = iconv_open(exact_name, "UTF-8");
    free(name);
    free(exact_name);
    if (cd == (iconv_t)-1 || exact == (iconv_t)-1) {
        if (cd != (iconv_t)-1)
            iconv_close(cd);
        if (exact != (iconv_t)-1)
            iconv_close(exact);
        return NULL;
    }
    buf_addn(&o, "", 0);
    memset(&ps, 0, sizeof ps);
    /* one character at a time: an exact form, else a transliteration, else '?' */
    while (i < n) {
        wchar_t wc;
        size_t len = mbrtowc(&wc, text + i, n - i, &ps);
        char in[8], buf[32];
        char *ip, *op;
        size_t il, ol;
        if (len == (size_t)-1 || len == (size_t)-2 || len == 0) {
            memset(&ps, 0, sizeof ps);
            buf_addn(&o, "?", 1);
            (*lost)++;
            i++;
            continue;
        }
        memcpy(in, text + i, len);
        ip = in;
        il = len;
        op = buf;
        ol = sizeof buf;
        if (iconv(exact, &ip, &il, &op, &ol) != (size_t)-1) {
            buf_addn(&o, buf, (size_t)(op - buf));
        } else {
            iconv(exact, NULL, NULL, NULL, NULL);
            (*lost)++;
            ip = in;
            il = len;
            op = buf;
            ol = sizeof buf;
            if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 && op > buf)
                buf_addn(&o, buf, (size_t)(op - buf));
            else
                buf_addn(&o, "?", 1);
            iconv(cd, NULL, NULL, NULL, NULL);
        }
        i += len;
    }
    iconv_close(cd);
    iconv_close(exact);
    *outlen = o.len;
    return o.s;
}

char *conv_from(const char *charset, const char *text, size_t n, size_t *outlen,
                size_t *bad_line)
{
    iconv_t cd = iconv_open("UTF-8", charset);
    struct buf o = { NULL, 0, 0 };
    char *in = (char *)(uintptr_t)text, buf[4096];
    size_t left = n, i;

    *outlen = 0;
    *bad_line = 0;
    if (cd == (iconv_t)-1)
        return NULL;
    buf_addn(&o, "", 0);
    while (left > 0) {
        char *op = buf;
        size_t ol = sizeof buf;
        size_t r = iconv(cd, &in, &left, &op, &ol);
        buf_addn(&o, buf, (size_t)(op - buf));
        if (r == (size_t)-1 && errno != E2BIG) {
            /* where the bad byte is, as a line number */
            *bad_line = 1;
            for (i = 0; i < (size_t)(in - text); i++)
                *bad_line += text[i] == '\n';
            iconv_close(cd);
            free(o.s);
            return NULL;
        }
    }
    iconv_close(cd);
    *outlen = o.len;
    return o.s;
}
