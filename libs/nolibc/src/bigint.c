/* SPDX-License-Identifier: BSD-3-Clause */
/* Fixed-capacity big integer arithmetic (see bigint.h). */
#include "bigint.h"

static void trim(struct big *b)
{
	while (b->n > 0 && b->d[b->n - 1] == 0)
		b->n--;
}

void big_set(struct big *b, uint64_t v)
{
	b->d[0] = (uint32_t)v;
	b->d[1] = (uint32_t)(v >> 32);
	b->n = 2;
	trim(b);
}

void big_mul_add(struct big *b, uint32_t m, uint32_t a)
{
	uint64_t carry = a;
	int i;

	for (i = 0; i < b->n; i++) {
		carry += (uint64_t)b->d[i] * m;
		b->d[i] = (uint32_t)carry;
		carry >>= 32;
	}
	if (carry)
		b->d[b->n++] = (uint32_t)carry;
	trim(b);
}

void big_mul_pow5(struct big *b, unsigned int e)
{
	/* 5^13 is the largest power of five below 2^32. */
	for (; e >= 13; e -= 13)
		big_mul_add(b, 1220703125u, 0);
	if (e) {
		uint32_t m = 1;

		while (e--)
			m *= 5;
		big_mul_add(b, m, 0);
	}
}

void big_shl(struct big *b, unsigned int s)
{
	int limbs = (int)(s / 32), i;
	unsigned int bits = s % 32;

	if (b->n == 0)
		return;
	if (bits) {
		uint32_t top = b->d[b->n - 1] >> (32 - bits);

		for (i = b->n - 1; i > 0; i--)
			b->d[i] = b->d[i] << bits | b->d[i - 1] >> (32 - bits);
		b->d[0] <<= bits;
		if (top)
			b->d[b->n++] = top;
	}
	if (limbs) {
		for (i = b->n - 1; i >= 0; i--)
			b->d[i + limbs] = b->d[i];
		for (i = 0; i < limbs; i++)
			b->d[i] = 0;
		b->n += limbs;
	}
}

void big_shr1(struct big *b)
{
	int i;

	for (i = 0; i < b->n; i++)
		b->d[i] = b->d[i] >> 1 | (i + 1 < b->n ? b->d[i + 1] << 31 : 0);
	trim(b);
}

int big_cmp(const struct big *a, const struct big *b)
{
	int i;

	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (i = a->n - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return 0;
}

void big_sub(struct big *a, const struct big *b)
{
	uint64_t borrow = 0;
	int i;

	for (i = 0; i < a->n; i++) {
		uint64_t sub = (i < b->n ? b->d[i] : 0) + borrow;

		borrow = a->d[i] < sub;
		a->d[i] = (uint32_t)((uint64_t)a->d[i] - sub);
	}
	trim(a);
}

int big_bitlen(const struct big *b)
{
	if (b->n == 0)
		return 0;
	return 32 * b->n - __builtin_clz(b->d[b->n - 1]);
}

uint32_t big_divmod(struct big *b, uint32_t m)
{
	uint64_t rem = 0;
	int i;

	for (i = b->n - 1; i >= 0; i--) {
		rem = rem << 32 | b->d[i];
		b->d[i] = (uint32_t)(rem / m);
		rem %= m;
	}
	trim(b);
	return (uint32_t)rem;
}

uint32_t big_split(struct big *b, unsigned int s)
{
	int limb = (int)(s / 32);
	unsigned int bits = s % 32;
	uint64_t high = 0;
	int i;

	/* At most two limbs hold the 32 bits above bit s. */
	for (i = limb + 1; i >= limb; i--)
		high = high << 32 | (i < b->n ? b->d[i] : 0);
	high >>= bits;
	if (limb < b->n) {
		b->d[limb] &= bits ? (1u << bits) - 1 : 0;
		b->n = limb + 1;
		trim(b);
	}
	return (uint32_t)high;
}
