#ifndef IRDESK_CORE_UNDO_H
#define IRDESK_CORE_UNDO_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/kind.h"

struct app;
struct record;

/* Undo and redo of the changes made at one desk, back to its start.  A
 * step is one command (an edit, a status change, an archive, or a bulk
 * action of many changes).  An undo is itself a change written through the
 * versioned save, with its own history lines (nothing is taken out of the
 * history), and is refused when another desk changed a record since. */

enum undo_what { UNDO_EDIT, UNDO_STATUS, UNDO_ARCHIVE };

struct undo_change {
    enum undo_what what;
    enum kind_id kind;
    int64_t id;
    int64_t version;        /* the record's version with the change in place */
    struct record *before;  /* UNDO_EDIT: the values before and after, owned */
    struct record *after;
    char *from, *to;        /* UNDO_STATUS: codes */
    int archived;           /* UNDO_ARCHIVE: the flag the change set */
};

struct undo_step {
    struct undo_change *c;
    size_t n;
    char *label;  /* what the step did, translated: "Edit of City 3 · Kanazawa" */
};

struct undo {
    struct undo_step *steps;
    size_t n, cap;
    size_t done;  /* steps[0..done) are in place; the rest were undone (redo) */
    int open;     /* a step is being recorded (undo_begin) */
};

void undo_init(struct undo *u);
void undo_fini(struct undo *u);

/* Start recording a step labelled label; the changes noted until undo_end
 * are undone together.  Steps undone so far can no longer be redone. */
void undo_begin(struct undo *u, const char *label);
/* Record a saved edit: the record as read before and as stored after
 * (copied). */
void undo_note_edit(struct undo *u, const struct record *before, const struct record *after);
/* Record a status change from -> to that left the record at version. */
void undo_note_status(struct undo *u, enum kind_id k, int64_t id, int64_t version,
                      const char *from, const char *to);
/* Record an archive (archived 1) or a restore that left it at version. */
void undo_note_archive(struct undo *u, enum kind_id k, int64_t id, int64_t version,
                       int archived);
/* End the step (an empty one is dropped). */
void undo_end(struct undo *u);

/* How many steps can be undone, and redone. */
size_t undo_can_undo(const struct undo *u);
size_t undo_can_redo(const struct undo *u);

/* Undo the last step in place (redo: the first undone one), all its
 * changes in one transaction; *label gets its label (borrowed).  Refused
 * with IRD_STALE, naming the record and changing nothing, when another desk
 * changed one of its records since; IRD_NOT_FOUND when there is nothing to
 * undo (redo). */
int undo_undo(struct app *a, struct undo *u, const char **label, struct ird_err *e);
int undo_redo(struct app *a, struct undo *u, const char **label, struct ird_err *e);

#endif
