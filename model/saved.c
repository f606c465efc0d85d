#include "model/saved.h"

#include <stdlib.h>
#include <string.h>

void view_def_fini(struct view_def *v)
{
    free(v->name);
    free(v->title_nl);
    free(v->title_en);
    free(v->kind);
    free(v->search);
    free(v->status);
    free(v->sort);
    free(v->columns);
    memset(v, 0, sizeof *v);
}

void view_def_list_free(struct view_def *v, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        view_def_fini(&v[i]);
    free(v);
}

void note_list_free(struct note *n, size_t count)
{
    size_t i;

    for (i = 0; i < count; i++) {
        free(n[i].at);
        free(n[i].user);
        free(n[i].body);
    }
    free(n);
}

void hit_list_free(struct hit *h, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        free(h[i].title_nl);
        free(h[i].title_en);
        free(h[i].status);
        free(h[i].text);
        if (h[i].h != NULL)
            hist_list_free(h[i].h, 1);
    }
    free(h);
}

void attachment_list_free(struct attachment *a, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        free(a[i].name);
        free(a[i].mime);
        free(a[i].sha256);
        free(a[i].added_by);
        free(a[i].added_at);
    }
    free(a);
}
