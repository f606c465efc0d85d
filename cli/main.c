#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "core/config.h"

/* Parse the command line, then hand over to the desk or to one command. */
int main(int argc, char **argv)
{
    struct cli_opts o;
    struct config cfg;
    char *warnings = NULL;
    int rc;

    cli_start(argc, argv, &cfg, &warnings);
    rc = cli_parse(argc, argv, &o);
    o.cfg = &cfg;
    if (rc == 0 && cli_is_desk(&o)) {
        rc = cli_desk(&o, warnings);
    } else if (rc == 0) {
        if (warnings != NULL)
            fputs(warnings, stderr);
        rc = cli_run(&o);
    }
    free(warnings);
    config_fini(&cfg);
    cli_opts_fini(&o);
    return cli_finish(rc);
}
