#include "core/extra.h"

#include <stdlib.h>

#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/record.h"
#include "model/twin.h"

/* Text in both languages added to b: the current one, else the other one
 * marked (model/twin.h). */
static void add_twin(struct buf *b, const char *nl, const char *en)
{
    char *t = twin_text(nl, en);

    buf_add(b, t);
    free(t);
}

/* "role, body (from–to)": the period as far as it is known. */
static void add_role(struct buf *b, const struct extra *x)
{
    add_twin(b, x->nl, x->en);
    if (x->body != NULL || x->body_en != NULL) {
        buf_add(b, ", ");
        add_twin(b, x->body, x->body_en);
    }
    if (x->from_year != 0 && x->to_year != 0)
        buf_printf(b, " (%d–%d)", x->from_year, x->to_year);
    else if (x->from_year != 0)
        /* L10N: a role whose last year is not known: "(from 2019)" */
        buf_printf(b, _(" (from %d)"), x->from_year);
    else if (x->to_year != 0)
        /* L10N: a role whose first year is not known: "(until 2021)" */
        buf_printf(b, _(" (until %d)"), x->to_year);
}

char *extra_title(const struct extra *x)
{
    struct buf b = { 0 };
    char *name = twin_text(x->nl, x->en);

    switch (x->type) {
    case EXTRA_CHAPTER:
        /* L10N: a chapter of the policy note: its number and its title */
        buf_printf(&b, _("Chapter %d: %s"), x->number, name);
        break;
    case EXTRA_PRIORITY:
        /* L10N: one of the policy note's top priorities that an initiative serves */
        buf_printf(&b, _("Top priority: %s"), name);
        break;
    case EXTRA_ROLE:
        add_role(&b, x);
        break;
    }
    free(name);
    return buf_take(&b);
}

char *extra_text(const struct extra *x)
{
    struct buf b = { 0 };
    char *title = extra_title(x);

    buf_add(&b, title);
    free(title);
    if (x->note != NULL || x->note_en != NULL) {
        /* a role's note, a priority's basis in the note */
        buf_add(&b, " — ");
        add_twin(&b, x->note, x->note_en);
    }
    return buf_take(&b);
}
