#ifndef IRDESK_TUI_TUI_INT_H
#define IRDESK_TUI_TUI_INT_H

#include <stddef.h>
#include <stdint.h>

#include "core/undo.h"
#include "core/views.h"
#include "model/kind.h"
#include "model/record.h"
#include "tui/listwin.h"
#include "tui/screen.h"
#include "tui/view.h"

/* The desk's state, shared by the controller (tui.c) and its views
 * (v_*.c); the form and the prompts see only the screen. */

struct app;

/* One line of a pager view (detail, history, help). */
enum pl_style { PL_TEXT, PL_TITLE, PL_SECTION, PL_LABEL, PL_LINK, PL_DIM };
struct pline {
    char *text;
    enum pl_style style;
    size_t label_w;     /* PL_LABEL: cells of the label part */
    enum kind_id kind;  /* PL_LINK */
    int64_t id;
    int64_t file;       /* PL_LINK of a detail: an attached file of kind/id, or 0 */
};
struct page {
    struct pline *l;
    size_t n;
};

/* The records marked in a pane (t, T), for a bulk action (;). */
struct tui_marks {
    int64_t *id;
    size_t n, cap;
};

struct tui {
    struct app *app;
    struct screen scr;
    int pane;                         /* the kind of the list pane */
    struct listwin lists[KIND_COUNT]; /* one per kind: filter, sort, position */
    long totals[KIND_COUNT];
    int totals_valid;
    int bar_style, bar_cols, bar_pane, bar_cal; /* the pane bar's style, found for these */
    unsigned gen; /* bumped by tui_invalidate: the lists loaded before are stale */
    struct view stack[32];
    int depth;           /* stack[0] is the list */
    struct page page;    /* lines of the view on top (not the list) */
    int page_valid;
    int page_width;
    struct page preview; /* detail of the selected row under the list */
    enum kind_id preview_kind;
    int64_t preview_id;
    int preview_width;
    int preview_valid;
    char *report_title;       /* the summary being previewed */
    char *report_body;
    enum kind_id report_kind; /* what it was made from, to remake it in */
    int64_t report_id;        /* the other language: 0 list, -1 portfolio, -2 marked */
    struct tui_marks report_marked; /* the dossiers of a bulk print (report_id -2) */
    char find[256];           /* what / looks for in a text view */
    long hist_limit;          /* history lines paged in so far */
    int hist_more;            /* and whether there are more */
    int64_t dv;
    struct undo undo;                       /* this desk's changes: u, Ctrl-R */
    struct tui_marks marks[KIND_COUNT];     /* t, T */
    char view_cond[KIND_COUNT][VIEWS_COND]; /* a view's derived status filter */
    char view_title[KIND_COUNT][128];       /* the view a pane shows; "" none */
    char view_cols[KIND_COUNT][256];        /* its columns; "" the kind's */
    char seek[256];                         /* what Ctrl-F looks for */
    char *bulk_text;                        /* what a bulk action will do, or did */
    char *kept_note;          /* a status note refused with its change, for the next try */
    enum kind_id kept_kind;   /* on this record */
    int64_t kept_id;
    int msg_shown;            /* an error was on the screen when the key came */
    char cal_month[8];        /* the calendar's month, "YYYY-MM"; "" this month */
};

/* What a command is about, once its needs are met (tui.c checks them). */
struct target {
    int arg;           /* the binding's argument: a pane's kind */
    enum kind_id kind; /* NEED_ROW: the record */
    int64_t id;
};

/* tui.c: the controller */
/* The view on top of the stack. */
struct view *tui_top(struct tui *t);
/* Push a view of ops on record k/id (the oldest above the list goes when
 * the stack is full). */
void tui_push(struct tui *t, const struct view_ops *ops, enum kind_id k, int64_t id);
/* Repaint the whole screen. */
void tui_draw(struct tui *t);
/* Forget what was read from the store: counts, pages, preview. */
void tui_invalidate(struct tui *t);
/* The list of the current pane. */
struct listwin *tui_list(struct tui *t);
/* The record the command is about: the list's selected row or the view's
 * record.  0, or -1 (said on the message line) when there is none. */
int tui_selected(struct tui *t, enum kind_id *k, int64_t *id);

/* v_undo.c: undo and redo, the notes journal */
unsigned v_undo_undo(struct tui *t, const struct target *g);
unsigned v_undo_redo(struct tui *t, const struct target *g);
unsigned v_undo_note(struct tui *t, const struct target *g);
/* Record the change just made at the desk as one step to undo: an edit
 * (the record as read before), a status change, an archive or restore. */
void v_undo_edit(struct tui *t, const struct record *before);
void v_undo_status(struct tui *t, enum kind_id k, int64_t id, const char *from,
                   const char *to);
void v_undo_archive(struct tui *t, enum kind_id k, int64_t id, int archived);

