#ifndef IRDESK_CLI_CLI_H
#define IRDESK_CLI_CLI_H

struct config;

/* What the command line asked for. */
struct cli_opts {
    const struct config *cfg; /* the configuration file's settings */
    const char *out, *days;   /* report: -o FILE, --days N */
    int print;                /* report: --print */
    const char *format, *dialect, *encoding; /* export, import */
    int history, dry_run, yes;
    int follow;               /* -o, backup: --follow-symlinks */
    const char *db;
    const char *lang;
    int readonly;
    int help, version;
    int argc;          /* the command and its arguments (options removed) */
    char **argv;
    const char *status, *search, *note;
    int archived;
};

/* Parse argv into *o (o->argv is allocated; cli_opts_fini frees it).
 * Returns 0, or 2 after printing a usage error. */
int cli_parse(int argc, char **argv, struct cli_opts *o);
void cli_opts_fini(struct cli_opts *o);

/* The --lang value in argv, if any (read before parsing, so that parse
 * errors are already in the right language). */
const char *cli_find_lang(int argc, char **argv);

/* Print the usage text to stdout. */
void cli_usage(void);

/* Run the subcommand in o (o->argc > 0) and return the exit code:
 * 0 ok, 1 the request failed, 2 usage. */
int cli_run(const struct cli_opts *o);

#endif
