#ifndef IRDESK_DB_SQL_H
#define IRDESK_DB_SQL_H

/* The SQL files of db/sql (migrations, numbered from 1) and db/seed, built
 * into the program by the Makefile (build/gen/sql_text.c). */
int sql_migration_count(void);
const char *sql_migration(int version);
int sql_seed_count(void);
const char *sql_seed(int i);
const char *sql_seed_name(int i);
const char *sql_migration_name(int version);

#endif
