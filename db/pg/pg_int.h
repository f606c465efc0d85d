#ifndef IRDESK_DB_PG_PG_INT_H
#define IRDESK_DB_PG_PG_INT_H

#include <stdint.h>

#include "db/pg/pg.h"
#include "db/pg/pg_lib.h"
#include "lib/err.h"

/* The kinds whose live counts a connection keeps (pg_count_upto). */
enum { PG_KEPT_KINDS = 16 };

/* The connection of a store opened on a server. */
struct pg {
    PGconn *c;
    int pid;         /* the server process of this session: its own notifications */
    int64_t changes; /* other sessions' notifications seen */
    /* every kind's live count, read in one statement and kept while no
     * other statement has run and no other session's change was seen */
    long live[PG_KEPT_KINDS];
    int live_kept;
    uint64_t live_work;
    int64_t live_changes;
    char sqlstate[6];     /* of the last statement that failed */
    char constraint[64];  /* the constraint it broke, "" when none */
};

/* Parameters of one statement, as text ($1 is v[0]); NULL is SQL NULL. */
enum { PG_PARAMS_MAX = 128 };
struct pg_params {
    const char *v[PG_PARAMS_MAX];
    char *owned[PG_PARAMS_MAX]; /* those made by pg_param_int, freed by pg_params_fini */
    int n;
};
/* Add v ("" counts as NULL): its number ($n). */
int pg_param(struct pg_params *p, const char *v);
/* Add a number. */
int pg_param_int(struct pg_params *p, long long v);
void pg_params_fini(struct pg_params *p);

/* The server's refusal r (its SQLSTATE) said in the user's words; -1. */
int pg_fail(struct store *s, const PGresult *r, struct ird_err *e);
/* Run sql with p (NULL: none): the result, or NULL with e filled (the
 * server's code said in the user's words).  Caller PQclear()s. */
PGresult *pg_run(struct store *s, const char *sql, const struct pg_params *p,
                 struct ird_err *e);
/* The same for a statement that returns nothing: 0 or -1. */
int pg_do(struct store *s, const char *sql, const struct pg_params *p, struct ird_err *e);
/* Field (row, col) as a new string, NULL for NULL. */
char *pg_text(const PGresult *r, int row, int col);
/* Field (row, col) as a number (0 for NULL). */
long long pg_int(const PGresult *r, int row, int col);

/* Run the SQL of several statements (migrations, roles) as it is. */
int pg_script(struct store *s, const char *sql, struct ird_err *e);
/* Fill the new server database of s with the rows of a new SQLite
 * database (the portfolio when seed is set): the seed has one source. */
int pg_seed(struct store *s, int seed, struct ird_err *e);
/* A history line about record id of kind k, stamped t; 0 or -1. */
struct kind;
struct stamp;
int pg_history_add(struct store *s, const struct kind *k, int64_t id, const struct stamp *t,
                   const char *action, const char *field, const char *old, const char *new_,
                   const char *note, const char *source, struct ird_err *e);
/* 1 when the server's table keeps the order its rows were written in a
 * column ord (its key is not an id: SQLite's rowid order). */
int pg_ordered(const char *table);
/* " AND ..." of a person's words on the row aliased t (its search_body
 * and search_tsv), the parameters added to p: each word a prefix of a word
 * of the folded text (one tsquery), a word of a script without spaces a
 * substring of it.  keep (17 slots) holds the texts bound until the
 * statement has run (pg_keep_free).  0 when the words hold nothing to
 * search for. */
struct buf;
int pg_search_cond(struct buf *b, struct pg_params *p, const char *words, char **keep);
void pg_keep_free(char **keep);
struct record;
/* Write the stored sort keys of the saved record r; 0 or -1. */
int pg_write_keys(struct store *s, const struct record *r, struct ird_err *e);
/* The history lines of r (the columns of PG_HIST_COLS) into *out,
 * those of a kind this program does not know left out; r is cleared.
 * -1 when r is NULL (e filled by pg_run). */
struct hist;
int pg_hist_rows(PGresult *r, struct hist **out, size_t *n);
#define PG_HIST_COLS \
    "id, kind, record_id, at, \"user\", action, field, old, new, note, source, note_en"
/* The fold lib/conv.c computes (caller frees), NULL for NULL or "". */
char *pg_fold(const char *v);

#endif
