/* libFuzzer target for the CSV reader (core/csv.c): any bytes are parsed;
 * what parses is written again field by field with csv_field and parsed a
 * second time, which must give the same rows, fields and separator.  A
 * refusal must say why; line numbers must grow from row to row. */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/csv.h"
#include "lib/err.h"
#include "lib/mem.h"
#include "i18n/i18n.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same_rows(const struct csv *a, const struct csv *b)
{
    size_t r, f;

    if (a->nrows != b->nrows || a->sep != b->sep)
        abort();
    for (r = 0; r < a->nrows; r++) {
        if (a->nfields[r] != b->nfields[r])
            abort();
        for (f = 0; f < a->nfields[r]; f++)
            if (strcmp(a->rows[r][f], b->rows[r][f]) != 0)
                abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    struct csv first = { 0 }, second = { 0 };
    struct ird_err e = { 0 };
    struct buf b = { 0 };
    size_t r, f;

    if (!ready) {
        i18n_init("en");
        ready = 1;
    }
    if (csv_parse((const char *)data, size, &first, &e) < 0) {
        /* a refusal always says why */
        if (e.code != IRD_INVALID || e.msg[0] == '\0')
            abort();
        return 0;
    }
    for (r = 0; r < first.nrows; r++) {
        /* every row has a field, and starts on a later line than the last */
        if (first.nfields[r] == 0 || first.line[r] < 1 ||
            (r > 0 && first.line[r] <= first.line[r - 1]))
            abort();
        for (f = 0; f < first.nfields[r]; f++)
            csv_field(&b, first.rows[r][f], first.sep, f + 1 == first.nfields[r]);
    }
    /* The separator is guessed from the first line.  A first row of one
     * field, written with ';', leaves no trace of its separator there: no
     * writer can make that file read back the same (irdesk's header rows
     * always have several columns).  Every other file must. */
    if (first.nrows > 0 && first.nfields[0] == 1 && first.sep == ';')
        goto out;
    if (csv_parse(b.s != NULL ? b.s : "", b.len, &second, &e) < 0)
        abort(); /* what csv_field wrote must be readable */
    same_rows(&first, &second);
out:
    csv_fini(&second);
    csv_fini(&first);
    buf_fini(&b);
    return 0;
}
