/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/condvar.h - condition variables over uk/mutex.h.
 *
 * wait releases the mutex and blocks in one step (no wake-up can be
 * lost in between: nothing else runs meanwhile), then takes the mutex
 * again before returning. As everywhere, wait in a loop on the
 * condition: another thread may have changed it first.
 */
#ifndef UK_CONDVAR_H
#define UK_CONDVAR_H

#include <uk/mutex.h>
#include <uk/sched.h>

struct uk_condvar {
	struct uk_waitq waiters;
};

/** A condition variable with no waiter (static initialiser). */
#define UK_CONDVAR_INIT       \
	{                     \
		UK_WAITQ_INIT \
	}

/** Make c have no waiter. */
void uk_condvar_init(struct uk_condvar *c);
/** Release m (held once by the caller), wait for a signal, retake m. */
void uk_condvar_wait(struct uk_condvar *c, struct uk_mutex *m);
/** uk_condvar_wait() for at most until deadline; 0, or UK_WAITQ_TIMEDOUT
 * (m is held again either way). */
int uk_condvar_wait_until(struct uk_condvar *c, struct uk_mutex *m,
			  uint64_t deadline);
/** Wake the longest waiter. */
void uk_condvar_signal(struct uk_condvar *c);
/** Wake every waiter. */
void uk_condvar_broadcast(struct uk_condvar *c);

#endif /* UK_CONDVAR_H */
