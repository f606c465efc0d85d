#include "cli/cli.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/app.h"
#include "core/backup.h"
#include "core/config.h"
#include "core/exchange.h"
#include "core/print.h"
#include "core/summary.h"
#include "core/desk.h"
#include "core/detail.h"
#include "lib/mem.h"
#include "core/outfile.h"
#include "model/record.h"
#include "lib/table.h"
#include "lib/text.h"
#include "core/validate.h"
#include "core/workflow.h"
#include "i18n/i18n.h"

#ifndef IRDESK_VERSION
#define IRDESK_VERSION "0.1"
#endif

enum { EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* The options, once: name, whether it takes a value, where it goes. */
struct opt {
    const char *name;
    int has_arg;
    size_t str_off;  /* offset of a const char * in cli_opts, or 0 */
    size_t flag_off; /* offset of an int flag, or 0 */
};

#define STR(m) offsetof(struct cli_opts, m), 0
#define FLAG(m) 0, offsetof(struct cli_opts, m)

static const struct opt opts[] = {
    { "--db", 1, STR(db) },           { "--lang", 1, STR(lang) },
    { "--status", 1, STR(status) },   { "--search", 1, STR(search) },
    { "--note", 1, STR(note) },       { "--read-only", 0, FLAG(readonly) },
    { "-o", 1, STR(out) },            { "--output", 1, STR(out) },
    { "--days", 1, STR(days) },       { "--print", 0, FLAG(print) },
    { "--format", 1, STR(format) },   { "--dialect", 1, STR(dialect) },
    { "--encoding", 1, STR(encoding) }, { "--history", 0, FLAG(history) },
    { "--dry-run", 0, FLAG(dry_run) }, { "--yes", 0, FLAG(yes) },
    { "--archived", 0, FLAG(archived) }, { "--help", 0, FLAG(help) },
    { "--follow-symlinks", 0, FLAG(follow) },
    { "-h", 0, FLAG(help) },          { "--version", 0, FLAG(version) },
};

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int usage_error(const char *fmt, ...)
{
    va_list ap;

    fputs("irdesk: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\n", stderr);
    fprintf(stderr, _("Try 'irdesk --help'.\n"));
    return EXIT_USAGE;
}

int cli_parse(int argc, char **argv, struct cli_opts *o)
{
    int i;
    size_t j;

    memset(o, 0, sizeof *o);
    o->argv = xcalloc((size_t)argc + 1, sizeof *o->argv);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *eq = NULL;
        const struct opt *op = NULL;
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
        for (j = 0; j < sizeof opts / sizeof opts[0]; j++) {
            size_t len = eq ? (size_t)(eq - a) : strlen(a);
            if (strlen(opts[j].name) == len && strncmp(a, opts[j].name, len) == 0)
                op = &opts[j];
        }
        if (op == NULL)
            return usage_error(_("unknown option '%s'"), a);
        if (op->has_arg) {
            const char *v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
            if (v == NULL)
                return usage_error(_("option '%s' needs a value"), op->name);
            *(const char **)((char *)o + op->str_off) = v;
        } else {
            if (eq != NULL)
                return usage_error(_("option '%s' takes no value"), op->name);
            *(int *)((char *)o + op->flag_off) = 1;
        }
    }
    if (o->lang != NULL && strcmp(o->lang, "nl") != 0 && strcmp(o->lang, "en") != 0)
        return usage_error(_("unknown language '%s' (use nl or en)"), o->lang);
    return 0;
}

const char *cli_find_lang(int argc, char **argv)
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

void cli_opts_fini(struct cli_opts *o)
{
    free(o->argv);
    o->argv = NULL;
}

void cli_usage(void)
{
    printf(_("Usage:\n"
             "  irdesk [--db FILE] [--lang nl|en] [--read-only]       start the desk\n"
             "  irdesk [OPTIONS] list KIND [--status S] [--search TEXT] [--archived]\n"
             "  irdesk [OPTIONS] show KIND ID|NAME\n"
             "  irdesk [OPTIONS] status KIND ID NEW_STATUS [--note TEXT]\n"
             "  irdesk [OPTIONS] history KIND ID\n"
             "  irdesk [OPTIONS] report dossier KIND ID|NAME [-o FILE | --print]\n"
             "  irdesk [OPTIONS] report list KIND [--status S] [--search T] [-o FILE | --print]\n"
             "  irdesk [OPTIONS] report portfolio [--days N] [-o FILE | --print]\n"
             "  irdesk [OPTIONS] export KIND|all --format csv|json [--dialect excel-be]\n"
             "                  [--history] [-o FILE]\n"
             "  irdesk [OPTIONS] import KIND FILE [--encoding ENC] [--dry-run]\n"
             "  irdesk [OPTIONS] backup FILE\n"
             "  irdesk [OPTIONS] restore FILE [--yes]\n"
             "  irdesk [OPTIONS] check\n"
             "  irdesk --help | --version\n"
             "\n"
             "KIND is city, agreement, network or initiative (also plurals, mou,\n"
             "stad, akkoord, netwerk, initiatief).\n"
             "\n"
             "Options:\n"
             "  --db FILE      the database (default: $IRDESK_DB, else\n"
             "                 $XDG_DATA_HOME/irdesk/irdesk.db)\n"
             "  --lang nl|en   language of the desk and of what it prints\n"
             "  --read-only    open the database read-only\n"
             "\n"
             "Exit status: 0 ok, 1 the request failed, 2 usage error.\n"));
}

/* The terminal's width, or 'otherwise' when output is not a terminal. */
static size_t out_width(size_t otherwise)
{
    struct winsize ws;

    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
        return ws.ws_col;
    return otherwise;
}

static int fail(const struct ird_err *e)
{
    fprintf(stderr, "irdesk: %s\n", e->msg);
    return EXIT_FAIL;
}

static const struct kind *need_kind(const char *word, int *rc)
{
    const struct kind *k = kind_by_name(word);

    if (k == NULL)
        *rc = usage_error(_("unknown kind '%s' (use city, agreement, network or initiative)"),
                          word ? word : "");
    return k;
}

static int need_id(const char *word, int64_t *id)
{
    char *end;
    long long v = strtoll(word, &end, 10);

    if (end == word || *end != '\0' || v < 1)
        return usage_error(_("'%s' is not a record number"), word);
    *id = v;
    return 0;
}

static int cmd_list(struct app *a, const struct cli_opts *o, const struct kind *k)
{
    struct query q = { k->id, NULL, o->search, -1, 0, o->archived };
    struct record **rs = NULL;
    struct table *t;
    struct ird_err e = { 0 };
    size_t n = 0;
    int rc = 0;
    char *text;

    if (o->status != NULL) {
        const struct choice *s = kind_status_parse(k, o->status);
        if (s == NULL) {
            char *all = kind_status_list(k);
            ird_fail(&e, IRD_INVALID, _("%s: \"%s\" is not a status. Statuses: %s."),
                     _(k->label), o->status, all);
            free(all);
            return fail(&e);
        }
        q.status = s->code;
    }
    if (o->search != NULL && validate_text(_("Search"), o->search, 0, 200, &e) < 0)
        return fail(&e);
    if (desk_list(a, &q, 0, -1, &rs, &n, &e) < 0)
        return fail(&e);
    t = record_table(k, rs, n, 40);
    text = table_render(t, out_width(0));
    fputs(text, stdout);
    free(text);
    table_free(&t);
    record_list_free(rs, n);
    return rc;
}

static int cmd_show(struct app *a, const struct cli_opts *o, const struct kind *k)
{
    struct ird_err e = { 0 };
    struct detail *d = NULL;
    int64_t id;
    char *text;

    if (desk_lookup(a, k->id, o->argv[2], &id, &e) < 0 ||
        detail_build(a, k->id, id, 10, &d, &e) < 0)
        return fail(&e);
    text = detail_render(d, out_width(80));
    fputs(text, stdout);
    free(text);
    detail_free(&d);
    return 0;
}

