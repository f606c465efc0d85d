/* Marks and bulk actions: t marks a record, T everything the list shows,
 * and ; applies the next key (s status, d archive, w export, p print, c
 * note) to the marked records: one preview of what will happen, one
 * confirmation, one undo step.  Refused moves are listed, never skipped. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/exchange.h"
#include "core/journal.h"
#include "core/summary.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "tui/prompt.h"
#include "tui/tui_int.h"

enum { BULK_MAX = 10000 };

int v_bulk_marked(const struct tui *t, enum kind_id k, int64_t id)
{
    const struct tui_marks *m = &t->marks[k];
    size_t i;

    for (i = 0; i < m->n; i++)
        if (m->id[i] == id)
            return 1;
    return 0;
}

static void mark_add(struct tui_marks *m, int64_t id)
{
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 16;
        m->id = xrealloc(m->id, m->cap * sizeof *m->id);
    }
    m->id[m->n++] = id;
}

void v_bulk_fini(struct tui *t)
{
    int k;

    for (k = 0; k < KIND_COUNT; k++) {
        free(t->marks[k].id);
        memset(&t->marks[k], 0, sizeof t->marks[k]);
    }
    free(t->bulk_text);
    t->bulk_text = NULL;
}

unsigned v_bulk_mark(struct tui *t, const struct target *g)
{
    struct tui_marks *m = &t->marks[g->kind];
    size_t i;

    for (i = 0; i < m->n && m->id[i] != g->id; i++)
        ;
    if (i < m->n)
        m->id[i] = m->id[--m->n];
    else
        mark_add(m, g->id);
    screen_message(&t->scr, 0, P_("%zu record marked; ; acts on it.",
                                  "%zu records marked; ; acts on them.", m->n),
                   m->n);
    return REDRAW_ALL;
}

unsigned v_bulk_mark_all(struct tui *t, const struct target *g)
{
    struct tui_marks *m = &t->marks[t->pane];
    struct record **rs = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i, before = m->n;

    (void)g;
    if (desk_list(t->app, &tui_list(t)->q, 0, BULK_MAX, &rs, &n, &e) < 0) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    for (i = 0; i < n; i++)
        if (!v_bulk_marked(t, (enum kind_id)t->pane, rs[i]->id))
            mark_add(m, rs[i]->id);
    record_list_free(rs, n);
    if (m->n == before && before > 0) {
        /* all of them were marked already: T again marks none */
        m->n = 0;
        screen_message(&t->scr, 0, "%s", _("No record is marked any more."));
        return REDRAW_ALL;
    }
    screen_message(&t->scr, 0, P_("%zu record marked; ; acts on it, T again unmarks.",
                                  "%zu records marked; ; acts on them, T again unmarks.", m->n),
                   m->n);
    return REDRAW_ALL;
}

/* ---- the preview ------------------------------------------------------- */

/* The text wrapped to the screen, a line's continuation indented. */
static void bulk_reload(struct tui *t, struct view *v)
{
    const char *s = t->bulk_text != NULL ? t->bulk_text : "";
    struct buf b = { 0 };

    (void)v;
    buf_add(&b, "");
    while (*s != '\0') {
        const char *nl = strchr(s, '\n');
        char *line = xstrndup(s, nl ? (size_t)(nl - s) : strlen(s));
        size_t n = 0, i;
        char **w = text_wrap(line, COLS > 8 ? (size_t)COLS - 6 : 2, &n);
        for (i = 0; i < n; i++)
            buf_printf(&b, "%s%s\n", i ? "      " : "", w[i]);
        if (n == 0)
            buf_add(&b, "\n");
        text_lines_free(w, n);
        free(line);
        s = nl ? nl + 1 : s + strlen(s);
    }
    page_text(&t->page, b.s, (size_t)COLS);
    buf_fini(&b);
}

const struct view_ops v_bulk_ops = {
    "bulk", KEYMAP_DESK, HINTS_PAGER, bulk_reload, v_page_draw, v_page_text_handle,
};

/* Show text (taken over) as the preview on top, and ask question (NULL:
 * none); a no closes the preview. */
static int preview_ask(struct tui *t, char *text, const char *question)
{
    free(t->bulk_text);
    t->bulk_text = text;
    if (tui_top(t)->ops == &v_bulk_ops)
        t->depth--;
    tui_push(t, &v_bulk_ops, (enum kind_id)t->pane, 0);
    if (question == NULL)
        return 0; /* nothing to do: the preview stays, to be read */
    if (prompt_yes(&t->scr, question))
        return 1;
    t->depth--;
    return 0;
}

