#ifndef IRDESK_CLI_PAGER_H
#define IRDESK_CLI_PAGER_H

#include <sys/types.h>

/* Long output through the user's pager, as git and man do: $PAGER (default
 * less, with LESS=FRX unless LESS is set), only when standard output is a
 * terminal.  PAGER empty or "cat" means no pager. */
struct pager {
    pid_t pid;  /* the pager, or -1: output goes straight to stdout */
    int saved;  /* the terminal's descriptor while stdout is the pipe */
};

/* Start the pager and make stdout its pipe, when it applies; otherwise
 * (not a terminal, no pager, it cannot start) stdout stays as it is. */
void pager_start(struct pager *p);

/* Close the pipe, wait for the pager to end and give stdout back.  A pager
 * the user quits before the end ends irdesk quietly, exit status 0, at the
 * next write (the paged commands only read). */
void pager_end(struct pager *p);

#endif
