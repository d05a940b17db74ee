/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sys/time.h - gettimeofday() (nolibc), the wall clock in microseconds.
 */
#ifndef _NOLIBC_SYS_TIME_H
#define _NOLIBC_SYS_TIME_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Seconds and microseconds. */
struct timeval {
	time_t tv_sec;
	long tv_usec;
};

/** The wall clock into *tv; tz must be NULL (time zones are not kept).
 * Returns 0. */
int gettimeofday(struct timeval *tv, void *tz);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_SYS_TIME_H */
