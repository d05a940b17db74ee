/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Exception entry stubs for vectors 0-31, the device vectors 0x30-0x6f
 * and the interrupt vectors 0xf0 (LAPIC timer) and 0xff (spurious), and
 * their address tables (kvm_trap_stubs, kvm_dev_irq_stubs, kvm_irq_stubs,
 * used by idt.c). Each stub makes the frame uniform
 * (a zero error code where the CPU pushes none), pushes the vector and
 * joins trap_common, which saves the general registers in the layout of
 * struct ukarch_regs (<uk/arch/regs.h>) and calls kvm_trap_handler().
 * The frame is 176 bytes, so %rsp stays 16-byte aligned for the call.
 * The interrupt stubs join irq_common instead, which also saves the
 * x87/SSE state (fxsave) around the call: an interrupt returns to code
 * that may have any xmm register live, and the C handlers may use them.
 * Exceptions never return, so their path does without.
 */
#include <uk/arch/regs.h>

#define FXSAVE_SIZE 512

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

.macro IRQ vec
	.balign 16
kvm_trap_\vec:
	pushq $0
	pushq $\vec
	jmp irq_common
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

irq_common:
	UKARCH_PUSH_GPRS
	cld
	movq %rsp, %rdi
	subq $FXSAVE_SIZE, %rsp   /* still 16-byte aligned */
	fxsave64 (%rsp)
	call kvm_trap_handler
	fxrstor64 (%rsp)
	addq $FXSAVE_SIZE, %rsp
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
	IRQ 240 /* LAPIC timer */
	IRQ 255 /* LAPIC spurious */

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

/*
 * Device interrupts: vectors 0x30-0x6f (KVM_VEC_DEV_FIRST, _COUNT), in
 * sections of their own that only irq.c refers to, so an image without
 * device interrupts drops them.
 */
	.section .text.kvm_dev_traps, "ax"
	.irp n, 48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111
	TRAP_NOERR \n
	.endr

	.section .rodata.kvm_dev_irq_stubs, "a"
	.balign 8
	.globl kvm_dev_irq_stubs
kvm_dev_irq_stubs:
	.irp n, 48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111
	.quad kvm_trap_\n
	.endr
