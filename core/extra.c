#include "core/extra.h"

#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/record.h"

/* The extra's name in the current language; English falls back to Dutch. */
static const char *extra_name(const struct extra *x)
{
    const char *s = i18n_lang() == LANG_EN && x->en != NULL ? x->en : x->nl;

    return s != NULL ? s : "";
}

/* "role, body (from–to)": the period as far as it is known. */
static char *extra_role(const struct extra *x)
{
    struct buf b = { 0 };

    buf_add(&b, extra_name(x));
    if (x->body != NULL)
        buf_printf(&b, ", %s", x->body);
    if (x->from_year != 0 && x->to_year != 0)
        buf_printf(&b, " (%d–%d)", x->from_year, x->to_year);
    else if (x->from_year != 0)
        buf_printf(&b, " (%d)", x->from_year);
    else if (x->to_year != 0)
        buf_printf(&b, " (–%d)", x->to_year);
    return buf_take(&b);
}

char *extra_text(const struct extra *x)
{
    switch (x->type) {
    case EXTRA_CHAPTER:
        /* L10N: a chapter of the policy note: its number and its title */
        return xasprintf(_("Chapter %d: %s"), x->number, extra_name(x));
    case EXTRA_PRIORITY:
        /* L10N: one of the policy note's top priorities that an initiative serves */
        return xasprintf(_("Top priority: %s"), extra_name(x));
    case EXTRA_ROLE:
        break;
    }
    return extra_role(x);
}
