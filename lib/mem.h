#ifndef IRDESK_LIB_MEM_H
#define IRDESK_LIB_MEM_H

#include <stdarg.h>
#include <stddef.h>

/* Allocation that never returns NULL: out of memory aborts (the only abort). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Copy of s, or NULL when s is NULL; caller frees. */
char *xstrdup(const char *s);
/* Copy of the first n bytes of s, NUL-terminated; caller frees. */
char *xstrndup(const char *s, size_t n);
/* printf into a new string; caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same from a va_list (which it uses up); caller frees. */
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* Free an array of n items of size bytes each, and the strings (char *
 * members) at the byte offsets strs[0..nstrs) of every item: one list free
 * driven by a table of members (offsetof) instead of a loop per struct. */
void free_items(void *items, size_t n, size_t size, const size_t *strs, size_t nstrs);
/* The number of elements of an array. */
#define MEM_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A growing byte buffer, always NUL-terminated once anything is added. */
struct buf {
    char *s;
    size_t len, cap;
};
void buf_add(struct buf *b, const char *s);
void buf_addn(struct buf *b, const char *s, size_t n);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hand the string over (never NULL); the buffer is empty afterwards. */
char *buf_take(struct buf *b);
void buf_fini(struct buf *b);

#endif
