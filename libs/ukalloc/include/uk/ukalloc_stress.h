/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/ukalloc_stress.h - a seeded random workload for any allocator,
 * with content, alignment and overlap checks. Compiled into ukalloc when
 * its TESTS option is on; allocator libraries run it from their in-image
 * tests, and test/host compiles the same file for the host.
 *
 * Each operation picks a slot: an empty slot gets a block (malloc,
 * posix_memalign with an alignment of 32 B to 4 KiB, or calloc up to
 * 16 KiB, which must come back zeroed); a full one is freed or resized
 * with realloc. Request sizes are log-uniform over 1 .. max_size. Every
 * new block must be aligned, must not overlap a live block and, where
 * the allocator tells, have a usable size of at least the request. Its
 * bytes are filled with a pattern of its tag and offset, checked before
 * it is freed and, up to the smaller size, after realloc. full_check
 * fills and checks every byte; otherwise the first and last 64 bytes
 * and one byte per 4 KiB are. At the end every block is freed and the
 * allocator's statistics must be back where they started.
 *
 * lifo restricts frees and reallocs to the newest block (stack order),
 * the workload a region allocator sustains. Allocation failures are
 * counted (enomem), not errors.
 */
#ifndef UK_UKALLOC_STRESS_H
#define UK_UKALLOC_STRESS_H

#include <stddef.h>
#include <stdint.h>
#include <uk/ukalloc.h>

/** Most live blocks a run may keep. */
#define UK_ALLOC_STRESS_MAX_SLOTS 128

/** Parameters (set by the caller) and results of a run. */
struct uk_alloc_stress {
	unsigned long ops;  /**< operations to run */
	uint64_t seed;	    /**< PRNG seed (0 is replaced by a constant) */
	size_t max_size;    /**< largest request in bytes (>= 1) */
	unsigned int slots; /**< live blocks at most (1..MAX_SLOTS) */
	int lifo;	    /**< free and realloc only the newest block */
	int full_check;	    /**< fill and check every byte */
	/** Consistency check of the allocator's own structures (0 = fine),
	 * called every check_every operations (0: never) and at the end;
	 * may be NULL. */
	int (*check)(struct uk_alloc *a);
	unsigned long check_every;

	unsigned long allocs, frees, reallocs, enomem; /**< counted */
	size_t peak_live;	/**< most requested bytes live at once */
	const char *error;	/**< the first failure, NULL if none */
	unsigned long error_op; /**< operation at which it happened */
};

/** Run the workload on a; returns 0, or -1 with s->error set. */
int uk_alloc_stress_run(struct uk_alloc *a, struct uk_alloc_stress *s);

/**
 * The heap workload of the allocator tests: CONFIG_LIBUKALLOC_STRESS_OPS
 * operations (seed 1, 1 B .. 1 MiB, 32 slots) on the default allocator,
 * with check (may be NULL) every 100,000 operations. Fills *s; returns
 * 0, or -1 with s->error set.
 */
int uk_alloc_stress_heap(struct uk_alloc_stress *s, int lifo,
			 int (*check)(struct uk_alloc *a));

#endif /* UK_UKALLOC_STRESS_H */
