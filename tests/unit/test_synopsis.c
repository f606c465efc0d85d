/* cli/cli.c's subcommand table against what users read: the SYNOPSIS of
 * man/irdesk.1 must hold the same commands, arguments and options, in the
 * table's order, and `irdesk --help` must list every command of it. */

#include "tests/unit/helpers.h"

#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "lib/mem.h"

/* Append word to b after a space, unless *glue asks for none. */
static void man_add(struct buf *b, const char *word, int *glue)
{
    if (b->len > 0 && !*glue && b->s[b->len - 1] != '[')
        buf_add(b, " ");
    buf_add(b, word);
    *glue = 0;
}

/* One mdoc line of the SYNOPSIS as the usage writes it: .Nm is "irdesk",
 * .Op brackets the rest of the line, .Ar is upper case, .Fl adds a '-',
 * .Ns joins, "\-" is '-'. */
static void man_line(struct buf *b, const char *line)
{
    char *copy = xstrdup(line + 1), *save = NULL, *tok;
    int mode = 0, glue = 0, open = 0;

    for (tok = strtok_r(copy, " ", &save); tok != NULL; tok = strtok_r(NULL, " ", &save)) {
        char word[128];
        size_t i, n = 0;
        if (strcmp(tok, "Nm") == 0) {
            man_add(b, "irdesk", &glue);
        } else if (strcmp(tok, "Op") == 0) {
            man_add(b, "[", &glue);
            open++;
        } else if (strcmp(tok, "Cm") == 0 || strcmp(tok, "Ar") == 0 || strcmp(tok, "Fl") == 0) {
            mode = tok[0];
        } else if (strcmp(tok, "Ns") == 0) {
            glue = 1;
        } else {
            if (mode == 'F' && strcmp(tok, "|") != 0)
                word[n++] = '-';
            for (i = 0; tok[i] != '\0' && n + 1 < sizeof word; i++) {
                if (tok[i] == '\\' && tok[i + 1] == '-')
                    continue;
                word[n++] = mode == 'A' && tok[i] >= 'a' && tok[i] <= 'z' ? (char)(tok[i] - 32)
                                                                           : tok[i];
            }
            word[n] = '\0';
            man_add(b, word, &glue);
        }
    }
    for (; open > 0; open--)
        buf_add(b, "]");
    free(copy);
}

/* The entries of man/irdesk.1's SYNOPSIS, one per .Nm, as usage lines. */
static char **man_synopsis(size_t *n)
{
    size_t len = 0, cnt = 0;
    char *text = test_read_file("man/irdesk.1", &len), *save = NULL, *line;
    char **out = NULL;
    struct buf b = { 0 };
    int in = 0;

    if (text == NULL) {
        print_error("cannot read man/irdesk.1: run from the top of the tree\n");
        fail();
    }
    test_gc(text);
    for (line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
        if (strncmp(line, ".Sh ", 4) == 0) {
            in = strcmp(line, ".Sh SYNOPSIS") == 0;
            continue;
        }
        if (!in || line[0] != '.')
            continue;
        if (strcmp(line, ".Nm") == 0 && b.len > 0) {
            out = xrealloc(out, (cnt + 1) * sizeof *out);
            out[cnt++] = test_gc(buf_take(&b));
        }
        man_line(&b, line);
    }
    if (b.len > 0) {
        out = xrealloc(out, (cnt + 1) * sizeof *out);
        out[cnt++] = test_gc(buf_take(&b));
    }
    *n = cnt;
    return test_gc(out);
}

/* What the table says the synopsis is: the desk, every command, help,
 * --help, --version and --completion. */
static char **table_synopsis(size_t *n)
{
    size_t cnt = cli_command_count(), i;
    char **out = test_gc(xcalloc(cnt + 5, sizeof *out));
    char *desk = cli_desk_usage();

    out[0] = test_gc(xasprintf("irdesk %s", desk));
    free(desk);
    for (i = 0; i < cnt; i++) {
        char *u = cli_command_usage(i);
        out[i + 1] = test_gc(xasprintf("irdesk [OPTIONS] %s", u));
        free(u);
    }
    out[cnt + 1] = test_gc(xstrdup("irdesk help [COMMAND]"));
    out[cnt + 2] = test_gc(xstrdup("irdesk --help"));
    out[cnt + 3] = test_gc(xstrdup("irdesk --version"));
    out[cnt + 4] = test_gc(xstrdup("irdesk --completion bash|zsh"));
    *n = cnt + 5;
    return out;
}

