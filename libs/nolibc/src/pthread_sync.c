/* SPDX-License-Identifier: BSD-3-Clause */
/* POSIX mutexes and condition variables over uk/mutex.h, uk/condvar.h. */
#include <errno.h>
#include <pthread.h>
#include <uk/sched.h>
#include "pthread_priv.h"

int pthread_mutexattr_init(pthread_mutexattr_t *attr)
{
	attr->type = PTHREAD_MUTEX_NORMAL;
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

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr)
{
	m->type = attr ? attr->type : PTHREAD_MUTEX_NORMAL;
	uk_mutex_init(&m->m, m->type == PTHREAD_MUTEX_RECURSIVE);
	return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m)
{
	return uk_mutex_is_locked(&m->m) ? EBUSY : 0;
}

static int mine(const pthread_mutex_t *m)
{
	return m->m.owner == uk_thread_current();
}

int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abstime)
{
	if (m->type == PTHREAD_MUTEX_ERRORCHECK && mine(m))
		return EDEADLK;
	if (abstime && abstime->tv_nsec >= 1000000000L)
		return EINVAL;
	if (uk_mutex_lock_until(&m->m, abstime ? nolibc_deadline_of(abstime)
					       : UINT64_MAX))
		return ETIMEDOUT;
	return 0;
}

int pthread_mutex_lock(pthread_mutex_t *m)
{
	return pthread_mutex_timedlock(m, NULL);
}

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	if (m->type != PTHREAD_MUTEX_RECURSIVE && mine(m))
		return EBUSY;
	return uk_mutex_trylock(&m->m) ? 0 : EBUSY;
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (!mine(m))
		return EPERM;
	uk_mutex_unlock(&m->m);
	return 0;
}

int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr)
{
	(void)attr;
	uk_condvar_init(c);
	return 0;
}

int pthread_cond_destroy(pthread_cond_t *c)
{
	return uk_waitq_empty(&c->waiters) ? 0 : EBUSY;
}

int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
			   const struct timespec *abstime)
{
	if (!mine(m))
		return EPERM;
	if (abstime && abstime->tv_nsec >= 1000000000L)
		return EINVAL;
	if (uk_condvar_wait_until(c, &m->m, abstime ? nolibc_deadline_of(abstime)
						    : UINT64_MAX))
		return ETIMEDOUT;
	return 0;
}

int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m)
{
	return pthread_cond_timedwait(c, m, NULL);
}

int pthread_cond_signal(pthread_cond_t *c)
{
	uk_condvar_signal(c);
	return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c)
{
	uk_condvar_broadcast(c);
	return 0;
}
