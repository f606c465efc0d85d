#include "core/config.h"

#include <fcntl.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"
#include "lib/text.h"
#include "lib/conv.h"
#include "core/views.h"
#include "i18n/i18n.h"
#include "model/kind.h"

enum ctype { C_LANG, C_STRING, C_CHARSET, C_INT, C_FORMAT, C_BOOL, C_DAYS };

/* print_format's values, in enum print_format's order. */
static const char *const formats[] = { "auto", "pdf", "text" };

/* Every key once: its type, where it goes, and its bounds. */
static const struct {
    const char *key;
    enum ctype type;
    size_t off;
    int min, max;
} keys[] = {
    { "language", C_LANG, offsetof(struct config, lang), 0, 0 },
    { "database", C_STRING, offsetof(struct config, database), 0, 0 },
    { "print_command", C_STRING, offsetof(struct config, print_command), 0, 0 },
    { "print_charset", C_CHARSET, offsetof(struct config, print_charset), 0, 0 },
    { "print_format", C_FORMAT, offsetof(struct config, print_format), 0, 0 },
    { "page_width", C_INT, offsetof(struct config, page_width), 40, 400 },
    { "page_length", C_INT, offsetof(struct config, page_length), 20, 1000 },
    { "evaluation_horizon", C_INT, offsetof(struct config, horizon), 1, 120 },
    { "contact_review", C_INT, offsetof(struct config, review), 1, 600 },
    { "contact_dormant", C_INT, offsetof(struct config, dormant), 1, 600 },
    { "mouse", C_BOOL, offsetof(struct config, mouse), 0, 1 },
    { "reminder_days", C_DAYS, offsetof(struct config, remind), 0, 3660 },
};

static int by_days_down(const void *a, const void *b)
{
    return *(const int *)b - *(const int *)a;
}

/* "90, 30, 7": the lead times of the reminders, each 0 to max days, at
 * most CONFIG_REMIND_MAX; the reason it is refused (caller frees), or NULL. */
static char *set_days(struct config *c, const char *val, int max)
{
    int days[CONFIG_REMIND_MAX];
    size_t n = 0;
    const char *p = val;
    int bad = 0;

    while (*p != '\0' && !bad) {
        char *end;
        long d;
        errno = 0;
        d = strtol(p, &end, 10);
        bad = end == p || errno != 0 || d < 0 || d > max || n == CONFIG_REMIND_MAX;
        if (bad)
            break;
        days[n++] = (int)d;
        p = end + strspn(end, " \t");
        if (*p == ',')
            p += 1 + strspn(p + 1, " \t");
        else
            bad = *p != '\0';
    }
    if (bad)
        return xasprintf(_("reminder_days takes up to %d numbers of days from 0 to %d, "
                           "separated by commas (90, 30, 7); the default is kept."),
                         CONFIG_REMIND_MAX, max);
    qsort(days, n, sizeof days[0], by_days_down);
    memcpy(c->remind, days, n * sizeof days[0]);
    c->nremind = n;
    return NULL;
}

/* The parts of the screen the desk colours (tui/screen.c's styles). */
static const char *const color_roles[] = {
    "bar", "tab", "error", "link", "header", "dim", NULL,
};

