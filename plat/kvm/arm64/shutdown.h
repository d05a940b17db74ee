/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * shutdown.h - how a kvm-arm64 image ends. PSCI SYSTEM_OFF makes QEMU
 * exit with 0 whatever happened, so the last console line tells:
 * "ukraft: main returned <status>" or "ukraft: crashed". With
 * ukplat.semihosting=1 on the command line, semihosting
 * SYS_EXIT_EXTENDED comes first and QEMU's exit code is the status
 * (UKPLAT_STATUS_CRASH after a crash). Then PSCI, then wfi forever.
 */
#ifndef KVM_ARM64_SHUTDOWN_H
#define KVM_ARM64_SHUTDOWN_H

#include <stdbool.h>

/** Use semihosting to report the status (ukplat.semihosting=1). */
void kvm_arm64_use_semihosting(bool on);

/**
 * Print the status line ("crashed" if crashed, else main's status, low 8
 * bits), then stop as described above. Never returns.
 */
__attribute__((noreturn)) void kvm_arm64_terminate(int status, bool crashed);

#endif /* KVM_ARM64_SHUTDOWN_H */
