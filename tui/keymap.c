#include "tui/keymap.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "lib/mem.h"
#include "lib/text.h"
#include "model/kind.h"

#define FN(k) ((k) | KEY_FN)
#define CTRL(c) ((c) & 0x1f)

/* The desk's table.  The pane keys are 1-9 and the unshifted digits of a
 * Belgian AZERTY keyboard, & é " ' ( § è ! ç, for the i-th kind, and 0 (à)
 * the calendar; no key needs AltGr. */
static const struct binding desk_keys[] = {
    { 'q', CMD_QUIT, 0 },          { 27, CMD_BACK, 0 },
    { FN(KEY_BACKSPACE), CMD_BACK, 0 }, { 127, CMD_BACK, 0 },
    { '1', CMD_PANE, 0 },          { '&', CMD_PANE, 0 },
    { '2', CMD_PANE, 1 },          { 0xE9, CMD_PANE, 1 },
    { '3', CMD_PANE, 2 },          { '"', CMD_PANE, 2 },
    { '4', CMD_PANE, 3 },          { '\'', CMD_PANE, 3 },
    { '5', CMD_PANE, 4 },          { '(', CMD_PANE, 4 },
    { '6', CMD_PANE, 5 },          { 0xA7, CMD_PANE, 5 },
    { '7', CMD_PANE, 6 },          { 0xE8, CMD_PANE, 6 },
    { '8', CMD_PANE, 7 },          { '!', CMD_PANE, 7 },
    { '9', CMD_PANE, 8 },          { 0xE7, CMD_PANE, 8 },
    { '0', CMD_CALENDAR, 0 },      { 0xE0, CMD_CALENDAR, 0 },
    { '>', CMD_MONTH_NEXT, 0 },    { '<', CMD_MONTH_PREV, 0 },
    { 'l', CMD_LINK, 0 },          { '+', CMD_ATTACH, 0 },
    { '\t', CMD_PANE_NEXT, 0 },    { FN(KEY_BTAB), CMD_PANE_PREV, 0 },
    { 'j', CMD_DOWN, 0 },          { FN(KEY_DOWN), CMD_DOWN, 0 },
    { 'k', CMD_UP, 0 },            { FN(KEY_UP), CMD_UP, 0 },
    { FN(KEY_NPAGE), CMD_PAGE_DOWN, 0 }, { ' ', CMD_PAGE_DOWN, 0 },
    { FN(KEY_PPAGE), CMD_PAGE_UP, 0 }, { 'b', CMD_PAGE_UP, 0 },
    { 'g', CMD_TOP, 0 },           { FN(KEY_HOME), CMD_TOP, 0 },
    { 'G', CMD_BOTTOM, 0 },        { FN(KEY_END), CMD_BOTTOM, 0 },
    { '\n', CMD_OPEN, 0 },         { '\r', CMD_OPEN, 0 },
    { FN(KEY_ENTER), CMD_OPEN, 0 },
    { '/', CMD_FILTER, 0 },        { 'n', CMD_NEXT_MATCH, 0 },
    { 'N', CMD_PREV_MATCH, 0 },    { 'f', CMD_STATUS_FILTER, 0 },
    { 'o', CMD_SORT, 0 },          { 'O', CMD_SORT_REVERSE, 0 },
    { 's', CMD_STATUS, 0 },        { 'e', CMD_EDIT, 0 },
    { 'D', CMD_DECIDE, 0 },
    { 'a', CMD_ADD, 0 },           { 'd', CMD_ARCHIVE, 0 },
    { 'A', CMD_SHOW_ARCHIVED, 0 }, { 'h', CMD_HISTORY, 0 },
    { 'p', CMD_PRINT, 0 },         { 'P', CMD_PRINT_LIST, 0 },
    { 'r', CMD_REPORT, 0 },        { 'w', CMD_SAVE, 0 },
    { 'L', CMD_LANG, 0 },          { CTRL('l'), CMD_REDRAW, 0 },
    { '?', CMD_HELP, 0 },          { FN(KEY_F(1)), CMD_HELP, 0 },
    { 'u', CMD_UNDO, 0 },          { CTRL('r'), CMD_REDO, 0 },
    { 'c', CMD_NOTE, 0 },          { 't', CMD_MARK, 0 },
    { 'T', CMD_MARK_ALL, 0 },      { ';', CMD_BULK, 0 },
    { 'v', CMD_VIEWS, 0 },         { 'V', CMD_VIEW_SAVE, 0 },
    { CTRL('f'), CMD_SEARCH_ALL, 0 },
    { CTRL('c'), CMD_INTERRUPT, 0 },
};

