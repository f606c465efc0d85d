#include "tui/screen.h"

#include <curses.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "core/config.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "tui/keymap.h"

/* last: its capability macros (lines, columns, ...) would rename the
 * parameters of the headers above */
#include <term.h>

volatile sig_atomic_t screen_stop;

/* Each style: its colours, and its attribute with and without colour. */
static const struct {
    const char *role; /* its name in the configuration: color.ROLE */
    short fg, bg;
    attr_t mono;
} styles[STYLE_COUNT] = {
    [STYLE_BAR] = { "bar", COLOR_WHITE, COLOR_BLUE, A_REVERSE },
    [STYLE_TAB] = { "tab", COLOR_BLACK, COLOR_CYAN, A_BOLD },
    [STYLE_ERR] = { "error", COLOR_RED, -1, A_BOLD },
    [STYLE_LINK] = { "link", COLOR_CYAN, -1, A_UNDERLINE },
    [STYLE_HEAD] = { "header", COLOR_YELLOW, -1, A_BOLD | A_UNDERLINE },
    [STYLE_DIM] = { "dim", COLOR_BLUE, -1, A_BOLD },
};

static void on_signal(int sig)
{
    screen_stop = sig;
}

static void colours(struct screen *s)
{
    const char *no = getenv("NO_COLOR");
    int i;

    s->color = 0;
    if ((no != NULL && *no != '\0') || !has_colors())
        return;
    if (start_color() != OK)
        return;
    use_default_colors();
    for (i = 1; i < STYLE_COUNT; i++)
        init_pair((short)i, styles[i].fg, styles[i].bg);
    s->color = 1;
}

void screen_colors(struct screen *s, const struct config_color *cc, size_t n)
{
    size_t i;
    int st;

    s->nstatus = 0;
    for (i = 0; i < n && s->color; i++) {
        short pair = 0;
        for (st = 1; st < STYLE_COUNT; st++)
            if (strcmp(styles[st].role, cc[i].role) == 0)
                pair = (short)st;
        if (pair == 0 && strncmp(cc[i].role, "status.", 7) == 0 &&
            s->nstatus < SCREEN_STATUS_MAX) {
            pair = (short)(STYLE_COUNT + s->nstatus);
            snprintf(s->status[s->nstatus].code, sizeof s->status[0].code, "%s",
                     cc[i].role + 7);
            s->status[s->nstatus].pair = pair;
            s->status[s->nstatus++].bold = cc[i].bold;
        }
        if (pair != 0)
            init_pair(pair, cc[i].fg, cc[i].bg);
        if (pair != 0 && pair < STYLE_COUNT)
            s->bold[pair] = cc[i].bold ? 1 : -1;
    }
}

attr_t screen_status_attr(const struct screen *s, const char *code)
{
    int i;

    for (i = 0; code != NULL && i < s->nstatus; i++)
        if (strcmp(s->status[i].code, code) == 0)
            return COLOR_PAIR(s->status[i].pair) | (s->status[i].bold ? A_BOLD : 0);
    return A_NORMAL;
}

/* 0 when the terminal TERM names can place the cursor, as the desk needs;
 * else -1, said on stderr with the way out: the command line.  Asked of
 * terminfo before initscr, which would exit on an unknown terminal or start
 * an unusable screen on one like "dumb". */
int screen_terminal_usable(void)
{
    const char *term = getenv("TERM");
    char *shown = text_visible(term != NULL ? term : "", 0);
    int err = 0, rc = -1;
    char *cup;

    if (term == NULL || *term == '\0') {
        fprintf(stderr, "irdesk: %s\n", _("TERM is not set: the desk needs a terminal."));
    } else if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
        fprintf(stderr, "irdesk: ");
        fprintf(stderr, _("The terminal type \"%s\" is unknown: the desk cannot start."),
                shown);
        fputc('\n', stderr);
    } else {
        cup = tigetstr("cup");
        rc = cup == NULL || cup == (char *)-1 ? -1 : 0;
        del_curterm(cur_term);
        if (rc < 0) {
            fprintf(stderr, "irdesk: ");
            fprintf(stderr, _("The terminal \"%s\" cannot place the cursor: the desk needs "
                              "one that can."),
                    shown);
            fputc('\n', stderr);
        }
    }
    if (rc < 0)
        fprintf(stderr, "%s\n", _("The commands work without a terminal: irdesk --help lists "
                                   "them."));
    free(shown);
    return rc;
}

