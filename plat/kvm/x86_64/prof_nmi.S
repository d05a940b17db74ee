/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The NMI entry of the profiling tick (prof.c points IDT vector 2 here
 * when profiling starts; until then an NMI is fatal, as traps.S has it).
 * It saves the frame as struct ukarch_regs like traps.S's irq_common,
 * x87/SSE state included (the NMI lands anywhere, and C may use xmm
 * registers), calls kvm_prof_nmi() and returns. The gate uses the fault
 * IST stack (idt.c); NMIs do not nest until this iretq.
 */
#include <uk/arch/regs.h>

#define FXSAVE_SIZE 512

	.section .text.kvm_prof_nmi, "ax"
	.code64
	.balign 16
	.globl kvm_prof_nmi_entry
kvm_prof_nmi_entry:
	pushq $0
	pushq $2
	UKARCH_PUSH_GPRS
	cld
	movq %rsp, %rdi
	subq $FXSAVE_SIZE, %rsp   /* still 16-byte aligned */
	fxsave64 (%rsp)
	call kvm_prof_nmi
	fxrstor64 (%rsp)
	addq $FXSAVE_SIZE, %rsp
	UKARCH_POP_GPRS
	addq $16, %rsp   /* vector, error code */
	iretq
