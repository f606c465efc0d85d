#ifndef IRDESK_MODEL_KINDS_H
#define IRDESK_MODEL_KINDS_H

#include "model/kind.h"

/* The fields of each kind by name, in the order of its table (model/kinds.c).
 * Code outside the descriptors does not need them: it goes by the flags. */
enum city_field {
    CITY_NAME_NL, CITY_NAME_EN, CITY_NAME_NATIVE, CITY_COUNTRY_NL, CITY_COUNTRY_EN,
    CITY_RELATION, CITY_SINCE, CITY_ACTIVITY, CITY_DECISION, CITY_NOTES, CITY_NFIELDS
};

enum agreement_field {
    AGREEMENT_TITLE, AGREEMENT_CITY_ID, AGREEMENT_TYPE, AGREEMENT_PARTY, AGREEMENT_SIGNED,
    AGREEMENT_STARTS, AGREEMENT_ENDS, AGREEMENT_HUMAN_RIGHTS, AGREEMENT_FATE, AGREEMENT_NOTES,
    AGREEMENT_NFIELDS
};

enum network_field {
    NETWORK_NAME, NETWORK_SCOPE, NETWORK_SINCE, NETWORK_UNTIL, NETWORK_NEXT_REVIEW,
    NETWORK_NOTES, NETWORK_NFIELDS
};

enum initiative_field {
    INITIATIVE_NUMBER, INITIATIVE_CHAPTER, INITIATIVE_TEXT_NL, INITIATIVE_TITLE_EN,
    INITIATIVE_OWNER, INITIATIVE_NOTES, INITIATIVE_NFIELDS
};

/* The descriptor table, indexed by enum kind_id (static). */
const struct kind *kinds_table(void);

#endif
