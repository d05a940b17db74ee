/* SPDX-License-Identifier: BSD-3-Clause */
/* The region (bump) allocator: see uk/ukallocregion.h for semantics. */
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <uk/ukalloc.h>
#include <uk/ukallocregion.h>

#define MIN_ALIGN alignof(max_align_t)
#define MAGIC_LIVE 0x52474e4cu	/* "RGNL" */
#define MAGIC_FREED 0x52474e46u /* "RGNF" */

/* Sits right before every block; its size keeps blocks MIN_ALIGN-aligned. */
struct block_hdr {
	uintptr_t start;	/* cursor before this block: rollback target */
	struct block_hdr *prev; /* previous block in allocation order */
	size_t size;		/* bytes requested (usable size) */
	uint32_t magic;		/* MAGIC_LIVE or MAGIC_FREED */
	uint32_t unused;
};

_Static_assert(sizeof(struct block_hdr) % MIN_ALIGN == 0,
	       "block header must preserve alignment");

struct region {
	struct uk_alloc a; /* first member: a struct uk_alloc * is a region */
	uintptr_t cur;	   /* first free byte */
	uintptr_t end;	   /* one past the last byte */
	struct block_hdr *last; /* most recent block, live or freed */
};

#define HDR_SIZE sizeof(struct block_hdr)

static struct region *to_region(struct uk_alloc *a)
{
	return (struct region *)a;
}

static struct block_hdr *to_hdr(const void *ptr)
{
	return (struct block_hdr *)((uintptr_t)ptr - HDR_SIZE);
}

static uintptr_t align_up(uintptr_t x, size_t align)
{
	return (x + (align - 1)) & ~(uintptr_t)(align - 1);
}

/* Carve a block of size bytes aligned to align (a power of two). */
static void *region_alloc(struct region *r, size_t align, size_t size)
{
	uintptr_t start = r->cur, p;
	struct block_hdr *h;

	if (align < MIN_ALIGN)
		align = MIN_ALIGN;
	if (align > r->end - start || HDR_SIZE > r->end - start - align)
		goto enomem;
	p = align_up(start + HDR_SIZE, align);
	if (p > r->end || size > r->end - p)
		goto enomem;

	h = to_hdr((void *)p);
	h->start = start;
	h->prev = r->last;
	h->size = size;
	h->magic = MAGIC_LIVE;
	h->unused = 0;
	r->last = h;
	r->cur = p + size;
	uk_alloc_stats_note_alloc(&r->a, size);
	return (void *)p;

enomem:
	uk_alloc_stats_note_enomem(&r->a);
	return NULL;
}

static void *region_malloc(struct uk_alloc *a, size_t size)
{
	return region_alloc(to_region(a), MIN_ALIGN, size);
}

static int region_posix_memalign(struct uk_alloc *a, void **memptr,
				 size_t align, size_t size)
{
	void *p;

	if (align == 0 || (align & (align - 1)) != 0)
		return UK_ALLOC_EINVAL;
	p = region_alloc(to_region(a), align, size);
	if (!p)
		return UK_ALLOC_ENOMEM;
	*memptr = p;
	return 0;
}

static void region_free(struct uk_alloc *a, void *ptr)
{
	struct region *r = to_region(a);
	struct block_hdr *h = to_hdr(ptr);

	if (h->magic != MAGIC_LIVE)
		return; /* double free or foreign pointer: ignore */
	h->magic = MAGIC_FREED;
	uk_alloc_stats_note_free(a, h->size);

	/* Roll back over every freed block at the top of the region. */
	while (r->last && r->last->magic == MAGIC_FREED) {
		r->cur = r->last->start;
		r->last = r->last->prev;
	}
}

static void *region_realloc(struct uk_alloc *a, void *ptr, size_t size)
{
	struct region *r = to_region(a);
	struct block_hdr *h = to_hdr(ptr);
	uintptr_t p = (uintptr_t)ptr;
	void *n;

	if (h->magic != MAGIC_LIVE)
		return NULL;
	if (h == r->last && size <= r->end - p) {
		r->cur = p + size; /* top block: grow or shrink in place */
	} else if (size > h->size) {
		n = region_alloc(r, MIN_ALIGN, size);
		if (!n)
			return NULL;
		__builtin_memcpy(n, ptr, h->size);
		region_free(a, ptr);
		return n;
	}
	uk_alloc_stats_note_resize(a, h->size, size);
	h->size = size;
	return ptr;
}

static size_t region_usable_size(struct uk_alloc *a __attribute__((unused)),
				 const void *ptr)
{
	return to_hdr(ptr)->size;
}

static size_t region_availmem(struct uk_alloc *a)
{
	struct region *r = to_region(a);

	return r->end - r->cur;
}

struct uk_alloc *uk_allocregion_init(void *base, size_t len)
{
	uintptr_t b = (uintptr_t)base;
	uintptr_t rb = align_up(b, alignof(struct region));
	struct region *r;

	if (!base || len < rb - b || len - (rb - b) < sizeof(*r) + HDR_SIZE)
		return NULL;

	r = (struct region *)rb;
	*r = (struct region){
		.a = {
			.malloc = region_malloc,
			.realloc = region_realloc,
			.free = region_free,
			.posix_memalign = region_posix_memalign,
			.usable_size = region_usable_size,
			.availmem = region_availmem,
		},
		.cur = rb + sizeof(*r),
		.end = b + len,
		.last = NULL,
	};
	return &r->a;
}
