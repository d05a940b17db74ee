/* SPDX-License-Identifier: BSD-3-Clause */
/* The buddy system proper: blocks of 2^k pages, split and merged. */
#include "bbuddy.h"

/* Page frame number of page: blocks are aligned to their size in it. */
static uintptr_t pfn(const struct bbuddy *b, uint32_t page)
{
	return (b->base >> BB_PAGE_SHIFT) + page;
}

static void make_free(struct bbuddy *b, uint32_t page, unsigned int order)
{
	b->meta[page].kind = BB_FREE;
	b->meta[page].order = (uint8_t)order;
	bb_push(b, &b->free_list[order], page);
	b->free_pages += (size_t)1 << order;
}

static void take_free(struct bbuddy *b, uint32_t page)
{
	unsigned int order = b->meta[page].order;

	bb_unlink(b, &b->free_list[order], page);
	b->free_pages -= (size_t)1 << order;
}

unsigned int bb_order_for(size_t size)
{
	size_t pages;
	unsigned int k = 0;

	if (size > SIZE_MAX - BB_PAGE)
		return BB_ORDERS;
	pages = (size + BB_PAGE - 1) >> BB_PAGE_SHIFT;
	while (k < BB_ORDERS && ((size_t)1 << k) < pages)
		k++;
	return k;
}

uint32_t bb_alloc_pages(struct bbuddy *b, unsigned int order)
{
	unsigned int j = order;
	uint32_t page;

	while (j < BB_ORDERS && b->free_list[j] == BB_NONE)
		j++;
	if (j >= BB_ORDERS)
		return BB_NONE;
	page = b->free_list[j];
	take_free(b, page);
	while (j > order) {
		j--;
		make_free(b, page + ((uint32_t)1 << j), j);
	}
	b->meta[page].kind = BB_USED;
	b->meta[page].order = (uint8_t)order;
	return page;
}

/* The free buddy of block (page, order), or BB_NONE. */
static uint32_t free_buddy(const struct bbuddy *b, uint32_t page,
			   unsigned int order)
{
	uintptr_t first = pfn(b, 0),
		  bud = pfn(b, page) ^ ((uintptr_t)1 << order);
	const struct bb_page *m;

	if (bud < first || bud - first >= b->npages)
		return BB_NONE;
	m = &b->meta[bud - first];
	if (m->kind != BB_FREE || m->order != order)
		return BB_NONE;
	return (uint32_t)(bud - first);
}

void bb_free_pages(struct bbuddy *b, uint32_t page)
{
	unsigned int order = b->meta[page].order;
	uint32_t bud;

	while (order + 1 < BB_ORDERS &&
	       (bud = free_buddy(b, page, order)) != BB_NONE) {
		take_free(b, bud);
		if (bud < page) {
			b->meta[page].kind = BB_TAIL;
			page = bud;
		} else {
			b->meta[bud].kind = BB_TAIL;
		}
		order++;
	}
	make_free(b, page, order);
}

void bb_add_range(struct bbuddy *b, uint32_t page, uint32_t count)
{
	uint32_t end = page + count;
	unsigned int k;

	while (page < end) {
		k = 0;
		while (k + 1 < BB_ORDERS &&
		       (pfn(b, page) & (((uintptr_t)2 << k) - 1)) == 0 &&
		       (uint64_t)page + ((uint64_t)2 << k) <= end)
			k++;
		make_free(b, page, k);
		page += (uint32_t)1 << k;
	}
}

void bb_shrink(struct bbuddy *b, uint32_t page, unsigned int order)
{
	unsigned int cur = b->meta[page].order;

	/* The upper halves' buddies are the part kept: nothing to merge. */
	while (cur > order) {
		cur--;
		make_free(b, page + ((uint32_t)1 << cur), cur);
	}
	b->meta[page].order = (uint8_t)order;
}

int bb_grow(struct bbuddy *b, uint32_t page, unsigned int order)
{
	unsigned int k, cur = b->meta[page].order;

	if (order >= BB_ORDERS)
		return 0;
	for (k = cur; k < order; k++) {
		/* Only a lower half can grow upwards into its buddy. */
		if ((pfn(b, page) & ((uintptr_t)1 << k)) ||
		    free_buddy(b, page, k) == BB_NONE)
			return 0;
	}
	for (k = cur; k < order; k++) {
		uint32_t bud = page + ((uint32_t)1 << k);

		take_free(b, bud);
		b->meta[bud].kind = BB_TAIL;
	}
	b->meta[page].order = (uint8_t)order;
	return 1;
}
