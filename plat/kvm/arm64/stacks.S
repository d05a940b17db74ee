/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The boot stack, with the guard page below it (left unmapped by
 * mmu.c, so an overflow faults), and the exception stack, in .bss.
 */
#include "boot.h"

	.section .bss.kvm_stack, "aw", %nobits
	.balign KVM_PAGE_SIZE
	.globl kvm_stack_guard
kvm_stack_guard:
	.space KVM_PAGE_SIZE
	.space KVM_STACK_SIZE
	.globl kvm_stack_top
kvm_stack_top:

	.section .bss.kvm_exc_stack, "aw", %nobits
	.balign 16
	.space KVM_EXC_STACK_SIZE
	.globl kvm_exc_stack_top
kvm_exc_stack_top:
