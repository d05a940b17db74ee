/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/time.h on linuxu: the host's CLOCK_MONOTONIC and
 * CLOCK_REALTIME, a timerfd armed at an absolute CLOCK_MONOTONIC time as
 * the one-shot timer, and ppoll() on it and on the host descriptors of
 * the interrupt lines (irq.c) as the halt. No signals: the process simply
 * sleeps in the kernel until the timer expires or a device has input.
 */
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>
#include "linuxu.h"

#define LINUXU_HALT_FDS 9 /* the timer and the interrupt lines */

static int tfd = -1;
static uint64_t deadline = UKPLAT_TIME_NEVER;

static uint64_t clock_ns(int clock)
{
	struct linuxu_timespec ts = { 0, 0 };

	linuxu_clock_gettime(clock, &ts);
	return (uint64_t)ts.sec * UKPLAT_NSEC_PER_SEC + (uint64_t)ts.nsec;
}

uint64_t ukplat_monotonic_clock(void)
{
	return clock_ns(LINUXU_CLOCK_MONOTONIC);
}

uint64_t ukplat_wall_clock(void) { return clock_ns(LINUXU_CLOCK_REALTIME); }

void ukplat_timer_arm(uint64_t ns)
{
	struct linuxu_itimerspec its = { { 0, 0 }, { 0, 0 } };
	long fd;

	if (tfd < 0) {
		fd = linuxu_timerfd_create(LINUXU_CLOCK_MONOTONIC,
					   LINUXU_TFD_CLOEXEC);
		if (fd < 0)
			ukplat_crash("linuxu: timerfd_create failed");
		tfd = (int)fd;
	}
	deadline = ns;
	if (ns != UKPLAT_TIME_NEVER) {
		its.value.sec = (long)(ns / UKPLAT_NSEC_PER_SEC);
		its.value.nsec = (long)(ns % UKPLAT_NSEC_PER_SEC);
		if (!its.value.sec && !its.value.nsec)
			its.value.nsec = 1; /* all zero would disarm */
	}
	linuxu_timerfd_settime(tfd, LINUXU_TFD_TIMER_ABSTIME, &its, NULL);
}

void ukplat_halt(void)
{
	struct linuxu_pollfd p[LINUXU_HALT_FDS];
	uint64_t expirations;
	unsigned int n;

	if (deadline != UKPLAT_TIME_NEVER &&
	    ukplat_monotonic_clock() >= deadline)
		return;
	n = linuxu_irq_pollfds(p, LINUXU_HALT_FDS,
			       deadline == UKPLAT_TIME_NEVER ? -1 : tfd);
	if (!n) {
		linuxu_ppoll(NULL, 0,
			     NULL); /* nothing can wake us but a signal */
		return;
	}
	if (linuxu_ppoll(p, n, NULL) <= 0)
		return;
	if (p[0].fd == tfd && p[0].revents)
		linuxu_read(tfd, &expirations, sizeof(expirations));
	linuxu_irq_dispatch(p, n);
}
