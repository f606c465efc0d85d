#ifndef IRDESK_LIB_DIGEST_H
#define IRDESK_LIB_DIGEST_H

#include <stddef.h>

/* SHA-256 through nettle (a maintained library, not our own code). */
enum { DIGEST_HEX = 65 }; /* 64 hexadecimal digits and the NUL */

/* The SHA-256 of n bytes at data as lowercase hexadecimal, written into out. */
void digest_sha256_hex(const void *data, size_t n, char out[DIGEST_HEX]);

#endif
