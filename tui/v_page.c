/* The pagers: a record's detail, its history and the help screen, lines
 * built by page.c and shown with a cursor; the report preview (v_report.c)
 * is one more. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n/i18n.h"
#include "lib/conv.h"
#include "tui/prompt.h"
#include "tui/tui_int.h"

/* Keep the cursor on the page and in the window of rows. */
static void clamp(struct view *v, long n, int rows)
{
    if (v->sel >= n)
        v->sel = n - 1;
    if (v->sel < 0)
        v->sel = 0;
    if (v->top > n - rows)
        v->top = n - rows; /* a page turned past the end shows the last page */
    if (v->top > v->sel)
        v->top = v->sel;
    if (v->sel >= v->top + rows)
        v->top = v->sel - rows + 1;
    if (v->top < 0)
        v->top = 0;
}

void v_page_ensure(struct tui *t, struct view *v)
{
    if (t->page_valid && t->page_width == COLS)
        return;
    v->ops->reload(t, v);
    t->page_valid = 1;
    t->page_width = COLS;
}

/* j/k scroll the text as in less (no cursor line) in every pager but the
 * detail view, whose cursor picks a link to follow. */
static int scrolls(const struct view *v)
{
    return v->ops != &v_detail_ops && v->ops != &v_calendar_ops;
}

/* A scrolling view: keep the first line shown on the page; no cursor
 * unless a search put it on its match (sel, else -1). */
static void clamp_scroll(struct view *v, long n, int rows)
{
    if (v->top > n - rows)
        v->top = n - rows;
    if (v->top < 0)
        v->top = 0;
    if (v->sel < v->top || v->sel >= v->top + rows)
        v->sel = -1;
}

static void clamp_view(struct view *v, long n, int rows)
{
    if (scrolls(v))
        clamp_scroll(v, n, rows);
    else
        clamp(v, n, rows);
}

void v_page_draw(struct tui *t, struct view *v)
{
    v_page_ensure(t, v);
    clamp_view(v, (long)t->page.n, LINES - 2);
    page_draw(&t->scr, &t->page, 1, LINES - 2, v->top, v->sel, COLS);
}

static void detail_reload(struct tui *t, struct view *v)
{
    page_from_detail(&t->page, t->app, v->kind, v->id, 10, (size_t)COLS);
}

static void history_reload(struct tui *t, struct view *v)
{
    t->hist_more = page_history(&t->page, t->app, v->kind, v->id, t->hist_limit, (size_t)COLS);
}

static void help_reload(struct tui *t, struct view *v)
{
    (void)v;
    page_help(&t->page, (size_t)COLS);
}

/* Move the cursor by delta lines, or to line delta when absolute. */
static unsigned move_by(struct tui *t, struct view *v, long delta, int absolute)
{
    long *at = scrolls(v) ? &v->top : &v->sel;

    v_page_ensure(t, v);
    *at = absolute ? delta : *at + delta;
    if (scrolls(v))
        v->sel = -1; /* scrolling leaves a search's match behind */
    /* the history pages in as the cursor nears its end */
    while (v->ops == &v_history_ops && t->hist_more && *at + 2L * LINES > (long)t->page.n) {
        t->hist_limit += 500;
        t->page_valid = 0;
        v_page_ensure(t, v);
    }
    clamp_view(v, (long)t->page.n, LINES - 2);
    return REDRAW_ALL;
}

/* PgDn, PgUp: a page on, the cursor with it (as less turns a page: the
 * screen scrolls by a page, not by the line the cursor leaves it at). */
static unsigned page_by(struct tui *t, struct view *v, long delta)
{
    if (!scrolls(v))
        v->top = v->top + delta < 0 ? 0 : v->top + delta;
    return move_by(t, v, delta, 0);
}

/* Enter: follow the link at the cursor. */
static unsigned follow(struct tui *t, struct view *v)
{
    const struct pline *l;

    v_page_ensure(t, v);
    l = v->sel >= 0 && (size_t)v->sel < t->page.n ? &t->page.l[v->sel] : NULL;
    if (l != NULL && l->style == PL_LINK && l->file > 0)
        return v_attach_open(t, l->kind, l->id, l->file);
    if (l != NULL && l->style == PL_LINK) {
        tui_push(t, &v_detail_ops, l->kind, l->id);
        return REDRAW_ALL;
    }
    if (v->ops == &v_detail_ops)
        screen_message_take(&t->scr, 0,
                            keymap_fill(_("Move to a linked record (%s/%s) and press %s to "
                                          "open it."),
                                        KEYMAP_DESK, CMD_DOWN, KEYMAP_DESK, CMD_UP, KEYMAP_DESK,
                                        CMD_OPEN, -1));
    return REDRAW_ALL;
}

