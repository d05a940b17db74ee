/* SPDX-License-Identifier: BSD-3-Clause */
/* nanosleep: the one-shot timer and halts until the deadline. */
#include <errno.h>
#include <time.h>
#include <uk/plat/time.h>

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	uint64_t deadline;

	if (!req || req->tv_sec < 0 || req->tv_nsec < 0 ||
	    req->tv_nsec >= (long)UKPLAT_NSEC_PER_SEC) {
		errno = EINVAL;
		return -1;
	}
	deadline = ukplat_monotonic_clock() +
		   (uint64_t)req->tv_sec * UKPLAT_NSEC_PER_SEC +
		   (uint64_t)req->tv_nsec;
	ukplat_timer_arm(deadline);
	while (ukplat_monotonic_clock() < deadline)
		ukplat_halt();
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
	if (rem)
		rem->tv_sec = rem->tv_nsec = 0;
	return 0;
}
