#ifndef IRDESK_TUI_SCREEN_H
#define IRDESK_TUI_SCREEN_H

#include <signal.h>
#include <curses.h>
#include <stddef.h>

/* The terminal service under the desk: the one curses session, named
 * styles, keys with the idle tick, the message line and the size check.
 * Only this file calls initscr. */

enum { SCREEN_MIN_COLS = 80, SCREEN_MIN_LINES = 24 };

/* Named styles: a colour pair when the terminal has colours (and NO_COLOR
 * is unset), else a monochrome attribute. */
enum style {
    STYLE_BAR = 1, /* the top bar */
    STYLE_TAB,     /* the current pane in the bar */
    STYLE_ERR,     /* an error message */
    STYLE_LINK,    /* a link in a pager */
    STYLE_HEAD,    /* list column headers */
    STYLE_DIM,     /* separator and hint lines */
    STYLE_COUNT
};

/* What a prompt paints behind itself (the desk, the form). */
typedef void (*screen_paint_fn)(void *arg);

enum { SCREEN_STATUS_MAX = 32 };

struct config_color;

struct screen {
    int color;
    signed char bold[STYLE_COUNT]; /* a configured colour: 1 bold, -1 not, 0 as built in */
    struct {
        char code[48];
        short pair;
        int bold;
    } status[SCREEN_STATUS_MAX]; /* colours of statuses (color.status.CODE) */
    int nstatus;
    int mouse;      /* clicks and the wheel come as keys */
    char msg[4096]; /* the message line; "" when none */
    int msg_err;
    int msg_hold; /* the message outlives screen_message_clear (bad input) */
    screen_paint_fn paint; /* the screen under a prompt */
    void *paint_arg;
};

/* Set when SIGINT, SIGTERM or SIGHUP arrives: the desk ends cleanly. */
extern volatile sig_atomic_t screen_stop;

/* 0 when the terminal TERM names can place the cursor, as the desk needs;
 * else -1, said on stderr with the way out (the command line). */
int screen_terminal_usable(void);
/* Start curses (raw keys, the one-second tick, colours); -1 when the
 * terminal cannot be used (said on stderr). */
int screen_open(struct screen *s);
/* Take the configured colours (after screen_open); none without colour
 * (NO_COLOR, a monochrome terminal). */
void screen_colors(struct screen *s, const struct config_color *cc, size_t n);
/* The attribute a status is drawn with (A_NORMAL when none is set). */
attr_t screen_status_attr(const struct screen *s, const char *code);

/* Take mouse clicks and the wheel as KEY_MOUSE keys (on), or leave the
 * mouse to the terminal (its own selection and pasting). */
void screen_mouse(struct screen *s, int on);
/* What a KEY_MOUSE key was, and where (*y, *x). */
enum screen_click { CLICK_NONE, CLICK_SELECT, CLICK_WHEEL_UP, CLICK_WHEEL_DOWN };
enum screen_click screen_mouse_read(int *y, int *x);

/* End curses. */
void screen_close(struct screen *s);

/* Read a key: 0 with *key set (function keys with KEY_FN), -1 at the idle
 * tick, -2 when the desk is to stop (a signal, Ctrl-C). */
int screen_getkey(struct screen *s, int *key);

/* 1 when the terminal is smaller than the desk needs. */
int screen_too_small(void);
/* Paint the "window too small" text on an erased screen. */
void screen_draw_too_small(void);

/* Set the message line (printf format); err shows it as an error. */
void screen_message(struct screen *s, int err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Set the message line to text and free it (a message made for the
 * occasion, keymap_fill's). */
void screen_message_take(struct screen *s, int err, char *text);
/* Clear the message line. */
void screen_message_clear(struct screen *s);

/* Turn a style on or off for what is drawn next. */
void screen_style_on(const struct screen *s, enum style st);
void screen_style_off(const struct screen *s, enum style st);

/* Text at (y, x), fitted (padded when pad) to w cells. */
void screen_put(int y, int x, const char *text, size_t w, int pad);

/* The bottom line: the message when there is one, wrapped onto the lines
 * above it when it is longer than the screen is wide, else hint (may be
 * NULL) in the hint style. */
void screen_draw_bottom(const struct screen *s, const char *hint);
/* Lines the message takes at the bottom (1 when there is none). */
int screen_message_lines(const struct screen *s);
/* Show a message on the bottom line now, in the middle of a command (the
 * screen is not painted again first). */
void screen_say_now(struct screen *s, const char *msg);

/* Paint what is under a prompt (s->paint, or nothing). */
void screen_paint(struct screen *s);

/* Leave the screen to another program (an editor), and take it back. */
void screen_suspend(void);
void screen_resume(void);

/* Let the terminal redraw from scratch on the next refresh. */
void screen_redraw_all(void);

#endif
