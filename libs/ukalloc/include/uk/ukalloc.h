/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/ukalloc.h - the allocator interface.
 *
 * An allocator is a struct uk_alloc whose function pointers an
 * implementation (ukallocregion, ukallocbbuddy, ukalloctlsf) fills in.
 * Callers use the uk_malloc()/uk_free()/... wrappers, which also supply
 * generic fallbacks (calloc from malloc + memset, realloc from malloc +
 * memcpy + free, memalign from posix_memalign). One allocator can be
 * registered as the default; nolibc's malloc() family uses it.
 */
#ifndef UK_UKALLOC_H
#define UK_UKALLOC_H

#include <stddef.h>

/* Error codes returned by posix_memalign-style calls (same values as
 * ENOMEM and EINVAL in errno.h; ukalloc does not depend on a libc). */
#define UK_ALLOC_ENOMEM 12
#define UK_ALLOC_EINVAL 22

struct uk_alloc;

/** Allocate size bytes aligned for any object; NULL when out of memory. */
typedef void *(*uk_alloc_malloc_func_t)(struct uk_alloc *a, size_t size);
/** Resize ptr (never NULL, size never 0 here); NULL on failure, ptr kept. */
typedef void *(*uk_alloc_realloc_func_t)(struct uk_alloc *a, void *ptr,
					 size_t size);
/** Release ptr (never NULL here). */
typedef void (*uk_alloc_free_func_t)(struct uk_alloc *a, void *ptr);
/** Allocate size bytes aligned to align (a power of two) into *memptr;
 * 0, UK_ALLOC_EINVAL or UK_ALLOC_ENOMEM. */
typedef int (*uk_alloc_posix_memalign_func_t)(struct uk_alloc *a, void **memptr,
					      size_t align, size_t size);
/** Usable size of the block at ptr (never NULL here). */
typedef size_t (*uk_alloc_usable_size_func_t)(struct uk_alloc *a,
					      const void *ptr);
/** Bytes still available for new allocations (an estimate). */
typedef size_t (*uk_alloc_availmem_func_t)(struct uk_alloc *a);

/** Statistics kept by every allocator (see uk_alloc_stats_note_*()). */
struct uk_alloc_stats {
	size_t cur_mem_use;	 /**< bytes currently handed out */
	size_t max_mem_use;	 /**< high-water mark of cur_mem_use */
	size_t cur_nb_allocs;	 /**< blocks currently live */
	unsigned long nb_allocs; /**< successful allocations so far */
	unsigned long nb_frees;	 /**< frees so far */
	unsigned long nb_enomem; /**< allocations refused for lack of memory */
};

/**
 * An allocator. malloc, free and posix_memalign are mandatory; realloc,
 * usable_size and availmem may be NULL (generic fallbacks or 0 apply;
 * the realloc fallback needs usable_size).
 */
struct uk_alloc {
	uk_alloc_malloc_func_t malloc;
	uk_alloc_realloc_func_t realloc;
	uk_alloc_free_func_t free;
	uk_alloc_posix_memalign_func_t posix_memalign;
	uk_alloc_usable_size_func_t usable_size;
	uk_alloc_availmem_func_t availmem;
	struct uk_alloc_stats stats;
};

/**
 * Implemented by the allocator library in the image, the one provider of
 * the 'allocator' capability (ukallocregion by default; ukallocbbuddy or
 * ukalloctlsf when the app selects it): turn [base, base + len) into an
 * allocator, its bookkeeping included. NULL if the range is too small.
 * ukboot calls it on the largest free memory region and makes the result
 * the default allocator.
 */
struct uk_alloc *uk_allocator_init(void *base, size_t len);

/** Make a the default allocator (NULL unregisters it). */
void uk_alloc_set_default(struct uk_alloc *a);
/** The default allocator, or NULL if none was registered. */
struct uk_alloc *uk_alloc_get_default(void);

/** malloc on a; NULL if a is NULL or memory is exhausted. */
void *uk_malloc(struct uk_alloc *a, size_t size);
/** Zeroed array of nmemb * size bytes; NULL on overflow or exhaustion. */
void *uk_calloc(struct uk_alloc *a, size_t nmemb, size_t size);
/** Resize ptr (NULL: malloc; size 0: free and return NULL). */
void *uk_realloc(struct uk_alloc *a, void *ptr, size_t size);
/** Release ptr (NULL is ignored). */
void uk_free(struct uk_alloc *a, void *ptr);
/** Aligned allocation; align must be a power of two. Returns 0 or an
 * UK_ALLOC_E* code, *memptr untouched on error. */
int uk_posix_memalign(struct uk_alloc *a, void **memptr, size_t align,
		      size_t size);
/** Aligned allocation returning the block or NULL. */
void *uk_memalign(struct uk_alloc *a, size_t align, size_t size);
/** Usable size of ptr (0 for NULL or if a cannot tell). */
size_t uk_alloc_usable_size(struct uk_alloc *a, const void *ptr);
/** Bytes still available in a (0 if a cannot tell). */
size_t uk_alloc_availmem(struct uk_alloc *a);
/** Copy a's statistics into *out. */
void uk_alloc_stats_get(struct uk_alloc *a, struct uk_alloc_stats *out);

/* For allocator implementations: keep a->stats up to date. */
/** Record a successful allocation of size bytes. */
void uk_alloc_stats_note_alloc(struct uk_alloc *a, size_t size);
/** Record the release of a block of size bytes. */
void uk_alloc_stats_note_free(struct uk_alloc *a, size_t size);
/** Record an allocation refused for lack of memory. */
void uk_alloc_stats_note_enomem(struct uk_alloc *a);
/** Record a live block changing from old to size bytes in place. */
void uk_alloc_stats_note_resize(struct uk_alloc *a, size_t old, size_t size);

#endif /* UK_UKALLOC_H */
