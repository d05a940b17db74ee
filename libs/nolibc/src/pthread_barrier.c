/* SPDX-License-Identifier: BSD-3-Clause */
/* Barriers: the last thread of a cycle wakes the others. */
#include <errno.h>
#include <pthread.h>
#include <uk/plat/time.h>
#include <uk/sched.h>

int pthread_barrierattr_init(pthread_barrierattr_t *attr)
{
	attr->unused = 0;
	return 0;
}

int pthread_barrierattr_destroy(pthread_barrierattr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_barrier_init(pthread_barrier_t *b,
			 const pthread_barrierattr_t *attr, unsigned int count)
{
	(void)attr;
	if (!count)
		return EINVAL;
	b->count = count;
	b->waiting = 0;
	b->cycle = 0;
	uk_waitq_init(&b->waiters);
	return 0;
}

int pthread_barrier_destroy(pthread_barrier_t *b)
{
	return b->waiting ? EBUSY : 0;
}

int pthread_barrier_wait(pthread_barrier_t *b)
{
	unsigned int cycle = b->cycle;

	if (++b->waiting == b->count) {
		b->waiting = 0;
		b->cycle++;
		uk_waitq_wake_all(&b->waiters);
		return PTHREAD_BARRIER_SERIAL_THREAD;
	}
	while (b->cycle == cycle)
		uk_waitq_wait(&b->waiters, UKPLAT_TIME_NEVER);
	return 0;
}
