#include "core/desk.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "lib/mem.h"
#include "model/saved.h"
#include "core/validate.h"
#include "db/store.h"
#include "lib/conv.h"
#include "i18n/i18n.h"
#include "model/twin.h"

int desk_count(struct app *a, const struct query *q, long *n, struct ird_err *e)
{
    return store_count(a->store, q, n, e);
}

int desk_list(struct app *a, const struct query *q, long offset, long limit,
              struct record ***out, size_t *n, struct ird_err *e)
{
    return store_list(a->store, q, offset, limit, out, n, e);
}

int desk_position(struct app *a, const struct query *q, int64_t id, long *pos,
                  struct ird_err *e)
{
    return store_position(a->store, q, id, pos, e);
}

int desk_count_upto(struct app *a, const struct query *q, long cap, long *n, struct ird_err *e)
{
    return store_count_upto(a->store, q, cap, n, e);
}

int desk_position_upto(struct app *a, const struct query *q, int64_t id, long cap, long *pos,
                       struct ird_err *e)
{
    return store_position_upto(a->store, q, id, cap, pos, e);
}

int desk_window(struct app *a, const struct query *q, int64_t anchor, int dir, int inclusive,
                long limit, struct record ***out, size_t *n, struct ird_err *e)
{
    return store_window(a->store, q, anchor, dir, inclusive, limit, out, n, e);
}

int desk_dated(struct app *a, enum kind_id k, const char *from, const char *to, int starts,
               struct record ***out, size_t *n, struct ird_err *e)
{
    return store_dated(a->store, k, from, to, starts, out, n, e);
}

uint64_t desk_work(struct app *a)
{
    return store_work(a->store);
}

int desk_get(struct app *a, enum kind_id k, int64_t id, struct record **out, struct ird_err *e)
{
    return store_get(a->store, k, id, out, e);
}

/* s folded (case and accents ignored, conv_fold) with every run of
 * punctuation and spaces made one space, trimmed: "Saint-Raphaël" and
 * "saint  raphael" both become "saint raphael", as the search sees them.
 * Caller frees. */
static char *loose_fold(const char *s)
{
    char *f = conv_fold(s), *out = f;
    const char *p;
    int gap = 0;

    for (p = f; *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;
        int word = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
        if (!word) {
            gap = out != f;
            continue;
        }
        if (gap)
            *out++ = ' ';
        gap = 0;
        *out++ = (char)c;
    }
    *out = '\0';
    return f;
}

/* How a record's names compare with what was typed (both loose_fold):
 * 3 equal, 2 a name starts with it, 1 a name holds it as whole words, 0
 * none of these. */
static int title_match(const struct record *r, const char *folded)
{
    const struct field *tf = &r->kind->fields[r->kind->title];
    int idx[3] = { r->kind->title, tf->alt, r->kind->alias };
    size_t n = strlen(folded);
    int i, best = 0;

    for (i = 0; i < 3; i++) {
        const char *v = idx[i] >= 0 ? r->val[idx[i]] : NULL;
        char *f, *at;
        int m = 0;
        if (v == NULL)
            continue;
        f = loose_fold(v);
        if (strcmp(f, folded) == 0)
            m = 3;
        else if (strncmp(f, folded, n) == 0)
            m = 2;
        for (at = f; m == 0 && n > 0 && (at = strstr(at, folded)) != NULL; at++)
            if ((at == f || at[-1] == ' ') && (at[n] == '\0' || at[n] == ' '))
                m = 1;
        if (m > best)
            best = m;
        free(f);
    }
    return best;
}

enum { LOOKUP_MAX = 100000 };

