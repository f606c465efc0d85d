#include "tui/tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "tui/form.h"
#include "tui/keyfile.h"
#include "tui/keymap.h"
#include "tui/prompt.h"
#include "tui/tui_int.h"

/* The controller: the view stack, the bar over it, and the desk's
 * commands that are no single view's, with what each needs checked in one
 * place. */

struct view *tui_top(struct tui *t)
{
    return &t->stack[t->depth];
}

void tui_invalidate(struct tui *t)
{
    t->gen++; /* every pane's list is loaded again when next shown */
    t->totals_valid = 0;
    t->page_valid = 0;
    t->preview_valid = 0;
}

struct listwin *tui_list(struct tui *t)
{
    return &t->lists[t->pane];
}

int tui_selected(struct tui *t, enum kind_id *k, int64_t *id)
{
    const struct view *v = tui_top(t);
    const struct record *r;

    if (v->ops != &v_list_ops) {
        *k = v->kind;
        *id = v->id;
        return v->id > 0 ? 0 : -1;
    }
    r = listwin_selected(tui_list(t));
    *k = (enum kind_id)t->pane;
    *id = r != NULL ? r->id : 0;
    if (*id > 0)
        return 0;
    screen_message(&t->scr, 0, "%s", _("No record is selected: the list is empty."));
    return -1;
}

void tui_push(struct tui *t, const struct view_ops *ops, enum kind_id k, int64_t id)
{
    if (t->depth + 1 >= (int)(sizeof t->stack / sizeof t->stack[0])) {
        /* keep the list and drop the oldest view */
        memmove(&t->stack[1], &t->stack[2], sizeof t->stack[0] * (size_t)(t->depth - 1));
        t->depth--;
    }
    t->depth++;
    /* no cursor line yet: a pager that scrolls keeps none, the others put
     * it on their first line */
    t->stack[t->depth] = (struct view){ ops, k, id, -1, 0 };
    t->page_valid = 0;
}

/* Tab k of the bar in style 0 (" 1 Cities (12) "), 1 ("1 Cities", the
 * count on the current pane's tab only), 2 ("1 Cities"), 3 (the current
 * pane's "1 Cities (12)", the others' short names: "2 Agr."), 4 (as 3,
 * without the count: the list's own line tells it), 5 (as 4, the current
 * pane by its short name too, its tab highlighted) or 6 (as 5, the
 * calendar by its key alone); the calendar's name goes last, as its tab
 * is the only one a bare key would leave unnamed; tab
 * KIND_COUNT is the calendar's ("0 Calendar", "0 Cal"), current while it
 * is open; caller frees. */
static char *bar_tab(struct tui *t, int k, int style)
{
    const struct kind *kd = k < KIND_COUNT ? kind_get((enum kind_id)k) : NULL;
    int cal = tui_top(t)->ops == &v_calendar_ops;
    int cur = kd != NULL ? k == t->pane && !cal : cal;
    int key = kd != NULL ? k + 1 : 0;
    /* L10N: the calendar's tab in the pane bar, and its short name in a narrow
     * one (at most three letters: it must fit beside the others at 80 columns) */
    const char *name = kd != NULL ? _(kd->plural) : _("Calendar");
    const char *tab = kd != NULL ? (kd->tab != NULL ? _(kd->tab) : NULL) : _("Cal");

    if (style == 0 && kd != NULL)
        return xasprintf(" %d %s (%ld) ", key, name, t->totals[k]);
    if (style == 0)
        return xasprintf(" %d %s ", key, name);
    if ((style == 1 || style == 3) && cur && kd != NULL)
        return xasprintf("%d %s (%ld)", key, name, t->totals[k]);
    if (style >= 6 && !cur && kd == NULL)
        return xasprintf("%d", key);
    if (((style >= 3 && !cur) || style >= 5) && tab != NULL)
        return xasprintf("%d %s", key, tab);
    return xasprintf("%d %s", key, name);
}

enum { BAR_STYLES = 7 };

/* The first style whose tabs all fit the width (the last when none does). */
static int bar_style(struct tui *t)
{
    int style, k, x;

    for (style = 0; style < BAR_STYLES - 1; style++) {
        for (k = 0, x = -1; k <= KIND_COUNT; k++) {
            char *tab = bar_tab(t, k, style);
            x += (int)text_width(tab) + 1;
            free(tab);
        }
        if (x <= COLS)
            break;
    }
    return style;
}

