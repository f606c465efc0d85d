#ifndef IRDESK_CORE_BACKUP_H
#define IRDESK_CORE_BACKUP_H

#include "lib/err.h"
#include "model/kind.h"

struct app;
struct store;

/* Backups, restores and checks of whole databases.  Every file is written
 * the one way (core/outfile.h); the open database changes only through its
 * engine. */

/* A backup of the open database at path: complete before it has its name,
 * a self-contained database (not in WAL mode), with the database's mode and
 * group (never wider).  Refuses an existing path, the database itself, and
 * a symlink unless flags has OUTFILE_FOLLOW. */
int backup_make(struct app *a, const char *path, unsigned flags, struct ird_err *e);
/* A backup beside the database, "<db>.<what>-backup" (then -2, -3 ...);
 * *where (may be NULL; caller frees) gets its path. */
int backup_beside(struct app *a, const char *what, char **where, struct ird_err *e);

/* What a restore would do: the checked copy of the file, and how many
 * records of each kind (archived ones too) it holds and the database holds. */
struct restore_plan {
    struct store *stage;
    long from[KIND_COUNT + KIND_ADDED_MAX];
    long now[KIND_COUNT + KIND_ADDED_MAX];
    char *kept; /* after backup_restore: the backup of what was there before */
};
/* Read and check the irdesk database at path (SQLite's integrity check and
 * irdesk's own, as `check` does): refuses a file that fails any of them. */
int backup_plan(struct app *a, const char *path, struct restore_plan *p, struct ird_err *e);
/* "Cities: 12 will replace 6012." a line per kind, in the current language;
 * caller frees. */
char *backup_plan_text(const struct restore_plan *p);
/* Keep a backup of the database beside it, then copy the plan's contents
 * into the open database (SQLite's backup API, under its write lock). */
int backup_restore(struct app *a, struct restore_plan *p, struct ird_err *e);
/* NULL-safe. */
void backup_plan_fini(struct restore_plan *p);
/* plan, then restore: for scripts that asked already (and tests). */
int backup_restore_file(struct app *a, const char *path, struct ird_err *e);

/* 0 when a new database may be made at path: it does not exist, or is an
 * empty regular file.  Else -1 with a message. */
int backup_may_create(const char *path, struct ird_err *e);
/* A copy of the irdesk database at from (checked as `check` does, brought
 * up to this schema) as a new database at to, which must not exist or be
 * empty; mode 0600. */
int backup_copy(const char *from, const char *to, struct ird_err *e);

/* Check the irdesk database at path without changing it (a backup, say):
 * the number of problems, listed in *report (caller frees), or -1. */
int backup_check_file(const char *path, char **report, struct ird_err *e);

#endif
