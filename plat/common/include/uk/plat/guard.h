/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/guard.h - guard pages: a page of memory made inaccessible so
 * that running off the end of a stack faults at once. The crash dump of
 * an access to a guard page says "stack overflow (guard page hit)".
 * uksched puts one under every thread stack it allocates.
 *
 * Where the platform cannot unmap that page (arm64 with its page-table
 * pool used up, more than PLAT_GUARD_MAX guards), ukplat_guard_page_set()
 * returns -1 and the caller keeps its other checks (uksched: the canary
 * at the stack's bottom).
 */
#ifndef UK_PLAT_GUARD_H
#define UK_PLAT_GUARD_H

#include <stdint.h>

/** Size and alignment of a guard page. */
#define UKPLAT_GUARD_SIZE 4096

/**
 * Make the UKPLAT_GUARD_SIZE bytes at addr (aligned to it, heap memory
 * the caller owns) fault on any access. 0, or -1 if this platform or
 * address cannot have a guard (too many guards, no page table left).
 */
int ukplat_guard_page_set(uintptr_t addr);

/** Make a page that ukplat_guard_page_set() guarded ordinary memory again. */
void ukplat_guard_page_clear(uintptr_t addr);

#endif /* UK_PLAT_GUARD_H */
