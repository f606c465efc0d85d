/* core/kind.c and core/workflow.c: the words that name kinds and statuses,
 * and the workflows of DESIGN.md ("Statuses and transitions"). */

#include "tests/unit/helpers.h"

#include <stdlib.h>
#include <string.h>

#include "model/kind.h"
#include "core/workflow.h"
#include "i18n/i18n.h"

/* ---- DESIGN.md, transcribed by hand (not from core/kind.c) -------------- */

struct move {
    const char *from, *to;
};

static const char *const city_codes[] = { "active", "dormant", "under_review", "reorienting",
                                          "ended", NULL };
static const struct move city_moves[] = {
    /* active<->dormant */
    { "active", "dormant" },
    { "dormant", "active" },
    /* active, dormant -> under_review */
    { "active", "under_review" },
    { "dormant", "under_review" },
    /* under_review -> active, reorienting, ended */
    { "under_review", "active" },
    { "under_review", "reorienting" },
    { "under_review", "ended" },
    /* reorienting -> ended */
    { "reorienting", "ended" },
    /* ended -> under_review (revival) */
    { "ended", "under_review" },
    { NULL, NULL },
};

static const char *const agreement_codes[] = { "draft",   "in_force",   "under_evaluation",
                                               "renewed", "expired",    "terminated",
                                               "not_concluded", NULL };
static const struct move agreement_moves[] = {
    /* draft -> in_force, not_concluded */
    { "draft", "in_force" },
    { "draft", "not_concluded" },
    /* in_force -> under_evaluation, expired, terminated */
    { "in_force", "under_evaluation" },
    { "in_force", "expired" },
    { "in_force", "terminated" },
    /* under_evaluation -> renewed, expired, terminated, in_force */
    { "under_evaluation", "renewed" },
    { "under_evaluation", "expired" },
    { "under_evaluation", "terminated" },
    { "under_evaluation", "in_force" },
    { NULL, NULL },
};

static const char *const network_codes[] = { "candidate", "member", "under_evaluation", "left",
                                             NULL };
static const struct move network_moves[] = {
    /* candidate -> member, left */
    { "candidate", "member" },
    { "candidate", "left" },
    /* member -> under_evaluation, left */
    { "member", "under_evaluation" },
    { "member", "left" },
    /* under_evaluation -> member, left */
    { "under_evaluation", "member" },
    { "under_evaluation", "left" },
    /* left -> candidate */
    { "left", "candidate" },
    { NULL, NULL },
};

static const char *const initiative_codes[] = { "planned", "in_progress", "on_hold", "done",
                                                "dropped", NULL };
static const struct move initiative_moves[] = {
    /* planned -> in_progress, on_hold, dropped */
    { "planned", "in_progress" },
    { "planned", "on_hold" },
    { "planned", "dropped" },
    /* in_progress -> on_hold, done, dropped */
    { "in_progress", "on_hold" },
    { "in_progress", "done" },
    { "in_progress", "dropped" },
    /* on_hold -> in_progress, dropped */
    { "on_hold", "in_progress" },
    { "on_hold", "dropped" },
    /* done -> in_progress (reopen) */
    { "done", "in_progress" },
    { NULL, NULL },
};

/* The new kinds' workflows are in their kind tables (DESIGN.md): a
 * statement is announced, then signed or joined; an assessment is recorded
 * and has no moves. */
static const char *const statement_codes[] = { "announced", "joined", NULL };
static const struct move statement_moves[] = {
    { "announced", "joined" },
    { NULL, NULL },
};

/* Issue 12: a visit is requested, then accepted or declined; an accepted
 * one planned or cancelled; a planned one takes place or is cancelled; one
 * that took place is reported.  An EU project goes from idea to its final
 * report; a rejected one goes back into preparation (a new call).  A
 * contact has no workflow. */
static const char *const visit_codes[] = { "requested", "accepted", "declined", "planned",
                                           "cancelled", "took_place", "reported", NULL };
