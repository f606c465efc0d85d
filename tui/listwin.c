#include "tui/listwin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/desk.h"

void listwin_init(struct listwin *w, enum kind_id k)
{
    memset(w, 0, sizeof *w);
    w->q = (struct query){ k, NULL, NULL, -1, 0, 0 };
    w->rows = 1;
}

static void drop(struct listwin *w)
{
    record_list_free(w->win, w->nwin);
    w->win = NULL;
    w->nwin = 0;
    w->valid = 0;
}

void listwin_fini(struct listwin *w)
{
    drop(w);
}

static void clamp_sel(struct listwin *w)
{
    if (w->sel >= w->count && !w->count_lo)
        w->sel = w->count - 1;
    if (w->sel < 0)
        w->sel = 0;
}

/* Count q, up to the cap (the plain count is kept, exact at any size). */
static int count_q(struct listwin *w, struct app *a, struct ird_err *e)
{
    w->settled = 0;
    if (desk_count_upto(a, &w->q, LISTWIN_CAP + 1, &w->count, e) < 0)
        return -1;
    w->count_lo = w->count == LISTWIN_CAP + 1;
    if (w->count_lo)
        w->count = LISTWIN_CAP;
    return 0;
}

/* The place of record id in q's order, counted up to the cap: *lo set when
 * it is deeper (then *pos is a lower bound). */
static int place(struct listwin *w, struct app *a, int64_t id, long *pos, int *lo,
                 struct ird_err *e)
{
    if (desk_position_upto(a, &w->q, id, LISTWIN_CAP + 1, pos, e) < 0)
        return -1;
    *lo = *pos == LISTWIN_CAP + 1;
    return 0;
}

/* The window reached the last row: what that says of the count and the
 * places. */
static void at_end(struct listwin *w)
{
    if (!w->count_lo) {
        w->top = w->count - (long)w->nwin;
        if (w->top < 0)
            w->top = 0;
        w->pos_lo = 0;
    } else if (!w->pos_lo) {
        w->count = w->top + (long)w->nwin;
        w->count_lo = 0;
    } else if (w->top + (long)w->nwin > w->count) {
        w->count = w->top + (long)w->nwin;
    }
}

int listwin_fetch(struct listwin *w, struct app *a, int rows, struct ird_err *e)
{
    if (rows < 1)
        rows = 1;
    if (w->valid && w->rows == rows)
        return 0;
    w->rows = rows;
    drop(w);
    if (desk_window(a, &w->q, w->top_id, 1, 1, rows, &w->win, &w->nwin, e) < 0)
        return -1;
    if (w->nwin == 0 && w->count > 0) {
        /* the first row is gone (restored, archived): start again */
        w->top = 0;
        w->top_id = 0;
        w->pos_lo = 0;
        if (desk_window(a, &w->q, 0, 1, 1, rows, &w->win, &w->nwin, e) < 0)
            return -1;
    } else if ((long)w->nwin < rows && (w->top > 0 || w->pos_lo)) {
        /* the window ran past the end (a taller screen, rows gone): end there */
        drop(w);
        if (desk_window(a, &w->q, 0, -1, 0, rows, &w->win, &w->nwin, e) < 0)
            return -1;
        at_end(w);
    } else if ((long)w->nwin < rows) {
        at_end(w);
    }
    w->top_id = w->nwin > 0 ? w->win[0]->id : 0;
    w->valid = 1;
    if (w->sel < w->top)
        w->sel = w->top;
    if (w->sel >= w->top + (long)w->nwin)
        w->sel = w->top + (long)w->nwin - 1;
    clamp_sel(w);
    return 0;
}

/* Place the window around keep_id, the selection on it: the rows before
 * it are read (half a window), not counted. */
static int around(struct listwin *w, struct app *a, int64_t keep_id, long pos,
                  struct ird_err *e)
{
    struct record **rs = NULL;
    size_t n = 0;

    w->sel = pos;
    w->top = pos - w->rows / 2 < 0 ? 0 : pos - w->rows / 2;
    w->top_id = 0;
    if (w->top > 0) {
        if (desk_window(a, &w->q, keep_id, -1, 0, pos - w->top, &rs, &n, e) < 0)
            return -1;
        w->top = pos - (long)n;
        w->top_id = n > 0 ? rs[0]->id : keep_id;
        record_list_free(rs, n);
    }
    return 0;
}

int listwin_reload(struct listwin *w, struct app *a, int64_t keep_id, struct ird_err *e)
{
    long pos = -1, off = w->sel - w->top;
    int lo = 0;

    drop(w);
    if (count_q(w, a, e) < 0)
        return -1;
    if (keep_id > 0 && place(w, a, keep_id, &pos, &lo, e) == 0 && pos >= 0) {
        /* the selection on its record, the window around it */
        w->pos_lo = lo;
        if (around(w, a, keep_id, pos, e) < 0)
            return -1;
    } else if (w->top_id > 0 && place(w, a, w->top_id, &pos, &lo, e) == 0 && pos >= 0) {
        /* the window stays on its first row, which may have moved */
        w->pos_lo = lo;
        w->top = pos;
        w->sel = pos + off;
    } else {
        w->top = 0;
        w->top_id = 0;
        w->pos_lo = 0;
    }
    if (w->top >= w->count && !w->count_lo && !w->pos_lo) {
        w->top = 0;
        w->top_id = 0;
    }
    clamp_sel(w);
    return listwin_fetch(w, a, w->rows, e);
}

int listwin_first(struct listwin *w, struct app *a, struct ird_err *e)
{
    drop(w);
    w->sel = w->top = 0;
    w->top_id = 0;
    w->pos_lo = 0;
    return listwin_fetch(w, a, w->rows, e);
}

