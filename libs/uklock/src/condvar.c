/* SPDX-License-Identifier: BSD-3-Clause */
/* Condition variables: a wait queue next to a mutex. */
#include <uk/condvar.h>
#include <uk/plat/time.h>

void uk_condvar_init(struct uk_condvar *c) { uk_waitq_init(&c->waiters); }

int uk_condvar_wait_until(struct uk_condvar *c, struct uk_mutex *m,
			  uint64_t deadline)
{
	int r;

	/* Nothing runs between the unlock and the wait: cooperative. */
	uk_mutex_unlock(m);
	r = uk_waitq_wait(&c->waiters, deadline);
	uk_mutex_lock(m);
	return r;
}

void uk_condvar_wait(struct uk_condvar *c, struct uk_mutex *m)
{
	uk_condvar_wait_until(c, m, UKPLAT_TIME_NEVER);
}

void uk_condvar_signal(struct uk_condvar *c) { uk_waitq_wake_one(&c->waiters); }

void uk_condvar_broadcast(struct uk_condvar *c)
{
	uk_waitq_wake_all(&c->waiters);
}
