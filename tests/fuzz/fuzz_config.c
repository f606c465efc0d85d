/* libFuzzer target for the configuration parser (core/config.c): any bytes
 * as a configuration file, with warnings on; whatever the file says, the
 * settings stay within their bounds. */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "i18n/i18n.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const struct config *c)
{
    if (c->page_width < 40 || c->page_width > 400 || c->page_length < 20 ||
        c->page_length > 1000 || c->horizon < 1 || c->horizon > 120)
        abort();
    if (strcmp(c->lang, "") != 0 && strcmp(c->lang, "nl") != 0 && strcmp(c->lang, "en") != 0)
        abort();
    if (c->print_command == NULL || c->print_charset == NULL || c->print_command[0] == '\0' ||
        c->print_charset[0] == '\0')
        abort();
    if (c->database != NULL && c->database[0] == '\0')
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    struct config c;
    char *warnings = NULL;

    if (!ready) {
        i18n_init("en");
        ready = 1;
    }
    config_defaults(&c);
    config_parse(&c, (const char *)data, size, "fuzz.conf", &warnings);
    check(&c);
    /* a warning names the file and a line: "fuzz.conf:N: ..." */
    if (warnings != NULL && (warnings[0] == '\0' || strncmp(warnings, "fuzz.conf:", 10) != 0))
        abort();
    free(warnings);
    config_fini(&c);
    /* quietly, too */
    config_defaults(&c);
    config_parse(&c, (const char *)data, size, "fuzz.conf", NULL);
    check(&c);
    config_fini(&c);
    return 0;
}
