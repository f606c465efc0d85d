/* The service's working register as data: visits and missions (the policy
 * note's §4.3-4.4), EU projects (chapter 3, Bijlage 2) and contacts.  Each
 * is a descriptor as the kinds of model/kinds.c are; nothing else in the
 * program knows about them. */
#include "model/kinds.h"

#include "i18n/i18n.h"
#include "model/kinds_common.h"

/* A Dutch descriptive field and its English twin (the one after it). */
#define TEXT_NL(id, nm, lab, ty, mx)                                                           \
    [id] = { .name = nm, .label = (lab), .type = (ty), .max = (mx), .alt = id##_EN,            \
             .not_before = NO_FIELD }
#define TEXT_EN(id, nm, lab, ty, mx)                                                           \
    [id] = { .name = nm, .label = (lab), .type = (ty), .max = (mx), .alt = NO_FIELD,           \
             .not_before = NO_FIELD }
/* A Dutch list column with its twin and its sort keys per language. */
#define LISTED_NL(id, nm, lab, mx, w)                                                          \
    [id] = { .name = nm, .label = (lab), .type = FT_TEXT, .flags = F_SORT_KEY, .max = (mx),    \
             .list_width = (w), .alt = id##_EN, .not_before = NO_FIELD }
/* A field without a twin: a name, a date, a choice, a number. */
#define PLAIN(id, nm, lab, ty, fl, w)                                                          \
    [id] = { .name = nm, .label = (lab), .type = (ty), .flags = (fl), .list_width = (w),       \
             .alt = NO_FIELD, .not_before = NO_FIELD }
#define SOURCE(id)                                                                             \
    [id] = { .name = "source", .label = N_("Source"), .type = FT_LONG, .max = 2000,            \
             .flags = F_NO_TWIN, .alt = NO_FIELD, .not_before = NO_FIELD }
/* A yes/no. */
#define YES_NO(id, nm, lab)                                                                    \
    [id] = { .name = nm, .label = (lab), .type = FT_BOOL, .alt = NO_FIELD,                     \
             .not_before = NO_FIELD, .choices = booleans }

/* ---- visits and missions ------------------------------------------------ */

static const struct choice visit_statuses[] = {
    /* L10N: a visit someone asked for, not yet answered */
    { .code = "requested", .label = N_("Requested"), .flags = S_LIVE },
    { .code = "accepted", .label = N_("Accepted"), .flags = S_LIVE },
    { .code = "declined", .label = N_("Declined") },
    /* L10N: a visit with its date and programme fixed */
    { .code = "planned", .label = N_("Planned"), .flags = S_LIVE },
    { .code = "cancelled", .label = N_("Cancelled") },
    { .code = "took_place", .label = N_("Took place"), .flags = S_LIVE | S_HELD },
    { .code = "reported", .label = N_("Reported"), .flags = S_HELD },
    { 0 },
};

static const struct transition visit_moves[] = {
    { "requested", "accepted" },  { "requested", "declined" }, { "accepted", "planned" },
    { "accepted", "cancelled" },  { "planned", "took_place" }, { "planned", "cancelled" },
    { "took_place", "reported" }, { NULL, NULL },
};

static const struct choice visit_directions[] = {
    /* L10N: a visit to Ghent */
    { .code = "incoming", .label = N_("Incoming") },
    /* L10N: a visit or mission from Ghent abroad */
    { .code = "outgoing", .label = N_("Outgoing") },
    { 0 },
};

static const struct choice visit_types[] = {
    { .code = "reception", .label = N_("Ambassador reception") },
    { .code = "study_visit", .label = N_("Study visit") },
    { .code = "delegation", .label = N_("Delegation") },
    { .code = "mission", .label = N_("Mission") },
    { .code = "meeting", .label = N_("Network or project meeting") },
    { .code = "conference", .label = N_("Conference") },
    { 0 },
};

/* In the calendar: a visit or mission on its day or period, unless it was
 * declined or cancelled; one that took place is a contact of the records
 * it is linked to (their "last contact", core/agenda.c). */
static const struct agenda_spec visit_agenda = {
    .what = N_("Visit or mission"), .until = VISIT_UNTIL, .remind = 1,
    .statuses = S_LIVE | S_HELD, .contact = 1,
};

static const struct field visit_fields[VISIT_NFIELDS] = {
    [VISIT_TITLE_NL] = { .name = "title_nl", .label = N_("Title (Dutch)"), .type = FT_TEXT,
                         .flags = F_REQUIRED | F_SORT_KEY, .max = 200, .list_width = 30,
                         .list_label = N_("Title"), .alt = VISIT_TITLE_EN,
                         .not_before = NO_FIELD },
    TEXT_EN(VISIT_TITLE_EN, "title_en", N_("Title (English)"), FT_TEXT, 200),
    [VISIT_DIRECTION] = { .name = "direction", .label = N_("Incoming or outgoing"),
                          .type = FT_ENUM, .list_width = 9, .list_label = N_("Direction"),
                          .alt = NO_FIELD, .not_before = NO_FIELD,
                          .choices = visit_directions },
    [VISIT_TYPE] = { .name = "type", .label = N_("Type"), .type = FT_ENUM, .list_width = 12,
                     .alt = NO_FIELD, .not_before = NO_FIELD, .choices = visit_types },
    /* L10N: a visit's date, or the first day of its period */
    [VISIT_FROM] = { .name = "date_from", .label = N_("Date or from"), .type = FT_DATE,
                     .list_width = 10, .list_label = N_("Date"), .alt = NO_FIELD,
                     .not_before = NO_FIELD, .agenda = &visit_agenda },
    [VISIT_UNTIL] = { .name = "date_until", .label = N_("Until"), .type = FT_DATE,
                      .alt = NO_FIELD, .not_before = VISIT_FROM },
    TEXT_NL(VISIT_PLACE, "place", N_("Place"), FT_TEXT, 200),
    TEXT_EN(VISIT_PLACE_EN, "place_en", N_("Place (English)"), FT_TEXT, 200),
    TEXT_NL(VISIT_PARTY, "party", N_("Visiting or visited party"), FT_TEXT, 200),
    TEXT_EN(VISIT_PARTY_EN, "party_en", N_("Visiting or visited party (English)"), FT_TEXT,
            200),
    TEXT_NL(VISIT_PARTICIPANTS, "participants", N_("Ghent's participants"), FT_LONG, 2000),
    TEXT_EN(VISIT_PARTICIPANTS_EN, "participants_en", N_("Ghent's participants (English)"),
            FT_LONG, 2000),
    TEXT_NL(VISIT_HOST, "host", N_("Host service"), FT_TEXT, 200),
    TEXT_EN(VISIT_HOST_EN, "host_en", N_("Host service (English)"), FT_TEXT, 200),
    TEXT_NL(VISIT_PROGRAMME, "programme", N_("Programme"), FT_LONG, 4000),
    TEXT_EN(VISIT_PROGRAMME_EN, "programme_en", N_("Programme (English)"), FT_LONG, 4000),
    TEXT_NL(VISIT_FOLLOW_UP, "follow_up", N_("Follow-up (return visit, lessons)"), FT_LONG,
            4000),
    TEXT_EN(VISIT_FOLLOW_UP_EN, "follow_up_en", N_("Follow-up (English)"), FT_LONG, 4000),
    TEXT_NL(VISIT_NOTES, "notes", N_("Notes"), FT_LONG, 10000),
    TEXT_EN(VISIT_NOTES_EN, "notes_en", N_("Notes (English)"), FT_LONG, 10000),
    SOURCE(VISIT_SOURCE),
    [VISIT_EN_SOURCE] = EN_SOURCE,
};

static const struct part visit_parts[] = {
    { .type = PART_STATUSES, .text = NP_("%zu visit or mission: %s.",
                                         "%zu visits and missions: %s.") },
    { .type = PART_TABLE, .heading = N_("Visits, receptions and missions"),
      .cols = { { VISIT_TITLE_NL, 0 }, { VISIT_DIRECTION, 0 }, { VISIT_FROM, 0 } },
      .ncols = 3 },
};

static const char *const visit_words[] = { "visits", "mission", "missions", "reception",
                                           "bezoek", "bezoeken", "missie", "ontvangst",
                                           NULL };

/* ---- EU projects ---------------------------------------------------------- */

static const struct choice project_statuses[] = {
    { .code = "idea", .label = N_("Idea"), .flags = S_LIVE },
    { .code = "in_preparation", .label = N_("In preparation"), .flags = S_LIVE },
    { .code = "submitted", .label = N_("Submitted"), .flags = S_LIVE },
    /* L10N: an EU project whose grant was awarded */
    { .code = "approved", .label = N_("Approved"), .flags = S_LIVE | S_HELD },
    { .code = "rejected", .label = N_("Rejected") },
    { .code = "running", .label = N_("Running"), .flags = S_LIVE | S_HELD },
    { .code = "closed", .label = N_("Closed"), .flags = S_LIVE | S_HELD },
    { .code = "final_report_accepted", .label = N_("Final report accepted"), .flags = S_HELD },
    { .code = "dropped", .label = N_("Dropped") },
    { 0 },
};

static const struct transition project_moves[] = {
    { "idea", "in_preparation" },      { "idea", "dropped" },
    { "in_preparation", "submitted" }, { "in_preparation", "dropped" },
    { "submitted", "approved" },       { "submitted", "rejected" },
    { "approved", "running" },         { "running", "closed" },
    { "closed", "final_report_accepted" },
    { "rejected", "in_preparation" },  { NULL, NULL },
};

static const struct choice programmes[] = {
    { .code = "uia", .label = N_("Urban Innovative Actions") },
    { .code = "interreg", .label = N_("Interreg") },
    { .code = "urbact", .label = N_("Urbact") },
    /* L10N: the European Regional Development Fund (Dutch: EFRO) */
    { .code = "erdf", .label = N_("ERDF") },
    /* L10N: the European Social Fund */
    { .code = "esf", .label = N_("ESF") },
    { .code = "horizon", .label = N_("Horizon Europe") },
    { .code = "other", .label = N_("Other programme") },
    { 0 },
};

static const struct choice project_roles[] = {
    /* L10N: Ghent leads the EU project (Dutch: trekker) */
    { .code = "lead", .label = N_("Lead") },
    { .code = "partner", .label = N_("Partner") },
    { 0 },
};

/* The EU's programming periods, for the sums of the portfolio. */
static const struct choice periods[] = {
    { .code = "2007-2013", .label = N_("Programming period 2007-2013") },
    { .code = "2014-2020", .label = N_("Programming period 2014-2020") },
    { .code = "2021-2027", .label = N_("Programming period 2021-2027") },
    { 0 },
};

/* In the calendar: a project's deadline and its end, while it runs. */
static const struct agenda_spec project_deadline_agenda = {
    .what = N_("Project deadline"), .until = NO_FIELD, .remind = 1, .statuses = S_LIVE,
};
static const struct agenda_spec project_ends_agenda = {
    .what = N_("Project ends"), .until = NO_FIELD, .remind = 1, .statuses = S_LIVE,
};

static const struct field project_fields[PROJECT_NFIELDS] = {
    [PROJECT_ACRONYM] = { .name = "acronym", .label = N_("Acronym"), .type = FT_TEXT,
                          .flags = F_REQUIRED | F_NO_TWIN, .max = 100, .list_width = 16,
                          .alt = NO_FIELD, .not_before = NO_FIELD },
    [PROJECT_TITLE_NL] = { .name = "title_nl", .label = N_("Title (Dutch)"), .type = FT_TEXT,
                           .flags = F_SORT_KEY, .max = 300, .list_label = N_("Title"),
                           .alt = PROJECT_TITLE_EN, .not_before = NO_FIELD },
    TEXT_EN(PROJECT_TITLE_EN, "title_en", N_("Title (English)"), FT_TEXT, 300),
    [PROJECT_PROGRAMME] = { .name = "programme", .label = N_("EU programme"), .type = FT_ENUM,
                            .list_width = 12, .list_label = N_("Programme"), .alt = NO_FIELD,
                            .not_before = NO_FIELD, .choices = programmes },
    [PROJECT_CALL] = { .name = "call", .label = N_("Call"), .type = FT_TEXT,
                       .flags = F_NO_TWIN, .max = 200, .alt = NO_FIELD,
                       .not_before = NO_FIELD },
    [PROJECT_ROLE] = { .name = "role", .label = N_("Ghent's role"), .type = FT_ENUM,
                       .list_width = 8, .list_label = N_("Role"), .alt = NO_FIELD,
                       .not_before = NO_FIELD, .choices = project_roles },
    TEXT_NL(PROJECT_SERVICE, "service", N_("Service that carries it"), FT_TEXT, 200),
    TEXT_EN(PROJECT_SERVICE_EN, "service_en", N_("Service that carries it (English)"),
            FT_TEXT, 200),
    TEXT_NL(PROJECT_PARTNERS, "partners", N_("Partners"), FT_LONG, 4000),
    TEXT_EN(PROJECT_PARTNERS_EN, "partners_en", N_("Partners (English)"), FT_LONG, 4000),
    /* L10N: the year a document gives with the project */
    [PROJECT_YEAR] = { .name = "year", .label = N_("Year (as the source gives it)"),
                       .type = FT_YEAR, .min = 1000, .max = 9999, .list_width = 5,
                       .list_label = N_("Year"), .alt = NO_FIELD, .not_before = NO_FIELD },
    PLAIN(PROJECT_STARTS, "starts", N_("Starts"), FT_DATE, 0, 0),
    [PROJECT_ENDS] = { .name = "ends", .label = N_("Ends"), .type = FT_DATE, .alt = NO_FIELD,
                       .not_before = PROJECT_STARTS, .agenda = &project_ends_agenda },
    PLAIN(PROJECT_GRANT, "grant_eur", N_("EU grant"), FT_MONEY, 0, 12),
    [PROJECT_HR_ASSESSED] = {
        .name = "hr_assessed", .label = N_("Human-rights aspect assessed (§3.3)"),
        .type = FT_BOOL, .flags = F_WANTED, .alt = NO_FIELD, .not_before = NO_FIELD,
        .choices = booleans,
        .lacking = N_("Its human-rights aspect was not assessed, which the policy note "
                      "(§3.3) asks of EU projects.\n") },
    YES_NO(PROJECT_HR_CLAUSE, "hr_clause", N_("Human-rights clause included")),
    [PROJECT_DEADLINE] = {
        .name = "deadline", .label = N_("Deadline"), .type = FT_DATE, .flags = F_DUE,
        .alt = NO_FIELD, .not_before = NO_FIELD, .agenda = &project_deadline_agenda,
        .overdue = N_("Its deadline (%s) has passed; the project is %s.\n"),
        .due = NP_("Its deadline is %s, within %d month.\n",
                   "Its deadline is %s, within %d months.\n") },
    TEXT_NL(PROJECT_NOTES, "notes", N_("Notes"), FT_LONG, 10000),
    TEXT_EN(PROJECT_NOTES_EN, "notes_en", N_("Notes (English)"), FT_LONG, 10000),
    SOURCE(PROJECT_SOURCE),
    [PROJECT_EN_SOURCE] = EN_SOURCE,
};

static const struct part project_parts[] = {
    { .type = PART_STATUSES, .text = NP_("%zu EU project: %s.", "%zu EU projects: %s.") },
    { .type = PART_SUM, .heading = N_("EU grants per programme"), .field = PROJECT_PROGRAMME,
      .number = PROJECT_GRANT, .flags = PART_HELD_ONLY,
      .text = NP_("Granted to %zu project recorded here (approved or later).",
                  "Granted to %zu projects recorded here (approved or later).") },
    { .type = PART_SUM, .heading = N_("EU grants per programming period"),
      .field = PROJECT_YEAR, .groups = periods, .number = PROJECT_GRANT,
      .flags = PART_HELD_ONLY,
      .text = NP_("By the year the source gives with %zu project.",
                  "By the year the source gives with each of %zu projects.") },
    { .type = PART_ATTENTION,
      .text = NP_("Deadlines in the next %d month, and projects without a human-rights "
                  "assessment",
                  "Deadlines in the next %d months, and projects without a human-rights "
                  "assessment") },
};

static const char *const project_words[] = { "projects", "eu-project", "project",
                                             "projecten", "subsidieproject", NULL };

/* ---- contacts --------------------------------------------------------------- */

static const struct choice contact_statuses[] = {
    { .code = "recorded", .label = N_("Recorded"), .flags = S_LIVE | S_HELD },
    { 0 },
};

static const struct transition contact_moves[] = { { NULL, NULL } };

static const struct field contact_fields[CONTACT_NFIELDS] = {
    [CONTACT_NAME] = { .name = "name", .label = N_("Name"), .type = FT_TEXT,
                       .flags = F_REQUIRED | F_NO_TWIN, .max = 200, .list_width = 22,
                       .alt = NO_FIELD, .not_before = NO_FIELD },
    LISTED_NL(CONTACT_ORG, "organisation", N_("Organisation"), 200, 14),
    TEXT_EN(CONTACT_ORG_EN, "organisation_en", N_("Organisation (English)"), FT_TEXT, 200),
    LISTED_NL(CONTACT_FUNCTION, "function", N_("Function"), 200, 16),
    TEXT_EN(CONTACT_FUNCTION_EN, "function_en", N_("Function (English)"), FT_TEXT, 200),
    [CONTACT_CITY_ID] = { .name = "city_id", .label = N_("Partner city"), .type = FT_REF,
                          .alt = NO_FIELD, .not_before = NO_FIELD, .ref = KIND_CITY },
    [CONTACT_NETWORK_ID] = { .name = "network_id", .label = N_("Network"), .type = FT_REF,
                             .alt = NO_FIELD, .not_before = NO_FIELD, .ref = KIND_NETWORK },
    [CONTACT_PROJECT_ID] = { .name = "project_id", .label = N_("EU project"), .type = FT_REF,
                             .alt = NO_FIELD, .not_before = NO_FIELD, .ref = KIND_PROJECT },
    /* L10N: the first day the person is a contact in this function */
    PLAIN(CONTACT_FROM, "period_from", N_("In this function from"), FT_DATE, 0, 0),
    [CONTACT_UNTIL] = { .name = "period_until", .label = N_("In this function until"),
                        .type = FT_DATE, .flags = F_PERIOD_END, .list_width = 10, .list_label = N_("Until"),
                        .alt = NO_FIELD, .not_before = CONTACT_FROM },
    [CONTACT_LANGUAGES] = { .name = "languages", .label = N_("Working languages"),
                            .type = FT_TEXT, .flags = F_NO_TWIN, .max = 200,
                            .alt = NO_FIELD, .not_before = NO_FIELD },
    [CONTACT_EMAIL] = { .name = "email", .label = N_("Work e-mail"), .type = FT_TEXT,
                        .flags = F_NO_TWIN, .max = 200, .alt = NO_FIELD,
                        .not_before = NO_FIELD },
    [CONTACT_PHONE] = { .name = "phone", .label = N_("Work phone"), .type = FT_TEXT,
                        .flags = F_NO_TWIN, .max = 60, .alt = NO_FIELD,
                        .not_before = NO_FIELD },
    TEXT_NL(CONTACT_NOTES, "notes", N_("Notes"), FT_LONG, 10000),
    TEXT_EN(CONTACT_NOTES_EN, "notes_en", N_("Notes (English)"), FT_LONG, 10000),
    SOURCE(CONTACT_SOURCE),
    [CONTACT_EN_SOURCE] = EN_SOURCE,
};

static const char *const contact_words[] = { "contacts", "contactpersoon", "contactpersonen",
                                             "contacten", NULL };

/* ---- the table ------------------------------------------------------------- */

static const struct kind work[] = {
    {
        .id = KIND_VISIT, .code = "visit", .table = "visit", .label = N_("Visit"),
        .plural = N_("Visits"), .tab = N_("Vis."),
        .count = NP_("%s visit or mission", "%s visits and missions"), .words = visit_words,
        .fields = visit_fields, .nfields = COUNT(visit_fields), .statuses = visit_statuses,
        .initial = "requested", .moves = visit_moves, .title = VISIT_TITLE_NL,
        .alias = NO_FIELD, .portfolio = N_("Visits, receptions and missions"),
        .parts = visit_parts, .nparts = COUNT(visit_parts) },
    {
        .id = KIND_PROJECT, .code = "project", .table = "project", .label = N_("EU project"),
        .plural = N_("Projects"), .tab = N_("Proj."),
        .count = NP_("%s EU project", "%s EU projects"), .words = project_words,
        .fields = project_fields, .nfields = COUNT(project_fields),
        .statuses = project_statuses, .initial = "idea", .moves = project_moves,
        .title = PROJECT_ACRONYM, .alias = NO_FIELD, .portfolio = N_("EU projects"),
        .parts = project_parts, .nparts = COUNT(project_parts) },
    {
        .id = KIND_CONTACT, .code = "contact", .table = "contact", .label = N_("Contact"),
        .plural = N_("Contacts"), .tab = N_("Cont."),
        .count = NP_("%s contact", "%s contacts"), .words = contact_words,
        .fields = contact_fields, .nfields = COUNT(contact_fields),
        .statuses = contact_statuses, .initial = "recorded", .moves = contact_moves,
        .title = CONTACT_NAME, .alias = NO_FIELD, .personal = 1 },
};

const struct kind *kinds_work(enum kind_id k)
{
    int i;

    for (i = 0; i < COUNT(work); i++)
        if (work[i].id == k)
            return &work[i];
    return NULL;
}
