/* SPDX-License-Identifier: BSD-3-Clause */
/* The image's sections by address (section.h). */
#include <stddef.h>
#include "kprint.h"
#include "section.h"

extern char __text_start[], __text_end[], __rodata_start[], __rodata_end[];
extern char __data_start[], __data_end[], __bss_start[], __bss_end[];

static int in(uint64_t a, const char *start, const char *end)
{
	return a >= (uint64_t)(uintptr_t)start && a < (uint64_t)(uintptr_t)end;
}

const char *plat_image_section(uint64_t a)
{
	if (in(a, __text_start, __text_end))
		return ".text";
	if (in(a, __rodata_start, __rodata_end))
		return ".rodata";
	if (in(a, __data_start, __data_end))
		return ".data";
	if (in(a, __bss_start, __bss_end))
		return ".bss";
	return NULL;
}

PLAT_COLD void plat_put_violation(int exec, const char *where)
{
	plat_puts(exec ? "Violation: execute of non-executable memory ("
		       : "Violation: write to read-only memory (");
	plat_puts(where);
	plat_puts(")\n");
}
