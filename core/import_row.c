#include "core/import_int.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "core/app.h"
#include "core/csv.h"
#include "core/desk.h"
#include "core/spool.h"
#include "core/validate.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "lib/conv.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "model/ftype.h"
#include "model/record.h"

/* One row of the file, read into a record and checked. */
struct plan {
    struct record *r;       /* what the record becomes */
    struct record *cur;     /* the stored record, or NULL for a new one */
    const struct choice *st; /* the status the row names, or NULL */
    int want_archived;      /* 0 or 1, or -1 when the row does not say */
    int changed;            /* a field differs from the stored one */
};

void import_say(struct import_run *run, enum import_say what, const char *fmt, ...)
{
    va_list ap;
    char *line, *safe;
    int n;

    if (what == IMPORT_WARNING)
        run->res->warnings++;
    if (run->o->say == NULL)
        return;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    line = xmalloc(n > 0 ? (size_t)n + 1 : 1);
    line[0] = '\0';
    va_start(ap, fmt);
    if (n > 0)
        vsnprintf(line, (size_t)n + 1, fmt, ap);
    va_end(ap);
    safe = text_visible(line, 0);
    run->o->say(run->o->ctx, what, safe);
    free(safe);
    free(line);
}

/* ---- the header ---------------------------------------------------------- */

/* Column c is that of *slot: -1 when another column said so first. */
static int claim(int *slot, size_t c, const char *name, struct ird_err *e)
{
    if (*slot >= 0)
        return ird_fail(e, IRD_INVALID, _("Line 1: the column \"%s\" appears twice."), name);
    *slot = (int)c;
    return 0;
}

/* The refusal of a column k does not have, naming the ones it has. */
static int unknown_column(const struct kind *k, const char *name, struct ird_err *e)
{
    struct buf cols = { 0 };
    int f, m;

    for (m = 0; m < META_COUNT; m++)
        buf_printf(&cols, "%s%s", m > 0 ? ", " : "", exchange_meta_col(m));
    for (f = 0; f < k->nfields; f++)
        buf_printf(&cols, ", %s", k->fields[f].name);
    /* L10N: the kind's name, then its columns: "City columns: id, version, ..." */
    ird_fail(e, IRD_INVALID, _("Line 1: \"%s\" is not a column. %s columns: %s."), name,
             _(k->label), cols.s);
    buf_fini(&cols);
    return -1;
}

int import_header(struct import_run *run, const struct csv_row *row, struct ird_err *e)
{
    const struct kind *k = run->k;
    size_t c;
    int f, m, rc = 0;

    run->col_field = xmalloc((size_t)k->nfields * sizeof *run->col_field);
    run->ncols = row->n;
    for (f = 0; f < k->nfields; f++)
        run->col_field[f] = -1;
    for (m = 0; m < META_COUNT; m++)
        run->meta[m] = -1;
    for (c = 0; c < row->n && rc == 0; c++) {
        char *name = text_trim(row->f[c]);
        f = kind_field(k, name);
        for (m = 0; m < META_COUNT && strcmp(name, exchange_meta_col(m)) != 0; m++)
            ;
        if (f >= 0)
            rc = claim(&run->col_field[f], c, name, e);
        else if (m < META_COUNT)
            rc = claim(&run->meta[m], c, name, e);
        else if (*name != '\0')
            rc = unknown_column(k, name, e);
        free(name);
    }
    return rc;
}

/* ---- titles ---------------------------------------------------------------- */

/* The title folded (lower case, runs of white space as one, none at the
 * ends) and hashed; never 0 or 1, whatever its lowest bit. */
