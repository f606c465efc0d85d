/* The generator's text (tests/bench/gen.c, the only file that includes
 * this one): a small deterministic PRNG, the words and value lists (place
 * names in several scripts, countries, running text, users, the statuses
 * and types of each kind, the fields an "edit" line of the history names)
 * and the strings made of them. */
#ifndef IRDESK_BENCH_GEN_TEXT_H
#define IRDESK_BENCH_GEN_TEXT_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

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

/* s appended to b, cut at its end: no format to parse, for the history's
 * millions of words. */
static void s_cat(struct str *b, const char *s)
{
    size_t n = strlen(s);

    if (n > sizeof b->s - 1 - b->n)
        n = sizeof b->s - 1 - b->n;
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

/* n words of running text ending in a full stop. */
static void sentence(struct str *b, int n)
{
    int i;

    for (i = 0; i < n; i++) {
        if (i > 0)
            s_cat(b, " ");
        s_cat(b, PICK(words));
    }
    s_cat(b, ".");
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

#endif
