/* A stream of writes for the crash and concurrency tests: each change is
 * printed ("ack ...") only after the store has committed it, so what a
 * killed writer acknowledged must be in the database afterwards.
 *
 *   writer stream DB TAG N   edits of city notes and initiative status moves
 *   writer append DB TAG N   appends TAG-i to city 3's notes, retrying when
 *                            another writer saved first (never overwriting)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "lib/mem.h"
#include "model/record.h"
#include "core/workflow.h"
#include "i18n/i18n.h"

static int edit_notes(struct app *a, int64_t id, const char *text)
{
    struct record *r = NULL;
    struct ird_err e = { 0 };
    int bad, rc;

    if (desk_get(a, KIND_CITY, id, &r, &e) < 0)
        return -1;
    record_set(r, kind_field(r->kind, "notes"), text);
    rc = desk_save(a, r, &bad, &e);
    record_free(&r);
    return rc;
}

static int move_on(struct app *a, int64_t id, char *to, size_t size)
{
    const struct kind *k = kind_get(KIND_INITIATIVE);
    struct record *r = NULL;
    struct ird_err e = { 0 };
    const char *next[8];
    size_t n;
    int rc = -1;

    if (desk_get(a, KIND_INITIATIVE, id, &r, &e) < 0)
        return -1;
    n = workflow_next(k, r->status, next, 8);
    if (n > 0) {
        /* avoid dead ends: prefer a move that can move on again */
        const char *pick = next[0];
        size_t i;
        for (i = 0; i < n; i++)
            if (strcmp(next[i], "dropped") != 0)
                pick = next[i];
        snprintf(to, size, "%s", pick);
        rc = workflow_move(a, KIND_INITIATIVE, id, r->version, pick, "crash test", &e);
    }
    record_free(&r);
    return rc;
}

static int append(struct app *a, const char *token)
{
    int tries;

    for (tries = 0; tries < 1000; tries++) {
        struct record *r = NULL;
        struct ird_err e = { 0 };
        const char *old;
        char *text;
        int bad, rc, f;
        if (desk_get(a, KIND_CITY, 3, &r, &e) < 0)
            return -1;
        f = kind_field(r->kind, "notes");
        old = record_get(r, f);
        text = xasprintf("%s %s", old ? old : "", token);
        record_set(r, f, text);
        free(text);
        rc = desk_save(a, r, &bad, &e);
        record_free(&r);
        if (rc == 0)
            return 0;
        if (e.code != IRD_STALE && e.code != IRD_STORE)
            return -1;
    }
    return -1;
}

int main(int argc, char **argv)
{
    struct app_opts o = { NULL, 0, 0, NULL };
    struct app *a = NULL;
    struct ird_err e = { 0 };
    long i, n;

    if (argc != 5) {
        fprintf(stderr, "usage: writer stream|append DB TAG N\n");
        return 2;
    }
    i18n_init("en");
    o.db = argv[2];
    n = atol(argv[4]);
    if (app_open(&o, &a, &e) < 0) {
        fprintf(stderr, "writer: %s\n", e.msg);
        return 1;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (i = 0; i < n; i++) {
        char value[64], to[32];
        if (strcmp(argv[1], "append") == 0) {
            snprintf(value, sizeof value, "%s-%ld", argv[3], i);
            if (append(a, value) == 0)
                printf("ack append %s\n", value);
        } else if (i % 2 == 0) {
            int64_t id = 1 + (i / 2) % 12;
            snprintf(value, sizeof value, "%s-%ld", argv[3], i);
            if (edit_notes(a, id, value) == 0)
                printf("ack city %lld notes %s\n", (long long)id, value);
        } else {
            int64_t id = 1 + (i / 2) % 40;
            if (move_on(a, id, to, sizeof to) == 0)
                printf("ack initiative %lld status %s\n", (long long)id, to);
        }
    }
    app_close(&a);
    return 0;
}
