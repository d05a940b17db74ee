/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/time.h on arm64 (kvm and xen): the monotonic clock is the
 * virtual counter (CNTVCT_EL0 at CNTFRQ_EL0 Hz), the one-shot timer the
 * virtual timer's compare value (CNTV_CVAL_EL0), and ukplat_halt() waits
 * in wfi for its interrupt, or any other, through the GIC.
 *
 * The timer stays masked (CNTV_CTL_EL0.IMASK) outside ukplat_halt(). halt
 * unmasks it, waits with wfi while PSTATE.I is still set (a pending IRQ
 * wakes wfi all the same), then opens PSTATE.I for a moment so the
 * interrupt is taken: no wake-up is lost between the deadline check and
 * wfi. The handler masks the timer again, so it fires once per deadline,
 * and halt returns once that interrupt, or a device interrupt (the
 * platform calls arm64_gtimer_wake()), was handled, or the deadline passed.
 *
 * The GIC is set up on the first halt, not at boot: an image that never
 * waits (hello world) links neither the GIC driver nor its device tree
 * lookups, and boots no slower for them.
 */
#include <stdbool.h>
#include <uk/arch/lcpu.h>
#include <uk/fdt.h>
#include <uk/intctlr/gic.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>
#include "gtimer.h"

/* CNTV_CTL_EL0 */
#define CNTV_ENABLE 0x1
#define CNTV_IMASK 0x2
#define CNTV_ISTATUS 0x4
/* /timer "interrupts": secure, non-secure physical, virtual, hypervisor */
#define TIMER_VIRT_IDX 2
#define TIMER_VIRT_DEFAULT UK_GIC_PPI(11)

static uint64_t deadline = UKPLAT_TIME_NEVER;
static uint64_t deadline_ticks;
static unsigned int timer_intid = TIMER_VIRT_DEFAULT;
static volatile uint64_t timer_irqs;
static volatile uint64_t wakes; /* device interrupts handled */
static const void *boot_fdt;
static bool gic_ready;

static uint64_t ticks_to_ns(uint64_t t, uint64_t hz)
{
	/* No 128-bit arithmetic: whole seconds, then the remainder. */
	return t / hz * UKPLAT_NSEC_PER_SEC + t % hz * UKPLAT_NSEC_PER_SEC / hz;
}

/* Ticks at or after ns (rounded up, so a deadline is never early). */
static uint64_t ns_to_ticks(uint64_t ns, uint64_t hz)
{
	uint64_t rem = ns % UKPLAT_NSEC_PER_SEC;

	return ns / UKPLAT_NSEC_PER_SEC * hz +
	       (rem * hz + UKPLAT_NSEC_PER_SEC - 1) / UKPLAT_NSEC_PER_SEC;
}

void arm64_gtimer_init(const void *fdt)
{
	boot_fdt = fdt;
	ukarch_sysreg_write(cntv_ctl_el0, 0);
	ukarch_isb();
}

/* The GIC and the timer's PPI, from the device tree kept at boot. */
void arm64_gtimer_gic_setup(void)
{
	const void *fdt = boot_fdt;
	int err, node;
	unsigned int intid;

	if (gic_ready)
		return;
	err = uk_gic_init(fdt);
	if (err)
		ukplat_crash(uk_gic_strerror(err));
	node = uk_fdt_find_compatible(fdt, -1, "arm,armv8-timer");
	if (node < 0)
		node = uk_fdt_find_compatible(fdt, -1, "arm,armv7-timer");
	if (node >= 0 && !uk_gic_fdt_irq(fdt, node, TIMER_VIRT_IDX, &intid))
		timer_intid = intid;
	uk_gic_enable(timer_intid);
	gic_ready = true;
}

unsigned int arm64_gtimer_timer_intid(unsigned int idx, unsigned int dflt)
{
	int node = uk_fdt_find_compatible(boot_fdt, -1, "arm,armv8-timer");
	unsigned int intid;

	if (node < 0)
		node = uk_fdt_find_compatible(boot_fdt, -1, "arm,armv7-timer");
	if (node >= 0 && !uk_gic_fdt_irq(boot_fdt, node, idx, &intid))
		return intid;
	return dflt;
}

unsigned int arm64_gtimer_irq(void)
{
	unsigned int intid = uk_gic_ack();

	if (intid == UK_GIC_SPURIOUS)
		return 0;
	if (intid != timer_intid)
		return intid;
	/*
	 * Count it only if the deadline has come (a stale one, signalled for
	 * an earlier deadline, must not end halt early), then keep the timer
	 * enabled (ISTATUS stays meaningful) but quiet.
	 */
	if (ukarch_sysreg_read(cntv_ctl_el0) & CNTV_ISTATUS) {
		ukarch_sysreg_write(cntv_ctl_el0, CNTV_ENABLE | CNTV_IMASK);
		ukarch_isb();
		timer_irqs++;
	}
	uk_gic_eoi(intid);
	return 0;
}

uint64_t arm64_gtimer_irqs(void) { return timer_irqs; }

void arm64_gtimer_wake(void) { wakes++; }

unsigned int arm64_gtimer_intid(void)
{
	arm64_gtimer_gic_setup();
	return timer_intid;
}

uint64_t ukplat_monotonic_clock(void)
{
	uint64_t hz = ukarch_counter_freq();

	return hz ? ticks_to_ns(ukarch_read_counter(), hz) : 0;
}

void ukplat_timer_arm(uint64_t when)
{
	uint64_t hz = ukarch_counter_freq();

	deadline = when;
	if (when == UKPLAT_TIME_NEVER || !hz) {
		deadline = UKPLAT_TIME_NEVER;
		ukarch_sysreg_write(cntv_ctl_el0, 0);
		ukarch_isb();
		return;
	}
	deadline_ticks = ns_to_ticks(when, hz);
	ukarch_sysreg_write(cntv_cval_el0, deadline_ticks);
	ukarch_sysreg_write(cntv_ctl_el0, CNTV_ENABLE | CNTV_IMASK);
	ukarch_isb();
}

static bool deadline_passed(void)
{
	return deadline != UKPLAT_TIME_NEVER &&
	       ukarch_read_counter() >= deadline_ticks;
}

void ukplat_halt(void)
{
	uint64_t seen = timer_irqs, seen_wakes = wakes;

	if (deadline_passed())
		return;
	arm64_gtimer_gic_setup();
	if (deadline != UKPLAT_TIME_NEVER) {
		ukarch_sysreg_write(cntv_ctl_el0, CNTV_ENABLE);
		ukarch_isb();
	}
	do {
		ukarch_wfi();
		/* Take what is pending (the IRQ vector runs here), mask again. */
		__asm__ __volatile__("msr daifclr, #2; isb; msr daifset, #2"
				     :
				     :
				     : "memory");
	} while (timer_irqs == seen && wakes == seen_wakes &&
		 !deadline_passed());
	if (deadline != UKPLAT_TIME_NEVER) {
		ukarch_sysreg_write(cntv_ctl_el0, CNTV_ENABLE | CNTV_IMASK);
		ukarch_isb();
	}
}