static void man_synopsis_is_the_table(void **state)
{
    size_t nm = 0, nt = 0, i;
    char **man = man_synopsis(&nm), **table = table_synopsis(&nt);
    int same = nm == nt;

    (void)state;
    for (i = 0; same && i < nt; i++)
        same = strcmp(man[i], table[i]) == 0;
    if (!same) {
        print_error("man/irdesk.1's SYNOPSIS and the subcommand table in cli/cli.c differ:\n");
        for (i = 0; i < nm || i < nt; i++)
            print_error("%s %-60s | %s\n",
                        i < nm && i < nt && strcmp(man[i], table[i]) == 0 ? " " : "!",
                        i < nm ? man[i] : "", i < nt ? table[i] : "");
    }
    assert_true(same);
}

/* The man page parser sees a difference: a table that lost an option or
 * gained a command would fail the test above. */
static void man_synopsis_parser_reads_mdoc(void **state)
{
    struct buf b = { 0 };
    char *s;

    (void)state;
    man_line(&b, ".Op Fl o Ar file | Fl \\-print");
    man_line(&b, ".Ar kind Ns | Ns Cm all");
    man_line(&b, ".Fl \\-format Cm csv Ns | Ns Cm json");
    man_line(&b, ".Op Ar file");
    s = buf_take(&b);
    assert_string_equal(s, "[-o FILE | --print] KIND|all --format csv|json [FILE]");
    free(s);
}

/* irdesk --help, in English, from the binary the tests run ($IRDESK). */
static char *help_text(void)
{
    const char *bin = getenv("IRDESK"), *dir = getenv("IRDESK_LOCALEDIR");
    char *locdir = xasprintf("IRDESK_LOCALEDIR=%s", dir ? dir : "");
    const char *argv[] = { bin, "--help", "--lang", "en", NULL };
    const char *env[] = { "PATH=/usr/bin:/bin", "LC_ALL=C.UTF-8", "HOME=/nonexistent",
                          "XDG_CONFIG_HOME=/nonexistent", locdir, NULL };
    struct run r;
    char *out;

    if (bin == NULL || *bin == '\0') {
        print_error("IRDESK is not set: run through 'make check-unit'\n");
        fail();
    }
    assert_int_equal(test_run(argv, env, &r), 0);
    free(locdir);
    if (r.status != 0)
        print_error("irdesk --help: exit %d\n%s", r.status, r.err);
    assert_int_equal(r.status, 0);
    out = r.out;
    r.out = NULL;
    test_run_free(&r);
    return test_gc(out);
}

static void help_lists_every_command_of_the_table(void **state)
{
    const char *text = help_text(), *p;
    struct buf flat = { 0 };
    size_t i;

    (void)state;
    /* long lines go on under column 18: join them again */
    for (p = text; *p != '\0'; p++) {
        if (strncmp(p, "\n                  ", 19) == 0) {
            buf_add(&flat, " ");
            p += 18;
        } else {
            buf_addn(&flat, p, 1);
        }
    }
    for (i = 0; i < cli_command_count(); i++) {
        char *u = cli_command_usage(i);
        char *line = test_gc(xasprintf("\n  irdesk [OPTIONS] %s\n", u));
        free(u);
        if (strstr(flat.s, line) == NULL)
            print_error("--help lacks the line of '%s':%s--- it says:\n%s", cli_command_word(i),
                        line, text);
        assert_non_null(strstr(flat.s, line));
    }
    /* the kinds' codes, wrapped at 79 columns */
    assert_contains(flat.s, "KIND is city, agreement, network, initiative, statement, visit, "
                            "project,\ncontact or assessment,");
    buf_fini(&flat);
}

static int teardown(void **state)
{
    (void)state;
    test_gc_free();
    return 0;
}

int main(int argc, char **argv)
{
#define T(f) cmocka_unit_test_teardown(f, teardown)
    const struct CMUnitTest tests[] = {
        T(man_synopsis_is_the_table),
        T(man_synopsis_parser_reads_mdoc),
        T(help_lists_every_command_of_the_table),
    };
#undef T

    test_filter_args(argc, argv);
    return cmocka_run_group_tests_name("synopsis", tests, test_setup_en, NULL);
}
