/* SPDX-License-Identifier: BSD-3-Clause */
/* locale.h, signal.h, the environment, atexit, system, rand, div, strings, inttypes, M_PI. */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/environ.h>
#include <uk/test.h>

UK_TESTSUITE(hosting);

UK_TEST(hosting, c_locale)
{
	struct lconv *lc = localeconv();

	UK_TEST_EXPECT_STREQ(setlocale(LC_ALL, NULL), "C");
	UK_TEST_EXPECT_STREQ(setlocale(LC_NUMERIC, ""), "C");
	UK_TEST_EXPECT_STREQ(setlocale(LC_ALL, "POSIX"), "C");
	UK_TEST_EXPECT(setlocale(LC_ALL, "de_DE.UTF-8") == NULL);
	UK_TEST_EXPECT(setlocale(99, "C") == NULL);
	UK_TEST_EXPECT_STREQ(lc->decimal_point, ".");
	UK_TEST_EXPECT_STREQ(lc->thousands_sep, "");
	UK_TEST_EXPECT_EQ(lc->frac_digits, CHAR_MAX);
}

static int caught;
static void on_signal(int sig) { caught = sig; }

UK_TEST(hosting, signal_and_raise)
{
	UK_TEST_EXPECT(signal(SIGUSR1, on_signal) == SIG_DFL);
	UK_TEST_EXPECT_EQ(raise(SIGUSR1), 0);
	UK_TEST_EXPECT_EQ(caught, SIGUSR1);
	UK_TEST_EXPECT(signal(SIGUSR1, SIG_IGN) == on_signal);
	caught = 0;
	UK_TEST_EXPECT_EQ(raise(SIGUSR1), 0);
	UK_TEST_EXPECT_EQ(caught, 0);
	UK_TEST_EXPECT(signal(SIGUSR1, SIG_DFL) == SIG_IGN);
	UK_TEST_EXPECT_EQ(raise(SIGCHLD), 0); /* default: ignored */
	errno = 0;
	UK_TEST_EXPECT(signal(SIGKILL, on_signal) == SIG_ERR);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	UK_TEST_EXPECT_EQ(raise(0), -1);
	UK_TEST_EXPECT_EQ(raise(NSIG), -1);
}

