/* The edit form's flow without a terminal: values checked as they are set,
 * nothing typed lost on a refused save, the other desk's version on a
 * conflict, choices cycled. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/app.h"
#include "core/desk.h"
#include "model/record.h"
#include "i18n/i18n.h"
#include "tui/fmodel.h"

struct fix {
    char dir[64];
    char path[96];
    struct app *a, *b;
};

static int setup(void **state)
{
    struct fix *f = calloc(1, sizeof *f);
    struct app_opts o = { NULL, 0, 0, NULL };
    struct ird_err e = { 0 };

    i18n_init("en");
    snprintf(f->dir, sizeof f->dir, "/tmp/irdesk-fmodel-XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
    o.db = f->path;
    if (app_open(&o, &f->a, &e) < 0 || app_open(&o, &f->b, &e) < 0)
        fail_msg("%s", e.msg);
    snprintf(f->a->fixed_now, sizeof f->a->fixed_now, "2025-03-01T10:00:00Z");
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fix *f = *state;
    char cmd[128];

    app_close(&f->a);
    app_close(&f->b);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    assert_int_equal(system(cmd), 0);
    free(f);
    return 0;
}

static struct record *get(struct app *a, enum kind_id k, int64_t id)
{
    struct record *r = NULL;
    struct ird_err e = { 0 };

    if (desk_get(a, k, id, &r, &e) < 0)
        fail_msg("%s", e.msg);
    return r;
}

static void bad_value_is_kept_and_reported_at_its_field(void **state)
{
    struct fix *f = *state;
    struct record *r = get(f->a, KIND_AGREEMENT, 14), *after;
    struct fmodel m;
    struct ird_err e = { 0 };
    int ends = kind_field(kind_get(KIND_AGREEMENT), "ends");

    assert_int_equal(fmodel_init(&m, f->a, kind_get(KIND_AGREEMENT), r, &e), 0);
    fmodel_set(&m, ends, "2019-02-30");
    assert_non_null(m.err[ends]);
    assert_non_null(strstr(m.err[ends], "Ends"));
    assert_string_equal(m.rec->val[ends], "2019-02-30"); /* what was typed stays */
    assert_true(fmodel_dirty(&m));
    m.cur = 0;
    assert_int_equal(fmodel_save(&m, f->a, &e), -1);
    assert_int_equal(e.code, IRD_INVALID);
    assert_int_equal(m.cur, ends); /* the cursor goes to the field at fault */
    after = get(f->a, KIND_AGREEMENT, 14);
    assert_null(after->val[ends]); /* nothing written */
    /* fixed, it saves */
    fmodel_set(&m, ends, "2019-06-04");
    assert_null(m.err[ends]);
    assert_int_equal(fmodel_save(&m, f->a, &e), 0);
    record_free(&after);
    after = get(f->a, KIND_AGREEMENT, 14);
    assert_string_equal(after->val[ends], "2019-06-04");
    assert_false(fmodel_dirty(&m));
    record_free(&after);
    record_free(&r);
    fmodel_fini(&m);
}

static void ends_before_starts_is_refused(void **state)
{
    struct fix *f = *state;
    struct record *r = get(f->a, KIND_AGREEMENT, 13);
    struct fmodel m;
    struct ird_err e = { 0 };
    const struct kind *k = kind_get(KIND_AGREEMENT);

    assert_int_equal(fmodel_init(&m, f->a, k, r, &e), 0);
    fmodel_set(&m, kind_field(k, "starts"), "2013-05");
    fmodel_set(&m, kind_field(k, "ends"), "2012");
    assert_int_equal(fmodel_save(&m, f->a, &e), -1);
    assert_int_equal(e.code, IRD_INVALID);
    assert_int_equal(m.cur, kind_field(k, "ends"));
    record_free(&r);
    fmodel_fini(&m);
}

static void required_field_emptied(void **state)
{
    struct fix *f = *state;
    struct record *r = get(f->a, KIND_CITY, 3);
    struct fmodel m;
    struct ird_err e = { 0 };

    assert_int_equal(fmodel_init(&m, f->a, kind_get(KIND_CITY), r, &e), 0);
    fmodel_set(&m, 0, "");
    assert_non_null(m.err[0]);
    assert_non_null(strstr(m.err[0], "required"));
    assert_int_equal(fmodel_save(&m, f->a, &e), -1);
    record_free(&r);
    fmodel_fini(&m);
}

