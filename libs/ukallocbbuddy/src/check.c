/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk_allocbbuddy_check(): the invariants, for tests. Return codes:
 * -1 a block is misaligned or runs past the end, -2 a page inside a
 * block is not a tail, -3 two free buddies were not merged, -4 a free
 * list holds a page that is not a free head of its order, -5 the free
 * lists and the free heads differ, -6 the free page count is wrong,
 * -7 a slab's free count or chain is wrong, -8 the partial lists and
 * the slabs with free objects differ.
 */
#include <uk/ukallocbbuddy.h>
#include "bbuddy.h"

static int check_slab(const struct bbuddy *b, uint32_t page)
{
	const struct bb_page *m = &b->meta[page];
	size_t size = bb_class_size(m->order), n = 0;
	const unsigned char *base = bb_addr(b, page);
	uint16_t next = m->first;

	while (next) {
		if (next - 1u >= BB_PAGE || (next - 1u) % size ||
		    ++n > m->nfree)
			return -7;
		next = *(const uint16_t *)(base + next - 1);
	}
	return n == m->nfree && n < BB_PAGE / size ? 0 : -7;
}

/* Walk the blocks in address order; count free heads and partial slabs. */
static int walk(const struct bbuddy *b, size_t *heads, size_t *pages,
		size_t *slabs)
{
	uint32_t page = 0, i, len;
	uintptr_t pfn0 = b->base >> BB_PAGE_SHIFT;
	const struct bb_page *m, *bud;

	while (page < b->npages) {
		m = &b->meta[page];
		len = m->kind == BB_SLAB ? 1 : (uint32_t)1 << m->order;
		if (m->kind == BB_TAIL || ((pfn0 + page) & (len - 1)) ||
		    (uint64_t)page + len > b->npages)
			return -1;
		for (i = 1; i < len; i++) {
			if (b->meta[page + i].kind != BB_TAIL)
				return -2;
		}
		if (m->kind == BB_FREE) {
			(*heads)++;
			*pages += len;
			i = (uint32_t)(((pfn0 + page) ^ len) - pfn0);
			bud = i < b->npages ? &b->meta[i] : NULL;
			if (bud && bud->kind == BB_FREE &&
			    bud->order == m->order && m->order + 1 < BB_ORDERS)
				return -3;
		}
		if (m->kind == BB_SLAB) {
			if (check_slab(b, page))
				return -7;
			*slabs += m->nfree > 0;
		}
		page += len;
	}
	return 0;
}

int uk_allocbbuddy_check(struct uk_alloc *a)
{
	const struct bbuddy *b = bb_of(a);
	size_t heads = 0, pages = 0, slabs = 0, listed = 0, partial = 0;
	unsigned int k;
	uint32_t p;
	int err = walk(b, &heads, &pages, &slabs);

	if (err)
		return err;
	for (k = 0; k < BB_ORDERS; k++) {
		for (p = b->free_list[k]; p != BB_NONE; p = b->meta[p].next) {
			if (p >= b->npages || b->meta[p].kind != BB_FREE ||
			    b->meta[p].order != k || ++listed > heads)
				return -4;
		}
	}
	for (k = 0; k < BB_CLASSES; k++) {
		for (p = b->partial[k]; p != BB_NONE; p = b->meta[p].next) {
			if (p >= b->npages || b->meta[p].kind != BB_SLAB ||
			    b->meta[p].order != k || ++partial > slabs)
				return -8;
		}
	}
	if (listed != heads)
		return -5;
	if (partial != slabs)
		return -8;
	return pages == b->free_pages ? 0 : -6;
}
