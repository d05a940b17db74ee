/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/dev_io.h - reaching device registers and ordering memory the
 * device shares with the CPU.
 *
 * A register window (struct uk_io) is either memory-mapped (base is the
 * virtual address of device memory the platform mapped uncached, see
 * ukplat_io_map() in uk/plat/io.h) or, on x86_64 only, a range of I/O
 * ports (base is the first port). The accessors pick the instruction;
 * every access is a single plain load or store of its width, which a
 * hypervisor can emulate, in program order with the others.
 *
 * DMA: devices read and write RAM directly. uk_dma_wmb() makes earlier
 * stores to shared memory visible to the device before later ones
 * (before publishing a ring index), uk_dma_rmb() orders reads of shared
 * memory (the index, then the entries it covers), uk_dma_mb() orders
 * everything (a store, then a load of what the device wrote). On kvm,
 * addresses are identity-mapped: uk_dma_addr() is the physical address.
 */
#ifndef UK_DEV_IO_H
#define UK_DEV_IO_H

#include <stdbool.h>
#include <stdint.h>
#if defined(__x86_64__)
#include <uk/arch/io.h>
#endif

/** A window of device registers. */
struct uk_io {
	uintptr_t base; /**< virtual address, or first I/O port */
	bool port;	/**< x86_64 I/O port space */
};

/** Order stores to shared memory before later stores (and MMIO). */
static inline void uk_dma_wmb(void)
{
#if defined(__aarch64__)
	__asm__ __volatile__("dmb oshst" : : : "memory");
#else
	__asm__ __volatile__("" : : : "memory"); /* x86: stores are ordered */
#endif
}

/** Order loads of shared memory before later loads. */
static inline void uk_dma_rmb(void)
{
#if defined(__aarch64__)
	__asm__ __volatile__("dmb oshld" : : : "memory");
#else
	__asm__ __volatile__("" : : : "memory"); /* x86: loads are ordered */
#endif
}

/** Order every earlier access before every later one. */
static inline void uk_dma_mb(void)
{
#if defined(__aarch64__)
	__asm__ __volatile__("dmb osh" : : : "memory");
#else
	__asm__ __volatile__("mfence" : : : "memory");
#endif
}

/** The address a device uses for memory at p (identity-mapped). */
static inline uint64_t uk_dma_addr(const void *p)
{
	return (uint64_t)(uintptr_t)p;
}

#if defined(__aarch64__)
#define UK_IO_LD_(w, t, r)                                       \
	static inline t uk_io_mmio_read##w(uintptr_t a)          \
	{                                                        \
		t v;                                             \
		__asm__ __volatile__("ldr" r " %w0, [%1]"        \
				     : "=r"(v)                   \
				     : "r"(a)                    \
				     : "memory");                \
		return v;                                        \
	}                                                        \
	static inline void uk_io_mmio_write##w(uintptr_t a, t v) \
	{                                                        \
		__asm__ __volatile__("str" r " %w0, [%1]"        \
				     :                           \
				     : "rZ"(v), "r"(a)           \
				     : "memory");                \
	}
UK_IO_LD_(8, uint8_t, "b")
UK_IO_LD_(16, uint16_t, "h")
UK_IO_LD_(32, uint32_t, "")
#undef UK_IO_LD_
#else
#define UK_IO_LD_(w, t)                                          \
	static inline t uk_io_mmio_read##w(uintptr_t a)          \
	{                                                        \
		return *(volatile t *)a;                         \
	}                                                        \
	static inline void uk_io_mmio_write##w(uintptr_t a, t v) \
	{                                                        \
		*(volatile t *)a = v;                            \
	}
UK_IO_LD_(8, uint8_t)
UK_IO_LD_(16, uint16_t)
UK_IO_LD_(32, uint32_t)
#undef UK_IO_LD_
#endif

/** Read the 8-bit register at offset off of window r. */
static inline uint8_t uk_io_read8(const struct uk_io *r, uint32_t off)
{
#if defined(__x86_64__)
	if (r->port)
		return ukarch_inb((uint16_t)(r->base + off));
#endif
	return uk_io_mmio_read8(r->base + off);
}

/** Read the 16-bit register at offset off. */
static inline uint16_t uk_io_read16(const struct uk_io *r, uint32_t off)
{
#if defined(__x86_64__)
	if (r->port)
		return ukarch_inw((uint16_t)(r->base + off));
#endif
	return uk_io_mmio_read16(r->base + off);
}

/** Read the 32-bit register at offset off. */
static inline uint32_t uk_io_read32(const struct uk_io *r, uint32_t off)
{
#if defined(__x86_64__)
	if (r->port)
		return ukarch_inl((uint16_t)(r->base + off));
#endif
	return uk_io_mmio_read32(r->base + off);
}

/** Write the 8-bit register at offset off. */
static inline void uk_io_write8(const struct uk_io *r, uint32_t off, uint8_t v)
{
#if defined(__x86_64__)
	if (r->port) {
		ukarch_outb((uint16_t)(r->base + off), v);
		return;
	}
#endif
	uk_io_mmio_write8(r->base + off, v);
}

/** Write the 16-bit register at offset off. */
static inline void uk_io_write16(const struct uk_io *r, uint32_t off,
				 uint16_t v)
{
#if defined(__x86_64__)
	if (r->port) {
		ukarch_outw((uint16_t)(r->base + off), v);
		return;
	}
#endif
	uk_io_mmio_write16(r->base + off, v);
}

/** Write the 32-bit register at offset off. */
static inline void uk_io_write32(const struct uk_io *r, uint32_t off,
				 uint32_t v)
{
#if defined(__x86_64__)
	if (r->port) {
		ukarch_outl((uint16_t)(r->base + off), v);
		return;
	}
#endif
	uk_io_mmio_write32(r->base + off, v);
}

#endif /* UK_DEV_IO_H */
