/* SPDX-License-Identifier: BSD-3-Clause */
/* POSIX condition variables over uk/condvar.h; the clock of their
 * deadlines comes from the condattr (CLOCK_REALTIME by default). */
#include <errno.h>
#include <pthread.h>
#include <uk/plat/time.h>
#include "pthread_priv.h"

int pthread_condattr_init(pthread_condattr_t *attr)
{
	attr->clock = CLOCK_REALTIME;
	return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	attr->clock = clock;
	return 0;
}

int pthread_condattr_getclock(const pthread_condattr_t *attr, clockid_t *clock)
{
	*clock = attr->clock;
	return 0;
}

int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr)
{
	uk_condvar_init(&c->c);
	c->clock = attr ? attr->clock : CLOCK_REALTIME;
	return 0;
}

int pthread_cond_destroy(pthread_cond_t *c)
{
	return uk_waitq_empty(&c->c.waiters) ? 0 : EBUSY;
}

int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
			   const struct timespec *abstime)
{
	uint64_t deadline = UKPLAT_TIME_NEVER;

	if (!nolibc_mutex_mine(m))
		return EPERM;
	if (abstime) {
		if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000L)
			return EINVAL;
		deadline = c->clock == CLOCK_MONOTONIC
				   ? nolibc_deadline_mono(abstime)
				   : nolibc_deadline_of(abstime);
	}
	if (uk_condvar_wait_until(&c->c, &m->m, deadline))
		return ETIMEDOUT;
	return 0;
}

int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m)
{
	return pthread_cond_timedwait(c, m, NULL);
}

int pthread_cond_signal(pthread_cond_t *c)
{
	uk_condvar_signal(&c->c);
	return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c)
{
	uk_condvar_broadcast(&c->c);
	return 0;
}
