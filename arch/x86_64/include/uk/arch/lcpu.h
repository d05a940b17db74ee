/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/lcpu.h - operations on the local x86_64 CPU.
 *
 * halt / irq enable+disable / pause, the time-stamp counter, CPUID,
 * control registers (CR0, CR2, CR3, CR4), MSRs, TLB invalidation and
 * RFLAGS.
 * Port I/O (ukarch_outb() & co.) comes along from <uk/arch/io.h>.
 * All functions are static inline and safe to call at any privilege-0
 * point after boot.
 */
#ifndef UK_ARCH_LCPU_H
#define UK_ARCH_LCPU_H

#include <uk/arch/cpudefs.h>
#include <uk/arch/io.h>

#ifndef __ASSEMBLY__
#include <stdint.h>

/** Stop the CPU until the next interrupt (forever if they are off). */
static inline void ukarch_halt(void)
{
	__asm__ __volatile__("hlt" : : : "memory");
}

/** Disable maskable interrupts (cli). */
static inline void ukarch_irq_disable(void)
{
	__asm__ __volatile__("cli" : : : "memory");
}

/** Enable maskable interrupts (sti). */
static inline void ukarch_irq_enable(void)
{
	__asm__ __volatile__("sti" : : : "memory");
}

/** Spin-loop hint (pause). */
static inline void ukarch_pause(void)
{
	__asm__ __volatile__("pause" : : : "memory");
}

/** Read the time-stamp counter. */
static inline uint64_t ukarch_rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

/** Execute CPUID for leaf (and subleaf): r[0..3] = eax, ebx, ecx, edx. */
static inline void ukarch_cpuid(uint32_t leaf, uint32_t subleaf, uint32_t r[4])
{
	__asm__ __volatile__("cpuid"
			     : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
			     : "a"(leaf), "c"(subleaf));
}

/** Read RFLAGS. */
static inline uint64_t ukarch_read_rflags(void)
{
	uint64_t v;

	__asm__ __volatile__("pushfq; popq %0" : "=r"(v) : : "memory");
	return v;
}

/** Read CR0 (protection, paging, FPU control). */
static inline uint64_t ukarch_read_cr0(void)
{
	uint64_t v;

	__asm__ __volatile__("movq %%cr0, %0" : "=r"(v));
	return v;
}

/** Read CR2 (linear address of the last page fault). */
static inline uint64_t ukarch_read_cr2(void)
{
	uint64_t v;

	__asm__ __volatile__("movq %%cr2, %0" : "=r"(v));
	return v;
}

/** Read CR3 (physical address of the top-level page table). */
static inline uint64_t ukarch_read_cr3(void)
{
	uint64_t v;

	__asm__ __volatile__("movq %%cr3, %0" : "=r"(v));
	return v;
}

/** Read CR4 (architecture extensions). */
static inline uint64_t ukarch_read_cr4(void)
{
	uint64_t v;

	__asm__ __volatile__("movq %%cr4, %0" : "=r"(v));
	return v;
}

/** Write CR0. */
static inline void ukarch_write_cr0(uint64_t v)
{
	__asm__ __volatile__("movq %0, %%cr0" : : "r"(v) : "memory");
}

/** Write CR3 (switches page tables, flushes non-global TLB entries). */
static inline void ukarch_write_cr3(uint64_t v)
{
	__asm__ __volatile__("movq %0, %%cr3" : : "r"(v) : "memory");
}

/** Write CR4. */
static inline void ukarch_write_cr4(uint64_t v)
{
	__asm__ __volatile__("movq %0, %%cr4" : : "r"(v) : "memory");
}

/** Read a model-specific register. */
static inline uint64_t ukarch_rdmsr(uint32_t msr)
{
	uint32_t lo, hi;

	__asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((uint64_t)hi << 32) | lo;
}

/** Write a model-specific register. */
static inline void ukarch_wrmsr(uint32_t msr, uint64_t v)
{
	__asm__ __volatile__("wrmsr"
			     :
			     : "c"(msr), "a"((uint32_t)v),
			       "d"((uint32_t)(v >> 32))
			     : "memory");
}

/** Drop the TLB entry translating the page that holds addr. */
static inline void ukarch_invlpg(uintptr_t addr)
{
	__asm__ __volatile__("invlpg (%0)" : : "r"(addr) : "memory");
}

#endif /* !__ASSEMBLY__ */
#endif /* UK_ARCH_LCPU_H */
