#include "tui/tui.h"


#include <curses.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/app.h"
#include "core/desk.h"
#include "lib/mem.h"
#include "core/outfile.h"
#include "core/print.h"
#include "core/summary.h"
#include "lib/conv.h"
#include "lib/text.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "tui/keymap.h"
#include "tui/layout.h"
#include "tui/tui_int.h"

volatile sig_atomic_t tui_stop;

enum { MIN_COLS = 80, MIN_LINES = 24, PREVIEW_HISTORY = 3 };

enum pair { P_BAR = 1, P_TAB, P_ERR, P_LINK, P_HEAD, P_DIM };

static void on_signal(int sig)
{
    tui_stop = sig;
}

int tui_too_small(void)
{
    return COLS < MIN_COLS || LINES < MIN_LINES;
}

void tui_message(struct tui *t, int err, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(t->msg, sizeof t->msg, fmt, ap);
    va_end(ap);
    t->msg_err = err;
}

void tui_invalidate(struct tui *t)
{
    t->totals_valid = 0;
    t->page_valid = 0;
    t->preview_valid = 0;
}

struct listwin *tui_list(struct tui *t)
{
    return &t->lists[t->pane];
}

static int list_rows(void)
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

/* Count the pane again and fetch its window (after a change, a filter,
 * another desk's commit).  keep_id: put the selection on that record (a
 * search through the list: only after the user's own choices). */
static void list_reload_keep(struct tui *t, int64_t keep_id)
{
    struct listwin *pl = tui_list(t);
    struct ird_err e = { 0 };

    pl->rows = list_rows();
    if (listwin_reload(pl, t->app, keep_id, &e) < 0)
        tui_message(t, 1, "%s", e.msg);
    t->preview_valid = 0;
}

static void on_filter(struct tui *t, const char *text);

static void list_reload(struct tui *t)
{
    list_reload_keep(t, 0);
}

int tui_selected(struct tui *t, enum kind_id *k, int64_t *id)
{
    struct vstate *vs = &t->stack[t->depth];

    if (vs->v != V_LIST) {
        *k = vs->kind;
        *id = vs->id;
        return vs->id > 0 ? 0 : -1;
    }
    *k = (enum kind_id)t->pane;
    *id = sel_id(t);
    if (*id > 0)
        return 0;
    tui_message(t, 0, "%s", _("No record is selected: the list is empty."));
    return -1;
}

/* ---- drawing ---------------------------------------------------------- */

static void style_set(const struct tui *t, enum pair p, attr_t mono)
{
    if (t->color)
        attron(COLOR_PAIR(p) | (mono & A_BOLD));
    else
        attron(mono);
}

static void style_clear(const struct tui *t, enum pair p, attr_t mono)
{
    if (t->color)
        attroff(COLOR_PAIR(p) | (mono & A_BOLD));
    else
        attroff(mono);
}

/* Text at (y, x) fitted to exactly w cells. */
static void put_fit(int y, int x, const char *s, size_t w)
{
    char *f = text_fit(s, w, 1);

    mvaddstr(y, x, f);
    free(f);
}

static void draw_bar(struct tui *t)
{
    struct ird_err e = { 0 };
    int x = 0, k;

    if (!t->totals_valid) {
        for (k = 0; k < KIND_COUNT; k++) {
            struct query q = { (enum kind_id)k, NULL, NULL, -1, 0, 0 };
            if (desk_count(t->app, &q, &t->totals[k], &e) < 0)
                t->totals[k] = 0;
        }
        t->totals_valid = 1;
    }
    style_set(t, P_BAR, A_REVERSE);
    move(0, 0);
    hline(' ', COLS);
    for (k = 0; k < KIND_COUNT; k++) {
        char *tab = xasprintf(" %d %s (%ld) ", k + 1, _(kind_get((enum kind_id)k)->plural),
                              t->totals[k]);
        size_t w = text_width(tab);
        if (k == t->pane) {
            style_clear(t, P_BAR, A_REVERSE);
            style_set(t, P_TAB, A_BOLD);
        }
        if ((size_t)x + w <= (size_t)COLS)
            put_fit(0, x, tab, w);
        if (k == t->pane) {
            style_clear(t, P_TAB, A_BOLD);
            style_set(t, P_BAR, A_REVERSE);
        }
        x += (int)w + 1;
        free(tab);
    }
    style_clear(t, P_BAR, A_REVERSE);
}

static const char *sort_name(const struct listwin *pl)
{
    const struct kind *k = kind_get(pl->q.kind);

    if (pl->q.sort < 0)
        return _("number");
    return _(k->fields[pl->q.sort].list_label ? k->fields[pl->q.sort].list_label
                                              : k->fields[pl->q.sort].label);
}

