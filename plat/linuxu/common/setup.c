/* SPDX-License-Identifier: BSD-3-Clause */
/* From process entry to ukplat_entry: fault handlers, heap, bootinfo. */
#include <uk/plat/boot.h>
#include "linuxu.h"

#ifndef CONFIG_PLAT_LINUXU_HEAP_SIZE_MB
#define CONFIG_PLAT_LINUXU_HEAP_SIZE_MB 64
#endif

uintptr_t linuxu_stack_top;

/* Called by _start with sp pointing at argc, argv[0], argv[1], ... */
__attribute__((noreturn)) void linuxu_start(unsigned long *sp);

void linuxu_start(unsigned long *sp)
{
	static struct ukplat_memregion heap;
	static struct ukplat_bootinfo bi;
	size_t len = (size_t)CONFIG_PLAT_LINUXU_HEAP_SIZE_MB << 20;
	long addr;

	linuxu_stack_top = (uintptr_t)sp;
	linuxu_signals_init();

	bi.plat = "linuxu";
	bi.cmdline = NULL;
	bi.argc = (int)sp[0];
	bi.argv = (char **)(sp + 1);

	addr = linuxu_mmap(NULL, len, LINUXU_PROT_READ | LINUXU_PROT_WRITE,
			   LINUXU_MAP_PRIVATE | LINUXU_MAP_ANONYMOUS |
				   LINUXU_MAP_NORESERVE,
			   -1, 0);
	if (addr < 0 && addr >= -4095) {
		linuxu_puts("linuxu: cannot map the heap (errno ");
		linuxu_putdec(-addr);
		linuxu_puts(")\n");
	} else {
		heap.base = (uintptr_t)addr;
		heap.len = len;
		bi.mem = &heap;
		bi.mem_count = 1;
	}

	ukplat_entry(&bi);
}