int desk_lookup_all(struct app *a, enum kind_id kid, const char *what, int64_t **out,
                    size_t *nout, struct ird_err *e)
{
    const struct kind *k = kind_get(kid);
    int64_t *ids = NULL;
    size_t n = 0, i;
    unsigned char *level;
    char *end, *folded;
    long long v;
    int best = 0;

    *out = NULL;
    *nout = 0;
    errno = 0;
    v = strtoll(what, &end, 10);
    if (errno == 0 && end != what && *end == '\0') {
        if (v < 1 || !store_exists(a->store, kid, v))
            return ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(k->label), v);
        *out = xcalloc(1, sizeof **out);
        **out = v;
        *nout = 1;
        return 0;
    }
    if (validate_text(_("Name"), what, 0, 200, e) < 0)
        return -1;
    /* candidates from the search index (every one: many records may
     * mention a name in their notes), then the names themselves decide: an
     * equal name first, else one that starts with what was typed, else one
     * that holds it as whole words */
    ids = xcalloc(LOOKUP_MAX, sizeof *ids);
    if (store_find(a->store, kid, what, ids, LOOKUP_MAX, &n, e) < 0) {
        free(ids);
        return -1;
    }
    level = xcalloc(n + 1, 1);
    folded = loose_fold(what);
    for (i = 0; i < n; i++) {
        struct record *r = NULL;
        if (store_get(a->store, kid, ids[i], &r, NULL) == 0)
            level[i] = (unsigned char)title_match(r, folded);
        if (level[i] > best)
            best = level[i];
        record_free(&r);
    }
    free(folded);
    for (i = 0; best > 0 && i < n; i++)
        if (level[i] == best)
            ids[(*nout)++] = ids[i];
    free(level);
    if (best == 0) {
        free(ids);
        return ird_fail(e, IRD_NOT_FOUND, _("%s: nothing matches \"%s\"."), _(k->label), what);
    }
    *out = ids;
    return 0;
}

int desk_lookup(struct app *a, enum kind_id kid, const char *what, int64_t *id,
                struct ird_err *e)
{
    int64_t *ids = NULL;
    size_t n = 0;
    int rc = desk_lookup_all(a, kid, what, &ids, &n, e);

    if (rc == 0 && n == 1)
        *id = ids[0];
    else if (rc == 0)
        rc = ird_fail(e, IRD_INVALID, _("Several records match \"%s\"; give the number."), what);
    free(ids);
    return rc;
}

int desk_exists(struct app *a, enum kind_id k, int64_t id)
{
    return store_exists(a->store, k, id);
}

int desk_put(struct app *a, struct record *r, const char *at, struct ird_err *e)
{
    struct stamp st = { at, a->user };

    return store_save(a->store, r, &st, e);
}

int desk_put_status(struct app *a, enum kind_id k, int64_t id, int64_t version,
                    const char *from, const char *to, const char *note, const char *at,
                    struct ird_err *e)
{
    struct stamp st = { at, a->user };

    return store_set_status(a->store, k, id, version, from, to, note, &st, e);
}

int desk_decisions(struct app *a, enum kind_id k, int64_t id, struct decision **out, size_t *n,
                   struct ird_err *e)
{
    return store_decisions(a->store, k, id, out, n, e);
}

int desk_decided(struct app *a, enum kind_id k, int64_t **ids, size_t *n, struct ird_err *e)
{
    return store_decided(a->store, k, ids, n, e);
}

int desk_put_decision(struct app *a, enum kind_id k, int64_t id, struct decision *d,
                      const char *at, struct ird_err *e)
{
    struct stamp st = { at, a->user };

    return store_decide(a->store, k, id, d, &st, e);
}

int desk_put_carry_out(struct app *a, enum kind_id k, int64_t id, int64_t did,
                       const char *done, const char *source, int64_t version,
                       const char *from, const char *to, const char *at, struct ird_err *e)
{
    struct stamp st = { at, a->user };

    return store_carry_out(a->store, k, id, did, done, source, version, from, to, &st, e);
}

int desk_put_archived(struct app *a, enum kind_id k, int64_t id, int64_t version, int archived,
                      const char *note, const char *at, struct ird_err *e)
{
    struct stamp st = { at, a->user };

    return store_set_archived(a->store, k, id, version, archived, note, &st, e);
}

int desk_begin(struct app *a, struct ird_err *e)
{
    return store_begin(a->store, e);
}

int desk_side_each(struct app *a, const struct side *sd, const char *okind, int64_t owner,
                   desk_row_fn fn, void *ctx, struct ird_err *e)
{
    return store_side_each(a->store, sd, okind, owner, fn, ctx, e);
}

int desk_side_put(struct app *a, const struct side *sd, char *const *vals, int *added,
                  struct ird_err *e)
{
    return store_side_put(a->store, sd, vals, added, e);
}

int desk_put_raw(struct app *a, const struct record *r, int *added, struct ird_err *e)
{
    return store_put_raw(a->store, r, added, e);
}

