#include "core/attach.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/app.h"
#include "core/desk.h"
#include "core/outfile.h"
#include "i18n/i18n.h"
#include "lib/digest.h"
#include "lib/mem.h"
#include "lib/text.h"
#include "lib/when.h"
#include "model/ftype.h"
#include "model/saved.h"

/* Types by extension (lowercase), the ones a desk meets. */
static const struct {
    const char *ext, *mime;
} types[] = {
    { "pdf", "application/pdf" },  { "txt", "text/plain" },       { "md", "text/markdown" },
    { "csv", "text/csv" },         { "html", "text/html" },       { "htm", "text/html" },
    { "json", "application/json" }, { "xml", "application/xml" }, { "eml", "message/rfc822" },
    { "png", "image/png" },        { "jpg", "image/jpeg" },       { "jpeg", "image/jpeg" },
    { "gif", "image/gif" },        { "svg", "image/svg+xml" },    { "zip", "application/zip" },
    { "odt", "application/vnd.oasis.opendocument.text" },
    { "ods", "application/vnd.oasis.opendocument.spreadsheet" },
    { "doc", "application/msword" },
    { "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    { "xls", "application/vnd.ms-excel" },
    { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    { "ppt", "application/vnd.ms-powerpoint" },
    { "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
};

const char *attach_mime(const char *name, const void *data, size_t n)
{
    const char *dot = strrchr(name, '.');
    size_t i;

    if (dot != NULL && dot[1] != '\0') {
        char ext[8];
        for (i = 0; dot[1 + i] != '\0' && i + 1 < sizeof ext; i++)
            ext[i] = (char)(dot[1 + i] >= 'A' && dot[1 + i] <= 'Z' ? dot[1 + i] + 32
                                                                 : dot[1 + i]);
        ext[i] = '\0';
        for (i = 0; i < sizeof types / sizeof types[0]; i++)
            if (strcmp(types[i].ext, ext) == 0)
                return types[i].mime;
    }
    if (n >= 5 && memcmp(data, "%PDF-", 5) == 0)
        return "application/pdf";
    if (memchr(data, '\0', n) == NULL && text_valid_utf8(data, n))
        return "text/plain";
    return "application/octet-stream";
}

/* The whole regular file at path into *data (caller frees), *n bytes. */
static int read_whole(const char *path, char **data, size_t *n, struct ird_err *e)
{
    struct stat st;
    struct buf b = { 0 };
    char chunk[65536];
    ssize_t r;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);

    *data = NULL;
    if (fd < 0)
        return ird_fail(e, IRD_IO, _("Cannot read %s: %s."), path, strerror(errno));
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size > ATTACH_MAX) {
        close(fd);
        if (st.st_size > ATTACH_MAX)
            return ird_fail(e, IRD_INVALID, _("%s is larger than %ld MB: it is not attached."),
                            path, ATTACH_MAX / (1024 * 1024));
        return ird_fail(e, IRD_INVALID, _("%s is not a regular file: only files are attached."),
                        path);
    }
    buf_add(&b, "");
    while ((r = read(fd, chunk, sizeof chunk)) > 0 && (long)b.len <= ATTACH_MAX)
        buf_addn(&b, chunk, (size_t)r);
    close(fd);
    if (r < 0) {
        buf_fini(&b);
        return ird_fail(e, IRD_IO, _("Cannot read %s: %s."), path, strerror(errno));
    }
    *n = b.len;
    *data = buf_take(&b);
    return 0;
}

int attach_add(struct app *a, enum kind_id k, int64_t id, const char *path, int64_t *aid,
               struct ird_err *e)
{
    const char *slash = strrchr(path, '/');
    struct attachment meta;
    char *data = NULL, sha[DIGEST_HEX], *name = xstrdup(slash != NULL ? slash + 1 : path);
    size_t n = 0;
    int64_t got = 0;
    int rc = -1;

    memset(&meta, 0, sizeof meta);
    if (ftype_check_text(_("File name"), name, 0, 255, e) < 0 || *name == '\0' ||
        strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
        if (e != NULL && e->code == IRD_OK)
            ird_fail(e, IRD_INVALID, _("\"%s\" does not name a file."), path);
        goto out;
    }
    if (!desk_exists(a, k, id)) {
        ird_fail(e, IRD_NOT_FOUND, _("%s %lld does not exist."), _(kind_get(k)->label),
                 (long long)id);
        goto out;
    }
    if (read_whole(path, &data, &n, e) < 0)
        goto out;
    digest_sha256_hex(data, n, sha);
    meta.kind = k;
    meta.record_id = id;
    meta.name = name;
    meta.size = (long long)n;
    meta.sha256 = sha;
    {
        char mime[128];
        snprintf(mime, sizeof mime, "%s", attach_mime(name, data, n));
        meta.mime = mime;
        rc = desk_attach_put(a, &meta, data, &got, e);
    }
    if (rc == 0 && aid != NULL)
        *aid = got;
out:
    free(data);
    free(name);
    return rc;
}

int attach_pick(struct app *a, enum kind_id k, int64_t id, const char *which,
                struct attachment **out, struct ird_err *e)
{
    struct attachment *list = NULL;
    size_t n = 0, i, pick = (size_t)-1;
    char *end;
    unsigned long num;

    *out = NULL;
    if (desk_attachments(a, k, id, 0, &list, &n, e) < 0)
        return -1;
    for (i = 0; i < n && pick == (size_t)-1; i++)
        if (strcmp(list[i].name, which) == 0)
            pick = i;
    errno = 0;
    num = strtoul(which, &end, 10);
    if (pick == (size_t)-1 && *which >= '1' && *which <= '9' && *end == '\0' && errno == 0 &&
        num >= 1 && num <= n)
        pick = num - 1;
    if (pick == (size_t)-1) {
        attachment_list_free(list, n);
        return ird_fail(e, IRD_NOT_FOUND, _("%s %lld has no file \"%s\" (a name or its number "
                                            "in the list)."),
                        _(kind_get(k)->label), (long long)id, which);
    }
    *out = xmalloc(sizeof **out);
    **out = list[pick];
    memset(&list[pick], 0, sizeof list[pick]);
    attachment_list_free(list, n);
    return 0;
}

int attach_save(struct app *a, int64_t aid, const char *path, int follow, struct ird_err *e)
{
    void *data = NULL;
    size_t n = 0;
    int rc;

    if (desk_attachment_body(a, aid, &data, &n, e) < 0)
        return -1;
    rc = app_write_file(a, path, data, n, follow ? OUTFILE_FOLLOW : 0, e);
    free(data);
    return rc;
}

/* The command that opens a file of type mime, for sh -c with the file as $1. */
static const char *opener(const char *mime)
{
    const char *own = getenv("IRDESK_OPENER");

    if (own != NULL && *own != '\0')
        return "exec $IRDESK_OPENER \"$1\"";
    if (strncmp(mime, "text/", 5) == 0)
        return "exec ${PAGER:-less} \"$1\"";
    return "if command -v xdg-open >/dev/null 2>&1; then exec xdg-open \"$1\"; "
           "else exec run-mailcap --action=view \"$1\"; fi";
}

int attach_open(struct app *a, const struct attachment *att, struct ird_err *e)
{
    const char *tmp = getenv("TMPDIR");
    char *dir = xasprintf("%s/irdesk-open-XXXXXX", tmp != NULL && *tmp == '/' ? tmp : "/tmp");
    char *path = NULL, *safe = xstrdup(att->name), *p;
    int status = 0, rc = -1;
    pid_t pid;

    for (p = safe; *p != '\0'; p++)
        if (*p == '/')
            *p = '_';
    if (mkdtemp(dir) == NULL) {
        ird_fail(e, IRD_IO, _("Cannot make a temporary directory: %s."), strerror(errno));
        goto out;
    }
    path = xasprintf("%s/%s", dir, safe);
    if (attach_save(a, att->id, path, 0, e) < 0)
        goto out;
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", opener(att->mime), "sh", path, (char *)NULL);
        _exit(127);
    }
    while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        ird_fail(e, IRD_IO, _("The program that opens %s failed (exit status %d)."), att->name,
                 pid > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        goto out;
    }
    rc = 0;
out:
    /* a desktop viewer may read the file after its opener returned: the
     * copy stays in its private directory, except a pager's */
    if (path != NULL && (rc < 0 || strncmp(att->mime, "text/", 5) == 0)) {
        unlink(path);
        rmdir(dir);
    }
    free(path);
    free(dir);
    free(safe);
    return rc;
}

char *attach_line(const struct attachment *att, size_t number)
{
    char at[WHEN_MAX];
    char *size = att->size >= 10240 ? xasprintf("%lld kB", (att->size + 512) / 1024)
                                    : xasprintf("%lld B", att->size);
    char *s = xasprintf("%zu. %s · %s · %s · %s %s%s", number, att->name, att->mime, size,
                        when_local(att->added_at, at), att->added_by,
                        att->archived ? _(" · archived") : "");

    free(size);
    return s;
}
