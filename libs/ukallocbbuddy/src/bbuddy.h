/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukallocbbuddy: page metadata, the allocator structure and
 * the operations its files share.
 *
 * Page i (address base + i * 4 KiB) has meta[i]. The first page of a
 * block is a head (free or used, with the block's order); every other
 * page is a tail. A slab is a used order-0 block whose page is cut into
 * objects of one class, the free ones chained through their first two
 * bytes (offset + 1 of the next free object, 0 ends the chain).
 */
#ifndef BBUDDY_PRIV_H
#define BBUDDY_PRIV_H

#include <stddef.h>
#include <stdint.h>
#include <uk/ukalloc.h>

#define BB_PAGE_SHIFT 12
#define BB_PAGE ((size_t)1 << BB_PAGE_SHIFT)
#define BB_ORDERS 30	     /* blocks of 2^0 .. 2^29 pages */
#define BB_MIN_CLASS_SHIFT 4 /* smallest object: 16 bytes */
#define BB_CLASSES 8	     /* 16 .. 2048 bytes */
#define BB_SLAB_MAX ((size_t)1 << (BB_MIN_CLASS_SHIFT + BB_CLASSES - 1))
#define BB_NONE UINT32_MAX

enum bb_kind { BB_TAIL, BB_FREE, BB_USED, BB_SLAB };

struct bb_page {
	uint8_t kind;	/* enum bb_kind */
	uint8_t order;	/* heads: block order; slabs: size class */
	uint16_t nfree; /* slabs: free objects */
	uint16_t first; /* slabs: offset + 1 of the first free object */
	uint16_t unused;
	uint32_t prev, next; /* free list (heads) or partial list (slabs) */
};

struct bbuddy {
	struct uk_alloc a; /* first: a struct uk_alloc * is a struct bbuddy * */
	uintptr_t base;	   /* address of page 0 */
	uint32_t npages;
	struct bb_page *meta;
	uint32_t free_list[BB_ORDERS];
	uint32_t partial[BB_CLASSES]; /* slabs with free objects */
	size_t free_pages;
};

static inline struct bbuddy *bb_of(struct uk_alloc *a)
{
	return (struct bbuddy *)a;
}

static inline void *bb_addr(const struct bbuddy *b, uint32_t page)
{
	return (void *)(b->base + ((uintptr_t)page << BB_PAGE_SHIFT));
}

/** Size of objects of class c. */
static inline size_t bb_class_size(unsigned int c)
{
	return (size_t)1 << (BB_MIN_CLASS_SHIFT + c);
}

/* lists.c: doubly linked lists of pages through meta[].prev/next */
void bb_push(struct bbuddy *b, uint32_t *head, uint32_t page);
void bb_unlink(struct bbuddy *b, uint32_t *head, uint32_t page);

/* pages.c */
/** Smallest order whose blocks hold size bytes; BB_ORDERS if none. */
unsigned int bb_order_for(size_t size);
/** A used block of 2^order pages; BB_NONE if there is none. */
uint32_t bb_alloc_pages(struct bbuddy *b, unsigned int order);
/** Free the block at head page, merging it with free buddies. */
void bb_free_pages(struct bbuddy *b, uint32_t page);
/** Make page .. page + 2^order free blocks (the range is aligned). */
void bb_add_range(struct bbuddy *b, uint32_t page, uint32_t count);
/** Shrink used block at page to order (freeing the upper halves). */
void bb_shrink(struct bbuddy *b, uint32_t page, unsigned int order);
/** Grow used block at page to order by absorbing free buddies above it;
 * returns 1, or 0 (nothing changed) if they are not all free. */
int bb_grow(struct bbuddy *b, uint32_t page, unsigned int order);

/* slab.c */
/** Object of class c; NULL if no page is left. */
void *bb_slab_alloc(struct bbuddy *b, unsigned int c);
/** Free object p of slab page page. */
void bb_slab_free(struct bbuddy *b, uint32_t page, void *p);
/** Smallest class holding size bytes aligned to align (size, align <= 2 KiB). */
unsigned int bb_class_for(size_t size, size_t align);

/* ops.c */
/** The page a pointer of this allocator lies in; BB_NONE if outside. */
uint32_t bb_page_of(const struct bbuddy *b, const void *p);

#endif /* BBUDDY_PRIV_H */
