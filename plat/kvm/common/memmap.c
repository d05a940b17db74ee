/* SPDX-License-Identifier: BSD-3-Clause */
/* Free-RAM region list: clamp, carve out reservations, align, sort. */
#include <stddef.h>
#include <uk/arch/page.h>
#include "memmap.h"

static uint64_t align_down(uint64_t v) { return v & ~(UKARCH_PAGE_SIZE - 1); }

static uint64_t align_up(uint64_t v)
{
	if (v > UINT64_MAX - (UKARCH_PAGE_SIZE - 1))
		return align_down(UINT64_MAX);
	return (v + UKARCH_PAGE_SIZE - 1) & ~(UKARCH_PAGE_SIZE - 1);
}

/* base + len, saturating instead of wrapping. */
static uint64_t range_end(uint64_t base, uint64_t len)
{
	return base + len < base ? UINT64_MAX : base + len;
}

void kvm_memmap_init(struct kvm_memmap *m, uint64_t lo, uint64_t hi)
{
	m->lo = align_up(lo);
	m->hi = align_down(hi);
	m->nrsv = 0;
	m->nreg = 0;
	m->dropped = 0;
}

void kvm_memmap_reserve(struct kvm_memmap *m, uint64_t base, uint64_t len)
{
	struct kvm_memmap_range *r;
	uint64_t start, end;

	if (!len)
		return;
	start = align_down(base);
	end = align_up(range_end(base, len));
	if (m->nrsv < KVM_MEMMAP_MAX_RESERVED) {
		r = &m->rsv[m->nrsv++];
		r->start = start;
		r->end = end;
		return;
	}
	r = &m->rsv[KVM_MEMMAP_MAX_RESERVED - 1];
	if (start < r->start)
		r->start = start;
	if (end > r->end)
		r->end = end;
}

/* Insert [start, end) keeping reg[] sorted by base. */
static void emit(struct kvm_memmap *m, uint64_t start, uint64_t end)
{
	unsigned int i;

	if (start >= end)
		return;
	if (m->nreg == KVM_MEMMAP_MAX_REGIONS) {
		m->dropped++;
		return;
	}
	i = m->nreg++;
	while (i > 0 && m->reg[i - 1].base > start) {
		m->reg[i] = m->reg[i - 1];
		i--;
	}
	m->reg[i].base = (uintptr_t)start;
	m->reg[i].len = (size_t)(end - start);
}

/*
 * Emit [start, end) minus reservations i, i+1, ...: the part left of an
 * overlapping reservation is carved by the remaining ones recursively,
 * the part right of it continues in the loop.
 */
static void carve(struct kvm_memmap *m, uint64_t start, uint64_t end,
		  unsigned int i)
{
	for (; i < m->nrsv; i++) {
		const struct kvm_memmap_range *r = &m->rsv[i];

		if (r->end <= start || r->start >= end)
			continue;
		if (r->start > start)
			carve(m, start, r->start, i + 1);
		if (r->end >= end)
			return;
		start = r->end;
	}
	emit(m, start, end);
}

void kvm_memmap_add_ram(struct kvm_memmap *m, uint64_t base, uint64_t len)
{
	uint64_t start = align_up(base);
	uint64_t end = align_down(range_end(base, len));

	if (start < m->lo)
		start = m->lo;
	if (end > m->hi)
		end = m->hi;
	if (start < end)
		carve(m, start, end, 0);
}
