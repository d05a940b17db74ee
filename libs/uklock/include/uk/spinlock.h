/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/spinlock.h - a test-and-set spinlock.
 *
 * For short critical sections that must not sleep. With one CPU and
 * cooperative scheduling no other thread runs while the holder does not
 * yield, so a spinlock is never contended here; it is correct (acquire
 * and release ordering) should more CPUs come. Never yield, sleep or
 * block while holding one: a waiter would spin forever.
 */
#ifndef UK_SPINLOCK_H
#define UK_SPINLOCK_H

/** A spinlock; zero-initialised or UK_SPINLOCK_INIT is unlocked. */
struct uk_spinlock {
	volatile int locked;
};
#define UK_SPINLOCK_INIT \
	{                \
		0        \
	}

/** Make l unlocked. */
static inline void uk_spin_init(struct uk_spinlock *l) { l->locked = 0; }

/** Take l if it is free; 1 if taken, 0 if busy. */
static inline int uk_spin_trylock(struct uk_spinlock *l)
{
	return !__atomic_exchange_n(&l->locked, 1, __ATOMIC_ACQUIRE);
}

/** Take l, spinning while another CPU holds it. */
static inline void uk_spin_lock(struct uk_spinlock *l)
{
	while (!uk_spin_trylock(l)) {
		while (__atomic_load_n(&l->locked, __ATOMIC_RELAXED))
			; /* read-only wait: no cache-line ping-pong */
	}
}

/** Release l. */
static inline void uk_spin_unlock(struct uk_spinlock *l)
{
	__atomic_store_n(&l->locked, 0, __ATOMIC_RELEASE);
}

#endif /* UK_SPINLOCK_H */
