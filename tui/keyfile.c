#include "tui/keyfile.h"

#include <curses.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/config.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "model/kind.h"
#include "tui/keymap.h"

/* The contexts by the names a keys file gives them. */
static const struct {
    const char *name;
    enum keymap_ctx ctx;
} contexts[] = {
    { "desk", KEYMAP_DESK },     { "form", KEYMAP_FORM }, { "lineedit", KEYMAP_EDIT },
    { "line-editor", KEYMAP_EDIT }, { "menu", KEYMAP_MENU },
};

/* Keys a terminal sends in more than one way: binding one binds them all. */
static const int twins[][3] = {
    { '\r', '\n', KEY_FN | KEY_ENTER },
    { 127, KEY_FN | KEY_BACKSPACE, 127 },
};

char *keyfile_path(void)
{
    char *cfg = config_path(), *slash = cfg != NULL ? strrchr(cfg, '/') : NULL, *path;

    /* beside the configuration file */
    if (slash == NULL) {
        free(cfg);
        return NULL;
    }
    *slash = '\0';
    path = xasprintf("%s/keys", cfg);
    free(cfg);
    return path;
}

static void warn(struct buf *w, const char *path, int line, const char *msg)
{
    char *shown_path = text_visible(path, 0), *shown_msg = text_visible(msg, 0);

    buf_printf(w, "%s:%d: %s\n", shown_path, line, shown_msg);
    free(shown_path);
    free(shown_msg);
}

/* The context named name; -1 when none. */
static int find_context(const char *name)
{
    size_t i;

    for (i = 0; i < sizeof contexts / sizeof contexts[0]; i++)
        if (strcmp(contexts[i].name, name) == 0)
            return (int)contexts[i].ctx;
    return -1;
}

/* Bind (c != CMD_NONE) or unbind key and its twins in ctx; -1 when an
 * unbind found none of them bound. */
static int apply(enum keymap_ctx ctx, int key, enum cmd c, int arg)
{
    size_t i, j;
    int found = -1;

    for (i = 0; i < sizeof twins / sizeof twins[0]; i++)
        for (j = 0; j < 3; j++)
            if (twins[i][j] == key) {
                for (j = 0; j < 3; j++) {
                    if (c != CMD_NONE)
                        keymap_bind(ctx, twins[i][j], c, arg);
                    else if (keymap_unbind(ctx, twins[i][j]) == 0)
                        found = 0;
                }
                return c != CMD_NONE ? 0 : found;
            }
    if (c != CMD_NONE) {
        keymap_bind(ctx, key, c, arg);
        return 0;
    }
    return keymap_unbind(ctx, key);
}

/* The number after a command that takes one (pane 2, menu-pick 3): 1 to
 * max, as a 0-based argument; -1 when missing or out of range. */
static int command_arg(const char *word, int max)
{
    char *end;
    long n;

    if (word == NULL)
        return -1;
    n = strtol(word, &end, 10);
    return *end == '\0' && n >= 1 && n <= max ? (int)n - 1 : -1;
}

/* One line split into words; the reason when it is refused (caller frees),
 * else NULL. */
static char *line_apply(char **w, int n)
{
    int ctx, key, arg = 0, bind;
    enum cmd c = CMD_NONE;

    bind = strcmp(w[0], "bind") == 0;
    if (!bind && strcmp(w[0], "unbind") != 0)
        return xasprintf(_("\"%s\" is neither bind nor unbind; the line is ignored."), w[0]);
    if (n < (bind ? 4 : 3) || n > (bind ? 5 : 3))
        return xstrdup(bind ? _("expected \"bind CONTEXT KEY COMMAND\"; the line is ignored.")
                            : _("expected \"unbind CONTEXT KEY\"; the line is ignored."));
    if ((ctx = find_context(w[1])) < 0)
        return xasprintf(_("unknown context \"%s\" (desk, form, lineedit, menu); the line is "
                           "ignored."),
                         w[1]);
    if ((key = keymap_parse_key(w[2])) < 0)
        return xasprintf(_("unknown key \"%s\"; the line is ignored."), w[2]);
    if (bind) {
        c = keymap_parse_cmd(w[3]);
        if (c == CMD_NONE || !keymap_allows((enum keymap_ctx)ctx, c))
            return xasprintf(_("\"%s\" is not a command of %s; the line is ignored."), w[3],
                             w[1]);
        if (c == CMD_PANE || c == CMD_MENU_PICK) {
            arg = command_arg(n > 4 ? w[4] : NULL, c == CMD_PANE ? KIND_COUNT : 9);
            if (arg < 0)
                return xasprintf(_("%s needs a number from 1 to %d; the line is ignored."), w[3],
                                 c == CMD_PANE ? KIND_COUNT : 9);
        } else if (n > 4) {
            return xasprintf(_("%s takes no number; the line is ignored."), w[3]);
        }
    }
    if (apply((enum keymap_ctx)ctx, key, c, arg) < 0)
        return xasprintf(_("the key \"%s\" is not bound in %s; the line is ignored."), w[2],
                         w[1]);
    return NULL;
}

void keyfile_parse(const char *text, size_t len, const char *path, char **warnings)
{
    struct buf w = { 0 };
    size_t at = 0;
    int no = 0;

    *warnings = NULL;
    while (at < len) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
        char *line = xstrndup(text + at, n), *words[6], *save = NULL, *tok, *why = NULL;
        int nw = 0;
        no++;
        at += n + (nl ? 1 : 0);
        if (strlen(line) != n || !text_valid_utf8(line, n)) {
            warn(&w, path, no, _("the line is not valid UTF-8; it is ignored."));
            free(line);
            continue;
        }
        /* a word from '#' on is a comment, except "#" as the key itself */
        for (tok = strtok_r(line, " \t\r", &save); tok != NULL;
             tok = strtok_r(NULL, " \t\r", &save)) {
            if (tok[0] == '#' && !(nw == 2 && tok[1] == '\0'))
                break;
            if (nw < 6)
                words[nw] = tok;
            nw++;
        }
        if (nw > 0)
            why = nw > 5 ? xstrdup(_("too many words; the line is ignored."))
                         : line_apply(words, nw);
        if (why != NULL)
            warn(&w, path, no, why);
        free(why);
        free(line);
    }
    if (w.len > 0)
        *warnings = buf_take(&w);
    buf_fini(&w);
}

void keyfile_load(const char *path, char **warnings)
{
    char *own = path == NULL ? keyfile_path() : NULL;
    struct buf text = { 0 };
    char chunk[4096];
    struct stat sb;
    FILE *f = NULL;
    size_t n;
    int fd;

    *warnings = NULL;
    if (path == NULL)
        path = own;
    fd = path != NULL ? open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) : -1;
    if (fd >= 0 && (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode))) {
        char *shown = text_visible(path, 0);
        *warnings = xasprintf(_("%s: not a regular file; the key bindings are not read.\n"),
                              shown);
        free(shown);
        close(fd);
        fd = -1;
    }
    if (fd >= 0 && (f = fdopen(fd, "r")) == NULL)
        close(fd);
    if (f != NULL) {
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && text.len < (1u << 20))
            buf_addn(&text, chunk, n);
        fclose(f);
        keyfile_parse(text.s != NULL ? text.s : "", text.len, path, warnings);
    }
    buf_fini(&text);
    free(own);
}
