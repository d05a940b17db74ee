/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/ukallocbbuddy.h - a binary buddy allocator of pages, with a small
 * object layer, behind the ukalloc interface.
 *
 * Pages (4 KiB) are handed out in blocks of 2^k pages, aligned to their
 * size: a block's buddy is the block whose page frame number differs in
 * bit k only. Allocation splits the smallest free block that fits;
 * freeing merges a block with its free buddy, repeatedly. Requests above
 * 2 KiB get a whole block (rounded up to a power of two pages, so up to
 * half of it may be unused); smaller requests come from slab pages of
 * one size class each (16, 32, ... 2048 bytes, objects aligned to their
 * class), and a slab page returns to the buddy system when its last
 * object is freed.
 *
 * Bookkeeping lives outside the pages: 16 bytes per page at the start
 * of the managed range. usable_size is the class or block size, and the
 * statistics count those sizes. realloc stays in place within a class
 * or a block, shrinks a block by freeing its upper halves, and grows it
 * by absorbing free buddies above it when it can.
 * Out of memory: NULL / UK_ALLOC_ENOMEM and stats.nb_enomem counted.
 */
#ifndef UK_UKALLOCBBUDDY_H
#define UK_UKALLOCBBUDDY_H

#include <stddef.h>
#include <uk/ukalloc.h>

/**
 * Make a buddy allocator of the whole pages of [base, base + len); its
 * bookkeeping (about 0.4 % of the range) is kept at the start. NULL if
 * the range cannot hold it and one page.
 */
struct uk_alloc *uk_allocbbuddy_init(void *base, size_t len);

/**
 * Check the invariants: blocks tile the pages, free lists hold exactly
 * the free blocks, no two free buddies, slab counts and lists agree.
 * Returns 0, or a negative number naming the first broken one (see
 * check.c). Linear in the number of pages: for tests.
 */
int uk_allocbbuddy_check(struct uk_alloc *a);

#endif /* UK_UKALLOCBBUDDY_H */
