/* SPDX-License-Identifier: BSD-3-Clause */
/* Allocator statistics: bookkeeping helpers and a snapshot getter. */
#include <uk/ukalloc.h>

void uk_alloc_stats_note_alloc(struct uk_alloc *a, size_t size)
{
	struct uk_alloc_stats *s = &a->stats;

	s->nb_allocs++;
	s->cur_nb_allocs++;
	s->cur_mem_use += size;
	if (s->cur_mem_use > s->max_mem_use)
		s->max_mem_use = s->cur_mem_use;
}

void uk_alloc_stats_note_free(struct uk_alloc *a, size_t size)
{
	struct uk_alloc_stats *s = &a->stats;

	s->nb_frees++;
	if (s->cur_nb_allocs)
		s->cur_nb_allocs--;
	s->cur_mem_use = size <= s->cur_mem_use ? s->cur_mem_use - size : 0;
}

void uk_alloc_stats_note_resize(struct uk_alloc *a, size_t old, size_t size)
{
	struct uk_alloc_stats *s = &a->stats;

	s->cur_mem_use = s->cur_mem_use - old + size;
	if (s->cur_mem_use > s->max_mem_use)
		s->max_mem_use = s->cur_mem_use;
}

void uk_alloc_stats_note_enomem(struct uk_alloc *a) { a->stats.nb_enomem++; }

void uk_alloc_stats_get(struct uk_alloc *a, struct uk_alloc_stats *out)
{
	if (!out)
		return;
	if (!a) {
		*out = (struct uk_alloc_stats){ 0 };
		return;
	}
	*out = a->stats;
}
