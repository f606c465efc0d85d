#include "tui/fmodel.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/desk.h"
#include "lib/mem.h"
#include "model/record.h"
#include "core/validate.h"
#include "i18n/i18n.h"
#include "tui/keymap.h"

int fmodel_items(const struct fmodel *m)
{
    return m->k->nfields + 2;
}

int fmodel_save_pos(const struct fmodel *m)
{
    return m->k->nfields;
}

int fmodel_cancel_pos(const struct fmodel *m)
{
    return m->k->nfields + 1;
}

static int load_refs(struct fmodel *m, struct app *a, int i, struct ird_err *e)
{
    struct query q = { m->k->fields[i].ref, NULL, NULL, -1, 0, 0 };
    struct record **rs = NULL;
    struct fchoices *c = &m->refs[i];
    size_t n = 0, j;

    if (desk_list(a, &q, 0, -1, &rs, &n, e) < 0)
        return -1;
    c->ids = xcalloc(n, sizeof *c->ids);
    c->titles = xcalloc(n, sizeof *c->titles);
    for (j = 0; j < n; j++) {
        c->ids[j] = rs[j]->id;
        c->titles[j] = xstrdup(record_title(rs[j]));
    }
    c->n = n;
    record_list_free(rs, n);
    return 0;
}

int fmodel_init(struct fmodel *m, struct app *a, const struct kind *k, const struct record *r,
                struct ird_err *e)
{
    int i;

    memset(m, 0, sizeof *m);
    m->k = k;
    m->rec = r != NULL ? record_dup(r) : record_new(k);
    m->orig = record_dup(m->rec);
    m->err = xcalloc((size_t)k->nfields, sizeof *m->err);
    m->refs = xcalloc((size_t)k->nfields, sizeof *m->refs);
    for (i = 0; i < k->nfields; i++)
        if (ftype_is(k->fields[i].type, FTYPE_RECORD) && load_refs(m, a, i, e) < 0) {
            fmodel_fini(m);
            return -1;
        }
    return 0;
}

void fmodel_fini(struct fmodel *m)
{
    int i;
    size_t j;

    if (m->k == NULL)
        return;
    for (i = 0; i < m->k->nfields; i++) {
        free(m->err[i]);
        for (j = 0; j < m->refs[i].n; j++)
            free(m->refs[i].titles[j]);
        free(m->refs[i].titles);
        free(m->refs[i].ids);
    }
    free(m->err);
    free(m->refs);
    record_free(&m->rec);
    record_free(&m->orig);
    record_free(&m->theirs);
    memset(m, 0, sizeof *m);
}

void fmodel_move(struct fmodel *m, int delta)
{
    int n = fmodel_items(m);

    m->cur = ((m->cur + delta) % n + n) % n;
}

static void set_err(struct fmodel *m, int i, const char *msg)
{
    free(m->err[i]);
    m->err[i] = msg != NULL ? xstrdup(msg) : NULL;
}

void fmodel_set(struct fmodel *m, int i, const char *text)
{
    struct ird_err e = { 0 };
    const struct field *f;

    if (i < 0 || i >= m->k->nfields)
        return;
    f = &m->k->fields[i];
    record_set(m->rec, i, text);
    if ((f->flags & F_REQUIRED) && (text == NULL || *text == '\0')) {
        char *msg = xasprintf(_("%s is required."), _(f->label));
        set_err(m, i, msg);
        free(msg);
    } else if (validate_value(f, m->rec->val[i], &e) < 0) {
        set_err(m, i, e.msg);
    } else {
        set_err(m, i, NULL);
    }
}

const char *fmodel_shown(const struct fmodel *m, int i)
{
    const char *v = m->rec->val[i];
    size_t j;

    if (v == NULL)
        return "";
    /* a record picked in the form: its title from the choices offered, as
     * the record's own titles are those of the record read */
    if (ftype_is(m->k->fields[i].type, FTYPE_RECORD)) {
        for (j = 0; j < m->refs[i].n; j++)
            if (m->refs[i].ids[j] == strtoll(v, NULL, 10))
                return m->refs[i].titles[j];
        return v;
    }
    return record_value_text(m->rec, i, v);
}

