/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * boot.h - constants and symbols shared by the kvm-x86_64 boot assembly
 * and C code: GDT selectors, boot-protocol magics, the identity-mapped
 * range, the boot stack size and the boot-time tables/stack in .bss.
 */
#ifndef KVM_X86_64_BOOT_H
#define KVM_X86_64_BOOT_H

#include <uk/arch/page.h>
#include "../../shared/stack.h"

/* GDT selectors (see kvm_gdt in boot32.S) */
#define KVM_GDT_CODE32 0x08
#define KVM_GDT_DATA 0x10
#define KVM_GDT_CODE64 0x18
#define KVM_GDT_TSS 0x20 /* 16-byte descriptor, filled in by gdt.c */

/* Value of %eax at the 32-bit entry (PVH: set by our own PVH entry) */
#define KVM_BOOT_MAGIC_MULTIBOOT 0x2badb002
#define KVM_BOOT_MAGIC_PVH 0x336ec578

/* The boot page tables identity-map [0, KVM_IDMAP_END) with 2 MiB pages */
#define KVM_IDMAP_END 0x100000000
/* Free RAM starts here (below: BIOS, boot loader data, ...) */
#define KVM_RAM_START 0x100000
/* Addresses below this fault once page 0 is unmapped */
#define KVM_NULL_PAGE_END UKARCH_PAGE_SIZE

#ifndef __ASSEMBLY__
#include <stdint.h>

/* From the linker script */
extern char __image_start[], __image_end[];
extern char __text_start[], __text_end[], __rodata_start[], __rodata_end[];
extern char __data_start[], __data_end[], __bss_start[], __bss_end[];

/* From bootmem.S */
extern uint64_t kvm_pd[2048];	 /* 2 MiB entries of [0, 4 GiB) */
extern uint64_t kvm_pt_low[512]; /* 4 KiB pages of [0, 2 MiB) */
extern char kvm_stack_guard[];	 /* unmapped page below the boot stack */
extern char kvm_stack_top[];

/* From boot32.S: null, code32, data, code64, TSS (2 slots) */
extern uint64_t kvm_gdt[6];

/**
 * 64-bit C entry, called by boot64.S on the boot stack with the value
 * of %eax and %ebx at the 32-bit entry. Never returns.
 */
__attribute__((noreturn)) void kvm_setup(uint32_t magic, uint32_t info);
#endif

#endif /* KVM_X86_64_BOOT_H */
