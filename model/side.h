#ifndef IRDESK_MODEL_SIDE_H
#define IRDESK_MODEL_SIDE_H

#include "model/kind.h"

/* The tables beside the kinds' own: what the store holds about records
 * that is not a field of theirs (Ghent's roles in a network, the top
 * priorities an initiative serves, links, history) and about the policy
 * note as a whole (its chapters, its top priorities, the meta texts).
 * Each is a table of field descriptors, as a kind's fields are, so that
 * the JSON export and import type, check and escape them alike. */
enum side_id {
    SIDE_CHAPTER, SIDE_PRIORITY, SIDE_META, SIDE_VIEW,     /* of the portfolio as a whole */
    SIDE_LINK,
    SIDE_ROLE, SIDE_INITIATIVE_PRIORITY, SIDE_DECISION,    /* of one record each */
    SIDE_NOTE, SIDE_HISTORY, SIDE_ATTACHMENT,
    SIDE_COUNT
};

/* The owner of a side table that is not one kind: every kind's records,
 * always (decisions, the notes journal) or only when the history is asked
 * for (history); or none (a table of the whole portfolio). */
enum { SIDE_EVERY_KIND = -3, SIDE_ANY_KIND = -2, SIDE_NO_OWNER = -1 };

struct side {
    const char *table;   /* SQL table; the JSON key of a table of the whole */
    const char *key;     /* the JSON key under its owner's records, or NULL */
    const struct field *cols;
    int ncols;
    int owner;           /* the kind whose records hold its rows (an enum
                            kind_id), SIDE_EVERY_KIND, SIDE_ANY_KIND or
                            SIDE_NO_OWNER (above) */
    int owner_col;       /* the column with the owner's id, or NO_FIELD */
    int owner_kind_col;  /* the column with the owner's kind code, or NO_FIELD */
};

/* Side table id (static; NULL for an unknown id). */
const struct side *side_get(enum side_id id);

/* 1 when the records of kind k hold sd's rows (history only when with
 * history is set). */
int side_of_kind(const struct side *sd, int k, int history);

/* 1 when column i is its owner's id or kind (left out under the owner). */
int side_owner_col(const struct side *sd, int i);

#endif
