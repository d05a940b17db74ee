/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * memcheck.h - whether memory can be read without faulting, answered by
 * each architecture from what its page tables map (x86_64/mmu.c,
 * arm64/mmu.c). Used by code that follows untrusted pointers: the
 * backtrace walk, firmware table parsers.
 */
#ifndef KVM_MEMCHECK_H
#define KVM_MEMCHECK_H

#include <stdbool.h>
#include <stdint.h>

/** True if [addr, addr + len) can be read without faulting. */
bool kvm_mem_readable(uint64_t addr, uint64_t len);

#endif /* KVM_MEMCHECK_H */
