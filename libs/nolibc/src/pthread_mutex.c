/* SPDX-License-Identifier: BSD-3-Clause */
/* POSIX mutexes over uk/mutex.h, with the three types' relock and
 * unlock rules (uk_mutex itself crashes on a plain relock). */
#include <errno.h>
#include <pthread.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include "pthread_priv.h"

int pthread_mutexattr_init(pthread_mutexattr_t *attr)
{
	attr->type = PTHREAD_MUTEX_DEFAULT;
	return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type)
{
	if (type < PTHREAD_MUTEX_NORMAL || type > PTHREAD_MUTEX_ERRORCHECK)
		return EINVAL;
	attr->type = type;
	return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *attr, int *type)
{
	*type = attr->type;
	return 0;
}

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr)
{
	m->type = attr ? attr->type : PTHREAD_MUTEX_DEFAULT;
	uk_mutex_init(&m->m, m->type == PTHREAD_MUTEX_RECURSIVE);
	return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m)
{
	return uk_mutex_is_locked(&m->m) ? EBUSY : 0;
}

int nolibc_mutex_mine(const pthread_mutex_t *m)
{
	return m->m.owner == uk_thread_current();
}

/* A normal mutex locked again by its owner: POSIX says it deadlocks, so
 * wait (for ever, or until the deadline). Only its owner may unlock it,
 * and the owner is here: nothing but the deadline ends the wait. */
static int relock_normal(pthread_mutex_t *m, uint64_t deadline)
{
	while (uk_waitq_wait(&m->m.waiters, deadline) != UK_WAITQ_TIMEDOUT)
		;
	return ETIMEDOUT;
}

static int lock_until(pthread_mutex_t *m, const struct timespec *abstime)
{
	uint64_t deadline = UKPLAT_TIME_NEVER;

	if (nolibc_mutex_mine(m)) {
		if (m->type == PTHREAD_MUTEX_ERRORCHECK)
			return EDEADLK;
		if (m->type == PTHREAD_MUTEX_RECURSIVE) {
			uk_mutex_trylock(&m->m); /* depth + 1 */
			return 0;
		}
	} else if (uk_mutex_trylock(&m->m)) {
		return 0;
	}
	if (abstime) {
		if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000L)
			return EINVAL;
		deadline = nolibc_deadline_of(abstime);
	}
	if (nolibc_mutex_mine(m))
		return relock_normal(m, deadline);
	return uk_mutex_lock_until(&m->m, deadline) ? ETIMEDOUT : 0;
}

int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abstime)
{
	return lock_until(m, abstime);
}

int pthread_mutex_lock(pthread_mutex_t *m) { return lock_until(m, NULL); }

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	if (nolibc_mutex_mine(m) && m->type != PTHREAD_MUTEX_RECURSIVE)
		return EBUSY;
	return uk_mutex_trylock(&m->m) ? 0 : EBUSY;
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (!nolibc_mutex_mine(m))
		return EPERM;
	uk_mutex_unlock(&m->m);
	return 0;
}
