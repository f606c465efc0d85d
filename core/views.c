#include "core/views.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/summary.h"
#include "core/validate.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "model/record.h"

/* The personal views of the configuration: "NAME\tSPEC" lines. */
static void add_personal(const struct app *a, struct view_def **v, size_t *n)
{
    const char *p = a->cfg.views;

    while (p != NULL && *p != '\0') {
        const char *tab = strchr(p, '\t'), *nl = strchr(p, '\n');
        char *name, *spec;
        if (tab == NULL || nl == NULL || tab > nl)
            break;
        name = xstrndup(p, (size_t)(tab - p));
        spec = xstrndup(tab + 1, (size_t)(nl - tab - 1));
        *v = xrealloc(*v, (*n + 1) * sizeof **v);
        if (views_parse(name, spec, &(*v)[*n], NULL) == 0) {
            (*v)[*n].personal = 1;
            (*n)++;
        }
        free(name);
        free(spec);
        p = nl + 1;
    }
}

int views_all(struct app *a, struct view_def **out, size_t *n, struct ird_err *e)
{
    if (desk_views(a, out, n, e) < 0)
        return -1;
    add_personal(a, out, n);
    return 0;
}

int views_find(struct app *a, const char *name, struct view_def *out, struct ird_err *e)
{
    struct view_def *v = NULL;
    struct buf names = { 0 };
    size_t n = 0, i;
    int rc = -1;

    memset(out, 0, sizeof *out);
    if (views_all(a, &v, &n, e) < 0)
        return -1;
    for (i = 0; i < n; i++) {
        if (strcasecmp(v[i].name, name) == 0) {
            *out = v[i];
            memset(&v[i], 0, sizeof v[i]);
            rc = 0;
            goto out;
        }
        buf_printf(&names, "%s%s", i ? ", " : "", v[i].name);
    }
    ird_fail(e, IRD_NOT_FOUND, _("There is no view \"%s\". Views: %s."), name,
             names.s ? names.s : "—");
out:
    buf_fini(&names);
    view_def_list_free(v, n);
    return rc;
}

const char *views_title(const struct view_def *v)
{
    const char *t = i18n_lang() == LANG_EN ? v->title_en : v->title_nl;

    return t != NULL ? t : v->name;
}

int views_kind(const struct view_def *v, enum kind_id pane)
{
    const struct kind *k;

    if (v->kind == NULL)
        return (int)pane;
    k = kind_by_code(v->kind);
    return k != NULL && k->id < KIND_COUNT ? (int)k->id : -1;
}

/* now minus days, as history stamps are written. */
static void days_before(const struct app *a, int days, char out[32])
{
    char now[32];
    struct tm tm;
    time_t t;

    app_now(a, now);
    memset(&tm, 0, sizeof tm);
    if (sscanf(now, "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
               &tm.tm_min, &tm.tm_sec) != 6) {
        snprintf(out, 32, "%s", now);
        return;
    }
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    t = timegm(&tm) - (time_t)days * 86400;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The first day of the month n months before today's ("2026-12-02", 24:
 * "2024-12-01"), in out. */
static void months_before(const struct app *a, int n, char out[32])
{
    char today[32];
    int y = 2000, m = 1, total;

    app_today(a, today);
    sscanf(today, "%d-%d", &y, &m);
    total = y * 12 + (m - 1) - n;
    snprintf(out, 32, "%04d-%02d-01", total / 12, total % 12 + 1);
}

/* v's status filter for kind k, written into cond: a code of k's, or a
 * derived condition.  NULL with *e filled when unknown. */
