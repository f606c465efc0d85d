#include "cli/cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "core/app.h"
#include "core/config.h"
#include "i18n/i18n.h"
#include "lib/mem.h"
#include "tui/tui.h"

int cli_desk(const struct cli_opts *o, const char *warnings)
{
    const char *cfg_db = o->cfg ? o->cfg->database : NULL;
    struct app_opts ao = { o->db, o->readonly, 0, o->cfg };
    struct ird_err e = { 0 };
    struct buf said = { 0 };
    char *path;
    struct stat sb;
    int rc;

    /* a terminal that cannot show the desk: nothing is opened or made */
    if (tui_terminal_usable() < 0)
        return 1;
    path = app_db_path(o->db, cfg_db, &e);
    if (path == NULL)
        return cmd_fail(&e);
    buf_add(&said, warnings ? warnings : "");
    if (!app_db_is_server(path) && lstat(path, &sb) != 0 && errno == ENOENT && !o->readonly) {
        if (app_db_is_default(o->db, cfg_db)) {
            buf_printf(&said, _("Created the database %s with Ghent's portfolio from the "
                                "city's documents.\n"),
                       path);
        } else if (!isatty(STDIN_FILENO)) {
            cmd_warn(_("The database %s does not exist: nothing was done (`irdesk init %s` "
                       "creates it)."),
                     path, path);
            rc = 1;
            goto out;
        } else {
            cmd_print(_("The database %s does not exist. Create it? [y/N] "), path);
            if (!cmd_confirmed()) {
                puts(_("Nothing was created."));
                rc = 1;
                goto out;
            }
        }
    }
    /* ao.db stays as given: the default place keeps its folder made */
    rc = tui_run(&ao, said.len > 0 ? said.s : NULL);
out:
    buf_fini(&said);
    free(path);
    return rc;
}
