#include "cli/cmd.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/app.h"
#include "core/backup.h"
#include "core/desk.h"
#include "core/doc.h"
#include "core/detail.h"
#include "core/exchange.h"
#include "core/import.h"
#include "core/json_import.h"
#include "core/outfile.h"
#include "core/print.h"
#include "core/summary.h"
#include "core/validate.h"
#include "core/views.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/table.h"
#include "lib/text.h"
#include "lib/when.h"
#include "model/record.h"

/* fmt and ap as one visible text on f (lib/text.h text_visible): the one
 * way record data, file contents and what the user typed reach a terminal.
 * A message (keep_lines 0) is one line: its own line feeds are shown. */
static int first_errno; /* why stdout's first write failed (cmd_stdout_errno) */

static void say(FILE *f, int keep_lines, const char *fmt, va_list ap)
{
    char *text = xvasprintf(fmt, ap), *shown;

    shown = text_visible(text, keep_lines);
    if (fputs(shown, f) == EOF && f == stdout && first_errno == 0)
        first_errno = errno;
    free(shown);
    free(text);
}

int cmd_stdout_errno(void)
{
    return first_errno;
}

void cmd_print(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    say(stdout, 1, fmt, ap);
    va_end(ap);
}

/* "irdesk: " and the message fmt, ap on one visible line of stderr. */
static void warn_line(const char *fmt, va_list ap)
{
    fputs("irdesk: ", stderr);
    say(stderr, 0, fmt, ap);
    fputc('\n', stderr);
}

void cmd_warn(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    warn_line(fmt, ap);
    va_end(ap);
}

int cmd_usage_error(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    warn_line(fmt, ap);
    va_end(ap);
    fprintf(stderr, _("Try 'irdesk --help'.\n"));
    return 2;
}

int cmd_number(const char *word, long long max, long long *out)
{
    const char *p;
    long long v;

    for (p = word; *p >= '0' && *p <= '9'; p++)
        ;
    if (p == word || *p != '\0')
        return -1;
    errno = 0;
    v = strtoll(word, NULL, 10);
    if (errno == ERANGE || v > max)
        return -2;
    if (v < 1)
        return -1;
    *out = v;
    return 0;
}

/* The terminal's width, or 'otherwise' when output is not a terminal. */
static size_t out_width(size_t otherwise)
{
    struct winsize ws;

    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
        return ws.ws_col;
    return otherwise;
}

int cmd_fail(const struct ird_err *e)
{
    cmd_warn("%s", e->msg);
    return 1;
}

/* The status named by --status (NULL without it): 0, or 2 after the usage
 * error naming the statuses there are. */
static int status_filter(const struct cmd_call *c, const char **code)
{
    const struct choice *s;
    char *all;

    *code = NULL;
    if (c->o->status == NULL)
        return 0;
    s = kind_filter_parse(c->kind, c->o->status);
    if (s != NULL) {
        *code = s->code;
        return 0;
    }
    all = kind_status_list(c->kind);
    cmd_usage_error(_("%s: \"%s\" is not a status. Statuses: %s."), _(c->kind->label),
                    c->o->status, all);
    free(all);
    return 2;
}

int cmd_list_check(struct cmd_call *c)
{
    const char *code = NULL;

    /* a status the kind does not have is a usage error, told before the
     * database is opened (or upgraded) */
    if (c->kind == NULL || c->o->status == NULL)
        return 0;
    return status_filter(c, &code);
}