static void conflict_keeps_input_and_shows_theirs(void **state)
{
    struct fix *f = *state;
    struct record *ra = get(f->a, KIND_CITY, 5), *rb = get(f->b, KIND_CITY, 5), *now;
    struct fmodel ma, mb;
    struct ird_err e = { 0 };
    int notes = kind_field(kind_get(KIND_CITY), "notes");

    assert_int_equal(fmodel_init(&ma, f->a, kind_get(KIND_CITY), ra, &e), 0);
    assert_int_equal(fmodel_init(&mb, f->b, kind_get(KIND_CITY), rb, &e), 0);
    fmodel_set(&mb, notes, "B was first");
    assert_int_equal(fmodel_save(&mb, f->b, &e), 0);
    fmodel_set(&ma, notes, "A typed this");
    assert_int_equal(fmodel_save(&ma, f->a, &e), -1);
    assert_int_equal(e.code, IRD_STALE);
    assert_string_equal(ma.rec->val[notes], "A typed this");
    assert_non_null(ma.theirs);
    assert_string_equal(ma.theirs->val[notes], "B was first");
    now = get(f->a, KIND_CITY, 5);
    assert_string_equal(now->val[notes], "B was first");
    record_free(&now);
    /* having seen theirs, saving again replaces it on purpose */
    assert_int_equal(fmodel_save(&ma, f->a, &e), 0);
    now = get(f->a, KIND_CITY, 5);
    assert_string_equal(now->val[notes], "A typed this");
    record_free(&now);
    record_free(&ra);
    record_free(&rb);
    fmodel_fini(&ma);
    fmodel_fini(&mb);
}

/* After a conflict, what the user did not touch takes the other desk's
 * value: saving again does not undo the other desk's change. */
static void conflict_keeps_what_the_other_desk_changed_elsewhere(void **state)
{
    struct fix *f = *state;
    struct record *ra = get(f->a, KIND_CITY, 7), *rb = get(f->b, KIND_CITY, 7), *now;
    struct fmodel ma, mb;
    struct ird_err e = { 0 };
    const struct kind *k = kind_get(KIND_CITY);
    int notes = kind_field(k, "notes"), en = kind_field(k, "name_en");

    assert_int_equal(fmodel_init(&ma, f->a, k, ra, &e), 0);
    assert_int_equal(fmodel_init(&mb, f->b, k, rb, &e), 0);
    fmodel_set(&mb, notes, "B wrote a note");
    assert_int_equal(fmodel_save(&mb, f->b, &e), 0);
    fmodel_set(&ma, en, "Nottingham (UK)");
    assert_int_equal(fmodel_save(&ma, f->a, &e), -1);
    assert_int_equal(e.code, IRD_STALE);
    assert_string_equal(ma.rec->val[en], "Nottingham (UK)");
    assert_string_equal(ma.rec->val[notes], "B wrote a note");
    assert_int_equal(fmodel_save(&ma, f->a, &e), 0);
    now = get(f->a, KIND_CITY, 7);
    assert_string_equal(now->val[notes], "B wrote a note");
    assert_string_equal(now->val[en], "Nottingham (UK)");
    record_free(&now);
    record_free(&ra);
    record_free(&rb);
    fmodel_fini(&ma);
    fmodel_fini(&mb);
}

static void choices_cycle_through_the_table(void **state)
{
    struct fix *f = *state;
    struct fmodel m;
    struct ird_err e = { 0 };
    const struct kind *k = kind_get(KIND_AGREEMENT);
    int type = kind_field(k, "type"), city = kind_field(k, "city_id"),
        hr = kind_field(k, "human_rights");

    assert_int_equal(fmodel_init(&m, f->a, k, NULL, &e), 0);
    assert_null(m.rec->val[type]);
    fmodel_cycle(&m, type, 1);
    assert_string_equal(m.rec->val[type], "twinning");
    fmodel_cycle(&m, type, 1);
    assert_string_equal(m.rec->val[type], "mou");
    fmodel_cycle(&m, type, -1);
    assert_string_equal(m.rec->val[type], "twinning");
    fmodel_cycle(&m, city, 1);
    assert_string_equal(m.rec->val[city], "1");
    assert_string_equal(fmodel_shown(&m, city), "Saint-Raphaël");
    /* an optional yes/no also offers "unknown" */
    fmodel_cycle(&m, hr, 1);
    assert_string_equal(m.rec->val[hr], "1");
    fmodel_cycle(&m, hr, 1);
    assert_string_equal(m.rec->val[hr], "0");
    fmodel_cycle(&m, hr, 1);
    assert_null(m.rec->val[hr]);
    fmodel_fini(&m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bad_value_is_kept_and_reported_at_its_field),
        cmocka_unit_test(ends_before_starts_is_refused),
        cmocka_unit_test(required_field_emptied),
        cmocka_unit_test(conflict_keeps_input_and_shows_theirs),
        cmocka_unit_test(conflict_keeps_what_the_other_desk_changed_elsewhere),
        cmocka_unit_test(choices_cycle_through_the_table),
    };
    return cmocka_run_group_tests_name("fmodel", tests, setup, teardown);
}
