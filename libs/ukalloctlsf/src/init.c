/* SPDX-License-Identifier: BSD-3-Clause */
/* Setting up a TLSF allocator and its pools; size queries. */
#include "tlsf.h"
#include <uk/ukalloctlsf.h>

static uintptr_t align_up(uintptr_t x, size_t a)
{
	return (x + a - 1) & ~(uintptr_t)(a - 1);
}

static size_t tlsf_usable_size(struct uk_alloc *a __attribute__((unused)),
			       const void *ptr)
{
	return tlsf_size(tlsf_block_of(ptr));
}

static size_t tlsf_availmem(struct uk_alloc *a)
{
	return tlsf_of(a)->free_bytes;
}

int uk_alloctlsf_addmem(struct uk_alloc *a, void *base, size_t len)
{
	struct tlsf *t = tlsf_of(a);
	uintptr_t start = align_up((uintptr_t)base, TLSF_ALIGN), end;
	struct tlsf_block *b, *sentinel;
	size_t size;

	if (!a || !base || t->npools == TLSF_MAX_POOLS ||
	    len < start - (uintptr_t)base)
		return -1;
	end = ((uintptr_t)base + len) & ~(uintptr_t)(TLSF_ALIGN - 1);
	if (end < start + 2 * TLSF_HDR + TLSF_MIN_PAYLOAD)
		return -1;
	size = end - start - 2 * TLSF_HDR;
	if (size > TLSF_MAX_SIZE)
		size = TLSF_MAX_SIZE & ~(TLSF_ALIGN - 1);

	b = (struct tlsf_block *)start;
	b->prev_phys = NULL;
	b->size = size | TLSF_FREE;
	sentinel = tlsf_next_phys(b);
	sentinel->prev_phys = b;
	sentinel->size = 0; /* used, empty: ends the pool */
	t->pool[t->npools].start = start;
	t->pool[t->npools].end = (uintptr_t)sentinel + TLSF_HDR;
	t->npools++;
	tlsf_insert(t, b);
	return 0;
}

struct uk_alloc *uk_alloctlsf_init(void *base, size_t len)
{
	uintptr_t b = (uintptr_t)base, s = align_up(b, _Alignof(struct tlsf));
	struct tlsf *t;

	if (!base || len < s - b + sizeof(*t))
		return NULL;
	t = (struct tlsf *)s;
	__builtin_memset(t, 0, sizeof(*t));
	t->a.malloc = tlsf_malloc;
	t->a.realloc = tlsf_realloc;
	t->a.free = tlsf_free;
	t->a.posix_memalign = tlsf_posix_memalign;
	t->a.usable_size = tlsf_usable_size;
	t->a.availmem = tlsf_availmem;
	if (uk_alloctlsf_addmem(&t->a, (void *)(s + sizeof(*t)),
				len - (s - b) - sizeof(*t)))
		return NULL;
	return &t->a;
}