/* The edit form; keys it leaves go to the line editor on a text field. */
static const struct binding form_keys[] = {
    { '\t', CMD_FORM_NEXT, 0 },          { FN(KEY_DOWN), CMD_FORM_NEXT, 0 },
    { FN(KEY_BTAB), CMD_FORM_PREV, 0 },  { FN(KEY_UP), CMD_FORM_PREV, 0 },
    { ' ', CMD_FORM_CHOICE, 0 },         { CTRL('s'), CMD_FORM_SAVE, 0 },
    { 27, CMD_FORM_CANCEL, 0 },          { '\n', CMD_FORM_ENTER, 0 },
    { '\r', CMD_FORM_ENTER, 0 },         { FN(KEY_RIGHT), CMD_FORM_CHOICE_NEXT, 0 },
    { FN(KEY_LEFT), CMD_FORM_CHOICE_PREV, 0 }, { CTRL('c'), CMD_FORM_CANCEL, 0 },
};

/* The line editor (the bottom-line prompt, a form's text field); other
 * printable characters are typed in. */
static const struct binding edit_keys[] = {
    { FN(KEY_BACKSPACE), CMD_EDIT_BACKSPACE, 0 }, { 127, CMD_EDIT_BACKSPACE, 0 },
    { CTRL('h'), CMD_EDIT_BACKSPACE, 0 },         { FN(KEY_DC), CMD_EDIT_DELETE, 0 },
    { CTRL('d'), CMD_EDIT_DELETE, 0 },            { FN(KEY_LEFT), CMD_EDIT_LEFT, 0 },
    { CTRL('b'), CMD_EDIT_LEFT, 0 },              { FN(KEY_RIGHT), CMD_EDIT_RIGHT, 0 },
    { CTRL('f'), CMD_EDIT_RIGHT, 0 },             { FN(KEY_HOME), CMD_EDIT_HOME, 0 },
    { CTRL('a'), CMD_EDIT_HOME, 0 },              { FN(KEY_END), CMD_EDIT_END, 0 },
    { CTRL('e'), CMD_EDIT_END, 0 },               { CTRL('u'), CMD_EDIT_KILL, 0 },
    { CTRL('k'), CMD_EDIT_KILL_END, 0 },          { CTRL('w'), CMD_EDIT_KILL_WORD, 0 },
    { CTRL('y'), CMD_EDIT_YANK, 0 },              { FN(KEY_UP), CMD_EDIT_HIST_PREV, 0 },
    { FN(KEY_DOWN), CMD_EDIT_HIST_NEXT, 0 },
    { '\n', CMD_EDIT_DONE, 0 },                   { '\r', CMD_EDIT_DONE, 0 },
    { FN(KEY_ENTER), CMD_EDIT_DONE, 0 },          { 27, CMD_EDIT_CANCEL, 0 },
    { CTRL('c'), CMD_EDIT_CANCEL, 0 },
};

/* A menu of choices. */
static const struct binding menu_keys[] = {
    { 'j', CMD_MENU_DOWN, 0 },   { FN(KEY_DOWN), CMD_MENU_DOWN, 0 },
    { '\t', CMD_MENU_DOWN, 0 },  { 'k', CMD_MENU_UP, 0 },
    { FN(KEY_UP), CMD_MENU_UP, 0 }, { FN(KEY_BTAB), CMD_MENU_UP, 0 },
    { '\n', CMD_MENU_TAKE, 0 },  { '\r', CMD_MENU_TAKE, 0 },
    { FN(KEY_ENTER), CMD_MENU_TAKE, 0 }, { 27, CMD_MENU_CANCEL, 0 },
    { 'q', CMD_MENU_CANCEL, 0 }, { '1', CMD_MENU_PICK, 0 },
    { '2', CMD_MENU_PICK, 1 },   { '3', CMD_MENU_PICK, 2 },
    { '4', CMD_MENU_PICK, 3 },   { '5', CMD_MENU_PICK, 4 },
    { '6', CMD_MENU_PICK, 5 },   { '7', CMD_MENU_PICK, 6 },
    { '8', CMD_MENU_PICK, 7 },   { '9', CMD_MENU_PICK, 8 },
    { CTRL('c'), CMD_MENU_CANCEL, 0 },
};

