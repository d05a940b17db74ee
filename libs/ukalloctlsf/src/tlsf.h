/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukalloctlsf: the block layout, the control structure and
 * the free-list operations (lists.c) shared by the allocator's files.
 *
 * A block is a 16-byte header followed by its payload:
 *
 *	+0  prev_phys  the block before it in memory (NULL: first of a pool)
 *	+8  size       payload bytes (a multiple of 16) | TLSF_FREE
 *	+16 payload    the user's bytes; in a free block, the list links
 *
 * The next block in memory starts right after the payload. Each pool
 * ends with a used block of size 0 (the sentinel), so walking and
 * merging stop there without bounds checks.
 */
#ifndef TLSF_PRIV_H
#define TLSF_PRIV_H

#include <stddef.h>
#include <stdint.h>
#include <uk/ukalloc.h>

#define TLSF_ALIGN_LOG2 4
#define TLSF_ALIGN ((size_t)1 << TLSF_ALIGN_LOG2)
#define TLSF_SL_LOG2 5
#define TLSF_SL_COUNT (1u << TLSF_SL_LOG2)
/* Sizes below TLSF_SMALL are in first-level list 0, one list per 16 B. */
#define TLSF_FL_SHIFT (TLSF_SL_LOG2 + TLSF_ALIGN_LOG2)
#define TLSF_SMALL ((size_t)1 << TLSF_FL_SHIFT)
#define TLSF_FL_COUNT 32u
/* Largest payload: first level 31 covers [2^39, 2^40). */
#define TLSF_MAX_SIZE \
	(((size_t)1 << (TLSF_FL_SHIFT + TLSF_FL_COUNT - 1)) - TLSF_ALIGN)
#define TLSF_MAX_POOLS 8

#define TLSF_FREE ((size_t)1)

struct tlsf_block {
	struct tlsf_block *prev_phys;
	size_t size;
	/* In free blocks only (the first 16 payload bytes): */
	struct tlsf_block *next_free;
	struct tlsf_block *prev_free;
};

#define TLSF_HDR offsetof(struct tlsf_block, next_free)
/* Smallest payload: room for the two list links. */
#define TLSF_MIN_PAYLOAD (sizeof(struct tlsf_block) - TLSF_HDR)

struct tlsf_pool {
	uintptr_t start; /* first block */
	uintptr_t end;	 /* one past the sentinel's header */
};

struct tlsf {
	struct uk_alloc a; /* first: a struct uk_alloc * is a struct tlsf * */
	uint32_t fl_map;
	uint32_t sl_map[TLSF_FL_COUNT];
	struct tlsf_block *heads[TLSF_FL_COUNT][TLSF_SL_COUNT];
	size_t free_bytes; /* payload bytes of the free blocks */
	unsigned int npools;
	struct tlsf_pool pool[TLSF_MAX_POOLS];
};

static inline struct tlsf *tlsf_of(struct uk_alloc *a)
{
	return (struct tlsf *)a;
}

static inline size_t tlsf_size(const struct tlsf_block *b)
{
	return b->size & ~TLSF_FREE;
}

static inline int tlsf_is_free(const struct tlsf_block *b)
{
	return (b->size & TLSF_FREE) != 0;
}

static inline void *tlsf_payload(struct tlsf_block *b)
{
	return (char *)b + TLSF_HDR;
}

static inline struct tlsf_block *tlsf_block_of(const void *p)
{
	return (struct tlsf_block *)((uintptr_t)p - TLSF_HDR);
}

static inline struct tlsf_block *tlsf_next_phys(const struct tlsf_block *b)
{
	return (struct tlsf_block *)((uintptr_t)b + TLSF_HDR + tlsf_size(b));
}

/* lists.c */
/** First- and second-level list of a free block of payload size. */
void tlsf_mapping(size_t size, unsigned int *fl, unsigned int *sl);
/** Insert free block b (flag set by the caller) into its list. */
void tlsf_insert(struct tlsf *t, struct tlsf_block *b);
/** Take free block b out of its list. */
void tlsf_remove(struct tlsf *t, struct tlsf_block *b);
/** A free block of at least size bytes (a multiple of 16), taken out of
 * its list; NULL if there is none. */
struct tlsf_block *tlsf_take(struct tlsf *t, size_t size);

/* block.c */
/** Payload bytes for a request: rounded up to 16, at least the minimum;
 * 0 if the request is too big. */
size_t tlsf_adjust(size_t request);
/** Cut used block b down to size bytes; the rest, if it can form a
 * block, becomes a free block merged with a free successor. */
void tlsf_trim(struct tlsf *t, struct tlsf_block *b, size_t size);
/** Merge free block b (in no list) with free neighbours; insert the result. */
void tlsf_release(struct tlsf *t, struct tlsf_block *b);
/** Does p look like a used block of t (inside a pool, aligned, not free)? */
int tlsf_owns(const struct tlsf *t, const void *p);

/* alloc.c: the struct uk_alloc operations */
void *tlsf_malloc(struct uk_alloc *a, size_t size);
int tlsf_posix_memalign(struct uk_alloc *a, void **memptr, size_t align,
			size_t size);
void tlsf_free(struct uk_alloc *a, void *ptr);
void *tlsf_realloc(struct uk_alloc *a, void *ptr, size_t size);

#endif /* TLSF_PRIV_H */
