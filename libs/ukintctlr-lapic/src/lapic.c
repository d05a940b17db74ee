/* SPDX-License-Identifier: BSD-3-Clause */
/* Local APIC registers (xAPIC, memory-mapped): enable, EOI, timer. */
#include <uk/arch/lcpu.h>
#include <uk/intctlr/lapic.h>

#define APIC_BASE 0xfee00000UL
#define APIC_ID 0x020
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
#define APIC_ICR_LO 0x300
#define APIC_ICR_SELF (1u << 18) /* destination shorthand: self */
#define APIC_ICR_PENDING (1u << 12)

#define MSR_TSC_DEADLINE 0x6e0
#define CPUID1_ECX_TSC_DEADLINE (1u << 24)

static volatile uint32_t *reg(unsigned int off)
{
	return (volatile uint32_t *)(APIC_BASE + off);
}

void uk_lapic_init(uint8_t spurious_vector)
{
	*reg(APIC_SVR) = APIC_SVR_ENABLE | spurious_vector;
	*reg(APIC_TIMER_DIV) = APIC_DIV_1;
	*reg(APIC_LVT_TIMER) = APIC_LVT_MASKED;
}

void uk_lapic_eoi(void) { *reg(APIC_EOI) = 0; }

uint8_t uk_lapic_id(void) { return (uint8_t)(*reg(APIC_ID) >> 24); }

void uk_lapic_self_ipi(uint8_t vector)
{
	while (*reg(APIC_ICR_LO) & APIC_ICR_PENDING)
		ukarch_pause();
	*reg(APIC_ICR_LO) = APIC_ICR_SELF | vector; /* fixed, edge */
}

int uk_lapic_has_tsc_deadline(void)
{
	uint32_t r[4];

	ukarch_cpuid(1, 0, r);
	return (r[2] & CPUID1_ECX_TSC_DEADLINE) != 0;
}

void uk_lapic_timer_deadline(uint8_t vector, uint64_t tsc)
{
	*reg(APIC_LVT_TIMER) = APIC_LVT_TSC_DEADLINE | vector;
	ukarch_wrmsr(MSR_TSC_DEADLINE, tsc);
}

void uk_lapic_timer_oneshot(uint8_t vector, uint32_t count, int masked)
{
	*reg(APIC_LVT_TIMER) =
		APIC_LVT_ONESHOT | vector | (masked ? APIC_LVT_MASKED : 0);
	*reg(APIC_TIMER_INIT) = count;
}

uint32_t uk_lapic_timer_current(void) { return *reg(APIC_TIMER_CUR); }

void uk_lapic_timer_stop(uint8_t vector)
{
	uint32_t lvt = *reg(APIC_LVT_TIMER);

	if ((lvt & (3u << 17)) == APIC_LVT_TSC_DEADLINE)
		ukarch_wrmsr(MSR_TSC_DEADLINE, 0);
	*reg(APIC_TIMER_INIT) = 0;
	*reg(APIC_LVT_TIMER) = APIC_LVT_MASKED | vector;
}
