/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * memmap.h - builds the list of free RAM regions handed to the boot
 * library: RAM ranges reported by the boot loader, clamped to a usable
 * window, minus reserved ranges (image, boot data, ...), page-aligned
 * (RAM rounded inwards, reservations outwards) and sorted by address.
 *
 * Usage: kvm_memmap_init(), every kvm_memmap_reserve(), then
 * kvm_memmap_add_ram() per RAM range (reservations made after a RAM
 * range was added do not apply to it). The ranges reported by the
 * loader are assumed not to overlap each other.
 */
#ifndef KVM_MEMMAP_H
#define KVM_MEMMAP_H

#include <stdint.h>
#include <uk/plat/memory.h>

#define KVM_MEMMAP_MAX_REGIONS 64
#define KVM_MEMMAP_MAX_RESERVED 32

struct kvm_memmap_range {
	uint64_t start, end; /* [start, end) */
};

struct kvm_memmap {
	uint64_t lo, hi; /* usable window [lo, hi) */
	struct kvm_memmap_range rsv[KVM_MEMMAP_MAX_RESERVED];
	unsigned int nrsv;
	struct ukplat_memregion reg[KVM_MEMMAP_MAX_REGIONS];
	unsigned int nreg;
	/** Free ranges lost because reg[] was full. */
	unsigned int dropped;
};

/** Start an empty map whose regions all lie within [lo, hi). */
void kvm_memmap_init(struct kvm_memmap *m, uint64_t lo, uint64_t hi);

/**
 * Keep [base, base + len) out of every region. If the table is full the
 * last reservation grows to cover the new one too (never reserves less).
 */
void kvm_memmap_reserve(struct kvm_memmap *m, uint64_t base, uint64_t len);

/** Add the free parts of RAM range [base, base + len) as regions. */
void kvm_memmap_add_ram(struct kvm_memmap *m, uint64_t base, uint64_t len);

#endif /* KVM_MEMMAP_H */