static int cmd_status(struct app *a, const struct cli_opts *o, const struct kind *k)
{
    struct ird_err e = { 0 };
    struct record *r = NULL;
    int64_t id;

    need_id(o->argv[2], &id); /* checked by cli_run */
    if (workflow_move(a, k->id, id, -1, o->argv[3], o->note, &e) < 0 ||
        desk_get(a, k->id, id, &r, &e) < 0)
        return fail(&e);
    printf(_("%s %lld · %s: status is now %s.\n"), _(k->label), (long long)id, record_title(r),
           kind_status_label(k, r->status));
    record_free(&r);
    return 0;
}

static int cmd_history(struct app *a, const struct cli_opts *o, const struct kind *k)
{
    struct ird_err e = { 0 };
    struct record *r = NULL;
    struct hist *h = NULL;
    struct table *t;
    size_t n = 0, i;
    int64_t id;
    char *text;

    need_id(o->argv[2], &id); /* checked by cli_run */
    if (desk_get(a, k->id, id, &r, &e) < 0 || desk_history(a, k->id, id, 0, -1, &h, &n, &e) < 0) {
        record_free(&r);
        return fail(&e);
    }
    printf("%s %lld · %s\n", _(k->label), (long long)id, record_title(r));
    t = table_new(3);
    table_column(t, 0, _("When"), 0, 0);
    table_column(t, 1, _("Who"), 16, 0);
    table_column(t, 2, _("What"), 0, 0);
    for (i = 0; i < n; i++) {
        char *what = desk_hist_text(k, &h[i]);
        const char *cells[3] = { h[i].at, h[i].user, what };
        table_add(t, cells);
        free(what);
    }
    text = table_render(t, 0);
    fputs(text, stdout);
    free(text);
    table_free(&t);
    hist_list_free(h, n);
    record_free(&r);
    return 0;
}

static const char *const report_usage =
    "report dossier KIND ID|NAME | report list KIND | report portfolio [--days N]";

/* Check a report's words before the database opens: 0, or the exit code. */
static int report_check(const struct cli_opts *o, const struct kind **k, int *days)
{
    char *end;
    long n;
    int rc = 0;

    *k = NULL;
    *days = 30;
    if (o->argc < 2)
        return usage_error(_("usage: %s"), report_usage);
    if (o->out != NULL && o->print)
        return usage_error("%s", _("choose -o FILE or --print, not both"));
    if (o->days != NULL) {
        n = strtol(o->days, &end, 10);
        if (end == o->days || *end != '\0' || n < 1 || n > 36500)
            return usage_error(_("--days needs a number of days from 1 to 36500, not '%s'"),
                               o->days);
        *days = (int)n;
    }
    if (strcmp(o->argv[1], "portfolio") == 0)
        return o->argc == 2 ? 0 : usage_error(_("usage: %s"), report_usage);
    if (strcmp(o->argv[1], "list") != 0 && strcmp(o->argv[1], "dossier") != 0)
        return usage_error(_("unknown report '%s' (use dossier, list or portfolio)"),
                           o->argv[1]);
    if (o->argc < 3)
        return usage_error(_("usage: %s"), report_usage);
    *k = need_kind(o->argv[2], &rc);
    if (*k == NULL)
        return rc;
    if (o->argc != (strcmp(o->argv[1], "list") == 0 ? 3 : 4))
        return usage_error(_("usage: %s"), report_usage);
    return 0;
}

