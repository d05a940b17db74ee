/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mmu.h - the kvm-arm64 identity map (4 KiB granule, 39-bit addresses,
 * translation from level 1), built by arm64_plat_mmu_init() before the
 * MMU is turned on:
 *
 *   [0x08000000, 0x10000000)  device nGnRE, never executable (GIC, PL011,
 *                             RTC, fw_cfg, virtio-mmio on QEMU virt)
 *   RAM boot window           normal write-back, read-write, never
 *                             executable: [RAM_BASE, RAM_BASE + 1 GiB)
 *   the image                 text read-only executable, rodata
 *                             read-only, data and bss read-write never
 *                             executable (W^X); the boot-stack guard
 *                             page unmapped
 *
 * Everything else, page 0 included, is unmapped. RAM the DTB reports
 * beyond the boot window is added by kvm_arm64_mmu_map_ram(), and device
 * memory (PCI ECAM and BARs) by ukplat_io_map() (uk/plat/io.h):
 * Device-nGnRE, never executable, in whole 2 MiB blocks where no RAM
 * shares them, else in pages; never over RAM.
 */
#ifndef KVM_ARM64_MMU_H
#define KVM_ARM64_MMU_H

#include <stdbool.h>
#include <stdint.h>

/** Highest address + 1 the tables can map (39-bit addresses). */
#define KVM_ARM64_VA_LIMIT (1ULL << 39)
/** The device window. */
#define KVM_ARM64_DEVICE_START 0x08000000ULL
#define KVM_ARM64_DEVICE_END 0x10000000ULL

/**
 * Map the RAM range [base, base + len), rounded out to 2 MiB, as
 * normal read-write never-executable memory where nothing is mapped
 * yet (the boot window and the image keep their mappings).
 */
void kvm_arm64_mmu_map_ram(uint64_t base, uint64_t len);

#endif /* KVM_ARM64_MMU_H */
