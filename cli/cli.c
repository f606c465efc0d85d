#include "cli/cli.h"

#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "cli/pager.h"
#include "core/app.h"
#include "core/config.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "model/kind.h"

#ifndef IRDESK_VERSION
#define IRDESK_VERSION "0.1"
#endif

/* The options a command may take: one bit each (an option's spellings
 * share it).  The global ones go with every command and with the desk. */
enum {
    OPT_DB = 1u << 0, OPT_LANG = 1u << 1, OPT_READONLY = 1u << 2, OPT_HELP = 1u << 3,
    OPT_VERSION = 1u << 4, OPT_STATUS = 1u << 5, OPT_SEARCH = 1u << 6, OPT_ARCHIVED = 1u << 7,
    OPT_NOTE = 1u << 8, OPT_DAYS = 1u << 9, OPT_FORMAT = 1u << 10, OPT_DIALECT = 1u << 11,
    OPT_HISTORY = 1u << 12, OPT_OUT = 1u << 13, OPT_PRINT = 1u << 14, OPT_FOLLOW = 1u << 15,
    OPT_ENCODING = 1u << 16, OPT_DRY_RUN = 1u << 17, OPT_YES = 1u << 18,
    OPT_EMPTY = 1u << 19, OPT_ALLOW_DUPLICATES = 1u << 20, OPT_COMPLETION = 1u << 21,
    OPT_VIEW = 1u << 22, OPT_REPORT_FORMAT = 1u << 23,
    /* decide */
    OPT_TEXT = 1u << 24, OPT_TEXT_EN = 1u << 25, OPT_DATE = 1u << 26, OPT_SOURCE = 1u << 27,
    OPT_BODY = 1u << 28, OPT_CARRIED_OUT = 1u << 29, OPT_DECISION = 1u << 30,
    OPT_DECIDE = OPT_TEXT | OPT_TEXT_EN | OPT_DATE | OPT_SOURCE | OPT_BODY | OPT_CARRIED_OUT |
                 OPT_DECISION | OPT_STATUS,
    OPT_DESK = OPT_DB | OPT_LANG | OPT_READONLY,
    OPT_GLOBAL = OPT_DESK | OPT_HELP | OPT_VERSION | OPT_COMPLETION,
    OPT_REPORT = OPT_REPORT_FORMAT | OPT_OUT | OPT_PRINT | OPT_FOLLOW
};
/* past an int's bits (an enumerator must fit an int): the agenda's */
#define OPT_FROM (UINT64_C(1) << 31)
#define OPT_ICS (UINT64_C(1) << 32)

/* The options, once: spelling, bit, its value in the usage (NULL: a flag
 * without value), where it goes, and the option it is an alternative to
 * in the usage ("[-o FILE | --print]"). */
struct opt {
    const char *name;
    uint64_t bit;
    const char *value;
    size_t str_off;  /* offset of a const char * in cli_opts, or 0 */
    size_t flag_off; /* offset of an int flag, or 0 */
    uint64_t or_bit;
    const char *help; /* msgid: what it does, for `irdesk help COMMAND` */
};

#define STR(m) offsetof(struct cli_opts, m), 0
#define FLAG(m) 0, offsetof(struct cli_opts, m)

