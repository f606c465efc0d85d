#include "core/spool.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n/i18n.h"
#include "lib/mem.h"
#include "model/kind.h"
#include "model/record.h"

/* Each record: its line (8 bytes), its archive flag (1 byte), then its
 * status and each field as a length (4 bytes: the length plus one, 0 for
 * an empty value) and the bytes, in the machine's own byte order: the file
 * never outlives the process that wrote it. */
struct spool {
    FILE *f;
    const char *dir;
};

enum { SPOOL_BUFFER = 1 << 18 };

static const char *tmp_dir(void)
{
    const char *d = getenv("TMPDIR");

    return d != NULL && *d != '\0' ? d : "/tmp";
}

static int spool_fail(struct spool *sp, int err, struct ird_err *e)
{
    return ird_fail(e, IRD_IO, _("The import's temporary file in %s cannot be written: %s."),
                    sp->dir, strerror(err));
}

/* An unlinked file of mode 0600 in dir, or -1 (errno says why). */
static int open_unlinked(const char *dir)
{
    char *path;
    int fd;

#ifdef O_TMPFILE
    fd = open(dir, O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0 || (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL))
        return fd;
#endif
    path = xasprintf("%s/irdesk-import-XXXXXX", dir);
    fd = mkstemp(path); /* O_CREAT | O_EXCL, mode 0600 */
    if (fd >= 0)
        unlink(path);
    free(path);
    return fd;
}

struct spool *spool_new(struct ird_err *e)
{
    struct spool *sp = xcalloc(1, sizeof *sp);
    int fd;

    sp->dir = tmp_dir();
    fd = open_unlinked(sp->dir);
    if (fd >= 0 && (sp->f = fdopen(fd, "w+b")) == NULL)
        close(fd);
    if (sp->f == NULL) {
        spool_fail(sp, errno, e);
        free(sp);
        return NULL;
    }
    setvbuf(sp->f, NULL, _IOFBF, SPOOL_BUFFER);
    return sp;
}

static void put_text(FILE *f, const char *s)
{
    uint32_t n = s != NULL ? (uint32_t)strlen(s) + 1 : 0;

    fwrite(&n, sizeof n, 1, f);
    if (n > 1)
        fwrite(s, 1, n - 1, f);
}

int spool_put(struct spool *sp, size_t line, const struct record *r, struct ird_err *e)
{
    uint64_t l = line;
    unsigned char archived = r->archived != 0;
    int f;

    fwrite(&l, sizeof l, 1, sp->f);
    fwrite(&archived, 1, 1, sp->f);
    put_text(sp->f, r->status);
    for (f = 0; f < r->kind->nfields; f++)
        put_text(sp->f, r->val[f]);
    return ferror(sp->f) ? spool_fail(sp, errno, e) : 0;
}

int spool_rewind(struct spool *sp, struct ird_err *e)
{
    if (fflush(sp->f) != 0 || fseek(sp->f, 0, SEEK_SET) != 0)
        return spool_fail(sp, errno, e);
    return 0;
}

/* A value read back into *out (NULL when empty): 0, or -1. */
static int get_text(FILE *f, char **out)
{
    uint32_t n;

    *out = NULL;
    if (fread(&n, sizeof n, 1, f) != 1)
        return -1;
    if (n == 0)
        return 0;
    *out = xmalloc(n);
    if (n > 1 && fread(*out, 1, n - 1, f) != n - 1)
        return -1;
    (*out)[n - 1] = '\0';
    return 0;
}

int spool_next(struct spool *sp, const struct kind *k, struct record **out, size_t *line,
               struct ird_err *e)
{
    struct record *r;
    uint64_t l;
    unsigned char archived;
    char *status = NULL;
    int f, rc = -1;

    *out = NULL;
    if (fread(&l, sizeof l, 1, sp->f) != 1)
        return feof(sp->f) ? 0 : spool_lost(sp, e);
    r = record_new(k);
    if (fread(&archived, 1, 1, sp->f) != 1 || get_text(sp->f, &status) < 0 || status == NULL)
        goto out;
    free(r->status);
    r->status = status;
    status = NULL;
    r->archived = archived;
    for (f = 0; f < k->nfields; f++)
        if (get_text(sp->f, &r->val[f]) < 0)
            goto out;
    *line = (size_t)l;
    *out = r;
    r = NULL;
    rc = 1;
out:
    free(status);
    record_free(&r);
    return rc < 0 ? spool_lost(sp, e) : rc;
}

int spool_lost(const struct spool *sp, struct ird_err *e)
{
    /* the file was written by this process a moment ago: short of a
     * failing disk, it reads back whole */
    return ird_fail(e, IRD_IO, _("The import's temporary file in %s cannot be read back."),
                    sp->dir);
}

void spool_free(struct spool **psp)
{
    if (psp == NULL || *psp == NULL)
        return;
    if ((*psp)->f != NULL)
        fclose((*psp)->f);
    free(*psp);
    *psp = NULL;
}
