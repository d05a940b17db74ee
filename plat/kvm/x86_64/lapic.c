/* SPDX-License-Identifier: BSD-3-Clause */
/* The APIC timer in nanoseconds: TSC-deadline, or one-shot calibrated. */
#include <uk/arch/lcpu.h>
#include <uk/intctlr/lapic.h>
#include <uk/plat/time.h>
#include "cpu.h"
#include "lapic.h"
#include "tsc.h"

#define CALIBRATE_NS 2000000ULL /* 2 ms against the TSC */
#define COUNT_SHIFT 24

static int tsc_deadline;
static uint64_t to_count; /* one-shot: counts per ns << COUNT_SHIFT */

void kvm_lapic_eoi(void) { uk_lapic_eoi(); }

void kvm_lapic_init(void)
{
	static int done;

	if (done)
		return;
	tsc_deadline = uk_lapic_has_tsc_deadline();
	uk_lapic_init(KVM_VEC_SPURIOUS);
	done = 1;
}

/* One-shot mode: how fast the APIC timer counts, against the TSC. */
static void calibrate(void)
{
	uint64_t start, end, elapsed, hz;
	uint32_t left;

	start = kvm_tsc_now_ns();
	uk_lapic_timer_oneshot(KVM_VEC_TIMER, 0xffffffffu, 1);
	end = kvm_tsc_at_ns(start + CALIBRATE_NS);
	while (ukarch_rdtsc() < end)
		ukarch_pause();
	left = uk_lapic_timer_current();
	elapsed = kvm_tsc_now_ns() - start;
	uk_lapic_timer_stop(KVM_VEC_TIMER);
	hz = (uint64_t)(0xffffffffu - left) * UKPLAT_NSEC_PER_SEC / elapsed;
	to_count = (hz << COUNT_SHIFT) / UKPLAT_NSEC_PER_SEC;
	if (!to_count)
		to_count = 1;
}

void kvm_lapic_timer_at(uint64_t ns)
{
	uint64_t now, count;

	if (tsc_deadline) {
		uk_lapic_timer_deadline(KVM_VEC_TIMER, kvm_tsc_at_ns(ns));
		return;
	}
	if (!to_count)
		calibrate();
	now = kvm_tsc_now_ns();
	count = ns > now
			? (uint64_t)(((unsigned __int128)(ns - now) * to_count +
				      ((1u << COUNT_SHIFT) - 1)) >>
				     COUNT_SHIFT) +
				  1
			: 1;
	if (count > 0xffffffffu)
		count = 0xffffffffu; /* fires early: the handler re-arms */
	uk_lapic_timer_oneshot(KVM_VEC_TIMER, (uint32_t)count, 0);
}

void kvm_lapic_timer_stop(void) { uk_lapic_timer_stop(KVM_VEC_TIMER); }