static uint64_t title_hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    size_t n = strlen(s), i = 0;
    int space = 0, any = 0;

    while (i < n) {
        wchar_t wc;
        int bad;
        unsigned char c = (unsigned char)s[i];
        if (c > ' ' && c < 0x7F) { /* printable ASCII, without decoding */
            if (space)
                h = (h ^ ' ') * 1099511628211ULL;
            h = (h ^ (uint64_t)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) * 1099511628211ULL;
            space = 0;
            any = 1;
            i++;
            continue;
        }
        i += text_decode(s + i, n - i, &wc, &bad);
        if (iswspace((wint_t)wc)) {
            space = any;
            continue;
        }
        if (space)
            h = (h ^ ' ') * 1099511628211ULL;
        h = (h ^ (uint64_t)towlower((wint_t)wc)) * 1099511628211ULL;
        space = 0;
        any = 1;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return (h & ~(uint64_t)1) == 0 ? 2 : h;
}

/* Add h (its lowest bit: stored) unless its title is there: then the
 * slot found (its lowest bit says whose), else 0. */
static uint64_t titles_add(struct import_titles *t, uint64_t h)
{
    size_t i, mask;

    if (t->n + 1 > t->cap / 4 * 3) {
        struct import_titles bigger = { NULL, t->cap ? t->cap * 2 : 1024, 0 };
        bigger.slot = xcalloc(bigger.cap, sizeof *bigger.slot);
        for (i = 0; i < t->cap; i++)
            if (t->slot[i] != 0)
                titles_add(&bigger, t->slot[i]);
        free(t->slot);
        *t = bigger;
    }
    mask = t->cap - 1;
    for (i = (size_t)(h >> 20) & mask; t->slot[i] != 0; i = (i + 1) & mask)
        if ((t->slot[i] | 1) == (h | 1))
            return t->slot[i];
    t->slot[i] = h;
    t->n++;
    return 0;
}

int import_titles_load(struct import_run *run, struct ird_err *e)
{
    struct query q = { run->k->id, NULL, NULL, -1, 0, 1 };
    long offset = 0;
    enum { PAGE = 2000 };

    for (;;) {
        struct record **rs = NULL;
        size_t n = 0, i;
        if (desk_list(run->a, &q, offset, PAGE, &rs, &n, e) < 0)
            return -1;
        for (i = 0; i < n; i++) {
            const char *t = rs[i]->val[run->k->title];
            if (t != NULL && *t != '\0')
                titles_add(&run->titles, title_hash(t) | 1);
        }
        record_list_free(rs, n);
        if (n < PAGE)
            return 0;
        offset += PAGE;
    }
}

/* A new record whose title another record or an earlier row has: refused
 * (-1) unless duplicates are allowed (a warning). */
static int check_title(struct import_run *run, size_t line, const struct record *r)
{
    const struct kind *k = run->k;
    const char *title = r->val[k->title];
    enum import_say what = run->o->allow_duplicates ? IMPORT_WARNING : IMPORT_PROBLEM;
    uint64_t found;
    int64_t id = 0;
    struct ird_err e = { 0 };

    if (run->writing || title == NULL || *title == '\0')
        return 0;
    found = titles_add(&run->titles, title_hash(title) & ~(uint64_t)1);
    if (found == 0)
        return 0;
    if ((found & 1) && desk_lookup(run->a, k->id, title, &id, &e) == 0)
        import_say(run, what, _("Line %zu: would create a second %s: %s %lld has that name."),
                   line, title, _(k->label), (long long)id);
    else if (found & 1)
        import_say(run, what, _("Line %zu: would create a second %s: a %s of that name exists."),
                   line, title, _(k->label));
    else
        import_say(run, what, _("Line %zu: would create a second %s: an earlier line adds one."),
                   line, title);
    if (what == IMPORT_WARNING)
        return 0;
    import_say(run, what, "%s",
               _("  To change the stored record, give its id; to add another of that name, "
                 "import with --allow-duplicates."));
    return -1;
}

/* ---- values -------------------------------------------------------------- */

/* A date as Belgian spreadsheets write it (d/m/yyyy, dd/mm/yyyy, m/yyyy,
 * yyyy/mm/dd, yyyy/mm) as an ISO date in out; other text is copied as it is. */