/* Replace the preview's text by what was done (taken over). */
static void preview_result(struct tui *t, char *text)
{
    free(t->bulk_text);
    t->bulk_text = text;
    t->page_valid = 0;
    tui_invalidate(t);
    v_list_reload(t, 0);
}

/* ---- the actions ------------------------------------------------------- */

/* Marked record i of the pane (caller frees); NULL when it is gone. */
static struct record *marked(struct tui *t, size_t i)
{
    struct record *r = NULL;

    if (desk_get(t->app, (enum kind_id)t->pane, t->marks[t->pane].id[i], &r, NULL) < 0)
        return NULL;
    return r;
}

/* The status menu of every status of the pane's kind; NULL when left. */
static const char *pick_any_status(struct tui *t)
{
    const struct kind *k = kind_get((enum kind_id)t->pane);
    const char *items[32];
    int n = 0, pick;

    for (n = 0; k->statuses[n].code != NULL && n < 32; n++)
        items[n] = _(k->statuses[n].label);
    pick = prompt_menu(&t->scr, _("New status of the marked records"), items, n, 0);
    return pick < 0 ? NULL : k->statuses[pick].code;
}

/* Whether record r may move to 'to': NULL, or why not (static, translated). */
static const char *refusal(const struct record *r, const char *to)
{
    if (strcmp(r->status, to) == 0)
        return _("it has that status already");
    if (!workflow_allowed(r->kind, r->status, to))
        return _("the workflow does not allow it from there");
    return NULL;
}

static unsigned bulk_status(struct tui *t)
{
    const struct kind *k = kind_get((enum kind_id)t->pane);
    struct tui_marks *m = &t->marks[t->pane];
    const char *to = pick_any_status(t);
    struct buf b = { 0 }, done = { 0 };
    size_t i, ok = 0, moved = 0;
    char *q;

    if (to == NULL)
        return REDRAW_ALL;
    buf_printf(&b, P_("Status → %s, for %zu marked record:\n\n",
                      "Status → %s, for %zu marked records:\n\n", m->n),
               kind_status_label(k, to), m->n);
    for (i = 0; i < m->n; i++) {
        struct record *r = marked(t, i);
        const char *why = r != NULL ? refusal(r, to) : _("it no longer exists");
        char *line = xasprintf("  %s %lld · %s: %s → %s", _(k->label), (long long)m->id[i],
                               r ? record_title(r) : "", r ? kind_status_label(k, r->status) : "—",
                               kind_status_label(k, to));
        if (why == NULL)
            ok++;
        else
            buf_printf(&done, "%s — %s\n", line, why);
        buf_printf(&b, "%s%s%s\n", line, why ? _(" — refused: ") : "", why ? why : "");
        free(line);
        record_free(&r);
    }
    q = xasprintf(P_("Change the status of %zu record (%zu refused)?",
                     "Change the status of %zu records (%zu refused)?", ok),
                  ok, m->n - ok);
    if (!preview_ask(t, buf_take(&b), ok > 0 ? q : NULL)) {
        free(q);
        buf_fini(&done);
        screen_message(&t->scr, 0, "%s", ok == 0 ? _("No marked record can take that status; "
                                                      "nothing was changed.")
                                                 : _("Nothing was changed."));
        return REDRAW_ALL;
    }
    free(q);
    undo_begin(&t->undo, _("the bulk status change"));
    for (i = 0; i < m->n; i++) {
        struct record *r = marked(t, i);
        struct ird_err e = { 0 };
        if (r != NULL && refusal(r, to) == NULL) {
            if (workflow_move(t->app, k->id, r->id, r->version, to, NULL, &e) == 0) {
                undo_note_status(&t->undo, k->id, r->id, r->version + 1, r->status, to);
                moved++;
            } else {
                buf_printf(&done, "  %s %lld · %s: %s\n", _(k->label), (long long)r->id,
                           record_title(r), e.msg);
            }
        }
        record_free(&r);
    }
    undo_end(&t->undo);
    q = buf_take(&done);
    preview_result(t, xasprintf(P_("Status changed for %zu record; u undoes it.\nRefused:\n%s",
                                   "Status changed for %zu records; u undoes them together.\n"
                                   "Refused:\n%s",
                                   moved),
                                moved, q != NULL && *q ? q : _("  none\n")));
    free(q);
    return REDRAW_ALL;
}

