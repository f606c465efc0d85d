#include "tui/form.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/mem.h"
#include "model/record.h"
#include "lib/text.h"
#include "i18n/i18n.h"
#include "tui/fmodel.h"
#include "tui/keymap.h"
#include "tui/layout.h"
#include "tui/lineedit.h"
#include "tui/prompt.h"
#include "tui/screen.h"
#include "tui/textarea.h"

/* The edit form: one generic screen for every kind, driven by its field
 * descriptors through struct fmodel. */

static int is_choice(const struct field *f)
{
    return ftype_is(f->type, FTYPE_PICK);
}

static int on_field(const struct fmodel *m)
{
    return m->cur >= 0 && m->cur < m->k->nfields;
}

/* Put what is typed in the line editor into the model (when it changed). */
static void commit(struct fmodel *m, const struct lineedit *l)
{
    const char *cur;

    if (!on_field(m) || is_choice(&m->k->fields[m->cur]))
        return;
    cur = m->rec->val[m->cur] ? m->rec->val[m->cur] : "";
    if (strcmp(cur, l->s) != 0)
        fmodel_set(m, m->cur, l->s);
}

static void load(const struct fmodel *m, struct lineedit *l)
{
    lineedit_set(l, on_field(m) && m->rec->val[m->cur] ? m->rec->val[m->cur] : "");
}

/* Edit text in $VISUAL or $EDITOR.  0 with *out set (caller frees), -1 when
 * the editor failed (message in msg), -2 when none is set. */
static int run_editor(const char *text, char **out, char *msg, size_t msgsz)
{
    const char *v = getenv("VISUAL"), *ed = getenv("EDITOR");
    char path[] = "/tmp/irdesk-edit-XXXXXX";
    struct buf b = { 0 };
    char chunk[4096];
    int fd, status = 0;
    pid_t pid;
    FILE *f;
    size_t n;

    *out = NULL;
    if ((v == NULL || *v == '\0') && (ed == NULL || *ed == '\0'))
        return -2;
    fd = mkstemp(path);
    if (fd < 0) {
        snprintf(msg, msgsz, "%s", _("Cannot make a temporary file for the editor."));
        return -1;
    }
    if (write(fd, text, strlen(text)) < 0 || write(fd, "\n", 1) < 0) {
        close(fd);
        unlink(path);
        snprintf(msg, msgsz, "%s", _("Cannot make a temporary file for the editor."));
        return -1;
    }
    close(fd);
    screen_suspend();
    pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", "exec ${VISUAL:-$EDITOR} \"$1\"", "sh", path, (char *)NULL);
        _exit(127);
    }
    if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
        screen_resume();
        unlink(path);
        snprintf(msg, msgsz, _("The editor failed (exit status %d): the text is unchanged."),
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        return -1;
    }
    screen_resume();
    f = fopen(path, "r");
    while (f != NULL && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_addn(&b, chunk, n);
    if (f != NULL)
        fclose(f);
    unlink(path);
    *out = buf_take(&b);
    n = strlen(*out);
    if (n > 0 && (*out)[n - 1] == '\n')
        (*out)[n - 1] = '\0';
    return 0;
}

/* The label column: the detail view's (values start in the same column),
 * and one cell for the star of a required field. */
static int label_col(const struct fmodel *m)
{
    int i, lw = 0;

    for (i = 0; i < m->k->nfields; i++) {
        int w = (int)text_width(_(m->k->fields[i].label));
        lw = w > lw ? w : lw;
    }
    return (int)layout_label_width((size_t)lw, (size_t)COLS) + 1;
}

/* The lines under field i: its message, and after a conflict the other
 * desk's value when it differs; NULL when there is none.  Caller frees. */
static char *note_err(const struct fmodel *m, int i)
{
    return m->err[i] != NULL ? xasprintf("⚠ %s", m->err[i]) : NULL;
}

static char *note_theirs(const struct fmodel *m, int i)
{
    const char *a = m->theirs ? m->theirs->val[i] : NULL, *b = m->orig->val[i];

    if (m->theirs == NULL || ((a == NULL) == (b == NULL) && (a == NULL || strcmp(a, b) == 0)))
        return NULL;
    return xasprintf("↳ %s: %s", _("saved by another desk"),
                     a ? kind_value_label(&m->k->fields[i], a) : "—");
}

/* Rows a note takes, wrapped in the value column (never cut). */
static int note_rows(const struct fmodel *m, char *note)
{
    size_t n = 0;
    char **rows;

    if (note == NULL)
        return 0;
    rows = text_wrap(note, (size_t)(COLS - label_col(m) - 3 > 10 ? COLS - label_col(m) - 3 : 10),
                     &n);
    text_lines_free(rows, n);
    free(note);
    return (int)n;
}

/* Field i's label wrapped in the label column (never cut: the detail
 * view's, so that Dutch and English pairs stay told apart). */