static const struct opt opts[] = {
    { "--db", OPT_DB, N_("FILE"), STR(db), 0,
      N_("the database (default: $IRDESK_DB, the configuration's, else the XDG one)") },
    { "--lang", OPT_LANG, "nl|en", STR(lang), 0,
      N_("the language of the messages and of what is printed") },
    { "--read-only", OPT_READONLY, NULL, FLAG(readonly), 0, N_("open the database read-only") },
    { "--status", OPT_STATUS, "S", STR(status), 0,
      N_("only the records with this status (its code or its label)") },
    { "--search", OPT_SEARCH, N_("TEXT"), STR(search), 0,
      N_("only the records holding these words (accents and case ignored)") },
    { "--archived", OPT_ARCHIVED, NULL, FLAG(archived), 0,
      N_("the archived records too, marked as such") },
    { "--view", OPT_VIEW, N_("NAME"), STR(view), 0,
      N_("the records a saved view shows, in its order and columns") },
    { "--note", OPT_NOTE, N_("TEXT"), STR(note), 0, N_("a note kept with the change in the history") },
    { "--days", OPT_DAYS, "N", STR(days), 0,
      N_("what falls due within this many days (default 30)") },
    { "--format", OPT_FORMAT, "csv|json", STR(format), 0, N_("CSV (one kind) or JSON") },
    { "--format", OPT_ICS, "ics", STR(format), 0, N_("iCalendar (RFC 5545)") },
    { "--from", OPT_FROM, N_("DATE"), STR(from), 0, N_("the first day (YYYY-MM-DD; default: today)") },
    /* the same spelling with other values: a report's format */
    { "--format", OPT_REPORT_FORMAT, "pdf|txt", STR(format), 0,
      N_("PDF or plain text (default: the extension of -o's FILE, else text)") },
    { "--dialect", OPT_DIALECT, "excel-be", STR(dialect), 0,
      N_("CSV for Excel in Belgium: semicolons, CP1252") },
    { "--history", OPT_HISTORY, NULL, FLAG(history), 0,
      N_("each record's history too (JSON only)") },
    { "-o", OPT_OUT, N_("FILE"), STR(out), OPT_PRINT, N_("write to FILE instead of standard output") },
    { "--output", OPT_OUT, N_("FILE"), STR(out), OPT_PRINT,
      N_("write to FILE instead of standard output") },
    { "--print", OPT_PRINT, NULL, FLAG(print), 0,
      N_("send the pages to the printer (print_command)") },
    { "--follow-symlinks", OPT_FOLLOW, NULL, FLAG(follow), 0,
      N_("write through a symbolic link where FILE is one") },
    { "--encoding", OPT_ENCODING, N_("CHARSET"), STR(encoding), 0,
      N_("the file's character set (default: UTF-8, else told)") },
    { "--dry-run", OPT_DRY_RUN, NULL, FLAG(dry_run), 0,
      N_("show what would change and write nothing") },
    { "--allow-duplicates", OPT_ALLOW_DUPLICATES, NULL, FLAG(allow_duplicates), 0,
      N_("add a record whose name exists already") },
    { "--yes", OPT_YES, NULL, FLAG(yes), 0,
      N_("do not ask first (restore: before replacing the database; erase: before erasing)") },
    { "--empty", OPT_EMPTY, NULL, FLAG(empty), 0, N_("create it without Ghent's portfolio") },
    { "--text", OPT_TEXT, N_("TEXT"), STR(text), 0, N_("the decision as written (Dutch)") },
    { "--text-en", OPT_TEXT_EN, N_("TEXT"), STR(text_en), 0,
      N_("the decision in English, where a document gives it") },
    { "--date", OPT_DATE, N_("DATE"), STR(date), 0, N_("the date of the decision") },
    { "--body", OPT_BODY, N_("BODY"), STR(body), 0, N_("the deciding body or document") },
    { "--carried-out", OPT_CARRIED_OUT, N_("DATE"), STR(carried_out), 0,
      N_("mark the decision carried out on DATE") },
    { "--decision", OPT_DECISION, "N", STR(decision), 0,
      N_("which decision of the log (default: the current one)") },
    { "--source", OPT_SOURCE, N_("SOURCE"), STR(source), 0,
      N_("the document that reports it (for example \"Beleidsnota 2020, Bijlage 3\")") },
    { "--help", OPT_HELP, NULL, FLAG(help), 0, N_("this help") },
    { "-h", OPT_HELP, NULL, FLAG(help), 0, N_("this help") },
    { "--version", OPT_VERSION, NULL, FLAG(version), 0, N_("the version") },
    { "--completion", OPT_COMPLETION, "bash|zsh", STR(completion), 0,
      N_("print the shell's completion script") },
};

#define NOPTS (sizeof opts / sizeof opts[0])

/* The shapes of arguments, and how the usage writes them. */
enum arg { ARG_NONE, ARG_KIND, ARG_KIND_ALL, ARG_ID, ARG_REF, ARG_STATUS, ARG_FILE, ARG_FILE_OPT,
           ARG_FROM, ARG_TO, ARG_TEXT, ARG_KIND2, ARG_ID2, ARG_TYPE_OPT, ARG_WHICH, ARG_ID_OPT,
           ARG_COUNT };

static const struct {
    const char *usage;
    int optional;
} arg_traits[] = {
    [ARG_NONE] = { "", 0 },          [ARG_KIND] = { N_("KIND"), 0 },
    [ARG_KIND_ALL] = { N_("KIND|all"), 0 }, [ARG_ID] = { N_("ID"), 0 },
    [ARG_REF] = { N_("ID|NAME"), 0 },    [ARG_STATUS] = { N_("NEW_STATUS"), 0 },
    [ARG_FILE] = { N_("FILE"), 0 },      [ARG_FILE_OPT] = { N_("[FILE]"), 1 },
    [ARG_FROM] = { N_("FROM"), 0 },      [ARG_TO] = { N_("TO"), 0 },
    [ARG_TEXT] = { N_("TEXT"), 0 },      [ARG_KIND2] = { N_("KIND"), 0 },
    [ARG_ID2] = { N_("ID"), 0 },         [ARG_TYPE_OPT] = { N_("[TYPE]"), 1 },
    [ARG_WHICH] = { N_("NAME|N"), 0 },
    [ARG_ID_OPT] = { N_("[ID]"), 1 },
};

