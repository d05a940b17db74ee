/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The boot stack with the guard page below it (left unmapped by the
 * platform's page tables, so an overflow faults), then the exception
 * stack, in .bss (zeroed by entry.S).
 */
#include "boot.h"

	.section .bss.arm64_boot_stack, "aw", %nobits
	.balign UKARCH_PAGE_SIZE
	.globl arm64_boot_stack_guard
arm64_boot_stack_guard:
	.skip UKARCH_PAGE_SIZE
	.skip PLAT_STACK_SIZE
	.globl arm64_boot_stack_top
arm64_boot_stack_top:
	.skip ARM64_EXC_STACK_SIZE
	.globl arm64_exc_stack_top
arm64_exc_stack_top:
