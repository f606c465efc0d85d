#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db/store_int.h"
#include "lib/mem.h"

/* One record's text against a search, the index's rule without the index:
 * the SQL function ird_match(body, query), query an fts_query string.  The
 * text and each quoted word are cut into tokens by FTS5's own unicode61
 * tokenizer with the options of the index (schema 4), so that a token is
 * what the index holds: each word a phrase, its tokens consecutive in the
 * text, the last one a prefix; a word without tokens is left out (FTS5
 * drops it too), a query with none matches nothing.  A word with a
 * character of a script written without spaces (spaceless_blocks) is
 * looked for anywhere in the text's words instead (schema 27).  A window
 * of a common word walks its sort's index and tests each row with this
 * function. */

struct match_tok {
    char *s;
    int n;
};

struct match_toks {
    struct match_tok *t;
    int n, cap;
    int spaceless; /* a query's word of a script written without spaces */
};

/* The scripts written without spaces, by their Unicode blocks (the same
 * list as db/sql/027_spaceless.sql's spaceless_pattern): Thai and Lao,
 * Myanmar, Khmer, Hiragana and Katakana, CJK, CJK compatibility,
 * half-width Katakana, the CJK extensions. */
static const struct {
    unsigned lo, hi;
} spaceless_blocks[] = {
    { 0x0E00, 0x0EFF }, { 0x1000, 0x109F }, { 0x1780, 0x17FF }, { 0x3040, 0x30FF },
    { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xF900, 0xFAFF }, { 0xFF66, 0xFF9F },
    { 0x20000, 0x2FFFF },
};

/* The character of three or four bytes of UTF-8 at p (before end), 0 for
 * any other (each of spaceless_blocks is that long, so text of one- and
 * two-byte characters, Latin, Greek, Cyrillic..., is passed over a byte
 * at a time). */
static unsigned wide_at(const unsigned char *p, const unsigned char *end)
{
    if (*p < 0xE0)
        return 0;
    if (*p < 0xF0 && end - p >= 3)
        return (unsigned)(*p & 0x0F) << 12 | (unsigned)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    if (*p < 0xF8 && end - p >= 4)
        return (unsigned)(*p & 0x07) << 18 | (unsigned)(p[1] & 0x3F) << 12 |
               (unsigned)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
    return 0;
}

/* The block of spaceless_blocks that c is in, -1 for none. */
static int spaceless_block(unsigned c)
{
    int i;

    for (i = 0; i < (int)(sizeof spaceless_blocks / sizeof spaceless_blocks[0]); i++)
        if (c >= spaceless_blocks[i].lo && c <= spaceless_blocks[i].hi)
            return i;
    return -1;
}

/* 1 when the n bytes of UTF-8 at s hold a character of spaceless_blocks. */
static int spaceless_in(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;

    /* every character of the blocks begins with a byte from 0xE0 on: the
     * others (ASCII, Latin, continuation bytes) are passed over at once */
    for (; p < end; p++)
        if (*p >= 0xE0 && spaceless_block(wide_at(p, end)) >= 0)
            return 1;
    return 0;
}

int store_match_spaceless(const char *text)
{
    return text != NULL && spaceless_in(text, strlen(text));
}

/* The tokenizer kept for the function's life. */
struct match_ctx {
    fts5_tokenizer api;
    Fts5Tokenizer *tok;
};

/* A query parsed: its phrases, each a list of tokens. */
struct match_query {
    struct match_toks *ph;
    int n;
};

static void toks_fini(struct match_toks *ts)
{
    int i;

    for (i = 0; i < ts->n; i++)
        free(ts->t[i].s);
    free(ts->t);
    memset(ts, 0, sizeof *ts);
}

static int toks_add(void *ctx, int flags, const char *tok, int n, int start, int end)
{
    struct match_toks *ts = ctx;

    (void)start;
    (void)end;
    if ((flags & FTS5_TOKEN_COLOCATED) != 0)
        return SQLITE_OK;
    if (ts->n == ts->cap) {
        ts->cap = ts->cap ? ts->cap * 2 : 16;
        ts->t = xrealloc(ts->t, (size_t)ts->cap * sizeof *ts->t);
    }
    ts->t[ts->n].s = xmalloc((size_t)n + 1);
    memcpy(ts->t[ts->n].s, tok, (size_t)n);
    ts->t[ts->n].s[n] = '\0';
    ts->t[ts->n++].n = n;
    return SQLITE_OK;
}

