#ifndef IRDESK_DB_MIGRATE_H
#define IRDESK_DB_MIGRATE_H

#include "lib/err.h"

struct sqlite3;

/* The newest schema version (number of migrations in db/sql). */
int migrate_latest(void);

/* The schema version of db (PRAGMA user_version), or -1. */
int migrate_version(struct sqlite3 *db);

/* Check that db is an irdesk database this program can use: refuses a file
 * that is not SQLite, an SQLite file of another program, a newer schema,
 * and (when readonly) one that needs an upgrade. */
int migrate_check(struct sqlite3 *db, const char *path, int readonly, struct ird_err *e);

/* Bring db up to version 'target' in one transaction; a new (empty)
 * database is seeded when seed is set.  0 or -1. */
int migrate_to(struct sqlite3 *db, int target, int seed, struct ird_err *e);

/* migrate_to(db, migrate_latest(), seed, e). */
int migrate_run(struct sqlite3 *db, int seed, struct ird_err *e);

#endif
