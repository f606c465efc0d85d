#ifndef IRDESK_MODEL_SAVED_H
#define IRDESK_MODEL_SAVED_H

#include <stddef.h>
#include <stdint.h>

#include "model/kind.h"
#include "model/record.h"

/* The rows the store hands over for saved views, the notes journal and
 * the search of everything (db/store_view.c, db/store_note.c). */

/* A saved view: a pane with its filter, status filter, sort and columns,
 * under a name.  Strings owned; NULL when not set. */
struct view_def {
    char *name;
    char *title_nl, *title_en; /* a built-in view's titles; NULL: the name */
    char *kind;     /* the kind's code; NULL: whichever pane it is opened on */
    char *search;   /* the filter's words */
    char *status;   /* a status code, or a derived condition (~due, =FIELD:VALUE) */
    char *sort;     /* a field name; NULL: the number */
    int descending;
    char *columns;  /* field names, comma-separated; NULL: the kind's */
    int builtin;    /* shipped with irdesk */
    int personal;   /* from the configuration, not the database */
};
void view_def_fini(struct view_def *v);
void view_def_list_free(struct view_def *v, size_t n);

/* A note of a record's journal: never edited in place. */
struct note {
    int64_t id;
    enum kind_id kind;
    int64_t record_id;
    char *at, *user, *body;
};
void note_list_free(struct note *n, size_t count);

/* Where a word was found: a record's own text, a note of its journal, a
 * line of its history. */
enum hit_type { HIT_RECORD, HIT_NOTE, HIT_HISTORY };

/* One match of a search of everything, with its record's title. */
struct hit {
    enum hit_type type;
    enum kind_id kind;
    int64_t id;
    char *title_nl, *title_en, *status;
    int archived;
    char *text;      /* HIT_NOTE: the note */
    struct hist *h;  /* HIT_HISTORY: the line (one, owned) */
};
void hit_list_free(struct hit *h, size_t n);

/* A file attached to a record (db/store_attach.c): its bytes are read
 * apart (store_attachment_body), never with the list. */
struct attachment {
    int64_t id;
    enum kind_id kind;
    int64_t record_id;
    char *name, *mime;
    long long size;
    char *sha256;             /* lowercase hexadecimal */
    char *added_by, *added_at; /* added_at in UTC */
    int archived;
};
void attachment_list_free(struct attachment *a, size_t n);

#endif
