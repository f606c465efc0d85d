#ifndef IRDESK_DB_PG_PG_LIB_H
#define IRDESK_DB_PG_PG_LIB_H

/* libpq, loaded when a store is first opened on a server (pg_lib_load):
 * a desk on an SQLite file never maps libpq and the libraries it pulls in
 * (TLS, Kerberos, LDAP: some 4 MB of its resident memory).  Every libpq
 * function the engine calls is named once here; the engine calls it by
 * its own name, which this header turns into the loaded pointer. */

#include <libpq-fe.h>

#include "lib/err.h"

#define PG_LIB_FUNCS(X)                                                                 \
    X(PQbackendPID) X(PQclear) X(PQcmdTuples) X(PQconnectdb) X(PQconsumeInput)          \
    X(PQerrorMessage) X(PQexec) X(PQexecParams) X(PQexecPrepared) X(PQfinish)           \
    X(PQfreemem) X(PQftype) X(PQgetisnull) X(PQgetvalue) X(PQnotifies) X(PQntuples)     \
    X(PQprepare) X(PQresultErrorField) X(PQresultStatus) X(PQsetClientEncoding)         \
    X(PQsetNoticeProcessor) X(PQstatus) X(PQtransactionStatus) X(PQunescapeBytea)

struct pg_lib {
#define PG_LIB_MEMBER(f) __typeof__(&f) f_##f;
    PG_LIB_FUNCS(PG_LIB_MEMBER)
#undef PG_LIB_MEMBER
};
extern struct pg_lib pg_lib;

/* Load libpq once (0), or -1 with why in *e, the store left unopened. */
int pg_lib_load(struct ird_err *e);

#ifndef PG_LIB_SELF
#define PQbackendPID (pg_lib.f_PQbackendPID)
#define PQclear (pg_lib.f_PQclear)
#define PQcmdTuples (pg_lib.f_PQcmdTuples)
#define PQconnectdb (pg_lib.f_PQconnectdb)
#define PQconsumeInput (pg_lib.f_PQconsumeInput)
#define PQerrorMessage (pg_lib.f_PQerrorMessage)
#define PQexec (pg_lib.f_PQexec)
#define PQexecParams (pg_lib.f_PQexecParams)
#define PQexecPrepared (pg_lib.f_PQexecPrepared)
#define PQfinish (pg_lib.f_PQfinish)
#define PQfreemem (pg_lib.f_PQfreemem)
#define PQftype (pg_lib.f_PQftype)
#define PQgetisnull (pg_lib.f_PQgetisnull)
#define PQgetvalue (pg_lib.f_PQgetvalue)
#define PQnotifies (pg_lib.f_PQnotifies)
#define PQntuples (pg_lib.f_PQntuples)
#define PQprepare (pg_lib.f_PQprepare)
#define PQresultErrorField (pg_lib.f_PQresultErrorField)
#define PQresultStatus (pg_lib.f_PQresultStatus)
#define PQsetClientEncoding (pg_lib.f_PQsetClientEncoding)
#define PQsetNoticeProcessor (pg_lib.f_PQsetNoticeProcessor)
#define PQstatus (pg_lib.f_PQstatus)
#define PQtransactionStatus (pg_lib.f_PQtransactionStatus)
#define PQunescapeBytea (pg_lib.f_PQunescapeBytea)
#endif

#endif
