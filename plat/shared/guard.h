/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * guard.h - the guard pages of uk/plat/guard.h, on every platform: a
 * table of the guarded pages (guard.c, which implements the public API)
 * that crash dumps and plat_mem_readable() consult, over one platform
 * hook that changes the mapping.
 */
#ifndef PLAT_SHARED_GUARD_H
#define PLAT_SHARED_GUARD_H

#include <stdbool.h>
#include <stdint.h>

/** At most this many guard pages at once (threads alive). */
#define PLAT_GUARD_MAX 128

/**
 * Platform hook: make the page at va inaccessible (present false) or
 * give it back the rights of ordinary heap memory. 0, or -1 if it
 * cannot.
 */
int plat_page_set_present(uint64_t va, bool present);

/** True if [addr, addr + len) touches a guard page. */
bool plat_guard_overlaps(uint64_t addr, uint64_t len);

#endif /* PLAT_SHARED_GUARD_H */
