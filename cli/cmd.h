#ifndef IRDESK_CLI_CMD_H
#define IRDESK_CLI_CMD_H

#include <stdint.h>

struct app;
struct cli_opts;
struct ird_err;
struct kind;

/* One subcommand's request, its words checked against the table in cli.c
 * before the database opens. */
struct cmd_call {
    const struct cli_opts *o;
    const struct kind *kind; /* the KIND argument; NULL for none or "all" */
    int64_t id;              /* the ID argument, when the command has one */
    char **args;             /* the words after the command's own */
    int nargs;
    int days;                /* report portfolio: --days, 30 by default */
    const struct kind *kind2; /* link, unlink: the second KIND and ID */
    int64_t id2;
};

/* A subcommand: its exit code (0 ok, 1 the request failed, said on stderr).
 * a is NULL for a command that needs no database. */
typedef int (*cmd_fn)(struct app *a, const struct cmd_call *c);

/* The checks of option values before anything opens: 0, or the exit code
 * of a usage error (printed). */
typedef int (*cmd_check_fn)(struct cmd_call *c);

/* The one way to the terminal of text that may hold record data, file
 * contents or what the user typed: control characters and escape sequences
 * shown as visible, harmless text (lib/text.h text_visible).
 * cmd_print: to stdout, line feeds and tabs kept. */
void cmd_print(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Why a cmd_print to stdout first failed (an errno), 0 when none did: the
 * reason the exit says, which later calls may have overwritten in errno. */
int cmd_stdout_errno(void);
/* "irdesk: <message>" on one line of stderr (its own line feeds shown). */
void cmd_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* cmd_warn of e's message; returns 1, the exit code of a failed request. */
int cmd_fail(const struct ird_err *e);

/* Print "irdesk: <message>", "Try 'irdesk --help'." to stderr; returns 2. */
int cmd_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* 1 when the answer read from standard input is y, Y, j or J (ja). */
int cmd_confirmed(void);

/* The most days --days takes (report, agenda): ten years. */
enum { CMD_DAYS_MAX = 3660 };

/* A whole number written in digits only (no sign, no space), from 1 to max:
 * 0 with *out set; -1 when word is no such number, -2 when it is above max
 * (or past what a long long holds: nothing is clamped). */
int cmd_number(const char *word, long long max, long long *out);

/* The subcommands (see the table in cli.c). */
int cmd_list(struct app *a, const struct cmd_call *c);
int cmd_show(struct app *a, const struct cmd_call *c);
int cmd_status(struct app *a, const struct cmd_call *c);
int cmd_history(struct app *a, const struct cmd_call *c);
int cmd_report_dossier(struct app *a, const struct cmd_call *c);
int cmd_report_list(struct app *a, const struct cmd_call *c);
int cmd_report_portfolio(struct app *a, const struct cmd_call *c);
int cmd_export(struct app *a, const struct cmd_call *c);
int cmd_import(struct app *a, const struct cmd_call *c);
int cmd_backup(struct app *a, const struct cmd_call *c);
int cmd_restore(struct app *a, const struct cmd_call *c);
int cmd_check(struct app *a, const struct cmd_call *c);
int cmd_init(struct app *a, const struct cmd_call *c);
int cmd_copy(struct app *a, const struct cmd_call *c);
/* cmd_find.c: the saved views, the search of everything */
int cmd_views(struct app *a, const struct cmd_call *c);
int cmd_search(struct app *a, const struct cmd_call *c);
struct query;
/* Set q from the view --view names (of c->kind, or its own kind): status,
 * sort, and its words unless --search gave some; cond holds what q points
 * at (4 * VIEWS_COND bytes); *columns gets its columns (NULL: all; caller
 * frees).  0, or -1 with *e filled. */
int cmd_view_query(struct app *a, const struct cmd_call *c, struct query *q, char *cond,
                   char **columns, struct ird_err *e);
int cmd_decide(struct app *a, const struct cmd_call *c);
/* cmd_agenda.c: the calendar, its iCal export; attached files; links */
int cmd_agenda(struct app *a, const struct cmd_call *c);
int cmd_export_agenda(struct app *a, const struct cmd_call *c);
int cmd_attach(struct app *a, const struct cmd_call *c);
int cmd_detach(struct app *a, const struct cmd_call *c);
int cmd_attachment_get(struct app *a, const struct cmd_call *c);
int cmd_link(struct app *a, const struct cmd_call *c);
int cmd_unlink(struct app *a, const struct cmd_call *c);
/* agenda: --days from 1 to 3660, --from a day (2 otherwise). */
int cmd_agenda_check(struct cmd_call *c);
/* export agenda: --format ics. */
int cmd_export_agenda_check(struct cmd_call *c);
/* link, unlink: the second KIND and ID. */
int cmd_link_check(struct cmd_call *c);
/* cmd_gdpr.c: the erasure of a person's data */
int cmd_erase(struct app *a, const struct cmd_call *c);

/* The option checks of the reports (-o or --print, --days) and of export
 * (--format, --dialect). */
int cmd_report_check(struct cmd_call *c);
/* list: its --status is one of the kind's (2 otherwise). */
int cmd_list_check(struct cmd_call *c);
int cmd_export_check(struct cmd_call *c);
/* decide: either --text, --date and --source (a new decision), or
 * --carried-out and --source (with --status, --decision). */
int cmd_decide_check(struct cmd_call *c);

#endif
