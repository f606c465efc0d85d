#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/desk.h"
#include "core/detail.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "lib/when.h"
#include "i18n/i18n.h"
#include "tui/keymap.h"
#include "tui/layout.h"
#include "tui/tui_int.h"

/* The pager views (detail, history, help) are lists of lines wrapped to
 * the screen, built here; page_draw paints them. */

void page_free(struct page *p)
{
    size_t i;

    for (i = 0; i < p->n; i++)
        free(p->l[i].text);
    free(p->l);
    p->l = NULL;
    p->n = 0;
}

static struct pline *add(struct page *p, enum pl_style st, char *text)
{
    struct pline *l;

    p->l = xrealloc(p->l, (p->n + 1) * sizeof *p->l);
    l = &p->l[p->n++];
    memset(l, 0, sizeof *l);
    l->style = st;
    l->text = text;
    return l;
}

/* label wrapped in lw cells (never cut: "... toelichting (Nederlands)"
 * and "(Engels)" stay told apart, as irdesk show does) and text wrapped in
 * the rest of width, side by side. */
static void add_pair(struct page *p, const char *label, const char *text, size_t lw,
                     size_t width, enum pl_style st)
{
    size_t room = width > lw + 4 + 10 ? width - lw - 4 : 10, n = 0, nl = 0, i;
    char **lines = text_wrap(text, room, &n);
    char **labels = text_wrap(label, lw > 0 ? lw : 1, &nl);

    for (i = 0; i < n || i < nl; i++) {
        char *pad = text_fit(i < nl ? labels[i] : "", lw, 1);
        struct pline *l = add(p, i == 0 || (st == PL_LABEL && i < nl) ? st
                                 : st == PL_LABEL                     ? PL_TEXT
                                                                      : st,
                              xasprintf(" %s  %s", pad, i < n ? lines[i] : ""));
        l->label_w = i < nl ? lw + 1 : 0;
        free(pad);
    }
    text_lines_free(labels, nl);
    text_lines_free(lines, n);
}

/* Text wrapped to width: its first line after indent, the others after
 * three spaces; each fits with a cell to spare. */
static void add_wrapped(struct page *p, enum pl_style st, const char *text, size_t width,
                        const char *indent)
{
    static const char more[] = "   ";
    size_t n = 0, i, iw = text_width(indent) > 3 ? text_width(indent) : 3;
    char **lines = text_wrap(text, width > iw + 2 ? width - iw - 1 : 1, &n);

    for (i = 0; i < n; i++)
        add(p, st, xasprintf("%s%s", i ? more : indent, lines[i]));
    text_lines_free(lines, n);
}

void page_from_detail(struct page *p, struct app *a, enum kind_id k, int64_t id, long hist,
                      size_t width)
{
    struct detail *d = NULL;
    struct ird_err e = { 0 };
    size_t i, lw = 0, hw = 0;

    page_free(p);
    if (detail_build(a, k, id, hist, &d, &e) < 0) {
        add(p, PL_TEXT, xstrdup(e.msg));
        return;
    }
    for (i = 0; i < d->n; i++) {
        size_t w = d->lines[i].label ? text_width(d->lines[i].label) : 0;
        if (d->lines[i].type == DL_FIELD && w > lw)
            lw = w;
        if (d->lines[i].type == DL_HIST && w > hw)
            hw = w;
    }
    lw = layout_label_width(lw, width);
    for (i = 0; i < d->n; i++) {
        const struct dline *l = &d->lines[i];
        struct pline *pl;
        size_t before = p->n, j;
        switch (l->type) {
        case DL_TITLE:
            add_wrapped(p, PL_TITLE, l->text, width, " ");
            break;
        case DL_SECTION:
            add(p, PL_TEXT, xstrdup(""));
            add(p, PL_SECTION, xasprintf(" %s", l->text));
            break;
        case DL_FIELD:
            add_pair(p, l->label, l->text, lw, width, PL_LABEL);
            break;
        case DL_HIST:
            add_pair(p, l->label, l->text, hw, width, PL_TEXT);
            break;
        case DL_LINK:
        case DL_FILE:
            add_wrapped(p, PL_LINK, l->text, width, l->type == DL_LINK ? " → " : " + ");
            for (j = before; j < p->n; j++) {
                pl = &p->l[j];
                pl->kind = l->kind;
                pl->id = l->type == DL_LINK ? l->id : id;
                pl->file = l->type == DL_FILE ? l->id : 0;
            }
            break;
        default:
            add_wrapped(p, l->type == DL_NOTE ? PL_DIM : PL_TEXT, l->text, width, "   ");
            break;
        }
    }
    detail_free(&d);
}

int page_history(struct page *p, struct app *a, enum kind_id k, int64_t id, long limit,
                 size_t width)
{
    struct record *r = NULL;
    struct hist *h = NULL;
    struct ird_err e = { 0 };
    size_t n = 0, i, hw = 0;
    char *title, **whens, at[WHEN_MAX];
    int more = 0;

    page_free(p);
    /* one line more than shown tells whether there is more to page in */
    if (desk_get(a, k, id, &r, &e) < 0 || desk_history(a, k, id, 0, limit + 1, &h, &n, &e) < 0) {
        add(p, PL_TEXT, xstrdup(e.msg));
        record_free(&r);
        return 0;
    }
    if ((long)n > limit) {
        more = 1;
        n = (size_t)limit;
    }
    title = xasprintf("%s · %s %lld · %s", _("History"), _(r->kind->label), (long long)id,
                      record_title(r));
    add_wrapped(p, PL_TITLE, title, width, " ");
    free(title);
    add(p, PL_TEXT, xstrdup(""));
    /* each line's time and user made once: the widest sets the column */
    whens = n > 0 ? xcalloc(n, sizeof *whens) : NULL;
    for (i = 0; i < n; i++) {
        whens[i] = xasprintf("%s  %s", when_local(h[i].at, at), h[i].user);
        if (text_width(whens[i]) > hw)
            hw = text_width(whens[i]);
    }
    for (i = 0; i < n; i++) {
        char *what = desk_hist_text(r->kind, &h[i]);
        add_pair(p, whens[i], what, hw, width, PL_TEXT);
        free(whens[i]);
        free(what);
    }
    free(whens);
    if (n == 0)
        add(p, PL_DIM, xasprintf("   %s", _("No history yet.")));
    if (more)
        add(p, PL_DIM, xasprintf("   %s", _("… older lines follow as you scroll")));
    hist_list_free(h, n + (size_t)more);
    record_free(&r);
    return more;
}

