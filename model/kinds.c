/* The kinds as data: their statuses and moves, their fields by name
 * (model/kinds.h), the words that name them, what needs attention, and their
 * part of the portfolio.  A new kind is one more descriptor here (or in
 * model/kinds_work.c, the working register). */
#include "model/kinds.h"

#include "i18n/i18n.h"

#include "model/kinds_common.h"

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

static const struct choice provenances[] = {
    { .code = "document", .label = N_("the source documents") },
    /* L10N: where a value comes from: not from the city's documents */
    { .code = "public", .label = N_("public knowledge (not in the documents)") },
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
    [CITY_NATIVE_FROM] = { .name = "native_from", .label = N_("Native spelling taken from"),
                           .type = FT_ENUM, .alt = NO_FIELD, .not_before = NO_FIELD,
                           .choices = provenances },
    [CITY_SOURCE] = { .name = "source", .label = N_("Source"), .type = FT_LONG, .max = 2000,
                         .flags = F_NO_TWIN, .alt = NO_FIELD, .not_before = NO_FIELD },
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
      .shown = { CITY_COUNTRY_NL, CITY_SINCE }, .note = NO_FIELD },
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

/* In the calendar: the end of an agreement's term (when it is evaluated). */
static const struct agenda_spec agreement_ends_agenda = {
    .what = N_("Term ends, evaluation due"), .until = NO_FIELD, .remind = 1, .statuses = S_LIVE,
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
                   "Due for evaluation: it ends on %s, within %d months.\n"),
        .agenda = &agreement_ends_agenda },
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
    [AGREEMENT_SOURCE] = { .name = "source", .label = N_("Source"), .type = FT_LONG, .max = 2000,
                         .flags = F_NO_TWIN, .alt = NO_FIELD, .not_before = NO_FIELD },
    [AGREEMENT_EN_SOURCE] = EN_SOURCE,
};

static const struct part agreement_parts[] = {
    { .type = PART_TABLE, .flags = PART_HELD_ONLY, .heading = N_("In force"),
      .cols = { { AGREEMENT_TITLE, 0 }, { AGREEMENT_CITY_ID, 16 }, { AGREEMENT_ENDS, 0 } },
      .ncols = 3 },
    { .type = PART_ATTENTION,
      .text = NP_("Ending, due for evaluation (next %d month) or with a decision pending",
                  "Ending, due for evaluation (next %d months) or with a decision pending") },
    { .type = PART_LACKING, .flags = PART_HELD_ONLY, .field = AGREEMENT_HUMAN_RIGHTS,
      .heading = N_("In force without a known human-rights clause") },
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

static const struct agenda_spec network_review_agenda = {
    .what = N_("Membership evaluation due"), .until = NO_FIELD, .remind = 1, .statuses = S_LIVE,
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
        .due = { N_("The membership evaluation is due on %s.\n"), NULL },
        .agenda = &network_review_agenda },
    [NETWORK_NOTES] = { .name = "notes", .label = N_("Notes"), .type = FT_LONG, .max = 10000,
                        .alt = NETWORK_NOTES_EN, .not_before = NO_FIELD },
    [NETWORK_NOTES_EN] = TWIN_EN("notes_en", N_("Notes (English)"), FT_LONG, 10000),
    [NETWORK_SOURCE] = { .name = "source", .label = N_("Source"), .type = FT_LONG, .max = 2000,
                         .flags = F_NO_TWIN, .alt = NO_FIELD, .not_before = NO_FIELD },
    [NETWORK_EN_SOURCE] = EN_SOURCE,
};

static const struct part network_parts[] = {
    { .type = PART_COUNT, .flags = PART_HELD_ONLY | PART_RUNNING, .field = NETWORK_UNTIL,
      .meta = "networks_stated_total", .meta_text = "networks_stated_text",
      .text = NP_("Ghent is a member of %zu network recorded here.",
                  "Ghent is a member of %zu networks recorded here."),
      .stated = NP_("Ghent is a member of %zu network recorded here (the policy note speaks "
                    "of about %s).",
                    "Ghent is a member of %zu networks recorded here (the policy note speaks "
                    "of about %s).") },
    { .type = PART_EXTRAS, .flags = PART_HELD_ONLY | PART_RUNNING, .field = NETWORK_UNTIL,
      .heading = N_("Ghent's current roles") },
    { .type = PART_BULLETS, .flags = PART_HELD_ONLY | PART_RUNNING, .field = NETWORK_UNTIL,
      .heading = N_("Memberships"), .shown = { NETWORK_SINCE, NO_FIELD } },
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
    [INITIATIVE_SOURCE] = { .name = "source", .label = N_("Source"), .type = FT_LONG, .max = 2000,
                         .flags = F_NO_TWIN, .alt = NO_FIELD, .not_before = NO_FIELD },
    [INITIATIVE_EN_SOURCE] = EN_SOURCE,
};

