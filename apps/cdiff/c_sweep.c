/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Sweeps with a fixed pseudo-random sequence: integer printf with
 * random flags, widths and precisions; strtol in every base 2..36;
 * memmove, strncmp and strstr over generated inputs; gmtime and mktime
 * over 1901..2300; the ISO week fields around every new year of
 * 1999..2030; rounding functions on random doubles.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cdiff.h"

static uint64_t seed = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	seed = seed * 6364136223846793005u +
	       1442695040888963407u; /* Knuth's MMIX LCG */
	return seed ^ (seed >> 29);
}

static void printf_ints(void)
{
	static const char flag_chars[] = "-+ 0#";
	static const char conv[] = "diouxX";
	char fmt[40], out[128], label[80];
	int i;

	for (i = 0; i < 600; i++) {
		uint64_t r = next();
		char c = conv[r % 6];
		size_t n = 0;
		int f, len = (int)((r >> 8) % 5), ret;
		long long v = (long long)next() >> (next() % 64);

		fmt[n++] = '%';
		for (f = 0; f < 5; f++)
			if ((r >> (16 + f)) & 1) {
				if (flag_chars[f] == '#' &&
				    (c == 'd' || c == 'i' || c == 'u'))
					continue;
				fmt[n++] = flag_chars[f];
			}
		if ((r >> 24) & 1)
			n += (size_t)snprintf(fmt + n, sizeof(fmt) - n, "%d",
					      (int)((r >> 25) % 30));
		if ((r >> 32) & 1)
			n += (size_t)snprintf(fmt + n, sizeof(fmt) - n, ".%d",
					      (int)((r >> 33) % 25));
		fmt[n] = '\0';
		strcat(fmt,
		       (const char *const[]){ "", "hh", "h", "l", "ll" }[len]);
		n = strlen(fmt);
		fmt[n++] = c;
		fmt[n] = '\0';
		switch (len) {
		case 0: ret = snprintf(out, sizeof(out), fmt, (int)v); break;
		case 1:
			ret = snprintf(out, sizeof(out), fmt,
				       (int)(signed char)v);
			break;
		case 2:
			ret = snprintf(out, sizeof(out), fmt, (int)(short)v);
			break;
		case 3: ret = snprintf(out, sizeof(out), fmt, (long)v); break;
		default: ret = snprintf(out, sizeof(out), fmt, v); break;
		}
		snprintf(label, sizeof(label),
			 "sweep printf %d [%s] %lld ret=%d", i, fmt, v, ret);
		cd_str(label, out);
	}
}

static void strtol_bases(void)
{
	static const char *const in[] = {
		"zZ19aB-",
		"-1010x",
		"  +7fffffffffffffff",
		"ZIK0ZJ",
		"3w5e11264sgsf",
		"-3w5e11264sgsg",
		"1y2p0ij32e8e7",
		"0x1Az",
		"11111111111111111111111111111111111111111111111111111111111111111"
	};
	char label[80];
	size_t i;
	int b;

	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++)
		for (b = 2; b <= 36; b++) {
			char *e1, *e2;
			long l;
			unsigned long long u;
			int er1, er2;

			errno = 0;
			l = strtol(in[i], &e1, b);
			er1 = errno;
			errno = 0;
			u = strtoull(in[i], &e2, b);
			er2 = errno;
			snprintf(label, sizeof(label), "sweep strtol \"%s\" %d",
				 in[i], b);
			cd_line(label, "%ld %ld %d %llu %ld %d", l,
				(long)(e1 - in[i]), er1 != 0, u,
				(long)(e2 - in[i]), er2 != 0);
		}
}

static void mem_sweep(void)
{
	char a[96], b[96];
	int len, d, i;

	for (len = 0; len <= 40; len += 3)
		for (d = -9; d <= 9; d++) {
			uint32_t h = 2166136261u;

			for (i = 0; i < 96; i++)
				a[i] = b[i] = (char)(i * 7 + 1);
			memmove(a + 40 + d, a + 40, (size_t)len);
			for (i = 0; i < len; i++)
				b[40 + d + i] =
					(char)((40 + i) * 7 +
					       1); /* the naive result */
			for (i = 0; i < 96; i++)
				h = (h ^ (unsigned char)a[i]) * 16777619u;
			cd_line("sweep memmove", "%d %d %08x %d", len, d,
				(unsigned)h, memcmp(a, b, 96) == 0);
		}
}

static void str_sweep(void)
{
	char s[24], t[8];
	int i, k;

	for (i = 0; i < 300; i++) {
		int ls = (int)(next() % 20), lt = (int)(next() % 5);
		const char *p;
		int c;

		for (k = 0; k < ls; k++)
			s[k] = "aab"[next() % 3];
		s[ls] = '\0';
		for (k = 0; k < lt; k++)
			t[k] = "ab"[next() % 2];
		t[lt] = '\0';
		p = strstr(s, t);
		c = strncmp(s, t, (size_t)(next() % 6));
		cd_line("sweep str",
			"[%s] [%s] strstr=%ld strncmp=%d strspn=%zu strcspn=%zu",
			s, t, p ? (long)(p - s) : -1L, (c > 0) - (c < 0),
			strspn(s, t), strcspn(s, t));
	}
}

static void time_sweep(void)
{
	long long t;
	char label[48], out[64];
	int y, d;

	for (t = -2147483648LL; t < 10413792000LL; t += 86400LL * 41 + 3607) {
		time_t tt = (time_t)t;
		struct tm g = *gmtime(&tt), m = g;
		time_t back;

		m.tm_mday += 40;
		m.tm_sec -= 100000;
		back = mktime(&m);
		snprintf(label, sizeof(label), "sweep gmtime %lld", t);
		cd_line(label,
			"%d %d %d %d:%d:%d %d %d mktime=%lld %d-%d-%d %d:%d:%d %d %d",
			g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min,
			g.tm_sec, g.tm_wday, g.tm_yday, (long long)back,
			m.tm_year, m.tm_mon, m.tm_mday, m.tm_hour, m.tm_min,
			m.tm_sec, m.tm_wday, m.tm_yday);
	}
	for (y = 1999; y <= 2030; y++)
		for (d = -6; d <= 7; d++) {
			struct tm tm;

			memset(&tm, 0, sizeof(tm));
			tm.tm_year = y - 1900;
			tm.tm_mday = d;
			tm.tm_hour = 12;
			mktime(&tm);
			strftime(out, sizeof(out),
				 "%F %a %G %g %V %U %W %j %u %w", &tm);
			snprintf(label, sizeof(label), "sweep weeks %d %d", y,
				 d);
			cd_str(label, out);
		}
}

static void math_sweep(void)
{
	char label[48];
	int i;

	for (i = 0; i < 300; i++) {
		uint64_t r = next();
		double x;

		/* Mostly values near integers and halves, some anywhere. */
		if (i % 3 == 0) {
			memcpy(&x, &r, sizeof(x));
		} else {
			x = (double)((int64_t)(r >> 20) % 2000000) / 4.0;
			if (i % 3 == 2)
				x = ldexp(x, (int)(next() % 80) - 20);
		}
		if (isnan(x))
			continue;
		snprintf(label, sizeof(label), "sweep math %a", x);
		cd_line(label, "%a %a %a %a %a %a %a %a", floor(x), ceil(x),
			trunc(x), round(x), rint(x), fmod(x, 0.75),
			remainder(x, 1.5), sqrt(fabs(x)));
	}
}

void cd_sweep(void)
{
	printf_ints();
	strtol_bases();
	mem_sweep();
	str_sweep();
	time_sweep();
	math_sweep();
}
