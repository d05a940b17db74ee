/* SPDX-License-Identifier: BSD-3-Clause */
/* Absolute POSIX times (struct timespec) as uksched deadlines. */
#include <uk/plat/time.h>
#include "pthread_priv.h"

uint64_t nolibc_deadline_of(const struct timespec *abstime)
{
	uint64_t when = (uint64_t)abstime->tv_sec * UKPLAT_NSEC_PER_SEC +
			(uint64_t)abstime->tv_nsec;
	uint64_t wall = ukplat_wall_clock(), now = ukplat_monotonic_clock();

	if (abstime->tv_sec < 0 || when <= wall)
		return 0;
	if (when - wall > UINT64_MAX - 1 - now)
		return UINT64_MAX - 1;
	return now + (when - wall);
}

uint64_t nolibc_deadline_mono(const struct timespec *abstime)
{
	if (abstime->tv_sec < 0)
		return 0;
	if ((uint64_t)abstime->tv_sec >
	    (UINT64_MAX - 1 - UKPLAT_NSEC_PER_SEC) / UKPLAT_NSEC_PER_SEC)
		return UINT64_MAX - 1;
	return (uint64_t)abstime->tv_sec * UKPLAT_NSEC_PER_SEC +
	       (uint64_t)abstime->tv_nsec;
}
