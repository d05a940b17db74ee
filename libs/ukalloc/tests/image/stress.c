/* SPDX-License-Identifier: BSD-3-Clause */
/* The random allocator workload of uk/ukalloc_stress.h. */
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <uk/ukalloc.h>
#include <uk/ukalloc_stress.h>

#ifndef CONFIG_LIBUKALLOC_STRESS_OPS
#define CONFIG_LIBUKALLOC_STRESS_OPS 100000
#endif

#define EDGE 64		 /* bytes checked at each end of a block */
#define STRIDE 4096	 /* one byte checked per STRIDE in between */
#define CALLOC_MAX 16384 /* calloc requests are at most this */

struct slot {
	unsigned char *p; /* NULL: empty */
	size_t size;
	size_t align;
	uint32_t tag;
};

struct run {
	struct uk_alloc *a;
	struct uk_alloc_stress *s;
	struct slot slot[UK_ALLOC_STRESS_MAX_SLOTS];
	unsigned int depth; /* lifo: slots [0, depth) are live */
	uint64_t rng;
	uint32_t next_tag;
	size_t live;
	unsigned long op;
};

/* xorshift64*: fast, good enough for workloads. */
static uint64_t rnd(struct run *r)
{
	r->rng ^= r->rng >> 12;
	r->rng ^= r->rng << 25;
	r->rng ^= r->rng >> 27;
	return r->rng * 0x2545f4914f6cdd1dULL;
}

static unsigned int log2_floor(size_t v)
{
	unsigned int n = 0;

	while (v >>= 1)
		n++;
	return n;
}

/* Log-uniform in [1, max]: a random power-of-two class, then uniform. */
static size_t rnd_size(struct run *r, size_t max)
{
	unsigned int k = (unsigned int)(rnd(r) % (log2_floor(max) + 1));
	size_t lo = (size_t)1 << k;
	size_t size = lo + (size_t)(rnd(r) % lo);

	return size > max ? max : size;
}

static unsigned char pattern(uint32_t tag, size_t off)
{
	return (unsigned char)(tag ^ (off * 0x9d) ^ (off >> 8) ^ (off >> 16));
}

/* The offsets that are filled and checked, in increasing order. */
static size_t next_off(const struct run *r, size_t off, size_t size)
{
	size_t tail = size > EDGE ? size - EDGE : 0;

	if (r->s->full_check || off + 1 < EDGE || off + 1 >= tail)
		return off + 1;
	off = (off + STRIDE) & ~(size_t)(STRIDE - 1);
	return off < tail ? off : tail;
}

static void fill(const struct run *r, const struct slot *sl)
{
	size_t o;

	for (o = 0; o < sl->size; o = next_off(r, o, sl->size))
		sl->p[o] = pattern(sl->tag, o);
}

/* Check the samples of a block of `size` bytes below `upto`. */
static int intact(const struct run *r, const struct slot *sl, size_t size,
		  size_t upto)
{
	size_t o;

	for (o = 0; o < size && o < upto; o = next_off(r, o, size)) {
		if (sl->p[o] != pattern(sl->tag, o))
			return 0;
	}
	return 1;
}

static int fail(struct run *r, const char *what)
{
	if (!r->s->error) {
		r->s->error = what;
		r->s->error_op = r->op;
	}
	return -1;
}

/* A new block in sl: aligned, inside no other live block, big enough. */
static int placed_well(struct run *r, const struct slot *sl)
{
	uintptr_t p = (uintptr_t)sl->p, q;
	size_t usable = uk_alloc_usable_size(r->a, sl->p);
	unsigned int i;

	if (p & (sl->align - 1))
		return fail(r, "block not aligned");
	if (usable && usable < sl->size)
		return fail(r, "usable size below the request");
	for (i = 0; i < r->s->slots; i++) {
		const struct slot *o = &r->slot[i];

		if (o == sl || !o->p)
			continue;
		q = (uintptr_t)o->p;
		if (p < q + o->size && q < p + sl->size)
			return fail(r, "block overlaps a live block");
	}
	return 0;
}

static void note_live(struct run *r, size_t add, size_t sub)
{
	r->live = r->live + add - sub;
	if (r->live > r->s->peak_live)
		r->s->peak_live = r->live;
}

static int do_alloc(struct run *r, struct slot *sl)
{
	unsigned int how = (unsigned int)(rnd(r) % 8);
	size_t size = rnd_size(r, r->s->max_size), i;
	void *p = NULL;

	sl->align = alignof(max_align_t);
	if (how == 0) {
		sl->align = (size_t)32 << (rnd(r) % 8); /* 32 B .. 4 KiB */
		if (uk_posix_memalign(r->a, &p, sl->align, size))
			p = NULL;
	} else if (how == 1) {
		size = size > CALLOC_MAX ? 1 + size % CALLOC_MAX : size;
		p = uk_calloc(r->a, 1, size);
	} else {
		p = uk_malloc(r->a, size);
	}
	if (!p) {
		r->s->enomem++;
		return 0;
	}
	sl->p = p;
	sl->size = size;
	sl->tag = r->next_tag++;
	r->s->allocs++;
	note_live(r, size, 0);
	if (placed_well(r, sl))
		return -1;
	if (how == 1) {
		for (i = 0; i < size; i++) {
			if (sl->p[i])
				return fail(r, "calloc block not zeroed");
		}
	}
	fill(r, sl);
	return 0;
}