static unsigned bulk_archive(struct tui *t)
{
    const struct kind *k = kind_get((enum kind_id)t->pane);
    struct tui_marks *m = &t->marks[t->pane];
    struct buf b = { 0 };
    size_t i, ok = 0, done = 0;
    char *q;

    buf_printf(&b, P_("Archive %zu marked record:\n\n", "Archive %zu marked records:\n\n", m->n),
               m->n);
    for (i = 0; i < m->n; i++) {
        struct record *r = marked(t, i);
        const char *why = r == NULL ? _("it no longer exists")
                          : r->archived ? _("it is archived already")
                                        : NULL;
        ok += why == NULL;
        buf_printf(&b, "  %s %lld · %s%s%s\n", _(k->label), (long long)m->id[i],
                   r ? record_title(r) : "", why ? _(" — refused: ") : "", why ? why : "");
        record_free(&r);
    }
    q = xasprintf(P_("Archive %zu record (%zu refused)?", "Archive %zu records (%zu refused)?", ok),
                  ok, m->n - ok);
    if (!preview_ask(t, buf_take(&b), ok > 0 ? q : NULL)) {
        free(q);
        screen_message(&t->scr, 0, "%s", _("Nothing was changed."));
        return REDRAW_ALL;
    }
    free(q);
    undo_begin(&t->undo, _("the bulk archiving"));
    for (i = 0; i < m->n; i++) {
        struct record *r = marked(t, i);
        struct ird_err e = { 0 };
        if (r != NULL && !r->archived &&
            desk_archive(t->app, k->id, r->id, r->version, 1, NULL, &e) == 0) {
            undo_note_archive(&t->undo, k->id, r->id, r->version + 1, 1);
            done++;
        }
        record_free(&r);
    }
    undo_end(&t->undo);
    preview_result(t, xasprintf(P_("%zu record archived; u restores it.\n",
                                   "%zu records archived; u restores them together.\n", done),
                                done));
    return REDRAW_ALL;
}

static unsigned bulk_note(struct tui *t)
{
    const struct kind *k = kind_get((enum kind_id)t->pane);
    struct tui_marks *m = &t->marks[t->pane];
    struct buf b = { 0 }, bad = { 0 };
    char *text = NULL, *q, *list;
    size_t i, done = 0;

    if (!prompt_line(&t->scr, _("Note for the journals of the marked records: "), "", NULL,
                     NULL, &text))
        return REDRAW_ALL;
    buf_printf(&b, P_("Add this note to the journal of %zu record (a note is never taken "
                      "back: u does not remove it):\n\n  %s\n\n",
                      "Add this note to the journals of %zu records (a note is never taken "
                      "back: u does not remove it):\n\n  %s\n\n",
                      m->n),
               m->n, text);
    for (i = 0; i < m->n; i++) {
        struct record *r = marked(t, i);
        buf_printf(&b, "  %s %lld · %s\n", _(k->label), (long long)m->id[i],
                   r ? record_title(r) : "—");
        record_free(&r);
    }
    q = xasprintf(P_("Add the note to %zu record?", "Add the note to %zu records?", m->n), m->n);
    if (!preview_ask(t, buf_take(&b), q)) {
        screen_message(&t->scr, 0, "%s", _("No note was added."));
        goto out;
    }
    for (i = 0; i < m->n; i++) {
        struct ird_err e = { 0 };
        if (journal_add(t->app, k->id, m->id[i], text, &e) == 0)
            done++;
        else
            buf_printf(&bad, "  %s %lld: %s\n", _(k->label), (long long)m->id[i], e.msg);
    }
    list = buf_take(&bad);
    preview_result(t, xasprintf(P_("The note was added to %zu record.\nRefused:\n%s",
                                   "The note was added to %zu records.\nRefused:\n%s", done),
                                done, list != NULL && *list ? list : _("  none\n")));
    free(list);
out:
    free(q);
    free(text);
    return REDRAW_ALL;
}