int screen_open(struct screen *s)
{
    struct sigaction sa;

    if (screen_terminal_usable() < 0)
        return -1;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    if (initscr() == NULL) {
        fprintf(stderr, "irdesk: %s\n", _("Cannot start the terminal screen."));
        return -1;
    }
    /* raw: Ctrl-S (save) and Ctrl-Q reach the desk instead of flow control;
     * Ctrl-C is then a key, which never ends the desk unasked */
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    /* a lone Esc is told from a key's escape sequence after 2 ms: terminals
     * (and ssh) send a key's sequence in one write, so its bytes are already
     * there when ncurses reads the Esc and it waits only for a lone one; a
     * line that splits sequences (a slow serial line) sets ESCDELAY, which
     * ncurses reads, to wait longer (irdesk(1), ENVIRONMENT) */
    if (getenv("ESCDELAY") == NULL)
        set_escdelay(2);
    curs_set(0);
    timeout(1000); /* a tick: notice other desks' changes while idle */
    colours(s);
    return 0;
}

void screen_mouse(struct screen *s, int on)
{
    mmask_t want = BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED;

#ifdef BUTTON5_PRESSED
    want |= BUTTON5_PRESSED;
#endif
    s->mouse = on;
    if (!on)
        return;
    mousemask(want, NULL);
    mouseinterval(0);
}

enum screen_click screen_mouse_read(int *y, int *x)
{
    MEVENT ev;

    if (getmouse(&ev) != OK)
        return CLICK_NONE;
    *y = ev.y;
    *x = ev.x;
    if (ev.bstate & BUTTON4_PRESSED)
        return CLICK_WHEEL_UP;
#ifdef BUTTON5_PRESSED
    if (ev.bstate & BUTTON5_PRESSED)
        return CLICK_WHEEL_DOWN;
#endif
    if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))
        return CLICK_SELECT;
    return CLICK_NONE;
}

void screen_close(struct screen *s)
{
    (void)s;
    endwin();
}

/* One character's bytes, read with wgetch and decoded in the terminal's
 * encoding (wget_wch loses what follows bytes it cannot decode): OK with
 * *wc, KEY_CODE_YES for a function key, ERR at the tick, 1 for bytes that
 * are no character, which are dropped (a byte that cannot continue them is
 * read again as the start of the next character). */
static int read_char(wint_t *wc)
{
    char buf[MB_LEN_MAX];
    size_t n = 0;
    int c = wgetch(stdscr);

    if (c == ERR)
        return ERR;
    if (c > 255) {
        *wc = (wint_t)c;
        return KEY_CODE_YES;
    }
    for (;;) {
        mbstate_t st;
        wchar_t w;
        size_t r;
        buf[n++] = (char)c;
        memset(&st, 0, sizeof st);
        r = mbrtowc(&w, buf, n, &st);
        if (r == (size_t)-1) {
            if (n > 1)
                ungetch((unsigned char)buf[n - 1]);
            return 1;
        }
        if (r != (size_t)-2) {
            *wc = r == 0 ? 0 : (wint_t)w;
            return OK;
        }
        if (n == sizeof buf || (c = wgetch(stdscr)) == ERR)
            return 1;
        if (c > 255) {
            ungetch(c);
            return 1;
        }
    }
}

int screen_getkey(struct screen *s, int *key)
{
    wint_t wc = 0;
    int rc;

    if (screen_stop)
        return -2;
    rc = read_char(&wc);
    if (screen_stop)
        return -2;
    if (rc == 1) {
        /* said until a key other than text: pasting goes on around it */
        screen_message(s, 1, "%s",
                       _("Left out bytes that are not valid text; all else typed is kept."));
        s->msg_hold = 1;
        return -1;
    }
    if (rc == ERR)
        return -1;
    /* Ctrl-C is a key like any other (raw mode): each context asks
     * before it discards anything; only a real SIGINT stops the desk */
    *key = rc == KEY_CODE_YES ? (int)wc | KEY_FN : (int)wc;
    if (s->msg_hold && (rc == KEY_CODE_YES || wc < 32 || wc == 127)) {
        s->msg_hold = 0;
        s->msg[0] = '\0';
    }
    return 0;
}

