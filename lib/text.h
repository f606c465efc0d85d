#ifndef IRDESK_LIB_TEXT_H
#define IRDESK_LIB_TEXT_H

#include <stddef.h>
#include <wchar.h>

/* Decode one UTF-8 character from s (at most n bytes).  Returns the bytes
 * used (>= 1) and sets *wc; an invalid or truncated sequence uses 1 byte and
 * yields U+FFFD with *bad set.  n must be > 0. */
size_t text_decode(const char *s, size_t n, wchar_t *wc, int *bad);

/* s made harmless for a terminal: control characters as caret notation
 * (ESC as ^[, DEL as ^?), C1 controls and the bidirectional embeddings,
 * overrides and isolates as <U+XXXX>, bytes that are not UTF-8 as \xNN.
 * keep_lines keeps line feeds and tabs.  Caller frees. */
char *text_visible(const char *s, int keep_lines);
/* 1 when c is a bidirectional embedding, override or isolate (U+202A-202E,
 * U+2066-2069): text that reorders what follows it on the screen. */
int text_is_bidi_control(wchar_t c);

/* 1 when s is valid UTF-8 without NUL bytes in its first n bytes. */
int text_valid_utf8(const char *s, size_t n);

/* Cells one character takes on a terminal: wcwidth, with control and
 * unprintable characters counted as the 1 cell of their replacement. */
int text_cwidth(wchar_t wc);

/* Display width of s in terminal cells (not bytes, not characters). */
size_t text_width(const char *s);

/* Bytes of the longest prefix of s that takes at most cols cells. */
size_t text_prefix(const char *s, size_t cols);

/* Number of characters (code points) in s. */
size_t text_chars(const char *s);

/* s fitted to exactly cols cells when pad is set (else at most cols):
 * cut at a character boundary with an ellipsis, never inside a wide
 * character; control characters and invalid bytes become visible
 * replacements.  Caller frees. */
char *text_fit(const char *s, size_t cols, int pad);

/* s wrapped at word boundaries into lines of at most cols cells (a word
 * longer than a line is cut by characters).  Newlines in s are kept as line
 * breaks.  Returns an array of *n lines; free with text_lines_free. */
char **text_wrap(const char *s, size_t cols, size_t *n);
void text_lines_free(char **lines, size_t n);

/* s with leading and trailing white space removed; caller frees. */
char *text_trim(const char *s);

#endif
