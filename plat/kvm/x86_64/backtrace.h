/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * backtrace.h - frame-pointer backtraces for crash dumps (the code is
 * built with -fno-omit-frame-pointer; boot64.S ends the chain with a
 * zero %rbp).
 */
#ifndef KVM_X86_64_BACKTRACE_H
#define KVM_X86_64_BACKTRACE_H

#include <stdint.h>

/**
 * Print "Backtrace:" then pc (if non-zero) as frame #0 and the return
 * addresses found by walking the frame chain from fp. Bounded depth;
 * stops at a zero, misaligned, unmapped or non-increasing frame pointer.
 */
void kvm_backtrace(uint64_t fp, uint64_t pc);

#endif /* KVM_X86_64_BACKTRACE_H */