static const struct move visit_moves[] = {
    { "requested", "accepted" },  { "requested", "declined" }, { "accepted", "planned" },
    { "accepted", "cancelled" },  { "planned", "took_place" }, { "planned", "cancelled" },
    { "took_place", "reported" }, { NULL, NULL },
};
static const char *const project_codes[] = { "idea", "in_preparation", "submitted",
                                             "approved", "rejected", "running", "closed",
                                             "final_report_accepted", "dropped", NULL };
static const struct move project_moves[] = {
    { "idea", "in_preparation" },      { "idea", "dropped" },
    { "in_preparation", "submitted" }, { "in_preparation", "dropped" },
    { "submitted", "approved" },       { "submitted", "rejected" },
    { "approved", "running" },         { "running", "closed" },
    { "closed", "final_report_accepted" }, { "rejected", "in_preparation" },
    { NULL, NULL },
};
static const char *const contact_codes[] = { "recorded", NULL };

static const char *const assessment_codes[] = { "recorded", NULL };
static const struct move assessment_moves[] = { { NULL, NULL } };

static const struct {
    enum kind_id kind;
    const char *const *codes;
    const struct move *moves;
    const char *initial;
} design[KIND_COUNT] = {
    { KIND_CITY, city_codes, city_moves, "active" },
    { KIND_AGREEMENT, agreement_codes, agreement_moves, "draft" },
    { KIND_NETWORK, network_codes, network_moves, "member" },
    { KIND_INITIATIVE, initiative_codes, initiative_moves, "planned" },
    { KIND_STATEMENT, statement_codes, statement_moves, "joined" },
    { KIND_VISIT, visit_codes, visit_moves, "requested" },
    { KIND_PROJECT, project_codes, project_moves, "idea" },
    { KIND_CONTACT, contact_codes, assessment_moves, "recorded" },
    { KIND_ASSESSMENT, assessment_codes, assessment_moves, "recorded" },
};

static int design_allows(int k, const char *from, const char *to)
{
    const struct move *m;

    for (m = design[k].moves; m->from != NULL; m++)
        if (strcmp(m->from, from) == 0 && strcmp(m->to, to) == 0)
            return 1;
    return 0;
}

/* ---- kind_by_name ---------------------------------------------------------- */

static void kind_words_name_their_kind(void **state)
{
    static const struct {
        const char *word;
        enum kind_id kind;
    } words[] = {
        { "city", KIND_CITY },
        { "cities", KIND_CITY },
        { "stad", KIND_CITY },
        { "steden", KIND_CITY },
        { "agreement", KIND_AGREEMENT },
        { "agreements", KIND_AGREEMENT },
        { "mou", KIND_AGREEMENT },
        { "akkoord", KIND_AGREEMENT },
        { "akkoorden", KIND_AGREEMENT },
        { "network", KIND_NETWORK },
        { "networks", KIND_NETWORK },
        { "netwerk", KIND_NETWORK },
        { "netwerken", KIND_NETWORK },
        { "initiative", KIND_INITIATIVE },
        { "initiatives", KIND_INITIATIVE },
        { "initiatief", KIND_INITIATIVE },
        { "initiatieven", KIND_INITIATIVE },
    };
    size_t i;
    (void)state;

    for (i = 0; i < sizeof words / sizeof words[0]; i++) {
        const struct kind *k = kind_by_name(words[i].word);
        if (k == NULL || k->id != words[i].kind)
            print_error("kind_by_name(\"%s\") gave %s\n", words[i].word, k ? k->code : "NULL");
        assert_non_null(k);
        assert_int_equal(k->id, words[i].kind);
        assert_ptr_equal(k, kind_get(words[i].kind));
    }
}

static void kind_words_ignore_case(void **state)
{
    (void)state;
    assert_ptr_equal(kind_by_name("City"), kind_get(KIND_CITY));
    assert_ptr_equal(kind_by_name("STEDEN"), kind_get(KIND_CITY));
    assert_ptr_equal(kind_by_name("MoU"), kind_get(KIND_AGREEMENT));
    assert_ptr_equal(kind_by_name("Akkoorden"), kind_get(KIND_AGREEMENT));
    assert_ptr_equal(kind_by_name("NetWerk"), kind_get(KIND_NETWORK));
    assert_ptr_equal(kind_by_name("INITIATIEF"), kind_get(KIND_INITIATIVE));
}

