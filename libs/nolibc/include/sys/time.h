/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sys/time.h - gettimeofday() (nolibc), the wall clock in microseconds, and
 * utimes() (the vfs library).
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

/**
 * Set path's access and modification times (times[0], times[1]; NULL:
 * now). Served by the vfs library (src/times.c) when the image links it:
 * the path is resolved (ENOENT, ENOTDIR, ELOOP, ...) and the times checked
 * (EINVAL), then it fails with ENOSYS, because no file system there can
 * set a file's times. Returns -1 with errno.
 */
int utimes(const char *path, const struct timeval times[2]);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_SYS_TIME_H */
