/* SPDX-License-Identifier: BSD-3-Clause */
/* malloc, posix_memalign, realloc and free of the TLSF allocator. */
#include "tlsf.h"

/* Carve a used block of size payload bytes out of free block b. */
static void *use(struct tlsf *t, struct tlsf_block *b, size_t size)
{
	b->size &= ~TLSF_FREE;
	tlsf_trim(t, b, size);
	uk_alloc_stats_note_alloc(&t->a, tlsf_size(b));
	return tlsf_payload(b);
}

static void *enomem(struct tlsf *t)
{
	uk_alloc_stats_note_enomem(&t->a);
	return NULL;
}

void *tlsf_malloc(struct uk_alloc *a, size_t request)
{
	struct tlsf *t = tlsf_of(a);
	size_t size = tlsf_adjust(request);
	struct tlsf_block *b = size ? tlsf_take(t, size) : NULL;

	return b ? use(t, b, size) : enomem(t);
}

int tlsf_posix_memalign(struct uk_alloc *a, void **memptr, size_t align,
			size_t request)
{
	struct tlsf *t = tlsf_of(a);
	size_t size = tlsf_adjust(request), gap, need;
	uintptr_t payload, at;
	struct tlsf_block *b, *n;

	if (align <= TLSF_ALIGN) {
		*memptr = tlsf_malloc(a, request);
		return *memptr ? 0 : UK_ALLOC_ENOMEM;
	}
	/* Room for the worst gap in front: it must hold a whole free block. */
	need = size + align + TLSF_HDR + TLSF_MIN_PAYLOAD;
	if (!size || need < size || need > TLSF_MAX_SIZE ||
	    !(b = tlsf_take(t, need))) {
		enomem(t);
		return UK_ALLOC_ENOMEM;
	}
	payload = (uintptr_t)tlsf_payload(b);
	at = (payload + align - 1) & ~(uintptr_t)(align - 1);
	gap = at - payload;
	if (gap) {
		while (gap < TLSF_HDR + TLSF_MIN_PAYLOAD) {
			at += align;
			gap += align;
		}
		/* The front part stays a free block; its predecessor is used
		 * (free blocks never touch), so no merge is needed. */
		n = tlsf_block_of((void *)at);
		n->prev_phys = b;
		n->size = tlsf_size(b) - gap;
		tlsf_next_phys(n)->prev_phys = n;
		b->size = (gap - TLSF_HDR) | TLSF_FREE;
		tlsf_insert(t, b);
		b = n;
	}
	*memptr = use(t, b, size);
	return 0;
}

void tlsf_free(struct uk_alloc *a, void *ptr)
{
	struct tlsf *t = tlsf_of(a);
	struct tlsf_block *b = tlsf_block_of(ptr);

	if (!tlsf_owns(t, ptr))
		return; /* foreign pointer or double free: ignore */
	uk_alloc_stats_note_free(a, tlsf_size(b));
	b->size |= TLSF_FREE;
	tlsf_release(t, b);
}

/* Resize in place if the block, with a free successor, can hold size. */
static int resize_in_place(struct tlsf *t, struct tlsf_block *b, size_t size)
{
	struct tlsf_block *next = tlsf_next_phys(b);
	size_t have = tlsf_size(b);

	if (size > have) {
		if (!tlsf_is_free(next) ||
		    have + TLSF_HDR + tlsf_size(next) < size)
			return 0;
		tlsf_remove(t, next);
		b->size += TLSF_HDR + tlsf_size(next);
		tlsf_next_phys(b)->prev_phys = b;
	}
	tlsf_trim(t, b, size);
	uk_alloc_stats_note_resize(&t->a, have, tlsf_size(b));
	return 1;
}

void *tlsf_realloc(struct uk_alloc *a, void *ptr, size_t request)
{
	struct tlsf *t = tlsf_of(a);
	struct tlsf_block *b = tlsf_block_of(ptr);
	size_t size = tlsf_adjust(request);
	void *n;

	if (!tlsf_owns(t, ptr))
		return NULL;
	if (!size)
		return enomem(t);
	if (resize_in_place(t, b, size))
		return ptr;
	n = tlsf_malloc(a, request);
	if (!n)
		return NULL;
	__builtin_memcpy(n, ptr, tlsf_size(b));
	tlsf_free(a, ptr);
	return n;
}
