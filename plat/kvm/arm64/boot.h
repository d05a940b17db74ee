/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * boot.h - constants and symbols shared by the kvm-arm64 boot assembly
 * and C code: where RAM and the image are on QEMU virt, the Image header
 * values, the stacks, and the C entry points the assembly calls.
 */
#ifndef KVM_ARM64_BOOT_H
#define KVM_ARM64_BOOT_H

/* 64-bit constants usable from C and assembly */
#ifdef __ASSEMBLY__
#define KVM_U64(x) x
#else
#define KVM_U64(x) x##ULL
#endif

/* QEMU virt: RAM starts at 1 GiB; the DTB of an ELF boot sits there. */
#define KVM_ARM64_RAM_BASE KVM_U64(0x40000000)
/* The image is linked at RAM_BASE + TEXT_OFFSET (see link.ld) */
#define KVM_ARM64_TEXT_OFFSET 0x200000
/* Mapped as RAM before the DTB is read: [RAM_BASE, RAM_BASE + 1 GiB) */
#define KVM_ARM64_BOOT_WINDOW KVM_U64(0x40000000)
/* Image header flags: little-endian, 4 KiB pages, base near DRAM start */
#define KVM_ARM64_IMAGE_FLAGS 0x2

#define KVM_PAGE_SIZE 4096

/* Boot stack: main() runs on it (SP_EL0); a guard page sits below. */
#ifdef CONFIG_PLAT_KVM_STACK_SIZE
#define KVM_STACK_SIZE                                                  \
	((CONFIG_PLAT_KVM_STACK_SIZE + KVM_PAGE_SIZE - 1) & ~(KVM_PAGE_SIZE - 1))
#else
#define KVM_STACK_SIZE 65536
#endif
/* Exception stack (SP_EL1): traps run on it, so a boot-stack overflow
 * still gets a crash dump. */
#define KVM_EXC_STACK_SIZE 16384

#ifndef __ASSEMBLY__
#include <stdint.h>

/* From the linker script */
extern char __image_start[], __image_end[];
extern char __text_start[], __text_end[];
extern char __rodata_start[], __rodata_end[];
extern char __data_start[];

/* From stacks.c */
extern char kvm_stack_guard[];   /* unmapped page below the boot stack */
extern char kvm_stack_top[];
extern char kvm_exc_stack_top[];

/* From vectors.S: the exception vector table (VBAR_EL1) */
extern char kvm_arm64_vectors[];

/**
 * First C code, on the boot stack with the MMU still off: builds the page
 * tables and turns the MMU and caches on (mmu.c).
 */
void kvm_arm64_mmu_init(void);

/**
 * C entry after the MMU is on: dtb is x0 at entry (0 for ELF boots),
 * boot_el the exception level the image was entered at. Never returns.
 */
__attribute__((noreturn)) void kvm_arm64_setup(uint64_t dtb,
					       unsigned int boot_el);
#endif

#endif /* KVM_ARM64_BOOT_H */