static int do_free(struct run *r, struct slot *sl)
{
	if (!intact(r, sl, sl->size, sl->size))
		return fail(r, "block content changed before free");
	uk_free(r->a, sl->p);
	note_live(r, 0, sl->size);
	sl->p = NULL;
	r->s->frees++;
	return 0;
}

static int do_realloc(struct run *r, struct slot *sl)
{
	size_t size = rnd_size(r, r->s->max_size);
	size_t keep = size < sl->size ? size : sl->size;
	struct slot old = *sl;
	void *p;

	if (!intact(r, sl, sl->size, sl->size))
		return fail(r, "block content changed before realloc");
	p = uk_realloc(r->a, sl->p, size);
	if (!p) {
		r->s->enomem++;
		return 0; /* the old block stays valid */
	}
	sl->p = p;
	sl->size = size;
	sl->align = alignof(max_align_t);
	r->s->reallocs++;
	note_live(r, size, old.size);
	if (placed_well(r, sl))
		return -1;
	if (!intact(r, sl, old.size, keep))
		return fail(r, "realloc lost content");
	fill(r, sl);
	return 0;
}

/* One operation on a random slot. */
static int step_random(struct run *r)
{
	struct slot *sl = &r->slot[rnd(r) % r->s->slots];

	if (!sl->p)
		return do_alloc(r, sl);
	return (rnd(r) & 1) ? do_free(r, sl) : do_realloc(r, sl);
}

/* One operation in stack order: push, pop or resize the top. */
static int step_lifo(struct run *r)
{
	unsigned int what = (unsigned int)(rnd(r) % 10);
	int ret;

	if (r->depth == 0 || (what < 5 && r->depth < r->s->slots)) {
		ret = do_alloc(r, &r->slot[r->depth]);
		if (r->slot[r->depth].p)
			r->depth++;
		return ret;
	}
	if (what < 8) {
		r->depth--;
		return do_free(r, &r->slot[r->depth]);
	}
	return do_realloc(r, &r->slot[r->depth - 1]);
}

static int checked(struct run *r)
{
	if (r->s->check && r->s->check(r->a) != 0)
		return fail(r, "allocator consistency check failed");
	return 0;
}

/* Free what is left (newest first) and compare the statistics. */
static int drain(struct run *r, const struct uk_alloc_stats *before)
{
	struct uk_alloc_stats after;
	unsigned int i;

	for (i = r->s->slots; i-- > 0;) {
		if (r->slot[i].p && do_free(r, &r->slot[i]))
			return -1;
	}
	uk_alloc_stats_get(r->a, &after);
	if (after.cur_nb_allocs != before->cur_nb_allocs ||
	    after.cur_mem_use != before->cur_mem_use)
		return fail(r, "statistics not back to their start");
	return checked(r);
}

int uk_alloc_stress_run(struct uk_alloc *a, struct uk_alloc_stress *s)
{
	static struct run r; /* large: not on the stack */
	struct uk_alloc_stats before;

	s->allocs = s->frees = s->reallocs = s->enomem = 0;
	s->peak_live = 0;
	s->error = NULL;
	s->error_op = 0;
	r = (struct run){ .a = a, .s = s, .rng = s->seed ? s->seed : 0x5eed };
	if (!a || s->slots == 0 || s->slots > UK_ALLOC_STRESS_MAX_SLOTS ||
	    s->max_size == 0)
		return fail(&r, "bad parameters");

	uk_alloc_stats_get(a, &before);
	for (r.op = 0; r.op < s->ops; r.op++) {
		if ((s->lifo ? step_lifo(&r) : step_random(&r)) != 0)
			return -1;
		if (s->check_every && (r.op + 1) % s->check_every == 0 &&
		    checked(&r))
			return -1;
	}
	return drain(&r, &before);
}

int uk_alloc_stress_heap(struct uk_alloc_stress *s, int lifo,
			 int (*check)(struct uk_alloc *a))
{
	*s = (struct uk_alloc_stress){
		.ops = CONFIG_LIBUKALLOC_STRESS_OPS,
		.seed = 1,
		.max_size = (size_t)1 << 20,
		.slots = 32,
		.lifo = lifo,
		.check = check,
		.check_every = 100000,
	};
	return uk_alloc_stress_run(uk_alloc_get_default(), s);
}
