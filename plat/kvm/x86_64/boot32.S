/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * 32-bit entries (protected mode, paging off) for Multiboot and PVH,
 * the boot GDT, and the switch to long mode:
 * load the GDT, zero .bss, build page tables identity-mapping 4 GiB
 * with 2 MiB pages (the first 2 MiB and the stack guard's 2 MiB in
 * 4 KiB pages, the guard page left unmapped), enable PAE, SSE, EFER.LME
 * and paging, then far-jump to kvm_start64 (boot64.S).
 * %esi carries the boot magic and %ebp the boot-info address across.
 */
#include <uk/arch/cpudefs.h>
#include "boot.h"

#define PTE_TABLE (X86_PTE_P | X86_PTE_RW)
#define PTE_2M    (X86_PTE_P | X86_PTE_RW | X86_PTE_PS)

	.section .text.boot32, "ax"
	.code32

/* Multiboot: %eax = 0x2badb002, %ebx = multiboot_info. ELF entry. */
	.globl ukplat_kvm_start32
	.type ukplat_kvm_start32, @function
ukplat_kvm_start32:
	cli
	cld
	jmp boot32_common

/* PVH: %ebx = hvm_start_info; no stack, our own GDT needed. */
	.globl ukplat_kvm_pvh_start32
	.type ukplat_kvm_pvh_start32, @function
ukplat_kvm_pvh_start32:
	cli
	cld
	movl $KVM_BOOT_MAGIC_PVH, %eax

boot32_common:
	movl %eax, %esi
	movl %ebx, %ebp

	lgdt kvm_gdt_ptr
	ljmp $KVM_GDT_CODE32, $1f
1:	movl $KVM_GDT_DATA, %eax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %fs
	movw %ax, %gs
	movw %ax, %ss

	/* The image must be in RAM before .bss is touched (memcheck32.S) */
	jmp kvm_memcheck32
	.globl kvm_memcheck32_ok
kvm_memcheck32_ok:

	/* Zero .bss (page tables and stack live there) */
	movl $__bss_start, %edi
	movl $__bss_end, %ecx
	subl %edi, %ecx
	xorl %eax, %eax
	rep stosb

	movl $kvm_stack_top, %esp

	/* PML4[0] -> PDPT; PDPT[0..3] -> the four page directories */
	movl $(kvm_pdpt + PTE_TABLE), %eax
	movl %eax, kvm_pml4
	movl $(kvm_pd + PTE_TABLE), %eax
	xorl %ecx, %ecx
2:	movl %eax, kvm_pdpt(,%ecx,8)
	addl $UKARCH_PAGE_SIZE, %eax
	incl %ecx
	cmpl $4, %ecx
	jb 2b

	/* 2048 identity-mapped 2 MiB pages: [0, 4 GiB) */
	movl $PTE_2M, %eax
	xorl %ecx, %ecx
3:	movl %eax, kvm_pd(,%ecx,8)
	addl $0x200000, %eax
	incl %ecx
	cmpl $2048, %ecx
	jb 3b

	/* [0, 2 MiB) in 4 KiB pages, so that page 0 can be unmapped later */
	xorl %eax, %eax
	movl $kvm_pt_low, %edi
	call split_2m

	/* The 2 MiB holding the guard page, unless that was the first */
	movl $kvm_stack_guard, %eax
	shrl $21, %eax
	jz 4f
	movl $kvm_pt_guard, %edi
	call split_2m
4:
	/* Unmap the guard page: find its page table through the PD */
	movl $kvm_stack_guard, %eax
	shrl $21, %eax
	movl kvm_pd(,%eax,8), %edx
	andl $0xfffff000, %edx
	movl $kvm_stack_guard, %ecx
	shrl $12, %ecx
	andl $511, %ecx
	movl $0, (%edx,%ecx,8)

	/* PAE, and SSE support for the C code */
	movl %cr4, %eax
	orl $(X86_CR4_PAE | X86_CR4_OSFXSR | X86_CR4_OSXMMEXCPT), %eax
	movl %eax, %cr4

	movl $kvm_pml4, %eax
	movl %eax, %cr3

	movl $X86_MSR_EFER, %ecx
	rdmsr
	orl $X86_EFER_LME, %eax
	wrmsr

	/* Paging on (-> long mode); FPU/SSE usable: MP, NE set, EM, TS clear */
	movl %cr0, %eax
	andl $~(X86_CR0_EM | X86_CR0_TS), %eax
	orl $(X86_CR0_PG | X86_CR0_PE | X86_CR0_MP | X86_CR0_NE), %eax
	movl %eax, %cr0

	ljmp $KVM_GDT_CODE64, $kvm_start64

/*
 * Map 2 MiB region number %eax with 4 KiB identity pages using the page
 * table at %edi, and point its page-directory entry at that table.
 * Clobbers %eax, %ecx, %edx.
 */
split_2m:
	movl %edi, %edx
	orl $PTE_TABLE, %edx
	movl %edx, kvm_pd(,%eax,8)
	shll $21, %eax
	orl $PTE_TABLE, %eax
	xorl %ecx, %ecx
5:	movl %eax, (%edi,%ecx,8)
	addl $UKARCH_PAGE_SIZE, %eax
	incl %ecx
	cmpl $512, %ecx
	jb 5b
	ret

/*
 * The GDT, used in both modes. Writable: gdt.c fills in the TSS
 * descriptor and ltr sets its busy bit.
 */
	.section .data.kvm_gdt, "aw"
	.balign 16
	.globl kvm_gdt
kvm_gdt:
	.quad 0                    /* null */
	.quad 0x00cf9a000000ffff   /* 0x08: 32-bit code, flat */
	.quad 0x00cf92000000ffff   /* 0x10: data, flat */
	.quad 0x00af9a000000ffff   /* 0x18: 64-bit code */
	.quad 0, 0                 /* 0x20: 64-bit TSS (16 bytes) */
kvm_gdt_end:

	.balign 8
kvm_gdt_ptr:
	.word kvm_gdt_end - kvm_gdt - 1
	.quad kvm_gdt
