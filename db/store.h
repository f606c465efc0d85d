#ifndef IRDESK_DB_STORE_H
#define IRDESK_DB_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/record.h"
#include "model/side.h"

/* The store: the one interface core/ uses.  All SQL lives in db/.  Two
 * engines behind it, chosen by the database's name: a file is SQLite, a
 * server (store_is_server) PostgreSQL through libpq. */
struct store;

enum store_flag {
    STORE_READONLY = 1u << 0, /* open read-only; never create */
    STORE_NOSEED = 1u << 1,   /* a new database stays empty (tests) */
    STORE_KEEP_OLD = 1u << 2, /* an older schema waits for store_upgrade */
    STORE_NEW_OK = 1u << 3    /* a server database without irdesk's schema gets
                                 it (init, copy, the desk); a file always may */
};

/* 1 when name is a PostgreSQL server database ("postgresql://...",
 * "postgres://..." or "service=NAME"), 0 for a file. */
int store_is_server(const char *name);
/* Copy every row of from (a store_stage copy), history included, into the
 * server database to, which must hold no records (its schema and roles are
 * made when it has none); nothing is copied when any row is refused. */
int store_copy_to_server(struct store *from, const char *to, struct ird_err *e);

/* Who writes, and when (UTC, "YYYY-MM-DDTHH:MM:SSZ"): goes into history. */
struct stamp {
    const char *at;
    const char *user;
};

/* Open (creating, migrating and seeding as needed) the database at path.
 * Refuses a file that is not an irdesk database or is of a newer schema. */
int store_open(const char *path, unsigned flags, struct store **out, struct ird_err *e);
/* NULL-safe; sets *ps to NULL. */
void store_close(struct store **ps);

/* A batch: the writes until store_commit are one transaction, all or
 * nothing (store_rollback drops them). */
int store_begin(struct store *s, struct ird_err *e);
/* A batch for many writes (an import): the same, but its writes make no
 * savepoints of their own, so after any failed write the caller must roll
 * the whole batch back. */
int store_begin_bulk(struct store *s, struct ird_err *e);
/* In a bulk batch: about rows new records will follow.  When they are
 * many beside what their table holds, the table's plain (not unique)
 * indexes and its insert triggers of the kind's count and search entry are
 * set aside while they are written and made again once at the end, which
 * costs less than keeping them up a row at a time (the batch counts the
 * rows and indexes them for the search itself). */
void store_bulk_expect(struct store *s, long rows);
/* In a bulk batch: add the new record r (r->id 0; its status and archived
 * flag as set) with a "create" history line, and an "archive" one with
 * note when it is archived, stamped t.  The rows are written several to a
 * statement, so that the search index is not flushed at each; r->id is
 * not set, and a failure may show at a later row or at the commit. */
int store_add_bulk(struct store *s, const struct record *r, const char *note,
                   const struct stamp *t, struct ird_err *e);
/* The same, taking *pr (the store owns and frees it; *pr is set to NULL,
 * whatever the result): the record is not copied. */
int store_add_bulk_take(struct store *s, struct record **pr, const char *note,
                        const struct stamp *t, struct ird_err *e);
int store_commit(struct store *s, struct ird_err *e);
void store_rollback(struct store *s);

/* Reads that go together (a report): one snapshot and one lock for all
 * their statements, not a transaction each (each took the file's locks
 * anew); no write may come until store_read_end.  Nothing is begun inside
 * a transaction. */
int store_read_begin(struct store *s, struct ird_err *e);
/* End what store_read_begin began (NULL-safe). */
void store_read_end(struct store *s);

/* A consistent copy of the database into the empty file tmp (created by the
 * caller, who renames it to target, the name used in messages), through
 * SQLite's online backup: the others may go on working.  The copy is a
 * self-contained database in rollback-journal mode. */
int store_backup_into(struct store *s, const char *tmp, const char *target, struct ird_err *e);
/* A read-only copy in memory of the irdesk database at path, brought up to
 * this program's schema: refuses a file that is not one, is damaged or is
 * of a newer schema.  *out owned (store_close). */
int store_stage(const char *path, struct store **out, struct ird_err *e);
/* 0 when store_replace may replace s: not read-only and, on a server, the
 * session has the administrator role; else -1 with the reason. */
int store_may_replace(struct store *s, struct ird_err *e);
/* Replace the database's contents by from's (SQLite's backup API, in one
 * step under the write lock; on a server, every row in one transaction). */
