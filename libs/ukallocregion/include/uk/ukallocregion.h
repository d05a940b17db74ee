/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/ukallocregion.h - a region (bump) allocator behind the ukalloc API.
 *
 * Blocks are carved from one contiguous range by advancing a cursor.
 * Each block carries a small header (its size, the cursor before it and
 * the previous block), so realloc can copy and usable_size can answer.
 *
 * Freeing: releasing the most recent live block rolls the cursor back,
 * and keeps rolling over older blocks that were already freed, so
 * stack-like (LIFO) use reuses memory. Any other free only marks the
 * block and updates the statistics: its memory comes back only once
 * every block allocated after it has been freed too.
 *
 * realloc grows or shrinks the most recent block in place, shrinks any
 * block in place, otherwise allocates, copies and frees. Alignment is
 * at least alignof(max_align_t); posix_memalign honours any power of two.
 * Out of memory: malloc/realloc return NULL, posix_memalign returns
 * UK_ALLOC_ENOMEM, and stats.nb_enomem is incremented.
 */
#ifndef UK_UKALLOCREGION_H
#define UK_UKALLOCREGION_H

#include <stddef.h>
#include <uk/ukalloc.h>

/**
 * Turn [base, base + len) into a region allocator. Its bookkeeping is
 * stored at the start of the range itself. Returns the allocator, or
 * NULL if the range is too small to be useful.
 */
struct uk_alloc *uk_allocregion_init(void *base, size_t len);

#endif /* UK_UKALLOCREGION_H */
