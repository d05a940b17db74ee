/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/cpudefs.h - x86_64 architectural constants (control register
 * bits, MSR numbers, page-table entry bits, RFLAGS bits).
 *
 * Plain numbers only, so this header is usable from both C and assembly.
 */
#ifndef UK_ARCH_CPUDEFS_H
#define UK_ARCH_CPUDEFS_H

/* CR0 */
#define X86_CR0_PE 0x00000001 /* protected mode */
#define X86_CR0_MP 0x00000002 /* monitor coprocessor */
#define X86_CR0_EM 0x00000004 /* x87 emulation (must be clear for SSE) */
#define X86_CR0_TS 0x00000008 /* task switched (lazy FPU) */
#define X86_CR0_NE 0x00000020 /* native x87 error reporting */
#define X86_CR0_WP 0x00010000 /* supervisor write protection */
#define X86_CR0_PG 0x80000000 /* paging */

/* CR4 */
#define X86_CR4_PAE 0x00000020	      /* physical address extension */
#define X86_CR4_PGE 0x00000080	      /* global pages */
#define X86_CR4_OSFXSR 0x00000200     /* FXSAVE/FXRSTOR and SSE */
#define X86_CR4_OSXMMEXCPT 0x00000400 /* unmasked SSE exceptions -> #XM */

/* Model-specific registers */
#define X86_MSR_EFER 0xc0000080
#define X86_EFER_SCE 0x00000001 /* syscall enable */
#define X86_EFER_LME 0x00000100 /* long mode enable */
#define X86_EFER_LMA 0x00000400 /* long mode active (read-only) */
#define X86_EFER_NXE 0x00000800 /* no-execute enable */
#define X86_MSR_FS_BASE 0xc0000100
#define X86_MSR_GS_BASE 0xc0000101

/* Page-table entry bits (all levels) */
#define X86_PTE_P 0x001		/* present */
#define X86_PTE_RW 0x002	/* writable */
#define X86_PTE_US 0x004	/* user accessible */
#define X86_PTE_PWT 0x008	/* write-through */
#define X86_PTE_PCD 0x010	/* cache disable */
#define X86_PTE_A 0x020		/* accessed */
#define X86_PTE_D 0x040		/* dirty */
#define X86_PTE_PS 0x080	/* large page (in PDPT/PD entries) */
#define X86_PTE_G 0x100		/* global */
#define X86_PTE_NX (1ULL << 63) /* no execute (with EFER.NXE) */

/* Page-fault error code bits */
#define X86_PF_P 0x01	 /* protection violation (else: not present) */
#define X86_PF_W 0x02	 /* write access */
#define X86_PF_U 0x04	 /* user mode */
#define X86_PF_RSVD 0x08 /* reserved bit set in a paging entry */
#define X86_PF_I 0x10	 /* instruction fetch */

/* RFLAGS */
#define X86_RFLAGS_CF 0x00000001
#define X86_RFLAGS_ZF 0x00000040
#define X86_RFLAGS_IF 0x00000200 /* interrupts enabled */
#define X86_RFLAGS_DF 0x00000400

/* Default MXCSR: all SSE exceptions masked, round to nearest */
#define X86_MXCSR_DEFAULT 0x1f80

#endif /* UK_ARCH_CPUDEFS_H */