static void unknown_kind_words_are_null(void **state)
{
    (void)state;
    assert_null(kind_by_name("bogus"));
    assert_null(kind_by_name(""));
    assert_null(kind_by_name(NULL));
    assert_null(kind_by_name("cit"));      /* no prefixes */
    assert_null(kind_by_name("city "));    /* no trailing blank */
    assert_null(kind_by_name("cityx"));
    assert_null(kind_by_name("town"));
    assert_null(kind_get(KIND_COUNT));
}

static void kinds_have_their_codes(void **state)
{
    static const char *const codes[] = { "city",      "agreement", "network", "initiative",
                                         "statement", "visit",     "project", "contact",
                                         "assessment" };
    int k;
    (void)state;

    for (k = 0; k < KIND_COUNT; k++) {
        assert_int_equal(kind_get((enum kind_id)k)->id, k);
        assert_string_equal(kind_get((enum kind_id)k)->code, codes[k]);
        assert_string_equal(kind_get((enum kind_id)k)->initial, design[k].initial);
        assert_ptr_equal(kind_by_code(codes[k]), kind_get((enum kind_id)k));
    }
    assert_int_equal(kind_count(), KIND_COUNT);
    assert_null(kind_by_code("City")); /* the stable code, exactly */
    assert_null(kind_by_code(NULL));
}

/* The extra lines a kind shows come with the heading they go under. */
static void extras_have_a_heading(void **state)
{
    int k;
    (void)state;

    for (k = 0; k < KIND_COUNT; k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        assert_true((kd->extras == 0) == (kd->extra_heading == NULL));
    }
    assert_int_equal(kind_get(KIND_NETWORK)->extras, EXTRA_BIT(EXTRA_ROLE));
}

/* A kind is registered only under the next id, and with a code, a table and
 * words of its own. */
static void register_refuses_what_is_taken(void **state)
{
    static const char *const city_word[] = { "steden", NULL };
    static const struct kind taken_code = { .id = KIND_COUNT, .code = "city", .table = "t1" };
    static const struct kind taken_table = { .id = KIND_COUNT, .code = "t2", .table = "city" };
    static const struct kind taken_word = { .id = KIND_COUNT, .code = "t3", .table = "t3",
                                            .words = city_word };
    static const struct kind wrong_id = { .id = KIND_COUNT + 1, .code = "t4", .table = "t4" };
    (void)state;

    assert_int_equal(kind_register(NULL), -1);
    assert_int_equal(kind_register(&taken_code), -1);
    assert_int_equal(kind_register(&taken_table), -1);
    assert_int_equal(kind_register(&taken_word), -1);
    assert_int_equal(kind_register(&wrong_id), -1);
    assert_int_equal(kind_register(kind_get(KIND_CITY)), -1);
    assert_int_equal(kind_count(), KIND_COUNT);
}

/* ---- statuses ---------------------------------------------------------------- */

static void statuses_are_those_of_the_design(void **state)
{
    int k;
    (void)state;

    for (k = 0; k < KIND_COUNT; k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        size_t n = 0, i;
        for (i = 0; design[k].codes[i] != NULL; i++) {
            if (kind_status(kd, design[k].codes[i]) == NULL)
                print_error("%s lacks status %s\n", kd->code, design[k].codes[i]);
            assert_non_null(kind_status(kd, design[k].codes[i]));
        }
        while (kd->statuses[n].code != NULL)
            n++;
        assert_int_equal(n, i);
    }
}

static void status_parse_takes_codes(void **state)
{
    int k;
    size_t i;
    (void)state;

    for (k = 0; k < KIND_COUNT; k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        for (i = 0; design[k].codes[i] != NULL; i++) {
            const struct choice *c = kind_status_parse(kd, design[k].codes[i]);
            assert_non_null(c);
            assert_string_equal(c->code, design[k].codes[i]);
        }
    }
}

