/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The cooperative round-robin scheduler: one FIFO run queue. A yielding
 * thread goes to its tail; the head runs next. With nothing runnable the
 * CPU halts until the next deadline (uk_sched_idle()), tickless.
 */
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

void uk_sched_impl_ready(struct uk_thread *t)
{
	push(t);
}

void uk_sched_impl_schedule(void)
{
	struct uk_thread *cur = uk_thread_current(), *next;

	uk_sched_wake_expired(); /* sleepers due run before a yielder */
	if (cur->state == UK_THREAD_RUNNABLE)
		push(cur);
	while (!(next = pop()))
		uk_sched_idle();
	if (next != cur)
		uk_sched_switch_to(next);
}
