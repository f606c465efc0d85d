#include "lib/digest.h"

#include <nettle/base64.h>
#include <nettle/sha2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"

void digest_sha256_hex(const void *data, size_t n, char out[DIGEST_HEX])
{
    static const char hex[] = "0123456789abcdef";
    struct sha256_ctx ctx;
    uint8_t d[SHA256_DIGEST_SIZE];
    size_t i;

    sha256_init(&ctx);
    sha256_update(&ctx, n, data);
    sha256_digest(&ctx, sizeof d, d);
    for (i = 0; i < sizeof d; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[2 * sizeof d] = '\0';
}

char *digest_base64(const void *data, size_t n)
{
    char *out = xmalloc(BASE64_ENCODE_RAW_LENGTH(n) + 1);

    base64_encode_raw(out, n, data);
    out[BASE64_ENCODE_RAW_LENGTH(n)] = '\0';
    return out;
}

int digest_is_base64(const char *s)
{
    size_t n = strlen(s), i, pad = 0;

    if (n % 4 != 0)
        return 0;
    for (i = 0; i < n; i++) {
        char c = s[i];
        if (c == '=') {
            pad++;
            continue;
        }
        if (pad > 0 || !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                         (c >= '0' && c <= '9') || c == '+' || c == '/'))
            return 0;
    }
    return pad <= 2;
}

int digest_unbase64(const char *s, void **out, size_t *n)
{
    struct base64_decode_ctx ctx;
    size_t len = strlen(s), got = BASE64_DECODE_LENGTH(len);
    uint8_t *buf;

    *out = NULL;
    *n = 0;
    if (!digest_is_base64(s))
        return -1;
    buf = xmalloc(got + 1);
    base64_decode_init(&ctx);
    if (!base64_decode_update(&ctx, &got, buf, len, s) || !base64_decode_final(&ctx)) {
        free(buf);
        return -1;
    }
    buf[got] = 0;
    *out = buf;
    *n = got;
    return 0;
}