/* The bar over every view: a tab per kind, with its count when they fit. */
static void draw_bar(struct tui *t)
{
    struct ird_err e = { 0 };
    int x = 0, k, style;

    if (!t->totals_valid) {
        for (k = 0; k < KIND_COUNT; k++) {
            struct query q = { (enum kind_id)k, NULL, NULL, -1, 0, 0 };
            long was = t->totals[k];
            if (desk_count(t->app, &q, &t->totals[k], &e) < 0)
                t->totals[k] = 0;
            /* a count of another width may change the style (a save
             * changes none: the style is kept) */
            if (t->totals[k] != was)
                t->bar_cols = 0;
        }
        t->totals_valid = 1;
    }
    /* the style is tried out again only when the tabs change */
    if (t->bar_cols != COLS || t->bar_pane != t->pane ||
        t->bar_cal != (tui_top(t)->ops == &v_calendar_ops)) {
        t->bar_style = bar_style(t);
        t->bar_cols = COLS;
        t->bar_pane = t->pane;
        t->bar_cal = tui_top(t)->ops == &v_calendar_ops;
    }
    style = t->bar_style;
    screen_style_on(&t->scr, STYLE_BAR);
    move(0, 0);
    hline(' ', COLS);
    for (k = 0; k <= KIND_COUNT; k++) {
        char *tab = bar_tab(t, k, style);
        size_t w = text_width(tab);
        int cal = tui_top(t)->ops == &v_calendar_ops;
        int cur = k < KIND_COUNT ? k == t->pane && !cal : cal;
        if (cur) {
            screen_style_off(&t->scr, STYLE_BAR);
            screen_style_on(&t->scr, STYLE_TAB);
        }
        if ((size_t)x + w <= (size_t)COLS)
            screen_put(0, x, tab, w, 1);
        if (cur) {
            screen_style_off(&t->scr, STYLE_TAB);
            screen_style_on(&t->scr, STYLE_BAR);
        }
        x += (int)w + 1;
        free(tab);
    }
    screen_style_off(&t->scr, STYLE_BAR);
}

void tui_draw(struct tui *t)
{
    struct view *v = tui_top(t);
    char *hint;

    erase();
    if (screen_too_small()) {
        screen_draw_too_small();
        refresh();
        return;
    }
    draw_bar(t);
    v->ops->draw(t, v);
    hint = keymap_hint_line(v->ops->hints, SCREEN_MIN_COLS,
                            t->depth == 0 ? v_views_quit_does(t) : HINT_QUIT_AS_SET);
    screen_draw_bottom(&t->scr, hint);
    free(hint);
    refresh();
}

static void paint_desk(void *arg)
{
    tui_draw(arg);
}

/* ---- the desk's commands ------------------------------------------------ */

static void go_pane(struct tui *t, int pane)
{
    t->pane = (pane + KIND_COUNT) % KIND_COUNT;
    t->stack[0].kind = (enum kind_id)t->pane;
    t->depth = 0;
    t->page_valid = 0;
    v_list_resume(t);
}

/* One step back: the view under this one, else the list without its
 * text filter, then without its status filter; 0 when there was nothing
 * to go back from. */
static int step_back(struct tui *t)
{
    if (t->depth == 0)
        return v_views_unfilter(t);
    t->depth--;
    t->page_valid = 0;
    if (t->depth == 0)
        v_list_resume(t);
    return 1;
}

/* q: back, and at the top (no filter left) quit, asking first when a
 * note typed for a refused status change would be lost. */
static unsigned c_quit(struct tui *t, const struct target *g)
{
    (void)g;
    if (step_back(t))
        return REDRAW_ALL;
    if (t->kept_note != NULL &&
        !prompt_yes(&t->scr, _("The note of a refused status change is not saved. Quit anyway?")))
        return REDRAW_ALL;
    return REDRAW_QUIT;
}

/* Esc, Backspace: dismiss the error shown, else back; never quit.  (A
 * message that is no error goes with any key: Esc then goes back too.) */
static unsigned c_back(struct tui *t, const struct target *g)
{
    (void)g;
    if (t->msg_shown)
        return REDRAW_ALL;
    if (!step_back(t)) {
        char *keys = keymap_keys_text(KEYMAP_DESK, CMD_QUIT);
        screen_message(&t->scr, 0, _("This is the top of the desk: %s quits."), keys);
        free(keys);
    }
    return REDRAW_ALL;
}

