#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"
#include "lib/text.h"
#include "i18n/i18n.h"
#include "tui/keymap.h"
#include "tui/lineedit.h"
#include "tui/tui_int.h"

#define CTRL(c) ((c) & 0x1f)

/* Apply an editing key to l; returns 1 when the key was one. */
static int edit_key(struct lineedit *l, int key)
{
    switch (key) {
    case KEY_FN | KEY_BACKSPACE:
    case 127:
    case CTRL('h'):
        lineedit_backspace(l);
        return 1;
    case KEY_FN | KEY_DC:
    case CTRL('d'):
        lineedit_delete(l);
        return 1;
    case KEY_FN | KEY_LEFT:
    case CTRL('b'):
        lineedit_left(l);
        return 1;
    case KEY_FN | KEY_RIGHT:
    case CTRL('f'):
        lineedit_right(l);
        return 1;
    case KEY_FN | KEY_HOME:
    case CTRL('a'):
        lineedit_home(l);
        return 1;
    case KEY_FN | KEY_END:
    case CTRL('e'):
        lineedit_end(l);
        return 1;
    case CTRL('u'):
        lineedit_kill(l);
        return 1;
    default:
        if (!(key & KEY_FN) && key >= 32 && key != 127) {
            lineedit_insert(l, (wchar_t)key);
            return 1;
        }
        return 0;
    }
}

int prompt_edit_key(struct lineedit *l, int key)
{
    return edit_key(l, key);
}

int prompt_line(struct tui *t, const char *label, const char *initial,
                void (*on_change)(struct tui *, const char *), char **out)
{
    struct lineedit l;
    int rc = 0, key, k;

    *out = NULL;
    lineedit_init(&l, initial);
    curs_set(1);
    for (;;) {
        size_t lw = text_width(label), col;
        char *shown;
        t->msg[0] = '\0';
        tui_draw(t);
        move(LINES - 1, 0);
        clrtoeol();
        attron(A_BOLD);
        mvaddstr(LINES - 1, 0, label);
        attroff(A_BOLD);
        col = lineedit_cursor_col(&l);
        {
            /* long input: drop characters from the start until the cursor fits */
            const char *start = l.s;
            size_t room = (size_t)COLS > lw + 2 ? (size_t)COLS - lw - 2 : 1;
            while (col > room && *start != '\0') {
                wchar_t wc;
                int bad;
                size_t len = text_decode(start, strlen(start), &wc, &bad);
                col -= (size_t)text_cwidth(wc);
                start += len;
            }
            shown = text_fit(start, room + 1, 0);
            mvaddstr(LINES - 1, (int)lw, shown);
            move(LINES - 1, (int)(lw + col));
            free(shown);
        }
        refresh();
        k = tui_getkey(t, &key);
        if (k == -2)
            break;
        if (k == -1)
            continue;
        if (key == 27) {
            rc = 0;
            break;
        }
        if (key == '\n' || key == '\r' || key == (KEY_FN | KEY_ENTER)) {
            rc = 1;
            break;
        }
        if (edit_key(&l, key) && on_change != NULL)
            on_change(t, l.s);
    }
    curs_set(0);
    if (rc == 1)
        *out = xstrdup(l.s);
    lineedit_fini(&l);
    return rc;
}

int prompt_ask(struct tui *t, const char *question, void (*draw)(struct tui *, void *),
               void *arg)
{
    int key, k;
    /* L10N: the answers to a yes/no question: the first letter of yes, of no */
    const char *yn = _("yn");
    char *q = xasprintf("%s (%s) ", question, _("y/n"));

    for (;;) {
        char *f;
        t->msg[0] = '\0';
        if (draw != NULL)
            draw(t, arg);
        else
            tui_draw(t);
        move(LINES - 1, 0);
        clrtoeol();
        attron(A_BOLD);
        f = text_fit(q, (size_t)COLS, 0);
        mvaddstr(LINES - 1, 0, f);
        free(f);
        attroff(A_BOLD);
        curs_set(0);
        refresh();
        k = tui_getkey(t, &key);
        if (k == -1)
            continue;
        free(q);
        if (k == -2)
            return 0;
        return key == (unsigned char)yn[0] || key == 'y' || key == (yn[0] & ~0x20) || key == 'Y';
    }
}

int prompt_yes(struct tui *t, const char *question)
{
    return prompt_ask(t, question, NULL, NULL);
}

int prompt_menu(struct tui *t, const char *title, const char *const *items, int n, int initial)
{
    int sel = initial, key, k, i, w = (int)text_width(title) + 4, h = n + 4, y0, x0;
    WINDOW *win;

    for (i = 0; i < n; i++)
        if ((int)text_width(items[i]) + 8 > w)
            w = (int)text_width(items[i]) + 8;
    if (w > COLS - 2)
        w = COLS - 2;
    if (h > LINES - 2)
        h = LINES - 2;
    for (;;) {
        t->msg[0] = '\0';
        tui_draw(t);
        y0 = (LINES - h) / 2;
        x0 = (COLS - w) / 2;
        win = newwin(h, w, y0, x0);
        if (win == NULL)
            return -1;
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
        {
            char *f = text_fit(_("j/k or arrows: choose  Enter: take  Esc: cancel"), (size_t)COLS, 0);
            mvaddstr(LINES - 1, 0, f);
            free(f);
        }
        refresh();
        k = tui_getkey(t, &key);
        if (k == -2)
            return -1;
        if (k == -1)
            continue;
        if (key == 27 || key == 'q')
            return -1;
        if (key == '\n' || key == '\r' || key == (KEY_FN | KEY_ENTER))
            return sel;
        if (key >= '1' && key <= '9' && key - '1' < n)
            return key - '1';
        if (key == 'j' || key == (KEY_FN | KEY_DOWN) || key == '\t')
            sel = (sel + 1) % n;
        else if (key == 'k' || key == (KEY_FN | KEY_UP) || key == (KEY_FN | KEY_BTAB))
            sel = (sel + n - 1) % n;
    }
}
