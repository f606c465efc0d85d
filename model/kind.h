#ifndef IRDESK_MODEL_KIND_H
#define IRDESK_MODEL_KIND_H

#include <stddef.h>

#include "model/ftype.h"

/* The built-in record kinds.  Each is described by a table (struct kind,
 * data in model/kinds.c) that drives the store, validation, the list, the
 * detail view, the form, the dossier, the portfolio and the attention rules.
 * Kinds added with kind_register (a test's) take the ids from KIND_COUNT on;
 * KIND_COUNT stays the number of built-in kinds (the desk's panes).  The
 * order is the panes': kind i answers to pane key i + 1 (DESIGN.md). */
enum kind_id {
    KIND_CITY, KIND_AGREEMENT, KIND_NETWORK, KIND_INITIATIVE, KIND_STATEMENT, KIND_VISIT,
    KIND_PROJECT, KIND_CONTACT, KIND_ASSESSMENT,
    KIND_COUNT
};

/* The code a status filter takes for "the record's latest decision has not
 * been carried out" (kinds with a decision log): derived, never a status. */
#define KIND_PENDING "decision_pending"

/* How many kinds kind_register takes. */
enum { KIND_ADDED_MAX = 8 };

/* No field: the value of a field reference (alt, not_before, ...) that has none. */
enum { NO_FIELD = -1 };

enum field_flag {
    F_REQUIRED = 1u << 0,
    F_READONLY = 1u << 1, /* shown, never edited in the form */
    /* a date that makes a live record due: overdue once past, due when
     * within the horizon (the field's overdue and due words say so) */
    F_DUE = 1u << 2,
    /* a yes/no a live record should have as yes: "0" needs attention (the
     * field's lacking words say why) */
    F_WANTED = 1u << 3,
    /* a name or spelling that is the same in every language (a native
     * spelling), or a value shown by a translated label: no twin */
    F_NO_TWIN = 1u << 4,
    /* a Dutch field with a twin whose table stores a sort key per language
     * (model/twin.h: twin_sort_col), so that lists sort in the shown one */
    F_SORT_KEY = 1u << 5,
    /* the end of the record's period (a contact in a function): the view
     * condition '~ended' takes the records whose period ended more than
     * the configured review time ago (contact_review, months) */
    F_PERIOD_END = 1u << 6
};

enum choice_flag {
    /* a status under which the record still runs: the attention rules apply */
    S_LIVE = 1u << 0,
    /* a status the portfolio counts and lists as held (active, in force, member) */
    S_HELD = 1u << 1
};

/* A message with a plural: msgids, singular and plural (many NULL: the
 * message has no plural).  NP_ marks a pair for xgettext (--keyword=NP_:1,2). */
struct plural {
    const char *one, *many;
};
#define NP_(one, many) { (one), (many) }

/* A value with a stable code and a translatable label (msgid). */
struct choice {
    const char *code;
    const char *label;
    unsigned flags; /* enum choice_flag, for statuses */
};

/* How a date field shows in the calendar (core/agenda.c): the calendar,
 * `irdesk agenda` and the iCal export take every field that has one. */
struct agenda_spec {
    const char *what;  /* msgid: what happens on the date ("Term ends") */
    int until;         /* the date field that ends its period, or NO_FIELD */
    int remind;        /* 1: reminded before the date, at the lead times */
    unsigned statuses; /* only while the status has one of these flags (enum
                          choice_flag; 0: whatever the status) */
    int contact;       /* 1: the date is a contact (a visit, a meeting) with the
                          records it is linked to: their "last contact" */
};

