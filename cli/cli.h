#ifndef IRDESK_CLI_CLI_H
#define IRDESK_CLI_CLI_H

#include <stddef.h>

struct config;

/* What the command line asked for. */
struct cli_opts {
    const struct config *cfg; /* the configuration file's settings */
    const char *out, *days;   /* report: -o FILE, --days N */
    int print;                /* report: --print */
    const char *format, *dialect, *encoding; /* export, import */
    int history, dry_run, yes;
    int allow_duplicates;     /* import */
    int follow;               /* -o, backup: --follow-symlinks */
    int empty;                /* init: --empty */
    const char *db;
    const char *lang;
    int readonly;
    int help, version;
    const char *completion;   /* --completion bash|zsh */
    int argc;          /* the command and its arguments (options removed) */
    char **argv;
    const char *status, *search, *note;
    /* decide: a decision's text, English, date, source, body; or the date it
     * was carried out (and which decision) */
    const char *text, *text_en, *date, *source, *body, *carried_out, *decision;
    int archived;
    unsigned long given; /* bit i: option spelling i of the table was given */
    const char *view;    /* list: --view NAME */
    const char *from;    /* agenda: --from DATE */
};

/* Before anything is said: SIGXFSZ ignored (a write past a file size
 * limit fails with EFBIG, and is said), the language (--lang, else the
 * configuration's), then *cfg loaded with its *warnings (caller frees
 * both: config_fini, free). */
void cli_start(int argc, char **argv, struct config *cfg, char **warnings);

/* Parse argv into *o (o->argv is allocated; cli_opts_fini frees it), and
 * check that the desk (no command) was given only the desk's options.
 * Returns 0, or 2 after printing a usage error. */
int cli_parse(int argc, char **argv, struct cli_opts *o);
void cli_opts_fini(struct cli_opts *o);

/* 1 when o asks for the desk: no command, no --help, --version or
 * --completion. */
int cli_is_desk(const struct cli_opts *o);
/* Start the desk (tui_run) on the database o names; warnings (may be NULL)
 * are shown first.  A database is created only at the default path (and
 * said so), or at an explicit path after the user says yes.  The exit code. */
int cli_desk(const struct cli_opts *o, const char *warnings);

/* Print the usage text, generated from the subcommand table, to stdout. */
void cli_usage(void);

/* Answer --help, --version or the subcommand in o, checked against the
 * table before the database opens: the exit code, 0 ok, 1 the request
 * failed, 2 usage. */
int cli_run(const struct cli_opts *o);

/* Flush and close stdout: output that could not be written is said, and
 * turns an exit code of 0 into 1.  Returns the exit code. */
int cli_finish(int rc);

/* The number of subcommands in the table. */
size_t cli_command_count(void);

/* Subcommand i's words ("list", "report dossier"): static. */
const char *cli_command_word(size_t i);

/* Subcommand i's synopsis without "irdesk [OPTIONS] ", on one line:
 * "list KIND [--status S] [--search TEXT] [--archived]".  Caller frees. */
char *cli_command_usage(size_t i);

/* Subcommand i's option spellings, the desk's and --help included, one
 * space apart: "--db --lang --read-only --status ...".  Caller frees. */
char *cli_command_options(size_t i);

/* The spellings of the options that take a value, "--db|--lang|...".
 * Caller frees. */
char *cli_value_options(void);

/* The shape of subcommand i's argument at pos: 'k' a KIND, 'K' a KIND or
 * "all", 'f' a file, 0 anything else or none. */
char cli_command_arg(size_t i, size_t pos);

/* Print the completion script for shell ("bash" or "zsh"), generated from
 * the subcommand table (cli/complete.c): 0, or 2 for another shell. */
int cli_completion(const char *shell);

/* The desk's synopsis, "[--db FILE] [--lang nl|en] [--read-only]".
 * Caller frees. */
char *cli_desk_usage(void);

#endif
