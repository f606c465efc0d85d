#ifndef IRDESK_TUI_LISTWIN_H
#define IRDESK_TUI_LISTWIN_H

#include <stddef.h>
#include <stdint.h>

#include "lib/err.h"
#include "model/record.h"

struct app;

/* A list pane's rows as a window on the store: the rows on screen are
 * fetched next to a known row (keyset), so moving, paging and jumping to
 * the end cost the same in a table of a hundred rows or a million.
 * No curses: unit-tested, with the store's work counted. */
enum { LISTWIN_CAP = 500 }; /* rows counted at most for a count or a place */
/* matches of a search counted at most when the user is idle ("1000+"):
 * FTS5 hands them over one at a time, a count of them all would follow
 * the table */
enum { LISTWIN_SETTLE_CAP = 1000 };

struct listwin {
    struct query q;
    char search[256];  /* q.search points here when set */
    long count;        /* rows matching q (at least, when count_lo) */
    long sel;          /* selected row, 0-based position in q's order */
    long top;          /* position of the first row of the window */
    int count_lo;      /* count is a lower bound: more than LISTWIN_CAP match */
    int pos_lo;        /* sel and top are lower bounds: the window is deeper
                        * than LISTWIN_CAP rows, and was placed without
                        * counting them all */
    unsigned gen;      /* the caller's generation of the data it was loaded at */
    int64_t top_id;    /* the first row of the window (0: the start) */
    int rows;          /* rows the window holds (the screen's list height) */
    struct record **win;
    size_t nwin;
    int valid;         /* win holds the rows from top_id */
    int settled;       /* counted out since the last count (listwin_settle) */
};

void listwin_init(struct listwin *w, enum kind_id k);
void listwin_fini(struct listwin *w);

/* Count again (after a change, a filter, a sort, another desk's commit).
 * The window stays on its first row; the selection on its record when
 * keep_id is set.  Counts and places are counted up to LISTWIN_CAP rows,
 * so the work follows the window, not the table. */
int listwin_reload(struct listwin *w, struct app *a, int64_t keep_id, struct ird_err *e);

/* Make sure the window holds the rows on screen (rows of them). */
int listwin_fetch(struct listwin *w, struct app *a, int rows, struct ird_err *e);

/* Move the selection by delta rows; to the first or the last row. */
int listwin_move(struct listwin *w, struct app *a, long delta, struct ird_err *e);
int listwin_first(struct listwin *w, struct app *a, struct ird_err *e);
int listwin_last(struct listwin *w, struct app *a, struct ird_err *e);

/* Set the search (NULL or "": none) and go to the first row. */
int listwin_search(struct listwin *w, struct app *a, const char *text, struct ird_err *e);

/* When the count or the places are lower bounds, count them exactly (the
 * whole filtered list: for when the user is idle), once after each count;
 * a search's matches up to LISTWIN_SETTLE_CAP (more: the count stays a
 * lower bound, and so do the places after it).  1 when they changed, 0
 * when they were exact already or counted out, -1 on error. */
int listwin_settle(struct listwin *w, struct app *a, struct ird_err *e);

/* The place of the selection for the screen, "12/340", "1001+/100000" or
 * "3/1000+" (a "+": at least), into out. */
void listwin_place_text(const struct listwin *w, char *out, size_t size);

/* The selected record (borrowed; NULL when the list is empty). */
const struct record *listwin_selected(const struct listwin *w);

#endif