enum { MAX_ARGS = 5 };

/* L10N: the placeholders of the usage (KIND, FILE, FROM, TO…) are
 * translated as the help's sentences name them: "SOORT is …" */
#define OPTIONS_WORD _("[OPTIONS]")

/* Whether a command opens the database: always, or not when its optional
 * FILE is given (`check FILE` reads that file alone). */
enum need_db { DB_ALWAYS, DB_UNLESS_FILE, DB_NEVER };

/* The subcommands, once: dispatch, argument and option checks, the usage
 * lines, --help and the man page's synopsis test all come from here. */
struct command {
    const char *word;         /* "list"; two words for a group: "report list" */
    enum arg args[MAX_ARGS];  /* the arguments' shape, ARG_NONE after the last */
    uint64_t opts;            /* the options it takes besides OPT_GLOBAL */
    uint64_t required;        /* those of opts written without [ ] */
    enum need_db db;
    cmd_check_fn check;       /* option values, before the database opens */
    cmd_fn run;
    const char *help;         /* msgid: what it does */
    int paged;                /* long output: through $PAGER on a terminal */
};

static const struct command commands[] = {
    { .word = "list", .args = { ARG_KIND },
      .opts = OPT_STATUS | OPT_SEARCH | OPT_ARCHIVED | OPT_VIEW, .db = DB_ALWAYS,
      .check = cmd_list_check, .run = cmd_list, .help = N_("List the records of a kind, in the order of the desk.") },
    { .word = "views", .db = DB_ALWAYS, .run = cmd_views,
      .help = N_("List the saved views: the shared ones and your own.") },
    { .word = "search", .args = { ARG_TEXT }, .db = DB_ALWAYS, .run = cmd_search,
      .paged = 1,
      .help = N_("Search every kind, the notes and the history; accents and case ignored.") },
    { .word = "show", .args = { ARG_KIND, ARG_REF }, .db = DB_ALWAYS, .run = cmd_show,
      .paged = 1, .help = N_("Show one record whole: its fields, links and latest history.") },
    { .word = "status", .args = { ARG_KIND, ARG_ID, ARG_STATUS }, .opts = OPT_NOTE,
      .db = DB_ALWAYS, .run = cmd_status,
      .help = N_("Move a record to a new status, as its workflow allows.") },
    { .word = "history", .args = { ARG_KIND, ARG_ID }, .db = DB_ALWAYS, .run = cmd_history,
      .paged = 1, .help = N_("Show a record's history, times in local time.") },
    { .word = "decide", .args = { ARG_KIND, ARG_ID }, .opts = OPT_DECIDE, .db = DB_ALWAYS,
      .check = cmd_decide_check, .run = cmd_decide,
      .help = N_("Record a decision on a partnership or agreement, or that one was carried "
                 "out.") },
    { .word = "report dossier", .args = { ARG_KIND, ARG_REF }, .opts = OPT_REPORT,
      .db = DB_ALWAYS, .check = cmd_report_check, .run = cmd_report_dossier,
      .paged = 1, .help = N_("The dossier of one record, for a meeting.") },
    { .word = "report list", .args = { ARG_KIND },
      .opts = OPT_STATUS | OPT_SEARCH | OPT_ARCHIVED | OPT_REPORT, .db = DB_ALWAYS,
      .check = cmd_report_check, .run = cmd_report_list,
      .paged = 1, .help = N_("A list of records as a report, with page headers.") },
    { .word = "report portfolio", .opts = OPT_DAYS | OPT_REPORT, .db = DB_ALWAYS,
      .check = cmd_report_check, .run = cmd_report_portfolio,
      .paged = 1, .help = N_("The portfolio report: every kind, and what needs attention.") },
    { .word = "agenda", .opts = OPT_DAYS | OPT_FROM, .db = DB_ALWAYS, .check = cmd_agenda_check,
      .run = cmd_agenda, .help = N_("What falls due on the coming days, and the reminders.") },
    { .word = "export agenda", .opts = OPT_ICS | OPT_OUT | OPT_FOLLOW, .required = OPT_ICS,
      .db = DB_ALWAYS, .check = cmd_export_agenda_check, .run = cmd_export_agenda,
      .help = N_("Export the calendar's dated items as iCalendar (RFC 5545).") },
    { .word = "export", .args = { ARG_KIND_ALL, ARG_ID_OPT },
      .opts = OPT_FORMAT | OPT_DIALECT | OPT_HISTORY | OPT_OUT | OPT_FOLLOW,
      .required = OPT_FORMAT, .db = DB_ALWAYS, .check = cmd_export_check, .run = cmd_export,
      .help = N_("Export the records of a kind (or all) as CSV or JSON; with an ID, as JSON "
                 "everything held about that one record (a person's data for a GDPR "
                 "request).") },
    { .word = "erase", .args = { ARG_KIND, ARG_ID }, .opts = OPT_YES, .db = DB_ALWAYS,
      .run = cmd_erase,
      .help = N_("Erase a contact's personal data everywhere in the database (GDPR), leaving "
                 "a dated note that it was erased.") },
    { .word = "import", .args = { ARG_KIND_ALL, ARG_FILE },
      .opts = OPT_ENCODING | OPT_DRY_RUN | OPT_ALLOW_DUPLICATES, .db = DB_ALWAYS,
      .run = cmd_import, .help = N_("Import records from a CSV file (one kind) or a JSON export (KIND or all): all "
                                 "rows or none.") },
    { .word = "attach", .args = { ARG_KIND, ARG_ID, ARG_FILE }, .db = DB_ALWAYS, .run = cmd_attach,
      .help = N_("Attach a file to a record; a file of the same name is never replaced.") },
    { .word = "detach", .args = { ARG_KIND, ARG_ID, ARG_WHICH }, .db = DB_ALWAYS,
      .run = cmd_detach, .help = N_("Archive a file attached to a record (by name or number).") },
    { .word = "attachment get", .args = { ARG_KIND, ARG_ID, ARG_WHICH }, .opts = OPT_OUT | OPT_FOLLOW,
      .db = DB_ALWAYS, .run = cmd_attachment_get, .help = N_("Write an attached file out, byte for byte.") },
    { .word = "link", .args = { ARG_KIND, ARG_ID, ARG_KIND2, ARG_ID2, ARG_TYPE_OPT }, .db = DB_ALWAYS,
      .check = cmd_link_check, .run = cmd_link, .help = N_("Link two records, of any kinds.") },
    { .word = "unlink", .args = { ARG_KIND, ARG_ID, ARG_KIND2, ARG_ID2 }, .db = DB_ALWAYS,
      .check = cmd_link_check, .run = cmd_unlink, .help = N_("Remove the link between two records.") },
    { .word = "backup", .args = { ARG_FILE }, .opts = OPT_FOLLOW, .db = DB_ALWAYS,
      .run = cmd_backup, .help = N_("Write a standalone copy of the database to FILE.") },
    { .word = "restore", .args = { ARG_FILE }, .opts = OPT_YES, .db = DB_ALWAYS,
      .run = cmd_restore,
      .help = N_("Replace the database's contents with a backup, after checking it.") },
    { .word = "check", .args = { ARG_FILE_OPT }, .db = DB_UNLESS_FILE, .run = cmd_check,
      .help = N_("Check the database (or a backup FILE) for damage and broken rules.") },
    { .word = "init", .args = { ARG_FILE_OPT }, .opts = OPT_EMPTY, .db = DB_NEVER,
      .run = cmd_init, .help = N_("Create a database, with Ghent's portfolio unless --empty.") },
    { .word = "copy", .args = { ARG_FROM, ARG_TO }, .db = DB_NEVER, .run = cmd_copy,
      .help = N_("Copy a database to TO, which must be absent or empty.") },
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

/* Where the continuation lines of a long usage line start. */
enum { USAGE_INDENT = 18, USAGE_WIDTH = 79 };

/* The --lang value in argv, if any: read before parsing, so that parse
 * errors are already in the right language. */
static const char *find_lang(int argc, char **argv)
{
    int i;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return argv[i + 1];
        if (strncmp(argv[i], "--lang=", 7) == 0)
            return argv[i] + 7;
    }
    return NULL;
}

