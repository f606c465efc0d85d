/* The GDPR commands: erasing a person's data (`irdesk erase contact ID`). */
#include "cli/cmd.h"

#include <stdio.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/desk.h"
#include "i18n/i18n.h"
#include "model/record.h"

int cmd_erase(struct app *a, const struct cmd_call *c)
{
    const struct kind *k = c->kind;
    struct ird_err e = { 0 };
    struct record *r = NULL;
    int kept = 0;

    if (!k->personal) {
        ird_fail(&e, IRD_INVALID, _("%s records hold no personal data: archive them instead "
                                    "(d in the desk)."),
                 _(k->plural));
        return cmd_fail(&e);
    }
    if (desk_get(a, k->id, c->id, &r, &e) < 0)
        return cmd_fail(&e);
    if (!c->o->yes && !isatty(STDIN_FILENO)) {
        record_free(&r);
        ird_fail(&e, IRD_INVALID, _("Erasing removes %s %lld for good: confirm with --yes."),
                 _(k->label), (long long)c->id);
        return cmd_fail(&e);
    }
    if (!c->o->yes) {
        printf(_("Erase everything held about %s %lld · %s? [y/N] "), _(k->label),
               (long long)c->id, record_title(r));
        if (!cmd_confirmed()) {
            record_free(&r);
            return 1;
        }
    }
    record_free(&r);
    if (desk_erase(a, k->id, c->id, &kept, &e) < 0)
        return cmd_fail(&e);
    cmd_print(_("%s %lld: the personal data are erased; its history keeps a dated note that "
                "they were.\n"),
              _(k->label), (long long)c->id);
    if (kept)
        cmd_warn("%s", _("Another desk was reading the database: the old pages leave the "
                         "write-ahead log at its next checkpoint, when that desk is done."));
    return 0;
}