int store_replace(struct store *s, struct store *from, struct ird_err *e);
/* The path it was opened with (borrowed). */
const char *store_path(const struct store *s);
/* The schema version of the open database. */
int store_version(struct store *s);
/* Bring a database opened with STORE_KEEP_OLD up to this program's schema. */
int store_upgrade(struct store *s, struct ird_err *e);
/* Check the database: SQLite's integrity and foreign keys, then irdesk's
 * own rules.  Each problem is appended to *report (one line each, caller
 * frees; NULL when none).  Returns the number of problems, or -1. */
int store_check(struct store *s, char **report, struct ird_err *e);
/* For tests: let the database grow to at most 'pages' pages, as a full
 * disk would. */
int store_limit_pages(struct store *s, long pages, struct ird_err *e);

/* An interactive session: no checkpoint in the middle of a save (SQLite's
 * automatic ones can take a tenth of a second), store_idle does them; and
 * a save's statement journal kept in memory instead of a temporary file
 * made and removed at every Ctrl-S. */
int store_interactive(struct store *s, struct ird_err *e);
/* While another desk holds the write lock, wait up to seconds (5 by
 * default) before a write fails as busy; after a second of waiting, fn(ctx)
 * is called once (to say so). */
void store_on_busy(struct store *s, double seconds, void (*fn)(void *ctx), void *ctx);
/* Called when the user is idle: checkpoint the write-ahead log. */
void store_idle(struct store *s);

/* 1 when writes are refused (opened read-only, or the file is read-only). */
int store_readonly(const struct store *s);
/* The schema version this program writes (the number of migrations). */
int store_schema_version(void);

/* How many records match q. */
int store_count(struct store *s, const struct query *q, long *n, struct ird_err *e);
/* The same, counting at most cap (cap < 0: no cap): *n == cap means "cap
 * or more".  The plain count (no filter) is exact at any size. */
int store_count_upto(struct store *s, const struct query *q, long cap, long *n,
                     struct ird_err *e);
/* The records matching q from offset, at most limit; *out owned (free with
 * record_list_free). */
int store_list(struct store *s, const struct query *q, long offset, long limit,
               struct record ***out, size_t *n, struct ird_err *e);
/* A window of q's records next to the record 'anchor' in q's order: dir > 0
 * the rows from it on (inclusive) or after it, dir < 0 the rows before it
 * (or up to it); anchor 0 means the start (dir > 0) or the end (dir < 0).
 * At most limit rows, in display order.  The work depends on the window,
 * not on where it is in the table.  *out owned (record_list_free). */
int store_window(struct store *s, const struct query *q, int64_t anchor, int dir, int inclusive,
                 long limit, struct record ***out, size_t *n, struct ird_err *e);

/* The unarchived records of kind k that may have a calendar date between
 * from and to (ISO days, both given): a superset the caller sifts (each
 * date's precision, the statuses); with starts, a period only when it may
 * begin then (not one that began long before); the work follows those
 * records, not the table, where the date fields have indexes.  A record
 * holds the fields the calendar reads (its title, its calendar dates and
 * the dates ending their periods; the others NULL), or every field
 * (PostgreSQL).  In the order of id; *out owned (record_list_free). */
int store_dated(struct store *s, enum kind_id k, const char *from, const char *to, int starts,
                struct record ***out, size_t *n, struct ird_err *e);
/* Position (0-based) of record id within q's order: how many of q's rows
 * come before it (where it would be, when it does not match q); -1 in
 * *pos when there is no such record. */
int store_position(struct store *s, const struct query *q, int64_t id, long *pos,
                   struct ird_err *e);
/* The same, counting at most cap rows before it (cap < 0: no cap): *pos ==
 * cap means "cap or more"; the work follows cap, not the table. */
int store_position_upto(struct store *s, const struct query *q, int64_t id, long cap,
                        long *pos, struct ird_err *e);
/* One record; *out owned on success.  IRD_NOT_FOUND when there is none. */
int store_get(struct store *s, enum kind_id k, int64_t id, struct record **out,
              struct ird_err *e);
/* Ids of the records whose title (either language, or the native
 * spelling) equals name, ignoring case and accents; at most max. */
int store_find(struct store *s, enum kind_id k, const char *name, int64_t *ids, size_t max,
               size_t *n, struct ird_err *e);
/* 1 when record id of kind k exists. */
int store_exists(struct store *s, enum kind_id k, int64_t id);

/* Insert (r->id == 0) or update r, whose values are already valid.  An
 * update whose r->version is not the stored one fails with IRD_STALE.
 * Writes a history line per changed field; updates r->id and r->version. */
int store_save(struct store *s, struct record *r, const struct stamp *st, struct ird_err *e);
/* Change the status of a record from 'from' to 'to' (the caller checked the
 * workflow), if its version is still 'version'. */
int store_set_status(struct store *s, enum kind_id k, int64_t id, int64_t version,
                     const char *from, const char *to, const char *note,
                     const struct stamp *st, struct ird_err *e);
/* Archive (archived = 1) or restore a record, if its version is 'version'. */
int store_set_archived(struct store *s, enum kind_id k, int64_t id, int64_t version,
                       int archived, const char *note, const struct stamp *st,
                       struct ird_err *e);

/* History of a record, newest first; *out owned (hist_list_free). */
int store_history(struct store *s, enum kind_id k, int64_t id, long offset, long limit,
                  struct hist **out, size_t *n, struct ird_err *e);
/* The dated events and status changes of a record in the years from..to,
 * newest first; *out owned (a timeline reads only these of a record's
 * history, which may hold thousands of edits). */
int store_history_dated(struct store *s, enum kind_id k, int64_t id, int from, int to,
                        struct hist **out, size_t *n, struct ird_err *e);
/* Changes made at the desk (not the documents' dated facts) at or after
 * 'since' (UTC, as in history), newest first, at most limit. */
int store_changes(struct store *s, const char *since, long limit, struct hist **out,
                  size_t *n, struct ird_err *e);
/* The chapters of the policy note, in order. */
int store_chapters(struct store *s, struct chapter **out, size_t *n, struct ird_err *e);
/* Per top priority, how many of its initiatives have each status. */
int store_priority_counts(struct store *s, struct prio_count **out, size_t *n,
                          struct ird_err *e);
/* The records linked to this one (explicit links and references). */
int store_links(struct store *s, enum kind_id k, int64_t id, struct link_ref **out, size_t *n,
                struct ird_err *e);
/* Lines about a record kept outside its table: roles, chapter, priorities. */
int store_extras(struct store *s, enum kind_id k, int64_t id, struct extra **out, size_t *n,
                 struct ird_err *e);
/* The decision log of a record, latest first (by date, then as recorded);
 * *out owned (decision_list_free). */
int store_decisions(struct store *s, enum kind_id k, int64_t id, struct decision **out,
                    size_t *n, struct ird_err *e);
/* The ids of kind k's records that have a decision, ascending (a report
 * asks the log only of those); *ids owned (free). */
int store_decided(struct store *s, enum kind_id k, int64_t **ids, size_t *n, struct ird_err *e);
/* Add d (its texts, date, body and source; done is not taken) to the log
 * of record id, with a history line; d->id is set.  IRD_NOT_FOUND when
 * there is no such record. */
int store_decide(struct store *s, enum kind_id k, int64_t id, struct decision *d,
                 const struct stamp *t, struct ird_err *e);
/* Mark decision did of record id carried out on 'done' as 'source' says,
 * with a history line; when 'to' is not NULL the record's status moves
 * from 'from' to 'to' (its version still 'version', the caller checked
 * the workflow) in the same transaction.  IRD_NOT_FOUND when the record
 * has no such decision, IRD_INVALID when it was carried out already. */
int store_carry_out(struct store *s, enum kind_id k, int64_t id, int64_t did, const char *done,
                    const char *source, int64_t version, const char *from, const char *to,
                    const struct stamp *t, struct ird_err *e);
/* A value of the meta table (caller frees), or NULL in *out. */
int store_meta(struct store *s, const char *key, char **out, struct ird_err *e);
/* The work the store has done so far: SQLite virtual machine steps of
 * every statement (sqlite3_stmt_status), and STORE_PAGE_WORK for each page
 * read from the cache or the file (sqlite3_db_status).  Tests compare it
 * across sizes. */
enum { STORE_PAGE_WORK = 20 };
uint64_t store_work(const struct store *s);

/* The JSON exchange (db/store_raw.c): rows as they are stored. */

/* Called per row with the side table's columns as text (NULL for NULL):
 * 0 goes on, -1 (e filled) stops. */
typedef int (*store_row_fn)(void *ctx, char *const *vals, struct ird_err *e);
/* Each row of side table sd, in the order written; of the record owner (of
 * kind code okind, for a side of every kind's records) when sd has an owner. */
int store_side_each(struct store *s, const struct side *sd, const char *okind, int64_t owner,
                    store_row_fn fn, void *ctx, struct ird_err *e);
/* Add a row of sd (vals: its columns) unless an identical one is there:
 * *added 1 or 0.  A row whose key another row holds fails (IRD_INVALID). */
int store_side_put(struct store *s, const struct side *sd, char *const *vals, int *added,
                   struct ird_err *e);
/* Add record r with its own id, version, status and archived flag and no
 * history line, unless the store holds it as it is: *added 1 or 0.  A
 * record whose id another holds fails (IRD_INVALID). */
int store_put_raw(struct store *s, const struct record *r, int *added, struct ird_err *e);
/* Compute the stored sort keys (model/twin.h) of record id of kind k, or of
 * every record of k whose keys are missing when id is 0. */
int store_sort_keys(struct store *s, enum kind_id k, int64_t id, struct ird_err *e);

/* Changes whenever another connection commits (PRAGMA data_version). */
int64_t store_data_version(struct store *s);
/* The size of the database's pages in bytes (-1 when it cannot be read). */
int store_page_size(struct store *s);

/* ---- saved views, the notes journal, the search of everything ---------- */
/* (db/store_view.c, db/store_note.c; row types in model/saved.h) */
struct view_def;
struct note;
struct hit;

/* The saved views of the database, built-in ones first, then by name;
 * *out owned (view_def_list_free). */
int store_views(struct store *s, struct view_def **out, size_t *n, struct ird_err *e);
/* Save v under its name (a view of that name is replaced; a built-in one
 * is refused with IRD_INVALID), stamped t. */
int store_view_put(struct store *s, const struct view_def *v, const struct stamp *t,
                   struct ird_err *e);

/* Erase record id of a kind with personal data (GDPR): the record, its
 * history, notes, decisions and links and what the search index held of
 * them, freed pages overwritten, the log checkpointed and truncated; one
 * history line (note, note_en, at t) says an erasure took place.  *kept is
 * 1 when another connection's read kept the log from being truncated (the
 * erasure is done; the old pages go at the next checkpoint).  IRD_INVALID
 * for a kind without personal data, IRD_NOT_FOUND for no such record. */
int store_erase(struct store *s, enum kind_id k, int64_t id, const char *note,
                const char *note_en, const struct stamp *t, int *kept, struct ird_err *e);

/* Add a note to the journal of record id of kind k (IRD_NOT_FOUND when
 * there is no such record); *note_id gets its id (may be NULL). */
int store_note_add(struct store *s, enum kind_id k, int64_t id, const char *body,
                   const struct stamp *t, int64_t *note_id, struct ird_err *e);
/* The journal of a record, newest first; *out owned (note_list_free). */
int store_notes(struct store *s, enum kind_id k, int64_t id, struct note **out, size_t *n,
                struct ird_err *e);
/* Everything that matches words (accents and case ignored): records of
 * every kind, notes, history lines, best first, at most limit; *out owned
 * (hit_list_free). */
int store_search_all(struct store *s, const char *words, long limit, struct hit **out,
                     size_t *n, struct ird_err *e);

/* ---- attached files, links, last changes ------------------------------ */
/* (db/store_attach.c, db/store_links.c; struct attachment in model/saved.h) */
struct attachment;

/* Attach a file to record meta->record_id of kind meta->kind: its name,
 * type, size and SHA-256 as in meta (added_by and added_at come from t),
 * its meta->size bytes at data; *aid gets its number.  A live file of the
 * same name on the record is refused (IRD_INVALID): never replaced. */
int store_attach(struct store *s, const struct attachment *meta, const void *data,
                 const struct stamp *t, int64_t *aid, struct ird_err *e);
/* The files of a record in the order added, the archived ones too when
 * archived; *out owned (attachment_list_free). */
int store_attachments(struct store *s, enum kind_id k, int64_t id, int archived,
                      struct attachment **out, size_t *n, struct ird_err *e);
/* The bytes of attached file aid: *data owned (NUL after the last byte). */
int store_attachment_body(struct store *s, int64_t aid, void **data, size_t *n,
                          struct ird_err *e);
/* Archive attached file a (its id, record and name), with a history line. */
int store_detach(struct store *s, const struct attachment *a, const struct stamp *t,
                 struct ird_err *e);
/* Link two records (both must exist, and differ), with note (a type or a
 * word, may be NULL), and a history line on each.  IRD_INVALID when they
 * are linked already (either way). */
int store_link_add(struct store *s, enum kind_id ak, int64_t aid, enum kind_id bk, int64_t bid,
                   const char *note, const struct stamp *t, struct ird_err *e);
/* Remove the link between two records (either way), with a history line
 * on each.  IRD_NOT_FOUND when there is none. */
int store_link_remove(struct store *s, enum kind_id ak, int64_t aid, enum kind_id bk,
                      int64_t bid, const struct stamp *t, struct ird_err *e);
/* When record id last changed at a desk (its latest history line with a
 * UTC time, "YYYY-MM-DDTHH:MM:SSZ") into out; "" when none. */
int store_last_change(struct store *s, enum kind_id k, int64_t id, char out[32],
                      struct ird_err *e);

#endif
