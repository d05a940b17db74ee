/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/semaphore.h - counting semaphores between threads (uk/sched.h).
 *
 * down takes a unit, blocking while there is none; up gives one back,
 * straight to the longest waiter if there is one (FIFO, so a thread
 * that did not wait cannot take it first).
 */
#ifndef UK_SEMAPHORE_H
#define UK_SEMAPHORE_H

#include <uk/sched.h>

struct uk_semaphore {
	long count;
	struct uk_waitq waiters;
};

/** A semaphore holding n units (static initialiser). */
#define UK_SEMAPHORE_INIT(n)       \
	{                          \
		(n), UK_WAITQ_INIT \
	}

/** Make s hold count units, with no waiter. */
void uk_semaphore_init(struct uk_semaphore *s, long count);
/** Take a unit, blocking until there is one. */
void uk_semaphore_down(struct uk_semaphore *s);
/** Take a unit, waiting at most until deadline; 0, or UK_WAITQ_TIMEDOUT. */
int uk_semaphore_down_until(struct uk_semaphore *s, uint64_t deadline);
/** Take a unit if there is one; 1 if taken, 0 if not. */
int uk_semaphore_trydown(struct uk_semaphore *s);
/** Give a unit back, waking the longest waiter with it. */
void uk_semaphore_up(struct uk_semaphore *s);

#endif /* UK_SEMAPHORE_H */
