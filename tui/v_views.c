/* Saved views: v lists them and opens one in its pane, V saves the pane's
 * list (filter, status filter, sort) under a name, in the database, so
 * that every desk has it. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "core/desk.h"
#include "core/views.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "tui/layout.h"
#include "tui/prompt.h"
#include "tui/tui_int.h"

/* Open view v: its pane, then its filters. */
static void open_view(struct tui *t, const struct view_def *v)
{
    struct ird_err e = { 0 };
    struct listwin *pl;
    struct query q;
    int k = views_kind(v, (enum kind_id)t->pane);

    if (k < 0) {
        screen_message(&t->scr, 1, _("The view \"%s\" is of a kind this irdesk does not know."),
                       v->name);
        return;
    }
    pl = &t->lists[k];
    q = pl->q;
    if (views_apply(t->app, v, (enum kind_id)k, &q, t->view_cond[k], &e) < 0) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return;
    }
    t->pane = k;
    t->stack[0].kind = (enum kind_id)k;
    t->depth = 0;
    t->page_valid = 0;
    pl->q = q;
    snprintf(t->view_title[k], sizeof t->view_title[k], "%s", views_title(v));
    snprintf(t->view_cols[k], sizeof t->view_cols[k], "%s", v->columns ? v->columns : "");
    pl->rows = v_list_rows();
    if (listwin_search(pl, t->app, v->search, &e) < 0) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return;
    }
    t->preview_valid = 0;
    screen_message(&t->scr, 0,
                   P_("View: %s — %ld record.", "View: %s — %ld records.", pl->count),
                   views_title(v), pl->count);
}

unsigned v_views_open(struct tui *t, const struct target *g)
{
    struct view_def *v = NULL;
    struct ird_err e = { 0 };
    const char **items;
    char **own;
    size_t n = 0, i;
    int pick;

    (void)g;
    if (views_all(t->app, &v, &n, &e) < 0) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    items = xcalloc(n + 1, sizeof *items);
    own = xcalloc(n + 1, sizeof *own);
    for (i = 0; i < n; i++) {
        const struct kind *k = v[i].kind ? kind_by_code(v[i].kind) : NULL;
        own[i] = xasprintf("%s  (%s%s)", views_title(&v[i]), k ? _(k->plural) : _("any pane"),
                           v[i].personal ? _(", personal") : "");
        items[i] = own[i];
    }
    t->depth = 0;
    pick = n > 0 ? prompt_menu(&t->scr, _("Saved views"), items, (int)n, 0) : -1;
    if (n == 0)
        screen_message_take(&t->scr, 0,
                            keymap_fill(_("No views are saved: %s saves the list as it is."),
                                        KEYMAP_DESK, CMD_VIEW_SAVE, -1));
    if (pick >= 0)
        open_view(t, &v[pick]);
    for (i = 0; i < n; i++)
        free(own[i]);
    free(own);
    free(items);
    view_def_list_free(v, n);
    return REDRAW_ALL;
}

/* Yes to replacing the saved view called name (shared by every desk). */
static int confirm_replace(struct tui *t, const char *name)
{
    /* L10N: %s is the view's name */
    char *q = xasprintf(_("A view \"%s\" exists; replace it, for every desk?"), name);
    int yes = prompt_yes(&t->scr, q);

    free(q);
    return yes;
}

/* Save the list as the view named v[step]; a name refused, or one whose
 * replacing is declined, is asked again with the name kept. */
static int try_save(void *arg, int step, char *const *vals, struct ird_err *e)
{
    struct tui *t = arg;
    struct listwin *pl = tui_list(t);
    const char *name = vals[step];
    struct view_def v;
    int replaces = 0, rc = -1;

    views_from_query(&pl->q, name, &v);
    if (t->view_cols[t->pane][0] != '\0')
        v.columns = xstrdup(t->view_cols[t->pane]);
    if (views_check_name(t->app, &v, &replaces, e) < 0)
        ;
    else if (replaces && !confirm_replace(t, name))
        ird_fail(e, IRD_INVALID, "%s",
                 _("Nothing was saved: give another name, or Esc to leave it."));
    else
        rc = views_save(t->app, &v, e);
    view_def_fini(&v);
    return rc;
}

