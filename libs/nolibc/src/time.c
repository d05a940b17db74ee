/* SPDX-License-Identifier: BSD-3-Clause */
/* time.h and sys/time.h clocks over uk/plat/time.h. */
#include <errno.h>
#include <sys/time.h>
#include <time.h>
#include <uk/plat/time.h>

static int platform_ns(clockid_t id, uint64_t *ns)
{
	switch (id) {
	case CLOCK_REALTIME: *ns = ukplat_wall_clock(); return 0;
	case CLOCK_MONOTONIC: *ns = ukplat_monotonic_clock(); return 0;
	default: errno = EINVAL; return -1;
	}
}

int clock_gettime(clockid_t id, struct timespec *ts)
{
	uint64_t ns;

	if (platform_ns(id, &ns))
		return -1;
	ts->tv_sec = (time_t)(ns / UKPLAT_NSEC_PER_SEC);
	ts->tv_nsec = (long)(ns % UKPLAT_NSEC_PER_SEC);
	return 0;
}

int clock_getres(clockid_t id, struct timespec *res)
{
	uint64_t ns;

	if (platform_ns(id, &ns))
		return -1;
	if (res) {
		res->tv_sec = 0;
		res->tv_nsec = 1;
	}
	return 0;
}

time_t time(time_t *t)
{
	time_t now = (time_t)(ukplat_wall_clock() / UKPLAT_NSEC_PER_SEC);

	if (t)
		*t = now;
	return now;
}

int gettimeofday(struct timeval *tv, void *tz)
{
	uint64_t ns = ukplat_wall_clock();

	(void)tz;
	tv->tv_sec = (time_t)(ns / UKPLAT_NSEC_PER_SEC);
	tv->tv_usec = (long)(ns % UKPLAT_NSEC_PER_SEC / 1000);
	return 0;
}