static void iso_date(const char *v, char out[16])
{
    int a = 0, b = 0, c = 0, n = 0, la = 0, lb = 0, lc = 0;

    snprintf(out, 16, "%s", v);
    if (strchr(v, '/') == NULL || strlen(v) > 10)
        return;
    if (sscanf(v, "%d%n/%n%d%n/%n%d%n", &a, &la, &n, &b, &lb, &n, &c, &lc) < 1)
        return;
    if (strspn(v, "0123456789/") != strlen(v))
        return;
    if (lc > 0 && lc == (int)strlen(v) && la == 4 && lb - la == 3 && lc - lb == 3)
        snprintf(out, 16, "%04d-%02d-%02d", a, b, c); /* yyyy/mm/dd */
    else if (lc > 0 && lc == (int)strlen(v) && la <= 2 && lb - la - 1 <= 2 && lc - lb == 5)
        snprintf(out, 16, "%04d-%02d-%02d", c, b, a); /* d/m/yyyy */
    else if (lc == 0 && lb == (int)strlen(v) && la <= 2 && lb - la == 5)
        snprintf(out, 16, "%04d-%02d", b, a); /* m/yyyy */
    else if (lc == 0 && lb == (int)strlen(v) && la == 4 && lb - la <= 3)
        snprintf(out, 16, "%04d-%02d", a, b); /* yyyy/mm */
    /* no such day (31/02/2018): the error shows the cell as it was typed */
    if (ftype_date_parse(out, &a, &b, &c) < 0)
        snprintf(out, 16, "%s", v);
}

/* v as it is stored: CR LF of Windows tools inside a text as LF, the
 * apostrophe a spreadsheet-safe export puts before a formula character
 * taken off, a spreadsheet's date as ISO.  v is changed in place; the
 * result may be date (16 bytes). */
static const char *stored_form(const struct field *f, char *v, char date[16])
{
    const char *plain;
    char *crlf;

    while ((crlf = strstr(v, "\r\n")) != NULL)
        memmove(crlf, crlf + 1, strlen(crlf));
    /* no number, date or choice begins with an apostrophe: every cell */
    plain = csv_unescape_formula(v);
    if (plain != v)
        memmove(v, plain, strlen(plain) + 1);
    if (f->type == FT_DATE) {
        iso_date(v, date);
        return date;
    }
    return v;
}

/* The first bidirectional control character in s, or 0. */
static wchar_t bidi_in(const char *s)
{
    size_t n = strlen(s), i = 0;

    /* each of them is encoded in three bytes after 0xE2 */
    if (memchr(s, 0xE2, n) == NULL)
        return 0;
    while (i < n) {
        wchar_t wc;
        int bad;
        i += text_decode(s + i, n - i, &wc, &bad);
        if (text_is_bidi_control(wc))
            return wc;
    }
    return 0;
}

/* 1 when v is what the stored value becomes in charset and back: a file
 * in a narrower character set (an export for Excel) then changes nothing
 * it could not hold, such as the ń of Gdańsk. */
static int same_in_charset(const char *charset, const char *stored, const char *v)
{
    size_t len = 0, lost = 0, back_len = 0, bad = 0;
    char *narrow, *back;
    int same;

    if (charset == NULL || stored == NULL || v == NULL)
        return 0;
    narrow = conv_to(charset, stored, &len, &lost);
    if (narrow == NULL || lost == 0) {
        free(narrow);
        return 0;
    }
    back = conv_from(charset, narrow, len, &back_len, &bad);
    same = back != NULL && strcmp(back, v) == 0;
    free(narrow);
    free(back);
    return same;
}

static char *cell(const struct csv_row *row, int col)
{
    return col >= 0 && (size_t)col < row->n ? row->f[col] : NULL;
}

