#include "tui/prompt.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "i18n/i18n.h"
#include "lib/err.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "tui/keymap.h"
#include "tui/lineedit.h"
#include "tui/screen.h"

/* What each line-editor command does. */
static const struct {
    enum cmd cmd;
    void (*run)(struct lineedit *l);
} edits[] = {
    { CMD_EDIT_BACKSPACE, lineedit_backspace }, { CMD_EDIT_DELETE, lineedit_delete },
    { CMD_EDIT_LEFT, lineedit_left },           { CMD_EDIT_RIGHT, lineedit_right },
    { CMD_EDIT_HOME, lineedit_home },           { CMD_EDIT_END, lineedit_end },
    { CMD_EDIT_KILL, lineedit_kill },           { CMD_EDIT_KILL_END, lineedit_kill_end },
    { CMD_EDIT_KILL_WORD, lineedit_kill_word }, { CMD_EDIT_YANK, lineedit_yank },
};

/* The lines taken at each prompt, told apart by its label, while the desk
 * runs (Up and Down step through them). */
enum { HIST_PROMPTS = 16, HIST_LINES = 50 };
static struct {
    char *label;
    struct lineedit_hist h;
} hists[HIST_PROMPTS];

static struct lineedit_hist *hist_of(const char *label)
{
    size_t i;

    for (i = 0; i < HIST_PROMPTS && hists[i].label != NULL; i++)
        if (strcmp(hists[i].label, label) == 0)
            return &hists[i].h;
    if (i == HIST_PROMPTS) { /* full: the last slot serves the newcomer */
        i = HIST_PROMPTS - 1;
        free(hists[i].label);
        lineedit_hist_fini(&hists[i].h);
    }
    hists[i].label = xstrdup(label);
    return &hists[i].h;
}

void prompt_history_free(void)
{
    size_t i;

    for (i = 0; i < HIST_PROMPTS; i++) {
        free(hists[i].label);
        hists[i].label = NULL;
        lineedit_hist_fini(&hists[i].h);
    }
}

int prompt_edit_key(struct lineedit *l, int key)
{
    int arg;
    enum cmd c = keymap_lookup(KEYMAP_EDIT, key, &arg);
    size_t i;

    for (i = 0; i < sizeof edits / sizeof edits[0]; i++)
        if (edits[i].cmd == c) {
            edits[i].run(l);
            return 1;
        }
    if (c == CMD_NONE && !(key & KEY_FN) && key >= 32 && key != 127) {
        lineedit_insert(l, (wchar_t)key);
        return 1;
    }
    return 0;
}

/* Paint the prompt's line: the label, then as much of the text as fits
 * with the cursor in view. */
static void draw_line(const struct screen *s, const char *label, const struct lineedit *l)
{
    size_t lw = text_width(label), col = lineedit_cursor_col(l);
    /* long input: drop characters from the start until the cursor fits */
    const char *start = l->s;
    size_t room = (size_t)COLS > lw + 2 ? (size_t)COLS - lw - 2 : 1;

    if (s->msg[0] != '\0') { /* what the typing met, over the line, never cut */
        size_t n = 0, i;
        char **rows = text_wrap(s->msg, COLS > 1 ? (size_t)COLS - 1 : 1, &n);
        screen_style_on(s, STYLE_ERR);
        for (i = 0; i < n; i++)
            if (LINES - 1 - (int)(n - i) >= 0) {
                move(LINES - 1 - (int)(n - i), 0);
                clrtoeol();
                screen_put(LINES - 1 - (int)(n - i), 0, rows[i], (size_t)COLS, 0);
            }
        screen_style_off(s, STYLE_ERR);
        text_lines_free(rows, n);
    }
    move(LINES - 1, 0);
    clrtoeol();
    attron(A_BOLD);
    mvaddstr(LINES - 1, 0, label);
    attroff(A_BOLD);
    while (col > room && *start != '\0') {
        wchar_t wc;
        int bad;
        size_t len = text_decode(start, strlen(start), &wc, &bad);
        col -= (size_t)text_cwidth(wc);
        start += len;
    }
    screen_put(LINES - 1, (int)lw, start, room + 1, 0);
    move(LINES - 1, (int)(lw + col));
}

