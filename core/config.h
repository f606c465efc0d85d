#ifndef IRDESK_CORE_CONFIG_H
#define IRDESK_CORE_CONFIG_H

#include <stddef.h>

/* print_format: what the printer is sent (irdesk(5)). */
enum print_format { PRINT_AUTO, PRINT_PDF, PRINT_TEXT };

/* The configuration file: $XDG_CONFIG_HOME/irdesk/config, "key = value"
 * lines, '#' comments (irdesk(5)). */
struct config {
    char lang[8];        /* "nl", "en" or "" (not set) */
    char *database;      /* NULL: not set */
    char *print_command; /* the command pages are piped into */
    char *print_charset; /* iconv name of the printer's character set */
    enum print_format print_format;
    int page_width;      /* cells per line */
    int page_length;     /* lines per page, header included */
    int horizon;         /* evaluation horizon, months */
};

/* The defaults: lp -o media=A4, format auto, UTF-8, 80 x 66, 12 months. */
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