/* The row's field values into p->r. */
static int read_fields(struct import_run *run, struct csv_row *row, struct plan *p)
{
    const struct kind *k = run->k;
    int f;

    for (f = 0; f < k->nfields; f++) {
        char *v = cell(row, run->col_field[f]), date[16];
        const char *s;
        wchar_t bidi;
        if (v == NULL)
            continue;
        s = stored_form(&k->fields[f], v, date);
        if (k->fields[f].type == FT_TEXT && (bidi = bidi_in(s)) != 0) {
            import_say(run, IMPORT_PROBLEM,
                       _("Line %zu: %s holds U+%04lX, a character that changes the direction "
                         "of the text after it; it is not allowed in a name or title."),
                       row->line, k->fields[f].name, (unsigned long)bidi);
            return -1;
        }
        if (!(p->cur != NULL && same_in_charset(run->charset, p->cur->val[f], s)))
            record_set(p->r, f, s);
    }
    return 0;
}

/* The record the row's id names, with its version checked. */
static int read_id(struct import_run *run, const struct csv_row *row, const char *id,
                   struct plan *p)
{
    const char *version = cell(row, run->meta[META_VERSION]);
    struct ird_err e = { 0 };
    char *end;
    long long v = strtoll(id, &end, 10);

    if (*end != '\0' || v < 1 || strspn(id, "0123456789") != strlen(id)) {
        import_say(run, IMPORT_PROBLEM, _("Line %zu: \"%s\" is not a record number."),
                   row->line, id);
        return -1;
    }
    if (desk_get(run->a, run->k->id, v, &p->cur, &e) < 0) {
        import_say(run, IMPORT_PROBLEM, _("Line %zu: %s Leave the id empty to add a record."),
                   row->line, e.msg);
        return -1;
    }
    if (version != NULL && *version != '\0' && strtoll(version, NULL, 10) != p->cur->version) {
        import_say(run, IMPORT_PROBLEM,
                   _("Line %zu: conflict: %s %lld was changed since it was exported (now "
                     "version %lld, the file has %s)."),
                   row->line, _(run->k->label), (long long)p->cur->id,
                   (long long)p->cur->version, version);
        return -1;
    }
    p->r = record_dup(p->cur);
    return 0;
}

/* kind_status_parse of word, remembered: the file names a few statuses
 * many times, and the parse folds case and accents of every label. */
static const struct choice *status_parse(struct import_run *run, const char *word)
{
    struct import_status_memo *m;
    int i;

    for (i = 0; i < run->nstatus_memo; i++)
        if (strcmp(run->status_memo[i].word, word) == 0)
            return run->status_memo[i].c;
    if (strlen(word) >= sizeof m->word)
        return kind_status_parse(run->k, word);
    m = &run->status_memo[run->nstatus_memo < 8 ? run->nstatus_memo++ : 7];
    snprintf(m->word, sizeof m->word, "%s", word);
    m->c = kind_status_parse(run->k, word);
    return m->c;
}

/* The status and archive columns. */
static int read_meta(struct import_run *run, const struct csv_row *row, struct plan *p)
{
    const char *status = cell(row, run->meta[META_STATUS]);
    const char *archived = cell(row, run->meta[META_ARCHIVED]);

    if (status != NULL && *status != '\0') {
        p->st = status_parse(run, status);
        if (p->st == NULL) {
            char *all = kind_status_list(run->k);
            import_say(run, IMPORT_PROBLEM, _("Line %zu: \"%s\" is not a status. Statuses: %s."),
                       row->line, status, all);
            free(all);
            return -1;
        }
    }
    if (archived != NULL && *archived != '\0') {
        if (strcmp(archived, "0") != 0 && strcmp(archived, "1") != 0) {
            import_say(run, IMPORT_PROBLEM, _("Line %zu: archived must be 0 or 1, not \"%s\"."),
                       row->line, archived);
            return -1;
        }
        p->want_archived = archived[0] == '1';
    }
    if (p->cur == NULL && p->st != NULL)
        record_set_status(p->r, p->st->code);
    return 0;
}

/* The fields a row may lack or hold too many of: a cut row would empty
 * the fields it lacks, a row with more (a stray separator in a text) would
 * shift them: refuse both; trailing empty fields, as spreadsheets write
 * them, are no harm. */