/* Ctrl-C: a key, not a way out unasked. */
static unsigned c_interrupt(struct tui *t, const struct target *g)
{
    (void)g;
    return prompt_yes(&t->scr, _("Quit irdesk?")) ? REDRAW_QUIT : REDRAW_ALL;
}

static unsigned c_pane(struct tui *t, const struct target *g)
{
    go_pane(t, g->arg);
    return REDRAW_ALL;
}

static unsigned c_pane_next(struct tui *t, const struct target *g)
{
    (void)g;
    go_pane(t, t->pane + 1);
    return REDRAW_ALL;
}

static unsigned c_pane_prev(struct tui *t, const struct target *g)
{
    (void)g;
    go_pane(t, t->pane - 1);
    return REDRAW_ALL;
}

/* The menu of the statuses the record may move to; -1 when none or left. */
static int pick_status(struct tui *t, const struct kind *kd, const struct record *r,
                       const char **next)
{
    const char *items[16];
    size_t n = workflow_next(kd, r->status, next, 16), i;
    char *title;
    int pick;

    if (n == 0 && kd->moves[0].from == NULL)
        /* L10N: %s is the kind's plural label: "Contacts" */
        screen_message(&t->scr, 1, _("%s have no workflow of statuses: there is no status to "
                                     "change."),
                       _(kd->plural));
    else if (n == 0)
        screen_message(&t->scr, 1, _("No status change is allowed from %s."),
                       kind_status_label(kd, r->status));
    if (n == 0)
        return -1;
    for (i = 0; i < n; i++)
        items[i] = kind_status_label(kd, next[i]);
    title = xasprintf(_("%s → new status"), kind_status_label(kd, r->status));
    pick = prompt_menu(&t->scr, title, items, (int)n, 0);
    free(title);
    return pick;
}

static unsigned c_status(struct tui *t, const struct target *g)
{
    const struct kind *kd = kind_get(g->kind);
    struct record *r = NULL;
    struct ird_err e = { 0 };
    const char *next[16], *kept;
    char *note = NULL, *label = NULL, *kept_key = NULL;
    int pick;

    if (desk_get(t->app, g->kind, g->id, &r, &e) < 0) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    pick = pick_status(t, kd, r, next);
    if (pick < 0)
        goto out;
    /* L10N: the status-note prompt: %s → %s is the move chosen */
    label = xasprintf(_("%s → %s. Note (optional; Esc cancels): "),
                      kind_status_label(kd, r->status), kind_status_label(kd, next[pick]));
    kept = t->kept_kind == g->kind && t->kept_id == g->id ? t->kept_note : NULL;
    if (!prompt_line(&t->scr, label, kept != NULL ? kept : "", NULL, NULL, &note))
        goto out;
    free(t->kept_note);
    t->kept_note = NULL;
    if (workflow_move(t->app, g->kind, g->id, r->version, next[pick], note, &e) < 0) {
        /* refused (another desk moved it first): the note typed is kept
         * for the next try on this record */
        t->kept_note = note;
        t->kept_kind = g->kind;
        t->kept_id = g->id;
        note = NULL;
        screen_message(&t->scr, 1, _("%s Your note is kept: %s tries again."), e.msg,
                       kept_key = keymap_keys_text(KEYMAP_DESK, CMD_STATUS));
    } else {
        v_undo_status(t, g->kind, g->id, r->status, next[pick]);
        screen_message(&t->scr, 0, _("Status: %s → %s."), kind_status_label(kd, r->status),
                       kind_status_label(kd, next[pick]));
    }
    tui_invalidate(t);
    v_list_reload(t, g->id);
out:
    free(kept_key);
    free(label);
    free(note);
    record_free(&r);
    return REDRAW_ALL;
}

/* The decision's date: one that cannot be is refused at its step. */
static int check_decided(void *arg, int step, char *const *v, struct ird_err *e)
{
    return workflow_check_decided(((struct tui *)arg)->app, v[step], e);
}

