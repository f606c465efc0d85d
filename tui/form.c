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
#include "tui/lineedit.h"
#include "tui/tui_int.h"

#define CTRL(c) ((c) & 0x1f)

/* The edit form: one generic screen for every kind, driven by its field
 * descriptors through struct fmodel. */

static int is_choice(const struct field *f)
{
    return f->type == FT_ENUM || f->type == FT_BOOL || f->type == FT_REF;
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
    def_prog_mode();
    endwin();
    pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", "exec ${VISUAL:-$EDITOR} \"$1\"", "sh", path, (char *)NULL);
        _exit(127);
    }
    if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
        reset_prog_mode();
        refresh();
        unlink(path);
        snprintf(msg, msgsz, _("The editor failed (exit status %d): the text is unchanged."),
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        return -1;
    }
    reset_prog_mode();
    refresh();
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

/* Lines the form takes for item i (field, its message, the other desk's
 * value). */
static int item_lines(const struct fmodel *m, int i)
{
    int n = 1;

    if (i < m->k->nfields) {
        const char *a = m->theirs ? m->theirs->val[i] : NULL, *b = m->orig->val[i];
        n += m->err[i] != NULL;
        if (m->theirs != NULL && ((a == NULL) != (b == NULL) || (a && b && strcmp(a, b) != 0)))
            n++;
    }
    return n;
}

