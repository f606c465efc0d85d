#include "core/doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "lib/table.h"
#include "lib/text.h"

void doc_line(struct doc *d, const char *s)
{
    char *f = text_fit(s, d->width, 0);

    buf_add(&d->b, f);
    buf_add(&d->b, "\n");
    free(f);
}

void doc_blank(struct doc *d)
{
    if (d->b.len > 0 && !(d->b.len >= 2 && d->b.s[d->b.len - 2] == '\n'))
        buf_add(&d->b, "\n");
}

void doc_heading(struct doc *d, const char *s, char c)
{
    size_t w = text_width(s), i;

    doc_blank(d);
    doc_line(d, s);
    for (i = 0; i < w && i < d->width; i++)
        buf_addn(&d->b, &c, 1);
    buf_add(&d->b, "\n");
}

void doc_para(struct doc *d, const char *first, size_t indent, const char *text)
{
    size_t fw = text_width(first), room;
    size_t n = 0, i;
    char **lines;

    if (fw > indent)
        indent = fw;
    room = d->width > indent + 10 ? d->width - indent : 10;
    lines = text_wrap(text, room, &n);
    for (i = 0; i < n; i++) {
        if (i == 0) {
            char *pad = text_fit(first, indent, 1);
            buf_add(&d->b, pad);
            free(pad);
        } else {
            size_t j;
            for (j = 0; j < indent; j++)
                buf_add(&d->b, " ");
        }
        buf_add(&d->b, lines[i]);
        buf_add(&d->b, "\n");
    }
    text_lines_free(lines, n);
}

void doc_table(struct doc *d, const struct table *t)
{
    char *s = table_render(t, d->width);

    buf_add(&d->b, s);
    free(s);
}

void doc_marked(struct doc *d, const char *text, const char *mark, size_t indent)
{
    size_t n = 0, i;
    char **lines = text_wrap(text, d->width - indent, &n);

    for (i = 0; i < n; i++)
        if (*lines[i] != '\0')
            doc_para(d, mark, indent, lines[i]);
    text_lines_free(lines, n);
}

char *doc_format(const char *fmt, ...)
{
    va_list ap;
    char *s;

    va_start(ap, fmt);
    /* the formats are the descriptors' msgids (see the header): not
     * literals, by design; msgfmt --check-format checks the translations */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    s = xvasprintf(fmt, ap);
#pragma GCC diagnostic pop
    va_end(ap);
    return s;
}
