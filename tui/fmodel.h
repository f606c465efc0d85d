#ifndef IRDESK_TUI_FMODEL_H
#define IRDESK_TUI_FMODEL_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;
struct record;

/* The state of the edit form, apart from drawing: values being edited,
 * the field at the cursor, a message per field, and the other desk's
 * version after a conflict.  Pure of curses: unit-tested. */
struct fchoices {
    int64_t *ids;
    char **titles;
    size_t n;
};

struct fmodel {
    const struct kind *k;
    struct record *rec;    /* as being edited: id and version as read */
    struct record *orig;   /* as read, to tell what changed */
    struct record *theirs; /* after a refused save: the version saved by another desk */
    char **err;            /* per field: a validation message, or NULL */
    int cur;               /* a field, or FM_SAVE / FM_CANCEL positions after them */
    struct fchoices *refs; /* per field: the records a reference field may name */
    int saved;             /* 1 once a save succeeded */
};

/* Number of positions: the fields, then [Save] and [Cancel]. */
int fmodel_items(const struct fmodel *m);
int fmodel_save_pos(const struct fmodel *m);
int fmodel_cancel_pos(const struct fmodel *m);

/* Start editing r (a copy is taken), or a new record of kind k when r is
 * NULL.  Loads the choices of reference fields through a. */
int fmodel_init(struct fmodel *m, struct app *a, const struct kind *k, const struct record *r,
                struct ird_err *e);
void fmodel_fini(struct fmodel *m);

/* Move the cursor by delta positions, wrapping. */
void fmodel_move(struct fmodel *m, int delta);

/* Set field i from text and check it at once: a bad value is kept (so
 * nothing typed is lost) and its message stored in err[i]. */
void fmodel_set(struct fmodel *m, int i, const char *text);

/* Field i's value as shown in the form (a choice's label, a city's name);
 * borrowed. */
const char *fmodel_shown(const struct fmodel *m, int i);

/* Step a choice field (enum, bool, reference) to the next (dir > 0) or
 * previous choice; an optional field includes the empty choice. */
void fmodel_cycle(struct fmodel *m, int i, int dir);

/* 1 when something differs from what was read. */
int fmodel_dirty(const struct fmodel *m);

/* Validate and save.  On a bad value the cursor goes to it and err[] says
 * why; on a conflict, theirs holds the other desk's version and the next
 * save knowingly replaces it.  The values typed stay in the form. */
int fmodel_save(struct fmodel *m, struct app *a, struct ird_err *e);

#endif
