/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/io.h - what device code needs from the platform besides
 * interrupts (uk/plat/irq.h): device memory mapped for it, the firmware's
 * description of the machine, and devices the boot command line names.
 *
 * Implemented by plat-kvm (x86_64 and arm64); on linuxu, where devices
 * are host facilities, see uk/plat/host.h instead.
 */
#ifndef UK_PLAT_IO_H
#define UK_PLAT_IO_H

#include <stdint.h>

/**
 * Map the physical range [paddr, paddr + len) as device memory: read and
 * write, never executable, uncached (kvm-x86_64: PCD and PWT set, NX where
 * the CPU has it; kvm-arm64: Device-nGnRE, execute-never), identity-mapped.
 * Returns the virtual address of paddr, or 0 if the range cannot be
 * mapped (beyond what the page tables reach). Mapping a range twice is
 * harmless. Call from thread context.
 */
uintptr_t ukplat_io_map(uint64_t paddr, uint64_t len);

/** The device tree the platform booted with (kvm-arm64), or NULL. */
const void *ukplat_fdt(void);

/**
 * The ACPI table with signature sig (4 characters, e.g. "MCFG", "APIC",
 * or "DSDT", which the FADT points at), checksum-checked, and its length
 * in *len; NULL where there is no ACPI (kvm-arm64, linuxu) or no such
 * table.
 */
const void *ukplat_acpi_table(const char *sig, uint32_t *len);

/** A memory-mapped device named by the boot command line. */
struct ukplat_cmdline_dev {
	uint64_t base;	  /**< first register */
	uint64_t size;	  /**< bytes of registers */
	unsigned int irq; /**< interrupt line (uk/plat/irq.h numbering) */
};

/**
 * The i-th virtio-mmio device of the command line, in Linux's syntax:
 * "virtio_mmio.device=<size>@<base>:<irq>" (size with an optional K, M
 * or G suffix; numbers in C syntax). QEMU's microvm adds these words
 * when ACPI is off (-M microvm,acpi=off) to the command line it hands
 * Linux-style (PVH) loaders; with ACPI on it describes the devices in
 * the DSDT instead. The platform takes the words out of the command line
 * at boot, so main() does not see them. Returns 0, or -1 when there is no
 * i-th (or it did not parse: a console message names it, once).
 */
int ukplat_cmdline_virtio_mmio(unsigned int i, struct ukplat_cmdline_dev *d);

#endif /* UK_PLAT_IO_H */
