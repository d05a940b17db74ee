/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/barrier.h - arm64 memory and instruction barriers.
 *
 * ukarch_dsb_*() wait until earlier memory accesses (and cache/TLB
 * maintenance) complete; ukarch_dmb_*() only order them; ukarch_isb()
 * makes later instructions see the effect of earlier system register
 * writes. "sy" is the full system, "ish" the inner-shareable domain.
 */
#ifndef UK_ARCH_BARRIER_H
#define UK_ARCH_BARRIER_H

#ifndef __ASSEMBLY__

/** Data synchronization barrier, full system. */
static inline void ukarch_dsb_sy(void)
{
	__asm__ __volatile__("dsb sy" : : : "memory");
}

/** Data synchronization barrier, inner shareable (other CPUs, TLBs). */
static inline void ukarch_dsb_ish(void)
{
	__asm__ __volatile__("dsb ish" : : : "memory");
}

/** Data memory barrier, full system (ordering only). */
static inline void ukarch_dmb_sy(void)
{
	__asm__ __volatile__("dmb sy" : : : "memory");
}

/** Instruction synchronization barrier. */
static inline void ukarch_isb(void)
{
	__asm__ __volatile__("isb" : : : "memory");
}

#endif /* !__ASSEMBLY__ */
#endif /* UK_ARCH_BARRIER_H */
