/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk_alloctlsf_check(): the heap's invariants, for tests. Return codes:
 * -1 bad block alignment or size, -2 prev_phys link wrong, -3 two free
 * neighbours, -4 a pool does not end at its sentinel, -5 a listed block
 * is not free or in the wrong list, -6 list links broken, -7 bitmaps
 * disagree with the lists, -8 free blocks in memory and in the lists
 * differ, -9 the free byte count is wrong.
 */
#include <uk/ukalloctlsf.h>
#include "tlsf.h"

struct tally {
	size_t blocks, bytes;
};

static int walk_pool(const struct tlsf_pool *p, struct tally *free)
{
	struct tlsf_block *b = (struct tlsf_block *)p->start, *prev = NULL;

	for (;;) {
		if (((uintptr_t)b & (TLSF_ALIGN - 1)) ||
		    (tlsf_size(b) & (TLSF_ALIGN - 1)) ||
		    (uintptr_t)b + TLSF_HDR > p->end)
			return -1;
		if (b->prev_phys != prev)
			return -2;
		if (tlsf_is_free(b)) {
			if (prev && tlsf_is_free(prev))
				return -3;
			free->blocks++;
			free->bytes += tlsf_size(b);
		}
		if (tlsf_size(b) == 0 && !tlsf_is_free(b))
			return (uintptr_t)b + TLSF_HDR == p->end ? 0 : -4;
		prev = b;
		b = tlsf_next_phys(b);
	}
}

static int walk_list(const struct tlsf *t, unsigned int fl, unsigned int sl,
		     struct tally *listed)
{
	const struct tlsf_block *b, *prev = NULL;
	unsigned int f, s;

	for (b = t->heads[fl][sl]; b; prev = b, b = b->next_free) {
		tlsf_mapping(tlsf_size(b), &f, &s);
		if (!tlsf_is_free(b) || f != fl || s != sl)
			return -5;
		if (b->prev_free != prev)
			return -6;
		listed->blocks++;
		listed->bytes += tlsf_size(b);
	}
	if (!!t->heads[fl][sl] != !!(t->sl_map[fl] & (1u << sl)))
		return -7;
	return 0;
}

int uk_alloctlsf_check(struct uk_alloc *a)
{
	const struct tlsf *t = tlsf_of(a);
	struct tally inmem = { 0, 0 }, listed = { 0, 0 };
	unsigned int i, fl, sl;
	int err;

	for (i = 0; i < t->npools; i++) {
		err = walk_pool(&t->pool[i], &inmem);
		if (err)
			return err;
	}
	for (fl = 0; fl < TLSF_FL_COUNT; fl++) {
		if (!!t->sl_map[fl] != !!(t->fl_map & (1u << fl)))
			return -7;
		for (sl = 0; sl < TLSF_SL_COUNT; sl++) {
			err = walk_list(t, fl, sl, &listed);
			if (err)
				return err;
		}
	}
	if (inmem.blocks != listed.blocks || inmem.bytes != listed.bytes)
		return -8;
	return t->free_bytes == listed.bytes ? 0 : -9;
}
