#include "model/kind.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib/mem.h"
#include "lib/conv.h"
#include "i18n/i18n.h"

static const struct choice city_statuses[] = {
    { "active", N_("Active") },
    { "dormant", N_("Dormant") },
    { "under_review", N_("Under review") },
    { "reorienting", N_("Reorienting") },
    { "ended", N_("Ended") },
    { NULL, NULL },
};

static const struct transition city_moves[] = {
    { "active", "dormant" },        { "dormant", "active" },
    { "active", "under_review" },   { "dormant", "under_review" },
    { "under_review", "active" },   { "under_review", "reorienting" },
    { "under_review", "ended" },    { "reorienting", "ended" },
    { "ended", "under_review" },    { NULL, NULL },
};

static const struct choice agreement_statuses[] = {
    { "draft", N_("Draft") },
    { "in_force", N_("In force") },
    { "under_evaluation", N_("Under evaluation") },
    { "renewed", N_("Renewed") },
    { "expired", N_("Expired") },
    { "terminated", N_("Terminated") },
    { "not_concluded", N_("Not concluded") },
    { NULL, NULL },
};

static const struct transition agreement_moves[] = {
    { "draft", "in_force" },
    { "draft", "not_concluded" },
    { "in_force", "under_evaluation" },
    { "in_force", "expired" },
    { "in_force", "terminated" },
    { "under_evaluation", "renewed" },
    { "under_evaluation", "expired" },
    { "under_evaluation", "terminated" },
    { "under_evaluation", "in_force" },
    { NULL, NULL },
};

static const struct choice network_statuses[] = {
    { "candidate", N_("Candidate") },
    { "member", N_("Member") },
    { "under_evaluation", N_("Under evaluation") },
    { "left", N_("Left") },
    { NULL, NULL },
};

static const struct transition network_moves[] = {
    { "candidate", "member" },        { "candidate", "left" },
    { "member", "under_evaluation" }, { "member", "left" },
    { "under_evaluation", "member" }, { "under_evaluation", "left" },
    { "left", "candidate" },          { NULL, NULL },
};

static const struct choice initiative_statuses[] = {
    { "planned", N_("Planned") },
    { "in_progress", N_("In progress") },
    { "on_hold", N_("On hold") },
    { "done", N_("Done") },
    { "dropped", N_("Dropped") },
    { NULL, NULL },
};

static const struct transition initiative_moves[] = {
    { "planned", "in_progress" }, { "planned", "on_hold" },  { "planned", "dropped" },
    { "in_progress", "on_hold" }, { "in_progress", "done" }, { "in_progress", "dropped" },
    { "on_hold", "in_progress" }, { "on_hold", "dropped" },  { "done", "in_progress" },
    { NULL, NULL },
};

static const struct choice relations[] = {
    { "sister", N_("Sister city") },
    { "partner", N_("Partner city") },
    { NULL, NULL },
};

static const struct choice activities[] = {
    /* L10N: how active a partnership was in the last decade */
    { "active", N_("Active") },
    { "dormant", N_("Dormant") },
    { NULL, NULL },
};

static const struct choice agreement_types[] = {
    { "twinning", N_("Twinning charter") },
    { "mou", N_("Cooperation agreement (MoU)") },
    { "loi", N_("Letter of intent") },
    { NULL, NULL },
};

static const struct choice booleans[] = {
    { "1", N_("Yes") },
    { "0", N_("No") },
    { NULL, NULL },
};

#define TEXT(max) FT_TEXT, 0, 0, (max)
#define LONG(max) FT_LONG, 0, 0, (max)

/* name, label, type, flags, min, max, list width, list label, alt, not_before,
 * choices, ref */
static const struct field city_fields[] = {
    { "name_nl", N_("Name (Dutch)"), FT_TEXT, F_REQUIRED, 0, 200, 18, N_("Name"), 1, -1, NULL, 0 },
    { "name_en", N_("Name (English)"), TEXT(200), 0, NULL, -1, -1, NULL, 0 },
    { "name_native", N_("Native spelling"), TEXT(200), 0, NULL, -1, -1, NULL, 0 },
    { "country_nl", N_("Country (Dutch)"), TEXT(100), 14, N_("Country"), 4, -1, NULL, 0 },
    { "country_en", N_("Country (English)"), TEXT(100), 0, NULL, -1, -1, NULL, 0 },
    { "relation", N_("Relation"), FT_ENUM, F_REQUIRED, 0, 0, 12, NULL, -1, -1, relations, 0 },
    { "since", N_("Since"), FT_YEAR, 0, 1000, 9999, 5, NULL, -1, -1, NULL, 0 },
    { "activity", N_("Last decade"), FT_ENUM, 0, 0, 0, 0, NULL, -1, -1, activities, 0 },
    { "decision", N_("Decision (policy note, annex 3)"), LONG(4000), 0, NULL, -1, -1, NULL, 0 },
    { "notes", N_("Notes"), LONG(10000), 0, NULL, -1, -1, NULL, 0 },
};

