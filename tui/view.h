#ifndef IRDESK_TUI_VIEW_H
#define IRDESK_TUI_VIEW_H

#include <stdint.h>

#include "model/kind.h"
#include "tui/cmd.h"
#include "tui/keymap.h"

/* The desk's views share one interface: the list pane at the bottom of
 * the stack, then details followed through links, history, help and the
 * report preview on top. */

struct tui;
struct view;

/* What a command did: bits of what to redraw.  REDRAW_UNHANDLED hands the
 * command on to the desk's table. */
enum {
    REDRAW_NONE = 0,
    REDRAW_ALL = 1u << 0,
    REDRAW_QUIT = 1u << 1,
    REDRAW_UNHANDLED = 1u << 2
};

struct view_ops {
    const char *id;        /* "list", "detail": a name for keymaps */
    enum keymap_ctx keys;  /* the key table the view reads */
    enum hint_set hints;   /* its bottom line */
    /* make the lines it shows again (after a change, a resize, L) */
    void (*reload)(struct tui *t, struct view *v);
    /* paint rows 1 to LINES - 2 */
    void (*draw)(struct tui *t, struct view *v);
    /* run a command; REDRAW_UNHANDLED when it is not the view's */
    unsigned (*handle)(struct tui *t, struct view *v, enum cmd c, int arg);
};

/* A view on the stack: what it shows and where its cursor is. */
struct view {
    const struct view_ops *ops;
    enum kind_id kind;
    int64_t id;
    long sel, top;
};

/* v_list.c: a list pane, driven by the kinds' table. */
extern const struct view_ops v_list_ops;
/* v_page.c: the pagers. */
extern const struct view_ops v_detail_ops, v_history_ops, v_help_ops;
/* v_report.c: the preview of a report. */
extern const struct view_ops v_report_ops;

#endif
