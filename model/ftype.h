#ifndef IRDESK_MODEL_FTYPE_H
#define IRDESK_MODEL_FTYPE_H

#include <stddef.h>

struct buf;
struct field;
struct ird_err;

/* The types a field can have; each is one row of the traits table in
 * model/ftype.c. */
enum ftype {
    FT_TEXT, /* one line */
    FT_LONG, /* several lines, opened in $EDITOR from the form */
    FT_INT,  /* whole number within [min, max] */
    FT_YEAR, /* 1000..9999 */
    FT_DATE, /* YYYY, YYYY-MM or YYYY-MM-DD: as precise as known */
    FT_ENUM, /* one of choices[] */
    FT_BOOL, /* "1" or "0" */
    FT_REF,  /* id of a record of kind ref */
    FT_BLOB, /* bytes, as base64 text outside the store (an attached file) */
    /* an amount in whole euros, stored as a whole number, shown in Belgian
     * notation ("€ 3.500.000"), typed as "3.500.000", "3500000" or
     * "€ 3.500.000,00" */
    FT_MONEY,
    FT_COUNT
};

/* What a type is, for the code that treats types alike. */
enum ftype_flag {
    FTYPE_FREE = 1u << 0,    /* free text: a list column may cut it to a maximum */
    FTYPE_LINES = 1u << 1,   /* several lines: edited in $EDITOR, newlines allowed */
    FTYPE_RIGHT = 1u << 2,   /* aligned right in list columns */
    FTYPE_WHOLE = 1u << 3,   /* a whole number: written in one form, JSON number */
    FTYPE_PICK = 1u << 4,    /* picked from a list in the form, not typed */
    FTYPE_CHOICES = 1u << 5, /* one of the field's choices, shown by its label */
    FTYPE_RECORD = 1u << 6,  /* names a record of kind ref, shown by its title */
    FTYPE_CUT = 1u << 7      /* a list column may be narrower than its header */
};

/* How the store binds a value of the type. */
enum ftype_bind { FTYPE_BIND_TEXT, FTYPE_BIND_INT, FTYPE_BIND_BLOB };

/* How the store sorts on a field of the type: as stored (numbers, ISO
 * dates, yes/no), as text with case ignored, or on the title of the record
 * it names. */
enum ftype_sort { FTYPE_SORT_PLAIN, FTYPE_SORT_NOCASE, FTYPE_SORT_TITLE };

/* One type's operations.  check is called on a non-empty value only. */
struct ftype_ops {
    enum ftype type;
    const char *name;   /* "text", "date", ...: stable, as in irdesk(5) */
    unsigned flags;     /* enum ftype_flag */
    enum ftype_bind bind;
    enum ftype_sort sort;
    int min_width;      /* narrowest list column (0: its header's width) */
    int (*check)(const struct field *f, const char *v, struct ird_err *e);
    /* <0, 0, >0 as a comes before, with or after b (both valid values) */
    int (*compare)(const char *a, const char *b);
    /* the value in JSON (not NULL) */
    void (*json)(struct buf *b, const char *v);
    /* the value as a person reads it, caller frees; NULL: as stored */
    char *(*show)(const char *v);
};

/* The traits of type t (static; the text row for an unknown t). */
const struct ftype_ops *ftype_get(enum ftype t);

/* 1 when type t has every flag in flags. */
int ftype_is(enum ftype t, unsigned flags);

/* Check text a person typed: valid UTF-8, no control characters (newlines
 * and tabs only when multiline), at most max characters (0: no limit).
 * label names it in the message. */
int ftype_check_text(const char *label, const char *s, int multiline, long max,
                     struct ird_err *e);

/* Parse a date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD, a real
 * calendar day.  Returns the number of parts (1-3) or -1. */
int ftype_date_parse(const char *s, int *y, int *m, int *d);

/* The last day a date as precise as known can mean: "2019" -> "2019-12-31". */
void ftype_date_upper(const char *d, char out[16]);

/* The one written form of a whole number ("01971" -> "1971") in out: 1
 * when f's type is a whole number and v is one, else 0 (v stays as typed). */
int ftype_normalise(const struct field *f, const char *v, char out[32]);

/* An amount as typed ("€ 3.500.000,00", "3.500.000", "3500000") in whole
 * euros: 0, or -1 when it is not one (cents other than ,00 included). */
int ftype_money_parse(const char *s, long long *euros);

/* Whole euros in Belgian notation, "€ 3.500.000"; caller frees. */
char *ftype_money_text(long long euros);

/* s as a JSON string ("null" for NULL). */
void ftype_json_string(struct buf *b, const char *s);

#endif