int cmd_list(struct app *a, const struct cmd_call *c)
{
    struct query q = { c->kind ? c->kind->id : KIND_CITY, NULL, c->o->search, -1, 0,
                       c->o->archived };
    struct record **rs = NULL;
    struct table *t;
    struct ird_err e = { 0 };
    struct cmd_call vc = *c;
    char cond[4 * VIEWS_COND], *columns = NULL;
    size_t n = 0;
    char *text;
    int rc = 1;

    if (c->o->view != NULL) {
        if (cmd_view_query(a, c, &q, cond, &columns, &e) < 0)
            /* a view that is not there, or not of the KIND named: as --status bogus */
            return e.code == IRD_INVALID || e.code == IRD_NOT_FOUND
                       ? cmd_usage_error("%s", e.msg)
                       : cmd_fail(&e);
        vc.kind = kind_get(q.kind);
        c = &vc;
    }
    /* a view's own condition stays unless --status names another */
    if (c->o->status != NULL && status_filter(c, &q.status) != 0) {
        rc = 2;
        goto out;
    }
    if ((c->o->search != NULL && validate_text(_("Search"), c->o->search, 0, 200, &e) < 0) ||
        desk_list(a, &q, 0, -1, &rs, &n, &e) < 0) {
        cmd_fail(&e);
        goto out;
    }
    t = record_table_only(c->kind, rs, n, 40, columns);
    text = table_render(t, out_width(0));
    cmd_print("%s", text);
    free(text);
    table_free(&t);
    record_list_free(rs, n);
    rc = 0;
out:
    free(columns);
    return rc;
}

/* The record c->args[1] names: 0 with *id set; -1 after saying why not,
 * with every record that matches when several do. */
static int lookup(struct app *a, const struct cmd_call *c, int64_t *id)
{
    const char *what = c->args[1];
    struct ird_err e = { 0 };
    int64_t *ids = NULL;
    size_t n = 0, i;

    if (desk_lookup_all(a, c->kind->id, what, &ids, &n, &e) < 0) {
        cmd_fail(&e);
        return -1;
    }
    if (n == 1) {
        *id = ids[0];
        free(ids);
        return 0;
    }
    cmd_warn(P_("%zu record matches \"%s\"; give its number:",
                "%zu records match \"%s\"; give one's number:", n),
             n, what);
    for (i = 0; i < n; i++) {
        struct record *r = NULL;
        if (desk_get(a, c->kind->id, ids[i], &r, NULL) == 0) {
            char *shown = text_visible(record_title(r), 0);
            fprintf(stderr, "  %lld  %s\n", (long long)ids[i], shown);
            free(shown);
        }
        record_free(&r);
    }
    free(ids);
    return -1;
}

int cmd_show(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };
    struct detail *d = NULL;
    int64_t id;
    char *text;

    if (lookup(a, c, &id) < 0)
        return 1;
    if (detail_build(a, c->kind->id, id, 10, &d, &e) < 0)
        return cmd_fail(&e);
    text = detail_render(d, out_width(80));
    cmd_print("%s", text);
    free(text);
    detail_free(&d);
    return 0;
}

int cmd_status(struct app *a, const struct cmd_call *c)
{
    const struct kind *k = c->kind;
    struct ird_err e = { 0 };
    struct record *r = NULL;

    if (workflow_move(a, k->id, c->id, -1, c->args[2], c->o->note, &e) < 0 ||
        desk_get(a, k->id, c->id, &r, &e) < 0)
        return cmd_fail(&e);
    cmd_print(_("%s %lld · %s: status is now %s.\n"), _(k->label), (long long)c->id,
           record_title(r), kind_status_label(k, r->status));
    record_free(&r);
    return 0;
}

int cmd_history(struct app *a, const struct cmd_call *c)
{
    const struct kind *k = c->kind;
    struct ird_err e = { 0 };
    struct record *r = NULL;
    struct hist *h = NULL;
    struct table *t;
    size_t n = 0, i;
    char *text;

    /* an erased record (GDPR) has only the dated line that says so */
    if ((desk_get(a, k->id, c->id, &r, &e) < 0 && e.code != IRD_NOT_FOUND) ||
        desk_history(a, k->id, c->id, 0, -1, &h, &n, &e) < 0 || (r == NULL && n == 0)) {
        record_free(&r);
        return cmd_fail(&e); /* no record and no line: e says it does not exist */
    }
    /* L10N: the title of a record whose data were erased (GDPR) */
    cmd_print("%s %lld · %s\n", _(k->label), (long long)c->id,
              r != NULL ? record_title(r) : _("(erased)"));
    t = table_new(3);
    table_column(t, 0, _("When"), 0, 0);
    table_column(t, 1, _("Who"), 16, 0);
    table_column(t, 2, _("What"), 0, 0);
    for (i = 0; i < n; i++) {
        char *what = desk_hist_text(k, &h[i]), at[WHEN_MAX];
        const char *cells[3] = { when_local(h[i].at, at), h[i].user, what };
        table_add(t, cells);
        free(what);
    }
    text = table_render(t, 0);
    cmd_print("%s", text);
    free(text);
    table_free(&t);
    hist_list_free(h, n);
    record_free(&r);
    return 0;
}

