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

int journal_json(struct app *a, enum kind_id k, int64_t id, struct buf *b, struct ird_err *e)
{
    struct note *nt = NULL;
    size_t n = 0, i;

    if (desk_notes(a, k, id, &nt, &n, e) < 0)
        return -1;
    if (n > 0)
        buf_add(b, ", \"journal\": [");
    for (i = 0; i < n; i++) {
        buf_add(b, i ? ", {\"at\": " : "{\"at\": ");
        ftype_json_string(b, nt[i].at);
        buf_add(b, ", \"user\": ");
        ftype_json_string(b, nt[i].user);
        buf_add(b, ", \"text\": ");
        ftype_json_string(b, nt[i].body);
        buf_add(b, "}");
    }
    if (n > 0)
        buf_add(b, "]");
    note_list_free(nt, n);
    return 0;
}
