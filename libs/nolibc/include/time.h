/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * time.h - clocks and sleeping (nolibc), over the platform's clocks
 * (uk/plat/time.h): CLOCK_MONOTONIC counts from boot (linuxu: from the
 * host's boot), CLOCK_REALTIME is the platform's wall clock.
 */
#ifndef _NOLIBC_TIME_H
#define _NOLIBC_TIME_H

#include <stddef.h>
#include <sys/types.h>
#include <__nolibc_fp.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Seconds and nanoseconds (0 .. 999999999). */
struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

/** A clock for clock_gettime(). */
typedef int clockid_t;

#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1

/** Processor time for clock(): microseconds. */
typedef long clock_t;
/** clock() ticks per second. */
#define CLOCKS_PER_SEC 1000000L

/** A broken-down time (UTC: there are no time zones here). */
struct tm {
	int tm_sec;	/**< seconds, 0..60 */
	int tm_min;	/**< minutes, 0..59 */
	int tm_hour;	/**< hours, 0..23 */
	int tm_mday;	/**< day of the month, 1..31 */
	int tm_mon;	/**< months since January, 0..11 */
	int tm_year;	/**< years since 1900 */
	int tm_wday;	/**< days since Sunday, 0..6 */
	int tm_yday;	/**< days since January 1st, 0..365 */
	int tm_isdst;	/**< always 0 (no daylight saving time) */
	long tm_gmtoff; /**< seconds east of UTC: 0 */
	const char *
		tm_zone; /**< "GMT" from gmtime, "UTC" from localtime/mktime; %Z */
};

/**
 * Processor time used: the monotonic clock since boot (a unikernel is
 * the only program), in CLOCKS_PER_SEC units.
 */
clock_t clock(void);
#if __NOLIBC_HAVE_FP
/** t1 - t0 in seconds (only where there is FP, __nolibc_fp.h). */
double difftime(time_t t1, time_t t0);
#endif
/** Break *t down as UTC into *tm (proleptic Gregorian, any year). tm, or NULL/EOVERFLOW. */
struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm);
/** gmtime_r into a static struct tm. */
struct tm *gmtime(const time_t *t);
/** Same as gmtime_r with tm_zone "UTC": local time is UTC. */
struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm);
/** localtime_r into a static struct tm. */
struct tm *localtime(const time_t *t);
/**
 * Seconds since the epoch of *tm taken as UTC; fields out of their
 * range are carried (tm_mon 14, tm_mday 0 ...), and *tm is rewritten
 * normalized with tm_wday and tm_yday. tm_isdst is ignored.
 */
time_t timegm(struct tm *tm);
/**
 * Same as timegm (local time is UTC), except that tm_isdst > 0 takes the
 * fields as daylight saving time, one hour ahead of UTC (as glibc does in
 * a zone without DST); *tm comes back as UTC with tm_isdst 0.
 */
time_t mktime(struct tm *tm);
/**
 * Format *tm into s[max] under fmt: C's and POSIX's conversions a A b B
 * c C d D e F g G h H I j m M n p r R S t T u U V w W x X y Y z Z %, in
 * the C locale, with the E and O modifiers accepted and ignored. The
 * length without the NUL, or 0 if it does not fit.
 */
size_t strftime(char *restrict s, size_t max, const char *restrict fmt,
		const struct tm *restrict tm);
/** "Sun Sep 16 01:03:52 1973\n" into buf (26 bytes). */
char *asctime_r(const struct tm *restrict tm, char *restrict buf);
/** asctime_r into a static buffer. */
char *asctime(const struct tm *tm);
/** asctime(localtime(t)). */
char *ctime(const time_t *t);
/** asctime_r(localtime_r(t)). */
char *ctime_r(const time_t *t, char *buf);

/** Seconds since the epoch; also stored in *t unless t is NULL. */
time_t time(time_t *t);
/** Read clock id into *ts. Returns 0, or -1 with errno = EINVAL for an
 * unknown clock. */
int clock_gettime(clockid_t id, struct timespec *ts);
/** Resolution of clock id (1 ns on every platform). 0 or -1/EINVAL. */
int clock_getres(clockid_t id, struct timespec *res);
/**
 * Sleep for *req (other threads run meanwhile when a scheduler is in the
 * image). Returns 0, or -1 with errno = EINVAL for a bad *req. Never
 * interrupted, so *rem (if given) is set to zero.
 */
int nanosleep(const struct timespec *req, struct timespec *rem);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_TIME_H */
