/* SPDX-License-Identifier: BSD-3-Clause */
/* The scanf family: sscanf/vsscanf conversions, widths, suppression, sets, %n, fscanf. */
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/fdtab.h>
#include <uk/test.h>

UK_TESTSUITE(scanf);

UK_TEST(scanf, integers_in_every_base)
{
	int d, i1, i2, i3, n;
	unsigned int u, o, x;
	long long ll;
	short h;
	signed char hh;
	size_t z;

	UK_TEST_EXPECT_EQ(
		sscanf("  -42 0x1F 017 12", "%d %i %i %i", &d, &i1, &i2, &i3),
		4);
	UK_TEST_EXPECT_EQ(d, -42);
	UK_TEST_EXPECT_EQ(i1, 31);
	UK_TEST_EXPECT_EQ(i2, 15);
	UK_TEST_EXPECT_EQ(i3, 12);
	UK_TEST_EXPECT_EQ(sscanf("4294967295 777 ff", "%u %o %x", &u, &o, &x),
			  3);
	UK_TEST_EXPECT_EQ(u, 4294967295u);
	UK_TEST_EXPECT_EQ(o, 511u);
	UK_TEST_EXPECT_EQ(x, 255u);
	UK_TEST_EXPECT_EQ(sscanf("-9223372036854775807 70000 300 99",
				 "%lld %hd %hhd %zu", &ll, &h, &hh, &z),
			  4);
	UK_TEST_EXPECT_EQ(ll, -9223372036854775807LL);
	UK_TEST_EXPECT_EQ(h, (short)70000);
	UK_TEST_EXPECT_EQ(hh, (signed char)300);
	UK_TEST_EXPECT_EQ(z, 99);
	UK_TEST_EXPECT_EQ(sscanf("12345", "%3d%d%n", &d, &i1, &n), 2);
	UK_TEST_EXPECT_EQ(d, 123);
	UK_TEST_EXPECT_EQ(i1, 45);
	UK_TEST_EXPECT_EQ(n, 5);
}

UK_TEST(scanf, strings_chars_sets_and_suppression)
{
	char s[16], t[16], c[4] = { 0 };
	int a, n;

	UK_TEST_EXPECT_EQ(sscanf("hello world", "%s %3s", s, t), 2);
	UK_TEST_EXPECT_STREQ(s, "hello");
	UK_TEST_EXPECT_STREQ(t, "wor");
	UK_TEST_EXPECT_EQ(sscanf(" xyz", "%c%2c", c, c + 1), 2);
	UK_TEST_EXPECT_MEMEQ(c, " xy", 3);
	UK_TEST_EXPECT_EQ(sscanf("key=value;rest", "%[a-z]=%[^;];%n", s, t, &n),
			  2);
	UK_TEST_EXPECT_STREQ(s, "key");
	UK_TEST_EXPECT_STREQ(t, "value");
	UK_TEST_EXPECT_EQ(n, 10);
	UK_TEST_EXPECT_EQ(sscanf("]]x", "%[]]", s), 1);
	UK_TEST_EXPECT_STREQ(s, "]]");
	UK_TEST_EXPECT_EQ(sscanf("7 skip 9", "%d %*s %d", &a, &n), 2);
	UK_TEST_EXPECT_EQ(a, 7);
	UK_TEST_EXPECT_EQ(n, 9);
	UK_TEST_EXPECT_EQ(sscanf("100%", "%d%%", &a), 1);
}

UK_TEST(scanf, failures_and_eof)
{
	int a = -1, b = -1;

	UK_TEST_EXPECT_EQ(sscanf("", "%d", &a), EOF);
	UK_TEST_EXPECT_EQ(sscanf("   ", "%d", &a), EOF);
	UK_TEST_EXPECT_EQ(sscanf("abc", "%d", &a), 0);
	UK_TEST_EXPECT_EQ(a, -1);
	UK_TEST_EXPECT_EQ(sscanf("5 x", "%d %d", &a, &b), 1);
	UK_TEST_EXPECT_EQ(sscanf("5", "%d %d", &a, &b), 1);
	UK_TEST_EXPECT_EQ(sscanf("a5", "b%d", &a), 0);
	UK_TEST_EXPECT_EQ(sscanf("-", "%d", &a), 0);
}