/* v_bulk.c: marks and bulk actions */
unsigned v_bulk_mark(struct tui *t, const struct target *g);
unsigned v_bulk_mark_all(struct tui *t, const struct target *g);
unsigned v_bulk_run(struct tui *t, const struct target *g);
extern const struct view_ops v_bulk_ops;
/* v_report.c: the preview of the dossiers of n records of kind k (copied). */
unsigned v_report_open_marked(struct tui *t, enum kind_id k, const int64_t *ids, size_t n);
/* 1 when record id of kind k is marked. */
int v_bulk_marked(const struct tui *t, enum kind_id k, int64_t id);
void v_bulk_fini(struct tui *t);

/* v_views.c: saved views */
unsigned v_views_open(struct tui *t, const struct target *g);
unsigned v_views_save(struct tui *t, const struct target *g);
/* Esc or q at the top of a pane that shows a view: close it (its status
 * filter and columns), and say so; 0 when the pane shows no view. */
int v_views_leave(struct tui *t);
/* The list's text filter cleared, else its own status filter (f), else
 * the open view left (v_views_leave); 0 when there was none of them. */
int v_views_unfilter(struct tui *t);
/* What q does in the list now: clears its filter, closes its view, or as
 * the hint set says (quits). */
enum hint_quit v_views_quit_does(struct tui *t);

struct listcol;
/* The list columns of cols (nc of them) that the pane's view shows, in
 * place, their room given to the title; returns how many are left. */
size_t v_views_columns(const struct tui *t, const struct kind *k, struct listcol *cols,
                       size_t nc);

/* v_search.c: search everything */
unsigned v_search_open(struct tui *t, const struct target *g);
extern const struct view_ops v_search_ops;

/* v_calendar.c: the calendar (0) */
unsigned v_calendar_open(struct tui *t, const struct target *g);
/* Say the reminders of the week on the message line when the desk
 * starts (REDRAW_NONE when there are none). */
unsigned v_calendar_notice(struct tui *t);
extern const struct view_ops v_calendar_ops;

/* v_attach.c: attached files (+, Enter on one) and links (l: a new one;
 * on a linked record in the detail view, remove that link) */
unsigned v_attach_add(struct tui *t, const struct target *g);
unsigned v_attach_link(struct tui *t, const struct target *g);
/* Open attached file 'file' of record k/id, the screen given up meanwhile. */
unsigned v_attach_open(struct tui *t, enum kind_id k, int64_t id, int64_t file);

/* v_list.c */
/* Rows of the list on this screen. */
int v_list_rows(void);
/* Count the pane again; keep_id: put the selection on that record. */
void v_list_reload(struct tui *t, int64_t keep_id);
/* Show the current pane's list as it was left, loading it again (the
 * selection kept) only when the data changed since or the screen's height. */
void v_list_resume(struct tui *t);
/* Set the filter of the pane as typed so far ("" clears it). */
void v_list_filter(struct tui *t, const char *text);
/* A click on screen row y: select the list row there. */
void v_list_click(struct tui *t, int y);
/* Step to the next (1) or previous (-1) match of the pane's filter; in a
 * detail view of the pane's kind, open that match in place. */
unsigned v_list_match_step(struct tui *t, int dir);

/* v_page.c */
/* Build the top view's page when it is stale, and keep its cursor on it. */
void v_page_ensure(struct tui *t, struct view *v);
/* Paint a pager view. */
void v_page_draw(struct tui *t, struct view *v);
/* The commands of a text pager: moving, links, / n N to search. */
unsigned v_page_text_handle(struct tui *t, struct view *v, enum cmd c, int arg);

/* v_report.c */
/* Write a file named at a prompt: put writes it (flags OUTFILE_*: a
 * symlink followed, an existing file replaced, each when the user said
 * so), 0 or -1 with why in *e. */
typedef int (*tui_put_fn)(void *arg, const char *name, unsigned flags, struct ird_err *e);
/* Ask for the file (label a msgid, suggested its first text) and write it;
 * every refusal asks again with the name kept.  The name written (caller
 * frees), or NULL when left. */
char *tui_save_file(struct tui *t, const char *label, const char *suggested, tui_put_fn put,
                    void *arg);
/* Open the preview of a dossier (id > 0), the list of kind k (0) or the
 * portfolio (-1). */
unsigned v_report_open(struct tui *t, enum kind_id k, int64_t id);
/* Make the report again (after L). */
int v_report_make(struct tui *t);

/* page.c */
void page_free(struct page *p);
/* Append a line of text (taken over) in style st; the line is borrowed. */
struct pline *page_add(struct page *p, enum pl_style st, char *text);
void page_from_detail(struct page *p, struct app *a, enum kind_id k, int64_t id, long hist,
                      size_t width);
/* The first 'limit' lines of a record's history; 1 when there are more. */
int page_history(struct page *p, struct app *a, enum kind_id k, int64_t id, long limit,
                 size_t width);
void page_help(struct page *p, size_t width);
/* The lines of a preview: pages, with a marked break between them. */
void page_text(struct page *p, const char *text, size_t width);
void page_draw(const struct screen *s, const struct page *p, int y, int rows, long top,
               long sel, int cols);

#endif