static void status_parse_takes_dash_space_and_case(void **state)
{
    const struct kind *a = kind_get(KIND_AGREEMENT), *i = kind_get(KIND_INITIATIVE);
    (void)state;

    assert_string_equal(kind_status_parse(a, "in-force")->code, "in_force");
    assert_string_equal(kind_status_parse(a, "in force")->code, "in_force");
    assert_string_equal(kind_status_parse(a, "IN_FORCE")->code, "in_force");
    assert_string_equal(kind_status_parse(a, "Not-Concluded")->code, "not_concluded");
    assert_string_equal(kind_status_parse(a, "under evaluation")->code, "under_evaluation");
    assert_string_equal(kind_status_parse(i, "In-Progress")->code, "in_progress");
    assert_string_equal(kind_status_parse(i, "on hold")->code, "on_hold");
    assert_string_equal(kind_status_parse(kind_get(KIND_CITY), "under-review")->code,
                        "under_review");
}

static void status_parse_takes_english_labels(void **state)
{
    const struct kind *c = kind_get(KIND_CITY), *a = kind_get(KIND_AGREEMENT);
    (void)state;

    assert_string_equal(kind_status_parse(c, "Reorienting")->code, "reorienting");
    assert_string_equal(kind_status_parse(c, "Under review")->code, "under_review");
    assert_string_equal(kind_status_parse(c, "ENDED")->code, "ended");
    assert_string_equal(kind_status_parse(a, "Not concluded")->code, "not_concluded");
    assert_string_equal(kind_status_parse(a, "In force")->code, "in_force");
    assert_string_equal(kind_status_parse(kind_get(KIND_INITIATIVE), "In progress")->code,
                        "in_progress");
}

static void status_parse_refuses_unknown_words(void **state)
{
    const struct kind *c = kind_get(KIND_CITY), *a = kind_get(KIND_AGREEMENT);
    (void)state;

    assert_null(kind_status_parse(c, "bogus"));
    assert_null(kind_status_parse(c, ""));
    assert_null(kind_status_parse(c, NULL));
    assert_null(kind_status_parse(c, "activ"));         /* no prefixes */
    assert_null(kind_status_parse(c, "active "));
    assert_null(kind_status_parse(c, "in_force"));      /* another kind's status */
    assert_null(kind_status_parse(a, "active"));
    assert_null(kind_status_parse(a, "in__force"));
    assert_null(kind_status_parse(kind_get(KIND_NETWORK), "planned"));
}

static void status_labels_in_english(void **state)
{
    (void)state;
    assert_string_equal(kind_status_label(kind_get(KIND_CITY), "active"), "Active");
    assert_string_equal(kind_status_label(kind_get(KIND_CITY), "ended"), "Ended");
    assert_string_equal(kind_status_label(kind_get(KIND_CITY), "reorienting"), "Reorienting");
    assert_string_equal(kind_status_label(kind_get(KIND_AGREEMENT), "in_force"), "In force");
    assert_string_equal(kind_status_label(kind_get(KIND_AGREEMENT), "not_concluded"),
                        "Not concluded");
    assert_string_equal(kind_status_label(kind_get(KIND_INITIATIVE), "planned"), "Planned");
    assert_string_equal(kind_status_label(kind_get(KIND_INITIATIVE), "in_progress"),
                        "In progress");
    /* an unknown code is shown as it is */
    assert_string_equal(kind_status_label(kind_get(KIND_CITY), "weird"), "weird");
}

static void status_list_names_every_code(void **state)
{
    char *s = kind_status_list(kind_get(KIND_AGREEMENT));
    (void)state;

    assert_string_equal(s, "draft, in_force, under_evaluation, renewed, expired, terminated, "
                           "not_concluded");
    free(s);
}

/* ---- workflows ------------------------------------------------------------------ */

