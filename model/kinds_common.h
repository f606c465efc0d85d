#ifndef IRDESK_MODEL_KINDS_COMMON_H
#define IRDESK_MODEL_KINDS_COMMON_H

/* What the descriptor files (model/kinds.c, model/kinds_work.c) share:
 * included by them only, each holding its own copy of the tables. */

#include "model/kind.h"
#include "i18n/i18n.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))


/* ---- both languages ------------------------------------------------------ */

/* Where a record's English comes from (its en_source). */
static const struct choice en_sources[] = {
    { .code = "documents", .label = N_("The documents' own English (2025 English page)") },
    { .code = "translation", .label = N_("The service's translation") },
    { .code = "mixed", .label = N_("Partly the documents' own English, partly the service's "
                                   "translation") },
    { 0 },
};

/* An English twin of a descriptive field (the Dutch one names it in alt). */
#define TWIN_EN(nm, lab, ty, mx)                                                           \
    { .name = (nm), .label = (lab), .type = (ty), .max = (mx), .alt = NO_FIELD,             \
      .not_before = NO_FIELD }
/* Where the record's English comes from. */
#define EN_SOURCE                                                                           \
    { .name = "en_source", .label = N_("English text"), .type = FT_ENUM,                   \
      .flags = F_NO_TWIN, .alt = NO_FIELD, .not_before = NO_FIELD, .choices = en_sources }

static const struct choice booleans[] = {
    { .code = "1", .label = N_("Yes") },
    { .code = "0", .label = N_("No") },
    { 0 },
};

#endif