static const struct part initiative_parts[] = {
    { .type = PART_STATUSES, .text = NP_("%zu initiative: %s.", "%zu initiatives: %s.") },
    { .type = PART_CHAPTERS, .field = INITIATIVE_CHAPTER, .number = INITIATIVE_NUMBER },
    { .type = PART_PRIORITIES, .heading = N_("By top priority") },
};

static const char *const initiative_words[] = { "initiatives", "initiatief", "initiatieven",
                                                NULL };

/* ---- statements, pledges and campaigns ---------------------------------- */

static const struct choice statement_statuses[] = {
    /* L10N: a statement Ghent announced it would sign or join */
    { .code = "announced", .label = N_("Announced"), .flags = S_LIVE },
    { .code = "joined", .label = N_("Signed or joined"), .flags = S_LIVE | S_HELD },
    { 0 },
};

static const struct transition statement_moves[] = {
    { "announced", "joined" }, { NULL, NULL },
};

static const struct choice statement_types[] = {
    { .code = "statement", .label = N_("Statement") },
    { .code = "pledge", .label = N_("Pledge") },
    { .code = "campaign", .label = N_("Campaign") },
    { .code = "charter", .label = N_("Charter") },
    { 0 },
};

static const struct field statement_fields[STATEMENT_NFIELDS] = {
    [STATEMENT_TITLE_NL] = { .name = "title_nl", .label = N_("Title (Dutch)"), .type = FT_TEXT,
                             .flags = F_REQUIRED | F_SORT_KEY, .max = 200, .list_width = 36,
                             .list_label = N_("Title"), .alt = STATEMENT_TITLE_EN,
                             .not_before = NO_FIELD },
    [STATEMENT_TITLE_EN] = { .name = "title_en", .label = N_("Title (English)"),
                             .type = FT_TEXT, .max = 200, .alt = NO_FIELD,
                             .not_before = NO_FIELD },
    [STATEMENT_TYPE] = { .name = "type", .label = N_("Type"), .type = FT_ENUM,
                         .flags = F_REQUIRED, .list_width = 10, .alt = NO_FIELD,
                         .not_before = NO_FIELD, .choices = statement_types },
    [STATEMENT_ORGANISER] = { .name = "organiser", .label = N_("Body or organiser"),
                              .type = FT_TEXT, .max = 200, .list_width = 12,
                              .alt = STATEMENT_ORGANISER_EN, .not_before = NO_FIELD },
    [STATEMENT_ORGANISER_EN] = TWIN_EN("organiser_en", N_("Body or organiser (English)"),
                                       FT_TEXT, 200),
    [STATEMENT_SIGNED] = { .name = "signed", .label = N_("Signed or joined on"),
                           .type = FT_DATE, .list_width = 10, .list_label = N_("Signed"),
                           .alt = NO_FIELD, .not_before = NO_FIELD },
    [STATEMENT_FROM] = { .name = "from_year", .label = N_("Period from"), .type = FT_YEAR,
                         .min = 1000, .max = 9999, .alt = NO_FIELD, .not_before = NO_FIELD },
    [STATEMENT_UNTIL] = { .name = "to_year", .label = N_("Period until"), .type = FT_YEAR,
                          .min = 1000, .max = 9999, .alt = NO_FIELD,
                          .not_before = STATEMENT_FROM },
    [STATEMENT_PART_NL] = { .name = "part_nl", .label = N_("Ghent's part (Dutch)"),
                            .type = FT_LONG, .max = 4000, .alt = STATEMENT_PART_EN,
                            .not_before = NO_FIELD },
    [STATEMENT_PART_EN] = { .name = "part_en", .label = N_("Ghent's part (English)"),
                            .type = FT_LONG, .max = 4000, .alt = NO_FIELD,
                            .not_before = NO_FIELD },
    [STATEMENT_NOTES_NL] = { .name = "notes_nl", .label = N_("Notes (Dutch)"), .type = FT_LONG,
                             .max = 10000, .alt = STATEMENT_NOTES_EN, .not_before = NO_FIELD },
    [STATEMENT_NOTES_EN] = { .name = "notes_en", .label = N_("Notes (English)"),
                             .type = FT_LONG, .max = 10000, .alt = NO_FIELD,
                             .not_before = NO_FIELD },
    [STATEMENT_SOURCE] = { .name = "source", .label = N_("Source"), .type = FT_LONG,
                           .max = 2000, .flags = F_NO_TWIN, .alt = NO_FIELD,
                           .not_before = NO_FIELD },
    [STATEMENT_EN_SOURCE] = EN_SOURCE,
};

