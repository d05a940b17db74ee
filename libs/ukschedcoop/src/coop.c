/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The cooperative round-robin scheduler: one FIFO run queue. A yielding
 * thread goes to its tail; the head runs next. With nothing runnable the
 * CPU halts until the next deadline (uk_sched_idle()), tickless.
 */
#include <stdbool.h>
#include <uk/sched_impl.h>

static struct uk_thread *head, *tail;

static void push(struct uk_thread *t)
{
	t->next = NULL;
	t->prev = tail;
	if (tail)
		tail->next = t;
	else
		head = t;
	tail = t;
}

static struct uk_thread *pop(void)
{
	struct uk_thread *t = head;

	if (t) {
		head = t->next;
		if (head)
			head->prev = NULL;
		else
			tail = NULL;
		t->next = NULL;
	}
	return t;
}

void uk_sched_impl_ready(struct uk_thread *t) { push(t); }

void uk_sched_impl_schedule(void)
{
	struct uk_thread *cur = uk_thread_current(), *next;

	/*
	 * Whether cur goes back in the queue is decided before waking
	 * sleepers: cur may be blocking with a deadline that has already
	 * passed (it was preempted, or the clock moved on, between reading
	 * the clock and blocking), and then waking it queues it, as
	 * RUNNABLE; queueing it again would put it in the queue twice and
	 * break the list, so a thread could run after it ended.
	 */
	bool requeue = cur->state == UK_THREAD_RUNNABLE;

	uk_sched_wake_expired(); /* sleepers due run before a yielder */
	if (requeue)
		push(cur);
	while (!(next = pop()))
		uk_sched_idle();
	if (next != cur)
		uk_sched_switch_to(next);
}
