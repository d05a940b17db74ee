/* SPDX-License-Identifier: BSD-3-Clause */
/* A new thread's first frame on x86_64, as uksched_arch_switch() pops it. */
#include <stdint.h>
#include "../../src/arch.h"

#define MXCSR_DEFAULT 0x1f80u
#define FPU_CW_DEFAULT 0x037fu

void uksched_arch_start(void);

void *uksched_arch_init_stack(void *stack, size_t size,
			      void (*entry)(struct uk_thread *t),
			      struct uk_thread *t)
{
	uintptr_t top = ((uintptr_t)stack + size) & ~(uintptr_t)15;
	uint64_t *sp = (uint64_t *)(top - 64);

	/* After the 8 popped words, %rsp is top: 16-byte aligned. */
	sp[0] = MXCSR_DEFAULT | ((uint64_t)FPU_CW_DEFAULT << 32);
	sp[1] = 0;			    /* r15 */
	sp[2] = 0;			    /* r14 */
	sp[3] = (uint64_t)(uintptr_t)t;	    /* r13 */
	sp[4] = (uint64_t)(uintptr_t)entry; /* r12 */
	sp[5] = 0;			    /* rbx */
	sp[6] = 0;			    /* rbp: ends backtraces */
	sp[7] = (uint64_t)(uintptr_t)uksched_arch_start;
	return sp;
}