int desk_read_begin(struct app *a, struct ird_err *e)
{
    return store_read_begin(a->store, e);
}

void desk_read_end(struct app *a)
{
    store_read_end(a->store);
}

int desk_begin_bulk(struct app *a, struct ird_err *e)
{
    return store_begin_bulk(a->store, e);
}

void desk_bulk_expect(struct app *a, long rows)
{
    store_bulk_expect(a->store, rows);
}

int desk_put_bulk(struct app *a, const struct record *r, const char *note, const char *at,
                  struct ird_err *e)
{
    struct stamp st = { at, a->user };

    return store_add_bulk(a->store, r, note, &st, e);
}

int desk_put_bulk_take(struct app *a, struct record **pr, const char *note, const char *at,
                       struct ird_err *e)
{
    struct stamp st = { at, a->user };

    return store_add_bulk_take(a->store, pr, note, &st, e);
}

int desk_commit(struct app *a, struct ird_err *e)
{
    return store_commit(a->store, e);
}

void desk_rollback(struct app *a)
{
    store_rollback(a->store);
}

int desk_changes(struct app *a, const char *since, long limit, struct hist **out, size_t *n,
                 struct ird_err *e)
{
    return store_changes(a->store, since, limit, out, n, e);
}

int desk_chapters(struct app *a, struct chapter **out, size_t *n, struct ird_err *e)
{
    return store_chapters(a->store, out, n, e);
}

int desk_priority_counts(struct app *a, struct prio_count **out, size_t *n, struct ird_err *e)
{
    return store_priority_counts(a->store, out, n, e);
}

int desk_meta(struct app *a, const char *key, char **out, struct ird_err *e)
{
    return store_meta(a->store, key, out, e);
}

int desk_save(struct app *a, struct record *r, int *bad, struct ird_err *e)
{
    char now[32];

    if (app_readonly(a)) {
        *bad = -1;
        return ird_fail(e, IRD_READONLY, "%s", ird_code_text(IRD_READONLY));
    }
    validate_normalize(r);
    if (validate_record(a, r, bad, e) < 0)
        return -1;
    app_now(a, now);
    return desk_put(a, r, now, e);
}

int desk_archive(struct app *a, enum kind_id k, int64_t id, int64_t version, int archived,
                 const char *note, struct ird_err *e)
{
    char now[32];

    if (note != NULL && validate_text(_("Note"), note, 1, 2000, e) < 0)
        return -1;
    app_now(a, now);
    return desk_put_archived(a, k, id, version, archived, note, now, e);
}

int desk_history(struct app *a, enum kind_id k, int64_t id, long offset, long limit,
                 struct hist **out, size_t *n, struct ird_err *e)
{
    return store_history(a->store, k, id, offset, limit, out, n, e);
}

int desk_history_dated(struct app *a, enum kind_id k, int64_t id, int from, int to,
                       struct hist **out, size_t *n, struct ird_err *e)
{
    return store_history_dated(a->store, k, id, from, to, out, n, e);
}

int desk_links(struct app *a, enum kind_id k, int64_t id, struct link_ref **out, size_t *n,
               struct ird_err *e)
{
    return store_links(a->store, k, id, out, n, e);
}

int desk_extras(struct app *a, enum kind_id k, int64_t id, struct extra **out, size_t *n,
                struct ird_err *e)
{
    return store_extras(a->store, k, id, out, n, e);
}

int desk_check(struct app *a, char **report, struct ird_err *e)
{
    return store_check(a->store, report, e);
}

int desk_interactive(struct app *a, struct ird_err *e)
{
    return store_interactive(a->store, e);
}

void desk_idle(struct app *a)
{
    store_idle(a->store);
}

void desk_on_busy(struct app *a, double seconds, void (*fn)(void *ctx), void *ctx)
{
    store_on_busy(a->store, seconds, fn, ctx);
}

int64_t desk_data_version(struct app *a)
{
    return store_data_version(a->store);
}

/* A stored value as a person reads it, added to b: enum labels
 * translated, an amount in Belgian notation (its type's show). */
