/* SPDX-License-Identifier: BSD-3-Clause */
/* The segregated free lists and their two bitmap levels. */
#include "tlsf.h"

/* Index of the highest set bit (x != 0). */
static unsigned int fls_size(size_t x)
{
	return (unsigned int)(sizeof(unsigned long long) * 8 - 1) -
	       (unsigned int)__builtin_clzll(x);
}

void tlsf_mapping(size_t size, unsigned int *fl, unsigned int *sl)
{
	unsigned int f;

	if (size < TLSF_SMALL) {
		*fl = 0;
		*sl = (unsigned int)(size >> TLSF_ALIGN_LOG2);
		return;
	}
	f = fls_size(size);
	*sl = (unsigned int)(size >> (f - TLSF_SL_LOG2)) ^ TLSF_SL_COUNT;
	*fl = f - TLSF_FL_SHIFT + 1;
}

void tlsf_insert(struct tlsf *t, struct tlsf_block *b)
{
	unsigned int fl, sl;
	struct tlsf_block *head;

	tlsf_mapping(tlsf_size(b), &fl, &sl);
	head = t->heads[fl][sl];
	b->prev_free = NULL;
	b->next_free = head;
	if (head)
		head->prev_free = b;
	t->heads[fl][sl] = b;
	t->fl_map |= 1u << fl;
	t->sl_map[fl] |= 1u << sl;
	t->free_bytes += tlsf_size(b);
}

void tlsf_remove(struct tlsf *t, struct tlsf_block *b)
{
	unsigned int fl, sl;

	tlsf_mapping(tlsf_size(b), &fl, &sl);
	if (b->next_free)
		b->next_free->prev_free = b->prev_free;
	if (b->prev_free) {
		b->prev_free->next_free = b->next_free;
	} else {
		t->heads[fl][sl] = b->next_free;
		if (!b->next_free) {
			t->sl_map[fl] &= ~(1u << sl);
			if (!t->sl_map[fl])
				t->fl_map &= ~(1u << fl);
		}
	}
	t->free_bytes -= tlsf_size(b);
}

struct tlsf_block *tlsf_take(struct tlsf *t, size_t size)
{
	unsigned int fl, sl;
	uint32_t map;
	struct tlsf_block *b;

	/* Round up to the next list boundary: every block from that list
	 * on is big enough. */
	if (size >= TLSF_SMALL)
		size += ((size_t)1 << (fls_size(size) - TLSF_SL_LOG2)) - 1;
	tlsf_mapping(size, &fl, &sl);
	if (fl >= TLSF_FL_COUNT)
		return NULL;

	map = t->sl_map[fl] & (~0u << sl);
	if (!map) {
		map = fl + 1 < TLSF_FL_COUNT ? t->fl_map & (~0u << (fl + 1))
					     : 0;
		if (!map)
			return NULL;
		fl = (unsigned int)__builtin_ctz(map);
		map = t->sl_map[fl];
	}
	sl = (unsigned int)__builtin_ctz(map);
	b = t->heads[fl][sl];
	tlsf_remove(t, b);
	return b;
}
