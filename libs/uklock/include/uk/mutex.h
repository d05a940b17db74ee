/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/mutex.h - sleeping mutual exclusion between threads (uk/sched.h).
 *
 * A thread that finds the mutex taken blocks; unlock hands the mutex to
 * the longest waiter directly (FIFO, no barging, no starvation). A
 * recursive mutex may be locked again by its owner and is released by
 * as many unlocks; locking a plain mutex twice from the same thread, or
 * unlocking one the caller does not own, crashes the unikernel.
 */
#ifndef UK_MUTEX_H
#define UK_MUTEX_H

#include <uk/sched.h>

struct uk_mutex {
	struct uk_thread *owner; /**< NULL when free */
	unsigned int depth;	 /**< locks held by owner */
	int recursive;
	struct uk_waitq waiters;
};

/** An unlocked, non-recursive mutex (static initialiser). */
#define UK_MUTEX_INIT                     \
	{                                 \
		NULL, 0, 0, UK_WAITQ_INIT \
	}

/** Make m unlocked; recursive: whether its owner may lock it again. */
void uk_mutex_init(struct uk_mutex *m, int recursive);
/** Take m, blocking while another thread owns it. */
void uk_mutex_lock(struct uk_mutex *m);
/** Take m if nobody else owns it; 1 if taken, 0 if busy. */
int uk_mutex_trylock(struct uk_mutex *m);
/** Take m, waiting at most until deadline; 0, or UK_WAITQ_TIMEDOUT. */
int uk_mutex_lock_until(struct uk_mutex *m, uint64_t deadline);
/** Release m (owned by the caller). */
void uk_mutex_unlock(struct uk_mutex *m);
/** 1 if some thread owns m. */
int uk_mutex_is_locked(const struct uk_mutex *m);

#endif /* UK_MUTEX_H */