void cli_start(int argc, char **argv, struct config *cfg, char **warnings)
{
    const char *lang = find_lang(argc, argv);

    /* past a file size limit, write() says EFBIG and irdesk says so */
    signal(SIGXFSZ, SIG_IGN);
    config_defaults(cfg);
    config_load(cfg, NULL, NULL); /* its language comes before its messages */
    i18n_init(lang != NULL ? lang : (cfg->lang[0] != '\0' ? cfg->lang : NULL));
    config_fini(cfg);
    config_defaults(cfg);
    config_load(cfg, NULL, warnings);
}

int cli_finish(int rc)
{
    /* output that could not be written is a failure, said */
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        int err = cmd_stdout_errno() != 0 ? cmd_stdout_errno() : errno;
        fprintf(stderr, "irdesk: ");
        fprintf(stderr, _("Cannot write to standard output: %s."), strerror(err));
        fputc('\n', stderr);
        if (rc == 0)
            rc = 1;
    }
    return rc;
}

/* 1 when another option spelled like opts[j] is in 'allowed'. */
static int same_spelling_allowed(size_t j, uint64_t allowed)
{
    size_t k;

    for (k = 0; k < NOPTS; k++)
        if (k != j && (opts[k].bit & allowed) != 0 && strcmp(opts[k].name, opts[j].name) == 0)
            return 1;
    return 0;
}