/* A decision for the record's log, asked line by line; it moves no status. */
static unsigned c_decide(struct tui *t, const struct target *g)
{
    static const struct prompt_step steps[4] = {
        { N_("Decision, as the document words it (Esc cancels): "),
          N_("A decision needs its text."), NULL },
        { N_("Decided on (YYYY, YYYY-MM or YYYY-MM-DD): "), NULL, check_decided },
        { N_("Decided by (body or document, may be empty): "), NULL, NULL },
        { N_("Source (document and section): "),
          N_("A decision needs its source (document and section)."), NULL },
    };
    char *v[4] = { NULL, NULL, NULL, NULL };
    struct ird_err e = { 0 };
    int i;

    if (!kind_get(g->kind)->decisions) {
        screen_message(&t->scr, 1, _("%s: this kind of record keeps no decision log."),
                       _(kind_get(g->kind)->plural));
        return REDRAW_ALL;
    }
    /* refused as a whole (a text too long): asked again, every line kept */
    while (prompt_steps(&t->scr, steps, 4, t, v)) {
        if (workflow_decide(t->app, g->kind, g->id, v[0], NULL, v[1], v[2], v[3], NULL, &e) ==
            0) {
            screen_message(&t->scr, 0, "%s", _("Decision recorded; the status stays as it is."));
            tui_invalidate(t);
            v_list_reload(t, g->id);
            break;
        }
        prompt_refused(&t->scr, e.msg);
    }
    for (i = 0; i < 4; i++)
        free(v[i]);
    return REDRAW_ALL;
}

static unsigned c_edit(struct tui *t, const struct target *g)
{
    struct record *r = NULL, *before;
    struct ird_err e = { 0 };

    if (desk_get(t->app, g->kind, g->id, &r, &e) < 0) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    before = record_dup(r);
    if (form_run(t->app, &t->scr, kind_get(g->kind), r) > 0) {
        screen_message(&t->scr, 0, "%s", _("Saved."));
        v_undo_edit(t, before);
    }
    record_free(&before);
    record_free(&r);
    tui_invalidate(t);
    v_list_reload(t, g->id);
    return REDRAW_ALL;
}

static unsigned c_add(struct tui *t, const struct target *g)
{
    int64_t id;

    (void)g;
    t->depth = 0;
    id = form_run(t->app, &t->scr, kind_get((enum kind_id)t->pane), NULL);
    if (id > 0)
        screen_message(&t->scr, 0, "%s", _("Added."));
    tui_invalidate(t);
    v_list_reload(t, id > 0 ? id : 0);
    return REDRAW_ALL;
}

/* 1 when records of kind k may name a record of kind of (a reference). */
static int refers_to(enum kind_id k, enum kind_id of)
{
    const struct kind *kd = kind_get(k);
    int i;

    for (i = 0; i < kd->nfields; i++)
        if (ftype_is(kd->fields[i].type, FTYPE_RECORD) && kd->fields[i].ref == of)
            return 1;
    return 0;
}

/* "Archive X?", with a warning first when records that name it are still
 * held (a city's agreements in force).  Caller frees. */
static char *archive_question(struct tui *t, const struct record *r)
{
    struct link_ref *l = NULL;
    struct ird_err e = { 0 };
    struct buf held = { 0 };
    size_t n = 0, i, count = 0;
    char *q;

    if (desk_links(t->app, r->kind->id, r->id, &l, &n, &e) < 0)
        n = 0;
    for (i = 0; i < n; i++) {
        const struct kind *lk = kind_get(l[i].kind);
        if (!refers_to(l[i].kind, r->kind->id) || !kind_status_is(lk, l[i].status, S_HELD))
            continue;
        buf_printf(&held, "%s%s %lld (%s)", count > 0 ? ", " : "", _(lk->label),
                   (long long)l[i].id, kind_status_label(lk, l[i].status));
        count++;
    }
    link_list_free(l, n);
    if (count == 0)
        q = xasprintf(_("Archive %s?"), record_title(r));
    else
        q = xasprintf(P_("Warning: %s is named by %zu record still in force: %s. Archive it "
                         "anyway?",
                         "Warning: %s is named by %zu records still in force: %s. Archive it "
                         "anyway?",
                         count),
                      record_title(r), count, held.s);
    buf_fini(&held);
    return q;
}

