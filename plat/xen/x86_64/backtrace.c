/* SPDX-License-Identifier: BSD-3-Clause */
/* Frame-pointer walk: [fp] = caller's fp, [fp + 8] = return address. */
#include "../common/kprint.h"
#include "mmu.h"
#include "traps.h"

#define MAX_FRAMES 32

void xen_backtrace(uint64_t fp, uint64_t pc)
{
	unsigned int n;
	const uint64_t *frame;

	xen_puts("Backtrace:\n");
	for (n = 0; n < MAX_FRAMES; n++) {
		if (n > 0 || !pc) {
			if (!fp)
				return;
			if ((fp & 7) || !xen_mem_readable(fp, 16)) {
				xen_putreg("  (stopped at bad frame pointer ", fp);
				xen_puts(")\n");
				return;
			}
			frame = (const uint64_t *)(uintptr_t)fp;
			pc = frame[1];
			if (!pc)
				return;
			if (frame[0] && frame[0] <= fp) {
				fp = 0;
			} else {
				fp = frame[0];
			}
		}
		xen_puts("  #");
		xen_putnum(n, 10, 0);
		xen_putreg(n < 10 ? "  " : " ", pc);
		xen_puts("\n");
	}
	xen_puts("  ... (truncated)\n");
}