struct field {
    const char *name;   /* column, and the stable name in CSV/JSON */
    const char *label;  /* msgid */
    enum ftype type;
    unsigned flags;     /* enum field_flag */
    long min, max;      /* FT_TEXT/FT_LONG: max characters; FT_INT/FT_YEAR: bounds */
    int list_width;     /* width in the list (0: not a list column) */
    const char *list_label; /* msgid of the column header (NULL: label) */
    /* the field's twin in English (model/twin.h): this one holds the Dutch,
     * alt the English, and the desk shows the one of its language; NO_FIELD
     * for a field without one (and for the English twin itself) */
    int alt;
    int not_before;     /* a date/year field this one may not precede, or NO_FIELD */
    const struct choice *choices; /* FT_ENUM, FT_BOOL: terminated by { NULL } */
    enum kind_id ref;   /* FT_REF */
    /* F_DUE: msgids; overdue gets (date, status label), due (date, months) */
    const char *overdue;
    struct plural due;
    const char *lacking; /* F_WANTED: msgid said of a live record with "0" */
    const struct agenda_spec *agenda; /* FT_DATE: in the calendar; NULL: not */
};

struct transition {
    const char *from, *to;
};

/* Lines shown with a record that are not fields of its own (a network's
 * roles, an initiative's chapter and top priorities): the store has one
 * source per type (db/store_links.c), core/extra.c words them.  A kind
 * names its own in its extras, as bits EXTRA_BIT(type). */
enum extra_type { EXTRA_ROLE, EXTRA_CHAPTER, EXTRA_PRIORITY };
enum { EXTRA_TYPES = EXTRA_PRIORITY + 1 };
#define EXTRA_BIT(type) (1u << (type))

/* The kinds of portfolio section (core/summary.c renders each). */
enum part_type {
    PART_SHARE,     /* text: (held, all), its plural by held: "1 of 12 partnerships is active." */
    PART_COUNT,     /* text: (held); with a figure in meta, stated: (held, figure) */
    PART_GROUPS,    /* per groups[] value of field: a heading, then each record's line */
    PART_TABLE,     /* the records as a table of cols[] after their number; "None." */
    PART_ATTENTION, /* text, the heading: (horizon); the records that need attention */
    PART_EXTRAS,    /* the extra lines (roles) still running, after the record's title */
    PART_BULLETS,   /* "- title, shown[0]" per record */
    PART_STATUSES,  /* text: (all, "3 Planned, 1 In progress") */
    PART_CHAPTERS,  /* per chapter of the policy note (field): "no. title [status]" */
    PART_PRIORITIES, /* status counts per top priority of the policy note */
    /* the latest record (by the date field number) per value of field on
     * a grid: rows the choices of cols[0].field, columns those of
     * cols[1].field, in each cell the records' field */
    PART_GRID,
    PART_LACKING,   /* "- title" of each record whose F_WANTED field is not "1" */
    /* the sums of the money field number, per value of field: its choices
     * (an enum), or for a year or date the groups[] periods, each code
     * "YYYY-YYYY" (a record outside every period, or without a value, is
     * "not known"); then the total.  A table with text: (records) */
    PART_SUM
};

enum part_flag {
    PART_HELD_ONLY = 1u << 0, /* only the records of a held status (S_HELD) */
    /* only the records whose period (the year in field) has not ended by
     * the report's year: a stated 2018-2020 is not current in 2026 */
    PART_RUNNING = 1u << 1
};

/* A column of a PART_TABLE. */
struct part_col {
    int field;
    int max; /* cells (0: no limit) */
};

enum { PART_COLS = 4 };

/* One section of a kind's part of the portfolio. */
struct part {
    enum part_type type;
    unsigned flags;           /* enum part_flag */
    const char *heading;      /* msgid of the section's heading, or NULL */
    struct plural text;       /* its sentence */
    struct plural stated;     /* PART_COUNT: its sentence with the figure known */
    const char *meta;         /* PART_COUNT: key of the figure in the store's meta */
    const char *meta_text;    /* PART_COUNT: key of the note's own words on it, quoted */
    int field;                /* PART_GROUPS, PART_CHAPTERS: the field grouped on */
    const struct choice *groups; /* PART_GROUPS: value, heading; { NULL } ends */
    int shown[2];             /* PART_GROUPS, PART_BULLETS: fields after the title */
    int note;                 /* PART_GROUPS: a text shown under the line, or NO_FIELD */
    const char *note_label;   /* its msgid */
    int number;               /* PART_CHAPTERS: the field numbering the lines */
    struct part_col cols[PART_COLS]; /* PART_TABLE */
    int ncols;
};

