#include "core/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/mem.h"
#include "i18n/i18n.h"

int outfile_is_stdout(const char *path)
{
    return path != NULL && strcmp(path, "-") == 0;
}

/* The directory part of path ("." when there is none); caller frees. */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');

    if (slash == NULL)
        return xstrdup(".");
    if (slash == path)
        return xstrdup("/");
    return xstrndup(path, (size_t)(slash - path));
}

static const char *base_of(const char *path)
{
    const char *slash = strrchr(path, '/');

    return slash ? slash + 1 : path;
}

/* The path with its directory resolved (the file itself need not exist);
 * NULL when the directory cannot be resolved.  Caller frees. */
static char *canonical(const char *path)
{
    char *dir = dir_of(path), *real = realpath(dir, NULL), *out = NULL;

    if (real != NULL)
        out = xasprintf("%s/%s", strcmp(real, "/") == 0 ? "" : real, base_of(path));
    free(real);
    free(dir);
    return out;
}

/* 1 when path names the database at db or one of the files SQLite keeps
 * beside it, by name or by the file it is. */
int outfile_is_database(const char *path, const char *db)
{
    static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
    char *bases[2], *cpath = canonical(path);
    struct stat ps, ds;
    int have_ps = stat(path, &ps) == 0, hit = 0;
    size_t i, j;

    bases[0] = xstrdup(db);
    bases[1] = realpath(db, NULL); /* SQLite names its files after the real path */
    for (i = 0; i < 2 && !hit; i++) {
        if (bases[i] == NULL)
            continue;
        for (j = 0; j < sizeof suffix / sizeof suffix[0] && !hit; j++) {
            char *cand = xasprintf("%s%s", bases[i], suffix[j]);
            char *ccand = canonical(cand);
            if (cpath != NULL && ccand != NULL && strcmp(cpath, ccand) == 0)
                hit = 1;
            if (have_ps && stat(cand, &ds) == 0 && ds.st_dev == ps.st_dev &&
                ds.st_ino == ps.st_ino)
                hit = 1;
            free(ccand);
            free(cand);
        }
    }
    free(bases[0]);
    free(bases[1]);
    free(cpath);
    return hit;
}

/* Refuse anything but a regular file as a target. */
static int refuse_type(const char *path, const struct stat *sb, struct ird_err *e)
{
    if (S_ISDIR(sb->st_mode))
        return ird_fail(e, IRD_IO, _("%s is a directory: nothing was written."), path);
    if (S_ISCHR(sb->st_mode) || S_ISBLK(sb->st_mode))
        return ird_fail(e, IRD_IO, _("%s is a device, not a file: nothing was written."), path);
    if (S_ISFIFO(sb->st_mode) || S_ISSOCK(sb->st_mode))
        return ird_fail(e, IRD_IO, _("%s is a FIFO or a socket, not a file: nothing was written."),
                        path);
    if (!S_ISREG(sb->st_mode))
        return ird_fail(e, IRD_IO, _("%s is not a regular file: nothing was written."), path);
    return 0;
}

/* Check path; on success *resolved is the path to write (the symlink's
 * target when following one), caller frees. */
static int check_target(const char *path, const struct outfile_opts *opt, char **resolved,
                        struct ird_err *e)
{
    struct stat sb;
    char *real = NULL;
    int rc;

    *resolved = NULL;
    if (path == NULL || path[0] == '\0')
        return ird_fail(e, IRD_IO, _("No file name was given: nothing was written."));
    if (lstat(path, &sb) != 0) {
        if (errno != ENOENT)
            return ird_fail(e, IRD_IO, _("Cannot write %s: %s."), path, strerror(errno));
        sb.st_mode = 0; /* a new file */
    } else if (S_ISLNK(sb.st_mode)) {
        if (!(opt->flags & OUTFILE_FOLLOW))
            return ird_fail(e, IRD_IO,
                            _("%s is a symbolic link: irdesk does not write through links "
                              "unless asked to (--follow-symlinks). Nothing was written."),
                            path);
        real = realpath(path, NULL);
        if (real == NULL)
            return ird_fail(e, IRD_IO, _("%s is a symbolic link to nothing: nothing was written."),
                            path);
        if (lstat(real, &sb) != 0) {
            ird_fail(e, IRD_IO, _("Cannot write %s: %s."), path, strerror(errno));
            goto fail;
        }
    }
    if (opt->protect != NULL && outfile_is_database(real ? real : path, opt->protect)) {
        ird_fail(e, IRD_IO,
                 _("%s is the open database or one of its files: nothing was written."), path);
        goto fail;
    }
    if (sb.st_mode != 0) {
        if (refuse_type(path, &sb, e) < 0)
            goto fail;
        if (opt->flags & OUTFILE_NO_REPLACE) {
            ird_fail(e, IRD_IO, _("%s exists already: nothing was written."), path);
            goto fail;
        }
    }
    *resolved = real ? real : xstrdup(path);
    return 0;
fail:
    rc = -1;
    free(real);
    return rc;
}