static const struct part statement_parts[] = {
    { .type = PART_COUNT, .flags = PART_HELD_ONLY,
      .text = NP_("Ghent signed or joined %zu statement, pledge or campaign recorded here.",
                  "Ghent signed or joined %zu statements, pledges and campaigns recorded "
                  "here.") },
    { .type = PART_BULLETS, .flags = PART_HELD_ONLY, .heading = N_("Signed or joined"),
      .shown = { STATEMENT_TYPE, NO_FIELD } },
    { .type = PART_STATUSES,
      .text = NP_("%zu statement, pledge or campaign: %s.",
                  "%zu statements, pledges and campaigns: %s.") },
};

static const char *const statement_words[] = { "statements", "statement", "pledge", "campaign",
                                               "verklaring", "verklaringen", "campagne",
                                               NULL };

/* ---- assessments (policy note §4.8) ------------------------------------ */

static const struct choice assessment_statuses[] = {
    { .code = "recorded", .label = N_("Recorded"), .flags = S_LIVE },
    { 0 },
};

static const struct transition assessment_moves[] = { { NULL, NULL } };

static const struct choice importances[] = {
    /* L10N: a partnership's importance, as the service rated it */
    { .code = "high", .label = N_("High") },
    { .code = "medium", .label = N_("Medium") },
    { .code = "low", .label = N_("Low") },
    { 0 },
};

static const struct choice regions[] = {
    { .code = "inside", .label = N_("Inside Europe") },
    /* L10N: outside Europe the geopolitical criterion weighs more (§4.8) */
    { .code = "outside", .label = N_("Outside Europe") },
    { 0 },
};

static const struct choice ratings[] = {
    /* L10N: how a partnership fares on a criterion of the assessment */
    { .code = "favourable", .label = N_("Favourable") },
    { .code = "mixed", .label = N_("Mixed") },
    { .code = "unfavourable", .label = N_("Unfavourable") },
    { 0 },
};

/* A criterion: its rating (choices c, list width w) and its note in Dutch
 * and English. */
