/* The calendar on the command line (`agenda`, `export agenda`), the files
 * attached to records (`attach`, `detach`, `attachment get`) and links
 * between records (`link`, `unlink`). */
#include "cli/cmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/agenda.h"
#include "core/app.h"
#include "core/attach.h"
#include "core/desk.h"
#include "core/ics.h"
#include "core/outfile.h"
#include "i18n/i18n.h"
#include "lib/err.h"
#include "lib/mem.h"
#include "model/kind.h"
#include "model/saved.h"

int cmd_agenda_check(struct cmd_call *c)
{
    const struct cli_opts *o = c->o;
    struct ird_err e = { 0 };
    char day[AGENDA_DAY_LEN];
    long long n = 30;

    if (o->days != NULL && cmd_number(o->days, CMD_DAYS_MAX, &n) < 0)
        return cmd_usage_error(_("--days needs a number of days from 1 to %d, not '%s'"),
                               CMD_DAYS_MAX, o->days);
    if (o->from != NULL && agenda_parse_day(o->from, day, &e) < 0)
        return cmd_usage_error("%s", e.msg);
    c->days = (int)n;
    return 0;
}

int cmd_agenda(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };
    char from[16], *text = NULL;

    if (c->o->from != NULL)
        snprintf(from, sizeof from, "%s", c->o->from);
    else
        app_today(a, from);
    if (agenda_render(a, from, c->days, &text, &e) < 0)
        return cmd_fail(&e);
    cmd_print("%s", text);
    free(text);
    return 0;
}

int cmd_export_agenda_check(struct cmd_call *c)
{
    if (c->o->format == NULL)
        return cmd_usage_error("%s", _("export agenda needs --format ics"));
    if (strcmp(c->o->format, "ics") != 0)
        return cmd_usage_error(_("the agenda is exported with --format ics, not '%s'"),
                               c->o->format);
    return 0;
}

int cmd_export_agenda(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };
    char *ics = NULL;
    size_t len = 0;
    int rc;

    if (ics_export(a, &ics, &len, &e) < 0)
        return cmd_fail(&e);
    fflush(stdout);
    rc = app_write_file(a, c->o->out ? c->o->out : "-", ics, len,
                        c->o->follow ? OUTFILE_FOLLOW : 0, &e);
    free(ics);
    return rc < 0 ? cmd_fail(&e) : 0;
}

int cmd_attach(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };
    int64_t aid = 0;

    if (attach_add(a, c->kind->id, c->id, c->args[2], &aid, &e) < 0)
        return cmd_fail(&e);
    /* L10N: the file's name, the record's kind and number */
    cmd_print(_("\"%s\" is attached to %s %lld.\n"),
              strrchr(c->args[2], '/') ? strrchr(c->args[2], '/') + 1 : c->args[2],
              _(c->kind->label), (long long)c->id);
    return 0;
}

int cmd_detach(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };
    struct attachment *att = NULL;

    if (attach_pick(a, c->kind->id, c->id, c->args[2], &att, &e) < 0 ||
        desk_detach(a, att, &e) < 0) {
        attachment_list_free(att, att != NULL);
        return cmd_fail(&e);
    }
    cmd_print(_("\"%s\" of %s %lld is archived; the history keeps that it was there.\n"),
              att->name, _(c->kind->label), (long long)c->id);
    attachment_list_free(att, 1);
    return 0;
}

int cmd_attachment_get(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };
    struct attachment *att = NULL;
    int rc;

    if (attach_pick(a, c->kind->id, c->id, c->args[2], &att, &e) < 0)
        return cmd_fail(&e);
    fflush(stdout);
    rc = attach_save(a, att->id, c->o->out ? c->o->out : "-", c->o->follow, &e);
    attachment_list_free(att, 1);
    return rc < 0 ? cmd_fail(&e) : 0;
}

int cmd_link_check(struct cmd_call *c)
{
    long long id;
    int rc;

    c->kind2 = kind_by_name(c->args[2]);
    if (c->kind2 == NULL)
        return cmd_usage_error(_("unknown kind '%s'"), c->args[2]);
    rc = cmd_number(c->args[3], INT64_MAX, &id);
    if (rc < 0)
        return cmd_usage_error(_("'%s' is not a record number"), c->args[3]);
    c->id2 = id;
    return 0;
}

/* "Agreement 3 and City 1": the two records of a link; caller frees. */
static char *pair(const struct cmd_call *c)
{
    return xasprintf("%s %lld, %s %lld", _(c->kind->label), (long long)c->id,
                     _(c->kind2->label), (long long)c->id2);
}

int cmd_link(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };
    char *both;

    if (desk_link_put(a, c->kind->id, c->id, c->kind2->id, c->id2,
                      c->nargs > 4 ? c->args[4] : NULL, &e) < 0)
        return cmd_fail(&e);
    both = pair(c);
    cmd_print(_("Linked: %s.\n"), both);
    free(both);
    return 0;
}

int cmd_unlink(struct app *a, const struct cmd_call *c)
{
    struct ird_err e = { 0 };
    char *both;

    if (desk_unlink(a, c->kind->id, c->id, c->kind2->id, c->id2, &e) < 0)
        return cmd_fail(&e);
    both = pair(c);
    cmd_print(_("The link is removed: %s.\n"), both);
    free(both);
    return 0;
}
