/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * plat-xen, both architectures: the event channels drivers use
 * (uk/xen/platform.h), over a loop within this domain. A port allocated
 * unbound for DOMID_SELF, and a second one bound interdomain to it: a
 * notify on either raises the other (and the bind raises the bound end
 * once, as Xen does). Handlers must run in the halt that follows (x86_64:
 * the upcall; arm64: the event PPI through the vGIC), once per event,
 * and not at all once unbound.
 */
#include <uk/plat/time.h>
#include <uk/test.h>
#include <uk/xen/platform.h>
#include "../../common/evtchn.h"
#include "../../../common/tests/image/halt_until.h"

#define MS 1000000ULL

static unsigned int hits[2];

static void count(uint32_t port, void *arg)
{
	(void)port;
	*(unsigned int *)arg += 1;
}

/* Two ends of a loop: end[0] allocated unbound, end[1] bound to it. */
static int loop(uint32_t end[2])
{
	long a = ukplat_xen_evtchn_alloc_unbound(UKPLAT_XEN_DOMID_SELF);
	long b = a < 0 ? a
		       : xen_evtchn_bind_interdomain(UKPLAT_XEN_DOMID_SELF,
						     (uint32_t)a);

	if (a < 0 || b < 0)
		return -1;
	end[0] = (uint32_t)a;
	end[1] = (uint32_t)b;
	hits[0] = hits[1] = 0;
	return 0;
}

/* Halt (bounded by 500 ms) until *h changes; the time it took. */
static uint64_t halt_for(const unsigned int *h)
{
	uint64_t t0 = ukplat_monotonic_clock();
	unsigned int seen = *h;

	ukplat_timer_arm(t0 + 500 * MS);
	while (*h == seen && ukplat_monotonic_clock() - t0 < 500 * MS)
		ukplat_halt();
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
	return ukplat_monotonic_clock() - t0;
}

UK_TESTSUITE(xen_evtchn_loop);

UK_TEST(xen_evtchn_loop, notify_runs_the_other_ends_handler_in_halt)
{
	uint32_t end[2];
	uint64_t upcalls;

	UK_TEST_ASSERT(loop(end) == 0);
	UK_TEST_EXPECT(end[0] != end[1]);
	upcalls = xen_evtchn_upcalls();
	ukplat_xen_evtchn_bind(end[0], count, &hits[0]);
	ukplat_xen_evtchn_bind(end[1], count, &hits[1]);
	/*
	 * Xen raises the port bind_interdomain made (for notifications the
	 * unbound end may have missed): one event on end[1] at the next halt.
	 */
	UK_TEST_EXPECT_EQ(hits[1], 0);
	UK_TEST_EXPECT_LT(halt_for(&hits[1]), 500 * MS);
	UK_TEST_EXPECT_EQ(hits[1], 1);
	UK_TEST_EXPECT_EQ(ukplat_xen_evtchn_notify(end[1]), 0);
	/* Outside halt no handler runs: the event waits. */
	UK_TEST_EXPECT_EQ(hits[0], 0);
	UK_TEST_EXPECT_LT(halt_for(&hits[0]), 500 * MS);
	UK_TEST_EXPECT_EQ(hits[0], 1);
	UK_TEST_EXPECT_EQ(hits[1], 1);
	/* And back the other way, on the same loop. */
	UK_TEST_EXPECT_EQ(ukplat_xen_evtchn_notify(end[0]), 0);
	UK_TEST_EXPECT_LT(halt_for(&hits[1]), 500 * MS);
	UK_TEST_EXPECT_EQ(hits[1], 2);
	UK_TEST_EXPECT_EQ(hits[0], 1);
	/* x86_64 may find an event pending before blocking and take no upcall. */
	UK_TEST_EXPECT_LE(xen_evtchn_upcalls() - upcalls, 3);
	ukplat_xen_evtchn_close(end[1]);
	ukplat_xen_evtchn_close(end[0]);
}

UK_TEST(xen_evtchn_loop, unbound_port_runs_no_handler)
{
	uint32_t end[2];

	UK_TEST_ASSERT(loop(end) == 0);
	ukplat_xen_evtchn_bind(end[0], count, &hits[0]);
	ukplat_xen_evtchn_unbind(end[0]);
	UK_TEST_EXPECT_EQ(ukplat_xen_evtchn_notify(end[1]), 0);
	halt_until(ukplat_monotonic_clock() + 20 * MS);
	UK_TEST_EXPECT_EQ(hits[0], 0);
	UK_TEST_EXPECT(xen_evtchn_is_pending(end[0]));
	/* Bound again: what waited is delivered at the next halt. */
	ukplat_xen_evtchn_bind(end[0], count, &hits[0]);
	halt_for(&hits[0]);
	UK_TEST_EXPECT_EQ(hits[0], 1);
	ukplat_xen_evtchn_close(end[1]);
	ukplat_xen_evtchn_close(end[0]);
}

UK_TEST(xen_evtchn_loop, closed_port_fails_notify)
{
	uint32_t end[2];

	UK_TEST_ASSERT(loop(end) == 0);
	ukplat_xen_evtchn_close(end[0]);
	/* end[1] is left unbound: Xen drops the event. */
	(void)ukplat_xen_evtchn_notify(end[1]);
	ukplat_xen_evtchn_close(end[1]);
	UK_TEST_EXPECT_LT(ukplat_xen_evtchn_notify(end[1]), 0);
}
