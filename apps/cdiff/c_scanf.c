/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sscanf (C11 7.21.6.2): return counts, input failure (EOF) against
 * matching failure (0), %n, scan sets, assignment suppression, widths,
 * %i's prefixes, whitespace directives, %c keeping whitespace, the
 * length modifiers and the float conversions.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "cdiff.h"

/* Integers: up to four %d-like targets and a %n. */
static void ints(const char *in, const char *fmt)
{
	long long a = -7, b = -7, c = -7;
	int n = -7;
	int r;
	char label[128];

	/* Every format here takes three long long targets then %n, in order. */
	r = sscanf(in, fmt, &a, &b, &c, &n);
	snprintf(label, sizeof(label), "scanf [%s] [%s]", in, fmt);
	cd_line(label, "ret=%d %lld %lld %lld n=%d", r, a, b, c, n);
}

static void strs(const char *in, const char *fmt)
{
	char s1[32], s2[32];
	int n = -7, r;
	char label[128];

	memset(s1, 0, sizeof(s1));
	memset(s2, 0, sizeof(s2));
	strcpy(s1, "<unset>");
	strcpy(s2, "<unset>");
	r = sscanf(in, fmt, s1, s2, &n);
	snprintf(label, sizeof(label), "scanf [%s] [%s] ret=%d n=%d s1", in,
		 fmt, r, n);
	cd_str(label, s1);
	snprintf(label, sizeof(label), "scanf [%s] [%s] s2", in, fmt);
	cd_str(label, s2);
}

static void chars(const char *in, const char *fmt)
{
	char c[8];
	int n = -7, r;
	char label[128];

	memset(c, '.', sizeof(c));
	r = sscanf(in, fmt, c, &n);
	snprintf(label, sizeof(label), "scanf [%s] [%s] ret=%d n=%d", in, fmt,
		 r, n);
	cd_bytes(label, c, sizeof(c));
}

static void floats(const char *in, const char *fmt)
{
	double d = -7, e = -7;
	int n = -7, r;
	char label[128];

	r = sscanf(in, fmt, &d, &e, &n);
	snprintf(label, sizeof(label), "scanf [%s] [%s]", in, fmt);
	cd_line(label, "ret=%d %a %a n=%d", r, d, e, n);
}

static void lengths(void)
{
	signed char hh = 0;
	unsigned char uhh = 0;
	short h = 0;
	unsigned short uh = 0;
	long l = 0;
	unsigned long ul = 0;
	intmax_t j = 0;
	size_t z = 0;
	ptrdiff_t t = 0;
	float f = 0;
	long double L = 0;
	int r;

	r = sscanf(
		"-5 250 -300 65535 -123456789 4294967296 -99 77 -66 1.5 2.25",
		"%hhd %hhu %hd %hu %ld %lu %jd %zu %td %f %Lf", &hh, &uhh, &h,
		&uh, &l, &ul, &j, &z, &t, &f, &L);
	cd_line("scanf lengths", "ret=%d %d %u %d %u %ld %lu %jd %zu %td %a %a",
		r, hh, uhh, h, uh, l, ul, j, z, t, (double)f, (double)L);
	{
		double d1 = 0, d2 = 0, d3 = 0, d4 = 0;

		r = sscanf("0x1p-3 1e400 -1e-400 inf -nan",
			   "%f %lf %le %lg %lf", &f, &d1, &d2, &d3, &d4);
		cd_line("scanf float specials", "ret=%d %a %a %a %a %d %d", r,
			(double)f, d1, d2, d3, isnan(d4) != 0,
			signbit(d4) != 0);
	}
}