int outfile_check(const char *path, const struct outfile_opts *opt, struct ird_err *e)
{
    char *resolved = NULL;

    if (outfile_is_stdout(path))
        return 0;
    if (check_target(path, opt, &resolved, e) < 0)
        return -1;
    free(resolved);
    return 0;
}

int outfile_link_target(const char *path, char **target)
{
    struct stat sb;

    *target = NULL;
    if (outfile_is_stdout(path) || lstat(path, &sb) != 0 || !S_ISLNK(sb.st_mode))
        return 0;
    *target = realpath(path, NULL);
    return 1;
}

/* The message for a failed write of path with errno err. */
static int io_fail(struct ird_err *e, const char *path, int err)
{
    char *dir;

    switch (err) {
    case ENOSPC:
    case EDQUOT:
        return ird_fail(e, IRD_IO, _("The disk is full: %s was not written."), path);
    case EFBIG:
        return ird_fail(e, IRD_IO,
                        _("%s would be larger than this process may write (file size limit): "
                          "it was not written."),
                        path);
    case EROFS:
        return ird_fail(e, IRD_IO, _("Cannot write %s: the file system is read-only."), path);
    case ENOENT:
    case EACCES:
    case EPERM:
        dir = dir_of(path);
        if (err == ENOENT)
            ird_fail(e, IRD_IO, _("Cannot write %s: the directory %s does not exist."), path, dir);
        else
            ird_fail(e, IRD_IO, _("Cannot write %s: the directory %s is not writable."), path,
                     dir);
        free(dir);
        return -1;
    default:
        return ird_fail(e, IRD_IO, _("Cannot write %s: %s."), path, strerror(err));
    }
}

/* The temporary being written, removed when SIGINT, SIGTERM or SIGHUP ends
 * the program by default (a handler of the program's own, such as the
 * desk's, lets the write finish instead).  One at a time: irdesk writes one
 * file at a time. */
static char pending[PATH_MAX + 16], pending_journal[PATH_MAX + 32];
static const int end_signals[] = { SIGINT, SIGTERM, SIGHUP };
static struct sigaction before[3];