#if __NOLIBC_HAVE_FP
UK_TEST(scanf, floating_point)
{
	float f;
	double d, e, g;
	int n;
	long double ld, want = strtold("2.5", NULL);

	UK_TEST_EXPECT_EQ(sscanf("3.25 -1e-3 0x1p4 2.5", "%f %lf %lf %Lf", &f,
				 &d, &e, &ld),
			  4);
	UK_TEST_EXPECT(f == 3.25f);
	UK_TEST_EXPECT(d == -1e-3);
	UK_TEST_EXPECT(e == 16.0);
	/* Bytes, not a comparison: arm64's 128-bit long double has no soft-float helpers here (x87: 10 bytes). */
	UK_TEST_EXPECT_MEMEQ(&ld, &want,
			     __LDBL_MANT_DIG__ == 64 ? 10 : sizeof(ld));
	UK_TEST_EXPECT_EQ(sscanf("1.5e+2x", "%lg", &g), 1);
	UK_TEST_EXPECT(g == 150.0);
	UK_TEST_EXPECT_EQ(sscanf("12.345", "%4lf", &g), 1);
	UK_TEST_EXPECT(g == 12.3);
	UK_TEST_EXPECT_EQ(sscanf(".", "%lf", &g), 0);
	/* Only what can still become "infinity" or "nan(...)" is taken: the x stays. */
	UK_TEST_EXPECT_EQ(sscanf("infx", "%lf%n", &g, &n), 1);
	UK_TEST_EXPECT(g > 1e308 && n == 3);
	UK_TEST_EXPECT_EQ(sscanf("-INFINITYx", "%lf%n", &g, &n), 1);
	UK_TEST_EXPECT(g < -1e308 && n == 9);
	UK_TEST_EXPECT_EQ(sscanf("nan(12)x", "%lf%n", &g, &n), 1);
	UK_TEST_EXPECT(g != g && n == 7);
	UK_TEST_EXPECT_EQ(sscanf("infin", "%lf", &g), 0);
}
#endif

static int vsscanf_helper(const char *s, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsscanf(s, fmt, ap);
	va_end(ap);
	return n;
}

/* A read-only in-memory descriptor holding one string. */
static ssize_t str_read(struct uk_ofile *of, void *buf, size_t len, off_t *pos)
{
	const char *s = of->priv;
	size_t left = strlen(s) - (size_t)*pos;

	if (len > left)
		len = left;
	memcpy(buf, s + *pos, len);
	*pos += (off_t)len;
	return (ssize_t)len;
}

static const struct uk_fdops str_ops = { .read = str_read };

UK_TEST(scanf, vsscanf_and_fscanf)
{
	char word[8];
	int a = 0, b = 0;
	FILE *f;

	UK_TEST_EXPECT_EQ(vsscanf_helper("8,9", "%d,%d", &a, &b), 2);
	UK_TEST_EXPECT_EQ(a + b, 17);
	f = fdopen(uk_fd_open(&str_ops, (void *)"10 apples\n20", O_RDONLY),
		   "r");
	UK_TEST_EXPECT_EQ(fscanf(f, "%d %7s", &a, word), 2);
	UK_TEST_EXPECT_EQ(a, 10);
	UK_TEST_EXPECT_STREQ(word, "apples");
	UK_TEST_EXPECT_EQ(fscanf(f, "%d", &b), 1);
	UK_TEST_EXPECT_EQ(b, 20);
	UK_TEST_EXPECT_EQ(fscanf(f, "%d", &b), EOF);
	fclose(f);
}