static void every_design_transition_is_allowed(void **state)
{
    int k;
    const struct move *m;
    (void)state;

    for (k = 0; k < KIND_COUNT; k++) {
        const struct kind *kd = kind_get(design[k].kind);
        for (m = design[k].moves; m->from != NULL; m++) {
            if (!workflow_allowed(kd, m->from, m->to))
                print_error("%s: %s -> %s is in DESIGN.md but refused\n", kd->code, m->from,
                            m->to);
            assert_true(workflow_allowed(kd, m->from, m->to));
        }
    }
}

static void every_other_pair_is_refused(void **state)
{
    int k, checked = 0, bad = 0;
    size_t i, j;
    (void)state;

    for (k = 0; k < KIND_COUNT; k++) {
        const struct kind *kd = kind_get(design[k].kind);
        for (i = 0; design[k].codes[i] != NULL; i++) {
            for (j = 0; design[k].codes[j] != NULL; j++) {
                const char *from = design[k].codes[i], *to = design[k].codes[j];
                if (design_allows(k, from, to))
                    continue;
                checked++;
                if (workflow_allowed(kd, from, to)) {
                    print_error("%s: %s -> %s is not in DESIGN.md but allowed\n", kd->code,
                                from, to);
                    bad++;
                }
            }
        }
    }
    /* 25 + 49 + 16 + 25 + 4 + 49 + 81 + 1 + 1 pairs, minus the 9 + 9 + 7 + 9 + 1 + 7 +
     * 10 + 0 + 0 allowed */
    assert_int_equal(checked, 25 + 49 + 16 + 25 + 4 + 49 + 81 + 1 + 1 - 52);
    assert_int_equal(bad, 0);
}

static void unknown_statuses_never_move(void **state)
{
    const struct kind *c = kind_get(KIND_CITY);
    (void)state;

    assert_false(workflow_allowed(c, "bogus", "active"));
    assert_false(workflow_allowed(c, "active", "bogus"));
    assert_false(workflow_allowed(c, NULL, "active"));
    assert_false(workflow_allowed(c, "active", NULL));
    /* a move of another kind is not a move of this one */
    assert_false(workflow_allowed(c, "draft", "in_force"));
}

static void check_next(enum kind_id kid, const char *from, const char *const *want, size_t nwant)
{
    const char *out[16];
    size_t n = workflow_next(kind_get(kid), from, out, 16), i;

    if (n != nwant)
        print_error("workflow_next(%s, %s): %zu statuses, want %zu\n", kind_get(kid)->code,
                    from, n, nwant);
    assert_int_equal(n, nwant);
    for (i = 0; i < n; i++)
        assert_string_equal(out[i], want[i]);
}

static void next_lists_moves_in_status_order(void **state)
{
    static const char *const ur[] = { "active", "reorienting", "ended" };
    static const char *const act[] = { "dormant", "under_review" };
    static const char *const ue[] = { "in_force", "renewed", "expired", "terminated" };
    static const char *const dr[] = { "in_force", "not_concluded" };
    static const char *const pl[] = { "in_progress", "on_hold", "dropped" };
    static const char *const lf[] = { "candidate" };
    (void)state;

    check_next(KIND_CITY, "under_review", ur, 3);
    check_next(KIND_CITY, "active", act, 2);
    check_next(KIND_AGREEMENT, "under_evaluation", ue, 4);
    check_next(KIND_AGREEMENT, "draft", dr, 2);
    check_next(KIND_INITIATIVE, "planned", pl, 3);
    check_next(KIND_NETWORK, "left", lf, 1);
    check_next(KIND_AGREEMENT, "not_concluded", NULL, 0);
    check_next(KIND_AGREEMENT, "renewed", NULL, 0);
    check_next(KIND_CITY, "bogus", NULL, 0);
}

static void next_respects_max(void **state)
{
    const char *out[2] = { NULL, NULL };
    (void)state;

    assert_int_equal(workflow_next(kind_get(KIND_AGREEMENT), "under_evaluation", out, 2), 2);
    assert_string_equal(out[0], "in_force");
    assert_string_equal(out[1], "renewed");
    assert_int_equal(workflow_next(kind_get(KIND_AGREEMENT), "under_evaluation", out, 0), 0);
}