#define TABLE(t) { t, sizeof t / sizeof t[0] }
static const struct {
    const struct binding *b;
    size_t n;
} defaults[KEYMAP_COUNT] = {
    [KEYMAP_DESK] = TABLE(desk_keys),
    [KEYMAP_FORM] = TABLE(form_keys),
    [KEYMAP_EDIT] = TABLE(edit_keys),
    [KEYMAP_MENU] = TABLE(menu_keys),
};

/* The live tables: the defaults with the keys file's bind and unbind
 * applied (copied on first use). */
static struct {
    struct binding *b;
    size_t n;
} maps[KEYMAP_COUNT];

static void live(void)
{
    int m;

    if (maps[0].b != NULL)
        return;
    for (m = 0; m < KEYMAP_COUNT; m++) {
        maps[m].b = xcalloc(defaults[m].n + 1, sizeof *maps[m].b);
        memcpy(maps[m].b, defaults[m].b, defaults[m].n * sizeof *maps[m].b);
        maps[m].n = defaults[m].n;
    }
}

void keymap_reset(void)
{
    int m;

    for (m = 0; m < KEYMAP_COUNT; m++) {
        free(maps[m].b);
        maps[m].b = NULL;
        maps[m].n = 0;
    }
}

int keymap_allows(enum keymap_ctx ctx, enum cmd c)
{
    size_t i;

    for (i = 0; i < defaults[ctx].n; i++)
        if (defaults[ctx].b[i].cmd == c)
            return 1;
    return 0;
}

void keymap_bind(enum keymap_ctx ctx, int key, enum cmd c, int arg)
{
    size_t i;

    live();
    for (i = 0; i < maps[ctx].n; i++)
        if (maps[ctx].b[i].key == key) {
            maps[ctx].b[i] = (struct binding){ key, c, arg };
            return;
        }
    maps[ctx].b = xrealloc(maps[ctx].b, (maps[ctx].n + 1) * sizeof *maps[ctx].b);
    maps[ctx].b[maps[ctx].n++] = (struct binding){ key, c, arg };
}

int keymap_unbind(enum keymap_ctx ctx, int key)
{
    size_t i;

    live();
    for (i = 0; i < maps[ctx].n; i++)
        if (maps[ctx].b[i].key == key) {
            memmove(&maps[ctx].b[i], &maps[ctx].b[i + 1],
                    (maps[ctx].n - i - 1) * sizeof *maps[ctx].b);
            maps[ctx].n--;
            return 0;
        }
    return -1;
}

/* A hint: the first nkeys keys of cmd (and the first of also), then its
 * label.  The labels carry a context, as C_ does (the same English word may
 * read otherwise in another view); C_ here only joins them, for xgettext. */
#undef C_
#define C_(ctx, s) ctx "\004" s
struct hint {
    enum cmd cmd, also;
    int nkeys;
    const char *label;
};

static const struct hint list_hints[] = {
    /* L10N: hints on the bottom line: %s is the key or keys (?, Enter, j/k) */
    { CMD_HELP, CMD_NONE, 1, C_("list hint", "%s:help") },
    { CMD_OPEN, CMD_NONE, 1, C_("list hint", "%s:open") },
    { CMD_FILTER, CMD_NONE, 1, C_("list hint", "%s:filter") },
    { CMD_STATUS_FILTER, CMD_NONE, 1, C_("list hint", "%s:status") },
    { CMD_SORT, CMD_NONE, 1, C_("list hint", "%s:sort") },
    { CMD_STATUS, CMD_NONE, 1, C_("list hint", "%s:change") },
    { CMD_EDIT, CMD_NONE, 1, C_("list hint", "%s:edit") },
    /* L10N: L switches to the other language: name it in that language */
    { CMD_LANG, CMD_NONE, 1, C_("list hint", "%s:Nederlands") },
    { CMD_QUIT, CMD_NONE, 1, C_("list hint", "%s:quit") },
};

static const struct hint detail_hints[] = {
    { CMD_HELP, CMD_NONE, 1, C_("detail hint", "%s:help") },
    { CMD_OPEN, CMD_NONE, 1, C_("detail hint", "%s:follow link") },
    { CMD_STATUS, CMD_NONE, 1, C_("detail hint", "%s:status") },
    { CMD_EDIT, CMD_NONE, 1, C_("detail hint", "%s:edit") },
    { CMD_HISTORY, CMD_NONE, 1, C_("detail hint", "%s:history") },
    { CMD_ARCHIVE, CMD_NONE, 1, C_("detail hint", "%s:archive") },
    { CMD_QUIT, CMD_NONE, 1, C_("detail hint", "%s:back") },
};

