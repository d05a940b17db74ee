/* SPDX-License-Identifier: BSD-3-Clause */
/* Sleeping: nanosleep, sleep, usleep, sched_yield over the scheduler. */
#include <errno.h>
#include <sched.h>
#include <time.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <unistd.h>

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	if (!req || req->tv_sec < 0 || req->tv_nsec < 0 ||
	    req->tv_nsec >= (long)UKPLAT_NSEC_PER_SEC) {
		errno = EINVAL;
		return -1;
	}
	uk_sched_sleep_ns((uint64_t)req->tv_sec * UKPLAT_NSEC_PER_SEC +
			  (uint64_t)req->tv_nsec);
	if (rem)
		rem->tv_sec = rem->tv_nsec = 0;
	return 0;
}

unsigned int sleep(unsigned int seconds)
{
	uk_sched_sleep_ns((uint64_t)seconds * UKPLAT_NSEC_PER_SEC);
	return 0;
}

int usleep(useconds_t usec)
{
	uk_sched_sleep_ns((uint64_t)usec * 1000);
	return 0;
}

int sched_yield(void)
{
	uk_sched_yield();
	return 0;
}
