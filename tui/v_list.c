/* The list pane: one view for every kind, driven by its descriptor (the
 * columns, the statuses, the sort fields); a new kind adds no code here. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "tui/layout.h"
#include "tui/prompt.h"
#include "tui/tui_int.h"

enum { PREVIEW_HISTORY = 3 };

int v_list_rows(void)
{
    int lr, pr;

    layout_split(LINES, &lr, &pr);
    return lr > 0 ? lr : 1;
}

/* The record selected in the current pane, or 0. */
static int64_t sel_id(struct tui *t)
{
    const struct record *r = listwin_selected(tui_list(t));

    return r != NULL ? r->id : 0;
}

void v_list_reload(struct tui *t, int64_t keep_id)
{
    struct listwin *pl = tui_list(t);
    struct ird_err e = { 0 };

    pl->rows = v_list_rows();
    if (listwin_reload(pl, t->app, keep_id, &e) < 0)
        screen_message(&t->scr, 1, "%s", e.msg);
    pl->gen = t->gen;
    t->preview_valid = 0;
}

void v_list_resume(struct tui *t)
{
    struct listwin *pl = tui_list(t);
    const struct record *r = listwin_selected(pl);

    /* the pane's window and place are kept while nothing changed: no
     * counting again on a pane switch or on the way back from a record */
    if (pl->valid && pl->gen == t->gen && pl->rows == v_list_rows())
        return;
    v_list_reload(t, r != NULL ? r->id : 0);
}

static void list_reload(struct tui *t, struct view *v)
{
    (void)v;
    v_list_reload(t, sel_id(t));
}

static const char *sort_name(const struct listwin *pl)
{
    const struct kind *k = kind_get(pl->q.kind);

    if (pl->q.sort < 0)
        return _("number");
    return _(k->fields[pl->q.sort].list_label ? k->fields[pl->q.sort].list_label
                                              : k->fields[pl->q.sort].label);
}

static void draw_header(struct tui *t, int y, const struct listcol *cols, size_t nc)
{
    const struct listwin *pl = tui_list(t);
    size_t c;
    int x;

    screen_style_on(&t->scr, STYLE_HEAD);
    move(y, 0);
    hline(' ', COLS);
    for (c = 0, x = 0; c < nc; c++) {
        const char *h = cols[c].header;
        char *mark = NULL;
        /* the arrow on the column sorted by; by number, on the first */
        if ((cols[c].field >= 0 && cols[c].field == pl->q.sort) || (c == 0 && pl->q.sort < 0))
            h = mark = xasprintf("%s%s", h, pl->q.descending ? "↓" : "↑");
        if (cols[c].right && text_width(h) < cols[c].width) /* over right-aligned numbers */
            x += (int)(cols[c].width - text_width(h));
        screen_put(y, x, h, cols[c].right ? text_width(h) : cols[c].width, 1);
        if (cols[c].right && text_width(h) < cols[c].width)
            x -= (int)(cols[c].width - text_width(h));
        free(mark);
        x += (int)cols[c].width + 1;
    }
    screen_style_off(&t->scr, STYLE_HEAD);
}

/* The rows on screen, for telling a row's text apart from its neighbours'. */
struct shown_rows {
    struct record **win;
    size_t n;
};

/* Row r's text in free-text column col, told apart from the other rows'. */
static char *apart(const struct shown_rows *all, const struct record *r,
                   const struct listcol *col)
{
    const char *others[64];
    size_t i, n = 0;

    for (i = 0; i < all->n && n < 64; i++)
        if (all->win[i] != r)
            others[n++] = record_shown(all->win[i], col->field);
    return layout_tell_apart(record_shown(r, col->field), others, n, col->width);
}

/* One record's row in the columns. */
static void draw_row(const struct screen *scr, const struct shown_rows *all,
                     const struct record *r, int y, const struct listcol *cols, size_t nc)
{
    size_t c;
    int x;

    move(y, 0);
    hline(' ', COLS);
    for (c = 0, x = 0; c < nc; c++) {
        char buf[32], *own = NULL;
        const char *s;
        attr_t st = A_NORMAL;
        if (cols[c].field == COL_ID) {
            snprintf(buf, sizeof buf, "%*lld", (int)cols[c].width, (long long)r->id);
            s = buf;
        } else if (cols[c].field == COL_STATUS) {
            s = kind_status_label(r->kind, r->status);
            st = screen_status_attr(scr, r->status);
        } else if (ftype_is(r->kind->fields[cols[c].field].type, FTYPE_FREE)) {
            s = own = apart(all, r, &cols[c]);
        } else {
            s = record_shown(r, cols[c].field);
            if (cols[c].right && text_width(s) < cols[c].width) {
                snprintf(buf, sizeof buf, "%*s", (int)cols[c].width, s);
                s = buf;
            }
        }
        attron(st);
        screen_put(y, x, s, cols[c].width, 1);
        attroff(st);
        free(own);
        x += (int)cols[c].width + 1;
    }
}

