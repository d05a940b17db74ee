/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * boot.h - where RAM and the image are on QEMU virt, and the linker
 * script's symbols, for the kvm-arm64 C bring-up. The entry prologue,
 * stacks and vectors are shared with xen-arm64
 * (plat/shared/arm64/boot.h); the Image header's text_offset (0x200000)
 * and flags (0x2: little-endian, 4 KiB pages, base near the start of
 * DRAM) are in link.ld.
 */
#ifndef KVM_ARM64_BOOT_H
#define KVM_ARM64_BOOT_H

#include <uk/arch/page.h>
#include "../../shared/arm64/boot.h"

/* 64-bit constants usable from C and assembly */
#ifdef __ASSEMBLY__
#define KVM_U64(x) x
#else
#define KVM_U64(x) x##ULL
#endif

/* QEMU virt: RAM starts at 1 GiB; the DTB of an ELF boot sits there. */
#define KVM_ARM64_RAM_BASE KVM_U64(0x40000000)
/* Mapped as RAM before the DTB is read: [RAM_BASE, RAM_BASE + 1 GiB) */
#define KVM_ARM64_BOOT_WINDOW KVM_U64(0x40000000)

#ifndef __ASSEMBLY__
#include <stdint.h>

/* From the linker script */
extern char __image_start[], __image_end[];
extern char __text_start[], __text_end[];
extern char __rodata_start[], __rodata_end[];
extern char __data_start[];
#endif

#endif /* KVM_ARM64_BOOT_H */