/* The report's pages to standard output, a file, or the printer. */
static int cmd_report(struct app *a, const struct cli_opts *o, const struct kind *k, int days)
{
    struct ird_err e = { 0 };
    struct printout p;
    char *body = NULL, *title = NULL;
    int64_t id;
    int rc = 1;

    if (strcmp(o->argv[1], "portfolio") == 0) {
        body = summary_portfolio(a, days, &title, &e);
    } else if (strcmp(o->argv[1], "dossier") == 0) {
        if (desk_lookup(a, k->id, o->argv[3], &id, &e) == 0)
            body = summary_dossier(a, k->id, id, &title, &e);
    } else {
        struct query q = { k->id, NULL, o->search, -1, 0, o->archived };
        const struct choice *c = o->status ? kind_status_parse(k, o->status) : NULL;
        if (o->status != NULL && c == NULL) {
            char *all = kind_status_list(k);
            ird_fail(&e, IRD_INVALID, _("%s: \"%s\" is not a status. Statuses: %s."),
                     _(k->label), o->status, all);
            free(all);
        } else {
            q.status = c ? c->code : NULL;
            body = summary_list(a, &q, &title, &e);
        }
    }
    if (body == NULL)
        goto out;
    if (print_layout(a, title, body, o->print, &p, &e) < 0)
        goto out;
    if (o->print) {
        if (print_send(a, &p, &e) == 0) {
            printf(P_("Sent %d page to \"%s\".\n", "Sent %d pages to \"%s\".\n", p.pages),
                   p.pages, a->cfg.print_command);
            rc = 0;
        }
        if (p.lost > 0)
            fprintf(stderr,
                    P_("irdesk: %zu character had no exact form in %s and was transliterated.\n",
                       "irdesk: %zu characters had no exact form in %s and were "
                       "transliterated.\n",
                       p.lost),
                    p.lost, a->cfg.print_charset);
    } else {
        fflush(stdout);
        if (print_save(a, &p, o->out ? o->out : "-", o->follow ? OUTFILE_FOLLOW : 0, &e) == 0)
            rc = 0;
    }
    printout_fini(&p);
out:
    if (rc != 0 && e.msg[0] != '\0')
        fail(&e);
    free(body);
    free(title);
    return rc;
}

/* ---- export, import, backup, restore, check ---------------------------- */

static int cmd_export(struct app *a, const struct cli_opts *o, const struct kind *k)
{
    struct export_opts eo = { k ? (int)k->id : -1, EXPORT_CSV, 0, o->history };
    struct ird_err e = { 0 };
    char *data = NULL;
    size_t len = 0, lost = 0;
    int rc;

    eo.format = strcmp(o->format, "json") == 0 ? EXPORT_JSON : EXPORT_CSV;
    eo.excel_be = o->dialect != NULL;
    if (exchange_export(a, &eo, &data, &len, &lost, &e) < 0)
        return fail(&e);
    fflush(stdout);
    rc = app_write_file(a, o->out ? o->out : "-", data, len, o->follow ? OUTFILE_FOLLOW : 0, &e)
             == 0 ? 0 : fail(&e);
    if (rc == 0 && lost > 0)
        fprintf(stderr,
                P_("irdesk: %zu character had no form in CP1252 and was transliterated.\n",
                   "irdesk: %zu characters had no form in CP1252 and were transliterated.\n",
                   lost),
                lost);
    free(data);
    return rc;
}

static char *read_file(const char *path, size_t *len, struct ird_err *e)
{
    FILE *f = fopen(path, "rb");
    struct buf b = { 0 };
    char chunk[8192];
    size_t n;

    *len = 0;
    if (f == NULL) {
        ird_fail(e, IRD_IO, _("Cannot read %s."), path);
        return NULL;
    }
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_addn(&b, chunk, n);
    fclose(f);
    *len = b.len;
    return buf_take(&b);
}