/* The widest value of each field among the rows on screen, the status's
 * after them (layout_list_seen); NULL when there are none, so that an
 * empty list keeps its headers whole. */
static size_t *seen_widths(const struct listwin *pl, const struct kind *k)
{
    size_t *seen, i, w;
    int f;

    if (pl->nwin == 0)
        return NULL;
    seen = xcalloc((size_t)k->nfields + 1, sizeof *seen);
    for (i = 0; i < pl->nwin; i++) {
        const struct record *r = pl->win[i];
        for (f = 0; f < k->nfields; f++)
            if (k->fields[f].list_width > 0 && (w = text_width(record_shown(r, f))) > seen[f])
                seen[f] = w;
        w = text_width(kind_status_label(k, r->status));
        if (w > seen[k->nfields])
            seen[k->nfields] = w;
    }
    return seen;
}

static void draw_rows(struct tui *t, int y, int rows)
{
    struct listwin *pl = tui_list(t);
    const struct kind *k = kind_get(pl->q.kind);
    struct listcol cols[16];
    size_t nc, i, *seen;
    struct ird_err e = { 0 };
    struct shown_rows all;

    if (listwin_fetch(pl, t->app, rows, &e) < 0) {
        nc = v_views_columns(t, k, cols, layout_list(k, (size_t)COLS, cols, 16));
        draw_header(t, y, cols, nc);
        screen_message(&t->scr, 1, "%s", e.msg);
        return;
    }
    seen = seen_widths(pl, k);
    nc = v_views_columns(t, k, cols, layout_list_seen(k, (size_t)COLS, seen, cols, 16));
    free(seen);
    draw_header(t, y, cols, nc);
    if (pl->nwin == 0) {
        const char *none = pl->q.search || pl->q.status ? _("Nothing matches the filter.")
                                                        : _("No records.");
        screen_put(y + 1, 1, none, (size_t)COLS - 1, 1);
    }
    all = (struct shown_rows){ pl->win, pl->nwin };
    for (i = 0; i < pl->nwin; i++) {
        int sel = pl->top + (long)i == pl->sel;
        if (sel)
            attron(A_REVERSE);
        if (pl->win[i]->archived)
            attron(A_DIM);
        draw_row(&t->scr, &all, pl->win[i], y + 1 + (int)i, cols, nc);
        if (v_bulk_marked(t, pl->q.kind, pl->win[i]->id))
            mvaddstr(y + 1 + (int)i, 0, "*");
        if (pl->win[i]->archived)
            attroff(A_DIM);
        if (sel)
            attroff(A_REVERSE);
    }
}

/* The line between the list and the preview: position, filter, sort. */
static void draw_separator(struct tui *t, int y)
{
    struct listwin *pl = tui_list(t);
    const struct kind *k = kind_get(pl->q.kind);
    struct buf b = { 0 };
    char place[64];
    size_t w;

    listwin_place_text(pl, place, sizeof place);
    buf_printf(&b, "── %s", place);
    if (pl->q.search != NULL)
        buf_printf(&b, " · %s “%s”", _("filter"), pl->q.search);
    if (pl->q.status != NULL && pl->q.status == t->view_cond[pl->q.kind])
        buf_printf(&b, " · %s %s", _("view"), t->view_title[pl->q.kind]);
    else if (pl->q.status != NULL)
        buf_printf(&b, " · %s %s", C_("field", "Status"), kind_status_label(k, pl->q.status));
    if (t->marks[pl->q.kind].n > 0)
        buf_printf(&b, " · %zu %s", t->marks[pl->q.kind].n, _("marked"));
    if (pl->q.archived)
        buf_printf(&b, " · %s", _("archived shown"));
    if (app_readonly(t->app))
        buf_printf(&b, " · %s", _("read-only"));
    buf_printf(&b, " · %s %s %s ", _("sorted by"), sort_name(pl), pl->q.descending ? "↓" : "↑");
    for (w = text_width(b.s); w < (size_t)COLS; w++)
        buf_add(&b, "─");
    screen_style_on(&t->scr, STYLE_DIM);
    screen_put(y, 0, b.s, (size_t)COLS, 1);
    screen_style_off(&t->scr, STYLE_DIM);
    buf_fini(&b);
}

