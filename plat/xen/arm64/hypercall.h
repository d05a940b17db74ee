/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * hypercall.h (arm64) - calling Xen with "hvc #0xEA1": the hypercall
 * number in x16, arguments in x0-x4, the result in x0. Xen may clobber
 * the argument registers and x16, so all are treated as clobbered.
 */
#ifndef XEN_ARM64_HYPERCALL_H
#define XEN_ARM64_HYPERCALL_H

#include <stdint.h>

/** Hypercall op with up to five arguments; returns Xen's result (< 0: -errno). */
static inline long xen_hypercall(unsigned int op, uint64_t a1, uint64_t a2,
				 uint64_t a3, uint64_t a4, uint64_t a5)
{
	register uint64_t x0 __asm__("x0") = a1;
	register uint64_t x1 __asm__("x1") = a2;
	register uint64_t x2 __asm__("x2") = a3;
	register uint64_t x3 __asm__("x3") = a4;
	register uint64_t x4 __asm__("x4") = a5;
	register uint64_t x16 __asm__("x16") = op;

	__asm__ __volatile__("hvc #0xea1"
			     : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3), "+r"(x4),
			       "+r"(x16)
			     :
			     : "memory");
	return (long)x0;
}

#endif /* XEN_ARM64_HYPERCALL_H */