static int cmd_import(struct app *a, const struct cli_opts *o, const struct kind *k)
{
    struct import_result res;
    struct ird_err e = { 0 };
    char *data, *report = NULL;
    size_t len;
    int rc;

    data = read_file(o->argv[2], &len, &e);
    if (data == NULL)
        return fail(&e);
    rc = exchange_import(a, k->id, data, len, o->encoding, o->dry_run, &res, &report, &e);
    free(data);
    if (rc < 0) {
        if (report != NULL)
            fputs(report, stderr);
        free(report);
        return fail(&e);
    }
    printf(o->dry_run ? _("Dry run: %ld would be added, %ld changed, %ld left as they are; "
                          "nothing was written.\n")
                      : _("Imported: %ld added, %ld changed, %ld left as they are.\n"),
           res.created, res.updated, res.unchanged);
    return 0;
}

static int cmd_backup(struct app *a, const struct cli_opts *o, const struct kind *k)
{
    struct ird_err e = { 0 };

    (void)k;
    if (backup_make(a, o->argv[1], o->follow ? OUTFILE_FOLLOW : 0, &e) < 0)
        return fail(&e);
    printf(_("Backup written to %s.\n"), o->argv[1]);
    return 0;
}

/* y, Y (yes) or j, J (ja) from a terminal. */
static int confirmed(void)
{
    char answer[16] = "";

    fflush(stdout);
    return fgets(answer, sizeof answer, stdin) != NULL &&
           strchr("yYjJ", answer[0]) != NULL && answer[0] != '\0';
}

static int cmd_restore(struct app *a, const struct cli_opts *o, const struct kind *k)
{
    struct ird_err e = { 0 };
    struct restore_plan plan;
    char *text;
    int rc = 1;

    (void)k;
    if (backup_plan(a, o->argv[1], &plan, &e) < 0)
        return fail(&e);
    text = backup_plan_text(&plan);
    printf(_("Restoring %s from %s:\n"), a->db_path, o->argv[1]);
    fputs(text, stdout);
    free(text);
    if (!o->yes && !isatty(STDIN_FILENO)) {
        ird_fail(&e, IRD_INVALID, _("Restoring replaces %s: confirm with --yes."), a->db_path);
        fail(&e);
    } else if (!o->yes && (printf("%s ", _("Replace everything? (y/n)")), !confirmed())) {
        puts(_("Nothing was changed."));
    } else if (backup_restore(a, &plan, &e) < 0) {
        fail(&e);
    } else {
        printf(_("%s restored from %s.\n"), a->db_path, o->argv[1]);
        rc = 0;
    }
    backup_plan_fini(&plan);
    return rc;
}

static int cmd_check(struct app *a, const struct cli_opts *o, const struct kind *k)
{
    struct ird_err e = { 0 };
    char *report = NULL;
    int n;

    (void)k;
    n = o->argc == 2 ? backup_check_file(o->argv[1], &report, &e) : desk_check(a, &report, &e);
    if (n < 0)
        return fail(&e);
    if (n > 0) {
        fputs(report, stdout);
        printf(P_("%d problem found.\n", "%d problems found.\n", n), n);
        free(report);
        return 1;
    }
    puts(_("No problems found."));
    return 0;
}

/* The administrative commands: name, arguments (the command word
 * included), whether the second word is a KIND (or "all"). */
static const struct {
    const char *name;
    int (*run)(struct app *, const struct cli_opts *, const struct kind *);
    int argc, maxargc;
    int kind;
    const char *usage;
} admin[] = {
    { "export", cmd_export, 2, 2, 2,
      "export KIND|all --format csv|json [-o FILE|-] [--follow-symlinks]" },
    { "import", cmd_import, 3, 3, 1, "import KIND FILE [--encoding ENC] [--dry-run]" },
    { "backup", cmd_backup, 2, 2, 0, "backup FILE [--follow-symlinks]" },
    { "restore", cmd_restore, 2, 2, 0, "restore FILE [--yes]" },
    { "check", cmd_check, 1, 2, 0, "check [FILE]" },
};

/* Check the words of an administrative command, then run it: the exit
 * code, or -1 when argv[0] is none of them. */
