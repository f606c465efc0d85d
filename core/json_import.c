/* The JSON import (core/json_import.h): parsed whole by jansson, checked
 * against the kinds' and side tables' descriptors, written row by row as
 * stored in one transaction. */
#include "core/json_import.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/desk.h"
#include "core/import.h"
#include "core/validate.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/record.h"
#include "model/side.h"

/* An import under way. */
struct jrun {
    struct app *a;
    struct import_result *res;
    struct ird_err *e;
    const char *where; /* what is being read, for messages: "city 3" */
    char place[96];
};

/* Fail with msg about the row being read. */
static int jfail(struct jrun *j, const char *msg)
{
    return ird_fail(j->e, IRD_INVALID, "%s: %s", j->where, msg);
}

/* The text of JSON value v for field f, in *out (NULL for null; caller
 * frees): a whole number for a number field, true or false for a yes/no,
 * a string for the rest; anything else is refused. */
static int json_text(struct jrun *j, const struct field *f, json_t *v, char **out)
{
    *out = NULL;
    if (json_is_null(v))
        return 0;
    if (ftype_is(f->type, FTYPE_WHOLE) && json_is_integer(v)) {
        *out = xasprintf("%lld", (long long)json_integer_value(v));
        return 0;
    }
    if (f->type == FT_BOOL && json_is_boolean(v)) {
        *out = xstrdup(json_is_true(v) ? "1" : "0");
        return 0;
    }
    if (json_is_string(v) && f->type != FT_BOOL && !ftype_is(f->type, FTYPE_WHOLE)) {
        *out = xstrdup(json_string_value(v));
        return 0;
    }
    return ird_fail(j->e, IRD_INVALID, _("%s: \"%s\" has a value of the wrong type (%s wanted)."),
                    j->where, f->name,
                    ftype_is(f->type, FTYPE_WHOLE) ? _("a whole number")
                    : f->type == FT_BOOL          ? _("true or false")
                                                  : _("a text"));
}

/* What an added or unchanged row counts. */
static void count(struct jrun *j, int added)
{
    if (added)
        j->res->created++;
    else
        j->res->unchanged++;
}

/* The message for a row the database holds with other values. */
static int conflict(struct jrun *j)
{
    return jfail(j, _("the database holds it with other values; a JSON file is imported into "
                      "an empty database, or back into the one it came from."));
}

/* One row of side table sd (of record owner of kind k, when it has one). */
static int side_row(struct jrun *j, const struct side *sd, const struct kind *k,
                    int64_t owner, json_t *obj)
{
    char **vals = xcalloc((size_t)sd->ncols, sizeof *vals);
    const char *key;
    json_t *v;
    int i, added = 0, rc = -1;

    if (!json_is_object(obj)) {
        jfail(j, _("a row is not a JSON object."));
        goto out;
    }
    json_object_foreach(obj, key, v) {
        int c = -1;
        for (i = 0; i < sd->ncols && c < 0; i++)
            if (strcmp(sd->cols[i].name, key) == 0 && !(k != NULL && side_owner_col(sd, i)))
                c = i;
        if (c < 0) {
            ird_fail(j->e, IRD_INVALID, _("%s: \"%s\" is not a column of %s."), j->where, key,
                     sd->table);
            goto out;
        }
        if (json_text(j, &sd->cols[c], v, &vals[c]) < 0)
            goto out;
    }
    if (sd->owner_col >= 0 && k != NULL)
        vals[sd->owner_col] = xasprintf("%lld", (long long)owner);
    if (sd->owner_kind_col >= 0 && k != NULL)
        vals[sd->owner_kind_col] = xstrdup(k->code);
    for (i = 0; i < sd->ncols; i++) {
        if ((sd->cols[i].flags & F_REQUIRED) && (vals[i] == NULL || *vals[i] == '\0')) {
            ird_fail(j->e, IRD_INVALID, _("%s: %s needs \"%s\"."), j->where, sd->table,
                     sd->cols[i].name);
            goto out;
        }
        if (validate_value(&sd->cols[i], vals[i], j->e) < 0)
            goto out;
    }
    if (desk_side_put(j->a, sd, vals, &added, j->e) < 0) {
        if (j->e->code == IRD_INVALID)
            conflict(j);
        goto out;
    }
    count(j, added);
    rc = 0;
out:
    for (i = 0; i < sd->ncols; i++)
        free(vals[i]);
    free(vals);
    return rc;
}

/* The rows of side table sd in array arr. */
static int side_rows(struct jrun *j, const struct side *sd, const struct kind *k, int64_t owner,
                     json_t *arr)
{
    size_t i;
    json_t *v;

    if (!json_is_array(arr))
        return ird_fail(j->e, IRD_INVALID, _("%s: \"%s\" is not a list."), j->where,
                        k != NULL ? sd->key : sd->table);
    json_array_foreach(arr, i, v)
        if (side_row(j, sd, k, owner, v) < 0)
            return -1;
    return 0;
}

