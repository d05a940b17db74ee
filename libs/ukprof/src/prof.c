/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The sample buffer and its dump (format in uk/prof.h). A sample is
 * written by the platform's tick (uk/plat/prof.h) in interrupt context:
 * into its fixed slot, then counted, nothing else. Ticks do not nest (an
 * NMI, an FIQ, or a signal handler that blocks its own signal), and the code they
 * interrupt never writes the buffer, so no lock is needed. The dump
 * prints with ukplat_coutk() alone: it may run from the tick itself.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <uk/init.h>
#include <uk/plat/console.h>
#include <uk/plat/prof.h>
#include <uk/prof.h>

#define DEPTH CONFIG_LIBUKPROF_DEPTH
#define SAMPLES CONFIG_LIBUKPROF_SAMPLES

struct sample {
	uint8_t n;
	uintptr_t pc[DEPTH];
};

static struct sample samples[SAMPLES];
static volatile unsigned int count, lost;
static volatile int done;

static void puts_(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	ukplat_coutk(s, n);
}

/* Lowercase hex without 0x, or decimal, into b (room for 21). */
static char *fmt(char *b, uint64_t v, unsigned int base)
{
	int i = 20;

	b[i] = '\0';
	do {
		b[--i] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	return &b[i];
}

static void put(const char *pre, uint64_t v, unsigned int base)
{
	char b[21];

	puts_(pre);
	puts_(fmt(b, v, base));
}

static int same(const struct sample *a, const struct sample *b)
{
	unsigned int i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->pc[i] != b->pc[i])
			return 0;
	return 1;
}

void uk_prof_dump(void)
{
	unsigned int i, j, n, run;

	if (done)
		return;
	done = 1;
	ukplat_prof_stop();
	n = count;
	put("\nukprof: begin hz=", CONFIG_LIBUKPROF_HZ, 10);
	put(" depth=", DEPTH, 10);
	put(" samples=", n, 10);
	put(" lost=", lost, 10);
	puts_("\n");
	for (i = 0; i < n; i += run) {
		for (run = 1;
		     i + run < n && same(&samples[i], &samples[i + run]);)
			run++;
		put("ukprof: ", run, 10);
		for (j = 0; j < samples[i].n; j++)
			put(" ", samples[i].pc[j], 16);
		puts_("\n");
	}
	puts_("ukprof: end\n");
}

static void tick(const uintptr_t *pcs, unsigned int n)
{
	struct sample *s;
	unsigned int i;

	if (done || count >= SAMPLES) {
		lost++;
		return;
	}
	s = &samples[count];
	s->n = (uint8_t)n;
	for (i = 0; i < n; i++)
		s->pc[i] = pcs[i];
	if (++count == SAMPLES)
		uk_prof_dump();
}

static int ukprof_start(void)
{
	int r;

	atexit(uk_prof_dump);
	r = ukplat_prof_start(CONFIG_LIBUKPROF_HZ, DEPTH, tick);
	if (r < 0)
		puts_("ukprof: this platform has no profiling tick\n");
	return r;
}

UK_BOOT_INIT(ukprof_start, UK_BOOT_INIT_LATE);
