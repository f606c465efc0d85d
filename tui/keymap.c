#include "tui/keymap.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "lib/mem.h"

#define FN(k) ((k) | KEY_FN)
#define CTRL(c) ((c) & 0x1f)

/* One table for the whole desk.  The pane keys also answer to the unshifted
 * digits of a Belgian AZERTY keyboard: & é " '.  No key needs AltGr. */
static const struct binding keys[] = {
    { 'q', CMD_QUIT },          { 27, CMD_QUIT },
    { FN(KEY_BACKSPACE), CMD_QUIT }, { 127, CMD_QUIT },
    { '1', CMD_PANE1 },         { '&', CMD_PANE1 },
    { '2', CMD_PANE2 },         { 0xE9, CMD_PANE2 },
    { '3', CMD_PANE3 },         { '"', CMD_PANE3 },
    { '4', CMD_PANE4 },         { '\'', CMD_PANE4 },
    { '\t', CMD_PANE_NEXT },    { FN(KEY_BTAB), CMD_PANE_PREV },
    { 'j', CMD_DOWN },          { FN(KEY_DOWN), CMD_DOWN },
    { 'k', CMD_UP },            { FN(KEY_UP), CMD_UP },
    { FN(KEY_NPAGE), CMD_PAGE_DOWN }, { ' ', CMD_PAGE_DOWN },
    { FN(KEY_PPAGE), CMD_PAGE_UP }, { 'b', CMD_PAGE_UP },
    { 'g', CMD_TOP },           { FN(KEY_HOME), CMD_TOP },
    { 'G', CMD_BOTTOM },        { FN(KEY_END), CMD_BOTTOM },
    { '\n', CMD_OPEN },         { '\r', CMD_OPEN },
    { FN(KEY_ENTER), CMD_OPEN },
    { '/', CMD_FILTER },        { 'n', CMD_NEXT_MATCH },
    { 'N', CMD_PREV_MATCH },    { 'f', CMD_STATUS_FILTER },
    { 'o', CMD_SORT },          { 'O', CMD_SORT_REVERSE },
    { 's', CMD_STATUS },        { 'e', CMD_EDIT },
    { 'a', CMD_ADD },           { 'd', CMD_ARCHIVE },
    { 'A', CMD_SHOW_ARCHIVED }, { 'h', CMD_HISTORY },
    { 'p', CMD_PRINT },         { 'P', CMD_PRINT_LIST },
    { 'r', CMD_REPORT },        { 'w', CMD_SAVE },
    { 'L', CMD_LANG },          { CTRL('l'), CMD_REDRAW },
    { '?', CMD_HELP },          { FN(KEY_F(1)), CMD_HELP },
};

static const char *const names[] = {
    "none",
#define X(id, name, help) name,
    IRD_COMMANDS(X)
#undef X
};

static const char *const helps[] = {
    "",
#define X(id, name, help) help,
    IRD_COMMANDS(X)
#undef X
};

enum cmd keymap_lookup(int key)
{
    size_t i;

    for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (keys[i].key == key)
            return keys[i].cmd;
    return CMD_NONE;
}

const struct binding *keymap_table(size_t *n)
{
    *n = sizeof keys / sizeof keys[0];
    return keys;
}

static const struct {
    int key;
    const char *name;
} key_names[] = {
    { FN(KEY_DOWN), "Down" },   { FN(KEY_UP), "Up" },         { FN(KEY_NPAGE), "PgDn" },
    { FN(KEY_PPAGE), "PgUp" },  { FN(KEY_HOME), "Home" },     { FN(KEY_END), "End" },
    { FN(KEY_BTAB), "Shift-Tab" }, { FN(KEY_ENTER), "Enter" }, { FN(KEY_BACKSPACE), "Backspace" },
    { FN(KEY_F(1)), "F1" },     { '\t', "Tab" },             { '\n', "Enter" },
    { '\r', "Return" },         { 27, "Esc" },               { 127, "Backspace" },
    { ' ', "Space" },
};

const char *keymap_key_name(int key, char *buf, size_t size)
{
    size_t i;
    mbstate_t ps;
    char mb[8];
    size_t len;

    for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
        if (key_names[i].key == key) {
            snprintf(buf, size, "%s", key_names[i].name);
            return buf;
        }
    if (!(key & KEY_FN) && key > 0 && key < 32) {
        snprintf(buf, size, "Ctrl-%c", key + '@');
        return buf;
    }
    memset(&ps, 0, sizeof ps);
    len = (key & KEY_FN) ? (size_t)-1 : wcrtomb(mb, (wchar_t)key, &ps);
    if (len == (size_t)-1)
        snprintf(buf, size, "#%d", key & ~KEY_FN);
    else
        snprintf(buf, size, "%.*s", (int)len, mb);
    return buf;
}

const char *keymap_cmd_name(enum cmd c)
{
    return (unsigned)c < CMD_COUNT ? names[c] : "";
}

const char *keymap_cmd_help(enum cmd c)
{
    return (unsigned)c < CMD_COUNT ? helps[c] : "";
}
