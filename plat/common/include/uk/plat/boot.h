/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/boot.h - the hand-over from a platform to the boot library.
 *
 * A platform brings up the CPU, console and memory, fills a
 * struct ukplat_bootinfo and calls ukplat_entry() exactly once.
 * ukplat_entry() is implemented by the boot library (ukboot), not by
 * the platform, and never returns.
 */
#ifndef UK_PLAT_BOOT_H
#define UK_PLAT_BOOT_H

#include <stddef.h>
#include <stdint.h>
#include <uk/plat/memory.h>

/** What the platform learned at boot, handed to the boot library. */
struct ukplat_bootinfo {
	/** Platform name, e.g. "kvm" or "linuxu". */
	const char *plat;
	/** Kernel command line (NUL-terminated), or NULL when argv is given. */
	const char *cmdline;
	/** Pre-split arguments (linuxu: the process argv); argc < 0 if none. */
	int argc;
	char **argv;
	/** Free RAM the boot library may hand to an allocator. */
	const struct ukplat_memregion *mem;
	unsigned int mem_count;
	/**
	 * The initial RAM disk the loader handed over (kvm: QEMU -initrd, the
	 * first boot module), kept out of mem; NULL and 0 if none.
	 */
	const void *initrd;
	size_t initrd_len;
};

/**
 * Boot library entry, called by the platform once everything above is
 * ready. Runs init, main(argc, argv) and ukplat_terminate(status).
 */
__attribute__((noreturn)) void ukplat_entry(const struct ukplat_bootinfo *bi);

#endif /* UK_PLAT_BOOT_H */
