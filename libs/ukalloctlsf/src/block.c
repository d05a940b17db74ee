/* SPDX-License-Identifier: BSD-3-Clause */
/* Splitting and merging blocks, and recognising the blocks of a heap. */
#include "tlsf.h"

size_t tlsf_adjust(size_t request)
{
	if (request > TLSF_MAX_SIZE)
		return 0;
	request = (request + TLSF_ALIGN - 1) & ~(TLSF_ALIGN - 1);
	return request < TLSF_MIN_PAYLOAD ? TLSF_MIN_PAYLOAD : request;
}

void tlsf_trim(struct tlsf *t, struct tlsf_block *b, size_t size)
{
	size_t have = tlsf_size(b);
	struct tlsf_block *rest;

	if (have < size + TLSF_HDR + TLSF_MIN_PAYLOAD)
		return; /* the rest cannot form a block: keep it */
	b->size = size | (b->size & TLSF_FREE);
	rest = tlsf_next_phys(b);
	rest->prev_phys = b;
	rest->size = (have - size - TLSF_HDR) | TLSF_FREE;
	tlsf_next_phys(rest)->prev_phys = rest;
	tlsf_release(t, rest);
}

void tlsf_release(struct tlsf *t, struct tlsf_block *b)
{
	struct tlsf_block *next = tlsf_next_phys(b), *prev = b->prev_phys;

	if (tlsf_is_free(next)) {
		tlsf_remove(t, next);
		b->size += TLSF_HDR + tlsf_size(next);
		tlsf_next_phys(b)->prev_phys = b;
	}
	if (prev && tlsf_is_free(prev)) {
		tlsf_remove(t, prev);
		prev->size += TLSF_HDR + tlsf_size(b);
		tlsf_next_phys(prev)->prev_phys = prev;
		b = prev;
	}
	tlsf_insert(t, b);
}

int tlsf_owns(const struct tlsf *t, const void *p)
{
	uintptr_t u = (uintptr_t)p;
	unsigned int i;

	if (u & (TLSF_ALIGN - 1))
		return 0;
	for (i = 0; i < t->npools; i++) {
		if (u >= t->pool[i].start + TLSF_HDR && u < t->pool[i].end)
			return !tlsf_is_free(tlsf_block_of(p));
	}
	return 0;
}
