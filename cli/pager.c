#include "cli/pager.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* 1 when name is an executable in one of $PATH's directories. */
static int in_path(const char *name)
{
    const char *path = getenv("PATH"), *p;
    char file[PATH_MAX];

    for (p = path ? path : "/usr/bin:/bin"; *p != '\0';) {
        size_t len = strcspn(p, ":");
        if (len > 0 && (size_t)snprintf(file, sizeof file, "%.*s/%s", (int)len, p, name) <
                           sizeof file && access(file, X_OK) == 0)
            return 1;
        p += len + (p[len] == ':');
    }
    return 0;
}

/* The pager command, or NULL for none. */
static const char *pager_command(void)
{
    const char *cmd = getenv("PAGER");

    if (cmd == NULL)
        return in_path("less") ? "less" : NULL;
    if (*cmd == '\0' || strcmp(cmd, "cat") == 0)
        return NULL;
    return cmd;
}

/* SIGPIPE while paging: the pager has ended, and so does the command. */
static void pager_quit(int sig)
{
    (void)sig;
    _exit(0);
}

void pager_start(struct pager *p)
{
    const char *cmd;
    int fds[2];

    p->pid = -1;
    p->saved = -1;
    if (!isatty(STDOUT_FILENO) || (cmd = pager_command()) == NULL || pipe(fds) != 0)
        return;
    fflush(stdout);
    p->pid = fork();
    if (p->pid == 0) {
        dup2(fds[0], STDIN_FILENO);
        close(fds[0]);
        close(fds[1]);
        /* quit at the end of one screen, colours as they are, no clearing */
        setenv("LESS", "FRX", 0);
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        _exit(127);
    }
    close(fds[0]);
    if (p->pid < 0) {
        close(fds[1]);
        return;
    }
    /* the user may quit the pager before the end: what was not read was
     * not wanted, and irdesk ends quietly (only commands that read page) */
    signal(SIGPIPE, pager_quit);
    p->saved = dup(STDOUT_FILENO);
    dup2(fds[1], STDOUT_FILENO);
    close(fds[1]);
}

void pager_end(struct pager *p)
{
    int status;

    if (p->pid < 0)
        return;
    fflush(stdout);
    dup2(p->saved, STDOUT_FILENO);
    close(p->saved);
    while (waitpid(p->pid, &status, 0) < 0 && errno == EINTR)
        ;
    p->pid = -1;
}
