#ifndef IRDESK_CORE_VIEWS_H
#define IRDESK_CORE_VIEWS_H

#include <stddef.h>

#include "lib/err.h"
#include "model/kind.h"
#include "model/saved.h"

struct app;
struct query;

/* Saved views: a pane with its filter, status filter, sort and columns,
 * under a name.  The database's are shared by every desk; personal ones
 * are "view.NAME = ..." lines of the configuration (irdesk(5)). */

/* Room for a derived condition's text that a query's status points at. */
enum { VIEWS_COND = 96 };

/* Every view: the database's, then the configuration's.  *out owned
 * (view_def_list_free). */
int views_all(struct app *a, struct view_def **out, size_t *n, struct ird_err *e);

/* The view called name (case ignored) into *out (view_def_fini); IRD_NOT_FOUND
 * names the views there are. */
int views_find(struct app *a, const char *name, struct view_def *out, struct ird_err *e);

/* A view's title in the current language (borrowed: its name when it has
 * none). */
const char *views_title(const struct view_def *v);

/* The kind v shows when opened on pane (its own, else the pane's); -1
 * when v names a kind this program does not know. */
int views_kind(const struct view_def *v, enum kind_id pane);

/* Set q from v, for kind k (views_kind): status, sort and direction; the
 * search and the columns are left to the caller (v->search, v->columns:
 * checked to be list columns of k).  The status filter (a status code or
 * a derived condition's text) goes into cond (VIEWS_COND bytes), which
 * q->status then points at: it must live as long as q.  IRD_INVALID when v names an unknown status or
 * field. */
int views_apply(struct app *a, const struct view_def *v, enum kind_id k, struct query *q,
                char *cond, struct ird_err *e);

/* The view of q under name (caller: view_def_fini). */
void views_from_query(const struct query *q, const char *name, struct view_def *out);

/* 0 when v may be saved under its name, *replaces 1 when that replaces a
 * saved view of the same kind (ask first); -1 with the reason when the
 * name is empty, a shipped view's (its name or either title), one of the
 * configuration's or a view's of another kind. */
int views_check_name(struct app *a, const struct view_def *v, int *replaces, struct ird_err *e);

/* Check the name (views_check_name) and save v in the database; a saved
 * view of that name and kind is replaced. */
int views_save(struct app *a, const struct view_def *v, struct ird_err *e);

/* A personal view from its configuration value, "KIND [status=S]
 * [sort=FIELD] [desc] [search=WORDS...]" (search takes the rest of the
 * line; KIND may be "any").  *out filled (view_def_fini) on success. */
int views_parse(const char *name, const char *spec, struct view_def *out, struct ird_err *e);

#endif
