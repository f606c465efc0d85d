#ifndef IRDESK_DB_PG_PG_SQL_H
#define IRDESK_DB_PG_PG_SQL_H

/* The PostgreSQL engine's SQL files (db/pg), built into the program by the
 * Makefile (build/gen/pg_text.c, tools/embed-pgsql.sh). */
int pg_sql_migration_count(void);
/* Migration v (1 .. pg_sql_migration_count()), or NULL. */
const char *pg_sql_migration(int v);
/* The roles and their grants (db/pg/roles.sql). */
const char *pg_sql_roles(void);

#endif
