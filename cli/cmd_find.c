/* The subcommands of saved views and of the search of everything:
 * `views`, `list --view NAME`, `search TEXT`. */
#include "cli/cmd.h"

#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/finder.h"
#include "core/views.h"
#include "i18n/i18n.h"
#include "lib/err.h"
#include "lib/table.h"
#include "model/record.h"

int cmd_view_query(struct app *a, const struct cmd_call *c, struct query *q, char *cond,
                   char **columns, struct ird_err *e)
{
    struct view_def v;
    int k, rc = -1;

    if (views_find(a, c->o->view, &v, e) < 0)
        return -1;
    k = views_kind(&v, c->kind != NULL ? c->kind->id : KIND_CITY);
    if (v.kind == NULL && c->kind == NULL) {
        ird_fail(e, IRD_INVALID, _("The view \"%s\" goes with any kind: name one, as in "
                                   "irdesk list city --view %s."),
                 v.name, v.name);
        goto out;
    }
    if (k < 0 || (c->kind != NULL && v.kind != NULL && (int)c->kind->id != k)) {
        ird_fail(e, IRD_INVALID, _("The view \"%s\" shows %s, not %s."), v.name,
                 k >= 0 ? _(kind_get((enum kind_id)k)->plural) : v.kind, _(c->kind->plural));
        goto out;
    }
    if (views_apply(a, &v, (enum kind_id)k, q, cond, e) < 0)
        goto out;
    *columns = v.columns;
    v.columns = NULL;
    if (q->search == NULL && v.search != NULL) {
        /* the view's words, kept as long as the query: in cond's room after its status */
        size_t used = strlen(cond) + 1;
        if (used + strlen(v.search) < VIEWS_COND * 4)
            q->search = strcpy(cond + used, v.search);
    }
    rc = 0;
out:
    view_def_fini(&v);
    return rc;
}

int cmd_views(struct app *a, const struct cmd_call *c)
{
    struct view_def *v = NULL;
    struct ird_err e = { 0 };
    struct table *t;
    size_t n = 0, i;
    char *text;

    (void)c;
    if (views_all(a, &v, &n, &e) < 0)
        return cmd_fail(&e);
    t = table_new(4);
    table_column(t, 0, _("View"), 40, 0);
    table_column(t, 1, _("Kind"), 0, 0);
    table_column(t, 2, _("Shows"), 50, 0);
    table_column(t, 3, _("Kept in"), 0, 0);
    for (i = 0; i < n; i++) {
        const struct kind *k = v[i].kind ? kind_by_code(v[i].kind) : NULL;
        const char *cells[4] = { v[i].name, k ? _(k->label) : _("any"), views_title(&v[i]),
                                 v[i].personal ? _("configuration") : _("database") };
        table_add(t, cells);
    }
    text = table_render(t, 0);
    cmd_print("%s", text);
    free(text);
    table_free(&t);
    view_def_list_free(v, n);
    return 0;
}

int cmd_search(struct app *a, const struct cmd_call *c)
{
    struct find_line *l = NULL;
    struct ird_err e = { 0 };
    size_t n = 0;
    char *text;

    if (finder_run(a, c->args[0], &l, &n, &e) < 0)
        return cmd_fail(&e);
    if (n == 0) {
        cmd_print(_("Nothing matches \"%s\" in any kind, note or history.\n"), c->args[0]);
        return 0;
    }
    text = finder_render(l, n);
    cmd_print("%s", text);
    free(text);
    finder_free(l, n);
    return 0;
}
