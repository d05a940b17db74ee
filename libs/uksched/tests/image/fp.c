/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Floating point across thread switches: two threads computing with
 * doubles, interleaved by yields and sleeps, get bit for bit what one
 * thread alone gets, and each keeps its own floating-point environment
 * (rounding mode and exception flags: FPCR/FPSR on arm64, MXCSR on
 * x86_64), which C11 gives thread storage duration.
 */
#include <stdbool.h>
#include <stdint.h>
#include <uk/sched.h>
#include <uk/test.h>

#define STEPS 300

/* A thread's computation: its inputs, its results (bit patterns). */
struct fp_work {
	double seed;
	int sleep; /* sleep, not yield, every 16th step */
	uint64_t out[8];
};

static uint64_t bits(double d)
{
	union {
		double d;
		uint64_t b;
	} u = { .d = d };

	return u.b;
}

static bool same(const struct fp_work *x, const struct fp_work *y)
{
	unsigned int i;

	for (i = 0; i < 8; i++)
		if (x->out[i] != y->out[i])
			return false;
	return true;
}

/*
 * Eight values live across every switch: more than a compiler keeps in
 * caller-saved registers around a call, so some sit in the callee-saved
 * ones (d8-d15 on arm64) that uksched_arch_switch() must keep per thread.
 */
static void compute(struct fp_work *w, int switching)
{
	double a = w->seed, b = a * 0.5, c = a + 1.25, d = a - 3.5;
	double e = a * 1.75, f = a / 3.0, g = -a, h = a * a;
	unsigned int i;

	for (i = 0; i < STEPS; i++) {
		a = a * 1.0000001 + b;
		b = b * 0.9999999 - c / 7.0;
		c = c + d * 1e-3;
		d = d * 1.000001 - e / 11.0;
		e = e - f * 1e-4;
		f = f * 0.99999 + g / 13.0;
		g = g + h * 1e-9;
		h = h * 0.999 + a / 17.0;
		if (switching) {
			if (w->sleep && i % 16 == 0)
				uk_sched_sleep_ns(100000);
			else
				uk_sched_yield();
		}
	}
	w->out[0] = bits(a);
	w->out[1] = bits(b);
	w->out[2] = bits(c);
	w->out[3] = bits(d);
	w->out[4] = bits(e);
	w->out[5] = bits(f);
	w->out[6] = bits(g);
	w->out[7] = bits(h);
}

static void compute_thread(void *arg) { compute(arg, 1); }

UK_TESTSUITE(sched_fp);

UK_TEST(sched_fp, two_threads_keep_their_doubles)
{
	struct fp_work w[2] = { { .seed = 3.25, .sleep = 0 },
				{ .seed = -71.5, .sleep = 1 } };
	struct fp_work ref[2] = { w[0], w[1] };
	struct uk_thread *t[2];
	int i;

	/* The reference: each computation alone, no switch at all. */
	compute(&ref[0], 0);
	compute(&ref[1], 0);
	UK_TEST_EXPECT(!same(&ref[0], &ref[1]));

	t[0] = uk_thread_create("fp0", compute_thread, &w[0], 0);
	t[1] = uk_thread_create("fp1", compute_thread, &w[1], 0);
	UK_TEST_ASSERT(t[0] && t[1]);
	/* A third computation here, between theirs. */
	{
		struct fp_work mine = { .seed = 0.125, .sleep = 1 };
		struct fp_work alone = mine;

		compute(&alone, 0);
		compute(&mine, 1);
		UK_TEST_EXPECT(same(&mine, &alone));
	}
	for (i = 0; i < 2; i++) {
		UK_TEST_EXPECT_EQ(uk_thread_join(t[i]), 0);
		UK_TEST_EXPECT(same(&w[i], &ref[i]));
	}
}

/*
 * The floating-point environment, per architecture: the rounding mode
 * (FPCR.RMode / MXCSR.RC) and the inexact flag (FPSR.IXC / MXCSR.PE).
 */
#if defined(__aarch64__)
#define ENV_RMODE (3ULL << 22) /* FPCR.RMode: 0 nearest, 3 toward zero */
#define ENV_INEXACT (1ULL << 4)
static uint64_t env_control(void)
{
	uint64_t v;

	__asm__ __volatile__("mrs %0, fpcr" : "=r"(v));
	return v;
}
static void env_set_control(uint64_t v)
{
	__asm__ __volatile__("msr fpcr, %0" : : "r"(v) : "memory");
}
static uint64_t env_flags(void)
{
	uint64_t v;

	__asm__ __volatile__("mrs %0, fpsr" : "=r"(v));
	return v;
}
static void env_clear_flags(void)
{
	__asm__ __volatile__("msr fpsr, xzr" : : : "memory");
}
#elif defined(__x86_64__)
#define ENV_RMODE (3ULL << 13) /* MXCSR.RC: 0 nearest, 3 toward zero */
#define ENV_INEXACT (1ULL << 5)
static uint64_t env_control(void)
{
	uint32_t v;

	__asm__ __volatile__("stmxcsr %0" : "=m"(v));
	return v;
}
static void env_set_control(uint64_t v)
{
	uint32_t m = (uint32_t)v;

	__asm__ __volatile__("ldmxcsr %0" : : "m"(m) : "memory");
}
static uint64_t env_flags(void) { return env_control(); }
static void env_clear_flags(void) { env_set_control(env_control() & ~0x3fULL); }
#endif

/* 1/10 rounds up to nearest, so toward zero gives one ulp less. */
static volatile double one = 1.0, ten = 10.0;
#define TENTH_NEAREST 0x3fb999999999999aULL
#define TENTH_TOWARD_ZERO 0x3fb9999999999999ULL

/* Failures seen by the threads below, by step (0: none). */
static int zero_failed, nearest_failed;

/* Rounds toward zero, raising the inexact flag at every step. */
static void toward_zero(void *arg)
{
	int i;

	(void)arg;
	env_set_control(env_control() | ENV_RMODE);
	for (i = 1; i <= 50 && !zero_failed; i++) {
		if (bits(one / ten) != TENTH_TOWARD_ZERO ||
		    (env_control() & ENV_RMODE) != ENV_RMODE)
			zero_failed = i;
		uk_sched_yield();
	}
}

/* Rounds to nearest and never raises a flag until the end. */
static void nearest(void *arg)
{
	int i;

	(void)arg;
	env_clear_flags();
	for (i = 1; i <= 50 && !nearest_failed; i++) {
		uk_sched_yield();
		if ((env_control() & ENV_RMODE) || (env_flags() & ENV_INEXACT))
			nearest_failed = i;
	}
	if (!nearest_failed && bits(one / ten) != TENTH_NEAREST)
		nearest_failed = 100;
}

UK_TEST(sched_fp, each_thread_keeps_its_rounding_mode_and_flags)
{
	uint64_t before = env_control();
	struct uk_thread *z = uk_thread_create("rz", toward_zero, NULL, 0);
	struct uk_thread *n = uk_thread_create("rn", nearest, NULL, 0);

	UK_TEST_ASSERT(z && n);
	UK_TEST_EXPECT_EQ(uk_thread_join(z), 0);
	UK_TEST_EXPECT_EQ(uk_thread_join(n), 0);
	UK_TEST_EXPECT_EQ(zero_failed, 0);
	UK_TEST_EXPECT_EQ(nearest_failed, 0);
	/* Ours was not touched either. */
	UK_TEST_EXPECT_EQ(env_control() & ENV_RMODE, before & ENV_RMODE);
	UK_TEST_EXPECT_EQ(bits(one / ten), TENTH_NEAREST);
}
