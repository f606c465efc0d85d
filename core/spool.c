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

/* Each record: the length of the rest (4 bytes), its line (8 bytes), its
 * archive flag (1 byte), then its status and each field as a length (4
 * bytes: the length plus one, 0 for an empty value) and the bytes, in the
 * machine's own byte order: the file never outlives the process that wrote
 * it.  A record is put together in rec and written, or read, in one call
 * (a call a value took a tenth of the import's check). */
struct spool {
    FILE *f;
    const char *dir;
    struct buf rec;
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

static void put_text(struct buf *b, const char *s)
{
    uint32_t n = s != NULL ? (uint32_t)strlen(s) + 1 : 0;

    buf_addn(b, (const char *)&n, sizeof n);
    if (n > 1)
        buf_addn(b, s, n - 1);
}

int spool_put(struct spool *sp, size_t line, const struct record *r, struct ird_err *e)
{
    uint64_t l = line;
    uint32_t len;
    unsigned char archived = r->archived != 0;
    int f;

    sp->rec.len = 0;
    buf_addn(&sp->rec, (const char *)&l, sizeof l);
    buf_addn(&sp->rec, (const char *)&archived, 1);
    put_text(&sp->rec, r->status);
    for (f = 0; f < r->kind->nfields; f++)
        put_text(&sp->rec, r->val[f]);
    len = (uint32_t)sp->rec.len;
    fwrite(&len, sizeof len, 1, sp->f);
    fwrite(sp->rec.s, 1, sp->rec.len, sp->f);
    return ferror(sp->f) ? spool_fail(sp, errno, e) : 0;
}

int spool_rewind(struct spool *sp, struct ird_err *e)
{
    if (fflush(sp->f) != 0 || fseek(sp->f, 0, SEEK_SET) != 0)
        return spool_fail(sp, errno, e);
    return 0;
}

/* A value read back from the n bytes at *p into *out (NULL when empty);
 * *p and *n move past it: 0, or -1. */
static int get_text(const char **p, size_t *n, char **out)
{
    uint32_t len;

    *out = NULL;
    if (*n < sizeof len)
        return -1;
    memcpy(&len, *p, sizeof len);
    *p += sizeof len;
    *n -= sizeof len;
    if (len == 0)
        return 0;
    if (len - 1 > *n)
        return -1;
    *out = xmalloc(len);
    memcpy(*out, *p, len - 1);
    (*out)[len - 1] = '\0';
    *p += len - 1;
    *n -= len - 1;
    return 0;
}

int spool_next(struct spool *sp, const struct kind *k, struct record **out, size_t *line,
               struct ird_err *e)
{
    struct record *r = NULL;
    const char *p;
    size_t n;
    uint64_t l;
    uint32_t len;
    char *status = NULL;
    int f, rc = -1;

    *out = NULL;
    if (fread(&len, sizeof len, 1, sp->f) != 1)
        return feof(sp->f) ? 0 : spool_lost(sp, e);
    if (sp->rec.cap < (size_t)len + 1) {
        sp->rec.s = xrealloc(sp->rec.s, (size_t)len + 1);
        sp->rec.cap = (size_t)len + 1;
    }
    sp->rec.len = 0;
    if (fread(sp->rec.s, 1, len, sp->f) != len || len < sizeof l + 1)
        return spool_lost(sp, e);
    p = sp->rec.s;
    n = len;
    memcpy(&l, p, sizeof l);
    r = record_new(k);
    r->archived = (unsigned char)p[sizeof l];
    p += sizeof l + 1;
    n -= sizeof l + 1;
    if (get_text(&p, &n, &status) < 0 || status == NULL)
        goto out;
    free(r->status);
    r->status = status;
    status = NULL;
    for (f = 0; f < k->nfields; f++)
        if (get_text(&p, &n, &r->val[f]) < 0)
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
    buf_fini(&(*psp)->rec);
    free(*psp);
    *psp = NULL;
}
