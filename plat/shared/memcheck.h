/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * memcheck.h - whether memory can be read without faulting. Each
 * platform answers from what it maps: kvm-x86_64 and xen-x86_64 from
 * their page tables (x86_64/mmu.c), kvm-arm64 and xen-arm64 with an
 * address translation (plat/shared/arm64/pagetable.c), linuxu from the
 * heap and stack mappings it knows. Used by code that follows untrusted
 * pointers: the backtrace walk, firmware table parsers.
 */
#ifndef PLAT_SHARED_MEMCHECK_H
#define PLAT_SHARED_MEMCHECK_H

#include <stdbool.h>
#include <stdint.h>

/** True if [addr, addr + len) can be read without faulting. */
bool plat_mem_readable(uint64_t addr, uint64_t len);

#endif /* PLAT_SHARED_MEMCHECK_H */