static int run_admin(const struct cli_opts *o)
{
    struct app_opts ao = { o->db, o->readonly, 0, o->cfg };
    struct ird_err e = { 0 };
    const struct kind *k = NULL;
    struct app *a = NULL;
    size_t i;
    int rc = 0;

    for (i = 0; i < sizeof admin / sizeof admin[0]; i++)
        if (strcmp(o->argv[0], admin[i].name) == 0)
            break;
    if (i == sizeof admin / sizeof admin[0])
        return -1;
    if (o->argc < admin[i].argc || o->argc > admin[i].maxargc)
        return usage_error(_("usage: %s"), admin[i].usage);
    if (admin[i].kind == 1 || (admin[i].kind == 2 && strcmp(o->argv[1], "all") != 0)) {
        k = need_kind(o->argv[1], &rc);
        if (k == NULL)
            return rc;
    }
    if (admin[i].run == cmd_export) {
        if (o->format == NULL || (strcmp(o->format, "csv") != 0 && strcmp(o->format, "json") != 0))
            return usage_error("%s", _("export needs --format csv or --format json"));
        if (o->dialect != NULL && strcmp(o->dialect, "excel-be") != 0)
            return usage_error(_("unknown dialect '%s' (use excel-be)"), o->dialect);
        if (o->dialect != NULL && strcmp(o->format, "csv") != 0)
            return usage_error("%s", _("--dialect goes with --format csv"));
        if (k == NULL && strcmp(o->format, "csv") == 0)
            return usage_error("%s", _("a CSV file holds one kind: name it, or use --format json"));
    }
    /* `check FILE` reads that file alone */
    if (admin[i].run == cmd_check && o->argc == 2)
        return cmd_check(NULL, o, NULL);
    if (app_open(&ao, &a, &e) < 0)
        return fail(&e);
    rc = admin[i].run(a, o, k);
    app_close(&a);
    return rc;
}

typedef int (*cmd_fn)(struct app *, const struct cli_opts *, const struct kind *);

/* Each command with its arguments (the command word included) and whether
 * its third word is a record number; checked before the database opens. */
static const struct {
    const char *name;
    cmd_fn run;
    int argc;
    int numeric_id;
    const char *usage;
} commands[] = {
    { "list", cmd_list, 2, 0, "list KIND [--status S] [--search TEXT] [--archived]" },
    { "show", cmd_show, 3, 0, "show KIND ID|NAME" },
    { "status", cmd_status, 4, 1, "status KIND ID NEW_STATUS [--note TEXT]" },
    { "history", cmd_history, 3, 1, "history KIND ID" },
};

int cli_run(const struct cli_opts *o)
{
    struct app_opts ao = { o->db, o->readonly, 0, o->cfg };
    struct app *a = NULL;
    struct ird_err e = { 0 };
    const struct kind *k;
    int64_t id;
    size_t i;
    int rc = 0, days;

    rc = run_admin(o);
    if (rc >= 0)
        return rc;
    rc = 0;
    if (strcmp(o->argv[0], "report") == 0) {
        if ((rc = report_check(o, &k, &days)) != 0)
            return rc;
        if (app_open(&ao, &a, &e) < 0)
            return fail(&e);
        rc = cmd_report(a, o, k, days);
        app_close(&a);
        return rc;
    }
    for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(o->argv[0], commands[i].name) == 0)
            break;
    if (i == sizeof commands / sizeof commands[0])
        return usage_error(_("unknown command '%s'"), o->argv[0]);
    if (o->argc < 2)
        return usage_error(_("'%s' needs a KIND"), o->argv[0]);
    k = need_kind(o->argv[1], &rc);
    if (k == NULL)
        return rc;
    if (o->argc != commands[i].argc)
        return usage_error(_("usage: %s"), commands[i].usage);
    if (commands[i].numeric_id && (rc = need_id(o->argv[2], &id)) != 0)
        return rc;
    if (app_open(&ao, &a, &e) < 0)
        return fail(&e);
    rc = commands[i].run(a, o, k);
    app_close(&a);
    return rc;
}
