/* SPDX-License-Identifier: BSD-3-Clause */
/* Mutexes: ownership handed to the longest waiter on unlock. */
#include <uk/mutex.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>

void uk_mutex_init(struct uk_mutex *m, int recursive)
{
	m->owner = NULL;
	m->depth = 0;
	m->recursive = recursive;
	uk_waitq_init(&m->waiters);
}

int uk_mutex_trylock(struct uk_mutex *m)
{
	struct uk_thread *me = uk_thread_current();

	if (m->owner == me) {
		if (!m->recursive)
			ukplat_crash("uk_mutex: locked twice by its owner");
		m->depth++;
		return 1;
	}
	if (m->owner)
		return 0;
	m->owner = me;
	m->depth = 1;
	return 1;
}

int uk_mutex_lock_until(struct uk_mutex *m, uint64_t deadline)
{
	if (uk_mutex_trylock(m))
		return 0;
	/* unlock() makes us the owner before waking us: no retry loop. */
	if (uk_waitq_wait(&m->waiters, deadline) == UK_WAITQ_TIMEDOUT)
		return UK_WAITQ_TIMEDOUT;
	return 0;
}

void uk_mutex_lock(struct uk_mutex *m)
{
	uk_mutex_lock_until(m, UKPLAT_TIME_NEVER);
}

void uk_mutex_unlock(struct uk_mutex *m)
{
	if (m->owner != uk_thread_current())
		ukplat_crash(
			"uk_mutex: unlocked by a thread that does not own it");
	if (--m->depth)
		return;
	m->owner = m->waiters.head; /* the next owner, or NULL */
	if (m->owner) {
		m->depth = 1;
		uk_waitq_wake_one(&m->waiters);
	}
}

int uk_mutex_is_locked(const struct uk_mutex *m) { return m->owner != NULL; }
