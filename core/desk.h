#ifndef IRDESK_CORE_DESK_H
#define IRDESK_CORE_DESK_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/record.h"

struct app;

/* The operations the front ends use on records: reading goes to the
 * store; writing is validated here first.  Ownership as in db/store.h. */
int desk_count(struct app *a, const struct query *q, long *n, struct ird_err *e);
int desk_list(struct app *a, const struct query *q, long offset, long limit,
              struct record ***out, size_t *n, struct ird_err *e);
int desk_position(struct app *a, const struct query *q, int64_t id, long *pos,
                  struct ird_err *e);
/* Count and position of store_count_upto and store_position_upto: at most
 * cap rows counted ("cap or more"), so that the work follows cap. */
int desk_count_upto(struct app *a, const struct query *q, long cap, long *n, struct ird_err *e);
int desk_position_upto(struct app *a, const struct query *q, int64_t id, long cap, long *pos,
                       struct ird_err *e);
int desk_window(struct app *a, const struct query *q, int64_t anchor, int dir, int inclusive,
                long limit, struct record ***out, size_t *n, struct ird_err *e);
/* store_dated: the live records of kind k with a calendar date that may
 * fall between the ISO days from and to (with starts, a period's start),
 * holding the fields the calendar reads. */
int desk_dated(struct app *a, enum kind_id k, const char *from, const char *to, int starts,
               struct record ***out, size_t *n, struct ird_err *e);
/* The store's work so far (see store_work). */
uint64_t desk_work(struct app *a);
int desk_get(struct app *a, enum kind_id k, int64_t id, struct record **out, struct ird_err *e);

/* The record a person names: a number, or a title in either language (case
 * and accents ignored).  IRD_NOT_FOUND, or IRD_INVALID when several match. */
int desk_lookup(struct app *a, enum kind_id k, const char *what, int64_t *id, struct ird_err *e);
/* Every record that best matches what, as desk_lookup takes it (punctuation
 * and hyphens as spaces; an equal title before one starting with it before
 * one holding its words): *ids (caller frees) and *n >= 1, or -1 with
 * IRD_NOT_FOUND. */
int desk_lookup_all(struct app *a, enum kind_id k, const char *what, int64_t **ids, size_t *n,
                    struct ird_err *e);

/* Validate and save r (insert when r->id is 0); *bad gets the field at
 * fault, or -1.  A stale version fails with IRD_STALE and saves nothing. */
int desk_save(struct app *a, struct record *r, int *bad, struct ird_err *e);

/* Archive (or restore) a record read at 'version'. */
int desk_archive(struct app *a, enum kind_id k, int64_t id, int64_t version, int archived,
                 const char *note, struct ird_err *e);

int desk_history(struct app *a, enum kind_id k, int64_t id, long offset, long limit,
                 struct hist **out, size_t *n, struct ird_err *e);
/* A record's dated events and status changes of the years from..to,
 * newest first (store_history_dated); *out owned. */
int desk_history_dated(struct app *a, enum kind_id k, int64_t id, int from, int to,
                       struct hist **out, size_t *n, struct ird_err *e);
int desk_links(struct app *a, enum kind_id k, int64_t id, struct link_ref **out, size_t *n,
               struct ird_err *e);
int desk_extras(struct app *a, enum kind_id k, int64_t id, struct extra **out, size_t *n,
                struct ird_err *e);
/* 1 when record id of kind k exists (archived or not). */
int desk_exists(struct app *a, enum kind_id k, int64_t id);

/* Writes without desk_save's checks, for callers that made them (import,
 * workflow): stamped at 'at' ("YYYY-MM-DDTHH:MM:SSZ") by a->user.  The
 * store's rules as in db/store.h: insert when r->id is 0, a stale version
 * (-1: any) fails with IRD_STALE. */
int desk_put(struct app *a, struct record *r, const char *at, struct ird_err *e);
int desk_put_status(struct app *a, enum kind_id k, int64_t id, int64_t version,
                    const char *from, const char *to, const char *note, const char *at,
                    struct ird_err *e);
/* The decision log of a record, latest first (store_decisions); *out owned. */
int desk_decisions(struct app *a, enum kind_id k, int64_t id, struct decision **out, size_t *n,
                   struct ird_err *e);
/* The ids of kind k's records with a decision, ascending (store_decided);
 * *ids owned. */
int desk_decided(struct app *a, enum kind_id k, int64_t **ids, size_t *n, struct ird_err *e);
/* Add decision d, already checked (workflow_decide checks it), stamped at. */
int desk_put_decision(struct app *a, enum kind_id k, int64_t id, struct decision *d,
                      const char *at, struct ird_err *e);
/* Mark a decision carried out, and move the status when to is not NULL
 * (store_carry_out; workflow_carry_out checks it first). */
int desk_put_carry_out(struct app *a, enum kind_id k, int64_t id, int64_t did,
                       const char *done, const char *source, int64_t version,
                       const char *from, const char *to, const char *at, struct ird_err *e);
int desk_put_archived(struct app *a, enum kind_id k, int64_t id, int64_t version, int archived,
                      const char *note, const char *at, struct ird_err *e);

/* Many reads on one snapshot (a report): store_read_begin, store_read_end. */
int desk_read_begin(struct app *a, struct ird_err *e);
void desk_read_end(struct app *a);
/* One transaction around many writes (an import): commit, or roll back
 * all; after a failed write the caller must roll back the whole batch
 * (store_begin_bulk). */
int desk_begin_bulk(struct app *a, struct ird_err *e);
/* In that batch: about rows new records will follow (store_bulk_expect). */
void desk_bulk_expect(struct app *a, long rows);
/* In that batch: add the new record r (status and archived flag as set)
 * as store_add_bulk does; its id stays 0. */
int desk_put_bulk(struct app *a, const struct record *r, const char *note, const char *at,
                  struct ird_err *e);
/* The same, taking *pr (freed by the store; *pr is set to NULL). */
int desk_put_bulk_take(struct app *a, struct record **pr, const char *note, const char *at,
                       struct ird_err *e);
int desk_commit(struct app *a, struct ird_err *e);
void desk_rollback(struct app *a);

/* The JSON exchange's rows as they are stored (as in db/store.h):
 * store_side_each, store_side_put and store_put_raw, in a batch that
 * desk_begin opens (commit or roll back as above).  desk_begin also puts
 * one transaction around several writes (an undo of a bulk step): each
 * write keeps its own savepoint; desk_commit or desk_rollback ends it. */
struct side;
typedef int (*desk_row_fn)(void *ctx, char *const *vals, struct ird_err *e);
int desk_begin(struct app *a, struct ird_err *e);
int desk_side_each(struct app *a, const struct side *sd, const char *okind, int64_t owner,
                   desk_row_fn fn, void *ctx, struct ird_err *e);
int desk_side_put(struct app *a, const struct side *sd, char *const *vals, int *added,
                  struct ird_err *e);
int desk_put_raw(struct app *a, const struct record *r, int *added, struct ird_err *e);

/* The changes since a day, newest first, at most limit; *out owned. */
int desk_changes(struct app *a, const char *since, long limit, struct hist **out, size_t *n,
                 struct ird_err *e);
/* The chapters of the policy note; *out owned. */
int desk_chapters(struct app *a, struct chapter **out, size_t *n, struct ird_err *e);
/* Initiatives per top priority and status; *out owned. */
int desk_priority_counts(struct app *a, struct prio_count **out, size_t *n, struct ird_err *e);
/* A value the database keeps about itself (NULL when unset); caller frees. */
int desk_meta(struct app *a, const char *key, char **out, struct ird_err *e);

/* The desk: checkpoints when the user is idle (desk_idle), not during a
 * save. */
int desk_interactive(struct app *a, struct ird_err *e);
void desk_idle(struct app *a);
/* Writes wait up to seconds for another desk's write lock; fn(ctx) says so
 * after a second (see store_on_busy). */
void desk_on_busy(struct app *a, double seconds, void (*fn)(void *ctx), void *ctx);
/* Changes whenever another desk commits a change. */
int64_t desk_data_version(struct app *a);

/* Check the database; the number of problems (listed in *report, caller
 * frees), or -1. */
int desk_check(struct app *a, char **report, struct ird_err *e);

/* A history line as a person reads it, in the current language: "Status:
 * Planned → In progress", "Since: 1958 → 1959", "Created", ...  The field
 * names and values are translated.  Caller frees. */
char *desk_hist_text(const struct kind *k, const struct hist *h);

/* ---- saved views, the notes journal, the search of everything ---------- */
/* (as db/store.h: row types in model/saved.h) */
struct view_def;
struct note;
struct hit;
int desk_views(struct app *a, struct view_def **out, size_t *n, struct ird_err *e);
/* Save a view in the database, stamped now by a->user. */
int desk_view_put(struct app *a, const struct view_def *v, struct ird_err *e);
/* Erase record id of a kind with personal data (a contact) everywhere in
 * the database, leaving a dated history line that it was erased (see
 * store_erase); *kept as there.  IRD_READONLY on a read-only database. */
int desk_erase(struct app *a, enum kind_id k, int64_t id, int *kept, struct ird_err *e);
/* Add a note (already checked: core/journal.c) stamped now. */
int desk_note_put(struct app *a, enum kind_id k, int64_t id, const char *body,
                  int64_t *note_id, struct ird_err *e);
int desk_notes(struct app *a, enum kind_id k, int64_t id, struct note **out, size_t *n,
               struct ird_err *e);
int desk_search_all(struct app *a, const char *words, long limit, struct hit **out, size_t *n,
                    struct ird_err *e);

/* ---- attached files, links, last changes (db/store.h) ------------------ */
struct attachment;
/* Attach a file (already read and checked: core/attach.c), stamped now. */
int desk_attach_put(struct app *a, const struct attachment *meta, const void *data,
                    int64_t *aid, struct ird_err *e);
int desk_attachments(struct app *a, enum kind_id k, int64_t id, int archived,
                     struct attachment **out, size_t *n, struct ird_err *e);
int desk_attachment_body(struct app *a, int64_t aid, void **data, size_t *n, struct ird_err *e);
/* Archive an attached file, stamped now. */
int desk_detach(struct app *a, const struct attachment *att, struct ird_err *e);
/* Link two records, or remove their link, stamped now. */
int desk_link_put(struct app *a, enum kind_id ak, int64_t aid, enum kind_id bk, int64_t bid,
                  const char *note, struct ird_err *e);
int desk_unlink(struct app *a, enum kind_id ak, int64_t aid, enum kind_id bk, int64_t bid,
                struct ird_err *e);
/* When a record last changed at a desk (UTC), "" when never. */
int desk_last_change(struct app *a, enum kind_id k, int64_t id, char out[32], struct ird_err *e);

#endif
