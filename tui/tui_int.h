#ifndef IRDESK_TUI_TUI_INT_H
#define IRDESK_TUI_TUI_INT_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "model/kind.h"
#include "model/record.h"
#include "tui/cmd.h"
#include "tui/listwin.h"

/* Shared between the files of the desk (tui/ only). */

struct app;

enum view { V_LIST, V_DETAIL, V_HISTORY, V_HELP, V_REPORT };

/* Redraw reactions of a command. */
enum { REDRAW_NONE = 0, REDRAW_ALL = 1, REDRAW_QUIT = 2 };


/* One line of a pager view (detail, history, help). */
enum pl_style { PL_TEXT, PL_TITLE, PL_SECTION, PL_LABEL, PL_LINK, PL_DIM };
struct pline {
    char *text;
    enum pl_style style;
    size_t label_w;     /* PL_LABEL: cells of the label part */
    enum kind_id kind;  /* PL_LINK */
    int64_t id;
};
struct page {
    struct pline *l;
    size_t n;
};

/* A view on the stack: the list at the bottom, then details followed
 * through links, history and help on top. */
struct vstate {
    enum view v;
    enum kind_id kind;
    int64_t id;
    long sel, top;
};

struct tui {
    struct app *app;
    int pane;
    struct listwin lists[KIND_COUNT]; /* one per kind: filter, sort, position */
    long totals[KIND_COUNT];
    int totals_valid;
    struct vstate stack[32];
    int depth; /* stack[0] is the list */
    struct page page;  /* lines of the view on top (not the list) */
    int page_valid;
    int page_width;
    struct page preview; /* detail of the selected row under the list */
    enum kind_id preview_kind;
    int64_t preview_id;
    int preview_width;
    int preview_valid;
    char *report_title; /* the summary being previewed (V_REPORT) */
    char *report_body;
    enum kind_id report_kind; /* what it was made from, to remake it in */
    int64_t report_id;        /* the other language: 0 list, -1 portfolio */
    char find[256];     /* what / looks for in a text view */
    long hist_limit;    /* history lines paged in so far (V_HISTORY) */
    int hist_more;      /* and whether there are more */
    char msg[512];
    int msg_err;
    int64_t dv;
    int color;
};

/* Set when SIGINT, SIGTERM or SIGHUP arrives: the desk ends cleanly. */
extern volatile sig_atomic_t tui_stop;

/* tui.c */
void tui_message(struct tui *t, int err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void tui_draw(struct tui *t);
int tui_getkey(struct tui *t, int *key); /* 0 a key, -1 timeout, -2 stop */
void tui_invalidate(struct tui *t);
struct listwin *tui_list(struct tui *t);
int tui_selected(struct tui *t, enum kind_id *k, int64_t *id); /* 0 or -1 when none */
int tui_too_small(void);

/* page.c */
void page_free(struct page *p);
void page_from_detail(struct page *p, struct app *a, enum kind_id k, int64_t id, long hist,
                      size_t width);
/* The first 'limit' lines of a record's history; 1 when there are more. */
int page_history(struct page *p, struct app *a, enum kind_id k, int64_t id, long limit,
                 size_t width);
void page_help(struct page *p, size_t width);
/* The lines of a preview: pages, with a marked break between them. */
void page_text(struct page *p, const char *text, size_t width);
void page_draw(const struct tui *t, const struct page *p, int y, int rows, long top, long sel,
               int cols);

/* prompt.c */
/* Ask for a line at the bottom; on_change (may be NULL) runs on every edit.
 * Returns 1 (Enter, *out set: caller frees) or 0 (Esc). */
int prompt_line(struct tui *t, const char *label, const char *initial,
                void (*on_change)(struct tui *, const char *), char **out);
/* Apply an editing key (characters, Backspace, Delete, arrows, Home, End,
 * Ctrl-U) to a line; 1 when the key was one of them. */
struct lineedit;
int prompt_edit_key(struct lineedit *l, int key);
/* A yes/no question on the bottom line. */
int prompt_yes(struct tui *t, const char *question);
/* The same question over what draw (with arg) paints instead of the desk. */
int prompt_ask(struct tui *t, const char *question, void (*draw)(struct tui *, void *),
               void *arg);
/* A menu of n items; returns the chosen index, or -1 (Esc). */
int prompt_menu(struct tui *t, const char *title, const char *const *items, int n, int initial);

/* form.c: edit r (or add one of kind k when r is NULL); returns the saved
 * record's id, or 0 when nothing was saved. */
int64_t form_run(struct tui *t, const struct kind *k, const struct record *r);

#endif