/* The marked records as CSV, the way export writes them; caller frees. */
static char *marked_csv(struct tui *t)
{
    struct tui_marks *m = &t->marks[t->pane];
    struct buf b = { 0 };
    size_t i;

    exchange_csv_header(&b, kind_get((enum kind_id)t->pane), ',');
    for (i = 0; i < m->n; i++) {
        struct record *r = marked(t, i);
        if (r != NULL)
            exchange_csv_row(&b, r, ',');
        record_free(&r);
    }
    return buf_take(&b);
}

/* Write the marked records' CSV to name (flags OUTFILE_*). */
static int put_csv(void *arg, const char *name, unsigned flags, struct ird_err *e)
{
    struct tui *t = arg;
    char *csv = marked_csv(t);
    int rc = app_write_file(t->app, name, csv, strlen(csv), flags, e);

    free(csv);
    return rc;
}

static unsigned bulk_export(struct tui *t)
{
    struct tui_marks *m = &t->marks[t->pane];
    char *path = tui_save_file(t, N_("Export the marked records as CSV to the file: "),
                               "irdesk-marked.csv", put_csv, t);

    if (path != NULL)
        screen_message(&t->scr, 0, P_("%zu record exported to %s.", "%zu records exported to %s.",
                                      m->n),
                       m->n, path);
    free(path);
    return REDRAW_ALL;
}

/* The dossiers of the marked records, one after another, in the report
 * preview (p prints them, w saves them, L remakes them). */
static unsigned bulk_print(struct tui *t)
{
    const struct tui_marks *m = &t->marks[t->pane];

    return v_report_open_marked(t, (enum kind_id)t->pane, m->id, m->n);
}

/* The key after ;: the command it names in the desk's table. */
static enum cmd next_command(struct tui *t, size_t n)
{
    /* L10N: %zu is a number; each %%s a key as bound (s, d, w, p, c): within 80 columns */
    char *fmt = xasprintf(P_("%zu marked: %%s status, %%s archive, %%s export, %%s print, "
                             "%%s note, Esc",
                             "%zu marked: %%s status, %%s archive, %%s export, %%s print, "
                             "%%s note, Esc",
                             n),
                          n);
    char *say = keymap_fill(fmt, KEYMAP_DESK, CMD_STATUS, KEYMAP_DESK, CMD_ARCHIVE, KEYMAP_DESK,
                            CMD_SAVE, KEYMAP_DESK, CMD_PRINT, KEYMAP_DESK, CMD_NOTE, -1);
    int key = 0, arg, k;

    free(fmt);

    screen_say_now(&t->scr, say);
    free(say);
    while ((k = screen_getkey(&t->scr, &key)) == -1)
        ;
    return k < 0 ? CMD_NONE : keymap_lookup(KEYMAP_DESK, key, &arg);
}

unsigned v_bulk_run(struct tui *t, const struct target *g)
{
    size_t n = t->marks[t->pane].n;
    int writes;
    enum cmd c;

    (void)g;
    if (n == 0) {
        screen_message_take(&t->scr, 0,
                            keymap_fill(_("No record is marked in this pane: %s marks one, %s "
                                          "all the list shows."),
                                        KEYMAP_DESK, CMD_MARK, KEYMAP_DESK, CMD_MARK_ALL, -1));
        return REDRAW_ALL;
    }
    c = next_command(t, n);
    writes = c == CMD_STATUS || c == CMD_ARCHIVE || c == CMD_NOTE;
    if (writes && app_readonly(t->app)) {
        screen_message(&t->scr, 1, "%s", ird_code_text(IRD_READONLY));
        return REDRAW_ALL;
    }
    switch (c) {
    case CMD_STATUS:
        return bulk_status(t);
    case CMD_ARCHIVE:
        return bulk_archive(t);
    case CMD_NOTE:
        return bulk_note(t);
    case CMD_SAVE:
        return bulk_export(t);
    case CMD_PRINT:
    case CMD_PRINT_LIST:
        return bulk_print(t);
    default:
        screen_message_take(&t->scr, 0,
                            keymap_fill(_("%s acts with %s (status), %s (archive), %s (export), "
                                          "%s (print) or %s (note)."),
                                        KEYMAP_DESK, CMD_BULK, KEYMAP_DESK, CMD_STATUS,
                                        KEYMAP_DESK, CMD_ARCHIVE, KEYMAP_DESK, CMD_SAVE,
                                        KEYMAP_DESK, CMD_PRINT, KEYMAP_DESK, CMD_NOTE, -1));
        return REDRAW_ALL;
    }
}
