#ifndef IRDESK_TUI_KEYMAP_H
#define IRDESK_TUI_KEYMAP_H

#include <stddef.h>

#include "tui/cmd.h"

/* A key as read by wget_wch: a character, or a function key code with
 * KEY_FN set (so that KEY_DOWN never collides with a character). */
#define KEY_FN 0x1000000

struct binding {
    int key;
    enum cmd cmd;
};

/* The command bound to key, or CMD_NONE. */
enum cmd keymap_lookup(int key);

/* The key table (for the help screen); *n gets its length. */
const struct binding *keymap_table(size_t *n);

/* The name of a key as a person reads it: "j", "Down", "Ctrl-L", "é";
 * written into buf (at least 16 bytes).  Returns buf. */
const char *keymap_key_name(int key, char *buf, size_t size);

/* The name and help text (msgid) of a command. */
const char *keymap_cmd_name(enum cmd c);
const char *keymap_cmd_help(enum cmd c);

#endif
