/* gen: fill an irdesk database with synthetic records and history, for the
 * benchmark (tests/bench/bench.c, `make bench`).  Not part of the installed
 * program.
 *
 *   gen [--records N] [--history M] [--heavy H] [--seed S] FILE
 *
 * FILE must already be an irdesk database: `irdesk init FILE`
 * creates, migrates and seeds it with the program's own code, so the schema
 * is always the one the program writes (`make bench-data` does that first).
 * gen then tops every record table up to N rows (default 10,000), city 1 and
 * agreement 1 up to H history entries each (default 10,000), and the history
 * table up to M rows in all (default 1,000,000): a "create" line for every
 * record it adds, the rest spread at random over all the other records,
 * dated over the last twelve years and inserted in the order of time, as a
 * desk writes them.  About 3% of the records are archived; agreements refer
 * to existing cities.  The history ends where each record is (its last edit
 * of a field holds the field's value, its last status change the status),
 * so that `irdesk check` finds nothing.  Everything is inserted in one
 * transaction with prepared statements, no journal and no syncs (the file
 * is made again when anything fails); the history's indexes and the
 * triggers that feed the FTS index `search` are set aside meanwhile, and
 * made again at the end from the schema's own SQL (the index by sorting,
 * the FTS index rebuilt from search_doc).  The text holds accented and
 * wide characters (é, ë, ń, 金沢市, 서울) as real data does.
 *
 * The schema allows initiative numbers 1..99999 (CHECK, UNIQUE), so at
 * most 99,999 initiatives exist however large N is; gen says so on stderr.
 *
 * The output is the same for the same seed, except the history's dates,
 * which end at the time gen runs (so that the portfolio report's "changes
 * of the last 30 days" has some). */
#include <errno.h>
#include <inttypes.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { MAX_NUMBER = 99999, MAX_CHAPTER = 6 };

#include "tests/bench/gen_text.h"

/* ---- SQLite helpers --------------------------------------------------- */

static sqlite3 *db;

static void die(const char *what)
{
    fprintf(stderr, "gen: %s: %s\n", what, db ? sqlite3_errmsg(db) : "no database");
    sqlite3_close(db);
    exit(1);
}

static void exec(const char *sql)
{
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
        die(sql);
}

static sqlite3_stmt *prep(const char *sql)
{
    sqlite3_stmt *st = NULL;

    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        die(sql);
    return st;
}