/* The side table whose rows a record of kind k holds under key, or NULL. */
static const struct side *nested(const struct kind *k, const char *key)
{
    int s;

    for (s = 0; s < SIDE_COUNT; s++) {
        const struct side *sd = side_get((enum side_id)s);
        if (sd->key != NULL && strcmp(sd->key, key) == 0 &&
            side_of_kind(sd, (int)k->id, 1))
            return sd;
    }
    return NULL;
}

/* A bookkeeping value of a record: id, version, status, archived. */
static int record_meta(struct jrun *j, struct record *r, const char *key, json_t *v)
{
    if (strcmp(key, "status") == 0 && json_is_string(v)) {
        record_set_status(r, json_string_value(v));
        return 0;
    }
    if (strcmp(key, "archived") == 0 && json_is_boolean(v)) {
        r->archived = json_is_true(v);
        return 0;
    }
    if (strcmp(key, "version") == 0 && json_is_integer(v) && json_integer_value(v) >= 1) {
        r->version = json_integer_value(v);
        return 0;
    }
    if (strcmp(key, "id") == 0)
        return 0; /* read first */
    return ird_fail(j->e, IRD_INVALID, _("%s: \"%s\" has a value of the wrong type."), j->where,
                    key);
}

/* The fields and bookkeeping of record obj into r; its nested rows wait. */
static int record_fields(struct jrun *j, struct record *r, json_t *obj)
{
    const char *key;
    json_t *v;

    json_object_foreach(obj, key, v) {
        int f = kind_field(r->kind, key);
        char *text = NULL;
        if (f >= 0) {
            if (json_text(j, &r->kind->fields[f], v, &text) < 0)
                return -1;
            record_set(r, f, text);
            free(text);
        } else if (strcmp(key, "id") == 0 || strcmp(key, "version") == 0 ||
                   strcmp(key, "status") == 0 || strcmp(key, "archived") == 0) {
            if (record_meta(j, r, key, v) < 0)
                return -1;
        } else if (strcmp(key, "links") == 0) {
            /* what export wrote for a reader; the links come from "link" */
            if (!json_is_array(v))
                return jfail(j, _("\"links\" is not a list."));
        } else if (nested(r->kind, key) == NULL) {
            return ird_fail(j->e, IRD_INVALID, _("%s: \"%s\" is not one of its fields."),
                            j->where, key);
        }
    }
    return 0;
}

/* One record of kind k, then the rows it holds. */
static int record_one(struct jrun *j, const struct kind *k, json_t *obj)
{
    struct record *r = record_new(k);
    json_t *id = json_object_get(obj, "id"), *v;
    const char *key;
    int bad, added = 0, rc = -1;

    /* named as the user reads it: "Stad 3", "City 3" */
    snprintf(j->place, sizeof j->place, "%s", _(k->label));
    j->where = j->place;
    if (!json_is_object(obj) || !json_is_integer(id) || json_integer_value(id) < 1) {
        jfail(j, _("each record is a JSON object with its \"id\", a whole number."));
        goto out;
    }
    r->id = json_integer_value(id);
    r->version = 1;
    snprintf(j->place, sizeof j->place, "%s %lld", _(k->label), (long long)r->id);
    if (record_fields(j, r, obj) < 0)
        goto out;
    validate_normalize(r);
    if (validate_record(j->a, r, &bad, j->e) < 0) {
        char *msg = xstrdup(j->e->msg);
        jfail(j, msg);
        free(msg);
        goto out;
    }
    if (desk_put_raw(j->a, r, &added, j->e) < 0) {
        if (j->e->code == IRD_INVALID)
            conflict(j);
        goto out;
    }
    count(j, added);
    json_object_foreach(obj, key, v) {
        const struct side *sd = nested(k, key);
        if (sd != NULL && side_rows(j, sd, k, r->id, v) < 0)
            goto out;
    }
    rc = 0;
out:
    record_free(&r);
    return rc;
}

/* The top-level keys: a kind's code or a table of the whole; kind, when
 * not -1, the one kind the file may hold. */
static int check_keys(struct jrun *j, json_t *root, int kind)
{
    const char *key;
    json_t *v;

    json_object_foreach(root, key, v) {
        const struct kind *k = kind_by_code(key);
        int s, side = 0;
        for (s = 0; s < SIDE_COUNT; s++)
            side |= side_get((enum side_id)s)->owner == SIDE_NO_OWNER &&
                    strcmp(side_get((enum side_id)s)->table, key) == 0;
        if (k == NULL && !side)
            return ird_fail(j->e, IRD_INVALID,
                            _("The file holds \"%s\", which is not a kind or a table irdesk "
                              "exports."),
                            key);
        if (kind >= 0 && (k == NULL || (int)k->id != kind))
            return ird_fail(j->e, IRD_INVALID,
                            _("The file holds \"%s\" too: import it with \"all\"."), key);
        if (!json_is_array(v))
            return ird_fail(j->e, IRD_INVALID, _("\"%s\" is not a list."), key);
    }
    return 0;
}

/* A table of the whole portfolio in root, if there. */
static int whole(struct jrun *j, json_t *root, enum side_id id)
{
    const struct side *sd = side_get(id);
    json_t *arr = json_object_get(root, sd->table);

    j->where = sd->table;
    return arr == NULL ? 0 : side_rows(j, sd, NULL, 0, arr);
}