static void next_text_names_labels_and_codes(void **state)
{
    char *s = workflow_next_text(kind_get(KIND_CITY), "under_review");
    char *none = workflow_next_text(kind_get(KIND_AGREEMENT), "not_concluded");
    (void)state;

    assert_string_equal(s, "Active (active), Reorienting (reorienting), Ended (ended)");
    assert_string_equal(none, "none");
    free(s);
    free(none);
}

/* ---- field descriptors ---------------------------------------------------------- */

static void fields_are_found_by_name(void **state)
{
    const struct kind *c = kind_get(KIND_CITY), *a = kind_get(KIND_AGREEMENT);
    (void)state;

    assert_int_equal(kind_field(c, "name_nl"), c->title);
    assert_true(kind_field(c, "since") >= 0);
    assert_int_equal(c->fields[kind_field(c, "since")].type, FT_YEAR);
    assert_int_equal(a->fields[kind_field(a, "city_id")].type, FT_REF);
    assert_int_equal(a->fields[kind_field(a, "city_id")].ref, KIND_CITY);
    assert_int_equal(a->fields[kind_field(a, "ends")].not_before, kind_field(a, "starts"));
    assert_int_equal(kind_field(c, "bogus"), -1);
    assert_int_equal(kind_field(c, "status"), -1); /* bookkeeping, not a field */
}

static void relation_values_have_labels(void **state)
{
    const struct kind *c = kind_get(KIND_CITY);
    const struct field *rel = &c->fields[kind_field(c, "relation")];
    (void)state;

    assert_string_equal(kind_value_label(rel, "sister"), "Sister city");
    assert_string_equal(kind_value_label(rel, "partner"), "Partner city");
    assert_string_equal(kind_value_label(rel, NULL), "");
    assert_string_equal(kind_value_label(rel, "other"), "other");
    assert_non_null(choice_find(rel->choices, "sister"));
    assert_null(choice_find(rel->choices, "Sister"));
}

/* ---- Dutch (needs the nl catalog: i18n/nl.po) ---------------------------------- */

static void nl_status_labels(void **state)
{
    (void)state;
    assert_int_equal(i18n_lang(), LANG_NL);
    assert_string_equal(kind_status_label(kind_get(KIND_CITY), "active"), "Actief");
    assert_string_equal(kind_status_label(kind_get(KIND_CITY), "ended"), "Beëindigd");
    assert_string_equal(kind_status_label(kind_get(KIND_CITY), "reorienting"),
                        "Heroriëntering");
    assert_string_equal(kind_status_label(kind_get(KIND_AGREEMENT), "in_force"), "Van kracht");
    assert_string_equal(kind_status_label(kind_get(KIND_AGREEMENT), "not_concluded"),
                        "Niet gesloten");
    assert_string_equal(kind_status_label(kind_get(KIND_INITIATIVE), "planned"), "Gepland");
    assert_string_equal(kind_status_label(kind_get(KIND_INITIATIVE), "in_progress"),
                        "In uitvoering");
}

static void nl_status_parse_takes_dutch_labels(void **state)
{
    const struct choice *c;
    (void)state;

    c = kind_status_parse(kind_get(KIND_CITY), "Actief");
    assert_non_null(c);
    assert_string_equal(c->code, "active");
    c = kind_status_parse(kind_get(KIND_CITY), "beëindigd");
    assert_non_null(c);
    assert_string_equal(c->code, "ended");
    c = kind_status_parse(kind_get(KIND_CITY), "Heroriëntering");
    assert_non_null(c);
    assert_string_equal(c->code, "reorienting");
    c = kind_status_parse(kind_get(KIND_AGREEMENT), "van kracht");
    assert_non_null(c);
    assert_string_equal(c->code, "in_force");
    c = kind_status_parse(kind_get(KIND_INITIATIVE), "In uitvoering");
    assert_non_null(c);
    assert_string_equal(c->code, "in_progress");
    /* codes work in every language */
    assert_string_equal(kind_status_parse(kind_get(KIND_CITY), "ended")->code, "ended");
}