static const struct hint report_hints[] = {
    { CMD_PRINT, CMD_NONE, 1, C_("report hint", "%s:print") },
    { CMD_SAVE, CMD_NONE, 1, C_("report hint", "%s:save to a file") },
    { CMD_FILTER, CMD_NONE, 1, C_("report hint", "%s:search") },
    { CMD_NEXT_MATCH, CMD_PREV_MATCH, 1, C_("report hint", "%s:next/previous") },
    { CMD_QUIT, CMD_NONE, 1, C_("report hint", "%s:close") },
};

static const struct hint pager_hints[] = {
    { CMD_HELP, CMD_NONE, 1, C_("pager hint", "%s:help") },
    { CMD_DOWN, CMD_UP, 1, C_("pager hint", "%s:scroll") },
    { CMD_QUIT, CMD_NONE, 1, C_("pager hint", "%s:back") },
};

static const struct hint form_hints[] = {
    { CMD_FORM_NEXT, CMD_NONE, 2, C_("form hint", "%s next") },
    { CMD_FORM_PREV, CMD_NONE, 2, C_("form hint", "%s back") },
    { CMD_FORM_CHOICE, CMD_NONE, 1, C_("form hint", "%s: choice") },
    { CMD_FORM_SAVE, CMD_NONE, 1, C_("form hint", "%s: save") },
    { CMD_FORM_CANCEL, CMD_NONE, 1, C_("form hint", "%s: cancel") },
};

static const struct hint menu_hints[] = {
    { CMD_MENU_DOWN, CMD_MENU_UP, 1, C_("menu hint", "%s or arrows: choose") },
    { CMD_MENU_TAKE, CMD_NONE, 1, C_("menu hint", "%s: take") },
    { CMD_MENU_CANCEL, CMD_NONE, 1, C_("menu hint", "%s: cancel") },
};

/* Quit's hint where q does other than its set says (enum hint_quit). */
static const char *const quit_labels[HINT_QUIT_COUNT] = {
    [HINT_QUIT_FILTER] = C_("list hint", "%s:clear filter"),
    [HINT_QUIT_VIEW] = C_("list hint", "%s:close view"),
};
#undef C_

