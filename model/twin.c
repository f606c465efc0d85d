#include "model/twin.h"

#include <stdio.h>
#include <string.h>

#include "lib/mem.h"
#include "model/kind.h"

int twin_of(const struct field *fs, int n, int i)
{
    int j;

    if (i < 0 || i >= n)
        return -1;
    if (fs[i].alt >= 0)
        return fs[i].alt;
    for (j = 0; j < n; j++)
        if (fs[j].alt == i)
            return j;
    return -1;
}

int twin_lang(const struct field *fs, int n, int i)
{
    if (twin_of(fs, n, i) < 0)
        return -1;
    return fs[i].alt >= 0 ? LANG_NL : LANG_EN;
}

static int empty(const char *s)
{
    return s == NULL || *s == '\0';
}

const char *twin_pick(const char *nl, const char *en, int *fallback)
{
    const char *want = i18n_lang() == LANG_EN ? en : nl;
    const char *other = i18n_lang() == LANG_EN ? nl : en;

    *fallback = 0;
    if (!empty(want))
        return want;
    if (empty(other))
        return NULL;
    *fallback = 1;
    return other;
}

const char *twin_mark(void)
{
    /* L10N: before a text shown in Dutch because it has no English yet
     * ("[nl] formeel ontzusteren"); the Dutch catalog translates "[en]" */
    return i18n_lang() == LANG_EN ? _("[nl]") : _("[en]");
}

char *twin_text(const char *nl, const char *en)
{
    int fallback;
    const char *v = twin_pick(nl, en, &fallback);

    if (v == NULL)
        return xstrdup("");
    return fallback ? xasprintf("%s %s", twin_mark(), v) : xstrdup(v);
}

int twin_sort_col(const struct field *f, enum i18n_lang lang, char *out, size_t size)
{
    size_t len = strlen(f->name);
    int n;

    if (f->alt < 0 || !(f->flags & F_SORT_KEY))
        return -1;
    if (len > 3 && strcmp(f->name + len - 3, "_nl") == 0)
        len -= 3;
    n = snprintf(out, size, "%.*s_sk_%s", (int)len, f->name, lang == LANG_EN ? "en" : "nl");
    return n > 0 && (size_t)n < size ? 0 : -1;
}