static long query_long(const char *sql)
{
    sqlite3_stmt *st = prep(sql);
    long v = 0;

    if (sqlite3_step(st) == SQLITE_ROW)
        v = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void run(sqlite3_stmt *st, const char *what)
{
    if (sqlite3_step(st) != SQLITE_DONE)
        die(what);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

static void bind_str(sqlite3_stmt *st, int i, const char *s)
{
    if (s == NULL)
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC); /* stepped before s changes */
}

/* Ids of a table, in order; *n set.  Caller frees. */
static int64_t *ids_of(const char *table, size_t *n)
{
    char sql[128];
    sqlite3_stmt *st;
    int64_t *v = NULL;
    size_t cap = 0;

    *n = 0;
    snprintf(sql, sizeof sql, "SELECT id FROM %s ORDER BY id", table);
    st = prep(sql);
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 1024;
            v = realloc(v, cap * sizeof *v);
            if (v == NULL)
                die("out of memory");
        }
        v[(*n)++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return v;
}

/* ---- records ---------------------------------------------------------- */

/* The per-language sort keys db/ writes with each record (schema 18), here
 * as SQL's lower() of the field or, when it is empty, of its twin: the
 * order of a generated list may differ from irdesk's folding in an accent,
 * not its cost. */
#define SK(field, twin) "lower(coalesce(nullif(" field ", ''), " twin "))"

static long add_cities(long want)
{
    sqlite3_stmt *st = prep("INSERT INTO city (name_nl, name_en, name_native, country_nl,"
                            " country_en, relation, since, activity, decision, notes, status,"
                            " archived, name_sk_nl, name_sk_en, country_sk_nl, country_sk_en)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                            SK("?1", "?2") ", " SK("?2", "?1") ", " SK("?4", "?5") ", "
                            SK("?5", "?4") ")");
    struct str name, dec, notes;
    long i;

    for (i = 0; i < want; i++) {
        long c = below((long)COUNT(countries));
        place_name(&name);
        bind_str(st, 1, name.s);
        bind_str(st, 2, chance(40) ? name.s : NULL);
        bind_str(st, 3, chance(15) ? PICK(natives) : NULL);
        bind_str(st, 4, countries[c][0]);
        bind_str(st, 5, countries[c][1]);
        bind_str(st, 6, chance(60) ? "partner" : "sister");
        sqlite3_bind_int(st, 7, (int)(1950 + below(75)));
        bind_str(st, 8, chance(30) ? NULL : chance(50) ? "active" : "dormant");
        s_reset(&dec);
        sentence(&dec, 6 + (int)below(20));
        bind_str(st, 9, chance(50) ? dec.s : NULL);
        s_reset(&notes);
        sentence(&notes, 5 + (int)below(30));
        bind_str(st, 10, chance(70) ? notes.s : NULL);
        bind_str(st, 11, PICK(city_status));
        sqlite3_bind_int(st, 12, chance(3));
        run(st, "insert city");
    }
    sqlite3_finalize(st);
    return want;
}

static long add_agreements(long want, const int64_t *cities, size_t ncities)
{
    sqlite3_stmt *st = prep("INSERT INTO agreement (title, city_id, type, party, signed, starts,"
                            " ends, human_rights, fate, notes, status, archived, title_sk_nl,"
                            " title_sk_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                            " ?11, ?12, lower(?1), lower(?1))");
    struct str title, place, d1, d2, d3, fate, notes;
    long i;

    for (i = 0; i < want; i++) {
        place_name(&place);
        s_reset(&title);
        s_add(&title, "%s%s", PICK(agr_titles), place.s);
        bind_str(st, 1, title.s);
        sqlite3_bind_int64(st, 2, cities[below((long)ncities)]);
        bind_str(st, 3, PICK(agr_types));
        bind_str(st, 4, chance(20) ? "Schepen van Internationale Relaties" : NULL);
        s_reset(&d1);
        date_text(&d1, 1990, 2025);
        s_reset(&d2);
        date_text(&d2, 1990, 2025);
        s_reset(&d3);
        date_text(&d3, 2020, 2032);
        bind_str(st, 5, chance(80) ? d1.s : NULL);
        bind_str(st, 6, chance(60) ? d2.s : NULL);
        bind_str(st, 7, chance(60) ? d3.s : NULL);
        if (chance(20))
            sqlite3_bind_null(st, 8);
        else
            sqlite3_bind_int(st, 8, chance(50));
        s_reset(&fate);
        sentence(&fate, 4 + (int)below(12));
        bind_str(st, 9, chance(40) ? fate.s : NULL);
        s_reset(&notes);
        sentence(&notes, 5 + (int)below(30));
        bind_str(st, 10, chance(60) ? notes.s : NULL);
        bind_str(st, 11, PICK(agr_status));
        sqlite3_bind_int(st, 12, chance(3));
        run(st, "insert agreement");
    }
    sqlite3_finalize(st);
    return want;
}

static long add_networks(long want)
{
    sqlite3_stmt *st = prep("INSERT INTO network (name, scope, since, until, next_review, notes,"
                            " status, archived, name_sk_nl, name_sk_en) VALUES (?1, ?2, ?3, ?4, ?5,"
                            " ?6, ?7, ?8, lower(?1), lower(?1))");
    struct str name, place, scope, d, notes;
    long i;

    for (i = 0; i < want; i++) {
        int since = (int)(1980 + below(45));
        place_name(&place);
        s_reset(&name);
        s_add(&name, "%s%s", PICK(net_names), place.s);
        bind_str(st, 1, name.s);
        s_reset(&scope);
        sentence(&scope, 5 + (int)below(15));
        bind_str(st, 2, scope.s);
        sqlite3_bind_int(st, 3, since);
        if (chance(20))
            sqlite3_bind_int(st, 4, since + (int)below(2030 - since));
        else
            sqlite3_bind_null(st, 4);
        s_reset(&d);
        date_text(&d, 2024, 2030);
        bind_str(st, 5, chance(50) ? d.s : NULL);
        s_reset(&notes);
        sentence(&notes, 5 + (int)below(30));
        bind_str(st, 6, chance(60) ? notes.s : NULL);
        bind_str(st, 7, PICK(net_status));
        sqlite3_bind_int(st, 8, chance(3));
        run(st, "insert network");
    }
    sqlite3_finalize(st);
    return want;
}

/* Initiatives take the numbers 1..99999 not yet used: returns how many. */
static long add_initiatives(long want)
{
    sqlite3_stmt *st = prep("INSERT INTO initiative (number, chapter, text_nl, title_en, owner,"
                            " notes, status, archived, text_sk_nl, text_sk_en) VALUES (?1, ?2, ?3,"
                            " ?4, ?5, ?6, ?7, ?8, " SK("?3", "?4") ", " SK("?4", "?3") ")");
    sqlite3_stmt *used = prep("SELECT 1 FROM initiative WHERE number = ?1");
    sqlite3_stmt *prio = prep("INSERT OR IGNORE INTO initiative_priority (initiative_id,"
                              " priority_id) SELECT last_insert_rowid(), id FROM priority"
                              " WHERE id = ?1");
    long nprio = query_long("SELECT count(*) FROM priority");
    struct str text, title, notes;
    long done = 0;
    int number;

    for (number = 1; number <= MAX_NUMBER && done < want; number++) {
        int taken;
        sqlite3_bind_int(used, 1, number);
        taken = sqlite3_step(used) == SQLITE_ROW;
        sqlite3_reset(used);
        if (taken)
            continue;
        sqlite3_bind_int(st, 1, number);
        sqlite3_bind_int(st, 2, 1 + (int)below(MAX_CHAPTER));
        s_reset(&text);
        s_add(&text, "We ");
        sentence(&text, 8 + (int)below(30));
        bind_str(st, 3, text.s);
        s_reset(&title);
        sentence(&title, 3 + (int)below(6));
        bind_str(st, 4, chance(80) ? title.s : NULL);
        bind_str(st, 5, chance(50) ? PICK(users) : NULL);
        s_reset(&notes);
        sentence(&notes, 5 + (int)below(30));
        bind_str(st, 6, chance(50) ? notes.s : NULL);
        bind_str(st, 7, PICK(ini_status));
        sqlite3_bind_int(st, 8, chance(3));
        run(st, "insert initiative");
        if (nprio > 0 && chance(60)) {
            sqlite3_bind_int64(prio, 1, 1 + below(nprio));
            run(prio, "insert initiative_priority");
        }
        done++;
    }
    sqlite3_finalize(prio);
    sqlite3_finalize(used);
    sqlite3_finalize(st);
    return done;
}

/* ---- history ---------------------------------------------------------- */

struct kind_ids {
    int64_t *id;
    size_t n;
};

enum { A_CREATE, A_EDIT, A_STATUS, A_EVENT, A_ARCHIVE, A_RESTORE, MAX_FIELDS = 8 };

static const char *const actions[] = { "create", "edit", "status", "event", "archive",
                                       "restore" };
static const struct hfield *const fields[] = { city_fields, agr_fields, net_fields, ini_fields };
static const int nfields[] = { COUNT(city_fields), COUNT(agr_fields), COUNT(net_fields),
                               COUNT(ini_fields) };

/* One planned history line: when (seconds after t_first), what record, what
 * action on which field, and whether it is the record's last edit of that
 * field or its last status change (then it ends where the record is, as
 * `irdesk check` wants). */
struct entry {
    int32_t t;
    int32_t id;
    int8_t kind, action, field, last;
};

static time_t t_first, t_last;

/* the statements record_value reads with, one a field of a kind */
static sqlite3_stmt *look[4][MAX_FIELDS + 1];

/* The record's field (f < nfields) or status (f == nfields) as text, read
 * back for a last line; a static buffer. */
static const char *record_value(int k, int64_t id, int f)
{
    static char v[2048];
    const unsigned char *t;

    if (look[k][f] == NULL) {
        char sql[160];
        snprintf(sql, sizeof sql, "SELECT CAST(%s AS TEXT) FROM %s WHERE id = ?1",
                 f < nfields[k] ? fields[k][f].name : "status", kinds[k]);
        look[k][f] = prep(sql);
    }
    sqlite3_bind_int64(look[k][f], 1, id);
    if (sqlite3_step(look[k][f]) != SQLITE_ROW)
        die("read a record back");
    t = sqlite3_column_text(look[k][f], 0);
    snprintf(v, sizeof v, "%s", t != NULL ? (const char *)t : "");
    sqlite3_reset(look[k][f]);
    return t != NULL ? v : NULL;
}

static const char *const *statuses_of(int k, size_t *n)
{
    static const char *const *const all[] = { city_status, agr_status, net_status, ini_status };
    static const size_t counts[] = { COUNT(city_status), COUNT(agr_status), COUNT(net_status),
                                     COUNT(ini_status) };

    *n = counts[k];
    return all[k];
}

/* A value of a field of type t, in b. */
static void field_value(struct str *b, char t)
{
    s_reset(b);
    if (t == 'y')
        s_add(b, "%ld", 1950 + below(76));
    else if (t == 'd')
        date_text(b, 1990, 2030);
    else if (t == 'a')
        s_cat(b, chance(50) ? "active" : "dormant");
    else if (t == 'u')
        s_cat(b, PICK(users));
    else
        sentence(b, 1 + (int)below(8));
}

/* en's time as the history writes it; the date is made once a day (the
 * lines come in the order of time). */
static const char *at_text(const struct entry *en)
{
    static char at[32];
    static int64_t day = -1;
    int64_t t = (int64_t)t_first + en->t, s = t % 86400;

    if (t / 86400 != day) {
        time_t tt = (time_t)t;
        struct tm tm;
        day = t / 86400;
        gmtime_r(&tt, &tm);
        strftime(at, sizeof at, "%Y-%m-%dT", &tm);
    }
    snprintf(at + 11, sizeof at - 11, "%02d:%02d:%02dZ", (int)(s / 3600), (int)(s / 60 % 60),
             (int)(s % 60));
    return at;
}

/* Insert the history line planned in en. */
static void history_line(sqlite3_stmt *st, const struct entry *en)
{
    struct str oldv, newv, note;
    size_t ns, from, to;
    int k = en->kind;
    const char *const *sts = statuses_of(k, &ns);

    bind_str(st, 1, kinds[k]);
    sqlite3_bind_int64(st, 2, en->id);
    bind_str(st, 3, at_text(en));
    bind_str(st, 4, PICK(users));
    bind_str(st, 5, actions[en->action]);
    s_reset(&note);
    if (en->action == A_EDIT) {
        const struct hfield *f = &fields[k][en->field];
        bind_str(st, 6, f->name);
        field_value(&oldv, f->type);
        field_value(&newv, f->type);
        bind_str(st, 7, chance(20) ? NULL : oldv.s);
        bind_str(st, 8, en->last ? record_value(k, en->id, en->field) : newv.s);
    } else if (en->action == A_STATUS) {
        from = (size_t)below((long)ns);
        if (en->last) {
            const char *now = record_value(k, en->id, nfields[k]);
            s_reset(&newv);
            s_cat(&newv, now != NULL ? now : "");
            while (strcmp(sts[from], newv.s) == 0)
                from = (size_t)below((long)ns);
        }
        to = (from + 1 + (size_t)below((long)ns - 1)) % ns;
        bind_str(st, 7, sts[from]);
        bind_str(st, 8, en->last ? newv.s : sts[to]);
        if (chance(40)) {
            sentence(&note, 3 + (int)below(10));
            bind_str(st, 9, note.s);
        }
    } else if (en->action == A_EVENT) {
        sentence(&note, 4 + (int)below(16));
        bind_str(st, 9, note.s);
    }
    run(st, "insert history");
}

static int by_time(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;

    return x->t < y->t ? -1 : x->t > y->t;
}

static void plan(struct entry *en, int k, int64_t id, int create)
{
    long r = below(100);

    en->t = (int32_t)below((long)(t_last - t_first));
    en->id = (int32_t)id;
    en->kind = (int8_t)k;
    en->action = create ? A_CREATE
                 : r < 60 ? A_EDIT
                 : r < 82 ? A_STATUS
                 : r < 97 ? A_EVENT
                 : r < 99 ? A_ARCHIVE
                          : A_RESTORE;
    en->field = (int8_t)(en->action == A_EDIT ? below(nfields[k]) : 0);
    en->last = 0;
}

/* Mark each record's last edit of each field and its last status change,
 * going back from the newest line: a bit a field (the status: the top one)
 * in a mask a record. */
static void mark_last(struct entry *en, long n, const struct kind_ids *ids)
{
    uint16_t *seen[4];
    long i;
    int k;

    for (k = 0; k < 4; k++) {
        seen[k] = calloc(ids[k].n > 0 ? (size_t)ids[k].id[ids[k].n - 1] + 1 : 1, sizeof **seen);
        if (seen[k] == NULL)
            die("out of memory");
    }
    for (i = n - 1; i >= 0; i--) {
        uint16_t bit = en[i].action == A_EDIT     ? (uint16_t)(1u << en[i].field)
                       : en[i].action == A_STATUS ? (uint16_t)0x8000u
                                                  : 0;
        uint16_t *m = &seen[en[i].kind][en[i].id];
        en[i].last = bit != 0 && (*m & bit) == 0;
        *m |= bit;
    }
    for (k = 0; k < 4; k++)
        free(seen[k]);
}

/* Add want history lines: a "create" for each generated record (ids from
 * new_from[k] on), city 1 and agreement 1 up to heavy lines each, the rest
 * on random records.  Inserted in the order of time, as a real desk writes
 * them (so ids grow with 'at'). */
static long add_history(long want, long heavy, const struct kind_ids *ids, const long new_from[4])
{
    sqlite3_stmt *st = prep("INSERT INTO history (kind, record_id, at, user, action, field, old,"
                            " new, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    sqlite3_stmt *cnt = prep("SELECT count(*) FROM history WHERE kind = ?1 AND record_id = 1");
    struct entry *en = want > 0 ? calloc((size_t)want, sizeof *en) : NULL;
    long done = 0, k, i;
    size_t j;

    if (want > 0 && en == NULL)
        die("out of memory");
    for (k = 0; k < 4 && done < want; k++)
        for (j = 0; j < ids[k].n && done < want; j++)
            if (ids[k].id[j] >= new_from[k])
                plan(&en[done++], (int)k, ids[k].id[j], 1);
    for (k = 0; k < 2; k++) {
        long have;
        bind_str(cnt, 1, kinds[k]);
        have = sqlite3_step(cnt) == SQLITE_ROW ? (long)sqlite3_column_int64(cnt, 0) : 0;
        sqlite3_reset(cnt);
        for (; have < heavy && done < want && ids[k].n > 0; have++)
            plan(&en[done++], (int)k, 1, 0);
    }
    while (done < want) {
        int kk = (int)below(4);
        int64_t id;
        if (ids[kk].n == 0)
            continue;
        id = ids[kk].id[below((long)ids[kk].n)];
        if (id == 1 && kk < 2)
            continue;
        plan(&en[done++], kk, id, 0);
    }
    if (en != NULL)
        qsort(en, (size_t)want, sizeof *en, by_time);
    mark_last(en, want, ids);
    for (i = 0; i < want; i++)
        history_line(st, &en[i]);
    for (k = 0; k < 4; k++)
        for (j = 0; j <= MAX_FIELDS; j++)
            sqlite3_finalize(look[k][j]);
    free(en);
    sqlite3_finalize(cnt);
    sqlite3_finalize(st);
    return done;
}

/* ---- the schema's work set aside while generating ----------------------- */

/* What the schema would do a row at a time and does faster at once: the
 * indexes of the history (made again by sorting) and the triggers that feed
 * the FTS index from search_doc (rebuilt from search_doc at the end). */
static const char *const aside_where =
    "(type = 'index' AND tbl_name = 'history' AND sql IS NOT NULL) OR"
    " (type = 'trigger' AND tbl_name = 'search_doc' AND (sql LIKE '%INTO search(%'"
    " OR sql LIKE '%INTO search (%'))";

struct aside {
    char *sql[32];
    int n;
};

/* Drop the objects aside_where names, keeping their SQL in a. */
static void set_aside(struct aside *a)
{
    char sql[512];
    sqlite3_stmt *st;

    snprintf(sql, sizeof sql, "SELECT type, name, sql FROM sqlite_master WHERE %s", aside_where);
    st = prep(sql);
    for (a->n = 0; sqlite3_step(st) == SQLITE_ROW && a->n < (int)COUNT(a->sql); a->n++)
        a->sql[a->n] = sqlite3_mprintf("DROP %s \"%w\"\x1f%s", sqlite3_column_text(st, 0),
                                       sqlite3_column_text(st, 1), sqlite3_column_text(st, 2));
    sqlite3_finalize(st);
    for (int i = 0; i < a->n; i++) {
        char *us = strchr(a->sql[i], '\x1f');
        *us = '\0';
        exec(a->sql[i]);
        memmove(a->sql[i], us + 1, strlen(us + 1) + 1);
    }
}

/* Make the objects of a again, then the FTS index from its content. */
static void put_back(struct aside *a)
{
    for (int i = 0; i < a->n; i++) {
        exec(a->sql[i]);
        sqlite3_free(a->sql[i]);
    }
    exec("INSERT INTO search (search) VALUES ('rebuild')");
}

/* ---- the import benchmark's file --------------------------------------- */

/* One CSV field: the generator's values hold no separator, quote or line
 * break, so none is quoted (the import would refuse what is wrong). */
static void csv_put(FILE *f, const char *v, int last)
{
    fprintf(f, "%s%s", v != NULL ? v : "", last ? "\r\n" : ",");
}

/* rows new cities as CSV, every column but id and version, each name
 * made unique by a number (a name the database holds would be refused as
 * a duplicate); the same values as add_cities. */
static int write_csv(const char *path, long rows)
{
    FILE *f = fopen(path, "w");
    struct str name, dec, notes;
    char since[8];

    if (f == NULL)
        return fprintf(stderr, "gen: %s: %s\n", path, strerror(errno)) > 0;
    fputs("status,archived,name_nl,name_en,name_native,country_nl,country_en,relation,"
          "since,activity,decision,notes\r\n", f);
    for (long i = 0; i < rows; i++) {
        long c = below((long)COUNT(countries));
        place_name(&name);
        s_add(&name, " %ld", i + 1);
        snprintf(since, sizeof since, "%ld", 1950 + below(75));
        s_reset(&dec);
        sentence(&dec, 6 + (int)below(20));
        s_reset(&notes);
        sentence(&notes, 5 + (int)below(30));
        csv_put(f, PICK(city_status), 0);
        csv_put(f, chance(3) ? "1" : "0", 0);
        csv_put(f, name.s, 0);
        csv_put(f, chance(40) ? name.s : NULL, 0);
        csv_put(f, chance(15) ? PICK(natives) : NULL, 0);
        csv_put(f, countries[c][0], 0);
        csv_put(f, countries[c][1], 0);
        csv_put(f, chance(60) ? "partner" : "sister", 0);
        csv_put(f, since, 0);
        csv_put(f, chance(30) ? NULL : chance(50) ? "active" : "dormant", 0);
        csv_put(f, chance(50) ? dec.s : NULL, 0);
        csv_put(f, chance(70) ? notes.s : NULL, 1);
    }
    if (fclose(f) != 0)
        return fprintf(stderr, "gen: %s: not written: %s\n", path, strerror(errno)) > 0;
    printf("gen: %s: %ld new cities as CSV\n", path, rows);
    return 0;
}

/* ---- main ------------------------------------------------------------- */

static void usage(void)
{
    fputs("usage: gen [--records N] [--history M] [--heavy H] [--seed S] FILE\n"
          "       gen --csv ROWS [--seed S] FILE.csv\n"
          "  --csv  write ROWS new cities as CSV for the import benchmark, no database\n"
          "  FILE   an irdesk database (make one with: irdesk init FILE)\n"
          "  N      rows in each record table afterwards (default 10000; initiatives\n"
          "         at most 99999: the schema's CHECK on number)\n"
          "  M      rows in the history table afterwards (default 1000000)\n"
          "  H      history entries of city 1 and of agreement 1 (default 10000)\n"
          "  S      seed of the random generator (default 1)\n",
          stderr);
    exit(2);
}

static long arg_long(const char *s)
{
    char *end;
    long v;

    errno = 0;
    v = strtol(s, &end, 10);
    if (errno != 0 || *end != '\0' || v < 0)
        usage();
    return v;
}

static double now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The time since t0 on stderr, after what was done. */
static void phase(const char *what, double t0)
{
    fprintf(stderr, "gen: %-26s %7.1f s\n", what, now_s() - t0);
}

int main(int argc, char **argv)
{
    long records = 10000, history = 1000000, heavy = 10000, have[4], added[4], hist_added;
    long new_from[4], csv_rows = -1;
    const char *path = NULL;
    struct kind_ids ids[4];
    struct aside aside;
    double t0 = now_s();
    int i, k;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--records") == 0 && i + 1 < argc)
            records = arg_long(argv[++i]);
        else if (strcmp(argv[i], "--history") == 0 && i + 1 < argc)
            history = arg_long(argv[++i]);
        else if (strcmp(argv[i], "--heavy") == 0 && i + 1 < argc)
            heavy = arg_long(argv[++i]);
        else if (strcmp(argv[i], "--csv") == 0 && i + 1 < argc)
            csv_rows = arg_long(argv[++i]);
        else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            rng_state += (uint64_t)arg_long(argv[++i]) * 0x2545F4914F6CDD1DULL;
        else if (argv[i][0] == '-' || path != NULL)
            usage();
        else
            path = argv[i];
    }
    if (path == NULL)
        usage();
    if (csv_rows >= 0)
        return write_csv(path, csv_rows);
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        die(path);
    if (query_long("PRAGMA user_version") < 2 ||
        query_long("SELECT count(*) FROM sqlite_master WHERE name = 'search'") != 1) {
        fprintf(stderr, "gen: %s is not an irdesk database of schema 2 or later;\n"
                        "     make it first with: irdesk init %s\n",
                path, path);
        sqlite3_close(db);
        return 1;
    }
    t_last = time(NULL);
    t_first = t_last - (time_t)12 * 365 * 24 * 3600;
    /* a fresh file that is made again when anything goes wrong: no journal,
     * no syncs; the desk puts WAL back when it opens the file */
    exec("PRAGMA journal_mode = OFF");
    exec("PRAGMA synchronous = OFF");
    exec("PRAGMA cache_size = -1048576");
    exec("PRAGMA temp_store = MEMORY");
    exec("BEGIN IMMEDIATE");
    set_aside(&aside);
    for (k = 0; k < 4; k++) {
        char sql[96];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", kinds[k]);
        have[k] = query_long(sql);
        snprintf(sql, sizeof sql, "SELECT ifnull(max(id), 0) + 1 FROM %s", kinds[k]);
        new_from[k] = query_long(sql);
    }
    added[0] = add_cities(records > have[0] ? records - have[0] : 0);
    ids[0].id = ids_of("city", &ids[0].n);
    if (ids[0].n == 0 && records > have[1]) {
        fputs("gen: no city for the agreements to refer to\n", stderr);
        return 1;
    }
    added[1] = add_agreements(records > have[1] ? records - have[1] : 0, ids[0].id, ids[0].n);
    added[2] = add_networks(records > have[2] ? records - have[2] : 0);
    added[3] = add_initiatives(records > have[3] ? records - have[3] : 0);
    ids[1].id = ids_of("agreement", &ids[1].n);
    ids[2].id = ids_of("network", &ids[2].n);
    ids[3].id = ids_of("initiative", &ids[3].n);
    phase("records", t0);
    {
        long h = query_long("SELECT count(*) FROM history");
        hist_added = add_history(history > h ? history - h : 0, heavy, ids, new_from);
    }
    phase("history", t0);
    put_back(&aside);
    phase("indexes and search index", t0);
    exec("COMMIT");
    /* years of desk use merge the search index a write at a time; lines
     * written all at once leave those merges to whoever writes next */
    exec("INSERT INTO search (search) VALUES ('optimize')");
    exec("INSERT INTO history_search (history_search) VALUES ('optimize')");
    exec("PRAGMA journal_mode = WAL");
    phase("merged", t0);
    printf("gen: %s: added %ld cities, %ld agreements, %ld networks, %ld initiatives,"
           " %ld history lines in %.1f s\n",
           path, added[0], added[1], added[2], added[3], hist_added, now_s() - t0);
    printf("gen: now %zu cities, %zu agreements, %zu networks, %zu initiatives, %ld history"
           " lines (city 1: %ld, agreement 1: %ld)\n",
           ids[0].n, ids[1].n, ids[2].n, ids[3].n, query_long("SELECT count(*) FROM history"),
           query_long("SELECT count(*) FROM history WHERE kind = 'city' AND record_id = 1"),
           query_long("SELECT count(*) FROM history WHERE kind = 'agreement' AND record_id = 1"));
    fflush(stdout);
    if (ids[3].n < (size_t)records)
        fprintf(stderr,
                "gen: note: only %zu initiatives (asked for %ld): the schema allows numbers"
                " 1..%d (CHECK and UNIQUE on initiative.number)\n",
                ids[3].n, records, MAX_NUMBER);
    for (k = 0; k < 4; k++)
        free(ids[k].id);
    sqlite3_close(db);
    return 0;
}