/* Only options in 'allowed' were given: 0, else the usage error naming the
 * first other one (word: the command, NULL for the desk). */
static int check_opts(const struct cli_opts *o, uint64_t allowed, const char *word)
{
    size_t j;

    for (j = 0; j < NOPTS; j++) {
        if ((o->given & (1ul << j)) == 0 || (opts[j].bit & allowed) != 0 ||
            same_spelling_allowed(j, allowed))
            continue;
        if (word == NULL)
            return cmd_usage_error(_("option '%s' needs a command"), opts[j].name);
        return cmd_usage_error(_("option '%s' does not go with '%s'"), opts[j].name, word);
    }
    return 0;
}

/* The option spelled like a (up to '=', when there is one), or NULL. */
static const struct opt *opt_find(const char *a, const char *eq)
{
    size_t len = eq ? (size_t)(eq - a) : strlen(a), j;

    for (j = 0; j < NOPTS; j++)
        if (strlen(opts[j].name) == len && strncmp(a, opts[j].name, len) == 0)
            return &opts[j];
    return NULL;
}

int cli_parse(int argc, char **argv, struct cli_opts *o)
{
    int i;

    memset(o, 0, sizeof *o);
    o->argv = xcalloc((size_t)argc + 1, sizeof *o->argv);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *eq = NULL;
        const struct opt *op;
        if (strcmp(a, "--") == 0) {
            while (++i < argc)
                o->argv[o->argc++] = argv[i];
            break;
        }
        if (a[0] != '-' || a[1] == '\0') {
            o->argv[o->argc++] = argv[i];
            continue;
        }
        eq = strchr(a, '=');
        op = opt_find(a, eq);
        if (op == NULL)
            return cmd_usage_error(_("unknown option '%s'"), a);
        o->given |= 1ul << (op - opts);
        if (op->value != NULL) {
            const char *v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
            if (v == NULL)
                return cmd_usage_error(_("option '%s' needs a value"), op->name);
            *(const char **)((char *)o + op->str_off) = v;
        } else {
            if (eq != NULL)
                return cmd_usage_error(_("option '%s' takes no value"), op->name);
            *(int *)((char *)o + op->flag_off) = 1;
        }
    }
    if (o->db != NULL && o->db[0] == '\0')
        return cmd_usage_error("%s", _("--db needs a file name"));
    if (o->lang != NULL && strcmp(o->lang, "nl") != 0 && strcmp(o->lang, "en") != 0)
        return cmd_usage_error(_("unknown language '%s' (use nl or en)"), o->lang);
    return cli_is_desk(o) ? check_opts(o, OPT_GLOBAL, NULL) : 0;
}

void cli_opts_fini(struct cli_opts *o)
{
    free(o->argv);
    o->argv = NULL;
}

int cli_is_desk(const struct cli_opts *o)
{
    return o->argc == 0 && !o->help && !o->version && o->completion == NULL;
}

/* ---- the usage, from the tables ---------------------------------------- */

/* Append item to b after a space, first breaking the line when it would
 * pass width (0: never); *col is the column b ends in. */
static void usage_add(struct buf *b, size_t *col, size_t width, const char *item)
{
    size_t n = strlen(item);

    if (width > 0 && *col + 1 + n > width) {
        buf_printf(b, "\n%*s", USAGE_INDENT - 1, "");
        *col = USAGE_INDENT - 1;
    }
    if (b->len > 0) {
        buf_add(b, " ");
        (*col)++;
    }
    buf_add(b, item);
    *col += n;
}

/* The usage of the options in 'bits', in the table's order: "[-o FILE]",
 * "--format csv|json" when required, "[-o FILE | --print]" for
 * alternatives. */
static void usage_opts(struct buf *b, size_t *col, size_t width, uint64_t bits,
                       uint64_t required)
{
    size_t j;

    for (j = 0; j < NOPTS; j++) {
        const struct opt *p = &opts[j];
        const struct opt *alt = NULL;
        char item[96];
        int req = (p->bit & required) != 0;
        size_t k;
        if ((p->bit & bits) == 0)
            continue;
        bits &= ~p->bit; /* the first spelling stands for all */
        for (k = 0; p->or_bit != 0 && (bits & p->or_bit) != 0 && k < NOPTS; k++)
            if (opts[k].bit == p->or_bit && alt == NULL)
                alt = &opts[k];
        if (alt != NULL)
            bits &= ~alt->bit;
        snprintf(item, sizeof item, "%s%s%s%s%s%s%s%s", req ? "" : "[", p->name,
                 p->value ? " " : "", p->value ? _(p->value) : "", alt ? " | " : "",
                 alt ? alt->name : "", alt && alt->value ? " " : "",
                 alt && alt->value ? _(alt->value) : "");
        if (!req)
            strcat(item, "]");
        usage_add(b, col, width, item);
    }
}

