/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Deadlines: blocked threads with a wake-up time, in a list sorted by
 * it; the idle loop (halting until the first one) and sleeping.
 */
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>
#include "core.h"

static struct uk_thread *timeouts; /* earliest deadline first */
unsigned int uksched_irq_waiters;

void uksched_timeout_add(struct uk_thread *t)
{
	struct uk_thread **p = &timeouts;

	while (*p && (*p)->deadline <= t->deadline)
		p = &(*p)->tnext;
	t->tnext = *p;
	*p = t;
}

void uksched_timeout_remove(struct uk_thread *t)
{
	struct uk_thread **p = &timeouts;

	if (t->deadline == UKPLAT_TIME_NEVER)
		return;
	while (*p && *p != t)
		p = &(*p)->tnext;
	if (*p)
		*p = t->tnext;
	t->tnext = NULL;
	t->deadline = UKPLAT_TIME_NEVER;
}

int uk_sched_wake_expired(void)
{
	uint64_t now;
	int n = 0;

	if (!timeouts)
		return 0;
	now = ukplat_monotonic_clock();
	while (timeouts && timeouts->deadline <= now) {
		uksched_wake(timeouts, 1);
		n++;
	}
	return n;
}

void uk_sched_idle(void)
{
	if (uk_sched_wake_expired())
		return;
	if (!timeouts && !uksched_irq_waiters)
		ukplat_crash("uksched: deadlock: every thread is blocked "
			     "and none has a deadline");
	ukplat_timer_arm(timeouts ? timeouts->deadline : UKPLAT_TIME_NEVER);
	ukplat_halt();
	uksched_stats.halts++;
}

void uk_sched_sleep_until(uint64_t deadline) { uksched_block(NULL, deadline); }

void uk_sched_sleep_ns(uint64_t ns)
{
	uint64_t now = ukplat_monotonic_clock();

	uk_sched_sleep_until(ns > UKPLAT_TIME_NEVER - 1 - now
				     ? UKPLAT_TIME_NEVER - 1
				     : now + ns);
}

void uk_sched_yield(void) { uk_sched_impl_schedule(); }
