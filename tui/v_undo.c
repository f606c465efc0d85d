/* Undo and redo of this desk's changes (u, Ctrl-R), and the notes journal
 * (c): the steps are core/undo.c's; here they are recorded and said. */
#include <stdlib.h>

#include "core/desk.h"
#include "core/journal.h"
#include "core/undo.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "tui/prompt.h"
#include "tui/tui_int.h"

/* "City 3 · Kanazawa": the record in a step's label. */
static char *name_of(const struct record *r)
{
    return xasprintf("%s %lld · %s", _(r->kind->label), (long long)r->id, record_title(r));
}

void v_undo_edit(struct tui *t, const struct record *before)
{
    struct record *after = NULL;
    char *name, *label;

    if (desk_get(t->app, before->kind->id, before->id, &after, NULL) < 0)
        return;
    if (after->version != before->version) {
        name = name_of(after);
        /* L10N: what u undoes: %s is "City 3 · Kanazawa" */
        label = xasprintf(_("the edit of %s"), name);
        undo_begin(&t->undo, label);
        undo_note_edit(&t->undo, before, after);
        undo_end(&t->undo);
        free(label);
        free(name);
    }
    record_free(&after);
}

/* Record a change of status (from set) or of the archive flag of record
 * k/id as one step. */
static void one_change(struct tui *t, enum kind_id k, int64_t id, const char *from,
                       const char *to, int archived)
{
    struct record *r = NULL;
    char *name, *label;

    if (desk_get(t->app, k, id, &r, NULL) < 0)
        return;
    name = name_of(r);
    if (from != NULL)
        label = xasprintf(_("the status change of %s"), name);
    else if (archived)
        label = xasprintf(_("the archiving of %s"), name);
    else
        label = xasprintf(_("the restore of %s"), name);
    free(name);
    undo_begin(&t->undo, label);
    if (from != NULL)
        undo_note_status(&t->undo, k, id, r->version, from, to);
    else
        undo_note_archive(&t->undo, k, id, r->version, archived);
    undo_end(&t->undo);
    free(label);
    record_free(&r);
}

void v_undo_status(struct tui *t, enum kind_id k, int64_t id, const char *from, const char *to)
{
    one_change(t, k, id, from, to, 0);
}

void v_undo_archive(struct tui *t, enum kind_id k, int64_t id, int archived)
{
    one_change(t, k, id, NULL, NULL, archived);
}

/* Undo (redo 0) or redo the last step, and say what was done, or why not. */
static unsigned step(struct tui *t, int redo)
{
    struct ird_err e = { 0 };
    const char *label = NULL;
    int rc = redo ? undo_redo(t->app, &t->undo, &label, &e)
                  : undo_undo(t->app, &t->undo, &label, &e);

    if (rc < 0)
        screen_message(&t->scr, e.code != IRD_NOT_FOUND, "%s", e.msg);
    else if (redo)
        screen_message(&t->scr, 0, _("Redone: %s."), label);
    else
        /* L10N: %s is a step's label: "the edit of City 3 · Kanazawa" */
        screen_message(&t->scr, 0, _("Undone: %s. Ctrl-R redoes it."), label);
    tui_invalidate(t);
    v_list_reload(t, 0);
    return REDRAW_ALL;
}

unsigned v_undo_undo(struct tui *t, const struct target *g)
{
    (void)g;
    return step(t, 0);
}

unsigned v_undo_redo(struct tui *t, const struct target *g)
{
    (void)g;
    return step(t, 1);
}

/* What a note step adds to: the desk and the record. */
struct note_to {
    struct tui *t;
    const struct target *g;
};

/* Add the note; a refusal asks again with the note kept. */
static int try_note(void *arg, int step, char *const *v, struct ird_err *e)
{
    const struct note_to *n = arg;

    return journal_add(n->t->app, n->g->kind, n->g->id, v[step], e);
}

unsigned v_undo_note(struct tui *t, const struct target *g)
{
    static const struct prompt_step ask = {
        N_("Note for the journal (Enter adds it, Esc cancels): "), NULL, try_note
    };
    struct note_to n = { t, g };
    char *text = NULL;

    if (prompt_steps(&t->scr, &ask, 1, &n, &text))
        screen_message(&t->scr, 0, "%s", _("The note is in the journal (newest first)."));
    free(text);
    tui_invalidate(t);
    return REDRAW_ALL;
}