/* 1 when leaving the prompt would lose typed text: not empty, not what it
 * began with and not a line of its history (Up brings that back); a
 * filter's prompt (on_change) loses nothing, it only narrows the list as
 * the text is typed. */
static int typed(const struct lineedit *l, const struct lineedit_hist *h, const char *initial,
                 void (*on_change)(void *, const char *))
{
    size_t i;

    if (on_change != NULL || l->s[0] == '\0' || strcmp(l->s, initial != NULL ? initial : "") == 0)
        return 0;
    for (i = 0; i < h->n; i++)
        if (strcmp(h->lines[i], l->s) == 0)
            return 0;
    return 1;
}

/* prompt_line; held: other text of the dialogue would be lost too, so
 * Esc asks even when this line holds none. */
static int ask_line(struct screen *s, const char *label, const char *initial,
                    void (*on_change)(void *arg, const char *text), void *arg, int held,
                    char **out)
{
    struct lineedit l;
    struct lineedit_hist *h = hist_of(label);
    int rc = 0, key, k, karg;

    *out = NULL;
    lineedit_init(&l, initial);
    h->at = h->n;
    curs_set(1);
    for (;;) {
        enum cmd c;
        screen_message_clear(s);
        screen_paint(s);
        draw_line(s, label, &l);
        refresh();
        k = screen_getkey(s, &key);
        if (k == -2)
            break;
        if (k == -1)
            continue;
        c = keymap_lookup(KEYMAP_EDIT, key, &karg);
        if (c == CMD_EDIT_CANCEL && (held || typed(&l, h, initial, on_change)) &&
            !prompt_yes(s, _("Discard your changes?")))
            continue;
        if (c == CMD_EDIT_CANCEL || c == CMD_EDIT_DONE) {
            rc = c == CMD_EDIT_DONE;
            break;
        }
        if ((c == CMD_EDIT_HIST_PREV || c == CMD_EDIT_HIST_NEXT) &&
            lineedit_hist_step(h, &l, c == CMD_EDIT_HIST_PREV ? -1 : 1) == 0 &&
            on_change != NULL)
            on_change(arg, l.s);
        else if (prompt_edit_key(&l, key) && on_change != NULL)
            on_change(arg, l.s);
    }
    curs_set(0);
    if (rc == 1) {
        *out = xstrdup(l.s);
        lineedit_hist_add(h, l.s, HIST_LINES);
    }
    lineedit_fini(&l);
    return rc;
}

int prompt_line(struct screen *s, const char *label, const char *initial,
                void (*on_change)(void *arg, const char *text), void *arg, char **out)
{
    return ask_line(s, label, initial, on_change, arg, 0, out);
}

void prompt_refused(struct screen *s, const char *why)
{
    screen_message(s, 1, "%s", why);
    s->msg_hold = 1; /* shown over the prompt until the text is edited */
}

int prompt_steps(struct screen *s, const struct prompt_step *steps, int n, void *arg, char **v)
{
    int i = 0;

    while (i < n) {
        struct ird_err e = { 0 };
        char *was = v[i], *got = NULL;
        int held = 0, j;

        for (j = 0; j < n; j++)
            held |= j != i && v[j] != NULL && v[j][0] != '\0';
        if (!ask_line(s, _(steps[i].label), was != NULL ? was : "", NULL, NULL, held, &got))
            return 0; /* left: v keeps what was typed before */
        free(was);
        v[i] = got;
        if (steps[i].required != NULL && got[0] == '\0')
            prompt_refused(s, _(steps[i].required));
        else if (steps[i].check != NULL && steps[i].check(arg, i, v, &e) < 0)
            prompt_refused(s, e.msg);
        else
            i++;
    }
    return 1;
}