static unsigned c_archive(struct tui *t, const struct target *g)
{
    struct record *r = NULL;
    struct ird_err e = { 0 };
    char *q;
    int yes;

    if (desk_get(t->app, g->kind, g->id, &r, &e) < 0) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    q = r->archived ? xasprintf(_("Restore %s from the archive?"), record_title(r))
                    : archive_question(t, r);
    yes = prompt_yes(&t->scr, q);
    free(q);
    if (yes) {
        if (desk_archive(t->app, g->kind, g->id, r->version, !r->archived, NULL, &e) < 0)
            screen_message(&t->scr, 1, "%s", e.msg);
        else {
            v_undo_archive(t, g->kind, g->id, !r->archived);
            if (r->archived)
                screen_message(&t->scr, 0, "%s", _("Restored."));
            else
                screen_message_take(&t->scr, 0,
                                    keymap_fill(_("Archived. %s shows archived records."),
                                                KEYMAP_DESK, CMD_SHOW_ARCHIVED, -1));
        }
        tui_invalidate(t);
        if (!r->archived && t->depth > 0 && !tui_list(t)->q.archived)
            t->depth = 0;
        v_list_reload(t, g->id);
    }
    record_free(&r);
    return REDRAW_ALL;
}

static unsigned c_history(struct tui *t, const struct target *g)
{
    t->hist_limit = 100; /* a few screens; the view pages in more as the cursor nears its end */
    tui_push(t, &v_history_ops, g->kind, g->id);
    return REDRAW_ALL;
}

/* p outside a preview: the preview of the record's dossier. */
static unsigned c_print(struct tui *t, const struct target *g)
{
    return v_report_open(t, g->kind, g->id);
}

static unsigned c_print_list(struct tui *t, const struct target *g)
{
    (void)g;
    return v_report_open(t, (enum kind_id)t->pane, 0);
}

static unsigned c_report(struct tui *t, const struct target *g)
{
    (void)g;
    return v_report_open(t, (enum kind_id)t->pane, -1);
}

/* w outside a preview. */
static unsigned c_save(struct tui *t, const struct target *g)
{
    (void)g;
    screen_message_take(&t->scr, 0,
                        keymap_fill(_("%s saves a preview: open one with %s, %s or %s first."),
                                    KEYMAP_DESK, CMD_SAVE, KEYMAP_DESK, CMD_PRINT, KEYMAP_DESK,
                                    CMD_PRINT_LIST, KEYMAP_DESK, CMD_REPORT, -1));
    return REDRAW_ALL;
}

static unsigned c_lang(struct tui *t, const struct target *g)
{
    (void)g;
    i18n_set(i18n_lang() == LANG_NL ? "en" : "nl");
    tui_invalidate(t);
    if (tui_top(t)->ops == &v_report_ops)
        v_report_make(t);
    /* L10N: said after switching to this catalog's language: name it */
    screen_message(&t->scr, 0, "%s", _("Language: English."));
    return REDRAW_ALL;
}

static unsigned c_redraw(struct tui *t, const struct target *g)
{
    (void)t;
    (void)g;
    screen_redraw_all();
    return REDRAW_ALL;
}

static unsigned c_help(struct tui *t, const struct target *g)
{
    (void)g;
    if (tui_top(t)->ops != &v_help_ops)
        tui_push(t, &v_help_ops, KIND_CITY, 0);
    return REDRAW_ALL;
}

/* What a command needs before it runs; checked in run_action only. */
enum need { NEED_ROW = 1u << 0, NEED_WRITABLE = 1u << 1 };

struct action {
    unsigned need;
    unsigned (*run)(struct tui *t, const struct target *g);
};

