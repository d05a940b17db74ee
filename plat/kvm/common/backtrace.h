/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * backtrace.h - frame-pointer backtraces for crash dumps (the code is
 * built with -fno-omit-frame-pointer). x86_64 and arm64 lay frame
 * records out alike: [fp] = caller's fp, [fp + 8] = return address
 * (%rbp / x29); the boot code ends the chain with a zero frame pointer.
 */
#ifndef KVM_BACKTRACE_H
#define KVM_BACKTRACE_H

#include <stdint.h>

/**
 * Print "Backtrace:" then pc (if non-zero) as frame #0 and the return
 * addresses found by walking the frame chain from fp. Bounded depth;
 * stops at a zero, misaligned, unmapped or non-increasing frame pointer.
 */
void kvm_backtrace(uint64_t fp, uint64_t pc);

#endif /* KVM_BACKTRACE_H */
