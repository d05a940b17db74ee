/* SPDX-License-Identifier: BSD-3-Clause */
/* POSIX semaphores over uk/semaphore.h, reporting errors in errno. */
#include <errno.h>
#include <semaphore.h>
#include <uk/plat/time.h>
#include "pthread_priv.h"

static int fail(int e)
{
	errno = e;
	return -1;
}

int sem_init(sem_t *sem, int pshared, unsigned int value)
{
	(void)pshared; /* one address space */
	if (value > SEM_VALUE_MAX)
		return fail(EINVAL);
	uk_semaphore_init(&sem->s, (long)value);
	return 0;
}

int sem_destroy(sem_t *sem)
{
	return uk_waitq_empty(&sem->s.waiters) ? 0 : fail(EBUSY);
}

int sem_wait(sem_t *sem)
{
	uk_semaphore_down(&sem->s);
	return 0;
}

int sem_trywait(sem_t *sem)
{
	return uk_semaphore_trydown(&sem->s) ? 0 : fail(EAGAIN);
}

int sem_timedwait(sem_t *sem, const struct timespec *abstime)
{
	if (uk_semaphore_trydown(&sem->s))
		return 0;
	if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000L)
		return fail(EINVAL);
	if (uk_semaphore_down_until(&sem->s, nolibc_deadline_of(abstime)))
		return fail(ETIMEDOUT);
	return 0;
}

int sem_post(sem_t *sem)
{
	if (sem->s.count >= SEM_VALUE_MAX)
		return fail(EOVERFLOW);
	uk_semaphore_up(&sem->s);
	return 0;
}

int sem_getvalue(sem_t *sem, int *sval)
{
	*sval = (int)sem->s.count;
	return 0;
}
