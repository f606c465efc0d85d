/* The four kinds as data: their statuses and moves, their fields by name
 * (model/kinds.h), the words that name them, what needs attention, and their
 * part of the portfolio.  A new kind is one more descriptor here. */
#include "model/kinds.h"

#include "i18n/i18n.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---- both languages ------------------------------------------------------ */

/* Where a record's English comes from (its en_source). */
static const struct choice en_sources[] = {
    { .code = "documents", .label = N_("The documents' own English (2025 English page)") },
    { .code = "translation", .label = N_("The service's translation") },
    { .code = "mixed", .label = N_("Partly the documents' own English, partly the service's "
                                   "translation") },
    { 0 },
};

/* An English twin of a descriptive field (the Dutch one names it in alt). */
#define TWIN_EN(nm, lab, ty, mx)                                                           \
    { .name = (nm), .label = (lab), .type = (ty), .max = (mx), .alt = NO_FIELD,             \
      .not_before = NO_FIELD }
/* Where the record's English comes from. */
#define EN_SOURCE                                                                           \
    { .name = "en_source", .label = N_("English text"), .type = FT_ENUM,                   \
      .flags = F_NO_TWIN, .alt = NO_FIELD, .not_before = NO_FIELD, .choices = en_sources }

/* ---- cities -------------------------------------------------------------- */

static const struct choice city_statuses[] = {
    { .code = "active", .label = N_("Active"), .flags = S_LIVE | S_HELD },
    { .code = "dormant", .label = N_("Dormant"), .flags = S_LIVE },
    { .code = "under_review", .label = N_("Under review"), .flags = S_LIVE },
    { .code = "reorienting", .label = N_("Reorienting"), .flags = S_LIVE },
    { .code = "ended", .label = N_("Ended") },
    { 0 },
};

static const struct transition city_moves[] = {
    { "active", "dormant" },        { "dormant", "active" },
    { "active", "under_review" },   { "dormant", "under_review" },
    { "under_review", "active" },   { "under_review", "reorienting" },
    { "under_review", "ended" },    { "reorienting", "ended" },
    { "ended", "under_review" },    { NULL, NULL },
};

static const struct choice relations[] = {
    { .code = "sister", .label = N_("Sister city") },
    { .code = "partner", .label = N_("Partner city") },
    { 0 },
};

static const struct choice activities[] = {
    /* L10N: how active a partnership was in the last decade */
    { .code = "active", .label = N_("Active") },
    { .code = "dormant", .label = N_("Dormant") },
    { 0 },
};

static const struct field city_fields[CITY_NFIELDS] = {
    [CITY_NAME_NL] = { .name = "name_nl", .label = N_("Name (Dutch)"), .type = FT_TEXT,
                       .flags = F_REQUIRED | F_SORT_KEY, .max = 200, .list_width = 18,
                       .list_label = N_("Name"), .alt = CITY_NAME_EN, .not_before = NO_FIELD },
    [CITY_NAME_EN] = { .name = "name_en", .label = N_("Name (English)"), .type = FT_TEXT,
                       .max = 200, .alt = NO_FIELD, .not_before = NO_FIELD },
    [CITY_NAME_NATIVE] = { .name = "name_native", .label = N_("Native spelling"),
                           .type = FT_TEXT, .flags = F_NO_TWIN, .max = 200, .alt = NO_FIELD,
                           .not_before = NO_FIELD },
    [CITY_COUNTRY_NL] = { .name = "country_nl", .label = N_("Country (Dutch)"), .type = FT_TEXT,
                          .flags = F_SORT_KEY, .max = 100, .list_width = 14, .list_label = N_("Country"),
                          .alt = CITY_COUNTRY_EN, .not_before = NO_FIELD },
    [CITY_COUNTRY_EN] = { .name = "country_en", .label = N_("Country (English)"),
                          .type = FT_TEXT, .max = 100, .alt = NO_FIELD,
                          .not_before = NO_FIELD },
    [CITY_RELATION] = { .name = "relation", .label = N_("Relation"), .type = FT_ENUM,
                        .flags = F_REQUIRED, .list_width = 12, .alt = NO_FIELD,
                        .not_before = NO_FIELD, .choices = relations },
    [CITY_SINCE] = { .name = "since", .label = N_("Since"), .type = FT_YEAR, .min = 1000,
                     .max = 9999, .list_width = 5, .alt = NO_FIELD, .not_before = NO_FIELD },
    [CITY_ACTIVITY] = { .name = "activity", .label = N_("Last decade"), .type = FT_ENUM,
                        .alt = NO_FIELD, .not_before = NO_FIELD, .choices = activities },
    [CITY_DECISION] = { .name = "decision", .label = N_("Decision (policy note, annex 3)"),
                        .type = FT_LONG, .max = 4000, .alt = CITY_DECISION_EN,
                        .not_before = NO_FIELD },
    [CITY_DECISION_EN] = TWIN_EN("decision_en", N_("Decision (English)"), FT_LONG, 4000),
    [CITY_NOTES] = { .name = "notes", .label = N_("Notes"), .type = FT_LONG, .max = 10000,
                     .alt = CITY_NOTES_EN, .not_before = NO_FIELD },
    [CITY_NOTES_EN] = TWIN_EN("notes_en", N_("Notes (English)"), FT_LONG, 10000),
    [CITY_EN_SOURCE] = EN_SOURCE,
};

