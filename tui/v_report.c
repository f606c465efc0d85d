/* The report preview: a dossier, a list or the portfolio as its pages will
 * be printed; p prints it, w saves it to a file. */
#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/app.h"
#include "core/doc.h"
#include "core/outfile.h"
#include "core/print.h"
#include "core/summary.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "tui/prompt.h"
#include "tui/tui_int.h"

enum { REPORT_MARKED = -2 };

/* The marked records' dossiers as one document (the PDF), each under its
 * own title; NULL: *e says why. */
static struct doc *marked_doc(struct tui *t, struct ird_err *e)
{
    const struct tui_marks *m = &t->report_marked;
    struct doc *all = doc_new((size_t)t->app->cfg.page_width);
    size_t i;

    doc_title(all, t->report_title);
    for (i = 0; i < m->n; i++) {
        struct doc *d = summary_dossier_doc(t->app, t->report_kind, m->id[i], e);

        if (d == NULL) {
            doc_free(&all);
            return NULL;
        }
        doc_heading(all, d->title, '=');
        doc_take_nodes(all, &d);
    }
    return all;
}

/* The report shown, as a document for either renderer; NULL: *e says why. */
static struct doc *report_doc(struct tui *t, struct ird_err *e)
{
    if (t->report_id > 0)
        return summary_dossier_doc(t->app, t->report_kind, t->report_id, e);
    if (t->report_id == 0)
        return summary_list_doc(t->app, &t->lists[t->report_kind].q, e);
    if (t->report_id == REPORT_MARKED)
        return marked_doc(t, e);
    return summary_portfolio_doc(t->app, 30, e);
}

/* The marked records' dossiers as text, a page each; their title in *title. */
static char *marked_text(struct tui *t, char **title, struct ird_err *e)
{
    const struct tui_marks *m = &t->report_marked;
    struct buf b = { 0 };
    size_t i;

    for (i = 0; i < m->n; i++) {
        char *head = NULL;
        char *body = summary_dossier(t->app, t->report_kind, m->id[i], &head, e);

        if (body == NULL) {
            free(buf_take(&b));
            return NULL;
        }
        buf_printf(&b, "%s%s\n\n%s", i ? "\f" : "", head ? head : "", body);
        free(head);
        free(body);
    }
    *title = xasprintf(P_("Dossiers of %zu marked record", "Dossiers of %zu marked records",
                          m->n),
                       m->n);
    return buf_take(&b);
}

/* The report laid out for paper (pdf, for_printer: as print_render): the
 * text as previewed, or the PDF of the same document. */
static int report_render(struct tui *t, int pdf, int for_printer, struct printout *p,
                         struct ird_err *e)
{
    struct doc *d;
    int rc;

    memset(p, 0, sizeof *p);
    if (!pdf)
        return print_layout(t->app, t->report_title, t->report_body, for_printer, p, e);
    d = report_doc(t, e);
    rc = d != NULL ? print_render(t->app, d, pdf, for_printer, p, e) : -1;

    doc_free(&d);
    return rc;
}

int v_report_make(struct tui *t)
{
    struct ird_err e = { 0 };
    struct doc *d = NULL;
    char *body = NULL, *title = NULL;

    if (t->report_id == REPORT_MARKED)
        body = marked_text(t, &title, &e);
    else if ((d = report_doc(t, &e)) != NULL) {
        body = doc_text(d);
        title = xstrdup(d->title ? d->title : "");
        doc_free(&d);
    }
    if (body == NULL) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return -1;
    }
    free(t->report_body);
    free(t->report_title);
    t->report_body = body;
    t->report_title = title;
    t->page_valid = 0;
    return 0;
}

/* What the preview's keys do, named as they are bound. */
static void say_keys(struct tui *t)
{
    char *p = keymap_keys_text(KEYMAP_DESK, CMD_PRINT);
    char *w = keymap_keys_text(KEYMAP_DESK, CMD_SAVE), *q = keymap_keys_text(KEYMAP_DESK, CMD_QUIT);

    /* L10N: %s are keys: p, w, q */
    screen_message(&t->scr, 0, _("Preview. %s prints, %s saves (.txt or .pdf), %s closes."), p, w, q);
    free(p);
    free(w);
    free(q);
}