int cmd_report_check(struct cmd_call *c)
{
    const struct cli_opts *o = c->o;
    long long n = 30;

    if (o->out != NULL && o->print)
        return cmd_usage_error("%s", _("choose -o FILE or --print, not both"));
    if (o->days != NULL && cmd_number(o->days, CMD_DAYS_MAX, &n) < 0)
        return cmd_usage_error(_("--days needs a number of days from 1 to %d, not '%s'"),
                               CMD_DAYS_MAX, o->days);
    if (o->format != NULL && strcmp(o->format, "pdf") != 0 && strcmp(o->format, "txt") != 0)
        return cmd_usage_error(_("a report's --format is pdf or txt, not '%s'"), o->format);
    if (!o->print && (o->out == NULL || outfile_is_stdout(o->out)) && isatty(STDOUT_FILENO) &&
        o->format != NULL && strcmp(o->format, "pdf") == 0)
        return cmd_usage_error("%s", _("a PDF is not shown on a terminal: write it to a file "
                                       "with -o FILE"));
    c->days = (int)n;
    return 0;
}

/* A report (d: taken) to standard output, a file, or the printer, as text
 * or PDF; a failure is said.  Returns the exit code. */
static int report_out(struct app *a, const struct cmd_call *c, struct doc *d, struct ird_err *e)
{
    const struct cli_opts *o = c->o;
    int pdf = print_wants_pdf(&a->cfg, o->format, o->out, o->print);
    struct printout p;
    int rc = 1;

    if (d == NULL || print_render(a, d, pdf, o->print, &p, e) < 0)
        goto out;
    if (o->print) {
        if (print_send(a, &p, e) == 0) {
            cmd_print(P_("Sent %d page to \"%s\".\n", "Sent %d pages to \"%s\".\n", p.pages),
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
        if (print_save(a, &p, o->out ? o->out : "-", o->follow ? OUTFILE_FOLLOW : 0, e) == 0)
            rc = 0;
    }
    printout_fini(&p);
out:
    if (rc != 0 && e->msg[0] != '\0')
        cmd_fail(e);
    doc_free(&d);
    return rc;
}

int cmd_report_dossier(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };
    struct doc *d = NULL;
    int64_t id;

    if (lookup(a, c, &id) < 0)
        return 1;
    d = summary_dossier_doc(a, c->kind->id, id, &e);
    return report_out(a, c, d, &e);
}

int cmd_report_list(struct app *a, const struct cmd_call *c)
{
    struct query q = { c->kind->id, NULL, c->o->search, -1, 0, c->o->archived };
    struct ird_err e = { 0 };
    struct doc *d = NULL;

    if (status_filter(c, &q.status) != 0)
        return 2;
    d = summary_list_doc(a, &q, &e);
    return report_out(a, c, d, &e);
}

int cmd_report_portfolio(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };

    return report_out(a, c, summary_portfolio_doc(a, c->days, &e), &e);
}

