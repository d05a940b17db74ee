/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ioapic.h - the IOAPICs of the MADT: one redirection entry per GSI,
 * delivering a vector to the boot CPU's local APIC (fixed delivery,
 * physical destination).
 */
#ifndef KVM_X86_64_IOAPIC_H
#define KVM_X86_64_IOAPIC_H

#include <stdint.h>

/** True if some IOAPIC has a pin for gsi. */
int kvm_ioapic_has(uint32_t gsi);

/**
 * Route gsi to vector on CPU apic_id, trigger and polarity from flags
 * (UKPLAT_IRQ_*), masked. 0, or -1 if no IOAPIC has the pin.
 */
int kvm_ioapic_route(uint32_t gsi, uint8_t vector, unsigned int flags,
		     uint8_t apic_id);

/**
 * Route gsi to CPU apic_id as an NMI (edge-triggered, active high),
 * unmasked: the profiling tick (prof.c). 0, or -1 if no IOAPIC has the pin.
 */
int kvm_ioapic_route_nmi(uint32_t gsi, uint8_t apic_id);

/** Mask (masked != 0) or unmask gsi's entry. */
void kvm_ioapic_mask(uint32_t gsi, int masked);

#endif /* KVM_X86_64_IOAPIC_H */