static void hist_value(struct buf *b, const struct kind *k, const char *field, const char *v)
{
    int i = field != NULL ? kind_field(k, field) : -1;
    char *shown;

    if (v == NULL) {
        buf_add(b, "—");
    } else if (field != NULL && strcmp(field, "status") == 0) {
        buf_add(b, kind_status_label(k, v));
    } else if (i >= 0 && ftype_get(k->fields[i].type)->show != NULL) {
        shown = ftype_get(k->fields[i].type)->show(v);
        buf_add(b, shown);
        free(shown);
    } else {
        buf_add(b, i >= 0 ? kind_value_label(&k->fields[i], v) : v);
    }
}

/* The words before an event's note, by its field: a decision, a file
 * attached or archived, a link made or removed (new: the other record). */
static const struct {
    const char *field, *words;
    int other; /* new names another record ("agreement 3"), not a status */
    int typed; /* its note is no text of a language (a file, a link's type, a
                  date): as it is, no twin */
} events[] = {
    { "decision", N_("Decision recorded: "), 0, 0 },
    { "decision_done", N_("Decision carried out on "), 0, 1 },
    { "attach", N_("File attached: "), 0, 1 },
    { "detach", N_("File archived: "), 0, 1 },
    /* L10N: %s is the other record: "Agreement 3" */
    { "link", N_("Linked to %s"), 1, 1 },
    /* L10N: %s is the other record: "Agreement 3" */
    { "unlink", N_("Link to %s removed"), 1, 1 },
};

/* 1 when h is an event whose note a document gave (it has its twin). */
static int event_from_document(const struct hist *h)
{
    size_t i;

    for (i = 0; i < sizeof events / sizeof events[0]; i++)
        if (h->field != NULL && strcmp(h->field, events[i].field) == 0)
            return !events[i].typed;
    return 1;
}

static void event_text(struct buf *b, const struct kind *k, const struct hist *h)
{
    size_t i;

    for (i = 0; i < sizeof events / sizeof events[0]; i++)
        if (h->field != NULL && strcmp(h->field, events[i].field) == 0)
            break;
    if (i < sizeof events / sizeof events[0] && events[i].other) {
        char code[32] = "";
        long long id = 0;
        const struct kind *o = NULL;
        if (h->new_ != NULL && sscanf(h->new_, "%31s %lld", code, &id) == 2)
            o = kind_by_code(code);
        char *who = o != NULL ? xasprintf("%s %lld", _(o->label), id)
                              : xstrdup(h->new_ != NULL ? h->new_ : "");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        buf_printf(b, _(events[i].words), who);
#pragma GCC diagnostic pop
        free(who);
        if (h->note != NULL)
            buf_add(b, " — ");
        return;
    }
    if (h->new_ != NULL)
        buf_printf(b, "[%s] ", kind_status_label(k, h->new_));
    if (i < sizeof events / sizeof events[0])
        buf_add(b, _(events[i].words));
}

char *desk_hist_text(const struct kind *k, const struct hist *h)
{
    struct buf b = { 0 };
    const char *a = h->action ? h->action : "";
    int fi = h->field ? kind_field(k, h->field) : -1;

    if (strcmp(a, "create") == 0)
        buf_add(&b, _("Created"));
    else if (strcmp(a, "archive") == 0)
        buf_add(&b, _("Archived"));
    else if (strcmp(a, "restore") == 0)
        buf_add(&b, _("Restored"));
    else if (strcmp(a, "status") == 0 || strcmp(a, "edit") == 0) {
        const char *label = strcmp(a, "status") == 0 ? C_("field", "Status")
                            : fi >= 0               ? _(k->fields[fi].label)
                                                    : (h->field ? h->field : "");
        buf_printf(&b, "%s: ", label);
        hist_value(&b, k, h->field, h->old);
        buf_add(&b, " → ");
        hist_value(&b, k, h->field, h->new_);
    } else if (strcmp(a, "event") == 0) {
        event_text(&b, k, h);
    }
    if (h->note != NULL || h->note_en != NULL) {
        /* a document's text has its twin; a note someone typed is as typed */
        char *note = h->note_en != NULL || (strcmp(a, "event") == 0 && event_from_document(h))
                         ? twin_text(h->note, h->note_en)
                         : xstrdup(h->note);
        if (b.len > 0 && strcmp(a, "event") != 0)
            buf_add(&b, " — ");
        buf_add(&b, note);
        free(note);
    }
    return buf_take(&b);
}