/* The commands no view took, by command. */
static const struct action actions[CMD_COUNT] = {
    [CMD_QUIT] = { 0, c_quit },
    [CMD_BACK] = { 0, c_back },
    [CMD_INTERRUPT] = { 0, c_interrupt },
    [CMD_PANE] = { 0, c_pane },
    [CMD_PANE_NEXT] = { 0, c_pane_next },
    [CMD_PANE_PREV] = { 0, c_pane_prev },
    [CMD_STATUS] = { NEED_WRITABLE | NEED_ROW, c_status },
    [CMD_DECIDE] = { NEED_WRITABLE | NEED_ROW, c_decide },
    [CMD_EDIT] = { NEED_WRITABLE | NEED_ROW, c_edit },
    [CMD_ADD] = { NEED_WRITABLE, c_add },
    [CMD_ARCHIVE] = { NEED_WRITABLE | NEED_ROW, c_archive },
    [CMD_HISTORY] = { NEED_ROW, c_history },
    [CMD_PRINT] = { NEED_ROW, c_print },
    [CMD_PRINT_LIST] = { 0, c_print_list },
    [CMD_REPORT] = { 0, c_report },
    [CMD_SAVE] = { 0, c_save },
    [CMD_LANG] = { 0, c_lang },
    [CMD_REDRAW] = { 0, c_redraw },
    [CMD_HELP] = { 0, c_help },
    [CMD_UNDO] = { NEED_WRITABLE, v_undo_undo },
    [CMD_REDO] = { NEED_WRITABLE, v_undo_redo },
    [CMD_NOTE] = { NEED_WRITABLE | NEED_ROW, v_undo_note },
    [CMD_MARK] = { NEED_ROW, v_bulk_mark },
    [CMD_MARK_ALL] = { 0, v_bulk_mark_all },
    [CMD_BULK] = { 0, v_bulk_run },
    [CMD_VIEWS] = { 0, v_views_open },
    [CMD_VIEW_SAVE] = { NEED_WRITABLE, v_views_save },
    [CMD_SEARCH_ALL] = { 0, v_search_open },
    [CMD_CALENDAR] = { 0, v_calendar_open },
    [CMD_LINK] = { NEED_WRITABLE | NEED_ROW, v_attach_link },
    [CMD_ATTACH] = { NEED_WRITABLE | NEED_ROW, v_attach_add },
};

static unsigned run_action(struct tui *t, enum cmd c, int arg)
{
    struct target g = { arg, KIND_CITY, 0 };
    const struct action *a = &actions[c];

    if (a->run == NULL)
        return REDRAW_UNHANDLED;
    if ((a->need & NEED_WRITABLE) && app_readonly(t->app)) {
        screen_message(&t->scr, 1, "%s",
                       _("Read-only: this database was opened read-only, so it cannot be "
                         "changed."));
        return REDRAW_ALL;
    }
    if ((a->need & NEED_ROW) && tui_selected(t, &g.kind, &g.id) < 0)
        return REDRAW_ALL;
    return a->run(t, &g);
}

/* The view on top first, then the list under it (filter, sort reach it
 * from a detail), then the desk's table. */
static unsigned dispatch(struct tui *t, enum cmd c, int arg)
{
    struct view *v = tui_top(t);
    unsigned r = v->ops->handle(t, v, c, arg);

    if ((r & REDRAW_UNHANDLED) && v != &t->stack[0])
        r = t->stack[0].ops->handle(t, &t->stack[0], c, arg);
    if (r & REDRAW_UNHANDLED)
        r = run_action(t, c, arg);
    return r;
}

/* Another desk committed: reload what is shown; 1 when it did. */
static int check_others(struct tui *t)
{
    int64_t dv = desk_data_version(t->app);

    if (dv == t->dv)
        return 0;
    if (t->dv >= 0 && t->scr.msg[0] == '\0')
        screen_message(&t->scr, 0, "%s", _("Another desk saved changes: the screen shows them."));
    t->dv = dv;
    tui_invalidate(t);
    t->stack[0].ops->reload(t, &t->stack[0]);
    return 1;
}

/* A click selects the row under it; the wheel scrolls three lines. */
static void on_mouse(struct tui *t)
{
    int y, x, i;
    enum screen_click what = screen_mouse_read(&y, &x);

    screen_message_clear(&t->scr);
    if (what == CLICK_WHEEL_UP || what == CLICK_WHEEL_DOWN)
        for (i = 0; i < 3; i++)
            dispatch(t, what == CLICK_WHEEL_UP ? CMD_UP : CMD_DOWN, 0);
    else if (what == CLICK_SELECT && tui_top(t)->ops == &v_list_ops)
        v_list_click(t, y);
}

