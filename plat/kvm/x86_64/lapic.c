/* SPDX-License-Identifier: BSD-3-Clause */
/* Local APIC setup and its timer (TSC-deadline or one-shot). */
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "cpu.h"
#include "lapic.h"
#include "tsc.h"

#define APIC_BASE 0xfee00000UL
#define APIC_EOI 0x0b0
#define APIC_SVR 0x0f0
#define APIC_SVR_ENABLE 0x100
#define APIC_LVT_TIMER 0x320
#define APIC_LVT_MASKED (1u << 16)
#define APIC_LVT_ONESHOT (0u << 17)
#define APIC_LVT_TSC_DEADLINE (2u << 17)
#define APIC_TIMER_INIT 0x380
#define APIC_TIMER_CUR 0x390
#define APIC_TIMER_DIV 0x3e0
#define APIC_DIV_1 0xb

#define MSR_TSC_DEADLINE 0x6e0
#define CPUID1_ECX_TSC_DEADLINE (1u << 24)

#define CALIBRATE_NS 2000000ULL /* 2 ms against the TSC */
#define COUNT_SHIFT 24

static int tsc_deadline;
static uint64_t to_count; /* one-shot: counts per ns << COUNT_SHIFT */

static volatile uint32_t *reg(unsigned int off)
{
	return (volatile uint32_t *)(APIC_BASE + off);
}

void kvm_lapic_eoi(void)
{
	*reg(APIC_EOI) = 0;
}

void kvm_lapic_init(void)
{
	uint32_t r[4];

	ukarch_cpuid(1, 0, r);
	tsc_deadline = (r[2] & CPUID1_ECX_TSC_DEADLINE) != 0;
	*reg(APIC_SVR) = APIC_SVR_ENABLE | KVM_VEC_SPURIOUS;
	*reg(APIC_TIMER_DIV) = APIC_DIV_1;
	*reg(APIC_LVT_TIMER) = APIC_LVT_MASKED | KVM_VEC_TIMER;
}

/* One-shot mode: how fast the APIC timer counts, against the TSC. */
static void calibrate(void)
{
	uint64_t start, end, elapsed, hz;
	uint32_t left;

	*reg(APIC_LVT_TIMER) = APIC_LVT_MASKED | APIC_LVT_ONESHOT | KVM_VEC_TIMER;
	start = kvm_tsc_now_ns();
	*reg(APIC_TIMER_INIT) = 0xffffffffu;
	end = kvm_tsc_at_ns(start + CALIBRATE_NS);
	while (ukarch_rdtsc() < end)
		ukarch_pause();
	left = *reg(APIC_TIMER_CUR);
	elapsed = kvm_tsc_now_ns() - start;
	*reg(APIC_TIMER_INIT) = 0;
	hz = (uint64_t)(0xffffffffu - left) * UKPLAT_NSEC_PER_SEC / elapsed;
	to_count = (hz << COUNT_SHIFT) / UKPLAT_NSEC_PER_SEC;
	if (!to_count)
		to_count = 1;
}

void kvm_lapic_timer_at(uint64_t ns)
{
	uint64_t now, count;

	if (tsc_deadline) {
		*reg(APIC_LVT_TIMER) = APIC_LVT_TSC_DEADLINE | KVM_VEC_TIMER;
		ukarch_wrmsr(MSR_TSC_DEADLINE, kvm_tsc_at_ns(ns));
		return;
	}
	if (!to_count)
		calibrate();
	now = kvm_tsc_now_ns();
	count = ns > now ? (uint64_t)(((unsigned __int128)(ns - now) * to_count +
				       ((1u << COUNT_SHIFT) - 1)) >> COUNT_SHIFT) + 1
			 : 1;
	if (count > 0xffffffffu)
		count = 0xffffffffu; /* fires early: the handler re-arms */
	*reg(APIC_LVT_TIMER) = APIC_LVT_ONESHOT | KVM_VEC_TIMER;
	*reg(APIC_TIMER_INIT) = (uint32_t)count;
}

void kvm_lapic_timer_stop(void)
{
	if (tsc_deadline)
		ukarch_wrmsr(MSR_TSC_DEADLINE, 0);
	*reg(APIC_TIMER_INIT) = 0;
	*reg(APIC_LVT_TIMER) = APIC_LVT_MASKED | KVM_VEC_TIMER;
}