static const char *const color_names[CONFIG_COLORS] = {
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

/* A colour's number from its name ("default": -1); -2 when unknown. */
static short color_number(const char *name)
{
    short i;

    if (strcmp(name, "default") == 0)
        return CONFIG_COLOR_DEFAULT;
    for (i = 0; i < CONFIG_COLORS; i++)
        if (strcmp(color_names[i], name) == 0)
            return i;
    return -2;
}

/* 1 when role names a part of the screen or a status of some kind. */
static int color_role_ok(const char *role)
{
    int k, i;

    for (i = 0; color_roles[i] != NULL; i++)
        if (strcmp(color_roles[i], role) == 0)
            return 1;
    if (strncmp(role, "status.", 7) != 0)
        return 0;
    for (k = 0; k < KIND_COUNT; k++)
        if (kind_status(kind_get((enum kind_id)k), role + 7) != NULL)
            return 1;
    return 0;
}

/* "color.ROLE = FG [on BG] [bold]": the reason it is refused (caller
 * frees), or NULL when it was taken. */
static char *set_color(struct config *c, const char *role, const char *val)
{
    struct config_color cc = { .fg = CONFIG_COLOR_DEFAULT, .bg = CONFIG_COLOR_DEFAULT };
    char *copy = xstrdup(val), *save = NULL, *w, *msg = NULL;
    int at = 0;

    if (!color_role_ok(role) || strlen(role) >= sizeof cc.role) {
        msg = xasprintf(_("\"color.%s\" is not a part of the screen nor a status; it is "
                          "ignored."),
                        role);
        goto out;
    }
    snprintf(cc.role, sizeof cc.role, "%s", role);
    for (w = strtok_r(copy, " \t", &save); w != NULL && msg == NULL;
         w = strtok_r(NULL, " \t", &save), at++) {
        if (strcmp(w, "bold") == 0)
            cc.bold = 1;
        else if (strcmp(w, "on") == 0 && at > 0)
            at = 9; /* the next word is the background */
        else if ((at == 0 || at == 10) && color_number(w) >= -1)
            *(at == 0 ? &cc.fg : &cc.bg) = color_number(w);
        else
            msg = xasprintf(_("\"%s\" is not a colour (black, red, green, yellow, blue, "
                              "magenta, cyan, white, default); the default is kept."),
                            w);
    }
    if (msg == NULL && c->ncolors == CONFIG_COLOR_MAX)
        msg = xasprintf(_("more than %d colours are set; this one is ignored."),
                        CONFIG_COLOR_MAX);
    else if (msg == NULL)
        c->colors[c->ncolors++] = cc;
out:
    free(copy);
    return msg;
}

void config_defaults(struct config *c)
{
    memset(c, 0, sizeof *c);
    c->print_command = xstrdup("lp -o media=A4");
    c->print_charset = xstrdup("UTF-8");
    c->page_width = 80;
    c->page_length = 66;
    c->horizon = 12;
    c->remind[0] = 90;
    c->remind[1] = 30;
    c->remind[2] = 7;
    c->nremind = 3;
    c->review = 24;
    c->dormant = 24;
}

void config_fini(struct config *c)
{
    free(c->database);
    free(c->print_command);
    free(c->print_charset);
    free(c->views);
    memset(c, 0, sizeof *c);
}

char *config_path(void)
{
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

    if (xdg != NULL && *xdg == '/')
        return xasprintf("%s/irdesk/config", xdg);
    if (home != NULL && *home != '\0')
        return xasprintf("%s/.config/irdesk/config", home);
    return NULL;
}

/* One warning line; the path and the values it quotes from the file are
 * shown as visible text (they reach a terminal). */
static void warn(struct buf *w, const char *path, int line, const char *msg)
{
    char *shown_path, *shown_msg;

    if (w == NULL)
        return;
    shown_path = text_visible(path, 0);
    shown_msg = text_visible(msg, 0);
    buf_printf(w, "%s:%d: %s\n", shown_path, line, shown_msg);
    free(shown_path);
    free(shown_msg);
}

/* A personal view, "view.NAME = SPEC": kept when views_parse takes it;
 * else the warning (caller frees). */
static char *config_view(struct config *c, const char *name, const char *val)
{
    struct view_def v;
    struct ird_err e = { 0 };
    struct buf b = { 0 };

    if (*name == '\0' || strpbrk(name, " \t") != NULL)
        return xasprintf(_("a view's name (view.NAME) has no spaces; the line is ignored."));
    if (views_parse(name, val, &v, &e) < 0) {
        size_t len = strlen(e.msg);
        if (len > 0 && e.msg[len - 1] == '.')
            e.msg[len - 1] = '\0';
        return xasprintf(_("%s; the line is ignored."), e.msg);
    }
    view_def_fini(&v);
    buf_add(&b, c->views != NULL ? c->views : "");
    buf_printf(&b, "%s\t%s\n", name, val);
    free(c->views);
    c->views = buf_take(&b);
    return NULL;
}

/* Apply one "key = value" pair. */
static void set_key(struct config *c, const char *key, const char *val, const char *path,
                    int line, struct buf *w)
{
    size_t i;
    char *msg = NULL, *end;
    long n;

    if (strncmp(key, "view.", 5) == 0) {
        msg = config_view(c, key + 5, val);
        goto out;
    }
    for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(keys[i].key, key) == 0)
            break;
    if (strncmp(key, "color.", 6) == 0) {
        msg = set_color(c, key + 6, val);
        goto out;
    }
    if (i == sizeof keys / sizeof keys[0]) {
        msg = xasprintf(_("unknown key \"%s\"; it is ignored."), key);
        goto out;
    }
    switch (keys[i].type) {
    case C_LANG:
        if (strcmp(val, "nl") != 0 && strcmp(val, "en") != 0)
            msg = xasprintf(_("\"%s\" is not a language (nl or en); it is ignored."), val);
        else
            snprintf(c->lang, sizeof c->lang, "%s", val);
        break;
    case C_CHARSET:
    case C_STRING: {
        char **slot = (char **)((char *)c + keys[i].off);
        if (keys[i].type == C_CHARSET && !conv_charset_ok(val)) {
            msg = xasprintf(_("the character set \"%s\" is unknown; UTF-8 is used."), val);
            break;
        }
        if (*val == '\0') {
            msg = xasprintf(_("%s needs a value; the default is used."), key);
            break;
        }
        free(*slot);
        *slot = xstrdup(val);
        break;
    }
    case C_FORMAT: {
        size_t f;
        for (f = 0; f < sizeof formats / sizeof formats[0]; f++)
            if (strcmp(val, formats[f]) == 0)
                c->print_format = (enum print_format)f;
        if (f == sizeof formats / sizeof formats[0] && strcmp(val, formats[c->print_format]) != 0)
            msg = xasprintf(_("\"%s\" is not a print format (auto, pdf or text); it is ignored."),
                            val);
        break;
    }
    case C_BOOL: {
        int *slot = (int *)((char *)c + keys[i].off);
        if (strcmp(val, "yes") == 0 || strcmp(val, "no") == 0)
            *slot = strcmp(val, "yes") == 0;
        else
            msg = xasprintf(_("%s must be yes or no; it stays %s."), key,
                            *slot ? "yes" : "no");
        break;
    }
    case C_DAYS:
        msg = set_days(c, val, keys[i].max);
        break;
    case C_INT: {
        int *slot = (int *)((char *)c + keys[i].off);
        errno = 0;
        n = strtol(val, &end, 10);
        if (errno != 0 || end == val || *end != '\0' || n < keys[i].min || n > keys[i].max)
            msg = xasprintf(_("%s must be a whole number from %d to %d; the default %d is "
                              "used."),
                            key, keys[i].min, keys[i].max, *slot);
        else
            *slot = (int)n;
        break;
    }
    }
out:
    if (msg != NULL)
        warn(w, path, line, msg);
    free(msg);
}

