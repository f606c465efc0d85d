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
 * to existing cities.  Everything is inserted in one transaction with
 * prepared statements (no journal, no syncs: the file is made again when
 * anything fails); the FTS index `search` follows through the schema's own
 * triggers.  The text holds accented and wide characters (é, ë, ń, 金沢市,
 * 서울) as real data does.
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

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

enum { MAX_NUMBER = 99999, MAX_CHAPTER = 6 };

/* ---- a small deterministic PRNG (splitmix64) ------------------------- */

static uint64_t rng_state = 0x1DE5C0FFEEULL;

static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);

    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* uniform in [0, n) */
static long below(long n)
{
    return n > 0 ? (long)(rnd() % (uint64_t)n) : 0;
}

/* 1 with probability pct percent */
static int chance(int pct)
{
    return below(100) < pct;
}

#define PICK(a) ((a)[below((long)COUNT(a))])

/* ---- words ------------------------------------------------------------ */

static const char *const real_cities[] = {
    "Kraków",    "Gdańsk",        "Poznań",     "Łódź",       "Saint-Raphaël", "Besançon",
    "Zürich",    "Mönchengladbach", "São Paulo", "Kanazawa",   "Nanjing",       "Košice",
    "Göteborg",  "Malmö",         "Århus",      "Reykjavík",  "Coimbra",       "Málaga",
    "Liège",     "Genève",        "Tromsø",     "Plzeň",      "Cluj-Napoca",   "Thessaloníki",
    "Wrocław",   "Brașov",        "Bremen",     "Utrecht",    "Nantes",        "Ljubljana",
};

static const char *const natives[] = {
    "金沢市", "南京市", "大阪市", "서울특별시", "부산광역시", "Αθήνα", "Θεσσαλονίκη",
    "Москва", "臺北市", "京都市", "広島市", "成都市",
};

static const char *const head_syll[] = {
    "Ka", "Na", "Za", "Wa", "Ro", "Gé", "Lë", "Mo", "Ber", "Vel", "Ost", "Sän", "Brü",
    "Dań", "Tor", "Ål", "Če", "Hé", "Ju", "Pa", "Ri", "Sto", "Vi", "Ze",
};

static const char *const mid_syll[] = {
    "na", "za", "ro", "gé", "lë", "mo", "ber", "ri", "ko", "ńa", "vé", "lo", "ste", "dü",
    "ma", "te", "ri", "ça", "wi", "el",
};

static const char *const tail_syll[] = {
    "ville", "burg", "stad", "ów", "ńsk", "rich", "polis", "hem", "dorp", "gen", "ice", "ëne",
    "ac", "ia", "lo", "on",
};

static const char *const countries[][2] = {
    { "Polen", "Poland" },        { "Frankrijk", "France" },    { "Duitsland", "Germany" },
    { "Japan", "Japan" },         { "China", "China" },         { "Zuid-Korea", "South Korea" },
    { "Griekenland", "Greece" },  { "Zwitserland", "Switzerland" }, { "Brazilië", "Brazil" },
    { "Slowakije", "Slovakia" },  { "Zweden", "Sweden" },       { "Denemarken", "Denmark" },
    { "IJsland", "Iceland" },     { "Portugal", "Portugal" },   { "Spanje", "Spain" },
    { "België", "Belgium" },      { "Noorwegen", "Norway" },    { "Tsjechië", "Czechia" },
    { "Roemenië", "Romania" },    { "Slovenië", "Slovenia" },
};

static const char *const words[] = {
    "samenwerking", "stedenband",  "café",        "België",      "coöperatie", "ideeën",
    "financiële",   "evaluatie",   "jongeren",    "cultuur",     "klimaat",    "havens",
    "delegatie",    "bezoek",      "Poznań",      "Gdańsk",      "Kraków",     "金沢市",
    "서울",          "Zürich",      "Besançon",    "uitwisseling", "mensenrechten", "naïef",
    "reünie",       "programma",   "subsidie",    "Europese",    "netwerk",    "ambassade",
    "burgemeester", "schepen",     "kabinet",     "gemeenteraad", "verslag",   "opvolging",
    "Ελλάδα",       "décision",    "projet",      "échange",     "Strategy",   "partnership",
    "review",       "follow-up",   "renewal",     "museum",      "universiteit", "studenten",
    "economie",     "technologie", "duurzaamheid", "mobiliteit", "wonen",      "onderwijs",
    "zorg",         "Gent",        "Genk",        "Brugge",      "Antwerpen",  "Leuven",
};