struct kind {
    enum kind_id id;
    const char *code;       /* "city": stable, used in history and links */
    const char *table;      /* SQL table */
    const char *label;      /* msgid, singular: "City" */
    const char *plural;     /* msgid, the pane name: "Cities" */
    const char *tab;        /* msgid, the pane's short name in a narrow bar: "Cit." */
    struct plural count;    /* "%s city" / "%s cities": a number of them (%s: the
                               number, written out) */
    const char *const *words; /* more words a user may name it by; NULL ends */
    const struct field *fields;
    int nfields;
    const struct choice *statuses; /* terminated by { NULL } */
    const char *initial;    /* status of a new record */
    const struct transition *moves; /* terminated by { NULL, NULL } */
    int title;              /* field that names a record */
    int alias;              /* another name it is looked up by, or NO_FIELD */
    unsigned extras;        /* its extra lines: EXTRA_BIT(enum extra_type)s, in that order */
    const char *extra_heading; /* msgid of the heading of its extra lines */
    const char *portfolio;  /* msgid of its part of the portfolio, NULL: none */
    const struct part *parts;
    int nparts;
    int decisions;          /* 1: it keeps a decision log (db: table decision) */
    /* 1: it holds personal data (GDPR): its exports and reports are written
     * 0600 whatever the database's mode, and `irdesk erase` takes it */
    int personal;
    /* 1: a partner whose contacts count (visits, meetings linked to it):
     * its detail shows the last one, and says so when there has been none
     * for config contact_dormant months */
    int contacts;
};

/* The descriptor of kind k, built-in or registered (static, never NULL for
 * a valid k; NULL else). */
const struct kind *kind_get(enum kind_id k);

/* How many kinds there are: the built-in ones and those registered; their
 * ids are 0 .. kind_count() - 1. */
int kind_count(void);

/* Add a kind known only by its descriptor (a test's), which must outlive
 * its use: its id must be kind_count(), and its code, table and words new.
 * The store then takes it like the built-in kinds once the database has its
 * table (its migration).  0, or -1 when refused. */
int kind_register(const struct kind *k);

/* The kind whose stable code (as in history and links) is code, or NULL. */
const struct kind *kind_by_code(const char *code);

/* The kind a user's word names: its code or one of its words (singular,
 * plural, Dutch, "mou"), ignoring case.  NULL when none. */
const struct kind *kind_by_name(const char *word);

/* Index of the field called name, or -1. */
int kind_field(const struct kind *k, const char *name);

/* The status choice with this code, or NULL. */
const struct choice *kind_status(const struct kind *k, const char *code);

/* 1 when code is a status of k with every flag in flags (enum choice_flag). */
int kind_status_is(const struct kind *k, const char *code, unsigned flags);
/* 1 when code is a status of k with at least one flag of flags. */
int kind_status_any(const struct kind *k, const char *code, unsigned flags);

/* The status a user's word names: its code (with '-' or ' ' for '_'), or
 * its label in the current language, ignoring case.  NULL when none. */
const struct choice *kind_status_parse(const struct kind *k, const char *word);

/* What a status filter takes: a status (as kind_status_parse), or for a
 * kind with a decision log KIND_PENDING (its code or its label).  NULL
 * when none. */
const struct choice *kind_filter_parse(const struct kind *k, const char *word);

/* Translated label of a status code (the code itself when unknown);
 * KIND_PENDING's label for it. */
const char *kind_status_label(const struct kind *k, const char *code);

/* All status codes of k, "active, dormant, ..."; caller frees. */
char *kind_status_list(const struct kind *k);

/* The choice with code in a choice table, or NULL. */
const struct choice *choice_find(const struct choice *c, const char *code);

/* Translated label of an enum/bool value of field f ("" for NULL). */
const char *kind_value_label(const struct field *f, const char *value);

#endif
