#ifndef IRDESK_DB_STORE_INT_H
#define IRDESK_DB_STORE_INT_H

#include <sqlite3.h>
#include <stdint.h>

#include "db/store.h"
#include "lib/err.h"
#include "model/kind.h"

enum { STORE_BULK_ROWS = 1000 };
/* Statements kept per kind: the built-in kinds and those kind_register adds. */
enum { STORE_KINDS = KIND_COUNT + KIND_ADDED_MAX };
/* New records queued in a bulk batch (store_add_bulk): bound into one
 * multi-row INSERT into a temporary spool when the queue is full, and
 * moved from there into their table by store_bulk_flush (or when the
 * spool is full, or before the batch commits). */
struct store_bulk {
    sqlite3_stmt *full[STORE_KINDS]; /* the INSERT of STORE_BULK_ROWS rows of a kind */
    struct record *row[STORE_BULK_ROWS]; /* queued, owned */
    int kind;                       /* of the queued rows; -1: none */
    int n;
    long spooled;                   /* rows in the kind's spool, not yet in its table */
    char at[32], user[64], note[64];
};
/* The SQLite store's parts (db/store*.c) share the handle and these
 * helpers; nothing outside db/ includes this header. */
struct store {
    sqlite3 *db;
    int readonly;
    int depth;     /* open transactions: a batch (store_begin) holds the outer one */
    char *path;
    uint64_t work; /* virtual machine steps of every statement run: the cost */
    int idle;      /* the write-ahead log is checkpointed when idle (the desk) */
    int bulk;      /* the batch's writes make no savepoints (store_begin_bulk) */
    /* kept between writes, [0] for a write, [1] in a bulk batch (where a
     * failed insert rolls the whole batch back, so that SQLite needs no
     * statement journal: FTS5 would flush its index at each one) */
    sqlite3_stmt *insert[2][STORE_KINDS];
    sqlite3_stmt *history[2];
    sqlite3_stmt *data_version; /* PRAGMA data_version, kept (store_data_version) */
    struct store_bulk bulkq;
    /* waiting for another desk's write lock (store_on_busy) */
    double busy_limit, busy_since;
    int busy_said;
    void (*on_busy)(void *ctx);
    void *busy_ctx;
};

/* Finalize the statements kept between writes, and the bulk queue's. */
void store_write_fini(struct store *s);
/* Bind v with the column type field f stores (NULL when empty). */
void store_bind_value(sqlite3_stmt *st, int i, const struct field *f, const char *v);

/* Give a new connection the function the sort keys are computed with
 * (before any statement runs on it); an SQLite result code. */
int store_sort_setup(sqlite3 *db);
/* Compute the sort keys every record of every kind is missing (after a
 * migration, the seed, a bulk batch); 0 or -1. */
int store_sort_keys_all(struct store *s, struct ird_err *e);

/* Write the queued rows, with their history; 0 or -1. */
int store_bulk_flush(struct store *s, struct ird_err *e);
/* Drop the queued rows (the batch is rolled back). */
void store_bulk_drop(struct store *s);

/* Finalize a statement (NULL-safe), adding its steps to s->work. */
void store_finalize(struct store *s, sqlite3_stmt *st);
/* Fill e from an SQLite result code (busy, read-only, full, ...); -1. */
int store_fail(struct store *s, struct ird_err *e, int rc);
/* Prepare sql into *st (NULL on failure); 0 or -1. */
int store_prepare(struct store *s, const char *sql, sqlite3_stmt **st, struct ird_err *e);
/* Run statements that return no rows; 0 or -1. */
int store_exec(struct store *s, const char *sql, struct ird_err *e);
/* Column i as a new string (caller frees), NULL for NULL. */
char *store_col_text(sqlite3_stmt *st, int i);
/* Bind v, or NULL when v is NULL or empty. */
void store_bind_text(sqlite3_stmt *st, int i, const char *v);

#endif
