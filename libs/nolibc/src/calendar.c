/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The calendar: UTC broken-down time both ways, clock, difftime,
 * asctime/ctime. Day counts use the proleptic Gregorian calendar in
 * 400-year eras (146097 days each), so any 64-bit year works. Local
 * time is UTC, a zone without daylight saving time; gmtime names its
 * zone "GMT" and localtime "UTC", as glibc does.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <time.h>
#include <uk/plat/time.h>

#define SECS_PER_DAY 86400LL

/* Days since 1970-01-01 of y-m-d (m 1..12). */
static long long days_from_civil(long long y, int m, int d)
{
	long long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	long long secs = *t, days = secs / SECS_PER_DAY,
		  rem = secs % SECS_PER_DAY;
	long long era, doe, yoe, y, doy, mp;
	int m, d;

	if (rem < 0) {
		rem += SECS_PER_DAY;
		days--;
	}
	/* Civil from days (the inverse of days_from_civil). */
	days += 719468;
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = (int)(doy - (153 * mp + 2) / 5 + 1);
	m = (int)(mp < 10 ? mp + 3 : mp - 9);
	y += m <= 2;
	if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return NULL;
	}
	tm->tm_year = (int)(y - 1900);
	tm->tm_mon = m - 1;
	tm->tm_mday = d;
	tm->tm_hour = (int)(rem / 3600);
	tm->tm_min = (int)(rem / 60 % 60);
	tm->tm_sec = (int)(rem % 60);
	days -= 719468;
	tm->tm_wday =
		(int)(((days % 7) + 11) % 7); /* 1970-01-01 was a Thursday */
	tm->tm_yday = (int)(days - days_from_civil(y, 1, 1));
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "GMT";
	return tm;
}

struct tm *gmtime(const time_t *t)
{
	static struct tm tm;

	return gmtime_r(t, &tm);
}

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	if (!gmtime_r(t, tm))
		return NULL;
	tm->tm_zone = "UTC";
	return tm;
}

struct tm *localtime(const time_t *t)
{
	static struct tm tm;

	return localtime_r(t, &tm);
}

/* Seconds since the epoch of *tm taken as UTC, its fields carried. */
static long long civil_secs(const struct tm *tm)
{
	long long mon = tm->tm_mon,
		  y = (long long)tm->tm_year + 1900 + mon / 12;

	mon %= 12;
	if (mon < 0) {
		mon += 12;
		y--;
	}
	return (days_from_civil(y, (int)mon + 1, 1) + tm->tm_mday - 1) *
		       SECS_PER_DAY +
	       (long long)tm->tm_hour * 3600 + (long long)tm->tm_min * 60 +
	       tm->tm_sec;
}

time_t timegm(struct tm *tm)
{
	time_t t = (time_t)civil_secs(tm);

	if (!gmtime_r(&t, tm))
		return (time_t)-1;
	return t;
}

/*
 * tm_isdst > 0 says the fields are daylight saving time, which this zone
 * never has: they are taken as one hour ahead of standard time (glibc
 * does the same in a zone without DST) and come back as standard time.
 */
time_t mktime(struct tm *tm)
{
	time_t t = (time_t)(civil_secs(tm) - (tm->tm_isdst > 0 ? 3600 : 0));

	if (!localtime_r(&t, tm))
		return (time_t)-1;
	return t;
}

#if __NOLIBC_HAVE_FP
double difftime(time_t t1, time_t t0) { return (double)(t1 - t0); }
#endif

clock_t clock(void) { return (clock_t)(ukplat_monotonic_clock() / 1000); }

static const char wday_abbr[7][4] = { "Sun", "Mon", "Tue", "Wed",
				      "Thu", "Fri", "Sat" };
static const char mon_abbr[12][4] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n",
		 tm->tm_wday >= 0 && tm->tm_wday < 7 ? wday_abbr[tm->tm_wday]
						     : "???",
		 tm->tm_mon >= 0 && tm->tm_mon < 12 ? mon_abbr[tm->tm_mon]
						    : "???",
		 tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
		 1900 + tm->tm_year);
	return buf;
}

char *asctime(const struct tm *tm)
{
	static char buf[26];

	return asctime_r(tm, buf);
}

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;

	return gmtime_r(t, &tm) ? asctime_r(&tm, buf) : NULL;
}

char *ctime(const time_t *t)
{
	static char buf[26];

	return ctime_r(t, buf);
}