static const struct choice city_groups[] = {
    { .code = "sister", .label = N_("Sister cities") },
    { .code = "partner", .label = N_("Partner cities") },
    { 0 },
};

static const struct part city_parts[] = {
    { .type = PART_SHARE,
      .text = NP_("%d of %zu partnerships is active.", "%d of %zu partnerships are active.") },
    { .type = PART_GROUPS, .field = CITY_RELATION, .groups = city_groups,
      .shown = { CITY_COUNTRY_NL, CITY_SINCE }, .note = CITY_DECISION,
      .note_label = N_("Decision") },
};

static const char *const city_words[] = { "cities", "stad", "steden", NULL };

/* ---- agreements ---------------------------------------------------------- */

static const struct choice agreement_statuses[] = {
    { .code = "draft", .label = N_("Draft") },
    { .code = "in_force", .label = N_("In force"), .flags = S_LIVE | S_HELD },
    { .code = "under_evaluation", .label = N_("Under evaluation"), .flags = S_LIVE },
    { .code = "renewed", .label = N_("Renewed"), .flags = S_LIVE | S_HELD },
    { .code = "expired", .label = N_("Expired") },
    { .code = "terminated", .label = N_("Terminated") },
    { .code = "not_concluded", .label = N_("Not concluded") },
    { 0 },
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

static const struct choice agreement_types[] = {
    { .code = "twinning", .label = N_("Twinning charter") },
    { .code = "mou", .label = N_("Cooperation agreement (MoU)") },
    { .code = "loi", .label = N_("Letter of intent") },
    { 0 },
};

static const struct choice booleans[] = {
    { .code = "1", .label = N_("Yes") },
    { .code = "0", .label = N_("No") },
    { 0 },
};

static const struct field agreement_fields[AGREEMENT_NFIELDS] = {
    [AGREEMENT_TITLE] = { .name = "title", .label = N_("Title"), .type = FT_TEXT,
                          .flags = F_REQUIRED | F_SORT_KEY, .max = 200, .list_width = 34,
                          .alt = AGREEMENT_TITLE_EN, .not_before = NO_FIELD },
    [AGREEMENT_TITLE_EN] = TWIN_EN("title_en", N_("Title (English)"), FT_TEXT, 200),
    [AGREEMENT_CITY_ID] = { .name = "city_id", .label = N_("City"), .type = FT_REF,
                            .flags = F_REQUIRED, .list_width = 13, .alt = NO_FIELD,
                            .not_before = NO_FIELD, .ref = KIND_CITY },
    [AGREEMENT_TYPE] = { .name = "type", .label = N_("Type"), .type = FT_ENUM,
                         .flags = F_REQUIRED, .list_width = 16, .alt = NO_FIELD,
                         .not_before = NO_FIELD, .choices = agreement_types },
    [AGREEMENT_PARTY] = { .name = "party", .label = N_("Signed for Ghent by"), .type = FT_TEXT,
                          .max = 200, .alt = AGREEMENT_PARTY_EN, .not_before = NO_FIELD },
    [AGREEMENT_PARTY_EN] = TWIN_EN("party_en", N_("Signed for Ghent by (English)"), FT_TEXT,
                                   200),
    [AGREEMENT_SIGNED] = { .name = "signed", .label = N_("Signed"), .type = FT_DATE,
                           .alt = NO_FIELD, .not_before = NO_FIELD },
    [AGREEMENT_STARTS] = { .name = "starts", .label = N_("Starts"), .type = FT_DATE,
                           .alt = NO_FIELD, .not_before = AGREEMENT_SIGNED },
    [AGREEMENT_ENDS] = {
        .name = "ends", .label = N_("Ends"), .type = FT_DATE, .flags = F_DUE,
        .list_width = 10, .alt = NO_FIELD, .not_before = AGREEMENT_STARTS,
        .overdue = N_("Its end date (%s) has passed, but it is still %s.\n"),
        .due = NP_("Due for evaluation: it ends on %s, within %d month.\n",
                   "Due for evaluation: it ends on %s, within %d months.\n") },
    [AGREEMENT_HUMAN_RIGHTS] = {
        .name = "human_rights", .label = N_("Human-rights clause"), .type = FT_BOOL,
        .flags = F_WANTED, .alt = NO_FIELD, .not_before = NO_FIELD, .choices = booleans,
        .lacking = N_("It has no human-rights clause, which the policy note asks of "
                      "agreements.\n") },
    [AGREEMENT_FATE] = { .name = "fate", .label = N_("Outcome"), .type = FT_LONG, .max = 4000,
                         .alt = AGREEMENT_FATE_EN, .not_before = NO_FIELD },
    [AGREEMENT_FATE_EN] = TWIN_EN("fate_en", N_("Outcome (English)"), FT_LONG, 4000),
    [AGREEMENT_NOTES] = { .name = "notes", .label = N_("Notes"), .type = FT_LONG,
                          .max = 10000, .alt = AGREEMENT_NOTES_EN, .not_before = NO_FIELD },
    [AGREEMENT_NOTES_EN] = TWIN_EN("notes_en", N_("Notes (English)"), FT_LONG, 10000),
    [AGREEMENT_EN_SOURCE] = EN_SOURCE,
};

static const struct part agreement_parts[] = {
    { .type = PART_TABLE, .flags = PART_HELD_ONLY, .heading = N_("In force"),
      .cols = { { AGREEMENT_TITLE, 0 }, { AGREEMENT_CITY_ID, 16 }, { AGREEMENT_ENDS, 0 } },
      .ncols = 3 },
    { .type = PART_ATTENTION,
      .text = NP_("Ending or due for evaluation in the next %d month",
                  "Ending or due for evaluation in the next %d months") },
};

static const char *const agreement_words[] = { "agreements", "mou", "mous", "akkoord",
                                               "akkoorden", NULL };

/* ---- networks ------------------------------------------------------------ */

static const struct choice network_statuses[] = {
    { .code = "candidate", .label = N_("Candidate"), .flags = S_LIVE },
    { .code = "member", .label = N_("Member"), .flags = S_LIVE | S_HELD },
    { .code = "under_evaluation", .label = N_("Under evaluation"), .flags = S_LIVE },
    { .code = "left", .label = N_("Left") },
    { 0 },
};

static const struct transition network_moves[] = {
    { "candidate", "member" },        { "candidate", "left" },
    { "member", "under_evaluation" }, { "member", "left" },
    { "under_evaluation", "member" }, { "under_evaluation", "left" },
    { "left", "candidate" },          { NULL, NULL },
};

static const struct field network_fields[NETWORK_NFIELDS] = {
    [NETWORK_NAME] = { .name = "name", .label = N_("Name"), .type = FT_TEXT,
                       .flags = F_REQUIRED | F_SORT_KEY, .max = 200, .list_width = 40,
                       .alt = NETWORK_NAME_EN, .not_before = NO_FIELD },
    [NETWORK_NAME_EN] = TWIN_EN("name_en", N_("Name (English)"), FT_TEXT, 200),
    [NETWORK_SCOPE] = { .name = "scope", .label = N_("Scope"), .type = FT_LONG, .max = 4000,
                        .alt = NETWORK_SCOPE_EN, .not_before = NO_FIELD },
    [NETWORK_SCOPE_EN] = TWIN_EN("scope_en", N_("Scope (English)"), FT_LONG, 4000),
    [NETWORK_SINCE] = { .name = "since", .label = N_("Member since"), .type = FT_YEAR,
                        .min = 1000, .max = 9999, .list_width = 6, .list_label = N_("Since"),
                        .alt = NO_FIELD, .not_before = NO_FIELD },
    [NETWORK_UNTIL] = { .name = "until", .label = N_("Member until"), .type = FT_YEAR,
                        .min = 1000, .max = 9999, .list_width = 6, .list_label = N_("Until"),
                        .alt = NO_FIELD, .not_before = NETWORK_SINCE },
    [NETWORK_NEXT_REVIEW] = {
        .name = "next_review", .label = N_("Next evaluation"), .type = FT_DATE,
        .flags = F_DUE, .alt = NO_FIELD, .not_before = NO_FIELD,
        .overdue = N_("The membership evaluation is overdue (due %s).\n"),
        .due = { N_("The membership evaluation is due on %s.\n"), NULL } },
    [NETWORK_NOTES] = { .name = "notes", .label = N_("Notes"), .type = FT_LONG, .max = 10000,
                        .alt = NETWORK_NOTES_EN, .not_before = NO_FIELD },
    [NETWORK_NOTES_EN] = TWIN_EN("notes_en", N_("Notes (English)"), FT_LONG, 10000),
    [NETWORK_EN_SOURCE] = EN_SOURCE,
};

static const struct part network_parts[] = {
    { .type = PART_COUNT, .flags = PART_HELD_ONLY, .meta = "networks_stated_total",
      .meta_text = "networks_stated_text",
      .text = NP_("Ghent is a member of %zu network recorded here.",
                  "Ghent is a member of %zu networks recorded here."),
      .stated = NP_("Ghent is a member of %zu network recorded here (the policy note speaks "
                    "of about %s).",
                    "Ghent is a member of %zu networks recorded here (the policy note speaks "
                    "of about %s).") },
    { .type = PART_EXTRAS, .flags = PART_HELD_ONLY, .heading = N_("Ghent's current roles") },
    { .type = PART_BULLETS, .flags = PART_HELD_ONLY, .heading = N_("Memberships"),
      .shown = { NETWORK_SINCE, NO_FIELD } },
};

static const char *const network_words[] = { "networks", "netwerk", "netwerken", NULL };

/* ---- initiatives --------------------------------------------------------- */

static const struct choice initiative_statuses[] = {
    { .code = "planned", .label = N_("Planned"), .flags = S_LIVE },
    { .code = "in_progress", .label = N_("In progress"), .flags = S_LIVE },
    { .code = "on_hold", .label = N_("On hold"), .flags = S_LIVE },
    { .code = "done", .label = N_("Done") },
    { .code = "dropped", .label = N_("Dropped") },
    { 0 },
};

static const struct transition initiative_moves[] = {
    { "planned", "in_progress" }, { "planned", "on_hold" },  { "planned", "dropped" },
    { "in_progress", "on_hold" }, { "in_progress", "done" }, { "in_progress", "dropped" },
    { "on_hold", "in_progress" }, { "on_hold", "dropped" },  { "done", "in_progress" },
    { NULL, NULL },
};

static const struct field initiative_fields[INITIATIVE_NFIELDS] = {
    /* L10N: column header for the initiative's number; keep it short */
    [INITIATIVE_NUMBER] = { .name = "number", .label = N_("Number"), .type = FT_INT,
                            .flags = F_REQUIRED, .min = 1, .max = 99999, .list_width = 4,
                            .list_label = N_("No."), .alt = NO_FIELD,
                            .not_before = NO_FIELD },
    /* L10N: column header for the policy note's chapter; keep it short */
    [INITIATIVE_CHAPTER] = { .name = "chapter", .label = N_("Chapter"), .type = FT_INT,
                             .flags = F_REQUIRED, .min = 1, .max = 99, .list_width = 3,
                             .list_label = N_("Ch."), .alt = NO_FIELD,
                             .not_before = NO_FIELD },
    [INITIATIVE_TEXT_NL] = { .name = "text_nl", .label = N_("Text (policy note)"),
                             .type = FT_LONG, .flags = F_REQUIRED | F_SORT_KEY, .max = 4000,
                             .list_width = 44, .list_label = N_("Initiative"),
                             .alt = INITIATIVE_TITLE_EN, .not_before = NO_FIELD },
    [INITIATIVE_TITLE_EN] = TWIN_EN("title_en", N_("Title (English)"), FT_TEXT, 200),
    [INITIATIVE_OWNER] = { .name = "owner", .label = N_("Owner"), .type = FT_TEXT, .max = 200,
                           .list_width = 12, .alt = INITIATIVE_OWNER_EN,
                           .not_before = NO_FIELD },
    [INITIATIVE_OWNER_EN] = TWIN_EN("owner_en", N_("Owner (English)"), FT_TEXT, 200),
    [INITIATIVE_NOTES] = { .name = "notes", .label = N_("Notes"), .type = FT_LONG,
                           .max = 10000, .alt = INITIATIVE_NOTES_EN, .not_before = NO_FIELD },
    [INITIATIVE_NOTES_EN] = TWIN_EN("notes_en", N_("Notes (English)"), FT_LONG, 10000),
    [INITIATIVE_EN_SOURCE] = EN_SOURCE,
};

static const struct part initiative_parts[] = {
    { .type = PART_STATUSES, .text = NP_("%zu initiative: %s.", "%zu initiatives: %s.") },
    { .type = PART_CHAPTERS, .field = INITIATIVE_CHAPTER, .number = INITIATIVE_NUMBER },
    { .type = PART_PRIORITIES, .heading = N_("By top priority") },
};

static const char *const initiative_words[] = { "initiatives", "initiatief", "initiatieven",
                                                NULL };

/* ---- the table ----------------------------------------------------------- */

static const struct kind kinds[KIND_COUNT] = {
    [KIND_CITY] = {
        .id = KIND_CITY, .code = "city", .table = "city", .label = N_("City"),
        .plural = N_("Cities"),
        .count = NP_("%s city", "%s cities"), .words = city_words, .fields = city_fields,
        .nfields = COUNT(city_fields), .statuses = city_statuses, .initial = "active",
        .moves = city_moves, .title = CITY_NAME_NL, .alias = CITY_NAME_NATIVE,
        .portfolio = N_("Partnerships"), .parts = city_parts, .nparts = COUNT(city_parts) },
    [KIND_AGREEMENT] = {
        .id = KIND_AGREEMENT, .code = "agreement", .table = "agreement",
        .label = N_("Agreement"), .plural = N_("Agreements"),
        .count = NP_("%s agreement", "%s agreements"), .words = agreement_words,
        .fields = agreement_fields, .nfields = COUNT(agreement_fields),
        .statuses = agreement_statuses, .initial = "draft", .moves = agreement_moves,
        .title = AGREEMENT_TITLE, .alias = NO_FIELD, .portfolio = N_("Agreements"),
        .parts = agreement_parts, .nparts = COUNT(agreement_parts) },
    [KIND_NETWORK] = {
        .id = KIND_NETWORK, .code = "network", .table = "network", .label = N_("Network"),
        .plural = N_("Networks"),
        .count = NP_("%s network", "%s networks"), .words = network_words, .fields = network_fields,
        .nfields = COUNT(network_fields), .statuses = network_statuses, .initial = "member",
        .moves = network_moves, .title = NETWORK_NAME, .alias = NO_FIELD,
        .extras = EXTRA_BIT(EXTRA_ROLE), .extra_heading = N_("Ghent's roles"),
        .portfolio = N_("Networks"),
        .parts = network_parts, .nparts = COUNT(network_parts) },
    [KIND_INITIATIVE] = {
        .id = KIND_INITIATIVE, .code = "initiative", .table = "initiative",
        .label = N_("Initiative"), .plural = N_("Initiatives"),
        .count = NP_("%s initiative", "%s initiatives"), .words = initiative_words,
        .fields = initiative_fields, .nfields = COUNT(initiative_fields),
        .statuses = initiative_statuses, .initial = "planned", .moves = initiative_moves,
        .title = INITIATIVE_TEXT_NL, .alias = NO_FIELD,
        .extras = EXTRA_BIT(EXTRA_CHAPTER) | EXTRA_BIT(EXTRA_PRIORITY),
        .extra_heading = N_("Chapter and top priorities"),
        .portfolio = N_("Initiatives of the policy note"), .parts = initiative_parts,
        .nparts = COUNT(initiative_parts) },
};

const struct kind *kinds_table(void)
{
    return kinds;
}
