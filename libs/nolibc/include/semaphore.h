/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * semaphore.h - unnamed POSIX semaphores (nolibc) over uk/semaphore.h:
 * a unit posted goes to the longest waiter (FIFO). Functions return 0,
 * or -1 with errno set. There is one address space, so pshared is
 * accepted and changes nothing. Named semaphores (sem_open & co) are
 * not supported.
 */
#ifndef _NOLIBC_SEMAPHORE_H
#define _NOLIBC_SEMAPHORE_H

#include <time.h>
#include <uk/semaphore.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A semaphore. */
typedef struct {
	struct uk_semaphore s;
} sem_t;

/** The largest value a semaphore may hold. */
#define SEM_VALUE_MAX 0x7fffffff

/** Make sem hold value units (EINVAL if above SEM_VALUE_MAX). */
int sem_init(sem_t *sem, int pshared, unsigned int value);
/** Forget sem; EBUSY if threads wait on it. */
int sem_destroy(sem_t *sem);
/** Take a unit, waiting until there is one. */
int sem_wait(sem_t *sem);
/** Take a unit if there is one; EAGAIN otherwise. */
int sem_trywait(sem_t *sem);
/** sem_wait() until the CLOCK_REALTIME time *abstime: ETIMEDOUT then,
 * EINVAL for a bad *abstime if it would wait. */
int sem_timedwait(sem_t *sem, const struct timespec *abstime);
/** Give a unit back (to the longest waiter if any); EOVERFLOW at
 * SEM_VALUE_MAX. */
int sem_post(sem_t *sem);
/** The units sem holds, into *sval (never negative: waiters are not
 * counted). */
int sem_getvalue(sem_t *sem, int *sval);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_SEMAPHORE_H */