int screen_too_small(void)
{
    return COLS < SCREEN_MIN_COLS || LINES < SCREEN_MIN_LINES;
}

void screen_draw_too_small(void)
{
    char *m = xasprintf(_("The window is too small (%dx%d): irdesk needs at least %dx%d."), COLS,
                        LINES, SCREEN_MIN_COLS, SCREEN_MIN_LINES);
    size_t n = 0, i;
    char **rows = text_wrap(m, COLS > 2 ? (size_t)COLS - 2 : 1, &n);

    for (i = 0; i < n && (int)i < LINES; i++)
        mvaddstr(LINES / 2 - (int)n / 2 + (int)i, 1, rows[i]);
    text_lines_free(rows, n);
    free(m);
}

void screen_message(struct screen *s, int err, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(s->msg, sizeof s->msg, fmt, ap);
    va_end(ap);
    s->msg_err = err;
    s->msg_hold = 0;
}

void screen_message_take(struct screen *s, int err, char *text)
{
    screen_message(s, err, "%s", text);
    free(text);
}

void screen_message_clear(struct screen *s)
{
    if (!s->msg_hold)
        s->msg[0] = '\0';
}

static attr_t style_attr(const struct screen *s, enum style st)
{
    if (s->color && s->bold[st] != 0)
        return COLOR_PAIR(st) | (s->bold[st] > 0 ? A_BOLD : 0);
    if (s->color)
        return COLOR_PAIR(st) | (styles[st].mono & A_BOLD);
    return styles[st].mono;
}

void screen_style_on(const struct screen *s, enum style st)
{
    attron(style_attr(s, st));
}

void screen_style_off(const struct screen *s, enum style st)
{
    attroff(style_attr(s, st));
}

void screen_put(int y, int x, const char *text, size_t w, int pad)
{
    char *f = text_fit(text, w, pad);

    mvaddstr(y, x, f);
    free(f);
}

void screen_draw_bottom(const struct screen *s, const char *hint)
{
    enum style st = s->msg[0] != '\0' ? STYLE_ERR : STYLE_DIM;
    int styled = s->msg[0] == '\0' || s->msg_err, y;
    size_t n = 0, i, max = LINES > 4 ? (size_t)LINES / 2 : 1;
    char **rows;

    move(LINES - 1, 0);
    clrtoeol();
    if (s->msg[0] == '\0' && hint == NULL)
        return;
    /* a message is never cut: it takes as many lines above the bottom as
     * it needs (up to half the screen) */
    if (s->msg[0] != '\0') {
        rows = text_wrap(s->msg, COLS > 1 ? (size_t)COLS - 1 : 1, &n);
    } else { /* a hint stays on its line, as it is */
        n = 1;
        rows = xcalloc(1, sizeof *rows);
        rows[0] = xstrdup(hint);
    }
    if (styled)
        screen_style_on(s, st);
    for (i = n > max ? n - max : 0, y = LINES - (int)(n > max ? max : n); i < n; i++, y++)
        screen_put(y, 0, rows[i], (size_t)COLS, 1);
    if (styled)
        screen_style_off(s, st);
    text_lines_free(rows, n);
}

int screen_message_lines(const struct screen *s)
{
    size_t n = 0;
    char **rows;

    if (s->msg[0] == '\0')
        return 1;
    rows = text_wrap(s->msg, COLS > 1 ? (size_t)COLS - 1 : 1, &n);
    text_lines_free(rows, n);
    return n > 0 ? (int)n : 1;
}

void screen_paint(struct screen *s)
{
    if (s->paint != NULL)
        s->paint(s->paint_arg);
}

void screen_redraw_all(void)
{
    clearok(curscr, TRUE);
}

void screen_suspend(void)
{
    def_prog_mode();
    endwin();
}

void screen_resume(void)
{
    reset_prog_mode();
    refresh();
}

void screen_say_now(struct screen *s, const char *msg)
{
    screen_message(s, 0, "%s", msg);
    screen_draw_bottom(s, NULL);
    refresh();
}
