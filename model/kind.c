#include "model/kind.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib/mem.h"
#include "lib/conv.h"
#include "i18n/i18n.h"
#include "model/kinds.h"

/* The kinds added by kind_register, after the built-in ones: filled before
 * use (a test's set-up), read only afterwards. */
static const struct kind *added[KIND_ADDED_MAX];
static int nadded;

/* Kind i of 0 .. kind_count() - 1. */
static const struct kind *kind_at(int i)
{
    return i < KIND_COUNT ? kinds_builtin((enum kind_id)i) : added[i - KIND_COUNT];
}

const struct kind *kind_get(enum kind_id k)
{
    return (unsigned)k < (unsigned)kind_count() ? kind_at((int)k) : NULL;
}

int kind_count(void)
{
    return KIND_COUNT + nadded;
}

/* 1 when k's code, table or one of its words is already another kind's. */
static int kind_taken(const struct kind *k)
{
    const char *const *w;
    int i;

    if (kind_by_name(k->code) != NULL)
        return 1;
    for (i = 0; i < kind_count(); i++)
        if (strcmp(kind_at(i)->table, k->table) == 0)
            return 1;
    for (w = k->words; w != NULL && *w != NULL; w++)
        if (kind_by_name(*w) != NULL)
            return 1;
    return 0;
}

int kind_register(const struct kind *k)
{
    if (k == NULL || nadded == KIND_ADDED_MAX || (int)k->id != kind_count() ||
        k->code == NULL || k->table == NULL || kind_taken(k))
        return -1;
    added[nadded++] = k;
    return 0;
}

const struct kind *kind_by_code(const char *code)
{
    int k;

    for (k = 0; code != NULL && k < kind_count(); k++)
        if (strcmp(kind_at(k)->code, code) == 0)
            return kind_at(k);
    return NULL;
}

const struct kind *kind_by_name(const char *word)
{
    int k;
    const char *const *w;

    if (word == NULL)
        return NULL;
    for (k = 0; k < kind_count(); k++) {
        const struct kind *kd = kind_at(k);
        if (strcasecmp(word, kd->code) == 0)
            return kd;
        for (w = kd->words; w != NULL && *w != NULL; w++)
            if (strcasecmp(word, *w) == 0)
                return kd;
    }
    return NULL;
}

int kind_field(const struct kind *k, const char *name)
{
    int i;

    for (i = 0; i < k->nfields; i++)
        if (strcmp(k->fields[i].name, name) == 0)
            return i;
    return -1;
}

const struct choice *choice_find(const struct choice *c, const char *code)
{
    if (c == NULL || code == NULL)
        return NULL;
    for (; c->code != NULL; c++)
        if (strcmp(c->code, code) == 0)
            return c;
    return NULL;
}

const struct choice *kind_status(const struct kind *k, const char *code)
{
    return choice_find(k->statuses, code);
}

int kind_status_is(const struct kind *k, const char *code, unsigned flags)
{
    const struct choice *c = kind_status(k, code);

    return c != NULL && (c->flags & flags) == flags;
}

int kind_status_any(const struct kind *k, const char *code, unsigned flags)
{
    const struct choice *c = kind_status(k, code);

    return c != NULL && (c->flags & flags) != 0;
}

/* Compare a user's word with a code: case-insensitive, '-' and ' ' as '_'. */
static int code_matches(const char *word, const char *code)
{
    for (; *word != '\0' && *code != '\0'; word++, code++) {
        char w = (*word == '-' || *word == ' ') ? '_' : (char)tolower((unsigned char)*word);
        if (w != *code)
            return 0;
    }
    return *word == '\0' && *code == '\0';
}

const struct choice *kind_status_parse(const struct kind *k, const char *word)
{
    const struct choice *c, *found = NULL;
    char *w;

    if (word == NULL)
        return NULL;
    w = conv_fold(word);
    for (c = k->statuses; c->code != NULL && found == NULL; c++) {
        char *label = conv_fold(_(c->label));
        if (code_matches(word, c->code) || strcmp(w, label) == 0)
            found = c;
        free(label);
    }
    free(w);
    return found;
}

/* The status filter's choice for the kinds with a decision log. */
static const struct choice pending = {
    .code = KIND_PENDING,
    /* L10N: a status filter: the record's latest decision has not been carried out */
    .label = N_("Decision pending"),
};

const struct choice *kind_filter_parse(const struct kind *k, const char *word)
{
    const struct choice *c = kind_status_parse(k, word);
    char *w, *label;

    if (c != NULL || word == NULL || !k->decisions)
        return c;
    w = conv_fold(word);
    label = conv_fold(_(pending.label));
    if (code_matches(word, pending.code) || strcmp(w, label) == 0)
        c = &pending;
    free(label);
    free(w);
    return c;
}

const char *kind_status_label(const struct kind *k, const char *code)
{
    const struct choice *c = kind_status(k, code);

    if (c == NULL && code != NULL && k->decisions && strcmp(code, KIND_PENDING) == 0)
        c = &pending;
    return c != NULL ? _(c->label) : (code != NULL ? code : "");
}

const char *kind_value_label(const struct field *f, const char *value)
{
    const struct choice *c;

    if (value == NULL)
        return "";
    c = choice_find(f->choices, value);
    return c != NULL ? _(c->label) : value;
}

char *kind_status_list(const struct kind *k)
{
    struct buf b = { 0 };
    const struct choice *c;

    for (c = k->statuses; c->code != NULL; c++)
        buf_printf(&b, "%s%s", b.len ? ", " : "", c->code);
    return buf_take(&b);
}