void cd_scanf(void)
{
	ints("1 2 3", "%lld %lld %lld%n");
	ints("", "%lld %lld %lld%n");
	ints("   ", "%lld %lld %lld%n");
	ints("x", "%lld %lld %lld%n");
	ints("1 x", "%lld %lld %lld%n");
	ints("1 2", "%lld %lld %lld%n");
	ints("12345", "%2lld%2lld%lld%n");
	ints("-12 +34 0", "%lld%lld%lld%n");
	ints("0x1f 010 -0x10", "%lli %lli %lli%n");
	ints("0x 07 08", "%lli %lli %lli%n");
	ints("0xg", "%lli%lld%lld%n");
	ints("077 0x1F 1f", "%llo %llx %llx%n");
	ints("0X1F 0x 5", "%llx %llx %llx%n");
	ints("1,2,3", "%lld,%lld,%lld%n");
	ints("1, 2 ,3", "%lld,%lld ,%lld%n");
	ints("1 2 3", "%lld%*d%lld%lld%n");
	ints("1 2 3 4", "%lld %*d %lld %lld%n");
	ints("- 1", "%lld%lld%lld%n");
	ints("+", "%lld%lld%lld%n");
	ints("42abc", "%lld%lld%lld%n");
	ints("1%2", "%lld%%%lld%lld%n");
	ints("1 % 2", "%lld %% %lld%lld%n");
	ints("18446744073709551615 -1 9", "%llu %llu %llu%n");
	ints("9223372036854775807 99", "%lld %lld %lld%n");
	ints("abc 5", "abc %lld%lld%lld%n");
	ints("abd 5", "abc %lld%lld%lld%n");
	ints("ab", "abc %lld%lld%lld%n");
	ints("\t\n 3\n", " %lld %lld %lld%n");
	ints("-0x10 -010 -1", "%lli %lli %llu%n");
	ints("-ff -7 +0x", "%llx %llo %llx%n");
	ints("-12345", "%3lld%lld%lld%n");
	ints("+-5", "%lld%lld%lld%n");
	ints("12 34", "%1lld%1lld %lld%n");
	ints("0x10", "%1lli%lli%lld%n");
	ints("0x10", "%2lli%lli%lld%n");
	ints("0x10", "%3lli%lli%lld%n");
	ints("9 8", "%lld%*[ ]%lld%lld%n");
	ints("1 2", "%lld %lld %lld %n");
	ints("1\n\t 2 3", "%lld%lld%lld%n");
	ints("5 abc", "%lld abc%lld%lld%n");

	strs("hello world", "%s %s%n");
	strs("  hello   world  ", "%s%s%n");
	strs("hello", "%3s%s%n");
	strs("abc123def", "%[a-z]%[0-9]%n");
	strs("abc123def", "%[^0-9]%[^a-z]%n");
	strs("]abc]x", "%[]a-c]%s%n");
	strs("^-x", "%[^x]%s%n");
	strs("a-b", "%[a-]%s%n");
	strs("123", "%[a-z]%s%n");
	strs("", "%[a-z]%s%n");
	strs("aaa bbb", "%*s %s%n");
	strs("abcdef", "%2[a-z]%2[a-z]%n");
	strs("key=value", "%[^=]=%s%n");
	strs("  lead", "%[ a-z]%s%n");
	strs("x y", "%s%n");
	strs("line one\nline two", "%20[^\n]%*c%[^\n]%n");
	strs("ab", "%1s%1s%n");
	strs("a\tb", "%*[^\t]%s%s%n");
	strs("-x-", "%[-x]%s%n");

	chars(" x", "%c%n");
	chars("abc", "%3c%n");
	chars(" abc", " %2c%n");
	chars("ab", "%3c%n");
	chars("", "%c%n");
	chars("\n", "%c%n");
	chars("xy", "%*c%c%n");

	floats("1.5 -2.25", "%lf %lf%n");
	floats("1e10 0x1.8p1", "%le %la%n");
	floats("inf nan", "%lf %lf%n");
	floats("-infinity 1.", "%lf %lf%n");
	floats(".5 5.", "%lg %lg%n");
	floats("1e", "%lf%lf%n");
	floats("1.5e+", "%lf%lf%n");
	floats("12345", "%3lf%lf%n");
	floats("0x", "%lf%lf%n");
	floats(".", "%lf%lf%n");
	floats("4.9e-324 2.5e-308", "%lf %lf%n");
	floats("1.7976931348623157e308 -0", "%lf %lf%n");
	floats("1e+5", "%4lf%lf%n");
	floats("infx", "%lf%lf%n");
	floats("infinityx", "%lf%lf%n");
	floats("nan(12)x", "%lf%lf%n");
	floats("0x1p4 0X.8P1", "%la %lA%n");
	floats("-.0e9 +3", "%le %lg%n");
	lengths();
}
