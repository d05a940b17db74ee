/* SPDX-License-Identifier: BSD-3-Clause */
/* The table of guard pages (guard.h) and uk/plat/guard.h over it. */
#include <stddef.h>
#include <uk/plat/guard.h>
#include "guard.h"

static uintptr_t guards[PLAT_GUARD_MAX];

bool plat_guard_overlaps(uint64_t addr, uint64_t len)
{
	unsigned int i;

	for (i = 0; i < PLAT_GUARD_MAX; i++) {
		uint64_t g = guards[i];

		if (g && addr < g + UKPLAT_GUARD_SIZE && g < addr + len)
			return true;
	}
	return false;
}

int ukplat_guard_page_set(uintptr_t addr)
{
	unsigned int i;

	if (!addr || (addr & (UKPLAT_GUARD_SIZE - 1)))
		return -1;
	for (i = 0; i < PLAT_GUARD_MAX && guards[i]; i++)
		;
	if (i == PLAT_GUARD_MAX || plat_page_set_present(addr, false) < 0)
		return -1;
	guards[i] = addr;
	return 0;
}

void ukplat_guard_page_clear(uintptr_t addr)
{
	unsigned int i;

	for (i = 0; i < PLAT_GUARD_MAX; i++) {
		if (guards[i] == addr) {
			plat_page_set_present(addr, true);
			guards[i] = 0;
			return;
		}
	}
}
