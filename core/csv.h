#ifndef IRDESK_CORE_CSV_H
#define IRDESK_CORE_CSV_H

#include <stddef.h>

#include "lib/err.h"

/* CSV after RFC 4180: fields separated by ',' or ';', quoted with '"' when
 * they hold the separator, a quote or a line break; records end with CRLF
 * (LF is accepted on reading). */

/* A parsed file: rows of fields, with the line each row starts on. */
struct csv {
    char ***rows;   /* rows[r][f], NUL-terminated strings, owned */
    size_t *nfields;
    size_t *line;   /* 1-based line number where row r starts */
    size_t nrows;
    char sep;
};

/* Parse text (n bytes, UTF-8 already) into *out, guessing the separator
 * from the first line (',' or ';', whichever occurs more outside quotes).
 * Fails (IRD_INVALID, with the line number) on a NUL byte or a quote left
 * open.  *out owned on success (csv_fini). */
int csv_parse(const char *text, size_t n, struct csv *out, struct ird_err *e);
void csv_fini(struct csv *c);

/* Reading a file row by row, without holding it: the same rules as
 * csv_parse, and a quote that closes a field must end it (`"a"b` is an
 * error), a quote inside a field that does not begin with one too.  The
 * fields are private; r->sep and r->bom may be read. */
enum {
    CSV_UTF8 = 1u << 0,     /* refuse what is not UTF-8, with its line and byte */
    CSV_SKIP_BOM = 1u << 1, /* a UTF-8 byte order mark first is skipped (r->bom) */
};
struct csv_reader {
    int fd, owned, eof, bom;
    unsigned flags;
    char sep;
    char *buf;              /* the window [pos, len) of the file */
    size_t pos, len, cap;
    size_t line, col, row_line, utf8_left;
    char *text;             /* the current row's fields, NUL-separated */
    size_t ntext, captext, field_start;
    size_t *off, nf, capf;
    char **fields;
    size_t capptr;
};
/* One row: n fields (borrowed: valid until the next csv_next) and the
 * line it starts on. */
struct csv_row {
    char **f;
    size_t n, line;
};
/* Read n bytes of text at s (borrowed: they must outlive the reader). */
void csv_reader_mem(struct csv_reader *r, const char *s, size_t n, unsigned flags);
/* Read the file open at fd, 64 KB at a time (the caller closes fd); -1
 * when it cannot be read. */
int csv_reader_fd(struct csv_reader *r, int fd, unsigned flags, struct ird_err *e);
/* The next row into *row: 1, 0 at the end, -1 on an error (IRD_INVALID
 * naming the line; IRD_IO when the file cannot be read).  Blank lines are
 * skipped. */
int csv_next(struct csv_reader *r, struct csv_row *row, struct ird_err *e);
void csv_reader_fini(struct csv_reader *r);

struct buf;

/* How csv_cell writes a field. */
enum csv_cell_flag {
    CSV_LAST = 1u << 0, /* the last of its row: CRLF after it, not the separator */
    CSV_GUARD = 1u << 1 /* a leading apostrophe when csv_formula_like (text only) */
};

/* Append one field to b, quoted when needed, and the separator after it
 * (CRLF after the last of its row); flags: enum csv_cell_flag. */
void csv_cell(struct buf *b, const char *value, char sep, unsigned flags);
/* csv_cell without the guard: CSV_LAST when last. */
void csv_field(struct buf *b, const char *value, char sep, int last);

/* 1 when v, after any apostrophes it begins with, begins with what makes a
 * spreadsheet run a cell as a formula: '=', '+', '-', '@', a tab or a
 * carriage return.  Such a text is written with one more apostrophe in
 * front ("=1+2" as "'=1+2", "'=x" as "''=x"); "'s-Hertogenbosch" is not. */
int csv_formula_like(const char *v);

/* v without the apostrophe that CSV_GUARD put before it: v + 1 when v is an
 * apostrophe followed by a csv_formula_like text, else v (borrowed, lives
 * with v; NULL for NULL).  The importer calls it on every cell. */
const char *csv_unescape_formula(const char *v);

#endif