static void draw_form(struct tui *t, const struct fmodel *m, const struct lineedit *l,
                      const char *title)
{
    int i, y, lw = 0, top = 2, rows = LINES - 3, cur_y = 0, off = 0, total = 0, cx = -1, cy = -1;

    erase();
    attron(A_REVERSE);
    move(0, 0);
    hline(' ', COLS);
    {
        char *f = text_fit(title, (size_t)COLS - 1, 0);
        mvaddstr(0, 1, f);
        free(f);
    }
    attroff(A_REVERSE);
    if (tui_too_small()) {
        mvaddstr(2, 1, _("The window is too small for the form."));
        refresh();
        return;
    }
    for (i = 0; i < m->k->nfields; i++) {
        int w = (int)text_width(_(m->k->fields[i].label)) + 2;
        lw = w > lw ? w : lw;
    }
    if (lw > COLS / 3)
        lw = COLS / 3;
    /* scroll so that the current item is visible */
    for (i = 0; i < m->k->nfields; i++) {
        if (i == m->cur)
            cur_y = total;
        total += item_lines(m, i);
    }
    if (m->cur >= m->k->nfields)
        cur_y = total + 1;
    total += 2;
    if (cur_y + item_lines(m, m->cur < m->k->nfields ? m->cur : 0) > rows)
        off = cur_y + 3 - rows;
    if (off < 0)
        off = 0;
    y = top - off;
    for (i = 0; i < m->k->nfields; i++) {
        const struct field *f = &m->k->fields[i];
        int sel = i == m->cur, vw = COLS - lw - 3;
        char *label = xasprintf("%s%s", _(f->label), (f->flags & F_REQUIRED) ? " *" : "");
        const char *shown;
        char *tmp = NULL;
        if (sel && !is_choice(f))
            shown = l->s;
        else
            shown = fmodel_shown(m, i);
        if (is_choice(f) && sel)
            shown = tmp = xasprintf("‹ %s ›", shown);
        if (y >= top && y < top + rows) {
            char *lf = text_fit(label, (size_t)lw, 1), *vf;
            attron(A_BOLD);
            mvaddstr(y, 1, lf);
            attroff(A_BOLD);
            free(lf);
            if (f->type == FT_LONG && !sel && strchr(shown, '\n') != NULL) {
                char *first = xstrndup(shown, (size_t)(strchr(shown, '\n') - shown));
                char *more = xasprintf("%s …", first);
                vf = text_fit(more, (size_t)vw, 1);
                free(first);
                free(more);
            } else if (sel && !is_choice(f)) {
                /* show the end of a long line so the cursor stays in view */
                size_t col = lineedit_cursor_col(l);
                const char *start = l->s;
                while (col + 2 > (size_t)vw && *start != '\0') {
                    wchar_t wc;
                    int bad;
                    size_t len = text_decode(start, strlen(start), &wc, &bad);
                    col -= (size_t)text_cwidth(wc);
                    start += len;
                }
                vf = text_fit(start, (size_t)vw, 1);
                cx = lw + 2 + (int)col;
                cy = y;
            } else {
                vf = text_fit(shown, (size_t)vw, 1);
            }
            attron(sel ? A_REVERSE : A_UNDERLINE);
            mvaddstr(y, lw + 2, vf);
            attroff(sel ? A_REVERSE : A_UNDERLINE);
            free(vf);
        }
        free(label);
        free(tmp);
        y++;
        if (m->err[i] != NULL) {
            if (y >= top && y < top + rows) {
                char *msg = xasprintf("⚠ %s", m->err[i]);
                char *ef = text_fit(msg, (size_t)(COLS - lw - 3), 0);
                attron(t->color ? COLOR_PAIR(3) | A_BOLD : A_BOLD);
                mvaddstr(y, lw + 2, ef);
                attroff(t->color ? COLOR_PAIR(3) | A_BOLD : A_BOLD);
                free(ef);
                free(msg);
            }
            y++;
        }
        if (item_lines(m, i) > 1 + (m->err[i] != NULL)) {
            if (y >= top && y < top + rows) {
                const char *tv = m->theirs->val[i];
                char *msg = xasprintf("↳ %s: %s", _("saved by another desk"),
                                      tv ? kind_value_label(f, tv) : "—");
                char *ef = text_fit(msg, (size_t)(COLS - lw - 3), 0);
                attron(A_BOLD);
                mvaddstr(y, lw + 2, ef);
                attroff(A_BOLD);
                free(ef);
                free(msg);
            }
            y++;
        }
    }
    y++;
    if (y >= top && y < top + rows) {
        const char *save = _("[ Save ]"), *cancel = _("[ Cancel ]");
        if (m->cur == fmodel_save_pos(m))
            attron(A_REVERSE);
        mvaddstr(y, lw + 2, save);
        attroff(A_REVERSE);
        if (m->cur == fmodel_cancel_pos(m))
            attron(A_REVERSE);
        mvaddstr(y, lw + 4 + (int)text_width(save), cancel);
        attroff(A_REVERSE);
    }
    move(LINES - 1, 0);
    clrtoeol();
    {
        const char *hint = t->msg[0] != '\0'
                               ? t->msg
                               : _("Tab/↓ next  Shift-Tab/↑ back  Space: choice  Ctrl-S: save  "
                                   "Esc: cancel");
        char *f = text_fit(hint, (size_t)COLS, 0);
        if (t->msg_err && t->msg[0] != '\0')
            attron(A_BOLD);
        mvaddstr(LINES - 1, 0, f);
        attroff(A_BOLD);
        free(f);
    }
    if (cx >= 0 && cy >= 0) {
        curs_set(1);
        move(cy, cx < COLS ? cx : COLS - 1);
    } else {
        curs_set(0);
    }
    refresh();
}

struct form_view {
    const struct fmodel *m;
    const struct lineedit *l;
    const char *title;
};

static void draw_form_view(struct tui *t, void *arg)
{
    const struct form_view *v = arg;

    draw_form(t, v->m, v->l, v->title);
}

/* Ask on the form's bottom line whether to drop what was typed. */
static int prompt_yes_form(struct tui *t, const struct fmodel *m, const struct lineedit *l,
                           const char *title)
{
    struct form_view v = { m, l, title };

    return prompt_ask(t, _("Discard your changes?"), draw_form_view, &v);
}

static char *form_title(const struct kind *k, const struct record *r)
{
    if (r == NULL)
        /* L10N: title of the form that adds a record; %s is the kind (City...) */
        return xasprintf(_("New: %s"), _(k->label));
    return xasprintf(_("Edit: %s %lld · %s"), _(k->label), (long long)r->id, record_title(r));
}