static const char *const users[] = {
    "an.peeters", "jan.desmet", "els.maes", "tom.willems", "sofie.claes", "pieter.goossens",
    "lien.wouters", "karim.elamrani", "agnieszka.nowak", "irdesk",
};

static const char *const city_status[] = { "active", "dormant", "under_review", "reorienting",
                                           "ended" };
static const char *const agr_status[] = { "draft",   "in_force",   "under_evaluation", "renewed",
                                          "expired", "terminated", "not_concluded" };
static const char *const net_status[] = { "candidate", "member", "under_evaluation", "left" };
static const char *const ini_status[] = { "planned", "in_progress", "on_hold", "done",
                                          "dropped" };
static const char *const agr_types[] = { "twinning", "mou", "loi" };
static const char *const agr_titles[] = {
    "Samenwerkingsakkoord Gent – ", "Memorandum of understanding Gent – ",
    "Intentieverklaring Gent – ",   "Stedenbandcharter Gent – ",
    "Accord de coopération Gand – ",
};
static const char *const net_names[] = {
    "Eurocities werkgroep ", "Energy Cities ",      "ICLEI netwerk ",
    "Intercultural Cities ", "Cities for Children ", "Rainbow Cities ",
    "Platform ",             "European Youth Forum ",
};
/* The fields an "edit" line of the history names, and what their values
 * look like: t text, y year, d date, a activity, u a user. */
struct hfield {
    const char *name;
    char type;
};
static const struct hfield city_fields[] = { { "name_en", 't' },  { "country_nl", 't' },
                                             { "since", 'y' },    { "activity", 'a' },
                                             { "decision", 't' }, { "notes", 't' } };
static const struct hfield agr_fields[] = { { "title", 't' }, { "party", 't' }, { "signed", 'd' },
                                            { "ends", 'd' },  { "fate", 't' },  { "notes", 't' } };
static const struct hfield net_fields[] = { { "name", 't' },  { "scope", 't' },
                                            { "since", 'y' }, { "until", 'y' },
                                            { "next_review", 'd' }, { "notes", 't' } };
static const struct hfield ini_fields[] = { { "text_nl", 't' }, { "title_en", 't' },
                                            { "owner", 'u' },   { "notes", 't' } };

static const char *const kinds[] = { "city", "agreement", "network", "initiative" };

/* ---- growing strings -------------------------------------------------- */

struct str {
    char s[2048];
    size_t n;
};

static void s_reset(struct str *b)
{
    b->n = 0;
    b->s[0] = '\0';
}

