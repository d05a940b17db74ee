/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The stack-protector canary and its failure path (stackprot.h).
 *
 * Entropy, strongest first: the CPU's random instruction (RDRAND,
 * RNDR), the platform's seed (linuxu: AT_RANDOM), and always a fold of
 * 64 cycle-counter readings (TSC, CNTVCT_EL0) with a little varying work
 * between them: the boot-time jitter of the counter. The fold alone is
 * weak (an emulator's counter is nearly predictable); it is the
 * fallback, and is mixed in even when a better source answered. The
 * instructions are written out here: linuxu has no arch library.
 */
#include <stdbool.h>
#include <uk/plat/shutdown.h>
#include "stackprot.h"

/* Before plat_stack_guard_init(): any constant; its low byte is zero. */
uintptr_t __stack_chk_guard = 0x2f8a6c1be3d94700UL;

/* A 64-bit finalizer (Stafford's "Mix13" constants): every input bit
 * flips about half the output bits. */
static uint64_t mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

#if defined(CONFIG_ARCH_X86_64)
static uint64_t counter(void)
{
	uint32_t lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

static bool cpu_random(uint64_t *out)
{
	uint32_t a = 1, b, c = 0, d;
	unsigned int i;

	__asm__ __volatile__("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	if (!(c & (1u << 30)))
		return false;
	for (i = 0; i < 10; i++) { /* Intel: retry up to ten times */
		uint64_t v;
		uint8_t ok;

		__asm__ __volatile__("rdrand %0; setc %1" : "=r"(v), "=qm"(ok));
		if (ok) {
			*out = v;
			return true;
		}
	}
	return false;
}
#elif defined(CONFIG_ARCH_ARM64)
static uint64_t counter(void)
{
	uint64_t v;

	__asm__ __volatile__("isb\n\tmrs %0, cntvct_el0" : "=r"(v));
	return v;
}

static bool cpu_random(uint64_t *out)
{
#if defined(CONFIG_PLAT_LINUXU)
	(void)out;
	return false;
#else
	uint64_t isar0, v, ok;

	/* ID_AA64ISAR0_EL1, by its encoding: older assemblers lack the name. */
	__asm__ __volatile__("mrs %0, s3_0_c0_c6_0" : "=r"(isar0));
	if (((isar0 >> 60) & 0xf) == 0)
		return false;
	/* RNDR (s3_3_c2_c4_0): NZCV = 0b0100 (Z set) when it has no number. */
	__asm__ __volatile__("mrs %0, s3_3_c2_c4_0\n\tcset %1, ne"
			     : "=r"(v), "=r"(ok)
			     :
			     : "cc");
	if (!ok)
		return false;
	*out = v;
	return true;
#endif
}
#else
#error "stackprot.c: no entropy source for this architecture"
#endif

static uint64_t timer_fold(void)
{
	uint64_t s = 0;
	unsigned int i, j;

	for (i = 0; i < 64; i++) {
		uint64_t t = counter();

		/* A data-dependent delay the compiler must keep. */
		for (j = 0; j < ((t ^ s) & 31); j++)
			__asm__ __volatile__("");
		s = mix64(s ^ t ^ ((uint64_t)i << 56));
	}
	return s;
}

PLAT_NO_STACK_PROTECTOR const char *
plat_stack_guard_init(uint64_t platform_seed)
{
	const char *source = platform_seed ? "platform" : "timer";
	uint64_t hw = 0, v;

	if (cpu_random(&hw))
		source = "cpu";
	v = mix64(hw ^ mix64(platform_seed ^ timer_fold()));
	__stack_chk_guard = (uintptr_t)(v & ~0xffULL);
	return source;
}

void __stack_chk_fail(void)
{
	ukplat_crash(
		"stack smashing detected (a function's stack canary was overwritten)");
}