/* A question at the bottom, on as many lines as it needs (never cut). */
static void draw_question(const char *q)
{
    size_t n = 0, i;
    char **rows = text_wrap(q, COLS > 1 ? (size_t)COLS - 1 : 1, &n);
    int y = LINES - (int)n;

    attron(A_BOLD);
    for (i = 0; i < n; i++, y++)
        if (y >= 0) {
            move(y, 0);
            clrtoeol();
            screen_put(y, 0, rows[i], (size_t)COLS, 0);
        }
    attroff(A_BOLD);
    text_lines_free(rows, n);
}

int prompt_yes(struct screen *s, const char *question)
{
    int key, k;
    /* L10N: the answers to a yes/no question: the first letter of yes, of no */
    const char *yn = _("yn");
    char *q = xasprintf("%s (%s) ", question, _("y/n"));

    for (;;) {
        screen_message_clear(s);
        screen_paint(s);
        draw_question(q);
        curs_set(0);
        refresh();
        k = screen_getkey(s, &key);
        if (k == -1)
            continue;
        free(q);
        if (k == -2)
            return 0;
        return key == (unsigned char)yn[0] || key == 'y' || key == (yn[0] & ~0x20) || key == 'Y';
    }
}

/* The menu's box over the screen, and its hint on the bottom line. */
static void draw_menu(const char *title, const char *const *items, int n, int sel, int h, int w)
{
    WINDOW *win = newwin(h, w, (LINES - h) / 2, (COLS - w) / 2);
    char *hint;
    int i;

    if (win == NULL)
        return;
    werase(win);
    box_set(win, WACS_VLINE, WACS_HLINE);
    {
        char *f = text_fit(title, (size_t)w - 4, 0);
        wattron(win, A_BOLD);
        mvwaddstr(win, 0, 2, f);
        wattroff(win, A_BOLD);
        free(f);
    }
    for (i = 0; i < n && i < h - 4; i++) {
        char *line = xasprintf("%d %s", i + 1, items[i]);
        char *f = text_fit(line, (size_t)w - 4, 1);
        if (i == sel)
            wattron(win, A_REVERSE);
        mvwaddstr(win, 2 + i, 2, f);
        if (i == sel)
            wattroff(win, A_REVERSE);
        free(f);
        free(line);
    }
    wnoutrefresh(stdscr);
    wnoutrefresh(win);
    doupdate();
    delwin(win);
    move(LINES - 1, 0);
    clrtoeol();
    hint = keymap_hint_line(HINTS_MENU, SCREEN_MIN_COLS, HINT_QUIT_AS_SET);
    screen_put(LINES - 1, 0, hint, (size_t)COLS, 0);
    free(hint);
}

int prompt_menu(struct screen *s, const char *title, const char *const *items, int n, int initial)
{
    int sel = initial, key, k, i, arg, w = (int)text_width(title) + 4, h = n + 4;

    for (i = 0; i < n; i++)
        if ((int)text_width(items[i]) + 8 > w)
            w = (int)text_width(items[i]) + 8;
    if (w > COLS - 2)
        w = COLS - 2;
    if (h > LINES - 2)
        h = LINES - 2;
    for (;;) {
        enum cmd c;
        screen_message_clear(s);
        screen_paint(s);
        draw_menu(title, items, n, sel, h, w);
        refresh();
        k = screen_getkey(s, &key);
        if (k == -2)
            return -1;
        if (k == -1)
            continue;
        c = keymap_lookup(KEYMAP_MENU, key, &arg);
        if (c == CMD_MENU_CANCEL)
            return -1;
        if (c == CMD_MENU_TAKE)
            return sel;
        if (c == CMD_MENU_PICK && arg < n)
            return arg;
        if (c == CMD_MENU_DOWN)
            sel = (sel + 1) % n;
        else if (c == CMD_MENU_UP)
            sel = (sel + n - 1) % n;
    }
}
