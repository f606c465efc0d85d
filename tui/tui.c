#include "tui/tui.h"

int tui_run(const char *db, int readonly)
{
    (void)db;
    (void)readonly;
    return 1;
}