static void remove_pending(int sig)
{
    size_t i;

    for (i = 0; i < 3; i++)
        if (end_signals[i] == sig && before[i].sa_handler != SIG_DFL &&
            before[i].sa_handler != SIG_IGN && !(before[i].sa_flags & SA_SIGINFO)) {
            before[i].sa_handler(sig);
            return;
        }
    if (pending[0] != '\0') {
        unlink(pending);
        unlink(pending_journal);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void watch_pending(const char *tmp)
{
    struct sigaction sa;
    size_t i;

    if (pending[0] != '\0' || strlen(tmp) >= PATH_MAX)
        return;
    snprintf(pending, sizeof pending, "%s", tmp);
    snprintf(pending_journal, sizeof pending_journal, "%s-journal", tmp);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = remove_pending;
    sigemptyset(&sa.sa_mask);
    for (i = 0; i < 3; i++)
        sigaction(end_signals[i], &sa, &before[i]);
}

static void unwatch_pending(const char *tmp)
{
    size_t i;

    if (tmp == NULL || strcmp(pending, tmp) != 0)
        return;
    for (i = 0; i < 3; i++)
        sigaction(end_signals[i], &before[i], NULL);
    pending[0] = pending_journal[0] = '\0';
}

static void release(struct outfile *o)
{
    unwatch_pending(o->tmp);
    free(o->path);
    free(o->tmp);
    o->path = o->tmp = NULL;
    o->fd = -1;
}

int outfile_open(struct outfile *o, const char *path, const struct outfile_opts *opt,
                 struct ird_err *e)
{
    char *dir = NULL;
    const char *base;
    mode_t mask, mode = opt->mode ? opt->mode & 0777 : 0600;
    struct stat like;
    int err;

    memset(o, 0, sizeof *o);
    o->fd = -1;
    if (outfile_is_stdout(path)) {
        o->path = xstrdup(path);
        o->fd = STDOUT_FILENO;
        return 0;
    }
    if (check_target(path, opt, &o->path, e) < 0)
        return -1;
    dir = dir_of(o->path);
    base = base_of(o->path);
    /* hidden, beside the target, and short enough for any name */
    o->tmp = xasprintf("%s/.%.*s.irdesk-XXXXXX", dir, 200, base);
    free(dir);
    o->flags = opt->flags;
    o->fd = mkstemp(o->tmp); /* O_CREAT | O_EXCL, mode 0600 */
    if (o->fd >= 0) {
        fcntl(o->fd, F_SETFD, FD_CLOEXEC);
        watch_pending(o->tmp);
    }
    if (o->fd < 0) {
        err = errno;
        free(o->tmp);
        o->tmp = NULL;
        io_fail(e, o->path, err);
        release(o);
        return -1;
    }
    if (opt->like != NULL && stat(opt->like, &like) == 0) {
        mode = like.st_mode & 0777;
        /* the group too, or no group bits: the copy reaches nobody the
         * database does not */
        if (fchown(o->fd, (uid_t)-1, like.st_gid) < 0)
            mode &= ~(mode_t)070;
    }
    mask = umask(0);
    umask(mask);
    if (fchmod(o->fd, mode & ~mask) < 0) {
        io_fail(e, o->path, errno);
        outfile_abort(o);
        return -1;
    }
    return 0;
}

int outfile_write(struct outfile *o, const void *data, size_t n, struct ird_err *e)
{
    const char *p = data;

    while (n > 0) {
        ssize_t w = write(o->fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            int err = w < 0 ? errno : EIO;
            if (o->tmp == NULL)
                return ird_fail(e, IRD_IO, _("Cannot write to standard output: %s."),
                                strerror(err));
            return io_fail(e, o->path, err);
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static void sync_dir(const char *path)
{
    char *dir = dir_of(path);
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

    if (fd >= 0) {
        fsync(fd); /* some file systems refuse it for directories: the rename stands */
        close(fd);
    }
    free(dir);
}

/* The temporary under the target's name: renamed over it, or, when the
 * target may not be replaced, linked to the name (which fails if a file
 * appeared there meanwhile) and unlinked. */
static int place(struct outfile *o, struct ird_err *e)
{
    if (o->flags & OUTFILE_NO_REPLACE) {
        if (link(o->tmp, o->path) == 0) {
            unlink(o->tmp);
            return 0;
        }
        if (errno == EEXIST)
            return ird_fail(e, IRD_IO, _("%s exists already: nothing was written."), o->path);
        if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EXDEV)
            return io_fail(e, o->path, errno);
        /* a file system without hard links: the check above is all there is */
        if (access(o->path, F_OK) == 0)
            return ird_fail(e, IRD_IO, _("%s exists already: nothing was written."), o->path);
    }
    if (rename(o->tmp, o->path) < 0)
        return io_fail(e, o->path, errno);
    return 0;
}

int outfile_commit(struct outfile *o, struct ird_err *e)
{
    struct stat fs, ts;

    if (o->tmp == NULL) { /* standard output stays open: main() checks its close */
        release(o);
        return 0;
    }
    if (fsync(o->fd) < 0) {
        io_fail(e, o->path, errno);
        outfile_abort(o);
        return -1;
    }
    /* the temporary is still the file this process created */
    if (fstat(o->fd, &fs) < 0 || lstat(o->tmp, &ts) < 0 || fs.st_dev != ts.st_dev ||
        fs.st_ino != ts.st_ino) {
        ird_fail(e, IRD_IO, _("%s was replaced by another program while irdesk wrote it: "
                              "nothing was written."),
                 o->tmp);
        outfile_abort(o);
        return -1;
    }
    if (close(o->fd) < 0) {
        o->fd = -1;
        io_fail(e, o->path, errno);
        outfile_abort(o);
        return -1;
    }
    o->fd = -1;
    /* the target may have changed since it was checked */
    if (lstat(o->path, &ts) == 0 && !S_ISREG(ts.st_mode) && !S_ISLNK(ts.st_mode)) {
        refuse_type(o->path, &ts, e);
        outfile_abort(o);
        return -1;
    }
    if (place(o, e) < 0) {
        outfile_abort(o);
        return -1;
    }
    sync_dir(o->path);
    release(o);
    return 0;
}

void outfile_abort(struct outfile *o)
{
    static const char *const sqlite_files[] = { "-journal", "-wal", "-shm" };
    size_t i;

    if (o->tmp != NULL) {
        if (o->fd >= 0)
            close(o->fd);
        unlink(o->tmp);
        /* what SQLite may have left beside a database written there */
        for (i = 0; i < sizeof sqlite_files / sizeof sqlite_files[0]; i++) {
            char *side = xasprintf("%s%s", o->tmp, sqlite_files[i]);
            unlink(side);
            free(side);
        }
    }
    release(o);
}

int outfile_save(const char *path, const void *data, size_t n, const struct outfile_opts *opt,
                 struct ird_err *e)
{
    struct outfile o;

    if (outfile_open(&o, path, opt, e) < 0)
        return -1;
    if (outfile_write(&o, data, n, e) < 0) {
        outfile_abort(&o);
        return -1;
    }
    return outfile_commit(&o, e);
}