void config_parse(struct config *c, const char *text, size_t len, const char *path,
                  char **warnings)
{
    struct buf w = { 0 };
    size_t at = 0;
    int no = 0;

    if (warnings != NULL)
        *warnings = NULL;
    while (at < len) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
        char *line, *hash, *eq, *key, *val;
        no++;
        line = xstrndup(text + at, n);
        at += n + (nl ? 1 : 0);
        if (n > 4000 || strlen(line) != n) {
            warn(warnings ? &w : NULL, path, no,
                 n > 4000 ? _("the line is too long; it is ignored.")
                          : _("the line is not valid UTF-8; it is ignored."));
            free(line);
            continue;
        }
        if (!text_valid_utf8(line, n)) {
            warn(warnings ? &w : NULL, path, no, _("the line is not valid UTF-8; it is ignored."));
            free(line);
            continue;
        }
        hash = strchr(line, '#');
        if (hash != NULL)
            *hash = '\0';
        key = text_trim(line);
        free(line);
        if (*key == '\0') {
            free(key);
            continue;
        }
        eq = strchr(key, '=');
        if (eq == NULL) {
            warn(warnings ? &w : NULL, path, no, _("expected \"key = value\"; the line is ignored."));
            free(key);
            continue;
        }
        *eq = '\0';
        {
            char *k = text_trim(key);
            val = text_trim(eq + 1);
            set_key(c, k, val, path, no, warnings ? &w : NULL);
            free(k);
            free(val);
        }
        free(key);
    }
    if (warnings != NULL && w.len > 0)
        *warnings = buf_take(&w);
    buf_fini(&w);
}

