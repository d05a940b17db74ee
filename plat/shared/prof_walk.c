/* SPDX-License-Identifier: BSD-3-Clause */
/* Frame-pointer walk of a profiling tick: [fp] = caller's fp, [fp + 8] = return address. */
#include "memcheck.h"
#include "prof_walk.h"

unsigned int plat_prof_walk(uint64_t pc, uint64_t fp, uintptr_t *pcs,
			    unsigned int max)
{
	unsigned int n = 0;

	pcs[n++] = (uintptr_t)pc;
	while (n < max && fp && !(fp & 7) && plat_mem_readable(fp, 16)) {
		const volatile uint64_t *rec =
			(const volatile uint64_t *)(uintptr_t)fp;
		uint64_t ret = rec[1];

		if (!ret)
			break;
		pcs[n++] = (uintptr_t)ret;
		/* A chain moves up the stack; anything else ends it. */
		fp = rec[0] > fp ? rec[0] : 0;
	}
	return n;
}