unsigned v_report_open(struct tui *t, enum kind_id k, int64_t id)
{
    t->report_kind = k;
    t->report_id = id;
    if (v_report_make(t) < 0)
        return REDRAW_ALL;
    if (tui_top(t)->ops == &v_report_ops)
        t->depth--;
    tui_push(t, &v_report_ops, k, id);
    say_keys(t);
    return REDRAW_ALL;
}

unsigned v_report_open_marked(struct tui *t, enum kind_id k, const int64_t *ids, size_t n)
{
    struct tui_marks *m = &t->report_marked;

    free(m->id);
    m->id = n ? xmalloc(n * sizeof *m->id) : NULL;
    if (n)
        memcpy(m->id, ids, n * sizeof *m->id);
    m->n = m->cap = n;
    return v_report_open(t, k, REPORT_MARKED);
}

/* The preview's lines: its pages as they will be printed. */
static void report_reload(struct tui *t, struct view *v)
{
    struct printout p;
    struct ird_err e = { 0 };

    (void)v;
    if (t->report_body == NULL ||
        print_layout(t->app, t->report_title, t->report_body, 0, &p, &e) < 0) {
        page_text(&t->page, e.msg, (size_t)COLS);
        return;
    }
    page_text(&t->page, p.data, (size_t)COLS);
    printout_fini(&p);
}

static unsigned report_print(struct tui *t)
{
    struct printout p;
    struct ird_err e = { 0 };

    if (report_render(t, print_wants_pdf(&t->app->cfg, NULL, NULL, 1), 1, &p, &e) < 0) {
        screen_message(&t->scr, 1, "%s", e.msg);
        return REDRAW_ALL;
    }
    screen_message(&t->scr, 0, "%s", _("Printing…"));
    tui_draw(t);
    if (print_send(t->app, &p, &e) < 0)
        screen_message(&t->scr, 1, "%s", e.msg);
    else if (p.lost > 0)
        screen_message(&t->scr, 0,
                       P_("The printer accepted %d page (%zu character transliterated for %s).",
                          "The printer accepted %d pages (%zu characters transliterated for %s).",
                          p.pages),
                       p.pages, p.lost, t->app->cfg.print_charset);
    else
        screen_message(&t->scr, 0,
                       P_("The printer accepted %d page.", "The printer accepted %d pages.",
                          p.pages),
                       p.pages);
    printout_fini(&p);
    /* the print command may have written on the terminal */
    screen_redraw_all();
    return REDRAW_ALL;
}