static void draw_list(struct tui *t, int y, int rows)
{
    struct listwin *pl = tui_list(t);
    const struct kind *k = kind_get(pl->q.kind);
    struct listcol cols[16];
    size_t nc = layout_list(k, (size_t)COLS, cols, 16), c;
    struct record **rs;
    struct ird_err e = { 0 };
    size_t n, i;
    int x;

    /* header */
    style_set(t, P_HEAD, A_BOLD | A_UNDERLINE);
    move(y, 0);
    hline(' ', COLS);
    for (c = 0, x = 0; c < nc; c++) {
        const char *h = cols[c].header;
        char *mark = NULL;
        if (cols[c].field >= 0 && cols[c].field == pl->q.sort)
            h = mark = xasprintf("%s%s", h, pl->q.descending ? "↓" : "↑");
        else if (cols[c].field == COL_ID && pl->q.sort < 0)
            h = mark = xasprintf("%s%s", h, pl->q.descending ? "↓" : "↑");
        put_fit(y, x, h, cols[c].width);
        free(mark);
        x += (int)cols[c].width + 1;
    }
    style_clear(t, P_HEAD, A_BOLD | A_UNDERLINE);
    if (listwin_fetch(pl, t->app, rows, &e) < 0) {
        tui_message(t, 1, "%s", e.msg);
        return;
    }
    rs = pl->win;
    n = pl->nwin;
    if (n == 0) {
        const char *none = pl->q.search || pl->q.status ? _("Nothing matches the filter.")
                                                        : _("No records.");
        put_fit(y + 1, 1, none, (size_t)COLS - 1);
    }
    for (i = 0; i < n; i++) {
        long row = pl->top + (long)i;
        int sel = row == pl->sel;
        if (sel)
            attron(A_REVERSE);
        if (rs[i]->archived)
            attron(A_DIM);
        move(y + 1 + (int)i, 0);
        hline(' ', COLS);
        for (c = 0, x = 0; c < nc; c++) {
            char buf[32];
            const char *s;
            if (cols[c].field == COL_ID) {
                snprintf(buf, sizeof buf, "%*lld", (int)cols[c].width, (long long)rs[i]->id);
                s = buf;
            } else if (cols[c].field == COL_STATUS) {
                s = kind_status_label(k, rs[i]->status);
            } else {
                s = record_shown(rs[i], cols[c].field);
                if (cols[c].right && text_width(s) < cols[c].width) {
                    snprintf(buf, sizeof buf, "%*s", (int)cols[c].width, s);
                    s = buf;
                }
            }
            put_fit(y + 1 + (int)i, x, s, cols[c].width);
            x += (int)cols[c].width + 1;
        }
        if (rs[i]->archived)
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

    buf_printf(&b, "── %ld/%ld", pl->count > 0 ? pl->sel + 1 : 0, pl->count);
    if (pl->q.search != NULL)
        buf_printf(&b, " · %s “%s”", _("filter"), pl->q.search);
    if (pl->q.status != NULL)
        buf_printf(&b, " · %s %s", C_("field", "Status"), kind_status_label(k, pl->q.status));
    if (pl->q.archived)
        buf_printf(&b, " · %s", _("archived shown"));
    if (app_readonly(t->app))
        buf_printf(&b, " · %s", _("read-only"));
    buf_printf(&b, " · %s %s %s ", _("sorted by"), sort_name(pl), pl->q.descending ? "↓" : "↑");
    while (text_width(b.s) < (size_t)COLS)
        buf_add(&b, "─");
    style_set(t, P_DIM, A_BOLD);
    put_fit(y, 0, b.s, (size_t)COLS);
    style_clear(t, P_DIM, A_BOLD);
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
    /* the title is on the separator's side already: skip it */
    page_draw(t, &t->preview, y, rows, 0, -1, COLS);
}

/* The bottom line: a message when there is one, else the main keys. */
static void draw_bottom(struct tui *t)
{
    const char *hint;
    enum view v = t->stack[t->depth].v;

    move(LINES - 1, 0);
    clrtoeol();
    if (t->msg[0] != '\0') {
        if (t->msg_err)
            style_set(t, P_ERR, A_BOLD);
        put_fit(LINES - 1, 0, t->msg, (size_t)COLS);
        if (t->msg_err)
            style_clear(t, P_ERR, A_BOLD);
        return;
    }
    /* L10N: L switches to the other language: name it in that language */
    if (v == V_LIST)
        hint = _("?:help Enter:open /:filter f:status o:sort s:change e:edit "
                 "L:Nederlands q:quit");
    else if (v == V_DETAIL)
        hint = _("?:help  Enter:follow link  s:status  e:edit  h:history  d:archive  q:back");
    else if (v == V_REPORT)
        hint = _("p:print  w:save to a file  /:search  n/N:next/previous  q:close");
    else
        hint = _("?:help  j/k:scroll  q:back");
    style_set(t, P_DIM, A_BOLD);
    put_fit(LINES - 1, 0, hint, (size_t)COLS);
    style_clear(t, P_DIM, A_BOLD);
}

/* The preview of the report in t: its pages as they will be printed. */
static void show_report(struct tui *t)
{
    struct printout p;
    struct ird_err e = { 0 };

    if (t->report_body == NULL || print_layout(t->app, t->report_title, t->report_body, 0, &p,
                                               &e) < 0) {
        page_text(&t->page, e.msg, (size_t)COLS);
        return;
    }
    page_text(&t->page, p.data, (size_t)COLS);
    printout_fini(&p);
}

static void ensure_page(struct tui *t)
{
    struct vstate *vs = &t->stack[t->depth];

    if (t->page_valid && t->page_width == COLS)
        return;
    if (vs->v == V_DETAIL)
        page_from_detail(&t->page, t->app, vs->kind, vs->id, 10, (size_t)COLS);
    else if (vs->v == V_HISTORY)
        t->hist_more = page_history(&t->page, t->app, vs->kind, vs->id, t->hist_limit,
                                    (size_t)COLS);
    else if (vs->v == V_HELP)
        page_help(&t->page, (size_t)COLS);
    else if (vs->v == V_REPORT)
        show_report(t);
    t->page_valid = 1;
    t->page_width = COLS;
}

static void page_clamp(struct vstate *vs, long n, int rows)
{
    if (vs->sel >= n)
        vs->sel = n - 1;
    if (vs->sel < 0)
        vs->sel = 0;
    if (vs->top > vs->sel)
        vs->top = vs->sel;
    if (vs->sel >= vs->top + rows)
        vs->top = vs->sel - rows + 1;
    if (vs->top < 0)
        vs->top = 0;
}

void tui_draw(struct tui *t)
{
    struct vstate *vs = &t->stack[t->depth];
    int lr, pr;

    erase();
    if (tui_too_small()) {
        char *m = xasprintf(_("The window is too small (%dx%d): irdesk needs at least %dx%d."),
                            COLS, LINES, MIN_COLS, MIN_LINES);
        size_t n = 0, i;
        char **lines = text_wrap(m, COLS > 2 ? (size_t)COLS - 2 : 1, &n);
        for (i = 0; i < n && (int)i < LINES; i++)
            mvaddstr(LINES / 2 - (int)n / 2 + (int)i, 1, lines[i]);
        text_lines_free(lines, n);
        free(m);
        refresh();
        return;
    }
    draw_bar(t);
    if (vs->v == V_LIST) {
        layout_split(LINES, &lr, &pr);
        draw_list(t, 1, lr);
        draw_separator(t, 2 + lr);
        draw_preview(t, 3 + lr, pr);
    } else {
        ensure_page(t);
        page_clamp(vs, (long)t->page.n, LINES - 2);
        page_draw(t, &t->page, 1, LINES - 2, vs->top, vs->sel, COLS);
    }
    draw_bottom(t);
    refresh();
}

/* ---- input -------------------------------------------------------------- */

int tui_getkey(struct tui *t, int *key)
{
    wint_t wc;
    int rc;

    (void)t;
    if (tui_stop)
        return -2;
    rc = wget_wch(stdscr, &wc);
    if (tui_stop)
        return -2;
    if (rc == ERR)
        return -1;
    *key = rc == KEY_CODE_YES ? (int)wc | KEY_FN : (int)wc;
    if (*key == 3) { /* Ctrl-C */
        tui_stop = SIGINT;
        return -2;
    }
    return 0;
}

/* ---- commands ----------------------------------------------------------- */

static void go_pane(struct tui *t, int pane)
{
    t->pane = (pane + KIND_COUNT) % KIND_COUNT;
    t->depth = 0;
    t->page_valid = 0;
    list_reload(t);
}

static unsigned c_quit(struct tui *t)
{
    if (t->depth == 0) {
        struct listwin *pl = tui_list(t);
        if (pl->q.search != NULL) { /* Esc/q first clears an active filter */
            on_filter(t, "");
            return REDRAW_ALL;
        }
        return REDRAW_QUIT;
    }
    t->depth--;
    t->page_valid = 0;
    if (t->depth == 0)
        list_reload(t);
    return REDRAW_ALL;
}

static unsigned c_pane1(struct tui *t) { go_pane(t, 0); return REDRAW_ALL; }
static unsigned c_pane2(struct tui *t) { go_pane(t, 1); return REDRAW_ALL; }
static unsigned c_pane3(struct tui *t) { go_pane(t, 2); return REDRAW_ALL; }
static unsigned c_pane4(struct tui *t) { go_pane(t, 3); return REDRAW_ALL; }
static unsigned c_pane_next(struct tui *t) { go_pane(t, t->pane + 1); return REDRAW_ALL; }
static unsigned c_pane_prev(struct tui *t) { go_pane(t, t->pane - 1); return REDRAW_ALL; }

/* Move the cursor of the current view by delta rows (LONG_MAX: to the end). */
static unsigned move_by(struct tui *t, long delta, int absolute)
{
    struct vstate *vs = &t->stack[t->depth];

    if (vs->v == V_LIST) {
        struct listwin *pl = tui_list(t);
        struct ird_err e = { 0 };
        int rc;
        pl->rows = list_rows();
        if (absolute)
            rc = delta <= 0 ? listwin_first(pl, t->app, &e) : listwin_last(pl, t->app, &e);
        else
            rc = listwin_move(pl, t->app, delta, &e);
        if (rc < 0)
            tui_message(t, 1, "%s", e.msg);
        t->preview_valid = 0;
    } else {
        ensure_page(t);
        vs->sel = absolute ? delta : vs->sel + delta;
        /* the history pages in as the cursor nears its end */
        while (vs->v == V_HISTORY && t->hist_more && vs->sel + 2L * LINES > (long)t->page.n) {
            t->hist_limit += 500;
            t->page_valid = 0;
            ensure_page(t);
        }
        page_clamp(vs, (long)t->page.n, LINES - 2);
    }
    return REDRAW_ALL;
}

static long page_rows(struct tui *t)
{
    return t->stack[t->depth].v == V_LIST ? list_rows() : LINES - 2;
}

static unsigned c_down(struct tui *t) { return move_by(t, 1, 0); }
static unsigned c_up(struct tui *t) { return move_by(t, -1, 0); }
static unsigned c_page_down(struct tui *t) { return move_by(t, page_rows(t), 0); }
static unsigned c_page_up(struct tui *t) { return move_by(t, -page_rows(t), 0); }
static unsigned c_top(struct tui *t) { return move_by(t, 0, 1); }
static unsigned c_bottom(struct tui *t) { return move_by(t, 1L << 40, 1); }

static void push_view(struct tui *t, enum view v, enum kind_id k, int64_t id)
{
    if (t->depth + 1 >= (int)(sizeof t->stack / sizeof t->stack[0])) {
        /* keep the list and drop the oldest view */
        memmove(&t->stack[1], &t->stack[2], sizeof t->stack[0] * (size_t)(t->depth - 1));
        t->depth--;
    }
    t->depth++;
    t->stack[t->depth] = (struct vstate){ v, k, id, 0, 0 };
    t->page_valid = 0;
}

static unsigned c_open(struct tui *t)
{
    struct vstate *vs = &t->stack[t->depth];
    enum kind_id k;
    int64_t id;

    if (vs->v == V_LIST) {
        if (tui_selected(t, &k, &id) < 0)
            return REDRAW_NONE;
        push_view(t, V_DETAIL, k, id);
        return REDRAW_ALL;
    }
    ensure_page(t);
    if (vs->sel >= 0 && (size_t)vs->sel < t->page.n && t->page.l[vs->sel].style == PL_LINK) {
        push_view(t, V_DETAIL, t->page.l[vs->sel].kind, t->page.l[vs->sel].id);
        return REDRAW_ALL;
    }
    if (vs->v == V_DETAIL)
        tui_message(t, 0, "%s", _("Move to a linked record (j/k) and press Enter to open it."));
    return REDRAW_ALL;
}

static void on_filter(struct tui *t, const char *text)
{
    struct listwin *pl = tui_list(t);
    struct ird_err e = { 0 };

    pl->rows = list_rows();
    if (listwin_search(pl, t->app, text, &e) < 0)
        tui_message(t, 1, "%s", e.msg);
    t->preview_valid = 0;
}

/* In a text view: move to the next (dir 1) or previous (-1) line holding
 * what / looks for, accents and case ignored. */
static unsigned find_step(struct tui *t, int dir)
{
    struct vstate *vs = &t->stack[t->depth];
    char *want;
    long i;

    if (t->find[0] == '\0') {
        tui_message(t, 0, "%s", _("No search: press / and type what to look for."));
        return REDRAW_ALL;
    }
    ensure_page(t);
    want = conv_fold(t->find);
    for (i = vs->sel + dir; i >= 0 && (size_t)i < t->page.n; i += dir) {
        char *line = conv_fold(t->page.l[i].text);
        int hit = strstr(line, want) != NULL;
        free(line);
        if (hit) {
            vs->sel = i;
            page_clamp(vs, (long)t->page.n, LINES - 2);
            free(want);
            return REDRAW_ALL;
        }
    }
    free(want);
    tui_message(t, 0, _("\"%s\" is not found further on."), t->find);
    return REDRAW_ALL;
}

static int text_view(const struct tui *t)
{
    enum view v = t->stack[t->depth].v;

    return v == V_HISTORY || v == V_HELP || v == V_REPORT;
}

static unsigned c_filter(struct tui *t)
{
    struct listwin *pl = tui_list(t);
    char *out = NULL;

    if (text_view(t)) {
        struct vstate *vs = &t->stack[t->depth];
        if (prompt_line(t, "/", t->find, NULL, &out)) {
            long at = vs->sel;
            snprintf(t->find, sizeof t->find, "%s", out);
            /* from the line at the cursor on; it stays there when nothing is found */
            vs->sel--;
            find_step(t, 1);
            if (vs->sel < at)
                vs->sel = at;
        }
        free(out);
        return REDRAW_ALL;
    }

    if (t->depth != 0)
        t->depth = 0;
    if (prompt_line(t, "/", pl->search, on_filter, &out)) {
        free(out);
        if (pl->q.search != NULL)
            tui_message(t, 0, P_("%ld record matches; Esc clears the filter.",
                                 "%ld records match; Esc clears the filter.", pl->count),
                        pl->count);
    } else {
        on_filter(t, "");
    }
    return REDRAW_ALL;
}

static unsigned match_step(struct tui *t, int dir)
{
    struct listwin *pl = tui_list(t);
    struct vstate *vs = &t->stack[t->depth];

    if (pl->q.search == NULL) {
        tui_message(t, 0, "%s", _("No filter: press / and type what to look for."));
        return REDRAW_ALL;
    }
    if ((dir > 0 && pl->sel + 1 >= pl->count) || (dir < 0 && pl->sel <= 0)) {
        tui_message(t, 0, "%s", dir > 0 ? _("No further match.") : _("No earlier match."));
        return REDRAW_ALL;
    }
    {
        struct ird_err e = { 0 };
        pl->rows = list_rows();
        if (listwin_move(pl, t->app, dir, &e) < 0)
            tui_message(t, 1, "%s", e.msg);
    }
    t->preview_valid = 0;
    if (vs->v == V_DETAIL && vs->kind == pl->q.kind && sel_id(t) > 0) {
        /* in the detail view: open the next match in place */
        vs->id = sel_id(t);
        vs->sel = vs->top = 0;
        t->page_valid = 0;
    }
    return REDRAW_ALL;
}

static unsigned c_next_match(struct tui *t)
{
    return text_view(t) ? find_step(t, 1) : match_step(t, 1);
}

static unsigned c_prev_match(struct tui *t)
{
    return text_view(t) ? find_step(t, -1) : match_step(t, -1);
}

static unsigned c_status_filter(struct tui *t)
{
    struct listwin *pl = tui_list(t);
    const struct kind *k = kind_get(pl->q.kind);
    const char *items[16];
    int n = 0, cur = 0, pick;
    const struct choice *c;

    t->depth = 0;
    items[n++] = _("All statuses");
    for (c = k->statuses; c->code != NULL && n < 16; c++) {
        if (pl->q.status != NULL && strcmp(pl->q.status, c->code) == 0)
            cur = n;
        items[n++] = _(c->label);
    }
    pick = prompt_menu(t, _("Show only records with status"), items, n, cur);
    if (pick < 0)
        return REDRAW_ALL;
    pl->q.status = pick == 0 ? NULL : k->statuses[pick - 1].code;
    list_reload_keep(t, sel_id(t));
    return REDRAW_ALL;
}

static unsigned c_sort(struct tui *t)
{
    struct listwin *pl = tui_list(t);
    const struct kind *k = kind_get(pl->q.kind);
    int f = pl->q.sort;

    /* next list column, then back to the number */
    do
        f++;
    while (f < k->nfields && k->fields[f].list_width == 0);
    pl->q.sort = f >= k->nfields ? -1 : f;
    list_reload_keep(t, sel_id(t));
    tui_message(t, 0, _("Sorted by %s."), sort_name(pl));
    return REDRAW_ALL;
}

static unsigned c_sort_reverse(struct tui *t)
{
    struct listwin *pl = tui_list(t);

    pl->q.descending = !pl->q.descending;
    list_reload_keep(t, sel_id(t));
    return REDRAW_ALL;
}

static int refuse_readonly(struct tui *t)
{
    if (!app_readonly(t->app))
        return 0;
    tui_message(t, 1, "%s",
                _("Read-only: this database was opened read-only, so it cannot be changed."));
    return 1;
}

static unsigned c_status(struct tui *t)
{
    enum kind_id k;
    int64_t id;
    struct record *r = NULL;
    struct ird_err e = { 0 };
    const char *next[16], *items[16];
    const struct kind *kd;
    size_t n, i;
    int pick;
    char *note = NULL, *title;

    if (refuse_readonly(t) || tui_selected(t, &k, &id) < 0)
        return REDRAW_ALL;
    kd = kind_get(k);
    if (desk_get(t->app, k, id, &r, &e) < 0) {
        tui_message(t, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    n = workflow_next(kd, r->status, next, 16);
    if (n == 0) {
        tui_message(t, 1, _("No status change is allowed from %s."),
                    kind_status_label(kd, r->status));
        goto out;
    }
    for (i = 0; i < n; i++)
        items[i] = kind_status_label(kd, next[i]);
    title = xasprintf(_("%s → new status"), kind_status_label(kd, r->status));
    pick = prompt_menu(t, title, items, (int)n, 0);
    free(title);
    if (pick < 0)
        goto out;
    if (!prompt_line(t, _("Note (optional, Enter to confirm, Esc to cancel): "), "", NULL,
                     &note))
        goto out;
    if (workflow_move(t->app, k, id, r->version, next[pick], note, &e) < 0)
        tui_message(t, 1, "%s", e.msg);
    else
        tui_message(t, 0, _("Status: %s → %s."), kind_status_label(kd, r->status),
                    kind_status_label(kd, next[pick]));
    tui_invalidate(t);
    list_reload_keep(t, id);
out:
    free(note);
    record_free(&r);
    return REDRAW_ALL;
}

static unsigned c_edit(struct tui *t)
{
    enum kind_id k;
    int64_t id;
    struct record *r = NULL;
    struct ird_err e = { 0 };

    if (refuse_readonly(t) || tui_selected(t, &k, &id) < 0)
        return REDRAW_ALL;
    if (desk_get(t->app, k, id, &r, &e) < 0) {
        tui_message(t, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    if (form_run(t, kind_get(k), r) > 0)
        tui_message(t, 0, "%s", _("Saved."));
    record_free(&r);
    tui_invalidate(t);
    list_reload_keep(t, id);
    return REDRAW_ALL;
}

static unsigned c_add(struct tui *t)
{
    int64_t id;

    if (refuse_readonly(t))
        return REDRAW_ALL;
    t->depth = 0;
    id = form_run(t, kind_get((enum kind_id)t->pane), NULL);
    if (id > 0)
        tui_message(t, 0, "%s", _("Added."));
    tui_invalidate(t);
    list_reload_keep(t, id > 0 ? id : 0);
    return REDRAW_ALL;
}

static unsigned c_archive(struct tui *t)
{
    enum kind_id k;
    int64_t id;
    struct record *r = NULL;
    struct ird_err e = { 0 };
    char *q;
    int yes;

    if (refuse_readonly(t) || tui_selected(t, &k, &id) < 0)
        return REDRAW_ALL;
    if (desk_get(t->app, k, id, &r, &e) < 0) {
        tui_message(t, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    q = xasprintf(r->archived ? _("Restore %s from the archive?") : _("Archive %s?"),
                  record_title(r));
    yes = prompt_yes(t, q);
    free(q);
    if (yes) {
        if (desk_archive(t->app, k, id, r->version, !r->archived, NULL, &e) < 0)
            tui_message(t, 1, "%s", e.msg);
        else
            tui_message(t, 0, "%s",
                        r->archived ? _("Restored.") : _("Archived. A shows archived records."));
        tui_invalidate(t);
        if (!r->archived && t->depth > 0 && !tui_list(t)->q.archived)
            t->depth = 0;
        list_reload_keep(t, id);
    }
    record_free(&r);
    return REDRAW_ALL;
}

static unsigned c_show_archived(struct tui *t)
{
    struct listwin *pl = tui_list(t);

    pl->q.archived = !pl->q.archived;
    list_reload_keep(t, sel_id(t));
    tui_message(t, 0, "%s",
                pl->q.archived ? _("Archived records are shown.") : _("Archived records are hidden."));
    return REDRAW_ALL;
}

static unsigned c_history(struct tui *t)
{
    enum kind_id k;
    int64_t id;

    if (tui_selected(t, &k, &id) < 0)
        return REDRAW_NONE;
    t->hist_limit = 500;
    push_view(t, V_HISTORY, k, id);
    return REDRAW_ALL;
}

/* Make (or remake, after L) the report of t->report_kind/report_id:
 * id > 0 a dossier, 0 the list of the pane, -1 the portfolio. */
static int make_report(struct tui *t)
{
    struct ird_err e = { 0 };
    char *body, *title = NULL;

    if (t->report_id > 0)
        body = summary_dossier(t->app, t->report_kind, t->report_id, &title, &e);
    else if (t->report_id == 0)
        body = summary_list(t->app, &t->lists[t->report_kind].q, &title, &e);
    else
        body = summary_portfolio(t->app, 30, &title, &e);
    if (body == NULL) {
        tui_message(t, 1, "%s", e.msg);
        return -1;
    }
    free(t->report_body);
    free(t->report_title);
    t->report_body = body;
    t->report_title = title;
    t->page_valid = 0;
    return 0;
}

static unsigned open_report(struct tui *t, enum kind_id k, int64_t id)
{
    t->report_kind = k;
    t->report_id = id;
    if (make_report(t) < 0)
        return REDRAW_ALL;
    if (t->stack[t->depth].v == V_REPORT)
        t->depth--;
    push_view(t, V_REPORT, k, id);
    tui_message(t, 0, "%s", _("Preview. p prints, w saves to a file, q closes."));
    return REDRAW_ALL;
}

static unsigned c_print(struct tui *t)
{
    struct printout p;
    struct ird_err e = { 0 };
    enum kind_id k;
    int64_t id;

    if (t->stack[t->depth].v != V_REPORT) {
        if (tui_selected(t, &k, &id) < 0)
            return REDRAW_NONE;
        return open_report(t, k, id);
    }
    if (print_layout(t->app, t->report_title, t->report_body, 1, &p, &e) < 0) {
        tui_message(t, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    tui_message(t, 0, "%s", _("Printing…"));
    tui_draw(t);
    if (print_send(t->app, &p, &e) < 0)
        tui_message(t, 1, "%s", e.msg);
    else if (p.lost > 0)
        tui_message(t, 0,
                    P_("The printer accepted %d page (%zu character transliterated for %s).",
                       "The printer accepted %d pages (%zu characters transliterated for %s).",
                       p.pages),
                    p.pages, p.lost, t->app->cfg.print_charset);
    else
        tui_message(t, 0, P_("The printer accepted %d page.", "The printer accepted %d pages.",
                             p.pages),
                    p.pages);
    printout_fini(&p);
    /* the print command may have written on the terminal */
    clearok(curscr, TRUE);
    return REDRAW_ALL;
}

static unsigned c_print_list(struct tui *t)
{
    return open_report(t, (enum kind_id)t->pane, 0);
}

static unsigned c_report(struct tui *t)
{
    return open_report(t, (enum kind_id)t->pane, -1);
}

static unsigned c_save(struct tui *t)
{
    struct printout p;
    struct ird_err e = { 0 };
    char *name = NULL, *q;
    int overwrite = 0;

    if (t->stack[t->depth].v != V_REPORT) {
        tui_message(t, 0, "%s", _("w saves a preview: open one with p, P or r first."));
        return REDRAW_ALL;
    }
    if (!prompt_line(t, _("Save to file: "), "irdesk-report.txt", NULL, &name) || *name == '\0') {
        free(name);
        return REDRAW_ALL;
    }
    if (outfile_is_stdout(name)) { /* the screen is no file: a file named "-" */
        q = xasprintf("./%s", name);
        free(name);
        name = q;
    }
    /* a target that is refused is said before any question */
    if (outfile_check(name, &(struct outfile_opts){ 0, 0600, t->app->db_path, NULL }, &e) < 0) {
        tui_message(t, 1, "%s", e.msg);
        free(name);
        return REDRAW_ALL;
    }
    if (access(name, F_OK) == 0) {
        q = xasprintf(_("%s exists. Overwrite it?"), name);
        overwrite = prompt_yes(t, q);
        free(q);
        if (!overwrite) {
            tui_message(t, 0, "%s", _("Nothing was saved."));
            free(name);
            return REDRAW_ALL;
        }
    }
    if (print_layout(t->app, t->report_title, t->report_body, 0, &p, &e) < 0 ||
        print_save(t->app, &p, name, overwrite ? 0 : OUTFILE_NO_REPLACE, &e) < 0)
        tui_message(t, 1, "%s", e.msg);
    else
        tui_message(t, 0, _("Saved to %s."), name);
    printout_fini(&p);
    free(name);
    return REDRAW_ALL;
}

static unsigned c_lang(struct tui *t)
{
    i18n_set(i18n_lang() == LANG_NL ? "en" : "nl");
    tui_invalidate(t);
    if (t->stack[t->depth].v == V_REPORT)
        make_report(t);
    /* L10N: said after switching to this catalog's language: name it */
    tui_message(t, 0, "%s", _("Language: English."));
    return REDRAW_ALL;
}

static unsigned c_redraw(struct tui *t)
{
    (void)t;
    clearok(curscr, TRUE);
    return REDRAW_ALL;
}

static unsigned c_help(struct tui *t)
{
    if (t->stack[t->depth].v != V_HELP)
        push_view(t, V_HELP, KIND_CITY, 0);
    return REDRAW_ALL;
}

typedef unsigned (*cmd_fn)(struct tui *);

/* One handler per command, in the order of IRD_COMMANDS. */
static const cmd_fn handlers[CMD_COUNT] = {
    [CMD_QUIT] = c_quit,           [CMD_PANE1] = c_pane1,
    [CMD_PANE2] = c_pane2,         [CMD_PANE3] = c_pane3,
    [CMD_PANE4] = c_pane4,         [CMD_PANE_NEXT] = c_pane_next,
    [CMD_PANE_PREV] = c_pane_prev, [CMD_DOWN] = c_down,
    [CMD_UP] = c_up,               [CMD_PAGE_DOWN] = c_page_down,
    [CMD_PAGE_UP] = c_page_up,     [CMD_TOP] = c_top,
    [CMD_BOTTOM] = c_bottom,       [CMD_OPEN] = c_open,
    [CMD_FILTER] = c_filter,       [CMD_NEXT_MATCH] = c_next_match,
    [CMD_PREV_MATCH] = c_prev_match, [CMD_STATUS_FILTER] = c_status_filter,
    [CMD_SORT] = c_sort,           [CMD_SORT_REVERSE] = c_sort_reverse,
    [CMD_STATUS] = c_status,       [CMD_EDIT] = c_edit,
    [CMD_ADD] = c_add,             [CMD_ARCHIVE] = c_archive,
    [CMD_SHOW_ARCHIVED] = c_show_archived, [CMD_HISTORY] = c_history,
    [CMD_PRINT] = c_print,         [CMD_PRINT_LIST] = c_print_list,
    [CMD_REPORT] = c_report,       [CMD_SAVE] = c_save,
    [CMD_LANG] = c_lang,           [CMD_REDRAW] = c_redraw,
    [CMD_HELP] = c_help,
};

/* Another desk committed: reload what is shown. */
static void check_others(struct tui *t)
{
    int64_t dv = desk_data_version(t->app);

    if (dv != t->dv) {
        if (t->dv >= 0 && t->msg[0] == '\0')
            tui_message(t, 0, "%s", _("Another desk saved changes: the screen shows them."));
        t->dv = dv;
        tui_invalidate(t);
        list_reload_keep(t, sel_id(t));
    }
}

static void colours(struct tui *t)
{
    const char *no = getenv("NO_COLOR");

    t->color = 0;
    if ((no != NULL && *no != '\0') || !has_colors())
        return;
    if (start_color() != OK)
        return;
    use_default_colors();
    init_pair(P_BAR, COLOR_WHITE, COLOR_BLUE);
    init_pair(P_TAB, COLOR_BLACK, COLOR_CYAN);
    init_pair(P_ERR, COLOR_RED, -1);
    init_pair(P_LINK, COLOR_CYAN, -1);
    init_pair(P_HEAD, COLOR_YELLOW, -1);
    init_pair(P_DIM, COLOR_BLUE, -1);
    t->color = 1;
}

int tui_run(const struct app_opts *ao, const char *warnings)
{
    struct tui t;
    struct ird_err e = { 0 };
    struct sigaction sa;
    int k, rc;

    memset(&t, 0, sizeof t);
    if (app_open(ao, &t.app, &e) < 0) {
        fprintf(stderr, "irdesk: %s\n", e.msg);
        return 1;
    }
    for (k = 0; k < KIND_COUNT; k++)
        listwin_init(&t.lists[k], (enum kind_id)k);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);

    if (initscr() == NULL) {
        fprintf(stderr, "irdesk: %s\n", _("Cannot start the terminal screen."));
        app_close(&t.app);
        return 1;
    }
    /* raw: Ctrl-S (save) and Ctrl-Q reach the desk instead of flow control;
     * Ctrl-C is then a key, handled in tui_getkey like SIGINT */
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    /* a lone Esc is told from an escape sequence after 25 ms, unless the
     * user set ESCDELAY (which ncurses reads) */
    if (getenv("ESCDELAY") == NULL)
        set_escdelay(25);
    curs_set(0);
    timeout(1000); /* a tick: notice other desks' changes while idle */
    colours(&t);
    if (desk_interactive(t.app, &e) < 0)
        tui_message(&t, 1, "%s", e.msg);
    t.dv = -1;
    check_others(&t);
    t.msg[0] = '\0';
    if (warnings != NULL) {
        /* the configuration's complaints: the first one, on the bottom line */
        const char *nl = strchr(warnings, '\n');
        tui_message(&t, 1, "%.*s", (int)(nl ? nl - warnings : (long)strlen(warnings)), warnings);
    }
    rc = 0;
    for (;;) {
        int key;
        enum cmd c;
        unsigned r;
        check_others(&t);
        tui_draw(&t);
        k = tui_getkey(&t, &key);
        if (k == -2)
            break;
        if (k == -1) {
            desk_idle(t.app); /* the tick: nobody waits */
            continue;
        }
        if (key == (KEY_RESIZE | KEY_FN))
            continue;
        t.msg[0] = '\0';
        c = keymap_lookup(key);
        if (tui_too_small() && c != CMD_QUIT && c != CMD_REDRAW)
            continue;
        if (c == CMD_NONE || handlers[c] == NULL) {
            char name[16];
            tui_message(&t, 0, _("The key %s does nothing here; ? lists the keys."),
                        keymap_key_name(key, name, sizeof name));
            continue;
        }
        r = handlers[c](&t);
        if (r & REDRAW_QUIT)
            break;
        if (tui_stop)
            break;
    }
    endwin();
    for (k = 0; k < KIND_COUNT; k++)
        listwin_fini(&t.lists[k]);
    page_free(&t.page);
    page_free(&t.preview);
    free(t.report_body);
    free(t.report_title);
    app_close(&t.app);
    if (tui_stop)
        rc = 128 + (int)tui_stop;
    return rc;
}
