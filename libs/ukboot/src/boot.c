/* SPDX-License-Identifier: BSD-3-Clause */
/* ukplat_entry: heap, arguments, main(), shutdown. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <uk/plat/boot.h>
#include <uk/plat/shutdown.h>
#include <uk/ukalloc.h>
#include <uk/ukargparse.h>
#include <uk/ukboot.h>
#include <uk/ukdebug.h>

#ifndef CONFIG_LIBUKBOOT_MAXARGS
#define CONFIG_LIBUKBOOT_MAXARGS 64
#endif
#ifndef CONFIG_LIBUKBOOT_ARGV0
#define CONFIG_LIBUKBOOT_ARGV0 "ukraft"
#endif

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
}

/* argv from the command line: argv[0] is the configured name. */
static int split_cmdline(const char *cmdline, char **argv)
{
	size_t len;
	char *copy;

	argv[0] = (char *)CONFIG_LIBUKBOOT_ARGV0;
	if (!cmdline)
		return 1;
	len = strlen(cmdline);
	copy = uk_malloc(uk_alloc_get_default(), len + 1);
	if (!copy) {
		uk_pr_err("ukboot: no memory for the command line\n");
		return 1;
	}
	memcpy(copy, cmdline, len + 1);
	return 1 + uk_argparse(copy, &argv[1], CONFIG_LIBUKBOOT_MAXARGS - 1);
}

void ukplat_entry(const struct ukplat_bootinfo *bi)
{
	static char *cmd_argv[CONFIG_LIBUKBOOT_MAXARGS + 1];
	char **argv = cmd_argv;
	int argc, ret;

	setup_heap(bi);

	if (bi->argc >= 0) {
		argc = bi->argc;
		argv = bi->argv;
	} else {
		argc = split_cmdline(bi->cmdline, cmd_argv);
		cmd_argv[argc] = NULL;
	}

	uk_pr_debug("ukboot: calling main() with %d argument(s)\n", argc);
	/* Nothing is printed after main(): its last line stays the last. */
	ret = main(argc, argv);
	ukplat_terminate(ret);
}