static int check_width(struct import_run *run, const struct csv_row *row)
{
    size_t used = row->n;

    while (used > run->ncols && row->f[used - 1][0] == '\0')
        used--;
    if (used == run->ncols)
        return 0;
    import_say(run, IMPORT_PROBLEM, _("Line %zu has %zu fields; the header has %zu."), row->line,
               used, run->ncols);
    return -1;
}

static int values_differ(const char *x, const char *y)
{
    return (x == NULL) != (y == NULL) || (x != NULL && strcmp(x, y) != 0);
}

/* The row read into *p and checked with the desk's rules. */
static int plan_row(struct import_run *run, struct csv_row *row, struct plan *p)
{
    const struct kind *k = run->k;
    const char *id = cell(row, run->meta[META_ID]);
    struct ird_err e = { 0 };
    int bad = -1, f;

    if (check_width(run, row) < 0)
        return -1;
    if (id != NULL && *id != '\0') {
        if (read_id(run, row, id, p) < 0)
            return -1;
    } else {
        p->r = record_new(k);
    }
    if (read_fields(run, row, p) < 0 || read_meta(run, row, p) < 0)
        return -1;
    validate_normalize(p->r);
    /* checked on the first pass; the store checks versions again */
    if (!run->writing && validate_record(run->a, p->r, &bad, &e) < 0) {
        import_say(run, IMPORT_PROBLEM, _("Line %zu: %s"), row->line, e.msg);
        return -1;
    }
    if (p->cur != NULL && p->st != NULL && strcmp(p->st->code, p->cur->status) != 0 &&
        !workflow_allowed(k, p->cur->status, p->st->code)) {
        char *allowed = workflow_next_text(k, p->cur->status);
        import_say(run, IMPORT_PROBLEM, _("Line %zu: %s cannot go from %s to %s. Allowed: %s."),
                   row->line, _(k->label), kind_status_label(k, p->cur->status),
                   _(p->st->label), allowed);
        free(allowed);
        return -1;
    }
    for (f = 0; p->cur != NULL && f < k->nfields; f++)
        p->changed |= values_differ(p->r->val[f], p->cur->val[f]);
    return p->cur == NULL ? check_title(run, row->line, p->r) : 0;
}

/* ---- the dry run's list, and the writing ------------------------------------ */

static const char *shown(const char *v)
{
    return v != NULL ? v : "";
}

static void list_plan(struct import_run *run, size_t line, const struct plan *p)
{
    const struct kind *k = run->k;
    int f;

    if (p->cur == NULL) {
        import_say(run, IMPORT_PLAN, _("Line %zu: new %s \"%s\""), line, _(k->label),
                   shown(p->r->val[k->title]));
        return;
    }
    for (f = 0; f < k->nfields; f++)
        if (values_differ(p->r->val[f], p->cur->val[f]))
            import_say(run, IMPORT_PLAN, _("Line %zu: %s %lld (%s): %s: \"%s\" → \"%s\""), line,
                       _(k->label), (long long)p->cur->id, shown(p->cur->val[k->title]),
                       k->fields[f].name, shown(p->cur->val[f]), shown(p->r->val[f]));
    if (p->st != NULL && strcmp(p->st->code, p->cur->status) != 0)
        import_say(run, IMPORT_PLAN, _("Line %zu: %s %lld (%s): status: %s → %s"), line,
                   _(k->label), (long long)p->cur->id, shown(p->cur->val[k->title]),
                   p->cur->status, p->st->code);
    if (p->want_archived >= 0 && p->want_archived != p->cur->archived)
        import_say(run, IMPORT_PLAN, _("Line %zu: %s %lld (%s): archived: %d → %d"), line,
                   _(k->label), (long long)p->cur->id, shown(p->cur->val[k->title]),
                   p->cur->archived, p->want_archived);
}

/* A write the store refused: a problem of the database (full, busy,
 * read-only) rather than of the row ends the import (-2). */
static int write_failed(struct import_run *run, size_t line, const struct ird_err *e)
{
    import_say(run, IMPORT_PROBLEM, _("Line %zu: %s"), line, e->msg);
    run->fatal = *e;
    return -2;
}