int cmd_export_check(struct cmd_call *c)
{
    const struct cli_opts *o = c->o;

    if (o->format == NULL || (strcmp(o->format, "csv") != 0 && strcmp(o->format, "json") != 0))
        return cmd_usage_error("%s", _("export needs --format csv or --format json"));
    if (o->dialect != NULL && strcmp(o->dialect, "excel-be") != 0)
        return cmd_usage_error(_("unknown dialect '%s' (use excel-be)"), o->dialect);
    if (o->dialect != NULL && strcmp(o->format, "csv") != 0)
        return cmd_usage_error("%s", _("--dialect goes with --format csv"));
    if (c->kind == NULL && strcmp(o->format, "csv") == 0)
        return cmd_usage_error("%s", _("a CSV file holds one kind: name it, or use --format json"));
    if (c->id > 0 && (c->kind == NULL || strcmp(o->format, "json") != 0))
        return cmd_usage_error("%s", _("one record (KIND ID) is exported with --format json"));
    if (o->history && strcmp(o->format, "csv") == 0)
        return cmd_usage_error("%s", _("--history goes with --format json: a CSV file holds "
                                       "the records only"));
    return 0;
}

/* Where the export goes: the file (or standard output) as it is written,
 * made harmless when it is read on a terminal. */
struct export_to {
    struct outfile f;
    int shown;
};

static int export_piece(void *ctx, const char *data, size_t n, struct ird_err *e)
{
    struct export_to *to = ctx;
    char *shown;
    int rc;

    if (!to->shown)
        return outfile_write(&to->f, data, n, e);
    /* read on a terminal, not exchanged: shown as cmd_print shows */
    shown = text_visible(data, 1);
    rc = outfile_write(&to->f, shown, strlen(shown), e);
    free(shown);
    return rc;
}

int cmd_export(struct app *a, const struct cmd_call *c)
{
    const struct cli_opts *o = c->o;
    struct export_opts eo = { c->kind ? (int)c->kind->id : -1, EXPORT_CSV, 0,
                              o->history || c->id > 0, c->id };
    struct outfile_opts fo = { o->follow ? OUTFILE_FOLLOW : 0, 0600, a->db_path, NULL };
    const char *path = o->out ? o->out : "-";
    struct export_to to;
    struct ird_err e = { 0 };
    size_t lost = 0;

    eo.format = strcmp(o->format, "json") == 0 ? EXPORT_JSON : EXPORT_CSV;
    eo.excel_be = o->dialect != NULL;
    to.shown = outfile_is_stdout(path) && isatty(STDOUT_FILENO);
    fflush(stdout);
    if (outfile_open(&to.f, path, &fo, &e) < 0)
        return cmd_fail(&e);
    if (exchange_export_to(a, &eo, export_piece, &to, &lost, &e) < 0) {
        outfile_abort(&to.f);
        return cmd_fail(&e);
    }
    if (outfile_commit(&to.f, &e) < 0)
        return cmd_fail(&e);
    if (lost > 0)
        fprintf(stderr,
                P_("irdesk: %zu character had no form in CP1252 and was transliterated.\n",
                   "irdesk: %zu characters had no form in CP1252 and were transliterated.\n",
                   lost),
                lost);
    return 0;
}

/* What the import says: the dry run's list on stdout, the rest on stderr. */
static void import_said(void *ctx, enum import_say what, const char *line)
{
    (void)ctx;
    fprintf(what == IMPORT_PLAN ? stdout : stderr, "%s\n", line);
}

int cmd_import(struct app *a, const struct cmd_call *c)
{
    const struct cli_opts *o = c->o;
    struct import_opts io = { c->kind != NULL ? c->kind->id : KIND_CITY, o->encoding,
                              o->dry_run, o->allow_duplicates, 0, import_said, NULL };
    struct import_result res;
    struct ird_err e = { 0 };
    /* a JSON export goes back whole (core/json_import.h), a CSV one kind */
    int json = json_import_sniff(c->args[1]);

    if (!json && c->kind == NULL)
        return cmd_usage_error("%s", _("a CSV file holds one kind: name it (all is for JSON)"));
    if (json ? json_import_file(a, c->args[1], c->kind != NULL ? (int)c->kind->id : -1,
                                o->dry_run, &res, &e) < 0
             : import_file(a, c->args[1], &io, &res, &e) < 0)
        return cmd_fail(&e);
    if (o->dry_run)
        cmd_print(_("The file was read as %s.\n"), res.encoding);
    cmd_print(o->dry_run ? _("Dry run: %ld would be added, %ld changed, %ld left as they are; "
                          "nothing was written.\n")
                      : _("Imported: %ld added, %ld changed, %ld left as they are.\n"),
           res.created, res.updated, res.unchanged);
    return 0;
}