unsigned v_views_save(struct tui *t, const struct target *g)
{
    static const struct prompt_step ask = { N_("Save the list as the view named: "), NULL,
                                            try_save };
    char *name = NULL, *keys;

    (void)g;
    t->depth = 0;
    if (prompt_steps(&t->scr, &ask, 1, t, &name)) {
        snprintf(t->view_title[t->pane], sizeof t->view_title[t->pane], "%s", name);
        keys = keymap_keys_text(KEYMAP_DESK, CMD_VIEWS);
        /* L10N: %s are the view's name and the key that opens views (v) */
        screen_message(&t->scr, 0, _("Saved as the view \"%s\": %s opens it, at every desk."),
                       name, keys);
        free(keys);
    }
    free(name);
    return REDRAW_ALL;
}

/* 1 when the list has a status filter of its own (f), not the open
 * view's condition. */
static int own_status_filter(struct tui *t)
{
    const struct listwin *pl = tui_list(t);

    return pl->q.status != NULL &&
           (t->view_title[t->pane][0] == '\0' || pl->q.status != t->view_cond[t->pane]);
}

enum hint_quit v_views_quit_does(struct tui *t)
{
    const struct listwin *pl = tui_list(t);

    if (pl->q.search != NULL || own_status_filter(t))
        return HINT_QUIT_FILTER;
    return t->view_title[t->pane][0] != '\0' ? HINT_QUIT_VIEW : HINT_QUIT_AS_SET;
}

int v_views_unfilter(struct tui *t)
{
    struct listwin *pl = tui_list(t);
    const struct record *r = listwin_selected(pl);

    if (pl->q.search != NULL) {
        v_list_filter(t, "");
        return 1;
    }
    /* a status filter of its own (f), not the open view's condition */
    if (own_status_filter(t)) {
        pl->q.status = NULL;
        v_list_reload(t, r != NULL ? r->id : 0);
        return 1;
    }
    return v_views_leave(t);
}

int v_views_leave(struct tui *t)
{
    int k = t->pane;
    struct listwin *pl = &t->lists[k];
    const struct record *r = listwin_selected(pl);
    char *keys;

    if (t->view_title[k][0] == '\0')
        return 0;
    if (pl->q.status == t->view_cond[k])
        pl->q.status = NULL;
    keys = keymap_keys_text(KEYMAP_DESK, CMD_VIEWS);
    screen_message(&t->scr, 0, _("The view \"%s\" is closed: the list shows every record; %s opens "
                                 "a view again."),
                   t->view_title[k], keys);
    free(keys);
    t->view_title[k][0] = '\0';
    t->view_cols[k][0] = '\0';
    v_list_reload(t, r != NULL ? r->id : 0);
    return 1;
}

size_t v_views_columns(const struct tui *t, const struct kind *k, struct listcol *cols,
                       size_t nc)
{
    const char *want = t->view_cols[k->id];
    size_t i, n = 0, freed = 0, grow = 0;

    if (want[0] == '\0')
        return nc;
    for (i = 0; i < nc; i++) {
        if (cols[i].field >= 0 && !record_list_column(k, cols[i].field, want)) {
            freed += cols[i].width + 1;
            continue;
        }
        cols[n++] = cols[i];
    }
    /* the room goes to the first free text left, else to the number */
    for (i = 0; i < n; i++)
        if (cols[i].field >= 0 && ftype_is(k->fields[cols[i].field].type, FTYPE_FREE)) {
            grow = i;
            break;
        }
    if (n > 0)
        cols[grow].width += freed;
    return n;
}
