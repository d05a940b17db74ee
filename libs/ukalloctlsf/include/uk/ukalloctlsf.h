/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/ukalloctlsf.h - a two-level segregated fit allocator (TLSF class)
 * behind the ukalloc interface.
 *
 * Free blocks sit in lists by size: a first level per power of two and
 * 32 second-level lists splitting each power of two linearly (sizes
 * below 512 B get one list per 16 B). Two bitmap levels find the first
 * non-empty list able to hold a request with two find-first-set
 * operations, so malloc, free, posix_memalign and realloc (apart from
 * the copy when a block must move) take constant time. A request is
 * rounded up to the next list boundary, so any block of the list found
 * fits ("good fit"; at most 1/32 of the size is lost to rounding).
 * Freed blocks are merged at once with free neighbours in memory.
 *
 * Every block has a 16-byte header (the previous block in memory and
 * the size with a free flag); payloads are multiples of 16 bytes and
 * 16-byte aligned. realloc grows into a free next block or shrinks in
 * place when it can. Memory can come in several pools (up to 8).
 * Out of memory: NULL / UK_ALLOC_ENOMEM and stats.nb_enomem counted.
 */
#ifndef UK_UKALLOCTLSF_H
#define UK_UKALLOCTLSF_H

#include <stddef.h>
#include <uk/ukalloc.h>

/**
 * Make a TLSF allocator on [base, base + len); its control structure
 * (about 8.5 KiB) is kept at the start of the range. NULL if the range
 * cannot hold it and one block.
 */
struct uk_alloc *uk_alloctlsf_init(void *base, size_t len);

/** Add [base, base + len) as another pool of a; 0, or -1 if it cannot. */
int uk_alloctlsf_addmem(struct uk_alloc *a, void *base, size_t len);

/**
 * Walk every pool and every free list and check the invariants (sizes,
 * links, flags, bitmaps, no two free neighbours, the free byte count).
 * Returns 0 if all hold, else a negative number naming the first broken
 * one (see check.c). Linear in the heap size: for tests.
 */
int uk_alloctlsf_check(struct uk_alloc *a);

#endif /* UK_UKALLOCTLSF_H */
