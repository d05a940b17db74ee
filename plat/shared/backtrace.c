/* SPDX-License-Identifier: BSD-3-Clause */
/* Frame-pointer walk: [fp] = caller's fp, [fp + 8] = return address. */
#include "backtrace.h"
#include "kprint.h"
#include "memcheck.h"

#define MAX_DEPTH 32

static void walk(uint64_t fp, uint64_t pc)
{
	unsigned int n;

	for (n = 0; n < MAX_DEPTH; n++) {
		if (!pc) {
			/* The next frame record; a chain moves up the stack. */
			const volatile uint64_t *rec =
				(const volatile uint64_t *)(uintptr_t)fp;

			if (!fp)
				return;
			if ((fp & 7) || !plat_mem_readable(fp, 16)) {
				plat_putreg("  (stopped at bad frame pointer ",
					    fp);
				plat_puts(")\n");
				return;
			}
			pc = rec[1];
			fp = rec[0] > fp ? rec[0] : 0;
			if (!pc)
				return;
		}
		plat_puts("  #");
		plat_putdec(n);
		plat_putreg(n < 10 ? "  " : " ", pc);
		plat_puts("\n");
		pc = 0;
	}
	plat_puts("  ... (truncated)\n");
}

/* uktrace's, when an image has it on (a weak reference: null without it). */
extern void uk_trace_crash_dump(void) __attribute__((weak));

PLAT_COLD void plat_backtrace(uint64_t fp, uint64_t pc)
{
	plat_puts("Backtrace:\n");
	walk(fp, pc);
	/* The last trace events: what happened just before the crash. */
	if (uk_trace_crash_dump)
		uk_trace_crash_dump();
}