static const struct field agreement_fields[] = {
    { "title", N_("Title"), FT_TEXT, F_REQUIRED, 0, 200, 34, NULL, -1, -1, NULL, 0 },
    { "city_id", N_("City"), FT_REF, F_REQUIRED, 0, 0, 13, NULL, -1, -1, NULL, KIND_CITY },
    { "type", N_("Type"), FT_ENUM, F_REQUIRED, 0, 0, 16, NULL, -1, -1, agreement_types, 0 },
    { "party", N_("Signed for Ghent by"), TEXT(200), 0, NULL, -1, -1, NULL, 0 },
    { "signed", N_("Signed"), FT_DATE, 0, 0, 0, 0, NULL, -1, -1, NULL, 0 },
    { "starts", N_("Starts"), FT_DATE, 0, 0, 0, 0, NULL, -1, 4, NULL, 0 },
    { "ends", N_("Ends"), FT_DATE, 0, 0, 0, 10, NULL, -1, 5, NULL, 0 },
    { "human_rights", N_("Human-rights clause"), FT_BOOL, 0, 0, 0, 0, NULL, -1, -1, booleans, 0 },
    { "fate", N_("Outcome"), LONG(4000), 0, NULL, -1, -1, NULL, 0 },
    { "notes", N_("Notes"), LONG(10000), 0, NULL, -1, -1, NULL, 0 },
};

static const struct field network_fields[] = {
    { "name", N_("Name"), FT_TEXT, F_REQUIRED, 0, 200, 40, NULL, -1, -1, NULL, 0 },
    { "scope", N_("Scope"), LONG(4000), 0, NULL, -1, -1, NULL, 0 },
    { "since", N_("Member since"), FT_YEAR, 0, 1000, 9999, 6, N_("Since"), -1, -1, NULL, 0 },
    { "until", N_("Member until"), FT_YEAR, 0, 1000, 9999, 6, N_("Until"), -1, 2, NULL, 0 },
    { "next_review", N_("Next evaluation"), FT_DATE, 0, 0, 0, 0, NULL, -1, -1, NULL, 0 },
    { "notes", N_("Notes"), LONG(10000), 0, NULL, -1, -1, NULL, 0 },
};

static const struct field initiative_fields[] = {
    /* L10N: column header for the initiative's number; keep it short */
    { "number", N_("Number"), FT_INT, F_REQUIRED, 1, 99999, 4, N_("No."), -1, -1, NULL, 0 },
    /* L10N: column header for the policy note's chapter; keep it short */
    { "chapter", N_("Chapter"), FT_INT, F_REQUIRED, 1, 99, 3, N_("Ch."), -1, -1, NULL, 0 },
    { "text_nl", N_("Text (policy note)"), FT_LONG, F_REQUIRED, 0, 4000, 44, N_("Initiative"), 3,
      -1, NULL, 0 },
    { "title_en", N_("Title (English)"), TEXT(200), 0, NULL, -1, -1, NULL, 0 },
    { "owner", N_("Owner"), TEXT(200), 12, NULL, -1, -1, NULL, 0 },
    { "notes", N_("Notes"), LONG(10000), 0, NULL, -1, -1, NULL, 0 },
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const struct kind kinds[KIND_COUNT] = {
    { KIND_CITY, "city", "city", N_("City"), N_("Cities"), city_fields, COUNT(city_fields),
      city_statuses, "active", city_moves, 0 },
    { KIND_AGREEMENT, "agreement", "agreement", N_("Agreement"), N_("Agreements"),
      agreement_fields, COUNT(agreement_fields), agreement_statuses, "draft", agreement_moves, 0 },
    { KIND_NETWORK, "network", "network", N_("Network"), N_("Networks"), network_fields,
      COUNT(network_fields), network_statuses, "member", network_moves, 0 },
    { KIND_INITIATIVE, "initiative", "initiative", N_("Initiative"), N_("Initiatives"),
      initiative_fields, COUNT(initiative_fields), initiative_statuses, "planned",
      initiative_moves, 2 },
};

const struct kind *kind_get(enum kind_id k)
{
    return (unsigned)k < KIND_COUNT ? &kinds[k] : NULL;
}

static const struct {
    const char *word;
    enum kind_id kind;
} kind_words[] = {
    { "city", KIND_CITY },           { "cities", KIND_CITY },
    { "stad", KIND_CITY },           { "steden", KIND_CITY },
    { "agreement", KIND_AGREEMENT }, { "agreements", KIND_AGREEMENT },
    { "mou", KIND_AGREEMENT },       { "mous", KIND_AGREEMENT },
    { "akkoord", KIND_AGREEMENT },   { "akkoorden", KIND_AGREEMENT },
    { "network", KIND_NETWORK },     { "networks", KIND_NETWORK },
    { "netwerk", KIND_NETWORK },     { "netwerken", KIND_NETWORK },
    { "initiative", KIND_INITIATIVE }, { "initiatives", KIND_INITIATIVE },
    { "initiatief", KIND_INITIATIVE }, { "initiatieven", KIND_INITIATIVE },
};

const struct kind *kind_by_name(const char *word)
{
    size_t i;

    if (word == NULL)
        return NULL;
    for (i = 0; i < sizeof kind_words / sizeof kind_words[0]; i++)
        if (strcasecmp(word, kind_words[i].word) == 0)
            return &kinds[kind_words[i].kind];
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

const char *kind_status_label(const struct kind *k, const char *code)
{
    const struct choice *c = kind_status(k, code);

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
