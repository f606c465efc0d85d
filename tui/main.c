#include <stdio.h>

#include "i18n/i18n.h"
#include "tui/cli.h"
#include "tui/tui.h"

int main(int argc, char **argv)
{
    struct cli_opts o;
    int rc;

    i18n_init(cli_find_lang(argc, argv));
    rc = cli_parse(argc, argv, &o);
    if (rc != 0)
        ;
    else if (o.help)
        cli_usage();
    else if (o.version)
        puts("irdesk " IRDESK_VERSION);
    else if (o.argc > 0)
        rc = cli_run(&o);
    else
        rc = tui_run(o.db, o.readonly);
    cli_opts_fini(&o);
    return rc;
}
