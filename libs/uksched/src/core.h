/* SPDX-License-Identifier: BSD-3-Clause */
/* Private to uksched: state shared by its files. */
#ifndef UKSCHED_CORE_H
#define UKSCHED_CORE_H

#include <uk/sched_impl.h>

/** The running thread (initially main). */
extern struct uk_thread *uksched_current;
/** Counters behind uk_sched_stats_get(). */
extern struct uk_sched_stats uksched_stats;

/** Threads in uk_waitq_wait_irq(): an interrupt may wake them. */
extern unsigned int uksched_irq_waiters;

/** Add t to the timeout list (t->deadline set, not NEVER). */
void uksched_timeout_add(struct uk_thread *t);
/** Take t out of the timeout list if it is in it. */
void uksched_timeout_remove(struct uk_thread *t);

/** Take t out of the wait queue it blocks on, if any. */
void uksched_waitq_remove(struct uk_thread *t);

/** Make blocked thread t runnable (out of its queue and timeout). */
void uksched_wake(struct uk_thread *t, int timed_out);

/** Mark the current thread blocked until deadline (on wq if not NULL)
 * and schedule; returns UK_WAITQ_TIMEDOUT if the deadline woke it. */
int uksched_block(struct uk_waitq *wq, uint64_t deadline);

/** Lowest address of a thread stack holds this, checked at each switch. */
#define UKSCHED_STACK_CANARY 0x5ca1ab1e0ddba11ULL

#endif /* UKSCHED_CORE_H */
