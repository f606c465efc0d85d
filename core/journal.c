#include "core/journal.h"

#include <stdlib.h>

#include "core/desk.h"
#include "core/validate.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "lib/when.h"
#include "model/ftype.h"
#include "model/saved.h"

int journal_add(struct app *a, enum kind_id k, int64_t id, const char *text,
                struct ird_err *e)
{
    char *body = text_trim(text != NULL ? text : "");
    int rc = -1;

    if (*body == '\0') {
        ird_fail(e, IRD_INVALID, "%s", _("A note needs some text; nothing was added."));
        goto out;
    }
    if (validate_text(_("Note"), body, 1, 4000, e) < 0)
        goto out;
    rc = desk_note_put(a, k, id, body, NULL, e);
out:
    free(body);
    return rc;
}

char *journal_heading(const char *at, const char *user)
{
    char when[WHEN_MAX];

    return xasprintf("%s  %s", at != NULL ? when_local(at, when) : "",
                     user != NULL ? user : "");
}
