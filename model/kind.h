#ifndef IRDESK_MODEL_KIND_H
#define IRDESK_MODEL_KIND_H

#include <stddef.h>

/* The four record kinds.  Each is described by a table (struct kind) that
 * drives the store, validation, the list, the detail view and the form. */
enum kind_id { KIND_CITY, KIND_AGREEMENT, KIND_NETWORK, KIND_INITIATIVE, KIND_COUNT };

enum ftype {
    FT_TEXT,     /* one line */
    FT_LONG,     /* several lines, opened in $EDITOR from the form */
    FT_INT,      /* whole number within [min, max] */
    FT_YEAR,     /* 1000..9999 */
    FT_DATE,     /* YYYY, YYYY-MM or YYYY-MM-DD: as precise as known */
    FT_ENUM,     /* one of choices[] */
    FT_BOOL,     /* "1" or "0" */
    FT_REF       /* id of a record of kind ref */
};

enum field_flag {
    F_REQUIRED = 1u << 0,
    F_READONLY = 1u << 1 /* shown, never edited in the form */
};

/* A value with a stable code and a translatable label (msgid). */
struct choice {
    const char *code;
    const char *label;
};

struct field {
    const char *name;   /* column, and the stable name in CSV/JSON */
    const char *label;  /* msgid */
    enum ftype type;
    unsigned flags;
    long min, max;      /* FT_TEXT/FT_LONG: max characters; FT_INT/FT_YEAR: bounds */
    int list_width;     /* width in the list (0: not a list column) */
    const char *list_label; /* msgid of the column header (NULL: label) */
    int alt;            /* index of the English counterpart shown in English, or -1 */
    int not_before;     /* index of a date/year field this one may not precede, or -1 */
    const struct choice *choices; /* FT_ENUM, terminated by { NULL, NULL } */
    enum kind_id ref;   /* FT_REF */
};

struct transition {
    const char *from, *to;
};

struct kind {
    enum kind_id id;
    const char *code;       /* "city": stable, used in history and links */
    const char *table;      /* SQL table */
    const char *label;      /* msgid, singular: "City" */
    const char *plural;     /* msgid, the pane name: "Cities" */
    const struct field *fields;
    int nfields;
    const struct choice *statuses; /* terminated by { NULL, NULL } */
    const char *initial;    /* status of a new record */
    const struct transition *moves; /* terminated by { NULL, NULL } */
    int title;              /* field that names a record */
};

/* The descriptor of kind k (static, never NULL for a valid k). */
const struct kind *kind_get(enum kind_id k);

/* The kind a user's word names: singular, plural, code, "mou", or Dutch
 * (stad, akkoord, netwerk, initiatief and plurals); NULL when none. */
const struct kind *kind_by_name(const char *word);

/* Index of the field called name, or -1. */
int kind_field(const struct kind *k, const char *name);

/* The status choice with this code, or NULL. */
const struct choice *kind_status(const struct kind *k, const char *code);

/* The status a user's word names: its code (with '-' or ' ' for '_'), or
 * its label in the current language, ignoring case.  NULL when none. */
const struct choice *kind_status_parse(const struct kind *k, const char *word);

/* Translated label of a status code (the code itself when unknown). */
const char *kind_status_label(const struct kind *k, const char *code);

/* All status codes of k, "active, dormant, ..."; caller frees. */
char *kind_status_list(const struct kind *k);

/* The choice with code in a choice table, or NULL. */
const struct choice *choice_find(const struct choice *c, const char *code);

/* Translated label of an enum/bool value of field f ("" for NULL). */
const char *kind_value_label(const struct field *f, const char *value);

#endif
