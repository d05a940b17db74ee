/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * stdlib.h (C11 7.22.5, 7.22.6): qsort of distinct keys (stability is
 * not required, so no equal keys), bsearch hits and misses, abs, labs,
 * llabs, div, ldiv, lldiv with the signs C99 fixed (truncation toward
 * zero); strtoimax, strtoumax, imaxabs, imaxdiv.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cdiff.h"

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct rec {
	char name[7];
	int key;
};

static int cmp_rec(const void *a, const void *b)
{
	return cmp_int(&((const struct rec *)a)->key,
		       &((const struct rec *)b)->key);
}

static void sort(void)
{
	int v[200];
	const char *w[] = { "pear", "apple",  "fig",  "banana",
			    "kiwi", "cherry", "date", "grape" };
	struct rec r[5] = {
		{ "e", 5 }, { "a", 1 }, { "d", 4 }, { "b", 2 }, { "c", 3 }
	};
	char line[1200];
	size_t i, n = 0;
	unsigned int x = 12345;

	for (i = 0; i < 200; i++) {
		x = x * 1103515245u + 12345u;
		v[i] = (int)(x >> 8) % 100000 - 50000;
		v[i] = v[i] * 200 + (int)i; /* distinct */
	}
	qsort(v, 200, sizeof(v[0]), cmp_int);
	for (i = 0; i < 200 && n < sizeof(line) - 16; i += 10)
		n += (size_t)snprintf(line + n, sizeof(line) - n, "%d ", v[i]);
	cd_line("stdlib qsort ints", "%s", line);
	for (i = 1; i < 200; i++)
		if (v[i - 1] >= v[i])
			break;
	cd_line("stdlib qsort sorted", "%d", i == 200);
	qsort(w, 8, sizeof(w[0]), cmp_str);
	cd_line("stdlib qsort strs", "%s %s %s %s %s %s %s %s", w[0], w[1],
		w[2], w[3], w[4], w[5], w[6], w[7]);
	qsort(r, 5, sizeof(r[0]), cmp_rec);
	cd_line("stdlib qsort recs", "%s%s%s%s%s", r[0].name, r[1].name,
		r[2].name, r[3].name, r[4].name);
	qsort(v, 0, sizeof(v[0]), cmp_int);
	qsort(v, 1, sizeof(v[0]), cmp_int);
	cd_line("stdlib qsort 0 1", "%d", v[0]);
	{
		int key, *p;
		int keys[4];

		keys[0] = v[0];
		keys[1] = v[199];
		keys[2] = v[77];
		keys[3] = v[77] + 1;
		for (i = 0; i < 4; i++) {
			key = keys[i];
			p = bsearch(&key, v, 200, sizeof(v[0]), cmp_int);
			cd_line("stdlib bsearch", "%zu %ld", i,
				p ? (long)(p - v) : -1L);
		}
		p = bsearch(&key, v, 0, sizeof(v[0]), cmp_int);
		cd_line("stdlib bsearch empty", "%d", p == NULL);
		key = 3;
		{
			struct rec k = { "", 3 },
				   *q = bsearch(&k, r, 5, sizeof(r[0]),
						cmp_rec);

			cd_line("stdlib bsearch rec", "%s",
				q ? q->name : "NULL");
		}
	}
}

static void arith(void)
{
	static const int num[] = { 7, -7, 7, -7, 0, INT_MIN + 1, 1 };
	static const int den[] = { 2, 2, -2, -2, 3, 3, INT_MAX };
	size_t i;

	cd_line("stdlib abs", "%d %d %d %d", abs(0), abs(-5), abs(5),
		abs(INT_MIN + 1));
	cd_line("stdlib labs", "%ld %ld %ld", labs(-5L), labs(LONG_MIN + 1),
		labs(LONG_MAX));
	cd_line("stdlib llabs", "%lld %lld", llabs(-5LL), llabs(LLONG_MIN + 1));
	for (i = 0; i < sizeof(num) / sizeof(num[0]); i++) {
		div_t d = div(num[i], den[i]);
		ldiv_t l = ldiv((long)num[i] * 3, (long)den[i]);
		lldiv_t ll = lldiv((long long)num[i] * 5, (long long)den[i]);

		cd_line("stdlib div",
			"%d/%d = %d r %d; ldiv %ld r %ld; lldiv %lld r %lld",
			num[i], den[i], d.quot, d.rem, l.quot, l.rem, ll.quot,
			ll.rem);
	}
}

/* inttypes.h (7.8.2): the intmax_t functions. */
static void intmax(void)
{
	static const char *const in[] = { "-9223372036854775809",
					  "0x7fffffffffffffff", "  -077",
					  "18446744073709551616", "z" };
	imaxdiv_t q = imaxdiv(INTMAX_MIN + 1, -10);
	size_t i;

	cd_line("stdlib imaxabs imaxdiv", "%jd %jd %jd",
		imaxabs(INTMAX_MIN + 1), q.quot, q.rem);
	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		char *e1, *e2;
		intmax_t v;
		uintmax_t u;
		int er1, er2;

		errno = 0;
		v = strtoimax(in[i], &e1, 0);
		er1 = errno;
		errno = 0;
		u = strtoumax(in[i], &e2, 0);
		er2 = errno;
		cd_line("stdlib strtoimax", "%s %jd %ld %d %ju %ld %d", in[i],
			v, (long)(e1 - in[i]), er1 == ERANGE, u,
			(long)(e2 - in[i]), er2 == ERANGE);
	}
}

void cd_stdlib(void)
{
	intmax();
	sort();
	arith();
}
