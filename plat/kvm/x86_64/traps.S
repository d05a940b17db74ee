/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Exception entry stubs for vectors 0-31 and the interrupt vectors
 * 0xf0 (LAPIC timer) and 0xff (spurious), and their address tables
 * (kvm_trap_stubs, kvm_irq_stubs, used by idt.c). Each stub makes the frame uniform
 * (a zero error code where the CPU pushes none), pushes the vector and
 * joins trap_common, which saves the general registers in the layout of
 * struct ukarch_regs (<uk/arch/regs.h>) and calls kvm_trap_handler().
 * The frame is 176 bytes, so %rsp stays 16-byte aligned for the call.
 */
#include <uk/arch/regs.h>

.macro TRAP_NOERR vec
	.balign 16
kvm_trap_\vec:
	pushq $0
	pushq $\vec
	jmp trap_common
.endm

.macro TRAP_ERR vec
	.balign 16
kvm_trap_\vec:
	pushq $\vec
	jmp trap_common
.endm

	.section .text.kvm_traps, "ax"
	.code64

trap_common:
	UKARCH_PUSH_GPRS
	cld
	movq %rsp, %rdi
	call kvm_trap_handler
	UKARCH_POP_GPRS
	addq $16, %rsp   /* vector, error code */
	iretq

	TRAP_NOERR 0   /* #DE */
	TRAP_NOERR 1   /* #DB */
	TRAP_NOERR 2   /* NMI */
	TRAP_NOERR 3   /* #BP */
	TRAP_NOERR 4   /* #OF */
	TRAP_NOERR 5   /* #BR */
	TRAP_NOERR 6   /* #UD */
	TRAP_NOERR 7   /* #NM */
	TRAP_ERR   8   /* #DF */
	TRAP_NOERR 9
	TRAP_ERR   10  /* #TS */
	TRAP_ERR   11  /* #NP */
	TRAP_ERR   12  /* #SS */
	TRAP_ERR   13  /* #GP */
	TRAP_ERR   14  /* #PF */
	TRAP_NOERR 15
	TRAP_NOERR 16  /* #MF */
	TRAP_ERR   17  /* #AC */
	TRAP_NOERR 18  /* #MC */
	TRAP_NOERR 19  /* #XM */
	TRAP_NOERR 20  /* #VE */
	TRAP_ERR   21  /* #CP */
	TRAP_NOERR 22
	TRAP_NOERR 23
	TRAP_NOERR 24
	TRAP_NOERR 25
	TRAP_NOERR 26
	TRAP_NOERR 27
	TRAP_NOERR 28  /* #HV */
	TRAP_ERR   29  /* #VC */
	TRAP_ERR   30  /* #SX */
	TRAP_NOERR 31
	TRAP_NOERR 240 /* LAPIC timer */
	TRAP_NOERR 255 /* LAPIC spurious */

	.section .rodata.kvm_trap_stubs, "a"
	.balign 8
	.globl kvm_trap_stubs
kvm_trap_stubs:
	.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	.quad kvm_trap_\n
	.endr

	.globl kvm_irq_stubs
kvm_irq_stubs:
	.quad kvm_trap_240
	.quad kvm_trap_255