/* Everything in root, in the order its references need: the note's
 * chapters and priorities, the records kind by kind, then the links. */
static int import_root(struct jrun *j, json_t *root)
{
    static const enum side_id before[] = { SIDE_CHAPTER, SIDE_PRIORITY, SIDE_META, SIDE_VIEW };
    size_t i;
    int k;

    for (i = 0; i < sizeof before / sizeof before[0]; i++)
        if (whole(j, root, before[i]) < 0)
            return -1;
    for (k = 0; k < kind_count(); k++) {
        const struct kind *kd = kind_get((enum kind_id)k);
        json_t *arr = json_object_get(root, kd->code), *v;
        if (arr == NULL)
            continue;
        json_array_foreach(arr, i, v)
            if (record_one(j, kd, v) < 0)
                return -1;
    }
    return whole(j, root, SIDE_LINK);
}

/* Why jansson refused the text, in the user's language (its own text is
 * English only). */
static const char *json_reason(const json_error_t *jerr)
{
    switch (json_error_code(jerr)) {
    case json_error_invalid_utf8:
        return _("the text is not valid UTF-8");
    case json_error_premature_end_of_input:
        return _("the file ends before the JSON does");
    case json_error_end_of_input_expected:
        return _("there is more after the end of the JSON");
    case json_error_null_character:
        return _("it holds a NUL character (\\u0000)");
    case json_error_duplicate_key:
        return _("a key is given twice in one object");
    case json_error_numeric_overflow:
        return _("a number is too large");
    case json_error_stack_overflow:
        return _("it is nested too deeply");
    case json_error_out_of_memory:
        return _("there is not enough memory to read it");
    default:
        return _("this is not JSON syntax");
    }
}

int json_import_text(struct app *a, const char *data, size_t len, int kind, int dry_run,
                     struct import_result *res, struct ird_err *e)
{
    struct jrun j = { a, res, e, "", "" };
    json_error_t jerr;
    json_t *root;
    int rc = -1;

    memset(res, 0, sizeof *res);
    res->encoding = "UTF-8";
    /* jansson refuses text that is not UTF-8, NUL characters and a key
     * given twice */
    root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
    if (root == NULL)
        return ird_fail(e, IRD_INVALID, _("The file is not valid JSON (line %d, column %d): %s."),
                        jerr.line, jerr.column, json_reason(&jerr));
    if (!json_is_object(root)) {
        ird_fail(e, IRD_INVALID, "%s", _("The file is not an irdesk JSON export: it is not an "
                                         "object of kinds."));
        goto out;
    }
    if (check_keys(&j, root, kind) < 0 || desk_begin(a, e) < 0)
        goto out;
    if (import_root(&j, root) < 0) {
        desk_rollback(a);
        goto out;
    }
    if (dry_run) {
        desk_rollback(a);
        rc = 0;
    } else {
        rc = desk_commit(a, e);
    }
out:
    json_decref(root);
    if (rc < 0)
        res->created = res->unchanged = 0;
    return rc;
}

/* The whole regular file at path, in *out (caller frees). */
static int slurp(const char *path, char **out, size_t *len, struct ird_err *e)
{
    struct buf b = { 0 };
    struct stat sb;
    char chunk[65536];
    ssize_t got;
    int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK), rc = -1;

    if (fd < 0)
        return ird_fail(e, IRD_IO, _("Cannot read %s: %s."), path, strerror(errno));
    if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode)) {
        ird_fail(e, IRD_IO, _("%s is not a regular file: only a file can be imported."), path);
        goto out;
    }
    while ((got = read(fd, chunk, sizeof chunk)) > 0)
        buf_addn(&b, chunk, (size_t)got);
    if (got < 0) {
        ird_fail(e, IRD_IO, _("Cannot read %s: %s."), path, strerror(errno));
        goto out;
    }
    *len = b.len;
    *out = b.s != NULL ? buf_take(&b) : xstrdup("");
    rc = 0;
out:
    buf_fini(&b);
    close(fd);
    return rc;
}

int json_import_file(struct app *a, const char *path, int kind, int dry_run,
                     struct import_result *res, struct ird_err *e)
{
    char *data = NULL;
    size_t len = 0;
    int rc;

    memset(res, 0, sizeof *res);
    if (slurp(path, &data, &len, e) < 0)
        return -1;
    rc = json_import_text(a, data, len, kind, dry_run, res, e);
    free(data);
    return rc;
}

int json_import_sniff(const char *path)
{
    unsigned char head[64];
    struct stat sb;
    ssize_t got;
    size_t n, i = 0;
    /* never wait on a FIFO: what is not a regular file is the CSV path's
     * to refuse */
    int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);

    if (fd < 0)
        return 0;
    if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode) ||
        (got = read(fd, head, sizeof head)) <= 0) {
        close(fd);
        return 0;
    }
    close(fd);
    n = (size_t)got;
    if (n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        i = 3;
    while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        i++;
    return i < n && (head[i] == '{' || head[i] == '[');
}