static char **label_lines(const struct fmodel *m, int i, size_t *n)
{
    int lw = label_col(m) - 1;

    return text_wrap(_(m->k->fields[i].label), lw > 0 ? (size_t)lw : 1, n);
}

/* Lines the form takes for item i: its label's, or the field's and its
 * message and the other desk's value under it, whichever is more. */
static int item_lines(const struct fmodel *m, int i)
{
    size_t nl = 0;
    char **labels;
    int rows;

    if (i >= m->k->nfields)
        return 1;
    /* two statements: an argument list's order is unspecified, and nl
     * is only known once label_lines has run */
    labels = label_lines(m, i, &nl);
    text_lines_free(labels, nl);
    rows = 1 + note_rows(m, note_err(m, i)) + note_rows(m, note_theirs(m, i));
    return (int)nl > rows ? (int)nl : rows;
}

/* Where the form is drawn: the label column, the scroll offset, the rows
 * for items and the cursor of a text field (cx < 0: none). */
struct fgeom {
    int lw, top, rows, off, cx, cy;
};

static void form_geometry(const struct fmodel *m, struct fgeom *g)
{
    int i, cur_y = 0, total = 0;

    g->lw = label_col(m);
    g->top = 2;
    g->rows = LINES - 3;
    g->cx = g->cy = -1;
    /* scroll so that the current item is visible */
    for (i = 0; i < m->k->nfields; i++) {
        if (i == m->cur)
            cur_y = total;
        total += item_lines(m, i);
    }
    if (m->cur >= m->k->nfields)
        cur_y = total + 1;
    g->off = 0;
    if (cur_y + item_lines(m, m->cur < m->k->nfields ? m->cur : 0) > g->rows)
        g->off = cur_y + 3 - g->rows;
    if (g->off < 0)
        g->off = 0;
}

static int visible(const struct fgeom *g, int y)
{
    return y >= g->top && y < g->top + g->rows;
}

/* The value of field i fitted to vw cells: the line being typed with its
 * cursor in view, a choice between ‹ ›, the first line of a long text. */
static char *field_value(const struct fmodel *m, const struct lineedit *l, int i, int vw,
                         int *col)
{
    const struct field *f = &m->k->fields[i];
    int sel = i == m->cur;
    const char *shown = fmodel_shown(m, i);
    char *tmp, *vf;

    *col = -1;
    if (sel && !is_choice(f)) {
        /* show the end of a long line so the cursor stays in view */
        size_t c = lineedit_cursor_col(l);
        const char *start = l->s;
        while (c + 2 > (size_t)vw && *start != '\0') {
            wchar_t wc;
            int bad;
            size_t len = text_decode(start, strlen(start), &wc, &bad);
            c -= (size_t)text_cwidth(wc);
            start += len;
        }
        *col = (int)c;
        return text_fit(start, (size_t)vw, 1);
    }
    if (is_choice(f) && sel)
        tmp = xasprintf("‹ %s ›", shown);
    else if (ftype_is(f->type, FTYPE_LINES) && strchr(shown, '\n') != NULL)
        tmp = xasprintf("%.*s …", (int)(strchr(shown, '\n') - shown), shown);
    else
        tmp = xstrdup(shown);
    vf = text_fit(tmp, (size_t)vw, 1);
    free(tmp);
    return vf;
}

/* The lines under a field (its message, the other desk's value) from row
 * y, wrapped; takes text (may be NULL) and returns the row after them. */
static int field_note(const struct screen *s, const struct fgeom *g, int y, char *text, int err)
{
    size_t n = 0, i;
    char **rows;

    if (text == NULL)
        return y;
    rows = text_wrap(text, (size_t)(COLS - g->lw - 3 > 10 ? COLS - g->lw - 3 : 10), &n);
    if (err)
        screen_style_on(s, STYLE_ERR);
    else
        attron(A_BOLD);
    for (i = 0; i < n; i++, y++)
        if (visible(g, y))
            screen_put(y, g->lw + 2, rows[i], (size_t)(COLS - g->lw - 3), 0);
    if (err)
        screen_style_off(s, STYLE_ERR);
    else
        attroff(A_BOLD);
    text_lines_free(rows, n);
    free(text);
    return y;
}