void fmodel_cycle(struct fmodel *m, int i, int dir)
{
    const struct field *f = &m->k->fields[i];
    const char *v = m->rec->val[i];
    int optional = !(f->flags & F_REQUIRED);
    long n = 0, at = -1, j;
    char idbuf[24];

    if (ftype_is(f->type, FTYPE_CHOICES)) {
        for (n = 0; f->choices[n].code != NULL; n++)
            if (v != NULL && strcmp(f->choices[n].code, v) == 0)
                at = n;
    } else if (ftype_is(f->type, FTYPE_RECORD)) {
        n = (long)m->refs[i].n;
        for (j = 0; j < n; j++)
            if (v != NULL && m->refs[i].ids[j] == strtoll(v, NULL, 10))
                at = j;
    } else {
        return;
    }
    /* positions 0..n-1 are the choices, n the empty one (when optional) */
    {
        long total = n + optional, pos = at < 0 ? n : at;
        if (total == 0)
            return;
        if (at < 0 && !optional)
            pos = dir > 0 ? -1 : 0;
        pos = ((pos + (dir > 0 ? 1 : -1)) % total + total) % total;
        if (pos == n) {
            fmodel_set(m, i, NULL);
        } else if (ftype_is(f->type, FTYPE_RECORD)) {
            snprintf(idbuf, sizeof idbuf, "%lld", (long long)m->refs[i].ids[pos]);
            fmodel_set(m, i, idbuf);
        } else {
            fmodel_set(m, i, f->choices[pos].code);
        }
    }
}

int fmodel_dirty(const struct fmodel *m)
{
    int i;

    for (i = 0; i < m->k->nfields; i++) {
        const char *a = m->rec->val[i], *b = m->orig->val[i];
        if ((a == NULL) != (b == NULL) || (a != NULL && strcmp(a, b) != 0))
            return 1;
    }
    return 0;
}

int fmodel_save(struct fmodel *m, struct app *a, struct ird_err *e)
{
    int bad = -1;

    if (m->theirs != NULL && m->theirs->archived) {
        /* never a save onto a record another desk archived */
        char *why = keymap_fill(_("Another desk archived this record meanwhile: your changes "
                                  "are not saved. %s leaves the form; restore the record (%s "
                                  "shows archived records, %s restores) to edit it again."),
                                KEYMAP_FORM, CMD_FORM_CANCEL, KEYMAP_DESK, CMD_SHOW_ARCHIVED,
                                KEYMAP_DESK, CMD_ARCHIVE, -1);
        ird_fail(e, IRD_STALE, "%s", why);
        free(why);
        return -1;
    }
    if (desk_save(a, m->rec, &bad, e) == 0) {
        record_free(&m->orig);
        m->orig = record_dup(m->rec);
        record_free(&m->theirs);
        m->saved = 1;
        return 0;
    }
    if (e->code == IRD_INVALID && bad >= 0) {
        /* each field's problem under that field only (the message line
         * tells them all) */
        int i;
        for (i = 0; i < m->k->nfields; i++) {
            struct ird_err one = { 0 };
            set_err(m, i, validate_field(a, m->rec, i, &one) < 0 ? one.msg : NULL);
        }
        if (m->err[bad] == NULL) /* a check of the whole record: said at the first */
            set_err(m, bad, e->msg);
        m->cur = bad;
    } else if (e->code == IRD_STALE) {
        int i;
        record_free(&m->theirs);
        if (desk_get(a, m->k->id, m->rec->id, &m->theirs, NULL) == 0 && m->theirs->archived) {
            fmodel_save(m, a, e); /* says why, as every later try will */
        } else if (m->theirs != NULL) {
            m->rec->version = m->theirs->version;
            /* what the user left alone takes the other desk's value: only
             * what both changed is theirs against yours */
            for (i = 0; i < m->k->nfields; i++) {
                const char *x = m->rec->val[i], *y = m->orig->val[i];
                if ((x == NULL) == (y == NULL) && (x == NULL || strcmp(x, y) == 0))
                    record_set(m->rec, i, m->theirs->val[i]);
            }
        }
    }
    return -1;
}
