#include "model/record.h"

#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"
#include "lib/table.h"
#include "i18n/i18n.h"
#include "model/twin.h"

struct record *record_new(const struct kind *k)
{
    struct record *r = xcalloc(1, sizeof *r);

    r->kind = k;
    r->status = xstrdup(k->initial);
    r->val = xcalloc((size_t)k->nfields, sizeof *r->val);
    r->ref_title = xcalloc((size_t)k->nfields * 2, sizeof *r->ref_title);
    r->shown = xcalloc((size_t)k->nfields, sizeof *r->shown);
    return r;
}

struct record *record_dup(const struct record *r)
{
    struct record *d = record_new(r->kind);
    int i;

    d->id = r->id;
    d->version = r->version;
    d->archived = r->archived;
    record_set_status(d, r->status);
    for (i = 0; i < r->kind->nfields; i++) {
        d->val[i] = xstrdup(r->val[i]);
        d->ref_title[2 * i] = xstrdup(r->ref_title[2 * i]);
        d->ref_title[2 * i + 1] = xstrdup(r->ref_title[2 * i + 1]);
    }
    return d;
}

void record_free(struct record **pr)
{
    struct record *r;
    int i;

    if (pr == NULL || *pr == NULL)
        return;
    r = *pr;
    for (i = 0; i < r->kind->nfields; i++) {
        free(r->val[i]);
        free(r->ref_title[2 * i]);
        free(r->ref_title[2 * i + 1]);
        free(r->shown[i]);
    }
    free(r->shown);
    free(r->val);
    free(r->ref_title);
    free(r->status);
    free(r);
    *pr = NULL;
}

void record_list_free(struct record **rs, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        record_free(&rs[i]);
    free(rs);
}

const char *record_get(const struct record *r, int i)
{
    if (i < 0 || i >= r->kind->nfields)
        return NULL;
    return r->val[i];
}

void record_set(struct record *r, int i, const char *value)
{
    if (i < 0 || i >= r->kind->nfields)
        return;
    free(r->val[i]);
    r->val[i] = (value != NULL && *value != '\0') ? xstrdup(value) : NULL;
}

void record_set_status(struct record *r, const char *status)
{
    free(r->status);
    r->status = xstrdup(status != NULL ? status : r->kind->initial);
}

void record_set_ref_title(struct record *r, int i, const char *nl, const char *en)
{
    free(r->ref_title[2 * i]);
    free(r->ref_title[2 * i + 1]);
    r->ref_title[2 * i] = xstrdup(nl);
    r->ref_title[2 * i + 1] = xstrdup(en);
}

const char *record_shown(const struct record *r, int i)
{
    const struct field *f;
    const char *v;

    if (i < 0 || i >= r->kind->nfields)
        return "";
    f = &r->kind->fields[i];
    v = r->val[i];
    if (f->alt >= 0) {
        /* the text of the current language as it is (the list asks for
         * every cell's at every draw), or the other one marked */
        int fallback;
        v = twin_pick(r->val[i], r->val[f->alt], &fallback);
        if (v == NULL)
            return "";
        if (!fallback)
            return v;
        free(r->shown[i]);
        r->shown[i] = twin_text(r->val[i], r->val[f->alt]);
        return r->shown[i];
    }
    if (v == NULL)
        return "";
    return record_value_text(r, i, v);
}

const char *record_value_text(const struct record *r, int i, const char *v)
{
    const struct field *f = &r->kind->fields[i];

    if (ftype_is(f->type, FTYPE_CHOICES))
        return kind_value_label(f, v);
    if (ftype_get(f->type)->show != NULL) {
        free(r->shown[i]);
        r->shown[i] = ftype_get(f->type)->show(v);
        return r->shown[i];
    }
    if (ftype_is(f->type, FTYPE_RECORD)) {
        const char *nl = r->ref_title[2 * i], *en = r->ref_title[2 * i + 1];
        if (nl == NULL && en == NULL)
            return v;
        free(r->shown[i]);
        r->shown[i] = twin_text(nl, en);
        return r->shown[i];
    }
    return v;
}

const char *record_title(const struct record *r)
{
    return record_shown(r, r->kind->title);
}

static const size_t hist_strs[] = {
    offsetof(struct hist, at),
    offsetof(struct hist, user),
    offsetof(struct hist, action),
    offsetof(struct hist, field),
    offsetof(struct hist, old),
    offsetof(struct hist, new_),
    offsetof(struct hist, note),
    offsetof(struct hist, source),
    offsetof(struct hist, note_en),
};

