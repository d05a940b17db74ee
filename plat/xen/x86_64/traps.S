/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PV exception entry stubs and the trap table that set_trap_table gets.
 *
 * Xen delivers an exception to a 64-bit PV kernel on its current stack
 * with the native frame (ss, rsp, rflags, cs, rip, [error code]) and,
 * below it, the guest's %r11 and %rcx (clobbered by Xen's return path).
 * Each stub pops those two back, pushes a zero error code where the CPU
 * has none and the vector, then trap_common saves the general registers
 * in the layout of struct ukarch_regs and calls xen_trap_handler().
 */
#include <uk/arch/regs.h>

/* The flat 64-bit kernel code selector of PV guests. */
#define FLAT_KERNEL_CS64 0xe033

.macro STUB vec, has_err
	.balign 16
xen_trap_\vec:
	popq %rcx
	popq %r11
	.if \has_err == 0
	pushq $0
	.endif
	pushq $\vec
	jmp trap_common
.endm

	.section .text.xen_traps, "ax"
	.code64
trap_common:
	UKARCH_PUSH_GPRS
	cld
	movq %rsp, %rdi
	call xen_trap_handler
1:	ud2
	jmp 1b

	STUB 0, 0
	STUB 1, 0
	STUB 3, 0
	STUB 4, 0
	STUB 5, 0
	STUB 6, 0
	STUB 7, 0
	STUB 8, 1
	STUB 10, 1
	STUB 11, 1
	STUB 12, 1
	STUB 13, 1
	STUB 14, 1
	STUB 16, 0
	STUB 17, 1
	STUB 19, 0

/* struct trap_info: vector, flags (DPL), code selector, handler. */
.macro ENTRY vec, dpl
	.byte \vec, \dpl
	.word FLAT_KERNEL_CS64
	.long 0
	.quad xen_trap_\vec
.endm

	.section .rodata.xen_trap_table, "a"
	.balign 16
	.globl xen_trap_table
xen_trap_table:
	ENTRY 0, 0
	ENTRY 1, 0
	ENTRY 3, 3
	ENTRY 4, 3
	ENTRY 5, 0
	ENTRY 6, 0
	ENTRY 7, 0
	ENTRY 8, 0
	ENTRY 10, 0
	ENTRY 11, 0
	ENTRY 12, 0
	ENTRY 13, 0
	ENTRY 14, 0
	ENTRY 16, 0
	ENTRY 17, 0
	ENTRY 19, 0
	.quad 0, 0   /* end: address 0 */
