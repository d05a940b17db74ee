/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 platforms (kvm, xen): the timer deadline really arrives as an
 * interrupt through the GIC, once per deadline, and halt sleeps in wfi
 * until it instead of polling the clock.
 */
#ifdef CONFIG_ARCH_ARM64
#include <uk/arch/lcpu.h>
#include <uk/intctlr/gic.h>
#include <uk/plat/time.h>
#include <uk/test.h>
#include "../../../shared/arm64/gtimer.h"

#define MS 1000000ULL

UK_TESTSUITE(arm64_irq);

UK_TEST(arm64_irq, gic_found)
{
	/* First: the GIC is set up on first use, which this is if no halt came before. */
	UK_TEST_EXPECT_EQ(arm64_gtimer_intid(), UK_GIC_PPI(11));
	UK_TEST_EXPECT(uk_gic_version() == 2 || uk_gic_version() == 3);
}

/*
 * Deadlines sit AHEAD ms in the future. halt returns once the interrupt was
 * handled or once it sees the deadline passed, whichever it notices first.
 * The second happens without an interrupt when the vCPU was descheduled
 * between arming and halting, and under TCG also when the CPU reads the
 * counter past the compare value before QEMU's timer raises the line. Such
 * a deadline's interrupt is still owed: settle() unmasks the timer and opens
 * PSTATE.I until it arrives (bounded), so each deadline must then have given
 * exactly one interrupt, never none and never two.
 */
#define AHEAD (50 * MS)
#define SETTLE (500 * MS)

static void settle(uint64_t irqs_before)
{
	uint64_t end = ukplat_monotonic_clock() + SETTLE;

	if (arm64_gtimer_irqs() != irqs_before)
		return;
	ukarch_sysreg_write(cntv_ctl_el0, 1); /* enabled, not masked */
	ukarch_isb();
	while (arm64_gtimer_irqs() == irqs_before &&
	       ukplat_monotonic_clock() < end)
		__asm__ __volatile__("msr daifclr, #2; isb; msr daifset, #2"
				     :
				     :
				     : "memory");
}

UK_TEST(arm64_irq, one_interrupt_per_deadline)
{
	uint64_t before = arm64_gtimer_irqs();
	uint64_t deadline = ukplat_monotonic_clock() + AHEAD;

	ukplat_timer_arm(deadline);
	ukplat_halt(); /* returns after the interrupt or the deadline */
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock(), deadline);
	UK_TEST_EXPECT_LE(arm64_gtimer_irqs() - before, 1);
	settle(before);
	UK_TEST_EXPECT_EQ(arm64_gtimer_irqs() - before, 1);
	/* Masked after it fired: nothing more arrives for this deadline. */
	ukplat_halt();
	UK_TEST_EXPECT_EQ(arm64_gtimer_irqs() - before, 1);
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
}

UK_TEST(arm64_irq, past_deadline_takes_no_interrupt)
{
	uint64_t before = arm64_gtimer_irqs();

	ukplat_timer_arm(ukplat_monotonic_clock());
	ukplat_halt();
	UK_TEST_EXPECT_EQ(arm64_gtimer_irqs() - before, 0);
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
}

UK_TEST(arm64_irq, not_taken_outside_halt)
{
	uint64_t before = arm64_gtimer_irqs();
	uint64_t deadline = ukplat_monotonic_clock() + 2 * MS;

	/* The timer unmasked by hand: its interrupt pends at the GIC ... */
	ukplat_timer_arm(deadline);
	ukarch_sysreg_write(cntv_ctl_el0, 1);
	ukarch_isb();
	while (ukplat_monotonic_clock() < deadline + 3 * MS)
		;
	/* ... but PSTATE.I keeps it out of running code. */
	UK_TEST_EXPECT(ukarch_read_daif() & ARM64_SPSR_I);
	UK_TEST_EXPECT_EQ(arm64_gtimer_irqs() - before, 0);
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
}

UK_TEST(arm64_irq, rearmed_deadlines_each_interrupt_once)
{
	uint64_t before = arm64_gtimer_irqs();
	int i;

	for (i = 0; i < 5; i++) {
		uint64_t round = arm64_gtimer_irqs();
		uint64_t deadline = ukplat_monotonic_clock() + AHEAD / 5;

		ukplat_timer_arm(deadline);
		ukplat_halt();
		if (!UK_TEST_EXPECT_GE(ukplat_monotonic_clock(), deadline))
			break;
		settle(round);
		if (!UK_TEST_EXPECT_EQ(arm64_gtimer_irqs() - round, 1))
			break;
	}
	UK_TEST_EXPECT_EQ(arm64_gtimer_irqs() - before, 5);
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
}
#endif /* CONFIG_ARCH_ARM64 */
