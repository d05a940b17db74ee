/* SPDX-License-Identifier: BSD-3-Clause */
/* ukplat_entry: heap, arguments and environment, main(), exit(). */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uk/plat/boot.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/tls.h>
#include <uk/ukalloc.h>
#include <uk/ukargparse.h>
#include <uk/init.h>
#include <uk/ukboot.h>
#include <uk/ukdebug.h>
#include <uk/environ.h>

#ifndef CONFIG_LIBUKBOOT_MAXARGS
#define CONFIG_LIBUKBOOT_MAXARGS 64
#endif
#ifndef CONFIG_LIBUKBOOT_ARGV0
#define CONFIG_LIBUKBOOT_ARGV0 "ukraft"
#endif

/* Bytes of the region given to the heap (0: none), for messages. */
static size_t heap_bytes;

/* The largest memory region becomes the heap of the default allocator. */
static void setup_heap(const struct ukplat_bootinfo *bi)
{
	const struct ukplat_memregion *best = NULL;
	struct uk_alloc *a;
	unsigned int i;

	for (i = 0; i < bi->mem_count; i++) {
		if (!best || bi->mem[i].len > best->len)
			best = &bi->mem[i];
	}
	if (!best) {
		uk_pr_warn("ukboot: %s: no memory region, no heap\n", bi->plat);
		return;
	}

	uk_pr_debug("ukboot: %s: heap at 0x%lx (%zu KiB)\n", bi->plat,
		    (unsigned long)best->base, best->len / 1024);
	a = uk_allocator_init((void *)best->base, best->len);
	if (!a) {
		uk_pr_err("ukboot: heap region too small\n");
		return;
	}
	uk_alloc_set_default(a);
	heap_bytes = best->len;
}

/* main's thread-local storage (uk/plat/tls.h), before anything can use
 * it: from the heap, or a static area when the image has no TLS
 * variables and no heap. */
static void setup_main_tls(void)
{
	static _Alignas(16) char tcb_only[128];
	size_t size = ukplat_tls_area_size(), align = ukplat_tls_area_align();
	void *area = NULL;

	if (uk_alloc_get_default())
		area = uk_memalign(uk_alloc_get_default(), align, size);
	if (!area && size <= sizeof(tcb_only) && align <= 16)
		area = tcb_only;
	if (!area)
		ukplat_crash(
			"ukboot: no memory for main's thread-local storage");
	ukplat_tls_set(ukplat_tls_area_init(area));
}

/*
 * argv from the command line: argv[0] is the configured name. Arguments
 * beyond CONFIG_LIBUKBOOT_MAXARGS are dropped with a warning that says
 * how many there were (counted on a second copy of the line).
 */
static int split_cmdline(const char *cmdline, char **argv)
{
	size_t len;
	char *copy;
	int argc, given;

	argv[0] = (char *)CONFIG_LIBUKBOOT_ARGV0;
	if (!cmdline)
		return 1;
	len = strlen(cmdline);
	copy = uk_malloc(uk_alloc_get_default(), 2 * (len + 1));
	if (!copy) {
		/* Running main without its arguments would be a wrong answer. */
		uk_pr_crit("ukboot: out of memory: the command line needs %zu "
			   "bytes of heap, found a heap of %zu bytes; boot "
			   "with more memory\n",
			   2 * (len + 1), heap_bytes);
		ukplat_crash("out of memory");
	}
	memcpy(copy, cmdline, len + 1);
	memcpy(copy + len + 1, cmdline, len + 1);
	argc = uk_argparse(copy, &argv[1], CONFIG_LIBUKBOOT_MAXARGS - 1);
	given = uk_argparse(copy + len + 1, NULL, INT_MAX);
	if (given > argc)
		uk_pr_warn("ukboot: %d arguments given, main gets the first %d "
			   "(MAXARGS is %d with argv[0])\n",
			   given, argc, CONFIG_LIBUKBOOT_MAXARGS);
	return 1 + argc;
}

static const struct ukplat_bootinfo *boot_info;

const struct ukplat_bootinfo *uk_boot_info(void) { return boot_info; }

static int boot_argc;
static char **boot_argv;

char **uk_boot_argv(int *argc)
{
	*argc = boot_argc;
	return boot_argv;
}

void ukplat_entry(const struct ukplat_bootinfo *bi)
{
	static char *cmd_argv[CONFIG_LIBUKBOOT_MAXARGS + 1];
	char **argv = cmd_argv;
	int argc, ret;

	setup_heap(bi);
	setup_main_tls();
	boot_info = bi;
	uk_boot_run_inits();

	if (bi->argc >= 0) {
		argc = bi->argc;
		argv = bi->argv;
	} else {
		argc = split_cmdline(bi->cmdline, cmd_argv);
		cmd_argv[argc] = NULL;
	}

	/* Leading env.NAME=value arguments are the environment (uk/environ.h). */
	argc = uk_environ_from_args(argc, argv);
	boot_argc = argc;
	boot_argv = argv;
	uk_pr_debug("ukboot: calling main() with %d argument(s)\n", argc);
	/* Nothing is printed after main(): its last line stays the last. */
	ret = main(argc, argv);
	/* exit(): the atexit functions, the streams' buffered output, then the platform. */
	exit(ret);
}
