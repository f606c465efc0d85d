#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/config.h"
#include "i18n/i18n.h"
#include "cli/cli.h"
#include "tui/tui.h"

int main(int argc, char **argv)
{
    struct cli_opts o;
    struct config cfg;
    char *warnings = NULL;
    const char *lang = cli_find_lang(argc, argv);
    int rc;

    /* past a file size limit, write() says EFBIG and irdesk says so */
    signal(SIGXFSZ, SIG_IGN);
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
        rc = tui_run(&(struct app_opts){ o.db, o.readonly, 0, o.cfg }, warnings);
    free(warnings);
    config_fini(&cfg);
    cli_opts_fini(&o);
    /* output that could not be written is a failure, said */
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        fprintf(stderr, "irdesk: ");
        fprintf(stderr, _("Cannot write to standard output: %s."), strerror(errno));
        fputc('\n', stderr);
        if (rc == 0)
            rc = 1;
    }
    return rc;
}
