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

char *when_local(const char *at, char out[WHEN_MAX])
{
    int y, mo, d, hh, mm, ss, n = 0;
    struct tm tm;
    time_t t;

    snprintf(out, WHEN_MAX, "%s", at ? at : "");
    if (at == NULL || strlen(at) != 20 ||
        sscanf(at, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &y, &mo, &d, &hh, &mm, &ss, &n) != 6 ||
        n != 20 || mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60)
        return out;
    t = (time_t)utc_seconds(y, mo, d, hh, mm, ss);
    tzset();
    if (localtime_r(&t, &tm) == NULL || strftime(out, WHEN_MAX, "%Y-%m-%d %H:%M", &tm) == 0)
        snprintf(out, WHEN_MAX, "%s", at);
    return out;
}
