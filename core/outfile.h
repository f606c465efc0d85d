#ifndef IRDESK_CORE_OUTFILE_H
#define IRDESK_CORE_OUTFILE_H

#include <stddef.h>
#include <sys/types.h>

#include "lib/err.h"

/* The one way irdesk writes a file (exports, reports, backups, the desk's
 * `w`): a new file beside the target, created O_EXCL | O_NOFOLLOW, written,
 * fsynced, renamed over the target, the directory fsynced.  Until the rename
 * the file that was there is untouched; on failure no temporary is left. */

enum outfile_flag {
    OUTFILE_FOLLOW = 1u << 0,    /* a symlink is followed to its target */
    OUTFILE_NO_REPLACE = 1u << 1 /* an existing target is refused */
};

struct outfile_opts {
    unsigned flags;
    mode_t mode;         /* of the new file (the umask may narrow it); 0: 0600 */
    const char *protect; /* a database path: it and its -wal, -shm and
                            -journal files are refused as targets; may be NULL */
    const char *like;    /* a file whose mode and group the new file takes,
                            never wider (a backup's database); may be NULL */
};

struct outfile {
    char *path; /* the target (after following a symlink) */
    char *tmp;  /* the temporary beside it; NULL for standard output */
    int fd;
    unsigned flags; /* the outfile_opts' */
};

/* 1 when path names the database at db or one of the files SQLite keeps
 * beside it (-wal, -shm, -journal), by name, through a link, or by the file
 * it is. */
int outfile_is_database(const char *path, const char *db);

/* "-" is standard output. */
int outfile_is_stdout(const char *path);

/* Check that path may be written: not the protected database or one of its
 * files, not a directory, device, FIFO or socket, not a symlink unless
 * OUTFILE_FOLLOW.  Fills *e with a clear message and returns -1 if not. */
int outfile_check(const char *path, const struct outfile_opts *opt, struct ird_err *e);

/* 1 when path is a symbolic link, with *target where it leads (NULL when
 * it leads nowhere; caller frees); else 0.  The desk asks before it writes
 * through one (the command line's --follow-symlinks). */
int outfile_link_target(const char *path, char **target);

/* Check path and create the temporary beside it (or take standard output
 * for "-").  On success *o must be given to outfile_commit or outfile_abort. */
int outfile_open(struct outfile *o, const char *path, const struct outfile_opts *opt,
                 struct ird_err *e);
/* Append n bytes. */
int outfile_write(struct outfile *o, const void *data, size_t n, struct ird_err *e);
/* fsync, rename over the target, fsync the directory.  Releases *o whether
 * it succeeds or not; on failure the temporary is removed. */
int outfile_commit(struct outfile *o, struct ird_err *e);
/* Remove the temporary and release *o; NULL-safe, may be called twice. */
void outfile_abort(struct outfile *o);

/* open, write, commit: the whole of data or nothing. */
int outfile_save(const char *path, const void *data, size_t n, const struct outfile_opts *opt,
                 struct ird_err *e);

#endif