static const char *status_of(struct app *a, const struct view_def *v, const struct kind *k,
                             char *cond, struct ird_err *e)
{
    const struct choice *c;
    char day[32];

    if (strcmp(v->status, "~due") == 0) {
        app_today(a, day);
        summary_add_months(day, a->cfg.horizon, day);
        snprintf(cond, VIEWS_COND, "~due:%s", day);
    } else if (strcmp(v->status, "~changed") == 0) {
        days_before(a, 7, day);
        snprintf(cond, VIEWS_COND, "~changed:%s", day);
    } else if (strcmp(v->status, "~ended") == 0) {
        months_before(a, a->cfg.review, day);
        snprintf(cond, VIEWS_COND, "~ended:%s", day);
    } else if (strcmp(v->status, "~lacking") == 0) {
        snprintf(cond, VIEWS_COND, "%s", v->status);
    } else if (v->status[0] == '=' && strchr(v->status, ':') != NULL &&
               strlen(v->status) < VIEWS_COND) {
        snprintf(cond, VIEWS_COND, "%s", v->status);
    } else if ((c = kind_status(k, v->status)) != NULL) {
        /* in cond too: the desk tells the view's filter by where it points */
        snprintf(cond, VIEWS_COND, "%s", c->code);
    } else {
        ird_fail(e, IRD_INVALID, _("View \"%s\": \"%s\" is not a status of %s."), v->name,
                 v->status, _(k->plural));
        return NULL;
    }
    return cond;
}

/* Every name of v's columns is a list column of k. */
static int check_columns(const struct view_def *v, const struct kind *k, struct ird_err *e)
{
    const char *p = v->columns;

    while (p != NULL && *p != '\0') {
        const char *comma = strchr(p, ',');
        char *name = xstrndup(p, comma ? (size_t)(comma - p) : strlen(p));
        int f = kind_field(k, name);
        if (f < 0 || k->fields[f].list_width <= 0) {
            ird_fail(e, IRD_INVALID, _("View \"%s\": \"%s\" is not a column of the list of %s."),
                     v->name, name, _(k->plural));
            free(name);
            return -1;
        }
        free(name);
        p = comma ? comma + 1 : NULL;
    }
    return 0;
}

int views_apply(struct app *a, const struct view_def *v, enum kind_id k, struct query *q,
                char *cond, struct ird_err *e)
{
    const struct kind *kd = kind_get(k);
    const char *status = NULL;
    int sort = -1;

    if (v->status != NULL && (status = status_of(a, v, kd, cond, e)) == NULL)
        return -1;
    if (check_columns(v, kd, e) < 0)
        return -1;
    if (v->sort != NULL && (sort = kind_field(kd, v->sort)) < 0)
        return ird_fail(e, IRD_INVALID, _("View \"%s\": %s has no field \"%s\"."), v->name,
                        _(kd->plural), v->sort);
    q->kind = k;
    q->status = status;
    q->sort = sort;
    q->descending = v->descending;
    return 0;
}

void views_from_query(const struct query *q, const char *name, struct view_def *out)
{
    const struct kind *k = kind_get(q->kind);
    const char *colon = q->status != NULL ? strchr(q->status, ':') : NULL;

    memset(out, 0, sizeof *out);
    out->name = xstrdup(name);
    out->kind = xstrdup(k->code);
    out->search = xstrdup(q->search);
    /* a derived condition is saved without its day: it is worked out anew
     * each time the view is opened */
    if (q->status != NULL && q->status[0] == '~' && colon != NULL)
        out->status = xstrndup(q->status, (size_t)(colon - q->status));
    else
        out->status = xstrdup(q->status);
    out->sort = q->sort >= 0 ? xstrdup(k->fields[q->sort].name) : NULL;
    out->descending = q->descending != 0;
}

/* 1 when name is what view o is called: its name or either title. */
static int called(const struct view_def *o, const char *name)
{
    return strcasecmp(o->name, name) == 0 ||
           (o->title_nl != NULL && strcasecmp(o->title_nl, name) == 0) ||
           (o->title_en != NULL && strcasecmp(o->title_en, name) == 0);
}