static int tokenize(struct match_ctx *c, int flags, const char *text, int n,
                    struct match_toks *out)
{
    return c->api.xTokenize(c->tok, out, flags, text, n, toks_add);
}

static void query_free(void *p)
{
    struct match_query *q = p;
    int i;

    for (i = 0; i < q->n; i++)
        toks_fini(&q->ph[i]);
    free(q->ph);
    free(q);
}

/* Parse fts_query's form: phrases "..."* apart by spaces, "" a quote. */
static struct match_query *query_parse(struct match_ctx *c, const char *s)
{
    struct match_query *q = xcalloc(1, sizeof *q);
    size_t len = strlen(s);
    char *word = xmalloc(len + 1);

    q->ph = xcalloc(len / 3 + 1, sizeof *q->ph);
    while (*s != '\0') {
        int n = 0;
        while (*s != '\0' && *s != '"')
            s++;
        if (*s == '\0')
            break;
        for (s++; *s != '\0'; s++) {
            if (*s == '"' && s[1] != '"')
                break;
            if (*s == '"')
                s++;
            word[n++] = *s;
        }
        if (*s == '"')
            s++;
        tokenize(c, FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX, word, n, &q->ph[q->n]);
        q->ph[q->n].spaceless = spaceless_in(word, (size_t)n);
        if (q->ph[q->n].n > 0)
            q->n++;
    }
    free(word);
    return q;
}

/* Phrase ph at token i of the text: its tokens there in turn, the last a
 * prefix. */
static int phrase_at(const struct match_toks *text, int i, const struct match_toks *ph)
{
    int j;

    if (i + ph->n > text->n)
        return 0;
    for (j = 0; j < ph->n; j++) {
        const struct match_tok *a = &text->t[i + j], *b = &ph->t[j];
        if (j + 1 < ph->n ? a->n != b->n : a->n < b->n)
            return 0;
        if (memcmp(a->s, b->s, (size_t)b->n) != 0)
            return 0;
    }
    return 1;
}

/* 1 when b's n bytes are in a's: anywhere (at 0), at its end (at 1) or
 * at its start (at -1). */
static int tok_has(const struct match_tok *a, const struct match_tok *b, int at)
{
    int i;

    if (a->n < b->n)
        return 0;
    if (at != 0)
        return memcmp(a->s + (at > 0 ? a->n - b->n : 0), b->s, (size_t)b->n) == 0;
    for (i = 0; i + b->n <= a->n; i++)
        if (memcmp(a->s + i, b->s, (size_t)b->n) == 0)
            return 1;
    return 0;
}

/* A word of a script written without spaces (ph) at token i of the text:
 * a part of it; of several tokens, the first ends token i, the middle ones
 * are the tokens after it, the last starts the one after those. */
static int spaceless_at(const struct match_toks *text, int i, const struct match_toks *ph)
{
    int j;

    if (i + ph->n > text->n)
        return 0;
    if (ph->n == 1)
        return tok_has(&text->t[i], &ph->t[0], 0);
    for (j = 0; j < ph->n; j++) {
        const struct match_tok *a = &text->t[i + j], *b = &ph->t[j];
        if (j > 0 && j + 1 < ph->n ? a->n != b->n || memcmp(a->s, b->s, (size_t)b->n) != 0
                                   : !tok_has(a, b, j == 0 ? 1 : -1))
            return 0;
    }
    return 1;
}

static int matches(const struct match_toks *text, const struct match_query *q)
{
    int p, i;

    if (q->n == 0)
        return 0;
    for (p = 0; p < q->n; p++) {
        const struct match_toks *ph = &q->ph[p];
        for (i = 0; i < text->n && !(ph->spaceless ? spaceless_at(text, i, ph)
                                                   : phrase_at(text, i, ph));
             i++)
            ;
        if (i == text->n)
            return 0;
    }
    return 1;
}

/* 1 when the token is of kana and ideographs alone (spaceless_blocks from
 * the fourth on), which the tokenizer neither folds nor strips: such a
 * token is in a text's own bytes wherever it matches. */