static void draw_preview(struct tui *t, int y, int rows)
{
    struct listwin *pl = tui_list(t);
    int64_t id = sel_id(t);

    if (rows <= 0 || id <= 0)
        return;
    if (!t->preview_valid || t->preview_kind != pl->q.kind || t->preview_id != id ||
        t->preview_width != COLS) {
        page_from_detail(&t->preview, t->app, pl->q.kind, id, PREVIEW_HISTORY, (size_t)COLS);
        t->preview_kind = pl->q.kind;
        t->preview_id = id;
        t->preview_width = COLS;
        t->preview_valid = 1;
    }
    page_draw(&t->scr, &t->preview, y, rows, 0, -1, COLS);
}

static void list_draw(struct tui *t, struct view *v)
{
    int lr, pr;

    (void)v;
    layout_split(LINES, &lr, &pr);
    draw_rows(t, 1, lr);
    draw_separator(t, 2 + lr);
    draw_preview(t, 3 + lr, pr);
}

static unsigned move_by(struct tui *t, long delta, int absolute);

void v_list_click(struct tui *t, int y)
{
    struct listwin *pl = tui_list(t);
    long row = y - 2; /* the list's rows start under the bar and the header */

    if (row >= 0 && row < (long)pl->nwin)
        move_by(t, pl->top + row - pl->sel, 0);
}

/* Move the selection by delta rows, or to the first (delta <= 0) or last
 * row when absolute. */
static unsigned move_by(struct tui *t, long delta, int absolute)
{
    struct listwin *pl = tui_list(t);
    struct ird_err e = { 0 };
    int rc;

    pl->rows = v_list_rows();
    if (absolute)
        rc = delta <= 0 ? listwin_first(pl, t->app, &e) : listwin_last(pl, t->app, &e);
    else
        rc = listwin_move(pl, t->app, delta, &e);
    if (rc < 0)
        screen_message(&t->scr, 1, "%s", e.msg);
    /* the preview follows the selection by itself: it keys on kind and id */
    return REDRAW_ALL;
}

void v_list_filter(struct tui *t, const char *text)
{
    struct listwin *pl = tui_list(t);
    struct ird_err e = { 0 };

    pl->rows = v_list_rows();
    if (listwin_search(pl, t->app, text, &e) < 0)
        screen_message(&t->scr, 1, "%s", e.msg);
}

static void on_filter(void *arg, const char *text)
{
    v_list_filter(arg, text);
}

static unsigned list_filter(struct tui *t)
{
    struct listwin *pl = tui_list(t);
    char *out = NULL;

    t->depth = 0;
    if (prompt_line(&t->scr, "/", pl->search, on_filter, t, &out)) {
        free(out);
        if (pl->q.search != NULL) {
            char *esc = keymap_keys_text(KEYMAP_DESK, CMD_BACK);
            if (pl->count_lo)
                /* L10N: %s is the key that clears the filter (Esc) */
                screen_message(&t->scr, 0, _("More than %ld records match; %s clears the filter."),
                               pl->count, esc);
            else
                /* L10N: the second %s is the key that clears the filter (Esc) */
                screen_message(&t->scr, 0,
                               P_("%ld record matches; %s clears the filter.",
                                  "%ld records match; %s clears the filter.", pl->count),
                               pl->count, esc);
            free(esc);
        }
    } else {
        v_list_filter(t, "");
    }
    return REDRAW_ALL;
}

unsigned v_list_match_step(struct tui *t, int dir)
{
    struct listwin *pl = tui_list(t);
    struct view *v = tui_top(t);
    struct ird_err e = { 0 };

    if (pl->q.search == NULL) {
        screen_message_take(&t->scr, 0,
                            keymap_fill(_("No filter: press %s and type what to look for."),
                                        KEYMAP_DESK, CMD_FILTER, -1));
        return REDRAW_ALL;
    }
    if ((dir > 0 && pl->sel + 1 >= pl->count) || (dir < 0 && pl->sel <= 0)) {
        screen_message(&t->scr, 0, "%s", dir > 0 ? _("No further match.") : _("No earlier match."));
        return REDRAW_ALL;
    }
    pl->rows = v_list_rows();
    if (listwin_move(pl, t->app, dir, &e) < 0)
        screen_message(&t->scr, 1, "%s", e.msg);
    if (v->ops == &v_detail_ops && v->kind == pl->q.kind && sel_id(t) > 0) {
        /* in the detail view: open the next match in place */
        v->id = sel_id(t);
        v->sel = v->top = 0;
        t->page_valid = 0;
    }
    return REDRAW_ALL;
}

