/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * psci.h - power off through PSCI (Arm DEN 0022), the firmware interface
 * QEMU virt emulates. The conduit is "hvc" or "smc", as the DTB's /psci
 * node says in "method".
 */
#ifndef KVM_ARM64_PSCI_H
#define KVM_ARM64_PSCI_H

/**
 * Pick the conduit before the DTB is read: smc if the image was entered
 * at EL2 (there is no hypervisor above us), else hvc.
 */
void kvm_arm64_psci_default(unsigned int boot_el);

/** Take the conduit from /psci "method" of a checked DTB, if present. */
void kvm_arm64_psci_init(const void *fdt);

/** PSCI SYSTEM_OFF. Returns only if the call failed. */
void kvm_arm64_psci_system_off(void);

#endif /* KVM_ARM64_PSCI_H */
