/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The domain's own store connection: the ring and event channel from
 * plat-xen (uk/xen/platform.h), waiting on a uksched wait queue that the
 * store port's handler wakes. That handler runs inside ukplat_halt(),
 * i.e. from the scheduler's idle loop once every thread is blocked, so
 * a thread waiting for xenstored costs no CPU, and an event that came
 * while threads ran is still pending when the CPU halts and wakes it at
 * once.
 */
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/xen/platform.h>
#include <uk/xenstore.h>

static struct uk_xs store;
static struct uk_waitq waiters = UK_WAITQ_INIT;
static uint32_t store_port;
static int setup_err = 1; /* 1: not tried yet */

static void on_event(uint32_t port, void *arg)
{
	(void)port;
	(void)arg;
	uk_waitq_wake_all(&waiters);
}

static void notify(void *ctx)
{
	(void)ctx;
	ukplat_xen_evtchn_notify(store_port);
}

static void wait(void *ctx, uint64_t deadline)
{
	(void)ctx;
	uk_waitq_wait(&waiters, deadline);
}

static void wake(void *ctx)
{
	(void)ctx;
	uk_waitq_wake_all(&waiters);
}

static uint64_t now(void *ctx)
{
	(void)ctx;
	return ukplat_monotonic_clock();
}

static const struct uk_xs_ops ops = { notify, wait, wake, now };

struct uk_xs *uk_xs_get(int *err)
{
	void *ring;

	if (setup_err == 1) {
		setup_err = ukplat_xen_store(&ring, &store_port);
		if (!setup_err) {
			uk_xs_init(&store, ring, &ops, NULL);
			ukplat_xen_evtchn_bind(store_port, on_event, NULL);
		}
	}
	if (err)
		*err = setup_err;
	return setup_err ? NULL : &store;
}
