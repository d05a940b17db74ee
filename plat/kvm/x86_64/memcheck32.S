/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Boot-time memory check, before boot32.S touches .bss: the image (its
 * .bss holds the page tables and the boot stack) must lie in RAM, else
 * the first store lands nowhere and the guest hangs with no output. The
 * end of the RAM region holding 1 MiB comes from the PVH memory map or
 * from Multiboot's mem_upper; when it is below __image_end, COM1 gets
 * "kvm: out of memory: the image needs <N> KiB of RAM, found <M> KiB"
 * and a crash's status line, isa-debug-exit is written (QEMU exits
 * non-zero) and the CPU halts. Jumped to with %esi = boot magic and
 * %ebp = boot info (both kept); jumps back to kvm_memcheck32_ok. Its
 * small stack is in .data, which the loader has placed in RAM.
 */
#include "boot.h"

#define COM1 0x3f8
#define DEBUG_EXIT_PORT 0xf4
#define STATUS_CRASH 127

	.section .text.boot32, "ax"
	.code32
	.globl kvm_memcheck32
kvm_memcheck32:
	xorl %ebx, %ebx			/* %ebx: end of the RAM holding 1 MiB */
	cmpl $KVM_BOOT_MAGIC_PVH, %esi
	jne .Lmultiboot
	cmpl $1, 4(%ebp)		/* hvm_start_info.version: memmap from 1 */
	jb .Lenough
	movl 40(%ebp), %edi		/* memmap_paddr (below 4 GiB) */
	movl 48(%ebp), %ecx		/* memmap_entries */
.Lentry:
	testl %ecx, %ecx
	jz .Lcompare
	cmpl $1, 16(%edi)		/* type 1: RAM */
	jne .Lnext
	cmpl $0, 4(%edi)		/* base above 4 GiB */
	jne .Lnext
	cmpl $KVM_RAM_START, (%edi)
	ja .Lnext
	cmpl $0, 12(%edi)		/* 4 GiB or more: enough */
	jne .Lenough
	movl (%edi), %eax
	addl 8(%edi), %eax
	jc .Lenough
	cmpl %eax, %ebx
	jae .Lnext
	movl %eax, %ebx
.Lnext:
	addl $24, %edi
	decl %ecx
	jmp .Lentry
.Lmultiboot:
	testl $1, (%ebp)		/* flags bit 0: mem_lower/mem_upper valid */
	jz .Lenough
	movl 8(%ebp), %ebx		/* mem_upper: KiB above 1 MiB */
	cmpl $(0xffffffff - KVM_RAM_START) / 1024, %ebx
	jae .Lenough
	shll $10, %ebx
	addl $KVM_RAM_START, %ebx
.Lcompare:
	cmpl $__image_end, %ebx
	jb .Lshort
.Lenough:
	jmp kvm_memcheck32_ok

.Lshort:
	movl $memcheck_stack_top, %esp
	shrl $10, %ebx			/* found, KiB */
	pushl %ebx
	movl $memcheck_msg_start, %edi
	call puts32
	movl $__image_end, %ebx
	addl $1023, %ebx
	shrl $10, %ebx
	call putdec32
	movl $memcheck_msg_mid, %edi
	call puts32
	popl %ebx
	call putdec32
	movl $memcheck_msg_end, %edi
	call puts32
	movb $STATUS_CRASH, %al
	movw $DEBUG_EXIT_PORT, %dx
	outb %al, %dx
1:	cli
	hlt
	jmp 1b

/* %al to COM1, waiting for the transmit register; clobbers %ah, %dx. */
putc32:
	movb %al, %ah
1:	movw $(COM1 + 5), %dx
	inb %dx, %al
	testb $0x20, %al
	jz 1b
	movb %ah, %al
	movw $COM1, %dx
	outb %al, %dx
	ret

/* The NUL-terminated string at %edi; clobbers %eax, %edx, %edi. */
puts32:
	movb (%edi), %al
	testb %al, %al
	jz 1f
	call putc32
	incl %edi
	jmp puts32
1:	ret

/* %ebx in decimal; clobbers %eax, %ebx, %ecx, %edx, %edi. */
putdec32:
	movl $memcheck_pow10, %edi
	xorl %ecx, %ecx			/* a digit printed yet */
1:	movl %ebx, %eax
	xorl %edx, %edx
	divl (%edi)
	movl %edx, %ebx
	orl %eax, %ecx
	cmpl $1, (%edi)
	je 2f
	testl %ecx, %ecx
	jz 3f
2:	addb $'0', %al
	call putc32
3:	cmpl $1, (%edi)
	je 4f
	addl $4, %edi
	jmp 1b
4:	ret

	.section .rodata.kvm_memcheck, "a"
	.balign 4
memcheck_pow10:
	.long 1000000000, 100000000, 10000000, 1000000, 100000, 10000, 1000, 100, 10, 1
memcheck_msg_start:
	.asciz "kvm: out of memory: the image needs "
memcheck_msg_mid:
	.asciz " KiB of RAM from address 0 (to the end of its .bss), found "
memcheck_msg_end:
	.asciz " KiB\nukraft: crashed, status 127\n"

	.section .data.kvm_memcheck_stack, "aw"
	.balign 16
	.skip 256
memcheck_stack_top:
