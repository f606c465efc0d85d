#ifndef IRDESK_DB_STORE_INT_H
#define IRDESK_DB_STORE_INT_H

#include <sqlite3.h>
#include <stdint.h>

#include "db/pg/pg.h"
#include "db/store.h"
#include "lib/err.h"
#include "model/kind.h"

enum { STORE_BULK_ROWS = 1000 };
/* Statements store_finalize keeps, reset, for store_prepare to hand out
 * again for the same SQL (the least recently used one makes room). */
enum { STORE_CACHED = 48 };
struct store_cached {
    sqlite3_stmt *st; /* reset, bindings cleared; NULL: a free slot */
    unsigned long hash; /* of its SQL text */
    unsigned long used; /* the store's tick when it was put back */
};
/* Statements kept per kind: the built-in kinds and those kind_register adds. */
enum { STORE_KINDS = KIND_COUNT + KIND_ADDED_MAX };
/* Fields of a kind whose stored titles are looked up (store_read.c). */
enum { STORE_TITLED_FIELDS = 32 };
/* New records queued in a bulk batch (store_add_bulk): bound into one
 * multi-row INSERT into their table when the queue is full; the range of
 * ids so written gets its search entries and history from
 * store_bulk_flush (or when the range is long, or before the batch
 * commits). */
struct store_bulk {
    sqlite3_stmt *full[STORE_KINDS]; /* the INSERT of STORE_BULK_ROWS rows of a kind */
    struct record *row[STORE_BULK_ROWS]; /* queued, owned */
    int kind;                       /* of the queued rows; -1: none */
    int n;
    int64_t first, last;            /* ids written, without search entries yet; 0: none */
    long expect;                    /* new records the batch announced (store_bulk_expect) */
    char **index_sql;               /* the CREATE INDEX of those set aside, until made again */
    int nindex;
    int aside_asked;                /* indexes_aside decided for this kind already */
    int count_aside;                /* the kind's count trigger is set aside */
    long live;                      /* then: live rows written, not yet counted */
    unsigned char *archived;        /* a bit per record of the range: archived */
    long archived_cap;              /* bytes of it */
    char at[32], user[64], note[64];
};
/* The SQLite store's parts (db/store*.c) share the handle and these
 * helpers; nothing outside db/ includes this header. */
struct store {
    sqlite3 *db;
    struct pg *pg; /* a server's store: the PostgreSQL engine (db/pg), db NULL */
    int readonly;
    int depth;     /* open transactions: a batch (store_begin) holds the outer one */
    int reading;   /* a read transaction of store_read_begin is open */
    char *path;
    uint64_t work; /* virtual machine steps of every statement run: the cost */
    int idle;      /* the write-ahead log is checkpointed when idle (the desk) */
    int bulk;      /* the batch's writes make no savepoints (store_begin_bulk) */
    /* kept between writes, [0] for a write, [1] in a bulk batch (where a
     * failed insert rolls the whole batch back, so that SQLite needs no
     * statement journal: FTS5 would flush its index at each one) */
    sqlite3_stmt *insert[2][STORE_KINDS];
    sqlite3_stmt *history[2];
    /* per kind, the last edit's UPDATE of only the columns it changed
     * (update_mask: bit i for field i), kept for the next edit */
    sqlite3_stmt *update[STORE_KINDS];
    uint64_t update_mask[STORE_KINDS];
    uint64_t update_reads[STORE_KINDS]; /* the fields it binds: mask's, and
                                           the twins of its sort keys */
    sqlite3_stmt *decisions; /* a record's decisions (store_decide.c), kept */
    sqlite3_stmt *data_version; /* PRAGMA data_version, kept (store_data_version) */
    /* per kind and reference field: 1 when its table keeps the referenced
     * title beside it (column <field>_title, schema 7), -1 not, 0 unknown */
    signed char titled[STORE_KINDS][STORE_TITLED_FIELDS];
    /* the same for a stored sort key column "<field>_sk_nl" (schema 18) */
    signed char keyed[STORE_KINDS][STORE_TITLED_FIELDS];
    /* the same for an index "<table>_sort_..." (schemas 7 and 18), per
     * language (0 Dutch, 1 English) */
    signed char sorted[2][STORE_KINDS][STORE_TITLED_FIELDS];
    struct store_bulk bulkq;
    /* waiting for another desk's write lock (store_on_busy) */
    double busy_limit, busy_since;
    int busy_said;
    void (*on_busy)(void *ctx);
    void *busy_ctx;
    struct store_cached cached[STORE_CACHED];
    unsigned long tick;
    int match_fn;  /* ird_match (store_match.c): 1 made, -1 cannot be, 0 not yet */
    /* the last search's plan (store_read.c, search_plan): its kind, its
     * fts_query, and whether its matches are many (window from the sort) */
    int plan_kind, plan_many;
    char plan_match[256];
};

/* A new SQLite database in memory, migrated (and seeded when seed is set),
 * named name in messages: the other engine's copies go through one.
 * *out owned. */
int store_memory(const char *name, int seed, struct store **out, struct ird_err *e);
/* The columns of a record of k, "SELECT ... FROM <table> t": standard SQL
 * both engines run (store_read.c). */
struct buf;
void store_select_columns(struct buf *b, const struct kind *k);
/* A statement kept in *slot between uses, prepared on first use. */
int store_kept(struct store *s, sqlite3_stmt **slot, const char *sql, struct ird_err *e);
/* Ready a kept statement for its next use, counting the work it did. */
void store_kept_reset(struct store *s, sqlite3_stmt *st);
/* Finalize the statements kept between uses, and the bulk queue's. */
void store_write_fini(struct store *s);
/* Bind v with the column type field f stores (NULL when empty). */
void store_bind_value(sqlite3_stmt *st, int i, const struct field *f, const char *v);
/* The same for a value that stays as it is until the statement is reset:
 * bound without a copy. */
void store_bind_kept(sqlite3_stmt *st, int i, const struct field *f, const char *v);

/* After a write of kind k failed (r: the record written, or NULL for a
 * bulk batch's): when a UNIQUE column refused it, *e names the field, the
 * value and the record that holds it already ("Number 12 is already used
 * by Initiative 12 · ..."); otherwise *e stays.  Returns -1. */
int store_unique_fail(struct store *s, const struct kind *k, const struct record *r,
                      struct ird_err *e);
/* Give a new connection the function the sort keys are computed with
 * (before any statement runs on it); an SQLite result code. */
int store_sort_setup(sqlite3 *db);
/* Compute the sort keys every record of every kind is missing (after a
 * migration, the seed, a bulk batch); 0 or -1. */
int store_sort_keys_all(struct store *s, struct ird_err *e);
/* Field f stores sort keys (model/twin.h): 0 with the Dutch and the
 * English key's columns in nl and en (size bytes each); -1 when not. */
int store_sort_cols(const struct field *f, char *nl, char *en, size_t size);
/* The expression of a sort key, into b: the folded text 'first' (a column
 * or a parameter), or 'second' when that one is empty.  The Dutch key of a
 * twin is (Dutch, English), the English key (English, Dutch). */
void store_sort_expr(struct buf *b, const char *first, const char *second);
/* The sort keys' values of a new record of kind k, into b: ", key, key"
 * for each field that stores them (the columns store_new_cols names after
 * the fields), from the fields' values named 'name' and a number, field f
 * being number first + f ("?" and 3: ?3, ?4, ...; "column" and 3:
 * column3, ... of a VALUES list). */
void store_sort_values(struct buf *b, const struct kind *k, const char *name, int first);
/* The columns a new record of kind k gives after "status, archived,
 * version": ", field, ..." and then its sort keys' columns; and the row
 * of values that goes with them, parameters numbered from p (status,
 * archived, the fields), each sort key computed from its fields'
 * parameters (store_bulk.c) */
void store_new_cols(struct buf *b, const struct kind *k);
void store_new_row(struct buf *b, const struct kind *k, int p);

/* The years and months from the ISO day from to to ("2026", "2026-12"),
 * in which a date of that precision may fall between them, into per:
 * their number (at most STORE_DATED_MAX: four years, 48 months, rounded
 * up), or -1 over more than three years.  Both engines' calendar reads. */
enum { STORE_DATED_MAX = 56 };
int store_dated_periods(char per[STORE_DATED_MAX][12], const char *from, const char *to);

/* Write the queued rows, with their history; 0 or -1. */
int store_bulk_flush(struct store *s, struct ird_err *e);
/* store_bulk_flush, and the indexes it set aside made again: before the
 * batch commits, or goes on with another kind. */
int store_bulk_finish(struct store *s, struct ird_err *e);
/* Drop the queued rows (the batch is rolled back). */
void store_bulk_drop(struct store *s);

/* sql prepared (store_prepare) with kind kid's code bound as ?1 and the
 * record id as ?2; NULL when it cannot be. */
sqlite3_stmt *store_of_record(struct store *s, const char *sql, enum kind_id kid, int64_t id,
                               struct ird_err *e);
/* Done with a statement of store_prepare (NULL-safe): its steps added to
 * s->work, it is reset and kept for the next store_prepare of its SQL. */
void store_finalize(struct store *s, sqlite3_stmt *st);
/* Finalize the statements store_finalize keeps (before the handle closes). */
void store_cache_fini(struct store *s);
/* Fill e from an SQLite result code (busy, read-only, full, ...); -1. */
int store_fail(struct store *s, struct ird_err *e, int rc);
/* Prepare sql into *st (NULL on failure), or take the statement of the
 * same SQL that store_finalize kept (a parse costs more than most of the
 * desk's queries run); 0 or -1. */
int store_prepare(struct store *s, const char *sql, sqlite3_stmt **st, struct ird_err *e);
/* Run statements that return no rows; 0 or -1. */
int store_exec(struct store *s, const char *sql, struct ird_err *e);
/* Column i as a new string (caller frees), NULL for NULL. */
char *store_col_text(sqlite3_stmt *st, int i);
/* Bind v, or NULL when v is NULL or empty. */
void store_bind_text(sqlite3_stmt *st, int i, const char *v);

/* store_read.c: an FTS5 query from a person's words (caller frees), NULL
 * when they hold nothing to search for. */
char *fts_query(const char *words);
/* Append " FROM ... WHERE ..." of the search index's entries matching ?param
 * (an fts_query string), each with its key as d (search_key), join after
 * it (store_read.c). */
void store_match_from(struct store *s, struct buf *b, const char *match, int param,
                      const char *join);
/* Make the SQL functions ird_match(text, fts_query) on s's handle, once:
 * 1 when text holds what the query asks by the search index's own rule
 * (store_match.c), and ird_spaceless(text) (store_match_spaceless).  0, or
 * -1 when FTS5 cannot give its tokenizer. */
int store_match_ready(struct store *s);
/* 1 when text has a character of a script written without spaces (Chinese,
 * Japanese, Thai...), whose words a search looks for anywhere in a word. */
int store_match_spaceless(const char *text);
struct buf;
/* store_attach.c: run st (bound) to its end and finalize it; 0 or -1. */
int store_run(struct store *s, sqlite3_stmt *st, struct ird_err *e);
/* store_attach.c: a dated fact in the history of record id (action
 * 'event'): field says which (decision, attach, link, ...). */
int store_event(struct store *s, const struct kind *k, int64_t id, const char *field,
                const char *new_, const char *note, const char *source, const struct stamp *t,
                struct ird_err *e);
/* store_attach.c: a problem line in out per attached file whose bytes no
 * longer have their recorded size and SHA-256; 0 or -1. */
int store_check_attachments(struct store *s, struct buf *out, long *count, struct ird_err *e);
/* store_view.c: the condition of q's status filter appended to a WHERE
 * clause (" AND ..."), with q's status bound as ?2: a status code, or a
 * derived condition (~due:DATE, ~lacking, ~changed:TIME, =FIELD:VALUE). */
void store_view_where(struct buf *b, const struct query *q);

#endif
