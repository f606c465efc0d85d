#ifndef IRDESK_CORE_CONFIG_H
#define IRDESK_CORE_CONFIG_H

#include <stddef.h>

/* print_format: what the printer is sent (irdesk(5)). */
enum print_format { PRINT_AUTO, PRINT_PDF, PRINT_TEXT };

/* The colours of the terminal's eight, in curses' order; -1 the default;
 * at most CONFIG_COLOR_MAX colour settings. */
enum { CONFIG_COLOR_DEFAULT = -1, CONFIG_COLORS = 8, CONFIG_COLOR_MAX = 48 };

/* At most this many lead times of the reminders (reminder_days). */
enum { CONFIG_REMIND_MAX = 8 };

/* One "color.ROLE = FG [on BG] [bold]" setting: ROLE is a part of the
 * screen (bar, tab, error, link, header, dim: tui/screen.c's styles) or a status
 * ("status.active"). */
struct config_color {
    char role[48];
    short fg, bg; /* 0-7 (black red green yellow blue magenta cyan white), or -1 */
    int bold;
};

/* The configuration files: $XDG_CONFIG_DIRS/irdesk/config (default
 * /etc/xdg) under $XDG_CONFIG_HOME/irdesk/config, "key = value" lines, '#'
 * comments (irdesk(5)). */
struct config {
    char lang[8];        /* "nl", "en" or "" (not set) */
    char *database;      /* NULL: not set */
    char *print_command; /* the command pages are piped into */
    char *print_charset; /* iconv name of the printer's character set */
    enum print_format print_format;
    int page_width;      /* cells per line */
    int page_length;     /* lines per page, header included */
    int horizon;         /* evaluation horizon, months */
    int remind[CONFIG_REMIND_MAX]; /* reminder_days: days before a date, largest first */
    size_t nremind;
    int review;          /* months after a contact's period ends that it is
                            listed for review or erasure (GDPR) */
    int dormant;         /* months without a contact (a visit, a meeting) after
                            which a partnership or network needs attention */
    char *views;         /* personal views: "NAME\tSPEC\n" lines (view.NAME = SPEC) */
    int mouse;           /* 1: the desk takes mouse clicks and the wheel */
    struct config_color colors[CONFIG_COLOR_MAX]; /* "color.ROLE = ..." lines, in order */
    size_t ncolors;
};

/* The defaults: lp -o media=A4, format auto, UTF-8, 80 x 66, 12 months,
 * reminders 90, 30 and 7 days before. */
void config_defaults(struct config *c);
void config_fini(struct config *c);

/* The configuration file's path (caller frees), or NULL without a home. */
char *config_path(void);

/* Apply the settings in text (len bytes, the file's contents; path names it
 * in warnings), as config_load does. */
void config_parse(struct config *c, const char *text, size_t len, const char *path,
                  char **warnings);

/* The system-wide configuration files, one a line, the most important
 * first: irdesk/config in each directory of $XDG_CONFIG_DIRS (default
 * /etc/xdg).  Caller frees. */
char *config_system_paths(void);

/* Read path into c; NULL: the system-wide files (config_system_paths, the
 * least important first) and then the user's (config_path), each later one
 * winning.  A missing file is no error.  A
 * bad line is reported in *warnings (translated, one line each with file
 * and line number; caller frees; NULL when all is well) and its default
 * stays.  warnings may be NULL to read quietly. */
void config_load(struct config *c, const char *path, char **warnings);

#endif
