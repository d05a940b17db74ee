/* SPDX-License-Identifier: BSD-3-Clause */
/* Counting semaphores: a unit given back goes to the longest waiter. */
#include <uk/plat/time.h>
#include <uk/semaphore.h>

void uk_semaphore_init(struct uk_semaphore *s, long count)
{
	s->count = count;
	uk_waitq_init(&s->waiters);
}

int uk_semaphore_trydown(struct uk_semaphore *s)
{
	if (s->count <= 0)
		return 0;
	s->count--;
	return 1;
}

int uk_semaphore_down_until(struct uk_semaphore *s, uint64_t deadline)
{
	if (uk_semaphore_trydown(s))
		return 0;
	/* up() hands its unit to us when it wakes us. */
	return uk_waitq_wait(&s->waiters, deadline);
}

void uk_semaphore_down(struct uk_semaphore *s)
{
	uk_semaphore_down_until(s, UKPLAT_TIME_NEVER);
}

void uk_semaphore_up(struct uk_semaphore *s)
{
	if (!uk_waitq_wake_one(&s->waiters))
		s->count++;
}