static unsigned status_filter(struct tui *t)
{
    struct listwin *pl = tui_list(t);
    const struct kind *k = kind_get(pl->q.kind);
    const char **items;
    int n = 0, cur = 0, pick;
    const struct choice *c, *pending;

    for (c = k->statuses; c->code != NULL; c++)
        n++;
    items = xcalloc((size_t)n + 2, sizeof *items);
    n = 0;
    t->depth = 0;
    items[n++] = _("All statuses");
    for (c = k->statuses; c->code != NULL; c++) {
        if (pl->q.status != NULL && strcmp(pl->q.status, c->code) == 0)
            cur = n;
        items[n++] = _(c->label);
    }
    /* derived from the decision log, never a status: last in the menu */
    pending = k->decisions ? kind_filter_parse(k, KIND_PENDING) : NULL;
    if (pending != NULL) {
        if (pl->q.status != NULL && strcmp(pl->q.status, KIND_PENDING) == 0)
            cur = n;
        items[n++] = _(pending->label);
    }
    pick = prompt_menu(&t->scr, _("Show only records with status"), items, n, cur);
    free(items);
    if (pick < 0)
        return REDRAW_ALL;
    pl->q.status = pick == 0                            ? NULL
                   : pending != NULL && pick == n - 1 ? KIND_PENDING
                                                      : k->statuses[pick - 1].code;
    v_list_reload(t, sel_id(t));
    return REDRAW_ALL;
}

static unsigned list_sort(struct tui *t, int reverse)
{
    struct listwin *pl = tui_list(t);
    const struct kind *k = kind_get(pl->q.kind);
    int f = pl->q.sort;

    if (reverse) {
        pl->q.descending = !pl->q.descending;
        v_list_reload(t, sel_id(t));
        return REDRAW_ALL;
    }
    /* next list column, then back to the number */
    do
        f++;
    while (f < k->nfields && k->fields[f].list_width == 0);
    pl->q.sort = f >= k->nfields ? -1 : f;
    v_list_reload(t, sel_id(t));
    screen_message(&t->scr, 0, _("Sorted by %s."), sort_name(pl));
    return REDRAW_ALL;
}

static unsigned show_archived(struct tui *t)
{
    struct listwin *pl = tui_list(t);

    pl->q.archived = !pl->q.archived;
    v_list_reload(t, sel_id(t));
    screen_message(&t->scr, 0, "%s",
                   pl->q.archived ? _("Archived records are shown.")
                                  : _("Archived records are hidden."));
    return REDRAW_ALL;
}

static unsigned open_row(struct tui *t)
{
    enum kind_id k;
    int64_t id;

    if (tui_selected(t, &k, &id) < 0)
        return REDRAW_NONE;
    tui_push(t, &v_detail_ops, k, id);
    return REDRAW_ALL;
}

/* The list's commands; those that act on the list (filter, sort) also
 * reach it from the views above it. */
static unsigned list_handle(struct tui *t, struct view *v, enum cmd c, int arg)
{
    long rows = v_list_rows();

    (void)v;
    (void)arg;
    switch (c) {
    case CMD_DOWN:
        return move_by(t, 1, 0);
    case CMD_UP:
        return move_by(t, -1, 0);
    case CMD_PAGE_DOWN:
        return move_by(t, rows, 0);
    case CMD_PAGE_UP:
        return move_by(t, -rows, 0);
    case CMD_TOP:
        return move_by(t, 0, 1);
    case CMD_BOTTOM:
        return move_by(t, 1L << 40, 1);
    case CMD_OPEN:
        return open_row(t);
    case CMD_FILTER:
        return list_filter(t);
    case CMD_NEXT_MATCH:
    case CMD_PREV_MATCH:
        return v_list_match_step(t, c == CMD_NEXT_MATCH ? 1 : -1);
    case CMD_STATUS_FILTER:
        return status_filter(t);
    case CMD_SORT:
    case CMD_SORT_REVERSE:
        return list_sort(t, c == CMD_SORT_REVERSE);
    case CMD_SHOW_ARCHIVED:
        return show_archived(t);
    default:
        return REDRAW_UNHANDLED;
    }
}

const struct view_ops v_list_ops = {
    "list", KEYMAP_DESK, HINTS_LIST, list_reload, list_draw, list_handle,
};
