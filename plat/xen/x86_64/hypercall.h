/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * hypercall.h (x86_64 PV) - calling Xen through the hypercall page.
 *
 * Xen fills xen_hypercall_page (entry.S; named by the HYPERCALL_PAGE
 * note) with one 32-byte stub per hypercall. Arguments go in rdi, rsi,
 * rdx, r10, r8; the result comes back in rax; rcx and r11 are
 * clobbered, and a debug Xen also scrambles unused argument registers,
 * so every argument register is treated as clobbered.
 */
#ifndef XEN_X86_64_HYPERCALL_H
#define XEN_X86_64_HYPERCALL_H

#include <stdint.h>
#include "../common/xen.h"

extern char xen_hypercall_page[XEN_PAGE_SIZE];

/** Hypercall op with up to five arguments; returns Xen's result (< 0: -errno). */
static inline long xen_hypercall(unsigned int op, uint64_t a1, uint64_t a2,
				 uint64_t a3, uint64_t a4, uint64_t a5)
{
	register uint64_t r10 __asm__("r10") = a4;
	register uint64_t r8 __asm__("r8") = a5;
	uint64_t fn = (uint64_t)(uintptr_t)xen_hypercall_page + op * 32;
	long ret;

	__asm__ __volatile__("call *%%rax"
			     : "=a"(ret), "+D"(a1), "+S"(a2), "+d"(a3),
			       "+r"(r10), "+r"(r8)
			     : "0"(fn)
			     : "memory", "rcx", "r11", "r9");
	return ret;
}

#endif /* XEN_X86_64_HYPERCALL_H */
