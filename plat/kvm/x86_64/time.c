/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/time.h on kvm-x86_64: the TSC as the monotonic clock, the RTC
 * plus it as the wall clock, the LAPIC timer as the one-shot timer, and
 * "sti; hlt" as the only place interrupts are taken.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "cpu.h"
#include "lapic.h"
#include "rtc.h"
#include "tsc.h"

static uint64_t deadline = UKPLAT_TIME_NEVER;
static int lapic_ready;

uint64_t ukplat_monotonic_clock(void) { return kvm_tsc_now_ns(); }

uint64_t ukplat_wall_clock(void)
{
	static int known;
	static uint64_t offset; /* wall time at monotonic 0 */
	uint64_t now;

	if (!known) {
		now = kvm_tsc_now_ns();
		offset = kvm_rtc_epoch_seconds() * UKPLAT_NSEC_PER_SEC;
		offset = offset > now ? offset - now : 0;
		known = 1;
	}
	return offset + kvm_tsc_now_ns();
}

static void timer_irq(unsigned int vector)
{
	if (vector != KVM_VEC_TIMER)
		return; /* spurious: no EOI */
	kvm_lapic_eoi();
	/* Early (a long deadline is reached in steps): wait on. */
	if (deadline != UKPLAT_TIME_NEVER && kvm_tsc_now_ns() < deadline)
		kvm_lapic_timer_at(deadline);
}

void ukplat_timer_arm(uint64_t ns)
{
	if (!lapic_ready) {
		kvm_irq_handler = timer_irq;
		kvm_lapic_init();
		lapic_ready = 1;
	}
	deadline = ns;
	if (ns == UKPLAT_TIME_NEVER)
		kvm_lapic_timer_stop();
	else
		kvm_lapic_timer_at(ns);
}

void ukplat_halt(void)
{
	if (deadline != UKPLAT_TIME_NEVER && kvm_tsc_now_ns() >= deadline)
		return;
	/* sti takes effect after hlt has started: an interrupt pending
	 * now still wakes it, none is lost between the check and hlt. */
	__asm__ __volatile__("sti; hlt; cli" : : : "memory");
}