#define CRITERION(id, nm, lab, nl, en, c, w)                                                   \
    [id] = { .name = nm, .label = lab, .type = FT_ENUM, .list_width = (w), .alt = NO_FIELD,    \
             .not_before = NO_FIELD, .choices = (c) },                                         \
    [id##_NL] = { .name = nm "_nl", .label = nl, .type = FT_LONG, .max = 4000,                 \
                  .alt = id##_EN, .not_before = NO_FIELD },                                    \
    [id##_EN] = { .name = nm "_en", .label = en, .type = FT_LONG, .max = 4000,                 \
                  .alt = NO_FIELD, .not_before = NO_FIELD }

static const struct agenda_spec assessment_next_agenda = {
    .what = N_("Next evaluation of the partnership due"), .until = NO_FIELD, .remind = 1,
    .statuses = S_LIVE,
};

static const struct field assessment_fields[ASSESSMENT_NFIELDS] = {
    [ASSESSMENT_CITY_ID] = { .name = "city_id", .label = N_("Partnership"), .type = FT_REF,
                             .flags = F_REQUIRED, .list_width = 14, .alt = NO_FIELD,
                             .not_before = NO_FIELD, .ref = KIND_CITY },
    [ASSESSMENT_DATE] = { .name = "assessed", .label = N_("Assessed on"), .type = FT_DATE,
                          .flags = F_REQUIRED, .list_width = 10,
                          .list_label = N_("Assessed"), .alt = NO_FIELD,
                          .not_before = NO_FIELD },
    [ASSESSMENT_BY] = { .name = "assessed_by", .label = N_("Assessed by"), .type = FT_TEXT,
                        .max = 200, .alt = ASSESSMENT_BY_EN, .not_before = NO_FIELD },
    [ASSESSMENT_BY_EN] = TWIN_EN("assessed_by_en", N_("Assessed by (English)"), FT_TEXT, 200),
    CRITERION(ASSESSMENT_IMPORTANCE, "importance", N_("Importance"),
              N_("Importance: note (Dutch)"), N_("Importance: note (English)"), importances, 10),
    CRITERION(ASSESSMENT_ACTIVITY, "activity", N_("Activity"),
              N_("Activity: note (Dutch)"), N_("Activity: note (English)"), activities, 10),
    CRITERION(ASSESSMENT_EUROPE, "europe", N_("Inside or outside Europe"),
              N_("Europe: note (Dutch)"), N_("Europe: note (English)"), regions, 0),
    CRITERION(ASSESSMENT_TENSION, "tension",
              N_("Security, (geo)political instability, human-rights policy"),
              N_("Security and human rights: note (Dutch)"),
              N_("Security and human rights: note (English)"), ratings, 0),
    CRITERION(ASSESSMENT_CULTURE, "culture", N_("Intercultural context"),
              N_("Intercultural context: note (Dutch)"),
              N_("Intercultural context: note (English)"), ratings, 0),
    CRITERION(ASSESSMENT_PROTOCOL, "protocol", N_("Minimal protocol"),
              N_("Protocol: note (Dutch)"), N_("Protocol: note (English)"), ratings, 0),
    CRITERION(ASSESSMENT_TERMS, "terms",
              N_("Specific, measurable agreement with a human-rights clause"),
              N_("Agreement: note (Dutch)"), N_("Agreement: note (English)"), ratings, 0),
    [ASSESSMENT_CONCLUSION_NL] = { .name = "conclusion_nl", .label = N_("Conclusion (Dutch)"),
                                   .type = FT_LONG, .max = 4000,
                                   .alt = ASSESSMENT_CONCLUSION_EN, .not_before = NO_FIELD },
    [ASSESSMENT_CONCLUSION_EN] = { .name = "conclusion_en",
                                   .label = N_("Conclusion (English)"), .type = FT_LONG,
                                   .max = 4000, .alt = NO_FIELD, .not_before = NO_FIELD },
    [ASSESSMENT_NEXT] = {
        .name = "next_review", .label = N_("Next evaluation"), .type = FT_DATE, .flags = F_DUE,
        .list_width = 10, .list_label = N_("Next"), .alt = NO_FIELD,
        .not_before = ASSESSMENT_DATE,
        .overdue = N_("The next evaluation of the partnership (due %s) is overdue; the "
                      "assessment is %s.\n"),
        .due = NP_("The next evaluation of the partnership is due on %s, within %d month.\n",
                   "The next evaluation of the partnership is due on %s, within %d "
                   "months.\n"),
        .agenda = &assessment_next_agenda },
    [ASSESSMENT_SOURCE] = { .name = "source", .label = N_("Source"), .type = FT_LONG,
                            .max = 2000, .flags = F_NO_TWIN, .alt = NO_FIELD,
                            .not_before = NO_FIELD },
    [ASSESSMENT_EN_SOURCE] = EN_SOURCE,
};

#undef CRITERION

static const struct part assessment_parts[] = {
    { .type = PART_GRID, .heading = N_("Partnerships by importance and activity"),
      .field = ASSESSMENT_CITY_ID, .number = ASSESSMENT_DATE,
      .cols = { { ASSESSMENT_IMPORTANCE, 0 }, { ASSESSMENT_ACTIVITY, 0 } }, .ncols = 2 },
    { .type = PART_ATTENTION,
      .text = NP_("Evaluations due in the next %d month", "Evaluations due in the next %d months") },
};

static const char *const assessment_words[] = { "assessments", "assessment", "beoordeling",
                                                "beoordelingen", "evaluatie", NULL };

/* ---- the table ----------------------------------------------------------- */

static const struct kind kinds[] = {
    [KIND_CITY] = {
        .id = KIND_CITY, .code = "city", .table = "city", .label = N_("City"),
        .contacts = 1,
        .plural = N_("Cities"),
        /* L10N: a pane's short name in a narrow pane bar: at most 6 cells */
        .tab = N_("Cit."),
        .count = NP_("%s city", "%s cities"), .words = city_words, .fields = city_fields,
        .nfields = COUNT(city_fields), .statuses = city_statuses, .initial = "active",
        .moves = city_moves, .title = CITY_NAME_NL, .alias = CITY_NAME_NATIVE, .decisions = 1,
        .portfolio = N_("Partnerships"), .parts = city_parts, .nparts = COUNT(city_parts) },
    [KIND_AGREEMENT] = {
        .id = KIND_AGREEMENT, .code = "agreement", .table = "agreement",
        .label = N_("Agreement"), .plural = N_("Agreements"),
        .tab = N_("Agr."),
        .count = NP_("%s agreement", "%s agreements"), .words = agreement_words,
        .fields = agreement_fields, .nfields = COUNT(agreement_fields),
        .statuses = agreement_statuses, .initial = "draft", .moves = agreement_moves,
        .title = AGREEMENT_TITLE, .alias = NO_FIELD, .decisions = 1,
        .portfolio = N_("Agreements"),
        .parts = agreement_parts, .nparts = COUNT(agreement_parts) },
    [KIND_NETWORK] = {
        .id = KIND_NETWORK, .code = "network", .table = "network", .label = N_("Network"),
        .contacts = 1,
        .plural = N_("Networks"),
        .tab = N_("Net."),
        .count = NP_("%s network", "%s networks"), .words = network_words, .fields = network_fields,
        .nfields = COUNT(network_fields), .statuses = network_statuses, .initial = "member",
        .moves = network_moves, .title = NETWORK_NAME, .alias = NO_FIELD,
        .extras = EXTRA_BIT(EXTRA_ROLE), .extra_heading = N_("Ghent's roles"),
        .portfolio = N_("Networks"),
        .parts = network_parts, .nparts = COUNT(network_parts) },
    [KIND_INITIATIVE] = {
        .id = KIND_INITIATIVE, .code = "initiative", .table = "initiative",
        .label = N_("Initiative"), .plural = N_("Initiatives"),
        .tab = N_("Init."),
        .count = NP_("%s initiative", "%s initiatives"), .words = initiative_words,
        .fields = initiative_fields, .nfields = COUNT(initiative_fields),
        .statuses = initiative_statuses, .initial = "planned", .moves = initiative_moves,
        .title = INITIATIVE_TEXT_NL, .alias = NO_FIELD,
        .extras = EXTRA_BIT(EXTRA_CHAPTER) | EXTRA_BIT(EXTRA_PRIORITY),
        .extra_heading = N_("Chapter and top priorities"),
        .portfolio = N_("Initiatives of the policy note"), .parts = initiative_parts,
        .nparts = COUNT(initiative_parts) },
    [KIND_STATEMENT] = {
        .id = KIND_STATEMENT, .code = "statement", .table = "statement",
        .label = N_("Statement"), .plural = N_("Statements"),
        .tab = N_("Stat."),
        .count = NP_("%s statement", "%s statements"), .words = statement_words,
        .fields = statement_fields, .nfields = COUNT(statement_fields),
        .statuses = statement_statuses, .initial = "joined", .moves = statement_moves,
        .title = STATEMENT_TITLE_NL, .alias = NO_FIELD,
        .portfolio = N_("Statements, pledges and campaigns"), .parts = statement_parts,
        .nparts = COUNT(statement_parts) },
    [KIND_ASSESSMENT] = {
        .id = KIND_ASSESSMENT, .code = "assessment", .table = "assessment",
        .label = N_("Assessment"), .plural = N_("Assessments"),
        .tab = N_("Asst."),
        .count = NP_("%s assessment", "%s assessments"), .words = assessment_words,
        .fields = assessment_fields, .nfields = COUNT(assessment_fields),
        .statuses = assessment_statuses, .initial = "recorded", .moves = assessment_moves,
        .title = ASSESSMENT_CITY_ID, .alias = NO_FIELD,
        .portfolio = N_("Assessments of the partnerships"), .parts = assessment_parts,
        .nparts = COUNT(assessment_parts) },
};

const struct kind *kinds_builtin(enum kind_id k)
{
    const struct kind *w = kinds_work(k);

    if (w != NULL)
        return w;
    return (unsigned)k < (unsigned)COUNT(kinds) && kinds[k].code != NULL ? &kinds[k] : NULL;
}