/* The names of the keys of ctx for c (with arg, or any when arg < 0),
 * joined by spaces; two codes of one key (Backspace, Enter) are named once. */
static char *keys_of(enum keymap_ctx ctx, enum cmd c, int arg)
{
    size_t nk = 0, i;
    const struct binding *keys = keymap_table(ctx, &nk);
    struct buf b = { 0 };

    for (i = 0; i < nk; i++) {
        char name[16], *have;
        size_t nl;
        if (keys[i].cmd != c || (arg >= 0 && keys[i].arg != arg))
            continue;
        keymap_key_name(keys[i].key, name, sizeof name);
        nl = strlen(name);
        for (have = b.s; have != NULL && (have = strstr(have, name)) != NULL; have += nl)
            if ((have == b.s || have[-1] == ' ') && (have[nl] == ' ' || have[nl] == '\0'))
                break;
        if (have == NULL)
            buf_printf(&b, "%s%s", b.len ? " " : "", name);
    }
    return buf_take(&b);
}

/* One line per command of ctx with every key bound to it; on the desk, a
 * pane command once per kind. */
static void help_keys(struct page *p, enum keymap_ctx ctx, size_t width)
{
    int c, k;

    for (c = 1; c < CMD_COUNT; c++)
        for (k = 0; k < (c == CMD_PANE ? KIND_COUNT : 1); k++) {
            int arg = c == CMD_PANE ? k : -1;
            char *keys = keys_of(ctx, (enum cmd)c, arg), *help = keymap_help_text((enum cmd)c, arg);
            if (keys[0] != '\0')
                add_pair(p, keys, help, 24, width, PL_LABEL);
            free(help);
            free(keys);
        }
}

void page_help(struct page *p, size_t width)
{
    static const struct {
        enum keymap_ctx ctx;
        const char *title;
    } more[] = {
        { KEYMAP_FORM, N_("In the edit form") },
        { KEYMAP_EDIT, N_("Typing a line (a filter, a note, a text field of the form)") },
        { KEYMAP_MENU, N_("In a menu") },
    };
    size_t i;

    page_free(p);
    add(p, PL_TITLE, xasprintf(" %s", _("irdesk — keys")));
    add(p, PL_TEXT, xstrdup(""));
    help_keys(p, KEYMAP_DESK, width);
    for (i = 0; i < sizeof more / sizeof more[0]; i++) {
        add(p, PL_TEXT, xstrdup(""));
        add(p, PL_SECTION, xasprintf(" %s", _(more[i].title)));
        help_keys(p, more[i].ctx, width);
    }
    add(p, PL_TEXT, xstrdup(""));
    add_wrapped(p, PL_DIM,
                _("Other keys type the character. Enter on a long text opens $VISUAL or "
                  "$EDITOR, or without them an editor inside the desk (Enter: a new line, "
                  "Ctrl-S: keep the text)."),
                width, " ");
}

void page_text(struct page *p, const char *text, size_t width)
{
    const char *s = text;

    page_free(p);
    while (*s != '\0') {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        if (*s == '\f') {
            char *brk = xasprintf("%s %s ", "──", _("page break"));
            struct buf b = { 0 };
            buf_add(&b, brk);
            while (text_width(b.s) < width)
                buf_add(&b, "─");
            add(p, PL_DIM, buf_take(&b));
            free(brk);
            s++;
            len--;
        }
        add(p, PL_TEXT, xstrndup(s, len));
        s += len + (nl ? 1 : 0);
    }
}

static void style_on(const struct screen *s, enum pl_style st)
{
    switch (st) {
    case PL_TITLE:
        attron(A_BOLD);
        break;
    case PL_SECTION:
        attron(A_BOLD | A_UNDERLINE);
        break;
    case PL_LINK:
        screen_style_on(s, STYLE_LINK);
        break;
    case PL_DIM:
        attron(A_DIM);
        break;
    default:
        break;
    }
}

void page_draw(const struct screen *s, const struct page *p, int y, int rows, long top, long sel,
               int cols)
{
    int r;

    for (r = 0; r < rows && (size_t)(top + r) < p->n; r++) {
        const struct pline *l = &p->l[top + r];
        char *fit = text_fit(l->text, (size_t)cols, 1);
        if (top + r == sel)
            attron(A_REVERSE);
        style_on(s, l->style);
        mvaddstr(y + r, 0, fit);
        attrset(A_NORMAL);
        if (l->style == PL_LABEL && l->label_w > 0 && top + r != sel) {
            /* labels in bold: repaint the label part */
            attron(A_BOLD);
            mvaddnstr(y + r, 0, l->text, (int)text_prefix(l->text, l->label_w));
            attroff(A_BOLD);
        }
        free(fit);
    }
}

struct pline *page_add(struct page *p, enum pl_style st, char *text)
{
    return add(p, st, text);
}