static int ideographic(const struct match_tok *t)
{
    const unsigned char *p = (const unsigned char *)t->s, *end = p + t->n;

    while (p < end) {
        unsigned c = wide_at(p, end);
        if (spaceless_block(c) < 3)
            return 0;
        p += c > 0xFFFF ? 4 : 3;
    }
    return t->n > 0;
}

/* 1 when the n bytes at s hold the token t's bytes. */
static int bytes_hold(const char *s, size_t n, const struct match_tok *t)
{
    const char *p = s, *end = s + n;

    while ((size_t)(end - p) >= (size_t)t->n && (p = memchr(p, t->s[0], (size_t)(end - p))) != NULL) {
        if ((size_t)(end - p) < (size_t)t->n)
            return 0;
        if (memcmp(p, t->s, (size_t)t->n) == 0)
            return 1;
        p++;
    }
    return 0;
}

/* 0 when the text cannot match q, seen from its bytes alone: a token of
 * kana and ideographs of a word of such a script is not in them (the
 * search of a rare character tests every entry of search_spaceless, and
 * cutting each into tokens is most of that work); else 1. */
static int may_match(const char *body, size_t n, const struct match_query *q)
{
    int p, j;

    for (p = 0; p < q->n; p++)
        for (j = 0; q->ph[p].spaceless && j < q->ph[p].n; j++)
            if (ideographic(&q->ph[p].t[j]) && !bytes_hold(body, n, &q->ph[p].t[j]))
                return 0;
    return 1;
}

static void match_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    struct match_ctx *c = sqlite3_user_data(ctx);
    struct match_query *q = sqlite3_get_auxdata(ctx, 1);
    struct match_toks text = { 0 };
    const char *body = (const char *)sqlite3_value_text(argv[0]);

    (void)argc;
    if (body == NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    if (q == NULL) {
        q = query_parse(c, (const char *)sqlite3_value_text(argv[1]));
        sqlite3_set_auxdata(ctx, 1, q, query_free);
        /* SQLite may free it at once: ask again */
        q = sqlite3_get_auxdata(ctx, 1);
        if (q == NULL) {
            sqlite3_result_error_nomem(ctx);
            return;
        }
    }
    if (!may_match(body, (size_t)sqlite3_value_bytes(argv[0]), q)) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    if (tokenize(c, FTS5_TOKENIZE_DOCUMENT, body, sqlite3_value_bytes(argv[0]), &text) !=
        SQLITE_OK) {
        toks_fini(&text);
        sqlite3_result_error(ctx, "ird_match: the text could not be cut into words", -1);
        return;
    }
    sqlite3_result_int(ctx, matches(&text, q));
    toks_fini(&text);
}

/* ird_spaceless(text): 1 when the text has a character of a script
 * written without spaces, what schema 27's GLOB asks of a row, faster. */
static void spaceless_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const char *t = (const char *)sqlite3_value_text(argv[0]);

    (void)argc;
    sqlite3_result_int(ctx, t != NULL && spaceless_in(t, (size_t)sqlite3_value_bytes(argv[0])));
}

static void match_ctx_free(void *p)
{
    struct match_ctx *c = p;

    if (c->tok != NULL)
        c->api.xDelete(c->tok);
    free(c);
}

/* The FTS5 interface of the handle (SELECT fts5(?1)), NULL without one. */
static fts5_api *fts5_of(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;

    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

int store_match_ready(struct store *s)
{
    const char *opts[] = { "remove_diacritics", "2" };
    struct match_ctx *c;
    fts5_api *api;
    void *ud = NULL;

    if (s->match_fn != 0)
        return s->match_fn > 0 ? 0 : -1;
    s->match_fn = -1;
    api = fts5_of(s->db);
    if (api == NULL)
        return -1;
    c = xcalloc(1, sizeof *c);
    if (api->xFindTokenizer(api, "unicode61", &ud, &c->api) != SQLITE_OK ||
        c->api.xCreate(ud, opts, 2, &c->tok) != SQLITE_OK) {
        match_ctx_free(c);
        return -1;
    }
    if (sqlite3_create_function_v2(s->db, "ird_match", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, c,
                                   match_fn, NULL, NULL, match_ctx_free) != SQLITE_OK ||
        sqlite3_create_function_v2(s->db, "ird_spaceless", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, spaceless_fn, NULL,
                                   NULL, NULL) != SQLITE_OK)
        return -1;
    s->match_fn = 1;
    return 0;
}
