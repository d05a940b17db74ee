/* SPDX-License-Identifier: BSD-3-Clause */
/* A new thread's first frame on arm64, as uksched_arch_switch() loads it. */
#include <stdint.h>
#include "../../src/arch.h"

#define FRAME_WORDS 22 /* x19-x30, d8-d15, FPCR, FPSR */

void uksched_arch_start(void);

void *uksched_arch_init_stack(void *stack, size_t size,
			      void (*entry)(struct uk_thread *t),
			      struct uk_thread *t)
{
	uintptr_t top = ((uintptr_t)stack + size) & ~(uintptr_t)15;
	uint64_t *sp = (uint64_t *)(top - FRAME_WORDS * 8);
	int i;

	/*
	 * After the frame is popped, sp is top: 16-byte aligned. Zero:
	 * x29 (sp[10]) ends backtraces; FPCR (sp[20]) = round to nearest,
	 * no traps; FPSR (sp[21]) = no flags.
	 */
	for (i = 0; i < FRAME_WORDS; i++)
		sp[i] = 0;
	sp[0] = (uint64_t)(uintptr_t)t;			  /* x19 */
	sp[1] = (uint64_t)(uintptr_t)entry;		  /* x20 */
	sp[11] = (uint64_t)(uintptr_t)uksched_arch_start; /* x30 */
	return sp;
}