int cmd_backup(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };

    if (backup_make(a, c->args[0], c->o->follow ? OUTFILE_FOLLOW : 0, &e) < 0)
        return cmd_fail(&e);
    cmd_print(_("Backup written to %s.\n"), c->args[0]);
    return 0;
}

/* y, Y (yes) or j, J (ja) from a terminal. */
int cmd_confirmed(void)
{
    char answer[16] = "";

    fflush(stdout);
    return fgets(answer, sizeof answer, stdin) != NULL &&
           strchr("yYjJ", answer[0]) != NULL && answer[0] != '\0';
}

int cmd_restore(struct app *a, const struct cmd_call *c)
{
    const char *file = c->args[0];
    struct ird_err e = { 0 };
    struct restore_plan plan;
    char *text;
    int rc = 1;

    if (backup_plan(a, file, &plan, &e) < 0)
        return cmd_fail(&e);
    text = backup_plan_text(&plan);
    cmd_print(_("Restoring %s from %s:\n"), a->db_path, file);
    cmd_print("%s", text);
    free(text);
    if (!c->o->yes && !isatty(STDIN_FILENO)) {
        ird_fail(&e, IRD_INVALID, _("Restoring replaces %s: confirm with --yes."), a->db_path);
        cmd_fail(&e);
    } else if (!c->o->yes && (printf("%s ", _("Replace everything? [y/N]")), !cmd_confirmed())) {
        puts(_("Nothing was changed."));
    } else if (backup_restore(a, &plan, &e) < 0) {
        cmd_fail(&e);
    } else {
        cmd_print(_("%s restored from %s.\n"), a->db_path, file);
        cmd_print(_("What it held before is kept in %s.\n"), plan.kept);
        rc = 0;
    }
    backup_plan_fini(&plan);
    return rc;
}

/* `check FILE` reads that file alone (a is NULL); `check`, the database. */
int cmd_check(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };
    char *report = NULL;
    int n;

    n = c->nargs == 1 ? backup_check_file(c->args[0], &report, &e) : desk_check(a, &report, &e);
    if (n < 0)
        return cmd_fail(&e);
    if (n > 0) {
        cmd_print("%s", report);
        printf(P_("%d problem found.\n", "%d problems found.\n", n), n);
        free(report);
        return 1;
    }
    puts(_("No problems found."));
    return 0;
}

int cmd_init(struct app *a, const struct cmd_call *c)
{
    struct app_opts ao = { NULL, 0, c->o->empty, c->o->cfg };
    struct ird_err e = { 0 };
    char *path;
    int rc = 1;

    (void)a;
    if (c->nargs == 1 && c->o->db != NULL)
        return cmd_usage_error("%s", _("init takes the database once: as FILE or with --db"));
    path = c->nargs == 1 ? xstrdup(c->args[0])
                         : app_db_path(c->o->db, c->o->cfg ? c->o->cfg->database : NULL, &e);
    if (path == NULL)
        return cmd_fail(&e);
    /* the default place stays "the default": its folder is made */
    ao.db = c->nargs == 1 ? c->args[0] : c->o->db;
    if (backup_may_create(path, &e) < 0 || app_open(&ao, &a, &e) < 0) {
        cmd_fail(&e);
    } else {
        cmd_print(c->o->empty ? _("Created the empty database %s.\n")
                           : _("Created the database %s with Ghent's portfolio from the city's "
                               "documents.\n"),
               path);
        rc = 0;
    }
    app_close(&a);
    free(path);
    return rc;
}

int cmd_copy(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };

    (void)a;
    if (backup_copy(c->args[0], c->args[1], &e) < 0)
        return cmd_fail(&e);
    cmd_print(_("Copied %s to %s.\n"), c->args[0], c->args[1]);
    return 0;
}
