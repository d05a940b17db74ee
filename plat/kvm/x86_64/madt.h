/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * madt.h - the interrupt routing the ACPI MADT ("APIC") describes: the
 * IOAPICs (address, first GSI) and the interrupt source overrides (ISA
 * IRQ -> GSI, trigger and polarity). Without a MADT: one IOAPIC at
 * 0xfec00000 from GSI 0 and the identity ISA mapping.
 */
#ifndef KVM_X86_64_MADT_H
#define KVM_X86_64_MADT_H

#include <stdbool.h>
#include <stdint.h>

#define KVM_MADT_MAX_IOAPIC 4
#define KVM_MADT_MAX_ISO 16

struct kvm_madt_ioapic {
	uint64_t addr;
	uint32_t gsi_base;
	uint8_t id;
};

struct kvm_madt_iso {
	uint8_t source; /* ISA IRQ */
	uint32_t gsi;
	uint16_t flags; /* MPS INTI flags: polarity bits 0-1, trigger 2-3 */
};

struct kvm_madt {
	bool from_acpi;
	unsigned int nioapic, niso;
	struct kvm_madt_ioapic ioapic[KVM_MADT_MAX_IOAPIC];
	struct kvm_madt_iso iso[KVM_MADT_MAX_ISO];
};

/** The MADT's routing (read once, on first call). */
const struct kvm_madt *kvm_madt(void);

/**
 * Translate line irq (a GSI; 0-15 are ISA IRQs) through the overrides:
 * the GSI, and in *flags the trigger and polarity (UKPLAT_IRQ_*) the
 * override sets, else the caller's *flags unchanged.
 */
uint32_t kvm_madt_gsi(unsigned int irq, unsigned int *flags);

#endif /* KVM_X86_64_MADT_H */
