/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * params.h - the platform's own boot parameters on the kernel command
 * line. They are words of their own (outside quotes) and are removed
 * before the command line becomes argv:
 *
 *   ukplat.semihosting=1   end QEMU through semihosting SYS_EXIT_EXTENDED
 *                          so its exit code is main's status (needs
 *                          -semihosting-config enable=on,target=native)
 */
#ifndef KVM_ARM64_PARAMS_H
#define KVM_ARM64_PARAMS_H

#include <stdbool.h>

struct kvm_arm64_params {
	bool semihosting; /**< ukplat.semihosting=1 */
};

/**
 * Remove the platform parameters from the NUL-terminated cmdline (in
 * place; words are then separated by one space) and record them in *p.
 */
void kvm_arm64_params_take(char *cmdline, struct kvm_arm64_params *p);

#endif /* KVM_ARM64_PARAMS_H */