/* Why the view o called name cannot be replaced by v; 0 when it can. */
static int refuse_name(const struct view_def *o, const struct view_def *v, struct ird_err *e)
{
    const struct kind *k = o->kind != NULL ? kind_by_code(o->kind) : NULL;

    if (o->builtin)
        return ird_fail(e, IRD_INVALID, _("\"%s\" is the name of a view that comes with irdesk; "
                                          "choose another name."),
                        v->name);
    if (o->personal)
        return ird_fail(e, IRD_INVALID, _("\"%s\" is the name of a view in your configuration; "
                                          "choose another name."),
                        v->name);
    if ((o->kind == NULL) != (v->kind == NULL) ||
        (o->kind != NULL && strcmp(o->kind, v->kind) != 0))
        return ird_fail(e, IRD_INVALID, _("\"%s\" is the name of a view of %s already; choose "
                                          "another name."),
                        v->name, k != NULL ? _(k->plural) : _("any kind"));
    return 0;
}

int views_check_name(struct app *a, const struct view_def *v, int *replaces, struct ird_err *e)
{
    struct view_def *all = NULL;
    size_t n = 0, i;
    int rc = 0;

    *replaces = 0;
    if (v->name == NULL || validate_text(_("Name"), v->name, 0, 60, e) < 0)
        return -1;
    if (strspn(v->name, " ") == strlen(v->name))
        return ird_fail(e, IRD_INVALID, "%s", _("A view needs a name."));
    if (views_all(a, &all, &n, e) < 0)
        return -1;
    for (i = 0; i < n && rc == 0; i++)
        if (called(&all[i], v->name)) {
            rc = refuse_name(&all[i], v, e);
            *replaces = 1;
        }
    view_def_list_free(all, n);
    return rc;
}

int views_save(struct app *a, const struct view_def *v, struct ird_err *e)
{
    int replaces;

    if (views_check_name(a, v, &replaces, e) < 0)
        return -1;
    return desk_view_put(a, v, e);
}

/* One word of a personal view's spec into out. */
static int parse_word(const char *name, const char *w, struct view_def *out, struct ird_err *e)
{
    if (strncmp(w, "status=", 7) == 0 && w[7] != '\0')
        out->status = xstrdup(w + 7);
    else if (strncmp(w, "sort=", 5) == 0 && w[5] != '\0')
        out->sort = xstrdup(w + 5);
    else if (strncmp(w, "columns=", 8) == 0 && w[8] != '\0')
        out->columns = xstrdup(w + 8);
    else if (strcmp(w, "desc") == 0)
        out->descending = 1;
    else
        return ird_fail(e, IRD_INVALID,
                        _("view %s: \"%s\" is not understood (status=S, sort=FIELD, desc, "
                          "columns=A,B or search=WORDS)."),
                        name, w);
    return 0;
}

int views_parse(const char *name, const char *spec, struct view_def *out, struct ird_err *e)
{
    char *copy = xstrdup(spec), *p, *save = NULL, *search;
    const struct kind *k;
    int rc = -1;

    memset(out, 0, sizeof *out);
    out->name = xstrdup(name);
    search = strstr(copy, "search=");
    if (search != NULL) {
        out->search = text_trim(search + 7);
        *search = '\0';
    }
    p = strtok_r(copy, " \t", &save);
    if (p == NULL) {
        ird_fail(e, IRD_INVALID, _("view %s: the value starts with a kind (or any)."), name);
        goto out;
    }
    k = kind_by_name(p);
    if (k == NULL && strcmp(p, "any") != 0) {
        ird_fail(e, IRD_INVALID, _("view %s: \"%s\" is not a kind."), name, p);
        goto out;
    }
    out->kind = k != NULL ? xstrdup(k->code) : NULL;
    while ((p = strtok_r(NULL, " \t", &save)) != NULL)
        if (parse_word(name, p, out, e) < 0)
            goto out;
    if (k != NULL && check_columns(out, k, e) < 0)
        goto out;
    rc = 0;
out:
    if (rc < 0)
        view_def_fini(out);
    free(copy);
    return rc;
}