void hist_list_free(struct hist *h, size_t n)
{
    free_items(h, n, sizeof *h, hist_strs, MEM_COUNT(hist_strs));
}

static const size_t link_strs[] = {
    offsetof(struct link_ref, title_nl),
    offsetof(struct link_ref, title_en),
    offsetof(struct link_ref, status),
    offsetof(struct link_ref, note),
    offsetof(struct link_ref, note_en),
};

void link_list_free(struct link_ref *l, size_t n)
{
    free_items(l, n, sizeof *l, link_strs, MEM_COUNT(link_strs));
}

static const size_t decision_strs[] = {
    offsetof(struct decision, decided),
    offsetof(struct decision, body),
    offsetof(struct decision, body_en),
    offsetof(struct decision, text_nl),
    offsetof(struct decision, text_en),
    offsetof(struct decision, source),
    offsetof(struct decision, done),
    offsetof(struct decision, done_source),
    offsetof(struct decision, done_status),
};

void decision_list_free(struct decision *d, size_t n)
{
    free_items(d, n, sizeof *d, decision_strs, MEM_COUNT(decision_strs));
}

static const size_t chapter_strs[] = {
    offsetof(struct chapter, title_nl),
    offsetof(struct chapter, title_en),
};

void chapter_list_free(struct chapter *c, size_t n)
{
    free_items(c, n, sizeof *c, chapter_strs, MEM_COUNT(chapter_strs));
}

static const size_t prio_count_strs[] = {
    offsetof(struct prio_count, name_nl),
    offsetof(struct prio_count, name_en),
    offsetof(struct prio_count, status),
};

void prio_count_list_free(struct prio_count *p, size_t n)
{
    free_items(p, n, sizeof *p, prio_count_strs, MEM_COUNT(prio_count_strs));
}

static const size_t extra_strs[] = {
    offsetof(struct extra, nl),
    offsetof(struct extra, en),
    offsetof(struct extra, body),
    offsetof(struct extra, body_en),
    offsetof(struct extra, note),
    offsetof(struct extra, note_en),
};

void extra_list_free(struct extra *x, size_t n)
{
    free_items(x, n, sizeof *x, extra_strs, MEM_COUNT(extra_strs));
}

int record_list_column(const struct kind *k, int f, const char *columns)
{
    size_t len = strlen(k->fields[f].name);
    const char *p = columns;

    if (k->fields[f].list_width <= 0)
        return 0;
    if (columns == NULL)
        return 1;
    for (; p != NULL && *p != '\0'; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
        if (strncmp(p, k->fields[f].name, len) == 0 && (p[len] == ',' || p[len] == '\0'))
            return 1;
    return 0;
}

struct table *record_table(const struct kind *k, struct record *const *rs, size_t n,
                           size_t text_max)
{
    return record_table_only(k, rs, n, text_max, NULL);
}

struct table *record_table_only(const struct kind *k, struct record *const *rs, size_t n,
                                size_t text_max, const char *columns)
{
    struct table *t;
    const char **cells;
    char *status;
    size_t ncols = 2, i, c;
    int f;

    for (f = 0; f < k->nfields; f++)
        ncols += record_list_column(k, f, columns);
    t = table_new(ncols);
    table_column(t, 0, "#", 0, 1);
    for (f = 0, c = 1; f < k->nfields; f++) {
        const struct field *fd = &k->fields[f];
        if (record_list_column(k, f, columns))
            table_column(t, c++, _(fd->list_label ? fd->list_label : fd->label),
                         ftype_is(fd->type, FTYPE_FREE) ? text_max : 0,
                         ftype_is(fd->type, FTYPE_RIGHT));
    }
    table_column(t, c, C_("field", "Status"), 0, 0);
    cells = xcalloc(ncols, sizeof *cells);
    for (i = 0; i < n; i++) {
        char id[24];
        snprintf(id, sizeof id, "%lld", (long long)rs[i]->id);
        cells[0] = id;
        for (f = 0, c = 1; f < k->nfields; f++)
            if (record_list_column(k, f, columns))
                cells[c++] = record_shown(rs[i], f);
        /* L10N: the status of an archived record in a list: "Ended, archived" */
        status = rs[i]->archived ? xasprintf(_("%s, archived"), kind_status_label(k, rs[i]->status))
                                 : xstrdup(kind_status_label(k, rs[i]->status));
        cells[c] = status;
        table_add(t, cells);
        free(status);
    }
    free(cells);
    return t;
}
