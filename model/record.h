#ifndef IRDESK_MODEL_RECORD_H
#define IRDESK_MODEL_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "model/kind.h"

/* One record of any kind: values are text, one per field of its kind
 * (NULL when empty).  Leaf header: db/ uses it to hand rows over. */
struct record {
    const struct kind *kind;
    int64_t id;          /* 0 for a record not saved yet */
    int64_t version;     /* as read; a save with a stale version is refused */
    int archived;
    char *status;
    char **val;          /* kind->nfields values, owned */
    char **ref_title;    /* FT_REF fields: 2 * nfields titles (nl, en), owned */
    char **shown;        /* nfields texts record_shown made (a twin marked), owned */
};

/* A new empty record of kind k with its initial status; caller owns. */
struct record *record_new(const struct kind *k);
/* A deep copy; caller owns. */
struct record *record_dup(const struct record *r);
/* NULL-safe; sets *pr to NULL. */
void record_free(struct record **pr);
void record_list_free(struct record **rs, size_t n);

/* Field i's value (borrowed), or NULL when empty. */
const char *record_get(const struct record *r, int i);
/* Set field i to a copy of value ("" or NULL empties it). */
void record_set(struct record *r, int i, const char *value);
void record_set_status(struct record *r, const char *status);
void record_set_ref_title(struct record *r, int i, const char *nl, const char *en);

/* Field i as a person reads it in the current language: enum labels, the
 * title of a referenced record; of a Dutch field with a twin, the text of
 * the current language, else the other one after its mark ("[nl] ...",
 * model/twin.h).  Borrowed until the next call for field i or a change of
 * the record; "" when empty. */
const char *record_shown(const struct record *r, int i);

/* Value v of field i as a person reads it, without the English counterpart:
 * enum labels, the title of a referenced record (in the current language,
 * else marked, as record_shown).  Borrowed. */
const char *record_value_text(const struct record *r, int i, const char *v);

/* The record's name in the current language (borrowed, never NULL). */
const char *record_title(const struct record *r);

struct table;
/* The records as a table of their kind's list columns: number, the list
 * fields, status; text columns at most text_max cells wide (0: no limit).
 * Caller owns (table_free). */
struct table *record_table(const struct kind *k, struct record *const *rs, size_t n,
                           size_t text_max);
/* The same with only the list columns named in columns (field names,
 * comma-separated; NULL: all of them). */
struct table *record_table_only(const struct kind *k, struct record *const *rs, size_t n,
                                size_t text_max, const char *columns);
/* 1 when field f of k is a list column named in columns (NULL: any). */
int record_list_column(const struct kind *k, int f, const char *columns);

/* What to read from the store: the records of one kind, optionally of one
 * status and matching a search, sorted on a field. */
struct query {
    enum kind_id kind;
    const char *status;  /* status code, NULL: any */
    const char *search;  /* words; accents and case ignored; NULL: all */
    int sort;            /* field index; -1: by id */
    int descending;
    int archived;        /* 0: hide archived; 1: show them too */
};

/* One line of history. */
struct hist {
    int64_t id;
    enum kind_id kind;  /* the record it is about */
    int64_t record_id;
    char *at, *user, *action, *field, *old, *new_, *note, *source;
    char *note_en;      /* the note's English twin (a document's text), or NULL */
};
void hist_list_free(struct hist *h, size_t n);

/* A record linked to another, with its title in both languages. */
struct link_ref {
    enum kind_id kind;
    int64_t id;
    char *title_nl, *title_en, *status, *note;
    char *note_en; /* the note's English twin, or NULL */
};
void link_list_free(struct link_ref *l, size_t n);

/* One extra line shown with a record (enum extra_type in model/kind.h):
 * the store hands over the parts; core/extra.c words them. */
struct extra {
    enum extra_type type;
    int number;    /* a chapter's number, else 0 */
    char *nl, *en; /* the role, chapter title or priority name (en may be NULL) */
    char *body;    /* a role's forum or committee, NULL when none */
    char *body_en; /* its English twin, NULL when none */
    char *note, *note_en; /* a role's note, a priority's basis (both may be NULL) */
    int from_year; /* a role's first year, 0 when not known or not a role */
    int to_year;   /* a role's last year, 0 when open-ended or not a role */
};
void extra_list_free(struct extra *x, size_t n);

/* A decision of a record's decision log: decided on a date by a body or
 * in a document, carried out (done) only when a document reports it. */
struct decision {
    int64_t id;
    char *decided;           /* date, as precise as known */
    char *body, *body_en;    /* the deciding body or document */
    char *text_nl, *text_en; /* the decision; en may be NULL */
    int en_given;            /* 1: the English is a document's own */
    char *source;
    char *done, *done_source; /* NULL while pending */
    char *done_status;        /* the status carrying it out moved to, or NULL */
};
void decision_list_free(struct decision *d, size_t n);

/* A chapter of the policy note. */
struct chapter {
    int number;
    char *title_nl, *title_en;
};
void chapter_list_free(struct chapter *c, size_t n);

/* How many initiatives serving a top priority have a status. */
struct prio_count {
    int priority;           /* its id */
    char *name_nl, *name_en;
    char *status;           /* NULL: the priority has no initiatives */
    long count;
};
void prio_count_list_free(struct prio_count *p, size_t n);

#endif
