#ifndef IRDESK_TUI_KEYMAP_H
#define IRDESK_TUI_KEYMAP_H

#include <stddef.h>

#include "tui/cmd.h"

/* A key as read by wget_wch: a character, or a function key code with
 * KEY_FN set (so that KEY_DOWN never collides with a character). */
#define KEY_FN 0x1000000

/* The contexts that read keys, each with its own table. */
enum keymap_ctx { KEYMAP_DESK, KEYMAP_FORM, KEYMAP_EDIT, KEYMAP_MENU, KEYMAP_COUNT };

/* A key and its command; arg tells commands with a number apart (the
 * pane's kind, a menu item). */
struct binding {
    int key;
    enum cmd cmd;
    int arg;
};

/* The hint lines, one per view or context. */
enum hint_set {
    HINTS_LIST,
    HINTS_DETAIL,
    HINTS_REPORT,
    HINTS_PAGER,
    HINTS_FORM,
    HINTS_MENU,
    HINTS_COUNT
};

/* The command bound to key in ctx, or CMD_NONE; *arg gets its argument
 * (a pane key for a kind that does not exist is bound to nothing). */
enum cmd keymap_lookup(enum keymap_ctx ctx, int key, int *arg);

/* The live key table of ctx (for the help screen); *n gets its length. */
const struct binding *keymap_table(enum keymap_ctx ctx, size_t *n);

/* Bind key to c (with arg) in ctx, replacing what it did there. */
void keymap_bind(enum keymap_ctx ctx, int key, enum cmd c, int arg);
/* Take key out of ctx; -1 when it was not bound there. */
int keymap_unbind(enum keymap_ctx ctx, int key);
/* Back to the default tables (frees what bind and unbind made). */
void keymap_reset(void);
/* 1 when c is a command of ctx (its default table has it). */
int keymap_allows(enum keymap_ctx ctx, enum cmd c);
/* The key a name in a keys file stands for ("j", "Down", "Ctrl-L", "F2",
 * "Space", "é"), names in English and case ignored; -1 when none. */
int keymap_parse_key(const char *name);
/* The command named name ("quit", "pane"), or CMD_NONE. */
enum cmd keymap_parse_cmd(const char *name);

/* The name of a key as a person reads it: "j", "Down", "Ctrl-L", "é";
 * written into buf (at least 16 bytes).  Returns buf. */
const char *keymap_key_name(int key, char *buf, size_t size);

/* The name and help text (msgid) of a command. */
const char *keymap_cmd_name(enum cmd c);
const char *keymap_cmd_help(enum cmd c);

/* The help text of a command, translated (a pane's with its kind's
 * name).  Caller frees. */
char *keymap_help_text(enum cmd c, int arg);

/* The name of the first key bound to c in ctx ("q"), or the command's name
 * in brackets when no key is bound to it.  Caller frees. */
char *keymap_keys_text(enum keymap_ctx ctx, enum cmd c);

/* A message naming keys as they are bound: fmt (translated) with each %s
 * replaced by the keys of the next (context, command) pair of ints; the
 * pairs end with -1.  Caller frees. */
char *keymap_fill(const char *fmt, ...);

/* What quit does where the hint line is shown, when not what its set
 * says: in a list narrowed by a filter or a view, q first widens it. */
enum hint_quit {
    HINT_QUIT_AS_SET,
    HINT_QUIT_FILTER, /* q clears the filter */
    HINT_QUIT_VIEW,   /* q closes the view */
    HINT_QUIT_COUNT
};

/* The hint line of a set, translated, made from the keys its commands
 * have (quit's hint as quit says): two spaces between hints when the line
 * fits in width cells, else one.  Caller frees. */
char *keymap_hint_line(enum hint_set set, size_t width, enum hint_quit quit);

#endif