static const struct {
    enum keymap_ctx ctx;
    const struct hint *h;
    size_t n;
} hint_sets[HINTS_COUNT] = {
    [HINTS_LIST] = { KEYMAP_DESK, list_hints, sizeof list_hints / sizeof list_hints[0] },
    [HINTS_DETAIL] = { KEYMAP_DESK, detail_hints, sizeof detail_hints / sizeof detail_hints[0] },
    [HINTS_REPORT] = { KEYMAP_DESK, report_hints, sizeof report_hints / sizeof report_hints[0] },
    [HINTS_PAGER] = { KEYMAP_DESK, pager_hints, sizeof pager_hints / sizeof pager_hints[0] },
    [HINTS_FORM] = { KEYMAP_FORM, form_hints, sizeof form_hints / sizeof form_hints[0] },
    [HINTS_MENU] = { KEYMAP_MENU, menu_hints, sizeof menu_hints / sizeof menu_hints[0] },
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

enum cmd keymap_lookup(enum keymap_ctx ctx, int key, int *arg)
{
    size_t i;

    *arg = 0;
    live();
    for (i = 0; i < maps[ctx].n; i++) {
        const struct binding *b = &maps[ctx].b[i];
        if (b->key != key)
            continue;
        if (b->cmd == CMD_PANE && b->arg >= KIND_COUNT)
            return CMD_NONE;
        *arg = b->arg;
        return b->cmd;
    }
    return CMD_NONE;
}

const struct binding *keymap_table(enum keymap_ctx ctx, size_t *n)
{
    live();
    *n = maps[ctx].n;
    return maps[ctx].b;
}

/* The keys' names, with the context "key" for the catalogs ("Spatie");
 * C_ only joins them here, as for the hints above. */
#undef C_
#define C_(ctx, s) ctx "\004" s
static const struct {
    int key;
    const char *name;
} key_names[] = {
    { FN(KEY_DOWN), C_("key", "Down") },
    { FN(KEY_UP), C_("key", "Up") },
    { FN(KEY_NPAGE), C_("key", "PgDn") },
    { FN(KEY_PPAGE), C_("key", "PgUp") },
    { FN(KEY_HOME), C_("key", "Home") },
    { FN(KEY_END), C_("key", "End") },
    { FN(KEY_BTAB), C_("key", "Shift-Tab") },
    { FN(KEY_ENTER), C_("key", "Enter") },
    { FN(KEY_BACKSPACE), C_("key", "Backspace") },
    { FN(KEY_F(1)), C_("key", "F1") },
    { '\t', C_("key", "Tab") },
    { '\n', C_("key", "Enter") },
    { '\r', C_("key", "Return") },
    { 27, C_("key", "Esc") },
    { 127, C_("key", "Backspace") },
    { ' ', C_("key", "Space") },
    { FN(KEY_LEFT), C_("key", "Left") },
    { FN(KEY_RIGHT), C_("key", "Right") },
    { FN(KEY_DC), C_("key", "Delete") },
};
#undef C_
#define C_(ctx, s) i18n_pgettext(ctx "\004" s, s)

/* Shorter names where a hint has little room. */
static const struct {
    int key;
    const char *name;
} hint_names[] = {
    { FN(KEY_DOWN), "↓" }, { FN(KEY_UP), "↑" },
};

const char *keymap_key_name(int key, char *buf, size_t size)
{
    size_t i;
    mbstate_t ps;
    char mb[8];
    size_t len;

    for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
        if (key_names[i].key == key) {
            /* the name as the language calls the key ("Spatie") */
            const char *name = key_names[i].name;
            snprintf(buf, size, "%s", i18n_pgettext(name, strchr(name, '\004') + 1));
            return buf;
        }
    if (key >= FN(KEY_F(1)) && key <= FN(KEY_F(12))) {
        snprintf(buf, size, "F%d", (key & ~KEY_FN) - KEY_F0);
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

/* Other names a keys file may use. */
static const struct {
    const char *name;
    int key;
} key_aliases[] = {
    { "Escape", 27 },         { "PageDown", FN(KEY_NPAGE) }, { "PageUp", FN(KEY_PPAGE) },
    { "BTab", FN(KEY_BTAB) }, { "Del", FN(KEY_DC) },         { "BSpace", FN(KEY_BACKSPACE) },
};

/* A function key F1 to F12, Ctrl- with a letter; -1 when name is neither. */
static int special_key(const char *name)
{
    char *end;
    long n;

    if ((name[0] == 'F' || name[0] == 'f') && name[1] >= '1' && name[1] <= '9') {
        n = strtol(name + 1, &end, 10);
        return *end == '\0' && n >= 1 && n <= 12 ? FN(KEY_F((int)n)) : -1;
    }
    if (strncasecmp(name, "Ctrl-", 5) == 0 && name[5] != '\0' && name[6] == '\0' &&
        ((name[5] | 0x20) >= 'a' && (name[5] | 0x20) <= 'z'))
        return CTRL(name[5]);
    return -1;
}

int keymap_parse_key(const char *name)
{
    size_t i, len = strlen(name);
    mbstate_t ps;
    wchar_t wc;

    for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
        if (strcasecmp(strchr(key_names[i].name, '\004') + 1, name) == 0)
            return key_names[i].key;
    for (i = 0; i < sizeof key_aliases / sizeof key_aliases[0]; i++)
        if (strcasecmp(key_aliases[i].name, name) == 0)
            return key_aliases[i].key;
    if (special_key(name) >= 0)
        return special_key(name);
    memset(&ps, 0, sizeof ps);
    /* one printable character, as typed */
    if (len > 0 && mbrtowc(&wc, name, len, &ps) == len && wc > 32 && wc != 127)
        return (int)wc;
    return -1;
}

enum cmd keymap_parse_cmd(const char *name)
{
    int c;

    for (c = 1; c < CMD_COUNT; c++)
        if (strcmp(names[c], name) == 0)
            return (enum cmd)c;
    return CMD_NONE;
}

const char *keymap_cmd_name(enum cmd c)
{
    return (unsigned)c < CMD_COUNT ? names[c] : "";
}

const char *keymap_cmd_help(enum cmd c)
{
    return (unsigned)c < CMD_COUNT ? helps[c] : "";
}

/* Append the names of the first max keys of c in ctx, "/" between them. */
static void add_keys(struct buf *b, enum keymap_ctx ctx, enum cmd c, int max)
{
    size_t i, j;
    int done = 0;

    live();
    for (i = 0; i < maps[ctx].n && done < max; i++) {
        char name[16];
        const char *s;
        if (maps[ctx].b[i].cmd != c)
            continue;
        s = keymap_key_name(maps[ctx].b[i].key, name, sizeof name);
        for (j = 0; j < sizeof hint_names / sizeof hint_names[0]; j++)
            if (hint_names[j].key == maps[ctx].b[i].key)
                s = hint_names[j].name;
        buf_printf(b, "%s%s", b->len > 0 ? "/" : "", s);
        done++;
    }
}

char *keymap_keys_text(enum keymap_ctx ctx, enum cmd c)
{
    struct buf b = { 0 };

    add_keys(&b, ctx, c, 1);
    if (b.s == NULL)
        buf_printf(&b, "(%s)", keymap_cmd_name(c));
    return buf_take(&b);
}

char *keymap_fill(const char *fmt, ...)
{
    struct buf b = { 0 };
    const char *at = fmt, *pct;
    va_list ap;

    va_start(ap, fmt);
    buf_add(&b, "");
    while ((pct = strstr(at, "%s")) != NULL) {
        int ctx = va_arg(ap, int);
        char *keys;
        if (ctx < 0 || ctx >= KEYMAP_COUNT)
            break;
        keys = keymap_keys_text((enum keymap_ctx)ctx, (enum cmd)va_arg(ap, int));
        buf_addn(&b, at, (size_t)(pct - at));
        buf_add(&b, keys);
        free(keys);
        at = pct + 2;
    }
    va_end(ap);
    buf_add(&b, at);
    return buf_take(&b);
}

/* Append text with its %s replaced by what (the keys, a pane's name). */
static void fill(struct buf *b, const char *text, const char *what)
{
    const char *at = strstr(text, "%s");

    if (at == NULL) {
        buf_add(b, text);
        return;
    }
    buf_addn(b, text, (size_t)(at - text));
    buf_add(b, what);
    buf_add(b, at + 2);
}

char *keymap_help_text(enum cmd c, int arg)
{
    struct buf b = { 0 };

    if (c == CMD_PANE && arg >= 0 && arg < KIND_COUNT)
        fill(&b, _(keymap_cmd_help(c)), _(kind_get((enum kind_id)arg)->plural));
    else if (c == CMD_BULK)
        /* the keys ; applies, as bound */
        return keymap_fill(_(keymap_cmd_help(c)), KEYMAP_DESK, CMD_STATUS, KEYMAP_DESK,
                           CMD_ARCHIVE, KEYMAP_DESK, CMD_SAVE, KEYMAP_DESK, CMD_PRINT,
                           KEYMAP_DESK, CMD_NOTE, -1);
    else
        buf_add(&b, _(keymap_cmd_help(c)));
    return buf_take(&b);
}

/* The hints of a set joined by sep. */
static char *join_hints(enum hint_set set, const char *sep, enum hint_quit quit, size_t skip)
{
    struct buf line = { 0 };
    size_t i, n = hint_sets[set].n;

    buf_add(&line, "");
    for (i = 0; i < n; i++) {
        const struct hint *h = &hint_sets[set].h[i];
        const char *label = h->cmd == CMD_QUIT && quit_labels[quit] ? quit_labels[quit] : h->label;
        struct buf keys = { 0 };
        if (i + 1 < n && i + 1 + skip >= n)
            continue; /* left out to make room: the hints before the last */
        add_keys(&keys, hint_sets[set].ctx, h->cmd, h->nkeys);
        if (h->also != CMD_NONE)
            add_keys(&keys, hint_sets[set].ctx, h->also, 1);
        buf_add(&line, line.len > 0 ? sep : "");
        fill(&line, i18n_pgettext(label, strchr(label, '\004') + 1),
             keys.s != NULL ? keys.s : "");
        buf_fini(&keys);
    }
    return buf_take(&line);
}

char *keymap_hint_line(enum hint_set set, size_t width, enum hint_quit quit)
{
    char *line = join_hints(set, "  ", quit, 0);
    size_t skip;

    /* one space between hints, then fewer hints (those before the last:
     * the way out is always told), until the line fits */
    for (skip = 0; text_width(line) > width && skip < hint_sets[set].n; skip++) {
        free(line);
        line = join_hints(set, " ", quit, skip);
    }
    return line;
}
