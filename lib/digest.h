#ifndef IRDESK_LIB_DIGEST_H
#define IRDESK_LIB_DIGEST_H

#include <stddef.h>

/* SHA-256 through nettle (a maintained library, not our own code). */
enum { DIGEST_HEX = 65 }; /* 64 hexadecimal digits and the NUL */

/* The SHA-256 of n bytes at data as lowercase hexadecimal, written into out. */
void digest_sha256_hex(const void *data, size_t n, char out[DIGEST_HEX]);

/* data as base64 (RFC 4648, padded); caller frees. */
char *digest_base64(const void *data, size_t n);
/* 1 when s is padded base64 text (RFC 4648), "" included. */
int digest_is_base64(const char *s);
/* Decode base64 s into *out (caller frees, NUL after the last byte), *n
 * bytes: 0, or -1 when s is not base64. */
int digest_unbase64(const char *s, void **out, size_t *n);

#endif
