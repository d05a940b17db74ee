/* SPDX-License-Identifier: BSD-3-Clause */
/* Read-write locks, reader-preferring, over uksched wait queues. With
 * cooperative scheduling nothing runs between a check and the wait that
 * follows it; woken threads check again (another may have come first). */
#include <errno.h>
#include <pthread.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include "pthread_priv.h"

int pthread_rwlockattr_init(pthread_rwlockattr_t *attr)
{
	attr->unused = 0;
	return 0;
}

int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_rwlock_init(pthread_rwlock_t *rw, const pthread_rwlockattr_t *attr)
{
	(void)attr;
	rw->readers = 0;
	rw->writer = NULL;
	uk_waitq_init(&rw->rwaiters);
	uk_waitq_init(&rw->wwaiters);
	return 0;
}

int pthread_rwlock_destroy(pthread_rwlock_t *rw)
{
	return rw->readers || rw->writer ? EBUSY : 0;
}

/* The deadline of abstime (NULL: never); -1 for a bad one. */
static int deadline(const struct timespec *abstime, uint64_t *d)
{
	*d = UKPLAT_TIME_NEVER;
	if (!abstime)
		return 0;
	if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000L)
		return -1;
	*d = nolibc_deadline_of(abstime);
	return 0;
}

static int rdlock_until(pthread_rwlock_t *rw, const struct timespec *abstime)
{
	uint64_t d = UKPLAT_TIME_NEVER;

	if (rw->writer == uk_thread_current())
		return EDEADLK;
	if (rw->writer && deadline(abstime, &d))
		return EINVAL;
	while (rw->writer) {
		if (uk_waitq_wait(&rw->rwaiters, d) == UK_WAITQ_TIMEDOUT)
			return ETIMEDOUT;
	}
	rw->readers++;
	return 0;
}

static int wrlock_until(pthread_rwlock_t *rw, const struct timespec *abstime)
{
	struct uk_thread *me = uk_thread_current();
	uint64_t d = UKPLAT_TIME_NEVER;

	if (rw->writer == me)
		return EDEADLK;
	if ((rw->writer || rw->readers) && deadline(abstime, &d))
		return EINVAL;
	while (rw->writer || rw->readers) {
		if (uk_waitq_wait(&rw->wwaiters, d) == UK_WAITQ_TIMEDOUT)
			return ETIMEDOUT;
	}
	rw->writer = me;
	return 0;
}

int pthread_rwlock_rdlock(pthread_rwlock_t *rw)
{
	return rdlock_until(rw, NULL);
}

int pthread_rwlock_timedrdlock(pthread_rwlock_t *rw,
			       const struct timespec *abstime)
{
	return rdlock_until(rw, abstime);
}

int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw)
{
	if (rw->writer)
		return EBUSY;
	rw->readers++;
	return 0;
}

int pthread_rwlock_wrlock(pthread_rwlock_t *rw)
{
	return wrlock_until(rw, NULL);
}

int pthread_rwlock_timedwrlock(pthread_rwlock_t *rw,
			       const struct timespec *abstime)
{
	return wrlock_until(rw, abstime);
}

int pthread_rwlock_trywrlock(pthread_rwlock_t *rw)
{
	if (rw->writer || rw->readers)
		return EBUSY;
	rw->writer = uk_thread_current();
	return 0;
}

int pthread_rwlock_unlock(pthread_rwlock_t *rw)
{
	if (rw->writer) {
		if (rw->writer != uk_thread_current())
			return EPERM;
		rw->writer = NULL;
		uk_waitq_wake_all(&rw->rwaiters);
	} else if (rw->readers) {
		if (--rw->readers)
			return 0;
	} else {
		return EPERM;
	}
	uk_waitq_wake_one(&rw->wwaiters);
	return 0;
}