/* Read and run keys until the desk is left; 0, or 128 + the signal. */
static int loop(struct tui *t)
{
    int changed = 1; /* the screen shows something new */

    for (;;) {
        int key, arg, k;
        unsigned r = REDRAW_UNHANDLED;
        enum cmd c;
        /* an idle tick that changed nothing draws nothing */
        if (check_others(t) || changed)
            tui_draw(t);
        changed = 1;
        k = screen_getkey(&t->scr, &key);
        if (k == -2)
            break;
        if (k == -1) {
            struct ird_err e = { 0 };
            desk_idle(t->app); /* the tick: nobody waits */
            /* and the counts shown as "501+" are counted out */
            changed = listwin_settle(tui_list(t), t->app, &e);
            if (changed < 0)
                screen_message(&t->scr, 1, "%s", e.msg);
            continue;
        }
        if (key == (KEY_RESIZE | KEY_FN))
            continue;
        if (key == (KEY_MOUSE | KEY_FN)) {
            if (t->scr.mouse)
                on_mouse(t);
            continue;
        }
        t->msg_shown = t->scr.msg[0] != '\0' && t->scr.msg_err;
        screen_message_clear(&t->scr);
        c = keymap_lookup(tui_top(t)->ops->keys, key, &arg);
        if (screen_too_small() && c != CMD_QUIT && c != CMD_REDRAW && c != CMD_INTERRUPT)
            continue;
        if (c != CMD_NONE)
            r = dispatch(t, c, arg);
        if (r & REDRAW_UNHANDLED) {
            char name[16], *help = keymap_keys_text(KEYMAP_DESK, CMD_HELP);
            /* L10N: the first %s is the key pressed, the second the help key (?) */
            screen_message(&t->scr, 0, _("The key %s does nothing here; %s lists the keys."),
                           keymap_key_name(key, name, sizeof name), help);
            free(help);
            continue;
        }
        if ((r & REDRAW_QUIT) || screen_stop)
            break;
    }
    return screen_stop ? 128 + (int)screen_stop : 0;
}

static void say_busy(void *scr)
{
    screen_say_now(scr, _("Waiting for another desk to finish writing…"));
}

/* The configuration's and the keys file's complaints, every one of them,
 * on the lines above the bottom (a message is never cut). */
static void say_warnings(struct tui *t, const char *config, const char *keys)
{
    struct buf b = { 0 };

    buf_add(&b, config != NULL ? config : "");
    buf_add(&b, keys != NULL ? keys : "");
    while (b.len > 0 && b.s[b.len - 1] == '\n')
        b.s[--b.len] = '\0';
    if (b.len > 0)
        screen_message(&t->scr, 1, "%s", b.s);
    buf_fini(&b);
}

int tui_terminal_usable(void)
{
    return screen_terminal_usable();
}

int tui_run(const struct app_opts *ao, const char *warnings)
{
    struct tui t;
    struct ird_err e = { 0 };
    char *keys_said = NULL;
    int k, rc;

    memset(&t, 0, sizeof t);
    keyfile_load(NULL, &keys_said);
    if (app_open(ao, &t.app, &e) < 0) {
        fprintf(stderr, "irdesk: %s\n", e.msg);
        return 1;
    }
    for (k = 0; k < KIND_COUNT; k++)
        listwin_init(&t.lists[k], (enum kind_id)k);
    t.stack[0] = (struct view){ &v_list_ops, (enum kind_id)0, 0, 0, 0 };
    t.scr.paint = paint_desk;
    t.scr.paint_arg = &t;
    if (screen_open(&t.scr) < 0) {
        rc = 1;
        goto out;
    }
    screen_colors(&t.scr, t.app->cfg.colors, t.app->cfg.ncolors);
    screen_mouse(&t.scr, t.app->cfg.mouse);
    if (desk_interactive(t.app, &e) < 0)
        screen_message(&t.scr, 1, "%s", e.msg);
    /* a save waits for another desk's long write (an import), saying so,
     * rather than failing after five seconds */
    desk_on_busy(t.app, 120, say_busy, &t.scr);
    t.dv = -1;
    check_others(&t);
    screen_message_clear(&t.scr);
    say_warnings(&t, warnings, keys_said);
    if (t.scr.msg[0] == '\0')
        v_calendar_notice(&t);
    rc = loop(&t);
    screen_close(&t.scr);
out:
    undo_fini(&t.undo);
    v_bulk_fini(&t);
    free(keys_said);
    keymap_reset();
    prompt_history_free();
    for (k = 0; k < KIND_COUNT; k++)
        listwin_fini(&t.lists[k]);
    page_free(&t.page);
    page_free(&t.preview);
    free(t.report_body);
    free(t.report_title);
    free(t.report_marked.id);
    free(t.kept_note);
    app_close(&t.app);
    return rc;
}
