/* SPDX-License-Identifier: BSD-3-Clause */
/* Frame-pointer walk: [fp] = caller's fp, [fp + 8] = return address. */
#include "backtrace.h"
#include "kprint.h"
#include "memcheck.h"
#include "rdmem.h"

#define MAX_DEPTH 32

static void frame(unsigned int n, uint64_t pc)
{
	kvm_puts("  #");
	kvm_putdec(n);
	kvm_puts(n < 10 ? "  " : " ");
	kvm_puthex(pc, 16);
	kvm_puts("\n");
}

void kvm_backtrace(uint64_t fp, uint64_t pc)
{
	unsigned int n = 0;

	kvm_puts("Backtrace:\n");
	if (pc)
		frame(n++, pc);
	while (fp) {
		uint64_t ret, next;

		if (n >= MAX_DEPTH) {
			kvm_puts("  ... (truncated)\n");
			return;
		}
		if ((fp & 7) || !kvm_mem_readable(fp, 16)) {
			kvm_puts("  (stopped at bad frame pointer ");
			kvm_puthex(fp, 16);
			kvm_puts(")\n");
			return;
		}
		ret = kvm_rd64(fp + 8);
		if (!ret)
			return;
		frame(n++, ret);
		next = kvm_rd64(fp);
		if (next && next <= fp) {
			kvm_puts("  (stopped: frame pointer not increasing)\n");
			return;
		}
		fp = next;
	}
}
