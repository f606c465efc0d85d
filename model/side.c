/* The tables beside the kinds, as data (model/side.h). */
#include "model/side.h"

#include <limits.h>
#include <stddef.h>


#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Columns of a side table, shaped as fields: a number, a year, a text that
 * is the same in every language, a text with its twin (the next column). */
#define C_INT(nm)                                                                           \
    { .name = (nm), .label = (nm), .type = FT_INT, .flags = F_REQUIRED, .min = 1,           \
      .max = LONG_MAX, .alt = NO_FIELD, .not_before = NO_FIELD }
#define C_YEAR(nm)                                                                          \
    { .name = (nm), .label = (nm), .type = FT_YEAR, .min = 1000, .max = 9999,               \
      .alt = NO_FIELD, .not_before = NO_FIELD }
#define C_CODE(nm, fl)                                                                      \
    { .name = (nm), .label = (nm), .type = FT_LONG, .flags = F_NO_TWIN | (fl),              \
      .max = 100000, .alt = NO_FIELD, .not_before = NO_FIELD }
#define C_FLAG(nm)                                                                          \
    { .name = (nm), .label = (nm), .type = FT_INT, .flags = F_REQUIRED, .min = 0, .max = 1,   \
      .alt = NO_FIELD, .not_before = NO_FIELD }
#define C_TWIN(nm, fl, twin)                                                                \
    { .name = (nm), .label = (nm), .type = FT_LONG, .flags = (fl), .max = 100000,           \
      .alt = (twin), .not_before = NO_FIELD }
#define C_EN(nm)                                                                            \
    { .name = (nm), .label = (nm), .type = FT_LONG, .max = 100000, .alt = NO_FIELD,         \
      .not_before = NO_FIELD }

static const struct field chapter_cols[] = {
    C_INT("number"), C_TWIN("title_nl", F_REQUIRED, 2), C_EN("title_en"),
};

static const struct field priority_cols[] = {
    C_INT("id"), C_CODE("code", F_REQUIRED), C_TWIN("name_nl", F_REQUIRED, 3), C_EN("name_en"),
};

static const struct field meta_cols[] = {
    C_CODE("key", F_REQUIRED), C_TWIN("value", 0, 2), C_EN("value_en"),
};

static const struct field link_cols[] = {
    C_INT("id"), C_CODE("a_kind", F_REQUIRED), C_INT("a_id"), C_CODE("b_kind", F_REQUIRED),
    C_INT("b_id"), C_TWIN("note", 0, 6), C_EN("note_en"),
};

static const struct field role_cols[] = {
    C_INT("id"), C_INT("network_id"), C_TWIN("role_nl", F_REQUIRED, 3), C_EN("role_en"),
    C_TWIN("body", 0, 5), C_EN("body_en"), C_YEAR("from_year"), C_YEAR("to_year"),
    C_TWIN("note", 0, 9), C_EN("note_en"),
};

static const struct field initiative_priority_cols[] = {
    C_INT("initiative_id"), C_INT("priority_id"), C_TWIN("basis", 0, 3), C_EN("basis_en"),
};

/* a decision on a record (schema 8): dated, by a body, carried out or not */
static const struct field decision_cols[] = {
    C_INT("id"), C_CODE("kind", F_REQUIRED), C_INT("record_id"), C_CODE("decided", F_REQUIRED),
    C_TWIN("body", 0, 5), C_EN("body_en"), C_TWIN("text_nl", F_REQUIRED, 7), C_EN("text_en"),
    C_FLAG("en_given"), C_CODE("source", F_REQUIRED), C_CODE("done", 0),
    C_CODE("done_source", 0), C_CODE("done_status", 0),
};

/* a note of the journal on a record (schema 14), in the words it was written in */
static const struct field note_cols[] = {
    C_INT("id"), C_CODE("kind", F_REQUIRED), C_INT("record_id"), C_CODE("at", F_REQUIRED),
    C_CODE("user", F_REQUIRED), C_CODE("body", F_REQUIRED),
};

