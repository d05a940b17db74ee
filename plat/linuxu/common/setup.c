/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * From process entry to ukplat_entry: fault handlers, heap, bootinfo;
 * and what memory is safe to read (memcheck.h).
 */
#include <stdbool.h>
#include <uk/plat/boot.h>
#include <uk/plat/shutdown.h>
#include "../../shared/kprint.h"
#include "../../shared/guard.h"
#include "../../shared/memcheck.h"
#include "../../shared/stackprot.h"
#include "linuxu.h"

#ifndef CONFIG_PLAT_LINUXU_HEAP_SIZE_MB
#define CONFIG_PLAT_LINUXU_HEAP_SIZE_MB 64
#endif

/* Deepest the process stack may grow (Linux's default RLIMIT_STACK). */
#define STACK_MAX (8UL << 20)

uintptr_t linuxu_stack_top;
static struct ukplat_memregion heap;

/*
 * The memory a backtrace may read: the heap (thread stacks are in it)
 * and the process stack below its top (main's frames). Either may lie
 * above the other (qemu-aarch64 puts the stack below its mmap area).
 */
bool plat_mem_readable(uint64_t addr, uint64_t len)
{
	uint64_t end = addr + len, top = linuxu_stack_top;

	if (end < addr)
		return false;
	if (addr >= heap.base && end <= heap.base + heap.len)
		return !plat_guard_overlaps(addr, len);
	return top > STACK_MAX && addr >= top - STACK_MAX && end <= top;
}

/* Guard pages (../../shared/guard.h): PROT_NONE and back. */
int plat_page_set_present(uint64_t va, bool present)
{
	long r = linuxu_mprotect((void *)(uintptr_t)va, 4096,
				 present ? LINUXU_PROT_READ | LINUXU_PROT_WRITE
					 : 0);

	return r < 0 ? -1 : 0;
}

/* Called by _start with sp pointing at argc, argv[0], argv[1], ... */
__attribute__((noreturn)) void linuxu_start(unsigned long *sp);

/* The kernel's 16 random bytes (auxiliary vector entry AT_RANDOM, 25),
 * folded to 64 bits; 0 if absent. sp: argc, argv[], NULL, envp[], NULL,
 * then (type, value) pairs up to AT_NULL. */
PLAT_NO_STACK_PROTECTOR static uint64_t at_random(const unsigned long *sp)
{
	const unsigned long *p = sp + 1 + sp[0] + 1;

	while (*p)
		p++;
	for (p++; p[0]; p += 2) {
		if (p[0] == 25 && p[1]) {
			const uint64_t *r = (const uint64_t *)p[1];

			return r[0] ^ (r[1] * 0x9e3779b97f4a7c15ULL);
		}
	}
	return 0;
}

/* Whether the process can map len bytes (then unmapped again). */
static bool can_map(size_t len)
{
	long addr = linuxu_mmap(NULL, len, LINUXU_PROT_READ | LINUXU_PROT_WRITE,
				LINUXU_MAP_PRIVATE | LINUXU_MAP_ANONYMOUS |
					LINUXU_MAP_NORESERVE,
				-1, 0);

	if (addr < 0 && addr >= -4095)
		return false;
	linuxu_munmap((void *)addr, len);
	return true;
}

/*
 * The heap does not fit (an address-space limit, ulimit -v): say how much
 * it needs and how much could be mapped (halving down to 1 MiB), and exit
 * with a crash's status instead of running without memory.
 */
__attribute__((noreturn)) static void out_of_memory(size_t len, long err)
{
	size_t found = len / 2;

	while (found >= (1UL << 20) && !can_map(found))
		found /= 2;
	plat_puts("linuxu: out of memory: the heap needs ");
	plat_putdec((int64_t)(len >> 20));
	plat_puts(" MiB (option plat-linuxu.HEAP_SIZE_MB), found ");
	if (found >= (1UL << 20)) {
		plat_putdec((int64_t)(found >> 20));
		plat_puts(" MiB");
	} else {
		plat_puts("less than 1 MiB");
	}
	plat_puts(" that the process could map (errno ");
	plat_putdec(err);
	plat_puts(")\n");
	plat_putstatus(UKPLAT_STATUS_CRASH, true, true);
	linuxu_exit_group(UKPLAT_STATUS_CRASH);
}

PLAT_NO_STACK_PROTECTOR void linuxu_start(unsigned long *sp)
{
	static struct ukplat_bootinfo bi;
	size_t len = (size_t)CONFIG_PLAT_LINUXU_HEAP_SIZE_MB << 20;
	long addr;

	plat_stack_guard_init(at_random(sp));
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
	if (addr < 0 && addr >= -4095)
		out_of_memory(len, -addr);
	heap.base = (uintptr_t)addr;
	heap.len = len;
	bi.mem = &heap;
	bi.mem_count = 1;

	linuxu_initrd(sp, &bi);
	ukplat_entry(&bi);
}
