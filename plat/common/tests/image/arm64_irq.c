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
 * Deadlines sit AHEAD ms in the future: a halt entered before its deadline
 * must end with exactly one interrupt. On a loaded host the vCPU can be
 * descheduled between arming and halting for longer than that; a halt
 * entered late returns without one, so such rounds are counted as late
 * and only bound the count from below.
 */
#define AHEAD (50 * MS)

UK_TEST(arm64_irq, one_interrupt_per_deadline)
{
	uint64_t before = arm64_gtimer_irqs();
	uint64_t deadline = ukplat_monotonic_clock() + AHEAD;
	int late;

	ukplat_timer_arm(deadline);
	late = ukplat_monotonic_clock() >= deadline;
	ukplat_halt(); /* one halt: returns only after the interrupt */
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock(), deadline);
	UK_TEST_EXPECT_LE(arm64_gtimer_irqs() - before, 1);
	UK_TEST_EXPECT_GE(arm64_gtimer_irqs() - before, (uint64_t)(1 - late));
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
	int i, late = 0;

	for (i = 0; i < 5; i++) {
		uint64_t deadline = ukplat_monotonic_clock() + AHEAD / 5;

		ukplat_timer_arm(deadline);
		late += ukplat_monotonic_clock() >= deadline;
		ukplat_halt();
		if (!UK_TEST_EXPECT_GE(ukplat_monotonic_clock(), deadline))
			break;
	}
	UK_TEST_EXPECT_LE(arm64_gtimer_irqs() - before, 5);
	UK_TEST_EXPECT_GE(arm64_gtimer_irqs() - before, (uint64_t)(5 - late));
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
}
#endif /* CONFIG_ARCH_ARM64 */