/* kind.h: "its label in the current language, ignoring case" -- also
 * the case of Ë, which strcasecmp does not fold. */
static void nl_status_parse_ignores_case_beyond_ascii(void **state)
{
    const struct choice *c;
    (void)state;

    c = kind_status_parse(kind_get(KIND_CITY), "BEËINDIGD");
    if (c == NULL)
        print_error("\"BEËINDIGD\" is not recognised as \"Beëindigd\"\n");
    assert_non_null(c);
    assert_string_equal(c->code, "ended");
    c = kind_status_parse(kind_get(KIND_CITY), "HERORIËNTERING");
    assert_non_null(c);
    assert_string_equal(c->code, "reorienting");
}

static void nl_kind_and_field_labels(void **state)
{
    const struct kind *c = kind_get(KIND_CITY);
    (void)state;

    assert_string_equal(_(c->plural), "Steden");
    assert_string_equal(_(c->label), "Stad");
    assert_string_equal(_(c->fields[kind_field(c, "name_nl")].list_label), "Naam");
    assert_string_equal(_(c->fields[kind_field(c, "country_nl")].list_label), "Land");
    assert_string_equal(_(c->fields[kind_field(c, "relation")].label), "Relatie");
    assert_string_equal(_(c->fields[kind_field(c, "since")].label), "Sinds");
    assert_string_equal(C_("field", "Status"), "Status");
}

static void nl_relation_labels(void **state)
{
    const struct kind *c = kind_get(KIND_CITY);
    const struct field *rel = &c->fields[kind_field(c, "relation")];
    (void)state;

    assert_string_equal(kind_value_label(rel, "sister"), "Zusterstad");
    assert_string_equal(kind_value_label(rel, "partner"), "Partnerstad");
}

static void nl_next_text(void **state)
{
    char *s = workflow_next_text(kind_get(KIND_CITY), "under_review");
    (void)state;

    assert_string_equal(s, "Actief (active), Heroriëntering (reorienting), Beëindigd (ended)");
    free(s);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(kind_words_name_their_kind),
        cmocka_unit_test(kind_words_ignore_case),
        cmocka_unit_test(unknown_kind_words_are_null),
        cmocka_unit_test(kinds_have_their_codes),
        cmocka_unit_test(extras_have_a_heading),
        cmocka_unit_test(register_refuses_what_is_taken),
        cmocka_unit_test(statuses_are_those_of_the_design),
        cmocka_unit_test(status_parse_takes_codes),
        cmocka_unit_test(status_parse_takes_dash_space_and_case),
        cmocka_unit_test(status_parse_takes_english_labels),
        cmocka_unit_test(status_parse_refuses_unknown_words),
        cmocka_unit_test(status_labels_in_english),
        cmocka_unit_test(status_list_names_every_code),
        cmocka_unit_test(every_design_transition_is_allowed),
        cmocka_unit_test(every_other_pair_is_refused),
        cmocka_unit_test(unknown_statuses_never_move),
        cmocka_unit_test(next_lists_moves_in_status_order),
        cmocka_unit_test(next_respects_max),
        cmocka_unit_test(next_text_names_labels_and_codes),
        cmocka_unit_test(fields_are_found_by_name),
        cmocka_unit_test(relation_values_have_labels),
    };
    const struct CMUnitTest tests_nl[] = {
        cmocka_unit_test(nl_status_labels),
        cmocka_unit_test(nl_status_parse_takes_dutch_labels),
        cmocka_unit_test(nl_status_parse_ignores_case_beyond_ascii),
        cmocka_unit_test(nl_kind_and_field_labels),
        cmocka_unit_test(nl_relation_labels),
        cmocka_unit_test(nl_next_text),
    };
    int failed;

    test_filter_args(argc, argv);
    failed = cmocka_run_group_tests_name("kind", tests, test_setup_en, test_teardown_en);
    failed += cmocka_run_group_tests_name("kind_nl", tests_nl, test_setup_nl, test_teardown_en);
    return failed;
}