/* A command's usage appended to b: its words, arguments and options. */
static void usage_command(struct buf *b, size_t *col, size_t width, const struct command *c)
{
    size_t i;

    usage_add(b, col, width, c->word);
    for (i = 0; i < MAX_ARGS && c->args[i] != ARG_NONE; i++)
        usage_add(b, col, width, _(arg_traits[c->args[i]].usage));
    usage_opts(b, col, width, c->opts, c->required);
}

size_t cli_command_count(void)
{
    return NCOMMANDS;
}

const char *cli_command_word(size_t i)
{
    return i < NCOMMANDS ? commands[i].word : NULL;
}

char *cli_command_usage(size_t i)
{
    struct buf b = { 0 };
    size_t col = 0;

    if (i < NCOMMANDS)
        usage_command(&b, &col, 0, &commands[i]);
    buf_add(&b, "");
    return buf_take(&b);
}

char *cli_command_options(size_t i)
{
    struct buf b = { 0 };
    size_t j;

    buf_add(&b, "");
    for (j = 0; i < NCOMMANDS && j < NOPTS; j++)
        if ((opts[j].bit & (commands[i].opts | OPT_DESK | OPT_HELP)) != 0)
            buf_printf(&b, "%s%s", b.len > 0 ? " " : "", opts[j].name);
    return buf_take(&b);
}

char *cli_value_options(void)
{
    struct buf b = { 0 };
    size_t j;

    buf_add(&b, "");
    for (j = 0; j < NOPTS; j++)
        if (opts[j].value != NULL)
            buf_printf(&b, "%s%s", b.len > 0 ? "|" : "", opts[j].name);
    return buf_take(&b);
}

char cli_command_arg(size_t i, size_t pos)
{
    static const char shape[ARG_COUNT] = { [ARG_KIND] = 'k', [ARG_KIND_ALL] = 'K',
                                           [ARG_FILE] = 'f', [ARG_FILE_OPT] = 'f',
                                           [ARG_FROM] = 'f', [ARG_TO] = 'f', [ARG_KIND2] = 'k' };

    if (i >= NCOMMANDS || pos >= MAX_ARGS)
        return 0;
    return shape[commands[i].args[pos]];
}

char *cli_desk_usage(void)
{
    struct buf b = { 0 };
    size_t col = 0;

    usage_opts(&b, &col, 0, OPT_DESK, 0);
    buf_add(&b, "");
    return buf_take(&b);
}

/* "a, b or c" (caller frees). */
static char *join_or(const char *const *words, size_t n)
{
    struct buf b = { 0 };
    size_t i;

    buf_add(&b, "");
    for (i = 0; i + 1 < n; i++)
        buf_printf(&b, i > 0 ? ", %s" : "%s", words[i]);
    if (n > 1) {
        char *head = buf_take(&b);
        /* L10N: the last two words of a list: "city, agreement, network or initiative" */
        buf_printf(&b, _("%s or %s"), head, words[n - 1]);
        free(head);
    } else if (n == 1) {
        buf_add(&b, words[0]);
    }
    return buf_take(&b);
}

/* The kinds' codes, "city, agreement, network or initiative" (caller frees). */
static char *kind_words(void)
{
    const char *words[KIND_COUNT];
    size_t i;

    for (i = 0; i < KIND_COUNT; i++)
        words[i] = kind_get((enum kind_id)i)->code;
    return join_or(words, KIND_COUNT);
}

/* s (ending with a line feed) printed with each line wrapped to 79
 * columns: the list of the kinds grows with them. */
static void print_wrapped(const char *s)
{
    char *body = xstrndup(s, strlen(s) - (*s != '\0' && s[strlen(s) - 1] == '\n'));
    size_t n = 0, i;
    char **lines = text_wrap(body, USAGE_WIDTH, &n);

    for (i = 0; i < n; i++)
        puts(lines[i]);
    text_lines_free(lines, n);
    free(body);
}

