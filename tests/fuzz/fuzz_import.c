/* libFuzzer target for the importer (core/import.c): the bytes after the
 * first are a CSV file for the kind the first byte's low bits name, read
 * with the encoding its next bits name (none, UTF-8 or CP1252), as a dry
 * run on one seeded database.  That runs the UTF-8 check, the CSV reader,
 * the header, every row's checks (validate_record, the workflow,
 * references, titles) and the dry run's list; afterwards the database must
 * hold exactly what it held before, and every line said must be harmless
 * for a terminal (no control character but none at all). */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/app.h"
#include "core/desk.h"
#include "lib/err.h"
#include "core/import.h"
#include "model/kind.h"
#include "lib/mem.h"
#include "model/record.h"
#include "i18n/i18n.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct app *app;
static char dir[] = "/tmp/irdesk-fuzz-XXXXXX";
static char *db;

/* What the database holds, in brief: records of each kind (archived ones
 * too) and the history lines of a few of them. */
struct census {
    long records[KIND_COUNT];
    size_t history[KIND_COUNT];
};

static void take_census(struct census *c)
{
    struct ird_err e = { 0 };
    int k;

    for (k = 0; k < KIND_COUNT; k++) {
        struct query q = { (enum kind_id)k, NULL, NULL, -1, 0, 1 };
        struct hist *h = NULL;
        size_t n = 0;
        if (desk_count(app, &q, &c->records[k], &e) < 0 ||
            desk_history(app, (enum kind_id)k, 1, 0, -1, &h, &n, &e) < 0) {
            fprintf(stderr, "fuzz_import: %s\n", e.msg);
            abort();
        }
        c->history[k] = n;
        hist_list_free(h, n);
    }
}

static void remove_db(void)
{
    static const char *const ext[] = { "", "-wal", "-shm", "-journal" };
    size_t i;

    app_close(&app);
    for (i = 0; db != NULL && i < sizeof ext / sizeof ext[0]; i++) {
        char *p = xasprintf("%s%s", db, ext[i]);
        unlink(p);
        free(p);
    }
    free(db);
    db = NULL;
    rmdir(dir);
}

static void open_once(void)
{
    struct ird_err e = { 0 };
    struct app_opts o = { NULL, 0, 0, NULL };

    i18n_init("en");
    if (mkdtemp(dir) == NULL) {
        perror("fuzz_import: mkdtemp");
        abort();
    }
    db = xasprintf("%s/irdesk.db", dir);
    o.db = db;
    if (app_open(&o, &app, &e) < 0) {
        fprintf(stderr, "fuzz_import: %s\n", e.msg);
        abort();
    }
    snprintf(app->fixed_now, sizeof app->fixed_now, "%s", "2025-03-01T10:00:00Z");
    snprintf(app->user, sizeof app->user, "%s", "fuzzer");
    atexit(remove_db);
}

/* Every line said is made visible: no byte below 0x20, no DEL. */
static void said(void *ctx, enum import_say what, const char *line)
{
    (void)ctx;
    (void)what;
    for (; *line != '\0'; line++)
        if ((unsigned char)*line < 0x20 || *line == 0x7F)
            abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const encodings[] = { NULL, NULL, "UTF-8", "CP1252" };
    struct import_result res;
    struct census before, after;
    struct ird_err e = { 0 };
    struct import_opts o = { KIND_CITY, NULL, 1, 0, 0, said, NULL };
    enum kind_id k;
    int rc;

    if (app == NULL)
        open_once();
    if (size < 1)
        return 0;
    k = (enum kind_id)(data[0] % KIND_COUNT);
    take_census(&before);
    o.kind = k;
    o.encoding = encodings[(data[0] >> 2) & 3];
    o.allow_duplicates = (data[0] >> 4) & 1;
    rc = import_text(app, (const char *)data + 1, size - 1, &o, &res, &e);
    take_census(&after);
    if (memcmp(&before, &after, sizeof before) != 0)
        abort(); /* a dry run wrote something */
    if (rc < 0 && e.msg[0] == '\0')
        abort(); /* a refusal always says why */
    if (rc == 0 && (res.refused != 0 || res.created < 0 || res.updated < 0 || res.unchanged < 0))
        abort();
    return 0;
}
