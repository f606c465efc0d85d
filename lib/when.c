#include "lib/when.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* The seconds since 1970 of a UTC calendar time, without timegm (not in
 * POSIX): days from the civil date (Howard Hinnant's algorithm). */
static long long utc_seconds(int y, int m, int d, int hh, int mm, int ss)
{
    long long era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return ((era * 146097 + doe - 719468) * 86400) + hh * 3600 + mm * 60 + ss;
}

/* The n digits at s as a number, or -1 when one is not a digit. */
static int when_digits(const char *s, int n)
{
    int v = 0;

    for (; n > 0; n--, s++) {
        if (*s < '0' || *s > '9')
            return -1;
        v = v * 10 + (*s - '0');
    }
    return v;
}

char *when_local(const char *at, char out[WHEN_MAX])
{
    int y, mo, d, hh, mm, ss;
    struct tm tm;
    time_t t;

    snprintf(out, WHEN_MAX, "%s", at ? at : "");
    /* YYYY-MM-DDTHH:MM:SSZ, read by position: a history view shows a
     * hundred of them a key */
    if (at == NULL || strlen(at) != 20 || at[4] != '-' || at[7] != '-' || at[10] != 'T' ||
        at[13] != ':' || at[16] != ':' || at[19] != 'Z')
        return out;
    y = when_digits(at, 4);
    mo = when_digits(at + 5, 2);
    d = when_digits(at + 8, 2);
    hh = when_digits(at + 11, 2);
    mm = when_digits(at + 14, 2);
    ss = when_digits(at + 17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || hh < 0 || hh > 23 || mm < 0 ||
        mm > 59 || ss < 0 || ss > 60)
        return out;
    t = (time_t)utc_seconds(y, mo, d, hh, mm, ss);
    tzset();
    if (localtime_r(&t, &tm) == NULL || strftime(out, WHEN_MAX, "%Y-%m-%d %H:%M", &tm) == 0)
        snprintf(out, WHEN_MAX, "%s", at);
    return out;
}
