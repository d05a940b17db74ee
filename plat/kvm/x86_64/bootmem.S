/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Boot-time memory in .bss (zeroed by boot32.S before use): the page
 * tables identity-mapping the first 4 GiB, and the boot stack with an
 * unmapped guard page below it.
 */
#include "boot.h"

	.section .bss.kvm_boot_tables, "aw", @nobits
	.balign UKARCH_PAGE_SIZE
	.globl kvm_pml4, kvm_pdpt, kvm_pd, kvm_pt_low, kvm_pt_guard
kvm_pml4:	.skip UKARCH_PAGE_SIZE      /* PML4[0] -> kvm_pdpt */
kvm_pdpt:	.skip UKARCH_PAGE_SIZE      /* PDPT[0..3] -> kvm_pd */
kvm_pd:		.skip 4 * UKARCH_PAGE_SIZE  /* 2048 entries of 2 MiB */
kvm_pt_low:	.skip UKARCH_PAGE_SIZE      /* [0, 2 MiB) in 4 KiB pages */
kvm_pt_guard:	.skip UKARCH_PAGE_SIZE      /* 2 MiB around the guard page */

	.section .bss.kvm_boot_stack, "aw", @nobits
	.balign UKARCH_PAGE_SIZE
	.globl kvm_stack_guard, kvm_stack_top
kvm_stack_guard:
	.skip UKARCH_PAGE_SIZE
	.skip PLAT_STACK_SIZE
kvm_stack_top:
