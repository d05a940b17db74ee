/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * plat-xen x86_64: event channels and the VIRQ_TIMER timer. Each check
 * counts handler calls and upcalls, so it fails if the upcall never
 * comes, comes twice, or comes for a masked port. The IPI port is a
 * loopback: sending on it raises it on vCPU 0.
 */
#ifdef CONFIG_ARCH_X86_64
#include <uk/plat/time.h>
#include <uk/test.h>
#include "../../common/evtchn.h"
#include "../../common/hypercall.h"
#include "../../x86_64/timer.h"
#include "../../../common/tests/image/halt_until.h"

#define MS 1000000ULL

static unsigned int hits;

static void count(uint32_t port, void *arg)
{
	(void)port;
	*(unsigned int *)arg += 1;
}

/* A loopback port with the counting handler, masked; -1 on failure. */
static long ipi_port(void)
{
	long port = xen_evtchn_bind_ipi();

	if (port < 0 || port >= XEN_EVTCHN_HANDLED_PORTS)
		return -1;
	hits = 0;
	xen_evtchn_set_handler((uint32_t)port, count, &hits);
	return port;
}

/* What halting until t0 + ms took, t0 being now. */
struct wake {
	uint64_t slept, fired, upcalls, rearmed;
	unsigned int halts;
};

/* Halt until ms from now, after arming a deadline replaced_ms from now if non-zero. */
static struct wake sleep_ms(uint64_t replaced_ms, uint64_t ms)
{
	struct wake w;
	uint64_t t0, fired, upcalls, rearmed;

	xen_timer_port();
	fired = xen_timer_fired();
	upcalls = xen_evtchn_upcalls();
	rearmed = xen_timer_rearmed();
	t0 = ukplat_monotonic_clock();
	if (replaced_ms)
		ukplat_timer_arm(t0 + replaced_ms * MS);
	w.halts = halt_until(t0 + ms * MS);
	w.slept = ukplat_monotonic_clock() - t0;
	w.fired = xen_timer_fired() - fired;
	w.upcalls = xen_evtchn_upcalls() - upcalls;
	w.rearmed = xen_timer_rearmed() - rearmed;
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
	return w;
}

UK_TESTSUITE(xen_evtchn);

UK_TEST(xen_evtchn, timer_fires_one_upcall)
{
	/*
	 * One deadline: one event, one upcall, one halt; plus one of each
	 * per time halt had to set the timer again because Xen's time on
	 * the pCPU that fired it ran ahead of the clock read (time.c).
	 */
	struct wake w = sleep_ms(0, 30);

	UK_TEST_EXPECT_GE(w.slept, 30 * MS);
	UK_TEST_EXPECT_LT(w.slept, 500 * MS);
	UK_TEST_EXPECT_LE(w.rearmed, 1);
	UK_TEST_EXPECT_EQ(w.fired, 1 + w.rearmed);
	UK_TEST_EXPECT_EQ(w.upcalls, 1 + w.rearmed);
	UK_TEST_EXPECT_EQ(w.halts, 1 + w.rearmed);
}

UK_TEST(xen_evtchn, timer_rearmed_fires_once_at_the_new_deadline)
{
	struct wake w = sleep_ms(5, 20);

	UK_TEST_EXPECT_GE(w.slept, 20 * MS);
	UK_TEST_EXPECT_EQ(w.fired, 1 + w.rearmed);
}

/*
 * Running (not halted) past a disarmed deadline: no event. This also
 * catches Xen's periodic PV timer (10 ms), which ticks only while the
 * vCPU runs.
 */
UK_TEST(xen_evtchn, disarmed_timer_does_not_fire)
{
	uint64_t fired, t0;

	xen_timer_port();
	fired = xen_timer_fired();
	t0 = ukplat_monotonic_clock();
	ukplat_timer_arm(t0 + 5 * MS);
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
	while (ukplat_monotonic_clock() - t0 < 15 * MS)
		xen_sched_yield();
	UK_TEST_EXPECT(!xen_evtchn_is_pending((uint32_t)xen_timer_port()));
	UK_TEST_EXPECT_EQ(xen_timer_fired() - fired, 0);
}

UK_TEST(xen_evtchn, unmasked_port_upcalls_in_halt)
{
	long port = ipi_port();
	uint64_t upcalls, t0;

	UK_TEST_ASSERT(port >= 0);
	xen_evtchn_unmask((uint32_t)port);
	upcalls = xen_evtchn_upcalls();
	t0 = ukplat_monotonic_clock();
	xen_evtchn_send((uint32_t)port);
	/* Outside halt, upcalls are masked: the event waits. */
	UK_TEST_EXPECT_EQ(hits, 0);
	UK_TEST_EXPECT(xen_evtchn_is_pending((uint32_t)port));
	ukplat_timer_arm(t0 + 200 * MS); /* a bound, should the event be lost */
	ukplat_halt();
	UK_TEST_EXPECT_EQ(hits, 1);
	UK_TEST_EXPECT(!xen_evtchn_is_pending((uint32_t)port));
	UK_TEST_EXPECT_LT(ukplat_monotonic_clock() - t0, 200 * MS);
	/* Pending already, so handled at once without an upcall; or an upcall. */
	UK_TEST_EXPECT_LE(xen_evtchn_upcalls() - upcalls, 1);
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
	xen_evtchn_close((uint32_t)port);
}

UK_TEST(xen_evtchn, masked_port_stays_pending_without_upcall)
{
	long port = ipi_port();
	uint64_t t0;

	UK_TEST_ASSERT(port >= 0);
	xen_evtchn_send((uint32_t)port); /* masked since bound */
	t0 = ukplat_monotonic_clock();
	halt_until(t0 + 10 * MS);
	UK_TEST_EXPECT_EQ(hits, 0);
	UK_TEST_EXPECT(xen_evtchn_is_pending((uint32_t)port));
	/* Unmasking delivers what waited, at the next halt. */
	xen_evtchn_unmask((uint32_t)port);
	ukplat_timer_arm(ukplat_monotonic_clock() + 200 * MS);
	ukplat_halt();
	UK_TEST_EXPECT_EQ(hits, 1);
	UK_TEST_EXPECT(!xen_evtchn_is_pending((uint32_t)port));
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
	xen_evtchn_close((uint32_t)port);
}
#endif
