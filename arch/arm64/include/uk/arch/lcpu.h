/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/lcpu.h - operations on the local arm64 CPU: interrupt masks
 * (DAIF), waiting (wfi), spin hint, the generic timer's counter, and the
 * current frame pointer. Barriers come along from <uk/arch/barrier.h>,
 * system register access from <uk/arch/sysreg.h>.
 */
#ifndef UK_ARCH_LCPU_H
#define UK_ARCH_LCPU_H

#include <uk/arch/barrier.h>
#include <uk/arch/cpudefs.h>
#include <uk/arch/sysreg.h>

#ifndef __ASSEMBLY__
#include <stdint.h>

/** Mask IRQs and FIQs (PSTATE.I and F). */
static inline void ukarch_irq_disable(void)
{
	__asm__ __volatile__("msr daifset, #3" : : : "memory");
}

/** Unmask IRQs and FIQs. */
static inline void ukarch_irq_enable(void)
{
	__asm__ __volatile__("msr daifclr, #3" : : : "memory");
}

/** The DAIF mask bits (ARM64_SPSR_D/A/I/F positions). */
static inline uint64_t ukarch_read_daif(void)
{
	return ukarch_sysreg_read(daif);
}

/** Wait for an interrupt (forever if they are masked and none pends). */
static inline void ukarch_wfi(void)
{
	__asm__ __volatile__("wfi" : : : "memory");
}

/** Stop this CPU: interrupts masked, wfi forever. */
static inline __attribute__((noreturn)) void ukarch_halt_forever(void)
{
	ukarch_irq_disable();
	for (;;)
		ukarch_wfi();
}

/** Spin-loop hint. */
static inline void ukarch_pause(void)
{
	__asm__ __volatile__("yield" : : : "memory");
}

/** The virtual counter (CNTVCT_EL0), after an isb so it is not early. */
static inline uint64_t ukarch_read_counter(void)
{
	ukarch_isb();
	return ukarch_sysreg_read(cntvct_el0);
}

/** Counter frequency in Hz (CNTFRQ_EL0, set by firmware or QEMU). */
static inline uint64_t ukarch_counter_freq(void)
{
	return ukarch_sysreg_read(cntfrq_el0);
}

#endif /* !__ASSEMBLY__ */
#endif /* UK_ARCH_LCPU_H */