int listwin_last(struct listwin *w, struct app *a, struct ird_err *e)
{
    drop(w);
    if (desk_window(a, &w->q, 0, -1, 0, w->rows, &w->win, &w->nwin, e) < 0)
        return -1;
    w->pos_lo = w->count_lo;
    w->top = w->count - (long)w->nwin;
    if (w->top < 0)
        w->top = 0;
    w->top_id = w->nwin > 0 ? w->win[0]->id : 0;
    w->sel = w->top + (long)w->nwin - 1;
    clamp_sel(w);
    w->valid = 1;
    return 0;
}

/* Places known only as lower bounds near the start of the list: count
 * them again (up to the cap), so that moving up finds the real start. */
static int relocate(struct listwin *w, struct app *a, struct ird_err *e)
{
    long pos = -1, shift;
    int lo = 0;

    if (w->top_id <= 0 || place(w, a, w->top_id, &pos, &lo, e) < 0 || pos < 0)
        return w->top_id <= 0 ? 0 : -1;
    shift = pos - w->top;
    w->top += shift;
    w->sel += shift;
    w->pos_lo = lo;
    return 0;
}

/* Move the window's first row down to newtop (past the window's rows). */
static int shift_down(struct listwin *w, struct app *a, long newtop, struct ird_err *e)
{
    long shift = newtop - w->top;
    struct record **rs = NULL;
    size_t n = 0;
    int64_t last = w->nwin > 0 ? w->win[w->nwin - 1]->id : 0;

    if (shift < (long)w->nwin) {
        w->top_id = w->win[shift]->id;
        w->top = newtop;
        return 1;
    }
    /* the rows after the window: as many as the move skips */
    if (desk_window(a, &w->q, last, 1, 0, shift - (long)w->nwin + 1, &rs, &n, e) < 0)
        return -1;
    if (n == 0) {
        record_list_free(rs, n);
        return 0;
    }
    w->top_id = rs[n - 1]->id;
    w->top = w->top + (long)w->nwin + (long)n - 1;
    record_list_free(rs, n);
    return 1;
}

int listwin_move(struct listwin *w, struct app *a, long delta, struct ird_err *e)
{
    long to, newtop;
    struct record **rs = NULL;
    size_t n = 0;
    int rc;

    if (listwin_fetch(w, a, w->rows, e) < 0)
        return -1;
    if (w->pos_lo && w->sel + delta < w->rows && relocate(w, a, e) < 0)
        return -1;
    to = w->sel + delta;
    if (to >= w->count && !w->count_lo)
        to = w->count - 1;
    if (to < 0)
        to = 0;
    if (to >= w->top && to < w->top + (long)w->nwin) {
        w->sel = to;
        return 0;
    }
    if (to >= w->top + w->rows) {
        rc = shift_down(w, a, to - w->rows + 1, e);
        if (rc <= 0)
            return rc < 0 ? -1 : listwin_last(w, a, e);
    } else {
        newtop = to;
        if (desk_window(a, &w->q, w->top_id, -1, 0, w->top - newtop, &rs, &n, e) < 0)
            return -1;
        if (n == 0) {
            record_list_free(rs, n);
            return listwin_first(w, a, e);
        }
        w->top_id = rs[0]->id;
        w->top -= (long)n;
        record_list_free(rs, n);
    }
    if (w->top < 0)
        w->top = 0;
    w->sel = to;
    drop(w);
    return listwin_fetch(w, a, w->rows, e);
}

int listwin_search(struct listwin *w, struct app *a, const char *text, struct ird_err *e)
{
    snprintf(w->search, sizeof w->search, "%s", text != NULL ? text : "");
    w->q.search = w->search[0] != '\0' ? w->search : NULL;
    w->sel = w->top = 0;
    w->top_id = 0;
    w->pos_lo = 0;
    drop(w);
    if (count_q(w, a, e) < 0)
        return -1;
    return listwin_fetch(w, a, w->rows, e);
}

int listwin_settle(struct listwin *w, struct app *a, struct ird_err *e)
{
    long pos = -1;

    if (!w->valid || w->settled || (!w->pos_lo && !w->count_lo))
        return 0;
    w->settled = 1;
    if (w->count_lo && w->q.search != NULL) {
        if (desk_count_upto(a, &w->q, LISTWIN_SETTLE_CAP + 1, &w->count, e) < 0)
            return -1;
        w->count_lo = w->count > LISTWIN_SETTLE_CAP;
        if (w->count_lo)
            w->count = LISTWIN_SETTLE_CAP;
        if (w->count_lo && w->count < w->top + (long)w->nwin)
            w->count = w->top + (long)w->nwin; /* the rows seen are there */
    } else if (w->count_lo) {
        if (desk_count(a, &w->q, &w->count, e) < 0)
            return -1;
        w->count_lo = 0;
    }
    /* a place among more matches than were counted is not counted either
     * (a search's window walks its sort testing each row) */
    if (w->pos_lo && w->top_id > 0 && !w->count_lo) {
        if (desk_position(a, &w->q, w->top_id, &pos, e) < 0)
            return -1;
        if (pos >= 0) {
            w->sel += pos - w->top;
            w->top = pos;
        }
        w->pos_lo = 0;
    } else if (!w->count_lo) {
        w->pos_lo = 0;
    }
    clamp_sel(w);
    return 1;
}

void listwin_place_text(const struct listwin *w, char *out, size_t size)
{
    snprintf(out, size, "%ld%s/%ld%s", w->count > 0 ? w->sel + 1 : 0, w->pos_lo ? "+" : "",
             w->count, w->count_lo ? "+" : "");
}

const struct record *listwin_selected(const struct listwin *w)
{
    long i = w->sel - w->top;

    if (!w->valid || i < 0 || i >= (long)w->nwin)
        return NULL;
    return w->win[i];
}