/* Field i at row y; returns the row after it. */
static int draw_field(const struct screen *s, const struct fmodel *m, const struct lineedit *l,
                      int i, int y, struct fgeom *g)
{
    const struct field *f = &m->k->fields[i];
    int sel = i == m->cur, col, end;
    size_t nl = 0, j;
    char **labels = label_lines(m, i, &nl);

    attron(A_BOLD);
    for (j = 0; j < nl; j++)
        if (visible(g, y + (int)j))
            screen_put(y + (int)j, 1, labels[j], (size_t)g->lw - 1, 1);
    attroff(A_BOLD);
    text_lines_free(labels, nl);
    if (visible(g, y)) {
        char *vf = field_value(m, l, i, COLS - g->lw - 3, &col);
        attron(A_BOLD);
        mvaddstr(y, g->lw, (f->flags & F_REQUIRED) ? "*" : " ");
        attroff(A_BOLD);
        attron(sel ? A_REVERSE : A_UNDERLINE);
        mvaddstr(y, g->lw + 2, vf);
        attroff(sel ? A_REVERSE : A_UNDERLINE);
        if (col >= 0) {
            g->cx = g->lw + 2 + col;
            g->cy = y;
        }
        free(vf);
    }
    end = y + (int)nl;
    y = field_note(s, g, y + 1, note_err(m, i), 1);
    y = field_note(s, g, y, note_theirs(m, i), 0);
    return y > end ? y : end;
}

static void draw_buttons(const struct fmodel *m, const struct fgeom *g, int y)
{
    const char *save = _("[ Save ]"), *cancel = _("[ Cancel ]");

    if (!visible(g, y))
        return;
    if (m->cur == fmodel_save_pos(m))
        attron(A_REVERSE);
    mvaddstr(y, g->lw + 2, save);
    attroff(A_REVERSE);
    if (m->cur == fmodel_cancel_pos(m))
        attron(A_REVERSE);
    mvaddstr(y, g->lw + 4 + (int)text_width(save), cancel);
    attroff(A_REVERSE);
}

static void draw_form(const struct screen *s, const struct fmodel *m, const struct lineedit *l,
                      const char *title)
{
    struct fgeom g;
    char *hint, *top;
    int i, y;

    erase();
    form_geometry(m, &g);
    /* a label too long for its column wraps there, and is given whole on
     * one line in the title bar while the cursor is on its field */
    top = on_field(m) && text_width(_(m->k->fields[m->cur].label)) > (size_t)g.lw - 1
              ? xasprintf("%s — %s", title, _(m->k->fields[m->cur].label))
              : xstrdup(title);
    attron(A_REVERSE);
    move(0, 0);
    hline(' ', COLS);
    screen_put(0, 1, top, (size_t)COLS - 1, 0);
    attroff(A_REVERSE);
    free(top);
    if (screen_too_small()) {
        mvaddstr(2, 1, _("The window is too small for the form."));
        refresh();
        return;
    }
    y = g.top - g.off;
    for (i = 0; i < m->k->nfields; i++)
        y = draw_field(s, m, l, i, y, &g);
    draw_buttons(m, &g, y + 1);
    hint = keymap_hint_line(HINTS_FORM, SCREEN_MIN_COLS, HINT_QUIT_AS_SET);
    screen_draw_bottom(s, hint);
    free(hint);
    if (g.cx >= 0 && g.cy >= 0) {
        curs_set(1);
        move(g.cy, g.cx < COLS ? g.cx : COLS - 1);
    } else {
        curs_set(0);
    }
    refresh();
}

/* One form being edited. */
struct form {
    struct app *app;
    struct screen *scr;
    struct fmodel m;
    struct lineedit l;
    char *title;
    int64_t saved;
};

static void paint_form(void *arg)
{
    struct form *f = arg;

    draw_form(f->scr, &f->m, &f->l, f->title);
}

static char *form_title(const struct kind *k, const struct record *r)
{
    if (r == NULL)
        /* L10N: title of the form that adds a record; %s is the kind (City...) */
        return xasprintf(_("New: %s"), _(k->label));
    return xasprintf(_("Edit: %s %lld · %s"), _(k->label), (long long)r->id, record_title(r));
}

/* Outcomes of a form command. */
enum { FORM_ON, FORM_DONE, FORM_UNHANDLED };

static int try_save(struct form *f)
{
    struct ird_err e = { 0 };

    commit(&f->m, &f->l);
    if (fmodel_save(&f->m, f->app, &e) == 0) {
        f->saved = f->m.rec->id;
        return FORM_DONE;
    }
    if (e.code == IRD_STALE && f->m.theirs != NULL && !f->m.theirs->archived)
        screen_message_take(f->scr, 1,
                            keymap_fill(_("Another desk saved first (its values are under "
                                          "yours). %s: save yours. %s: drop yours."),
                                        KEYMAP_FORM, CMD_FORM_SAVE, KEYMAP_FORM,
                                        CMD_FORM_CANCEL, -1));
    else
        screen_message(f->scr, 1, "%s", e.msg);
    load(&f->m, &f->l);
    return FORM_ON;
}

