/* irdesk decide: a decision for a record's log, or that one was carried
 * out (the one way a decision moves a status). */
#include "cli/cmd.h"

#include <stdlib.h>

#include "cli/cli.h"
#include "core/desk.h"
#include "core/workflow.h"
#include "i18n/i18n.h"
#include "lib/err.h"
#include "model/kind.h"
#include "model/record.h"

int cmd_decide_check(struct cmd_call *c)
{
    const struct cli_opts *o = c->o;
    long long n;

    if (o->carried_out != NULL) {
        if (o->text != NULL || o->text_en != NULL || o->date != NULL || o->body != NULL)
            return cmd_usage_error("%s", _("decide: --carried-out goes with --source, "
                                           "--status and --decision only"));
    } else if (o->text == NULL || o->date == NULL) {
        return cmd_usage_error("%s", _("decide: give --text, --date and --source (a new "
                                       "decision), or --carried-out and --source"));
    } else if (o->status != NULL || o->decision != NULL) {
        return cmd_usage_error("%s", _("decide: --status and --decision go with "
                                       "--carried-out"));
    }
    if (o->source == NULL)
        return cmd_usage_error("%s", _("decide: --source is needed (the document and "
                                       "section)"));
    if (o->decision != NULL && cmd_number(o->decision, INT64_MAX, &n) != 0)
        return cmd_usage_error(_("'%s' is not a decision number"), o->decision);
    return 0;
}

int cmd_decide(struct app *a, const struct cmd_call *c)
{
    const struct cli_opts *o = c->o;
    const struct kind *k = c->kind;
    struct ird_err e = { 0 };
    struct record *r = NULL;
    long long did = 0;
    int64_t made = 0;
    char *line = NULL;

    if (o->decision != NULL)
        cmd_number(o->decision, INT64_MAX, &did);
    if (o->carried_out != NULL
            ? workflow_carry_out(a, k->id, c->id, (int64_t)did, o->carried_out, o->source,
                                 o->status, &e) < 0
            : workflow_decide(a, k->id, c->id, o->text, o->text_en, o->date, o->body, o->source,
                              &made, &e) < 0)
        return cmd_fail(&e);
    if (desk_get(a, k->id, c->id, &r, &e) < 0 || workflow_pending(a, k->id, c->id, &line, &e) < 0)
        return cmd_fail(&e);
    if (o->carried_out != NULL)
        cmd_print(_("%s %lld · %s: the decision was carried out on %s; status %s.\n"),
                  _(k->label), (long long)c->id, record_title(r), o->carried_out,
                  kind_status_label(k, r->status));
    else
        cmd_print(_("%s %lld · %s: decision %lld recorded; the status stays %s.\n"),
                  _(k->label), (long long)c->id, record_title(r), (long long)made,
                  kind_status_label(k, r->status));
    if (line != NULL)
        cmd_print("%s\n", line);
    free(line);
    record_free(&r);
    return 0;
}