/* 1 when path is a directory. */
static int is_dir(const char *path)
{
    struct stat sb;

    return path != NULL && *path == '/' && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* Where a saved report goes unless the user says otherwise: the documents
 * directory ($XDG_DOCUMENTS_DIR, else ~/Documents or ~/Documenten), else
 * the home directory, else the current one.  Caller frees. */
static char *suggest_file(void)
{
    static const char *const docs[] = { "Documents", "Documenten" };
    const char *xdg = getenv("XDG_DOCUMENTS_DIR"), *home = getenv("HOME");
    char *dir = NULL, *cwd, *path;
    size_t i;

    if (is_dir(xdg))
        dir = xstrdup(xdg);
    for (i = 0; dir == NULL && is_dir(home) && i < sizeof docs / sizeof docs[0]; i++) {
        char *d = xasprintf("%s/%s", home, docs[i]);
        if (is_dir(d))
            dir = d;
        else
            free(d);
    }
    if (dir == NULL && is_dir(home))
        dir = xstrdup(home);
    if (dir == NULL && (cwd = getcwd(NULL, 0)) != NULL) {
        dir = xstrdup(cwd);
        free(cwd);
    }
    path = xasprintf("%s/irdesk-report.txt", dir != NULL && strcmp(dir, "/") != 0 ? dir : "");
    free(dir);
    return path;
}

/* A file being asked for and written (tui_save_file). */
struct save {
    struct tui *t;
    tui_put_fn put;
    void *arg;
    char *name; /* the name written ("-" made "./-") */
};

/* The no to a question about the target: asked again with the name kept. */
static int declined(struct ird_err *e)
{
    return ird_fail(e, IRD_INVALID, "%s",
                    _("Nothing was saved: give another name, or Esc to leave it."));
}

/* Write the file named v[step]: a symlink is written through only when the
 * user says so, an existing file replaced only when the user says so; a
 * refusal or a failed write asks again with the name kept. */
static int try_save(void *arg, int step, char *const *v, struct ird_err *e)
{
    struct save *sv = arg;
    struct outfile_opts opt = { 0, 0600, sv->t->app->db_path, NULL };
    char *to = NULL, *q;
    int rc;

    free(sv->name);
    /* the screen is no file: a file named "-" */
    sv->name = outfile_is_stdout(v[step]) ? xasprintf("./%s", v[step]) : xstrdup(v[step]);
    if (outfile_link_target(sv->name, &to) && to != NULL) {
        char *shown = text_visible(to, 0);
        /* L10N: the name typed, and the file the link leads to */
        q = xasprintf(_("%s is a symbolic link to %s. Write to %s?"), sv->name, shown, shown);
        rc = prompt_yes(&sv->t->scr, q);
        free(q);
        free(shown);
        free(to);
        if (!rc)
            return declined(e);
        opt.flags |= OUTFILE_FOLLOW;
    }
    /* a target that is refused is said before any question */
    if (outfile_check(sv->name, &opt, e) < 0)
        return -1;
    if (access(sv->name, F_OK) == 0) {
        q = xasprintf(_("%s exists. Overwrite it?"), sv->name);
        rc = prompt_yes(&sv->t->scr, q);
        free(q);
        if (!rc)
            return declined(e);
    } else {
        opt.flags |= OUTFILE_NO_REPLACE;
    }
    return sv->put(sv->arg, sv->name, opt.flags, e);
}

char *tui_save_file(struct tui *t, const char *label, const char *suggested, tui_put_fn put,
                    void *arg)
{
    const struct prompt_step ask = { label, NULL, try_save };
    struct save sv = { t, put, arg, NULL };
    char *typed = xstrdup(suggested);

    if (!prompt_steps(&t->scr, &ask, 1, &sv, &typed)) {
        free(sv.name);
        sv.name = NULL;
    }
    free(typed);
    return sv.name;
}

/* Say where the file went, by its full path. */
static void say_saved(struct tui *t, const char *name)
{
    char *full = realpath(name, NULL), *shown = text_visible(full != NULL ? full : name, 0);

    screen_message(&t->scr, 0, _("Saved to %s."), shown);
    free(shown);
    free(full);
}

/* Render the preview and save it to name (flags OUTFILE_*). */
static int put_report(void *arg, const char *name, unsigned flags, struct ird_err *e)
{
    struct tui *t = arg;
    struct printout p;
    int rc;

    /* a name ending in .pdf saves the PDF, any other the pages as text */
    rc = report_render(t, print_wants_pdf(&t->app->cfg, NULL, name, 0), 0, &p, e);
    if (rc == 0)
        rc = print_save(t->app, &p, name, flags, e);
    printout_fini(&p);
    return rc;
}

static unsigned report_save(struct tui *t)
{
    char *suggested = suggest_file();
    char *name = tui_save_file(t, N_("Save to file: "), suggested, put_report, t);

    if (name != NULL)
        say_saved(t, name);
    free(name);
    free(suggested);
    return REDRAW_ALL;
}

static unsigned report_handle(struct tui *t, struct view *v, enum cmd c, int arg)
{
    if (c == CMD_PRINT)
        return report_print(t);
    if (c == CMD_SAVE)
        return report_save(t);
    return v_page_text_handle(t, v, c, arg);
}

const struct view_ops v_report_ops = {
    "report", KEYMAP_DESK, HINTS_REPORT, report_reload, v_page_draw, report_handle,
};