void cli_usage(void)
{
    char *desk = cli_desk_usage(), *kinds = kind_words(), *said;
    size_t i;

    fputs(_("Usage:\n"), stdout);
    printf("  irdesk %-46s %s\n", desk, _("start the desk"));
    for (i = 0; i < NCOMMANDS; i++) {
        struct buf b = { 0 };
        size_t col = 18;
        buf_printf(&b, "  irdesk %s", OPTIONS_WORD);
        usage_command(&b, &col, USAGE_WIDTH, &commands[i]);
        puts(b.s);
        buf_fini(&b);
    }
    /* L10N: a placeholder of the usage: the name of a command */
    printf("  irdesk help %s\n", _("[COMMAND]"));
    puts("  irdesk --help | --version | --completion bash|zsh\n");
    said = xasprintf(_("KIND is %s, in the singular or the plural, in English or in Dutch "
                       "(see irdesk(1)).\n"),
                     kinds);
    print_wrapped(said);
    free(said);
    fputs(_("\n"
            "Options:\n"
            "  --db FILE      the database (default: $IRDESK_DB, else\n"
            "                 $XDG_DATA_HOME/irdesk/irdesk.db)\n"
            "  --lang nl|en   language of the desk and of what it prints\n"
            "  --read-only    open the database read-only\n"
            "\n"
            "Exit status: 0 ok, 1 the request failed, 2 usage error.\n"),
          stdout);
    free(desk);
    free(kinds);
}

/* ---- dispatch ---------------------------------------------------------- */

/* The command o->argv names, with *nwords its words: 0, or the exit code
 * of a usage error. */
static int find_command(const struct cli_opts *o, const struct command **out, int *nwords)
{
    const char *group[NCOMMANDS];
    size_t i, n = 0;
    char *all;
    int rc;

    for (i = 0; i < NCOMMANDS; i++) {
        const char *w = commands[i].word, *sp = strchr(w, ' ');
        size_t len = sp ? (size_t)(sp - w) : strlen(w);
        if (strlen(o->argv[0]) != len || strncmp(o->argv[0], w, len) != 0)
            continue;
        *out = &commands[i];
        *nwords = sp ? 2 : 1;
        if (sp == NULL || (o->argc > 1 && strcmp(o->argv[1], sp + 1) == 0))
            return 0;
        group[n++] = sp + 1;
    }
    if (n == 0)
        return cmd_usage_error(_("unknown command '%s'"), o->argv[0]);
    all = join_or(group, n);
    if (o->argc < 2)
        rc = cmd_usage_error(_("'%s' needs %s"), o->argv[0], all);
    else
        rc = cmd_usage_error(_("unknown %s '%s' (use %s)"), o->argv[0], o->argv[1], all);
    free(all);
    return rc;
}

/* The KIND (or "all") in word: 0 with *k set, else the usage error. */
static int check_kind(const char *word, int all, const struct kind **k)
{
    char *kinds;

    *k = NULL;
    if (all && strcmp(word, "all") == 0)
        return 0;
    *k = kind_by_name(word);
    if (*k != NULL)
        return 0;
    kinds = kind_words();
    cmd_usage_error(_("unknown kind '%s' (use %s)"), word, kinds);
    free(kinds);
    return 2;
}

/* The arguments of c in call against its shape: 0, or the usage error. */
static int check_args(const struct command *c, struct cmd_call *call)
{
    int min = 0, max = 0, i, rc;
    long long id;
    char *usage;

    for (i = 0; i < MAX_ARGS && c->args[i] != ARG_NONE; i++, max++)
        min += !arg_traits[c->args[i]].optional;
    if (call->nargs == 0 && (c->opts & OPT_VIEW) && call->o->view != NULL)
        return 0; /* the view names the kind */
    if ((c->args[0] == ARG_KIND || c->args[0] == ARG_KIND_ALL) && call->nargs == 0)
        return cmd_usage_error(_("'%s' needs a KIND"), c->word);
    if (c->args[0] == ARG_KIND || c->args[0] == ARG_KIND_ALL) {
        rc = check_kind(call->args[0], c->args[0] == ARG_KIND_ALL, &call->kind);
        if (rc != 0)
            return rc;
    }
    if (call->nargs < min || call->nargs > max) {
        usage = cli_command_usage((size_t)(c - commands));
        rc = cmd_usage_error(_("usage: %s"), usage);
        free(usage);
        return rc;
    }
    for (i = 0; i < call->nargs; i++) {
        if (c->args[i] != ARG_ID && c->args[i] != ARG_ID_OPT)
            continue;
        rc = cmd_number(call->args[i], INT64_MAX, &id);
        if (rc == -1)
            return cmd_usage_error(_("'%s' is not a record number"), call->args[i]);
        if (rc == -2)
            return cmd_usage_error(_("record number '%s' is too large"), call->args[i]);
        call->id = id;
    }
    return 0;
}

/* "  NAME   help", the help wrapped to 79 columns beside the names. */
static void help_line(const char *names, const char *help)
{
    enum { NAMES = 24 };
    size_t n = 0, i;
    char **lines = text_wrap(help, USAGE_WIDTH - NAMES - 3, &n);

    if (text_width(names) > NAMES)
        printf("  %s\n", names);
    for (i = 0; i < n; i++)
        printf("  %-*s %s\n", NAMES, i == 0 && text_width(names) <= NAMES ? names : "",
               lines[i]);
    text_lines_free(lines, n);
}