/* Read one file's settings into c, its warnings added to w (may be NULL);
 * a missing file is no error. */
static void load_file(struct config *c, const char *path, struct buf *w)
{
    struct buf text = { 0 };
    char chunk[4096], *said = NULL;
    size_t n;
    FILE *f = NULL;
    struct stat sb;
    int fd;

    /* O_NONBLOCK: a FIFO under the name does not hang the program */
    fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0 && (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode))) {
        if (w != NULL) {
            char *shown = text_visible(path, 0);
            buf_printf(w, _("%s: not a regular file; the configuration is not read.\n"), shown);
            free(shown);
        }
        close(fd);
        return;
    }
    if (fd >= 0)
        f = fdopen(fd, "r");
    if (f == NULL) {
        if (fd >= 0)
            close(fd);
        return;
    }
    /* a configuration file is small; more than a megabyte is not one */
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && text.len < (1u << 20))
        buf_addn(&text, chunk, n);
    fclose(f);
    config_parse(c, text.s ? text.s : "", text.len, path, w ? &said : NULL);
    if (said != NULL)
        buf_add(w, said);
    free(said);
    buf_fini(&text);
}

char *config_system_paths(void)
{
    const char *dirs = getenv("XDG_CONFIG_DIRS");
    struct buf b = { 0 };
    const char *p;

    if (dirs == NULL || *dirs == '\0')
        dirs = "/etc/xdg";
    buf_add(&b, "");
    /* the most important first, as the list has them; relative ones are
     * not part of the list (XDG base directory specification) */
    for (p = dirs; *p != '\0';) {
        size_t len = strcspn(p, ":");
        if (len > 0 && *p == '/')
            buf_printf(&b, "%.*s/irdesk/config\n", (int)len, p);
        p += len + (p[len] == ':');
    }
    return buf_take(&b);
}

void config_load(struct config *c, const char *path, char **warnings)
{
    struct buf w = { 0 };
    char *own, *sys;
    size_t n;

    if (warnings != NULL)
        *warnings = NULL;
    if (path != NULL) {
        load_file(c, path, warnings ? &w : NULL);
    } else {
        /* the system-wide files under the user's: the least important is
         * read first, so that each later one wins, the user's last */
        sys = config_system_paths();
        for (n = strlen(sys); n > 0;) {
            char *start;
            sys[--n] = '\0';
            start = strrchr(sys, '\n');
            load_file(c, start ? start + 1 : sys, warnings ? &w : NULL);
            n = start ? (size_t)(start - sys) + 1 : 0;
        }
        free(sys);
        own = config_path();
        if (own != NULL)
            load_file(c, own, warnings ? &w : NULL);
        free(own);
    }
    if (warnings != NULL && w.len > 0)
        *warnings = buf_take(&w);
    buf_fini(&w);
}
