/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * semihost.h - Arm semihosting, just enough to end QEMU with a status:
 * SYS_EXIT_EXTENDED through "hlt #0xf000". Only safe when the host
 * enabled semihosting (QEMU: -semihosting-config enable=on,target=native);
 * otherwise the instruction is an undefined-instruction exception. The
 * platform therefore calls it only on request (ukplat.semihosting=1).
 */
#ifndef KVM_ARM64_SEMIHOST_H
#define KVM_ARM64_SEMIHOST_H

/** Ask the host to exit with status (QEMU: exit(status)). Returns if ignored. */
void kvm_arm64_semihost_exit(int status);

#endif /* KVM_ARM64_SEMIHOST_H */