/* a saved view (schema 13): its conditions are codes, its title in both languages */
static const struct field view_cols[] = {
    C_INT("id"), C_CODE("name", F_REQUIRED), C_TWIN("title_nl", 0, 3), C_EN("title_en"),
    C_CODE("kind", 0), C_CODE("search", 0), C_CODE("status", 0), C_CODE("sort", 0),
    C_FLAG("descending"), C_CODE("columns", 0), C_FLAG("builtin"), C_CODE("at", 0),
    C_CODE("user", 0),
};

/* a history line's old and new values are values, not texts of a language */
static const struct field history_cols[] = {
    C_CODE("kind", F_REQUIRED), C_INT("record_id"), C_CODE("at", F_REQUIRED),
    C_CODE("user", F_REQUIRED), C_CODE("action", F_REQUIRED), C_CODE("field", 0),
    C_CODE("old", 0), C_CODE("new", 0), C_TWIN("note", 0, 9), C_EN("note_en"),
    C_CODE("source", 0),
};

/* a file attached to a record (schema 20): its bytes as base64 */
static const struct field attachment_cols[] = {
    C_INT("id"), C_CODE("kind", F_REQUIRED), C_INT("record_id"), C_CODE("name", F_REQUIRED),
    C_CODE("mime", F_REQUIRED),
    { .name = "size", .label = "size", .type = FT_INT, .flags = F_REQUIRED, .min = 0,
      .max = LONG_MAX, .alt = NO_FIELD, .not_before = NO_FIELD },
    C_CODE("sha256", F_REQUIRED), C_CODE("added_by", F_REQUIRED), C_CODE("added_at", F_REQUIRED),
    C_FLAG("archived"),
    { .name = "body", .label = "body", .type = FT_BLOB, .alt = NO_FIELD,
      .not_before = NO_FIELD },
};

static const struct side sides[SIDE_COUNT] = {
    [SIDE_CHAPTER] = { "chapter", NULL, chapter_cols, COUNT(chapter_cols), SIDE_NO_OWNER,
                       NO_FIELD, NO_FIELD },
    [SIDE_PRIORITY] = { "priority", NULL, priority_cols, COUNT(priority_cols), SIDE_NO_OWNER,
                        NO_FIELD, NO_FIELD },
    [SIDE_META] = { "meta", NULL, meta_cols, COUNT(meta_cols), SIDE_NO_OWNER, NO_FIELD,
                    NO_FIELD },
    [SIDE_VIEW] = { "view", NULL, view_cols, COUNT(view_cols), SIDE_NO_OWNER, NO_FIELD,
                    NO_FIELD },
    [SIDE_LINK] = { "link", NULL, link_cols, COUNT(link_cols), SIDE_NO_OWNER, NO_FIELD,
                    NO_FIELD },
    [SIDE_ROLE] = { "network_role", "roles", role_cols, COUNT(role_cols), KIND_NETWORK, 1,
                    NO_FIELD },
    [SIDE_INITIATIVE_PRIORITY] = { "initiative_priority", "priorities", initiative_priority_cols,
                                   COUNT(initiative_priority_cols), KIND_INITIATIVE, 0,
                                   NO_FIELD },
    [SIDE_DECISION] = { "decision", "decisions", decision_cols, COUNT(decision_cols),
                        SIDE_EVERY_KIND, 2, 1 },
    [SIDE_NOTE] = { "note", "journal", note_cols, COUNT(note_cols), SIDE_EVERY_KIND, 2, 1 },
    [SIDE_HISTORY] = { "history", "history", history_cols, COUNT(history_cols), SIDE_ANY_KIND,
                       1, 0 },
    [SIDE_ATTACHMENT] = { "attachment", "attachments", attachment_cols, COUNT(attachment_cols),
                          SIDE_EVERY_KIND, 2, 1 },
};

const struct side *side_get(enum side_id id)
{
    return (unsigned)id < SIDE_COUNT ? &sides[id] : NULL;
}

int side_of_kind(const struct side *sd, int k, int history)
{
    return sd->owner == k || sd->owner == SIDE_EVERY_KIND ||
           (sd->owner == SIDE_ANY_KIND && history);
}

int side_owner_col(const struct side *sd, int i)
{
    return i == sd->owner_col || i == sd->owner_kind_col;
}
