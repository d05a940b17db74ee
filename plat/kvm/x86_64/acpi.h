/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * acpi.h - just enough ACPI to power off: RSDP -> RSDT/XSDT -> FADT ->
 * PM1a control block (or, hardware-reduced, the sleep control register
 * in I/O or memory space) and the \_S5_ sleep type from the DSDT. Every
 * table is bounds- and checksum-checked; without ACPI nothing happens.
 */
#ifndef KVM_X86_64_ACPI_H
#define KVM_X86_64_ACPI_H

#include <stdint.h>

/**
 * Remember where to look for the RSDP: rsdp_hint (from the boot loader,
 * 0 if unknown) and the EBDA segment from the BIOS data area. Call at
 * boot, while page 0 is still mapped.
 */
void kvm_acpi_init(uint64_t rsdp_hint);

/** Enter S5 (soft off). Returns if ACPI is absent or unusable. */
void kvm_acpi_poweroff(void);

#endif /* KVM_X86_64_ACPI_H */