static int try_cancel(struct form *f)
{
    screen_paint_fn was = f->scr->paint;
    void *was_arg = f->scr->paint_arg;
    int yes;

    commit(&f->m, &f->l);
    if (!fmodel_dirty(&f->m))
        return FORM_DONE;
    /* ask on the form's bottom line whether to drop what was typed */
    f->scr->paint = paint_form;
    f->scr->paint_arg = f;
    yes = prompt_yes(f->scr, _("Discard your changes?"));
    f->scr->paint = was;
    f->scr->paint_arg = was_arg;
    return yes ? FORM_DONE : FORM_ON;
}

static int move_to(struct form *f, int delta)
{
    commit(&f->m, &f->l);
    fmodel_move(&f->m, delta);
    load(&f->m, &f->l);
    return FORM_ON;
}

/* Enter on a long text: $VISUAL or $EDITOR, or the desk's own editor. */
static int edit_long(struct form *f)
{
    struct fmodel *m = &f->m;
    char *out = NULL;
    int rc;

    commit(m, &f->l);
    rc = run_editor(m->rec->val[m->cur] ? m->rec->val[m->cur] : "", &out, f->scr->msg,
                    sizeof f->scr->msg);
    if (rc == 0) {
        fmodel_set(m, m->cur, out);
        load(m, &f->l);
    } else if (rc == -1) {
        f->scr->msg_err = 1;
    } else {
        /* no editor set: the desk's own */
        char *title = xasprintf("%s · %s", f->title, _(m->k->fields[m->cur].label));
        if (textarea_run(f->scr, title, m->rec->val[m->cur] ? m->rec->val[m->cur] : "", &out))
            fmodel_set(m, m->cur, out);
        load(m, &f->l);
        free(title);
    }
    free(out);
    return FORM_ON;
}

/* Space or Enter on a button presses it; Space on a choice, the next choice. */
static int press(struct form *f, const struct field *fd)
{
    if (f->m.cur == fmodel_cancel_pos(&f->m))
        return try_cancel(f);
    if (f->m.cur == fmodel_save_pos(&f->m))
        return try_save(f);
    if (fd != NULL && is_choice(fd)) {
        fmodel_cycle(&f->m, f->m.cur, 1);
        return FORM_ON;
    }
    return FORM_UNHANDLED;
}

static int form_handle(struct form *f, enum cmd c)
{
    const struct field *fd = on_field(&f->m) ? &f->m.k->fields[f->m.cur] : NULL;

    switch (c) {
    case CMD_FORM_NEXT:
        return move_to(f, 1);
    case CMD_FORM_PREV:
        return move_to(f, -1);
    case CMD_FORM_SAVE:
        return try_save(f);
    case CMD_FORM_CANCEL:
        return try_cancel(f);
    case CMD_FORM_CHOICE:
        return press(f, fd);
    case CMD_FORM_ENTER:
        /* Enter never changes a choice: it goes on, as Tab does */
        if (fd == NULL)
            return press(f, fd);
        return ftype_is(fd->type, FTYPE_LINES) ? edit_long(f) : move_to(f, 1);
    case CMD_FORM_CHOICE_NEXT:
    case CMD_FORM_CHOICE_PREV:
        if (fd == NULL || !is_choice(fd))
            return FORM_UNHANDLED;
        fmodel_cycle(&f->m, f->m.cur, c == CMD_FORM_CHOICE_NEXT ? 1 : -1);
        return FORM_ON;
    default:
        return FORM_UNHANDLED;
    }
}

int64_t form_run(struct app *a, struct screen *s, const struct kind *k, const struct record *r)
{
    struct form f = { a, s, { 0 }, { 0 }, NULL, 0 };
    struct ird_err e = { 0 };
    int key, rc, arg, idle = 0;

    if (fmodel_init(&f.m, a, k, r, &e) < 0) {
        screen_message(s, 1, "%s", e.msg);
        return 0;
    }
    f.title = form_title(k, r);
    lineedit_init(&f.l, NULL);
    load(&f.m, &f.l);
    screen_message_clear(s);
    for (;;) {
        enum cmd c;
        /* an idle tick changes nothing on the form: it draws nothing */
        if (!idle)
            draw_form(s, &f.m, &f.l, f.title);
        rc = screen_getkey(s, &key);
        if (rc == -2)
            break;
        idle = rc == -1;
        if (idle || key == (KEY_FN | KEY_RESIZE))
            continue;
        c = keymap_lookup(KEYMAP_FORM, key, &arg);
        /* too small to see the form: no editing blind, only Esc */
        if (screen_too_small() && c != CMD_FORM_CANCEL)
            continue;
        screen_message_clear(s);
        rc = form_handle(&f, c);
        if (rc == FORM_DONE)
            break;
        if (rc == FORM_UNHANDLED && on_field(&f.m) && !is_choice(&k->fields[f.m.cur]))
            prompt_edit_key(&f.l, key);
    }
    curs_set(0);
    lineedit_fini(&f.l);
    fmodel_fini(&f.m);
    free(f.title);
    return f.saved;
}