/* The options in bits, one line each with their help: "  -o, --output FILE
 * ..." (the spellings of one option together). */
static void help_opts(uint64_t bits)
{
    size_t j, k;

    for (j = 0; j < NOPTS; j++) {
        struct buf names = { 0 };
        const char *value = NULL;
        if ((opts[j].bit & bits) == 0)
            continue;
        bits &= ~opts[j].bit;
        for (k = j; k < NOPTS; k++) {
            if (opts[k].bit != opts[j].bit)
                continue;
            buf_printf(&names, "%s%s", names.len > 0 ? ", " : "", opts[k].name);
            value = opts[k].value;
        }
        if (value != NULL)
            buf_printf(&names, " %s", _(value));
        help_line(names.s, _(opts[j].help));
        buf_fini(&names);
    }
}

/* The help of one command: its usage, what it does, its options. */
static void help_command(const struct command *c)
{
    struct buf b = { 0 };
    size_t col = 25, i;
    char *kinds;

    buf_add(&b, _("Usage:"));
    buf_printf(&b, " irdesk %s", OPTIONS_WORD);
    col = text_width(b.s);
    usage_command(&b, &col, USAGE_WIDTH, c);
    printf("%s\n\n", b.s);
    print_wrapped(_(c->help));
    buf_fini(&b);
    for (i = 0; i < MAX_ARGS; i++) {
        if (c->args[i] != ARG_KIND && c->args[i] != ARG_KIND_ALL)
            continue;
        char *said;
        kinds = kind_words();
        said = xasprintf(_("KIND is %s.\n"), kinds);
        print_wrapped(said);
        free(said);
        free(kinds);
    }
    if ((c->opts & ~OPT_GLOBAL) != 0) {
        printf("\n%s\n", _("Options:"));
        help_opts(c->opts);
    }
    printf("\n%s\n", _("Options of every command:"));
    help_opts(OPT_DESK);
}

/* `irdesk help WORDS` and `irdesk WORDS --help`: the help of the command
 * they name, or of every command of a group ("report").  0, or 2 after a
 * usage error. */
static int help_of(char **words, int n)
{
    struct cli_opts named = { 0 };
    const struct command *c = NULL;
    size_t i, shown = 0;
    int nwords = 0, rc;

    for (i = 0; n == 1 && i < NCOMMANDS; i++) {
        const char *w = commands[i].word, *sp = strchr(w, ' ');
        if ((sp != NULL && strlen(words[0]) == (size_t)(sp - w) &&
             strncmp(words[0], w, (size_t)(sp - w)) == 0) || strcmp(w, words[0]) == 0) {
            if (shown++ > 0)
                puts("");
            help_command(&commands[i]);
        }
    }
    if (shown > 0)
        return 0;
    named.argc = n;
    named.argv = words;
    if ((rc = find_command(&named, &c, &nwords)) != 0)
        return rc;
    help_command(c);
    return 0;
}

int cli_run(const struct cli_opts *o)
{
    struct app_opts ao = { o->db, o->readonly, 0, o->cfg };
    struct cmd_call call = { o, NULL, 0, NULL, 0, 30, NULL, 0 };
    const struct command *c = NULL;
    struct ird_err e = { 0 };
    struct app *a = NULL;
    struct pager pg = { -1, -1 };
    int rc, nwords = 0;

    if (o->completion != NULL)
        return cli_completion(o->completion);
    if (o->argc > 1 && strcmp(o->argv[0], "help") == 0)
        return help_of(o->argv + 1, o->argc - 1);
    if (o->help && o->argc > 0 && strcmp(o->argv[0], "help") != 0)
        return help_of(o->argv, o->argc);
    if (o->help || (o->argc > 0 && strcmp(o->argv[0], "help") == 0)) {
        cli_usage();
        return 0;
    }
    if (o->version) {
        puts("irdesk " IRDESK_VERSION);
        return 0;
    }
    if ((rc = find_command(o, &c, &nwords)) != 0 ||
        (rc = check_opts(o, c->opts | OPT_GLOBAL, c->word)) != 0)
        return rc;
    call.args = o->argv + nwords;
    call.nargs = o->argc - nwords;
    if ((rc = check_args(c, &call)) != 0 || (c->check != NULL && (rc = c->check(&call)) != 0))
        return rc;
    if ((c->db == DB_UNLESS_FILE && call.nargs > 0) || c->db == DB_NEVER)
        return c->run(NULL, &call);
    if (app_open_existing(&ao, &a, &e) < 0)
        return cmd_fail(&e);
    if (c->paged && o->out == NULL && !o->print)
        pager_start(&pg);
    rc = c->run(a, &call);
    pager_end(&pg);
    app_close(&a);
    return rc;
}
