#include "model/saved.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"

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

static const size_t note_strs[] = {
    offsetof(struct note, at),
    offsetof(struct note, user),
    offsetof(struct note, body),
};

void note_list_free(struct note *n, size_t count)
{
    free_items(n, count, sizeof *n, note_strs, MEM_COUNT(note_strs));
}

static const size_t hit_strs[] = {
    offsetof(struct hit, title_nl),
    offsetof(struct hit, title_en),
    offsetof(struct hit, status),
    offsetof(struct hit, text),
};

void hit_list_free(struct hit *h, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (h[i].h != NULL)
            hist_list_free(h[i].h, 1);
    free_items(h, n, sizeof *h, hit_strs, MEM_COUNT(hit_strs));
}

static const size_t attachment_strs[] = {
    offsetof(struct attachment, name),
    offsetof(struct attachment, mime),
    offsetof(struct attachment, sha256),
    offsetof(struct attachment, added_by),
    offsetof(struct attachment, added_at),
};

void attachment_list_free(struct attachment *a, size_t n)
{
    free_items(a, n, sizeof *a, attachment_strs, MEM_COUNT(attachment_strs));
}