/* Move to the next (dir 1) or previous (-1) line holding what / looks
 * for, accents and case ignored. */
static unsigned find_step(struct tui *t, struct view *v, int dir)
{
    char *want;
    long i, from;

    if (t->find[0] == '\0') {
        screen_message_take(&t->scr, 0,
                            keymap_fill(_("No search: press %s and type what to look for."),
                                        KEYMAP_DESK, CMD_FILTER, -1));
        return REDRAW_ALL;
    }
    v_page_ensure(t, v);
    want = conv_fold(t->find);
    /* a scrolling view searches on from its match, else from its top */
    from = v->sel >= 0 || !scrolls(v) ? v->sel : v->top - (dir > 0);
    for (i = from + dir; i >= 0 && (size_t)i < t->page.n; i += dir) {
        char *line = conv_fold(t->page.l[i].text);
        int hit = strstr(line, want) != NULL;
        free(line);
        if (hit) {
            v->sel = i;
            if (scrolls(v) && (i < v->top || i >= v->top + LINES - 2))
                v->top = i;
            clamp_view(v, (long)t->page.n, LINES - 2);
            free(want);
            return REDRAW_ALL;
        }
    }
    free(want);
    screen_message(&t->scr, 0, _("\"%s\" is not found further on."), t->find);
    return REDRAW_ALL;
}

static unsigned page_find(struct tui *t, struct view *v)
{
    char *out = NULL;

    /* a fresh term each time (Up brings back the one before) */
    if (prompt_line(&t->scr, "/", "", NULL, NULL, &out) && *out != '\0') {
        long at = v->sel, top = v->top;
        snprintf(t->find, sizeof t->find, "%s", out);
        /* from the line at the cursor (the top line) on; it stays there when
         * nothing is found */
        if (scrolls(v) && v->sel < 0)
            v->sel = v->top;
        v->sel--;
        find_step(t, v, 1);
        if (v->sel < at && !scrolls(v))
            v->sel = at;
        else if (scrolls(v) && (v->sel < 0 || v->sel < top))
            v->sel = at, v->top = top;
    }
    free(out);
    return REDRAW_ALL;
}

/* The commands of every pager: moving and links. */
static unsigned page_handle(struct tui *t, struct view *v, enum cmd c, int arg)
{
    long rows = LINES - 2;

    (void)arg;
    switch (c) {
    case CMD_DOWN:
        return move_by(t, v, 1, 0);
    case CMD_UP:
        return move_by(t, v, -1, 0);
    case CMD_PAGE_DOWN:
        return page_by(t, v, rows);
    case CMD_PAGE_UP:
        return page_by(t, v, -rows);
    case CMD_TOP:
        return move_by(t, v, 0, 1);
    case CMD_BOTTOM:
        return move_by(t, v, 1L << 40, 1);
    case CMD_OPEN:
        return follow(t, v);
    default:
        return REDRAW_UNHANDLED;
    }
}

unsigned v_page_text_handle(struct tui *t, struct view *v, enum cmd c, int arg)
{
    if (c == CMD_FILTER)
        return page_find(t, v);
    if (c == CMD_NEXT_MATCH || c == CMD_PREV_MATCH)
        return find_step(t, v, c == CMD_NEXT_MATCH ? 1 : -1);
    return page_handle(t, v, c, arg);
}

const struct view_ops v_detail_ops = {
    "detail", KEYMAP_DESK, HINTS_DETAIL, detail_reload, v_page_draw, page_handle,
};

const struct view_ops v_history_ops = {
    "history", KEYMAP_DESK, HINTS_PAGER, history_reload, v_page_draw, v_page_text_handle,
};

const struct view_ops v_help_ops = {
    "help", KEYMAP_DESK, HINTS_PAGER, help_reload, v_page_draw, v_page_text_handle,
};
