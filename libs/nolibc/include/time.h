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