UK_TEST(hosting, environment_from_arguments)
{
	char a0[] = "app", a1[] = "env.HOME=/root",
	     a2[] = "env.EMPTY=", a3[] = "-e", a4[] = "env.LATE=1";
	char *argv[] = { a0, a1, a2, a3, a4, NULL };

	UK_TEST_EXPECT_EQ(uk_environ_from_args(5, argv), 3);
	UK_TEST_EXPECT_STREQ(argv[1], "-e");
	UK_TEST_EXPECT_STREQ(argv[2], "env.LATE=1");
	UK_TEST_EXPECT(argv[3] == NULL);
	UK_TEST_EXPECT_STREQ(getenv("HOME"), "/root");
	UK_TEST_EXPECT_STREQ(getenv("EMPTY"), "");
	UK_TEST_EXPECT(getenv("LATE") == NULL);
	UK_TEST_EXPECT_EQ(setenv("HOME", "/x", 0), 0);
	UK_TEST_EXPECT_STREQ(getenv("HOME"), "/root");
	UK_TEST_EXPECT_EQ(setenv("HOME", "/x", 1), 0);
	UK_TEST_EXPECT_STREQ(getenv("HOME"), "/x");
	UK_TEST_EXPECT_EQ(setenv("A", "1", 1), 0);
	UK_TEST_EXPECT_EQ(setenv("B", "2", 1), 0);
	UK_TEST_EXPECT_EQ(unsetenv("HOME"), 0);
	UK_TEST_EXPECT(getenv("HOME") == NULL);
	UK_TEST_EXPECT_STREQ(getenv("B"), "2");
	errno = 0;
	UK_TEST_EXPECT_EQ(setenv("A=B", "1", 1), -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	UK_TEST_EXPECT_EQ(unsetenv(""), -1);
	unsetenv("A");
	unsetenv("B");
	unsetenv("EMPTY");
}

UK_TEST(hosting, system_rand_div)
{
	int i, a, differ = 0;

	UK_TEST_EXPECT_EQ(system(NULL), 0);
	errno = 0;
	UK_TEST_EXPECT_EQ(system("ls"), -1);
	UK_TEST_EXPECT_EQ(errno, ENOSYS);
	srand(7);
	a = rand();
	for (i = 0; i < 100; i++) {
		int r = rand();

		UK_TEST_EXPECT(r >= 0 && r <= RAND_MAX);
		differ += r != a;
	}
	UK_TEST_EXPECT_GT(differ, 90);
	srand(7);
	UK_TEST_EXPECT_EQ(rand(), a);
	UK_TEST_EXPECT_EQ(div(-7, 2).quot, -3);
	UK_TEST_EXPECT_EQ(div(-7, 2).rem, -1);
	UK_TEST_EXPECT_EQ(ldiv(7L, -2L).quot, -3);
	UK_TEST_EXPECT_EQ(lldiv(1LL << 40, 3).rem, (1LL << 40) % 3);
	UK_TEST_EXPECT_EQ(imaxabs(-INTMAX_MAX), INTMAX_MAX);
	UK_TEST_EXPECT_EQ(imaxdiv(17, 5).quot, 3);
	UK_TEST_EXPECT_EQ(imaxdiv(17, 5).rem, 2);
}

UK_TEST(hosting, string_search_and_collation)
{
	const char hay[] = "abc\0abd\0xyz";
	char x[8];

	UK_TEST_EXPECT(memmem(hay, sizeof(hay), "abd", 3) == hay + 4);
	UK_TEST_EXPECT(memmem(hay, sizeof(hay), "\0x", 2) == hay + 7);
	UK_TEST_EXPECT(memmem(hay, sizeof(hay), "abe", 3) == NULL);
	UK_TEST_EXPECT(memmem(hay, 2, "abc", 3) == NULL);
	UK_TEST_EXPECT(memmem(hay, 3, "", 0) == hay);
	UK_TEST_EXPECT(strpbrk(hay + 8, "zy") == hay + 9);
	UK_TEST_EXPECT(strpbrk("hello", "xyz") == NULL);
	UK_TEST_EXPECT_LT(strcoll("abc", "abd"), 0);
	UK_TEST_EXPECT_EQ(strcoll("abc", "abc"), 0);
	UK_TEST_EXPECT_EQ(strxfrm(x, "hello", sizeof(x)), 5);
	UK_TEST_EXPECT_STREQ(x, "hello");
	UK_TEST_EXPECT_EQ(strxfrm(x, "much too long", 4), 13);
}

UK_TEST(hosting, inttypes_macros_and_math_constants)
{
	char buf[64];
#ifdef __INT_LEAST8_FMTd__
	int_least16_t l = -5;
	uint_fast64_t u = 1ULL << 40;

	snprintf(buf, sizeof(buf),
		 "%" PRIdLEAST16 " %" PRIuFAST64 " %" PRIxFAST8, l, u,
		 (uint_fast8_t)255);
	UK_TEST_EXPECT_STREQ(buf, "-5 1099511627776 ff");
#endif
#if __NOLIBC_HAVE_FP
	snprintf(buf, sizeof(buf), "%.15f %.10f", M_PI, M_SQRT2);
	UK_TEST_EXPECT_STREQ(buf, "3.141592653589793 1.4142135624");
#endif
}

/* They print at the image's exit, after everything else: test/e2e/hosting.test.ts checks the order. */
static void first(void) { printf("atexit: first registered, run last\n"); }
static void second(void)
{
	printf("atexit: second registered, run first (no newline yet) ");
}

UK_TEST(hosting, atexit_runs_at_exit)
{
	UK_TEST_EXPECT_EQ(atexit(first), 0);
	UK_TEST_EXPECT_EQ(atexit(second), 0);
}
