#include <stdio.h>
#include <stdlib.h>

#include "core/config.h"
#include "i18n/i18n.h"
#include "tui/cli.h"
#include "tui/tui.h"

int main(int argc, char **argv)
{
    struct cli_opts o;
    struct config cfg;
    char *warnings = NULL;
    const char *lang = cli_find_lang(argc, argv);
    int rc;

    config_defaults(&cfg);
    config_load(&cfg, NULL, NULL); /* its language comes before its messages */
    i18n_init(lang != NULL ? lang : (cfg.lang[0] != '\0' ? cfg.lang : NULL));
    config_fini(&cfg);
    config_defaults(&cfg);
    config_load(&cfg, NULL, &warnings);
    rc = cli_parse(argc, argv, &o);
    o.cfg = &cfg;
    if (rc == 0 && warnings != NULL && (o.argc > 0 || o.help || o.version))
        fputs(warnings, stderr);
    if (rc != 0)
        ;
    else if (o.help)
        cli_usage();
    else if (o.version)
        puts("irdesk " IRDESK_VERSION);
    else if (o.argc > 0)
        rc = cli_run(&o);
    else
        rc = tui_run(&o, warnings);
    free(warnings);
    config_fini(&cfg);
    cli_opts_fini(&o);
    return rc;
}