static int try_save(struct tui *t, struct fmodel *m, struct lineedit *l)
{
    struct ird_err e = { 0 };

    commit(m, l);
    if (fmodel_save(m, t->app, &e) == 0)
        return 1;
    if (e.code == IRD_STALE && m->theirs != NULL)
        tui_message(t, 1, "%s",
                    _("Another desk saved first (its values are under yours). Ctrl-S: save "
                      "yours. Esc: drop yours."));
    else
        tui_message(t, 1, "%s", e.msg);
    load(m, l);
    return 0;
}

int64_t form_run(struct tui *t, const struct kind *k, const struct record *r)
{
    struct fmodel m;
    struct lineedit l;
    struct ird_err e = { 0 };
    char *title = form_title(k, r);
    int64_t saved = 0;
    int key, rc;

    if (fmodel_init(&m, t->app, k, r, &e) < 0) {
        tui_message(t, 1, "%s", e.msg);
        free(title);
        return 0;
    }
    lineedit_init(&l, NULL);
    load(&m, &l);
    t->msg[0] = '\0';
    for (;;) {
        const struct field *f = on_field(&m) ? &k->fields[m.cur] : NULL;
        draw_form(t, &m, &l, title);
        rc = tui_getkey(t, &key);
        if (rc == -2)
            break;
        if (rc == -1 || key == (KEY_FN | KEY_RESIZE))
            continue;
        /* too small to see the form: no editing blind, only Esc */
        if (tui_too_small() && key != 27)
            continue;
        t->msg[0] = '\0';
        if (key == '\t' || key == (KEY_FN | KEY_DOWN)) {
            commit(&m, &l);
            fmodel_move(&m, 1);
            load(&m, &l);
        } else if (key == (KEY_FN | KEY_BTAB) || key == (KEY_FN | KEY_UP)) {
            commit(&m, &l);
            fmodel_move(&m, -1);
            load(&m, &l);
        } else if (key == CTRL('s')) {
            if (try_save(t, &m, &l)) {
                saved = m.rec->id;
                break;
            }
        } else if (key == 27 || (m.cur == fmodel_cancel_pos(&m) &&
                                 (key == '\n' || key == '\r' || key == ' '))) {
            commit(&m, &l);
            if (!fmodel_dirty(&m) || prompt_yes_form(t, &m, &l, title))
                break;
        } else if (m.cur == fmodel_save_pos(&m) && (key == '\n' || key == '\r' || key == ' ')) {
            if (try_save(t, &m, &l)) {
                saved = m.rec->id;
                break;
            }
        } else if (f != NULL && is_choice(f) &&
                   (key == ' ' || key == '\n' || key == '\r' || key == (KEY_FN | KEY_RIGHT))) {
            fmodel_cycle(&m, m.cur, 1);
        } else if (f != NULL && is_choice(f) && key == (KEY_FN | KEY_LEFT)) {
            fmodel_cycle(&m, m.cur, -1);
        } else if (f != NULL && f->type == FT_LONG && (key == '\n' || key == '\r')) {
            char *out = NULL;
            commit(&m, &l);
            rc = run_editor(m.rec->val[m.cur] ? m.rec->val[m.cur] : "", &out, t->msg,
                            sizeof t->msg);
            if (rc == 0) {
                fmodel_set(&m, m.cur, out);
                load(&m, &l);
            } else if (rc == -1) {
                t->msg_err = 1;
            } else {
                fmodel_move(&m, 1);
                load(&m, &l);
            }
            free(out);
        } else if (f != NULL && (key == '\n' || key == '\r')) {
            commit(&m, &l);
            fmodel_move(&m, 1);
            load(&m, &l);
        } else if (f != NULL && !is_choice(f)) {
            prompt_edit_key(&l, key);
        }
    }
    curs_set(0);
    lineedit_fini(&l);
    fmodel_fini(&m);
    free(title);
    return saved;
}