static int write_plan(struct import_run *run, size_t line, struct plan *p)
{
    const struct kind *k = run->k;
    struct app *a = run->a;
    struct ird_err e = { 0 };
    int rc = 0;

    if (p->cur == NULL) {
        /* the status was set from the row; the archive flag goes in too */
        p->r->archived = p->want_archived == 1;
        rc = desk_put_bulk(a, p->r, run->note, run->now, &e);
        return rc < 0 ? write_failed(run, line, &e) : 0;
    }
    if (p->changed)
        rc = desk_put(a, p->r, run->now, &e);
    if (rc == 0 && p->cur != NULL && p->st != NULL && strcmp(p->st->code, p->cur->status) != 0)
        rc = desk_put_status(a, k->id, p->r->id, -1, p->cur->status, p->st->code, run->note,
                             run->now, &e);
    if (rc == 0 && p->want_archived >= 0 && p->want_archived != p->r->archived)
        rc = desk_put_archived(a, k->id, p->r->id, -1, p->want_archived, run->note,
                               run->now, &e);
    return rc < 0 ? write_failed(run, line, &e) : 0;
}

/* A new record written from the spool (the check read it): 0, or -2. */
static int write_spooled(struct import_run *run, size_t line, struct ird_err *e)
{
    struct record *r = NULL;
    size_t at = 0;
    int got = spool_next(run->spool, run->k, &r, &at, e);

    /* the spool follows the file's new rows, one by one */
    if (got >= 0 && (got == 0 || at != line))
        got = spool_lost(run->spool, e);
    if (got < 0) {
        record_free(&r);
        return -2;
    }
    got = desk_put_bulk_take(run->a, &r, run->note, run->now, e);
    if (got < 0)
        return write_failed(run, line, e);
    run->res->created++;
    return 0;
}

int import_spooled(struct import_run *run, struct ird_err *e)
{
    struct record *r = NULL;
    size_t line = 0;
    int got;

    while ((got = spool_next(run->spool, run->k, &r, &line, e)) > 0) {
        int rc = desk_put_bulk_take(run->a, &r, run->note, run->now, e);
        if (rc < 0) {
            write_failed(run, line, e);
            return -1;
        }
        run->res->created++;
    }
    return got;
}

/* The check keeps a new record for the writing. */
static int keep_new(struct import_run *run, size_t line, struct plan *p)
{
    p->r->archived = p->want_archived == 1;
    if (spool_put(run->spool, line, p->r, &run->fatal) == 0)
        return 0;
    import_say(run, IMPORT_PROBLEM, "%s", run->fatal.msg);
    return -2;
}

int import_row(struct import_run *run, struct csv_row *row)
{
    struct plan p = { NULL, NULL, NULL, -1, 0 };
    const char *id = cell(row, run->meta[META_ID]);
    int rc;

    if (run->writing && run->spool != NULL && (id == NULL || *id == '\0'))
        return write_spooled(run, row->line, &run->fatal);
    rc = plan_row(run, row, &p);
    if (rc == 0 && run->writing)
        rc = write_plan(run, row->line, &p);
    else if (rc == 0 && run->o->dry_run)
        list_plan(run, row->line, &p);
    else if (rc == 0 && run->spool != NULL && p.cur == NULL)
        rc = keep_new(run, row->line, &p);
    run->with_id += rc == 0 && p.cur != NULL;
    if (rc == 0) {
        int status = p.cur != NULL && p.st != NULL && strcmp(p.st->code, p.cur->status) != 0;
        int arch = p.cur != NULL && p.want_archived >= 0 && p.want_archived != p.cur->archived;
        if (p.cur == NULL)
            run->res->created++;
        else if (p.changed || status || arch)
            run->res->updated++;
        else
            run->res->unchanged++;
    }
    record_free(&p.r);
    record_free(&p.cur);
    return rc;
}

void import_run_fini(struct import_run *run)
{
    free(run->col_field);
    free(run->titles.slot);
    spool_free(&run->spool);
    run->col_field = NULL;
    run->titles.slot = NULL;
}
