/* SPDX-License-Identifier: BSD-3-Clause */
/* The struct uk_alloc operations: small requests from slabs, the rest
 * from the buddy system. */
#include "bbuddy.h"

uint32_t bb_page_of(const struct bbuddy *b, const void *p)
{
	uintptr_t u = (uintptr_t)p;

	if (u < b->base || ((u - b->base) >> BB_PAGE_SHIFT) >= b->npages)
		return BB_NONE;
	return (uint32_t)((u - b->base) >> BB_PAGE_SHIFT);
}

/* Size handed out for the block or object at p; 0 if p is not one. */
static size_t size_of(const struct bbuddy *b, const void *p)
{
	uint32_t page = bb_page_of(b, p);
	const struct bb_page *m;

	if (page == BB_NONE)
		return 0;
	m = &b->meta[page];
	if (m->kind == BB_SLAB)
		return bb_class_size(m->order);
	if (m->kind == BB_USED && p == bb_addr(b, page))
		return BB_PAGE << m->order;
	return 0;
}

/* An object of at least size bytes aligned to align (a power of two). */
static void *get(struct bbuddy *b, size_t size, size_t align)
{
	unsigned int order;
	uint32_t page;
	void *p = NULL;

	if (size <= BB_SLAB_MAX && align <= BB_SLAB_MAX) {
		p = bb_slab_alloc(b, bb_class_for(size, align));
	} else {
		order = bb_order_for(size > align ? size : align);
		page = order < BB_ORDERS ? bb_alloc_pages(b, order) : BB_NONE;
		if (page != BB_NONE)
			p = bb_addr(b, page);
	}
	if (p)
		uk_alloc_stats_note_alloc(&b->a, size_of(b, p));
	else
		uk_alloc_stats_note_enomem(&b->a);
	return p;
}

static void *bb_malloc(struct uk_alloc *a, size_t size)
{
	return get(bb_of(a), size, 1);
}

static int bb_posix_memalign(struct uk_alloc *a, void **memptr, size_t align,
			     size_t size)
{
	void *p = get(bb_of(a), size, align);

	if (!p)
		return UK_ALLOC_ENOMEM;
	*memptr = p;
	return 0;
}

static void bb_free(struct uk_alloc *a, void *ptr)
{
	struct bbuddy *b = bb_of(a);
	size_t size = size_of(b, ptr);
	uint32_t page = bb_page_of(b, ptr);

	if (!size)
		return; /* not a block or object of ours */
	uk_alloc_stats_note_free(a, size);
	if (b->meta[page].kind == BB_SLAB)
		bb_slab_free(b, page, ptr);
	else
		bb_free_pages(b, page);
}

/* Resize a page block in place to order; 1 if done. */
static int resize_block(struct bbuddy *b, uint32_t page, unsigned int order)
{
	unsigned int cur = b->meta[page].order;

	if (order < cur)
		bb_shrink(b, page, order);
	else if (order > cur && !bb_grow(b, page, order))
		return 0;
	uk_alloc_stats_note_resize(&b->a, BB_PAGE << cur, BB_PAGE << order);
	return 1;
}

static void *bb_realloc(struct uk_alloc *a, void *ptr, size_t size)
{
	struct bbuddy *b = bb_of(a);
	size_t have = size_of(b, ptr);
	uint32_t page = bb_page_of(b, ptr);
	unsigned int c;
	void *n;

	if (!have)
		return NULL;
	if (b->meta[page].kind == BB_SLAB) {
		c = b->meta[page].order;
		if (size <= have && (c == 0 || size > bb_class_size(c - 1)))
			return ptr; /* same class */
	} else if (size > BB_SLAB_MAX &&
		   resize_block(b, page, bb_order_for(size))) {
		return ptr;
	}
	n = get(b, size, 1);
	if (!n)
		return NULL;
	__builtin_memcpy(n, ptr, have < size ? have : size);
	bb_free(a, ptr);
	return n;
}

static size_t bb_usable_size(struct uk_alloc *a, const void *ptr)
{
	return size_of(bb_of(a), ptr);
}

static size_t bb_availmem(struct uk_alloc *a)
{
	return bb_of(a)->free_pages << BB_PAGE_SHIFT;
}

struct uk_alloc *uk_allocbbuddy_init(void *base, size_t len)
{
	uintptr_t start = ((uintptr_t)base + 7) & ~(uintptr_t)7;
	uintptr_t end = (uintptr_t)base + len, meta, pages;
	size_t n;
	struct bbuddy *b;
	unsigned int i;

	if (!base || end < (uintptr_t)base || end < start + sizeof(*b))
		return NULL;
	meta = start + sizeof(*b);
	/* Each page costs its 4 KiB and its metadata; one page of slack for
	 * aligning the first page. */
	n = (end - meta) / (BB_PAGE + sizeof(struct bb_page));
	if (n > 0 && n - 1 > UINT32_MAX - 1)
		n = UINT32_MAX;
	for (;; n--) {
		if (n == 0)
			return NULL;
		pages = (meta + n * sizeof(struct bb_page) + BB_PAGE - 1) &
			~(uintptr_t)(BB_PAGE - 1);
		if (pages + (n << BB_PAGE_SHIFT) <= end)
			break;
	}

	b = (struct bbuddy *)start;
	__builtin_memset(b, 0, sizeof(*b));
	b->a.malloc = bb_malloc;
	b->a.realloc = bb_realloc;
	b->a.free = bb_free;
	b->a.posix_memalign = bb_posix_memalign;
	b->a.usable_size = bb_usable_size;
	b->a.availmem = bb_availmem;
	b->base = pages;
	b->npages = (uint32_t)n;
	b->meta = (struct bb_page *)meta;
	__builtin_memset(b->meta, 0, n * sizeof(struct bb_page)); /* tails */
	for (i = 0; i < BB_ORDERS; i++)
		b->free_list[i] = BB_NONE;
	for (i = 0; i < BB_CLASSES; i++)
		b->partial[i] = BB_NONE;
	bb_add_range(b, 0, b->npages);
	return &b->a;
}
