/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The EL1 exception vector table (VBAR_EL1; 16 entries of 0x80 bytes,
 * 2 KiB aligned). Every exception is fatal here: each entry passes its
 * number (group * 4 + kind), the interrupted frame pointer and link
 * register to xen_arm64_trap(), which prints a crash dump and never
 * returns. entry.S loads VBAR_EL1 with the table's run-time address.
 */
.macro VENTRY n
	.balign 0x80
	mov x0, #\n
	mov x1, x29
	mov x2, x30
	b xen_arm64_trap
.endm

	.section .text.vectors, "ax"
	.balign 2048
	.globl xen_arm64_vectors
xen_arm64_vectors:
	.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	VENTRY \n
	.endr
