/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The EL1 exception vector table (VBAR_EL1; 16 entries of 0x80 bytes,
 * 2 KiB aligned). entry.S loads VBAR_EL1 with the table's run-time
 * address.
 *
 * An IRQ at EL1 (entries 1 and 5: on SP_EL0 or SP_EL1; only
 * ukplat_halt() unmasks them) saves the caller-saved registers, x30, ELR
 * and SPSR, calls xen_arm64_irq(), restores them and returns. Every
 * other entry is fatal: it passes its number (group * 4 + kind), the
 * interrupted frame pointer and link register to xen_arm64_trap(), which
 * prints a crash dump and never returns.
 */
#define IRQ_FRAME 176 /* x0-x18, x30, ELR, SPSR: 22 slots, 16-byte aligned */

.macro VENTRY n
	.balign 0x80
	.if \n == 1 || \n == 5
	b irq_entry
	.else
	mov x0, #\n
	mov x1, x29
	mov x2, x30
	b xen_arm64_trap
	.endif
.endm

	.section .text.vectors, "ax"
	.balign 2048
	.globl xen_arm64_vectors
xen_arm64_vectors:
	.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	VENTRY \n
	.endr

	.type irq_entry, %function
irq_entry:
	sub sp, sp, #IRQ_FRAME
	stp x0, x1, [sp, #0]
	stp x2, x3, [sp, #16]
	stp x4, x5, [sp, #32]
	stp x6, x7, [sp, #48]
	stp x8, x9, [sp, #64]
	stp x10, x11, [sp, #80]
	stp x12, x13, [sp, #96]
	stp x14, x15, [sp, #112]
	stp x16, x17, [sp, #128]
	stp x18, x30, [sp, #144]
	mrs x0, elr_el1
	mrs x1, spsr_el1
	stp x0, x1, [sp, #160]
	bl xen_arm64_irq
	ldp x0, x1, [sp, #160]
	msr elr_el1, x0
	msr spsr_el1, x1
	ldp x0, x1, [sp, #0]
	ldp x2, x3, [sp, #16]
	ldp x4, x5, [sp, #32]
	ldp x6, x7, [sp, #48]
	ldp x8, x9, [sp, #64]
	ldp x10, x11, [sp, #80]
	ldp x12, x13, [sp, #96]
	ldp x14, x15, [sp, #112]
	ldp x16, x17, [sp, #128]
	ldp x18, x30, [sp, #144]
	add sp, sp, #IRQ_FRAME
	eret
	.size irq_entry, . - irq_entry
