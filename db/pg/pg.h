#ifndef IRDESK_DB_PG_PG_H
#define IRDESK_DB_PG_PG_H

#include <stddef.h>
#include <stdint.h>

#include "db/store.h"
#include "lib/err.h"

/* The PostgreSQL engine of the store (db/pg): the store.h functions
 * hand over to these when the store was opened on a server
 * (store_is_server); they take the same arguments and keep the same
 * promises.  Operations the engine does not do yet fail with pg_unsupported.
 * Only db/ includes this header. */
struct pg;

/* Open the server database name (libpq's connection string or URI; the
 * password from PGPASSFILE or the service file, never from irdesk): set it
 * up (schema, roles, Ghent's portfolio unless STORE_NOSEED) when it holds no
 * schema and flags have STORE_NEW_OK; bring it up to date.  *out owned. */
int pg_open(const char *name, unsigned flags, struct store **out, struct ird_err *e);
/* Close the connection (the store itself is freed by store_close). */
void pg_close(struct store *s);
/* Fill e with "not yet supported on PostgreSQL"; -1. */
int pg_unsupported(struct ird_err *e);

int pg_begin(struct store *s, struct ird_err *e);
int pg_commit(struct store *s, struct ird_err *e);
void pg_rollback(struct store *s);
/* The schema version of the server database, or -1. */
int pg_version(struct store *s);
/* Bring the schema up to date (and the roles' grants with it). */
int pg_upgrade(struct store *s, struct ird_err *e);
/* A count of the other sessions' changes seen so far (LISTEN/NOTIFY),
 * read without waiting. */
int64_t pg_data_version(struct store *s);
int pg_meta(struct store *s, const char *key, char **out, struct ird_err *e);

int pg_count_upto(struct store *s, const struct query *q, long cap, long *n, struct ird_err *e);
int pg_list(struct store *s, const struct query *q, long offset, long limit,
            struct record ***out, size_t *n, struct ird_err *e);
int pg_window(struct store *s, const struct query *q, int64_t anchor, int dir, int inclusive,
              long limit, struct record ***out, size_t *n, struct ird_err *e);
/* store_dated on the server: the records of k that may have a calendar
 * date between the ISO days from and to, on the dates' indexes. */
int pg_dated(struct store *s, enum kind_id k, const char *from, const char *to,
             struct record ***out, size_t *n, struct ird_err *e);
int pg_position_upto(struct store *s, const struct query *q, int64_t id, long cap, long *pos,
                     struct ird_err *e);
int pg_get(struct store *s, enum kind_id k, int64_t id, struct record **out, struct ird_err *e);
int pg_exists(struct store *s, enum kind_id k, int64_t id);
int pg_find(struct store *s, enum kind_id k, const char *name, int64_t *ids, size_t max,
            size_t *n, struct ird_err *e);

int pg_save(struct store *s, struct record *r, const struct stamp *t, struct ird_err *e);
int pg_set_column(struct store *s, enum kind_id k, int64_t id, int64_t version,
                  const char *column, const char *expect, const char *value,
                  const char *action, const char *note, const struct stamp *t,
                  struct ird_err *e);
int pg_history(struct store *s, enum kind_id k, int64_t id, const char *since, long offset,
               long limit, struct hist **out, size_t *n, struct ird_err *e);

int pg_links(struct store *s, enum kind_id k, int64_t id, struct link_ref **out, size_t *n,
             struct ird_err *e);
int pg_decisions(struct store *s, enum kind_id k, int64_t id, struct decision **out, size_t *n,
                 struct ird_err *e);
struct note;
struct view_def;
int pg_notes(struct store *s, enum kind_id k, int64_t id, struct note **out, size_t *n,
             struct ird_err *e);
int pg_views(struct store *s, struct view_def **out, size_t *n, struct ird_err *e);
int pg_priority_counts(struct store *s, struct prio_count **out, size_t *n,
                       struct ird_err *e);
int pg_chapters(struct store *s, struct chapter **out, size_t *n, struct ird_err *e);
int pg_extras(struct store *s, enum kind_id k, int64_t id, struct extra **out, size_t *n,
              struct ird_err *e);
int pg_note_add(struct store *s, enum kind_id k, int64_t id, const char *body,
                const struct stamp *t, int64_t *note_id, struct ird_err *e);
int pg_decide(struct store *s, enum kind_id k, int64_t id, struct decision *d,
              const struct stamp *t, struct ird_err *e);
int pg_carry_out(struct store *s, enum kind_id k, int64_t id, int64_t did, const char *done,
                 const char *source, int64_t version, const char *from, const char *to,
                 const struct stamp *t, struct ird_err *e);
int pg_view_put(struct store *s, const struct view_def *v, const struct stamp *t,
                struct ird_err *e);
struct hit;
int pg_search_all(struct store *s, const char *words, long limit, struct hit **out, size_t *n,
                  struct ird_err *e);
int pg_side_each(struct store *s, const struct side *sd, const char *okind, int64_t owner,
                 store_row_fn fn, void *ctx, struct ird_err *e);
int pg_side_put(struct store *s, const struct side *sd, char *const *vals, int *added,
                struct ird_err *e);
int pg_put_raw(struct store *s, const struct record *r, int *added, struct ird_err *e);
int pg_add_bulk(struct store *s, const struct record *r, const char *note, const struct stamp *t,
                struct ird_err *e);
struct attachment;
int pg_attach(struct store *s, const struct attachment *meta, const void *data,
              const struct stamp *t, int64_t *aid, struct ird_err *e);
int pg_attachments(struct store *s, enum kind_id k, int64_t id, int archived,
                   struct attachment **out, size_t *n, struct ird_err *e);
int pg_attachment_body(struct store *s, int64_t aid, void **data, size_t *n, struct ird_err *e);
int pg_detach(struct store *s, const struct attachment *a, const struct stamp *t,
              struct ird_err *e);
int pg_link_add(struct store *s, enum kind_id ak, int64_t aid, enum kind_id bk, int64_t bid,
                const char *note, const struct stamp *t, struct ird_err *e);
int pg_link_remove(struct store *s, enum kind_id ak, int64_t aid, enum kind_id bk, int64_t bid,
                   const struct stamp *t, struct ird_err *e);
int pg_last_change(struct store *s, enum kind_id k, int64_t id, char out[32], struct ird_err *e);
int pg_check(struct store *s, char **report, struct ird_err *e);
int pg_history_dated(struct store *s, enum kind_id k, int64_t id, int from, int to,
                     struct hist **out, size_t *n, struct ird_err *e);
int pg_decided(struct store *s, enum kind_id k, int64_t **ids, size_t *n, struct ird_err *e);
/* A REPEATABLE READ, READ ONLY transaction for the reads of a report
 * (none inside a transaction); pg_read_end commits it. */
int pg_read_begin(struct store *s, struct ird_err *e);
void pg_read_end(struct store *s);
/* The GDPR erasure of record id of kind k (checked by store_erase) in one
 * transaction, and the dated line that remains. */
int pg_erase(struct store *s, const struct kind *k, int64_t id, const char *note,
             const char *note_en, const struct stamp *t, struct ird_err *e);

/* A read-only copy in memory (an SQLite store) of the server database
 * name, for check, copy and the exports of both ends.  *out owned. */
int pg_stage(const char *name, struct store **out, struct ird_err *e);
/* Copy every row of the SQLite store from (history included) into the
 * server database to, which must hold no records (its schema and roles
 * are made when it has none). */
int pg_copy_into(struct store *from, const char *to, struct ird_err *e);
/* The same read-only copy in memory of the open server database s (one
 * snapshot): what `backup` writes to a file.  *out owned. */
int pg_snapshot(struct store *s, struct store **out, struct ird_err *e);
/* Replace every row of the server database s by those of the SQLite store
 * from (a checked backup), in one transaction; the administrator's. */
int pg_replace(struct store *s, struct store *from, struct ird_err *e);
/* 0 when the session may replace the database (the administrator role). */
int pg_may_replace(struct store *s, struct ird_err *e);

#endif