static void s_add(struct str *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void s_add(struct str *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (b->n >= sizeof b->s - 1)
        return;
    va_start(ap, fmt);
    n = vsnprintf(b->s + b->n, sizeof b->s - b->n, fmt, ap);
    va_end(ap);
    if (n > 0)
        b->n = (size_t)n < sizeof b->s - b->n ? b->n + (size_t)n : sizeof b->s - 1;
}

/* n words of running text ending in a full stop. */
static void sentence(struct str *b, int n)
{
    int i;

    for (i = 0; i < n; i++)
        s_add(b, "%s%s", i ? " " : "", PICK(words));
    s_add(b, ".");
}

static void place_name(struct str *b)
{
    int mids = (int)below(3), i;

    s_reset(b);
    if (chance(12)) {
        s_add(b, "%s", PICK(real_cities));
        if (chance(70))
            s_add(b, "-%s", PICK(tail_syll));
        return;
    }
    s_add(b, "%s", PICK(head_syll));
    for (i = 0; i < mids; i++)
        s_add(b, "%s", PICK(mid_syll));
    s_add(b, "%s", PICK(tail_syll));
}

static void date_text(struct str *b, int y0, int y1)
{
    s_add(b, "%04ld-%02ld-%02ld", y0 + below(y1 - y0 + 1), 1 + below(12), 1 + below(28));
}

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
        sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
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

static long add_cities(long want)
{
    sqlite3_stmt *st = prep("INSERT INTO city (name_nl, name_en, name_native, country_nl,"
                            " country_en, relation, since, activity, decision, notes, status,"
                            " archived) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
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
                            " ends, human_rights, fate, notes, status, archived)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
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
                            " status, archived) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
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
                            " notes, status, archived) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
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

/* One planned history line: when, what record, created or anything. */
struct entry {
    int64_t t;
    int64_t id;
    int kind;
    int create;
};

static time_t t_first, t_last;

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
        s_add(b, "%s", chance(50) ? "active" : "dormant");
    else if (t == 'u')
        s_add(b, "%s", PICK(users));
    else
        sentence(b, 1 + (int)below(8));
}

/* Insert the history line planned in en. */
static void history_line(sqlite3_stmt *st, const struct entry *en)
{
    static const struct hfield *const fields[] = { city_fields, agr_fields, net_fields,
                                                   ini_fields };
    static const size_t nfields[] = { COUNT(city_fields), COUNT(agr_fields), COUNT(net_fields),
                                      COUNT(ini_fields) };
    char at[32];
    struct str oldv, newv, note;
    size_t ns, from, to;
    int k = en->kind;
    const char *const *sts = statuses_of(k, &ns);
    long r = below(100);
    const char *action = en->create  ? "create"
                         : r < 60    ? "edit"
                         : r < 82    ? "status"
                         : r < 97    ? "event"
                         : r < 99    ? "archive"
                                     : "restore";
    time_t t = (time_t)en->t;
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
    bind_str(st, 1, kinds[k]);
    sqlite3_bind_int64(st, 2, en->id);
    bind_str(st, 3, at);
    bind_str(st, 4, PICK(users));
    bind_str(st, 5, action);
    s_reset(&note);
    if (strcmp(action, "edit") == 0) {
        const struct hfield *f = &fields[k][below((long)nfields[k])];
        bind_str(st, 6, f->name);
        field_value(&oldv, f->type);
        field_value(&newv, f->type);
        bind_str(st, 7, chance(20) ? NULL : oldv.s);
        bind_str(st, 8, newv.s);
    } else if (strcmp(action, "status") == 0) {
        from = (size_t)below((long)ns);
        to = (from + 1 + (size_t)below((long)ns - 1)) % ns;
        bind_str(st, 7, sts[from]);
        bind_str(st, 8, sts[to]);
        if (chance(40)) {
            sentence(&note, 3 + (int)below(10));
            bind_str(st, 9, note.s);
        }
    } else if (strcmp(action, "event") == 0) {
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
    en->t = (int64_t)t_first + below((long)(t_last - t_first));
    en->id = id;
    en->kind = k;
    en->create = create;
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
    for (i = 0; i < want; i++)
        history_line(st, &en[i]);
    free(en);
    sqlite3_finalize(cnt);
    sqlite3_finalize(st);
    return done;
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

int main(int argc, char **argv)
{
    long records = 10000, history = 1000000, heavy = 10000, have[4], added[4], hist_added;
    long new_from[4], csv_rows = -1;
    const char *path = NULL;
    struct kind_ids ids[4];
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
    exec("PRAGMA journal_mode = MEMORY");
    exec("PRAGMA synchronous = OFF");
    exec("PRAGMA cache_size = -524288");
    exec("PRAGMA temp_store = MEMORY");
    exec("BEGIN IMMEDIATE");
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
    {
        long h = query_long("SELECT count(*) FROM history");
        hist_added = add_history(history > h ? history - h : 0, heavy, ids, new_from);
    }
    /* the per-language sort keys db/ writes with each of its writes
     * (schema 18), here as SQL's lower(): the order of a generated list
     * may differ from irdesk's folding in an accent, not its cost */
    exec("UPDATE city SET name_sk_nl = lower(coalesce(nullif(name_nl, ''), name_en)),"
         " name_sk_en = lower(coalesce(nullif(name_en, ''), name_nl)),"
         " country_sk_nl = lower(coalesce(nullif(country_nl, ''), country_en)),"
         " country_sk_en = lower(coalesce(nullif(country_en, ''), country_nl))"
         " WHERE name_sk_nl IS NULL");
    exec("UPDATE agreement SET title_sk_nl = lower(coalesce(nullif(title, ''), title_en)),"
         " title_sk_en = lower(coalesce(nullif(title_en, ''), title))"
         " WHERE title_sk_nl IS NULL");
    exec("UPDATE network SET name_sk_nl = lower(coalesce(nullif(name, ''), name_en)),"
         " name_sk_en = lower(coalesce(nullif(name_en, ''), name)) WHERE name_sk_nl IS NULL");
    exec("UPDATE initiative SET text_sk_nl = lower(coalesce(nullif(text_nl, ''), title_en)),"
         " text_sk_en = lower(coalesce(nullif(title_en, ''), text_nl))"
         " WHERE text_sk_nl IS NULL");
    exec("COMMIT");
    /* years of desk use merge the search index a write at a time; lines
     * written all at once leave those merges to whoever writes next */
    exec("INSERT INTO search (search) VALUES ('optimize')");
    exec("INSERT INTO history_search (history_search) VALUES ('optimize')");
    exec("PRAGMA journal_mode = WAL");
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
