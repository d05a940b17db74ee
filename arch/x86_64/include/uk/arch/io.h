/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/io.h - x86 port I/O.
 *
 * ukarch_out{b,w,l}(port, value) write a byte/word/dword to an I/O port;
 * ukarch_in{b,w,l}(port) read one. Note the argument order: port first.
 */
#ifndef UK_ARCH_IO_H
#define UK_ARCH_IO_H

#ifndef __ASSEMBLY__
#include <stdint.h>

/** Write an 8-bit value to an I/O port. */
static inline void ukarch_outb(uint16_t port, uint8_t v)
{
	__asm__ __volatile__("outb %0, %1" : : "a"(v), "Nd"(port) : "memory");
}

/** Write a 16-bit value to an I/O port. */
static inline void ukarch_outw(uint16_t port, uint16_t v)
{
	__asm__ __volatile__("outw %0, %1" : : "a"(v), "Nd"(port) : "memory");
}

/** Write a 32-bit value to an I/O port. */
static inline void ukarch_outl(uint16_t port, uint32_t v)
{
	__asm__ __volatile__("outl %0, %1" : : "a"(v), "Nd"(port) : "memory");
}

/** Read an 8-bit value from an I/O port. */
static inline uint8_t ukarch_inb(uint16_t port)
{
	uint8_t v;

	__asm__ __volatile__("inb %1, %0" : "=a"(v) : "Nd"(port) : "memory");
	return v;
}

/** Read a 16-bit value from an I/O port. */
static inline uint16_t ukarch_inw(uint16_t port)
{
	uint16_t v;

	__asm__ __volatile__("inw %1, %0" : "=a"(v) : "Nd"(port) : "memory");
	return v;
}

/** Read a 32-bit value from an I/O port. */
static inline uint32_t ukarch_inl(uint16_t port)
{
	uint32_t v;

	__asm__ __volatile__("inl %1, %0" : "=a"(v) : "Nd"(port) : "memory");
	return v;
}

#endif /* !__ASSEMBLY__ */
#endif /* UK_ARCH_IO_H */
