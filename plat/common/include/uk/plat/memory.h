/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/memory.h - memory regions reported by the platform.
 *
 * Regions are free RAM: the image, boot data, page tables and the boot
 * stack are already carved out. Addresses are directly usable pointers
 * (identity-mapped on kvm, mmap()ed on linuxu).
 */
#ifndef UK_PLAT_MEMORY_H
#define UK_PLAT_MEMORY_H

#include <stddef.h>
#include <stdint.h>

/** One contiguous range of free, usable RAM. */
struct ukplat_memregion {
	uintptr_t base; /**< first byte */
	size_t len;	/**< length in bytes */
};

#endif /* UK_PLAT_MEMORY_H */