int desk_views(struct app *a, struct view_def **out, size_t *n, struct ird_err *e)
{
    return store_views(a->store, out, n, e);
}

int desk_view_put(struct app *a, const struct view_def *v, struct ird_err *e)
{
    char now[32];
    struct stamp st = { now, a->user };

    if (app_readonly(a))
        return ird_fail(e, IRD_READONLY, "%s", ird_code_text(IRD_READONLY));
    app_now(a, now);
    return store_view_put(a->store, v, &st, e);
}

int desk_erase(struct app *a, enum kind_id k, int64_t id, int *kept, struct ird_err *e)
{
    char now[32];
    struct stamp st = { now, a->user };

    if (app_readonly(a))
        return ird_fail(e, IRD_READONLY, "%s", ird_code_text(IRD_READONLY));
    app_now(a, now);
    /* stored in both languages, as the history's notes are (schema 18) */
    return store_erase(a->store, k, id, "Persoonsgegevens gewist (AVG).",
                       "Personal data erased (GDPR).", &st, kept, e);
}

int desk_note_put(struct app *a, enum kind_id k, int64_t id, const char *body,
                  int64_t *note_id, struct ird_err *e)
{
    char now[32];
    struct stamp st = { now, a->user };

    if (app_readonly(a))
        return ird_fail(e, IRD_READONLY, "%s", ird_code_text(IRD_READONLY));
    app_now(a, now);
    return store_note_add(a->store, k, id, body, &st, note_id, e);
}

int desk_notes(struct app *a, enum kind_id k, int64_t id, struct note **out, size_t *n,
               struct ird_err *e)
{
    return store_notes(a->store, k, id, out, n, e);
}

int desk_search_all(struct app *a, const char *words, long limit, struct hit **out, size_t *n,
                    struct ird_err *e)
{
    return store_search_all(a->store, words, limit, out, n, e);
}

/* The stamp of a write made now by a->user; -1 (e filled) when read-only. */
static int stamp_now(struct app *a, char now[32], struct stamp *st, struct ird_err *e)
{
    if (app_readonly(a))
        return ird_fail(e, IRD_READONLY, "%s", ird_code_text(IRD_READONLY));
    app_now(a, now);
    st->at = now;
    st->user = a->user;
    return 0;
}

int desk_attach_put(struct app *a, const struct attachment *meta, const void *data,
                    int64_t *aid, struct ird_err *e)
{
    char now[32];
    struct stamp st;

    if (stamp_now(a, now, &st, e) < 0)
        return -1;
    return store_attach(a->store, meta, data, &st, aid, e);
}

int desk_attachments(struct app *a, enum kind_id k, int64_t id, int archived,
                     struct attachment **out, size_t *n, struct ird_err *e)
{
    return store_attachments(a->store, k, id, archived, out, n, e);
}

int desk_attachment_body(struct app *a, int64_t aid, void **data, size_t *n, struct ird_err *e)
{
    return store_attachment_body(a->store, aid, data, n, e);
}

int desk_detach(struct app *a, const struct attachment *att, struct ird_err *e)
{
    char now[32];
    struct stamp st;

    if (stamp_now(a, now, &st, e) < 0)
        return -1;
    return store_detach(a->store, att, &st, e);
}

int desk_link_put(struct app *a, enum kind_id ak, int64_t aid, enum kind_id bk, int64_t bid,
                  const char *note, struct ird_err *e)
{
    char now[32];
    struct stamp st;

    /* L10N: the words saying how two linked records relate ("partner") */
    if (note != NULL && validate_text(_("Type of link"), note, 0, 200, e) < 0)
        return -1;
    if (stamp_now(a, now, &st, e) < 0)
        return -1;
    return store_link_add(a->store, ak, aid, bk, bid, note, &st, e);
}

int desk_unlink(struct app *a, enum kind_id ak, int64_t aid, enum kind_id bk, int64_t bid,
                struct ird_err *e)
{
    char now[32];
    struct stamp st;

    if (stamp_now(a, now, &st, e) < 0)
        return -1;
    return store_link_remove(a->store, ak, aid, bk, bid, &st, e);
}

int desk_last_change(struct app *a, enum kind_id k, int64_t id, char out[32], struct ird_err *e)
{
    return store_last_change(a->store, k, id, out, e);
}
