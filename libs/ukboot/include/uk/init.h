/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/init.h - work a library does at boot, before main().
 *
 * A library registers a function with UK_BOOT_INIT(fn, level); ukboot
 * calls every registered function after the heap is set up and before
 * main(), lower levels first (functions of one level in link order).
 * A function returns 0, or a negative errno value: ukboot then prints
 * "ukboot: init <name> failed: <errno>" and goes on with the others
 * (a failing library must leave the image usable, e.g. an empty root).
 *
 * The descriptors live in the linker section "uk_inits" (used and
 * retained, so --gc-sections keeps them), found through
 * __start_uk_inits/__stop_uk_inits.
 */
#ifndef UK_INIT_H
#define UK_INIT_H

/** Levels: the root file system first, then what fills it. */
#define UK_BOOT_INIT_ROOTFS 10
#define UK_BOOT_INIT_FSFILL 20
#define UK_BOOT_INIT_LATE 90

/** One registered boot-time function. */
struct uk_boot_init {
	int (*fn)(void);  /**< 0, or a negative errno value */
	int level;	  /**< lower runs first */
	const char *name; /**< printed when fn fails */
};

/** Register fn (int fn(void)) to run at boot at level (UK_BOOT_INIT_*). */
#define UK_BOOT_INIT(fn, lvl)                                     \
	static const struct uk_boot_init uk_boot_init__##fn       \
		__attribute__((used, retain, section("uk_inits"), \
			       aligned(sizeof(void *)))) = { fn, lvl, #fn }

struct ukplat_bootinfo;

/** What the platform handed to ukboot (initrd, memory, ...), for init functions. */
const struct ukplat_bootinfo *uk_boot_info(void);

/** Run every registered function, by level (ukboot does this before main()). */
void uk_boot_run_inits(void);

#endif /* UK_INIT_H */
