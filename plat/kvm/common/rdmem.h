/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rdmem.h - reads of little-endian values at (possibly unaligned)
 * physical addresses, for parsing boot-loader and firmware structures.
 * The caller makes sure the memory is mapped (identity map on kvm).
 */
#ifndef KVM_RDMEM_H
#define KVM_RDMEM_H

#include <stddef.h>
#include <stdint.h>

/** Read the byte at physical address a. */
static inline uint8_t kvm_rd8(uint64_t a)
{
	return *(const volatile uint8_t *)(uintptr_t)a;
}

/** Read the 16-bit value at physical address a (any alignment). */
static inline uint16_t kvm_rd16(uint64_t a)
{
	uint16_t v;

	__builtin_memcpy(&v, (const void *)(uintptr_t)a, sizeof(v));
	return v;
}

/** Read the 32-bit value at physical address a (any alignment). */
static inline uint32_t kvm_rd32(uint64_t a)
{
	uint32_t v;

	__builtin_memcpy(&v, (const void *)(uintptr_t)a, sizeof(v));
	return v;
}

/** Read the 64-bit value at physical address a (any alignment). */
static inline uint64_t kvm_rd64(uint64_t a)
{
	uint64_t v;

	__builtin_memcpy(&v, (const void *)(uintptr_t)a, sizeof(v));
	return v;
}

/** Length of the string at physical address a, at most max. */
static inline size_t kvm_strnlen(uint64_t a, size_t max)
{
	size_t n = 0;

	while (n < max && kvm_rd8(a + n))
		n++;
	return n;
}

#endif /* KVM_RDMEM_H */
