#ifndef IRDESK_CORE_CONFIG_H
#define IRDESK_CORE_CONFIG_H

#include <stddef.h>

/* The colours of the terminal's eight, in curses' order; -1 the default;
 * at most CONFIG_COLOR_MAX colour settings. */
enum { CONFIG_COLOR_DEFAULT = -1, CONFIG_COLORS = 8, CONFIG_COLOR_MAX = 48 };

/* One "color.ROLE = FG [on BG] [bold]" setting: ROLE is a part of the
 * screen (bar, tab, error, link, header, dim: tui/screen.c's styles) or a status
 * ("status.active"). */
struct config_color {
    char role[48];
    short fg, bg; /* 0-7 (black red green yellow blue magenta cyan white), or -1 */
    int bold;
};

/* The configuration file: $XDG_CONFIG_HOME/irdesk/config, "key = value"
 * lines, '#' comments (irdesk(5)). */
struct config {
    char lang[8];        /* "nl", "en" or "" (not set) */
    char *database;      /* NULL: not set */
    char *print_command; /* the command pages are piped into */
    char *print_charset; /* iconv name of the printer's character set */
    int page_width;      /* cells per line */
    int page_length;     /* lines per page, header included */
    int horizon;         /* evaluation horizon, months */
    int mouse;           /* 1: the desk takes mouse clicks and the wheel */
    struct config_color colors[CONFIG_COLOR_MAX]; /* "color.ROLE = ..." lines, in order */
    size_t ncolors;
};

/* The defaults: lpr, UTF-8, 80 x 66, 12 months. */
void config_defaults(struct config *c);
void config_fini(struct config *c);

/* The configuration file's path (caller frees), or NULL without a home. */
char *config_path(void);

/* Apply the settings in text (len bytes, the file's contents; path names it
 * in warnings), as config_load does. */
void config_parse(struct config *c, const char *text, size_t len, const char *path,
                  char **warnings);

/* Read path (NULL: config_path()) into c; a missing file is no error.  A
 * bad line is reported in *warnings (translated, one line each with file
 * and line number; caller frees; NULL when all is well) and its default
 * stays.  warnings may be NULL to read quietly. */
void config_load(struct config *c, const char *path, char **warnings);

#endif
