/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libm inside the image: a few values per function, bit for bit (the
 * correctly rounded results, as glibc gives them), plus the integer
 * returning functions, classification and the constants. The host test
 * (tests/glibc_compare.c) checks accuracy over many inputs; these check
 * that the same code, built for the target, computes the same there.
 */
#include <math.h>
#include <stdint.h>
#include <uk/test.h>

UK_TESTSUITE(libm);

static uint64_t bits(double d)
{
	union {
		double d;
		uint64_t u;
	} v = { .d = d };

	return v.u;
}

static uint32_t fbits(float f)
{
	union {
		float f;
		uint32_t u;
	} v = { .f = f };

	return v.u;
}

/* Through a volatile: the compiler must call libm, not fold the value. */
static volatile double one = 1.0;

#define EXPECT_BITS(e, want) UK_TEST_EXPECT_EQ(bits((e)*one), (want))
#define EXPECT_FBITS(e, want) UK_TEST_EXPECT_EQ(fbits((e) * (float)one), (want))

UK_TEST(libm, double_values)
{
	EXPECT_BITS(sin(1.0 * one), 0x3feaed548f090ceeULL);
	EXPECT_BITS(cos(1.0 * one), 0x3fe14a280fb5068cULL);
	EXPECT_BITS(tan(0.5 * one), 0x3fe17b4f5bf3474aULL);
	EXPECT_BITS(asin(0.5 * one), 0x3fe0c152382d7366ULL);
	EXPECT_BITS(acos(0.5 * one), 0x3ff0c152382d7366ULL);
	EXPECT_BITS(atan(1.0 * one), 0x3fe921fb54442d18ULL);
	EXPECT_BITS(atan2(1.0, -1.0), 0x4002d97c7f3321d2ULL);
	EXPECT_BITS(sinh(1.0 * one), 0x3ff2cd9fc44eb982ULL);
	EXPECT_BITS(cosh(1.0 * one), 0x3ff8b07551d9f550ULL);
	EXPECT_BITS(tanh(0.5 * one), 0x3fdd9353d7568af3ULL);
	EXPECT_BITS(exp(1.0 * one), 0x4005bf0a8b145769ULL);
	EXPECT_BITS(exp2(10.5 * one), 0x4096a09e667f3bcdULL);
	EXPECT_BITS(expm1(1e-10 * one), 0x3ddb7cdfd9dda4e3ULL);
	EXPECT_BITS(log(10.0 * one), 0x40026bb1bbb55516ULL);
	EXPECT_BITS(log2(3.0 * one), 0x3ff95c01a39fbd68ULL);
	EXPECT_BITS(log10(1000.0 * one), 0x4008000000000000ULL);
	EXPECT_BITS(log1p(1e-10 * one), 0x3ddb7cdfd9d1d693ULL);
	EXPECT_BITS(pow(2.0, 0.5), 0x3ff6a09e667f3bcdULL);
	EXPECT_BITS(pow(10.0, -3.0), 0x3f50624dd2f1a9fcULL);
	EXPECT_BITS(sqrt(2.0 * one), 0x3ff6a09e667f3bcdULL);
	EXPECT_BITS(cbrt(-27.0 * one), 0xc008000000000000ULL);
	EXPECT_BITS(hypot(3.0, 4.0), 0x4014000000000000ULL);
	EXPECT_BITS(erf(0.5 * one), 0x3fe0a7ef5c18edd2ULL);
	EXPECT_BITS(tgamma(5.0 * one), 0x4038000000000000ULL);
	EXPECT_BITS(lgamma(10.0 * one), 0x40299a8921a7f7d0ULL);
	EXPECT_BITS(fmod(10.5, 3.0), 0x3ff8000000000000ULL);
	EXPECT_BITS(remainder(10.5, 3.0), 0xbff8000000000000ULL);
	EXPECT_BITS(floor(-1.5 * one), 0xc000000000000000ULL);
	EXPECT_BITS(ceil(-1.5 * one), 0xbff0000000000000ULL);
	EXPECT_BITS(round(2.5 * one), 0x4008000000000000ULL);
	EXPECT_BITS(trunc(-2.7 * one), 0xc000000000000000ULL);
	EXPECT_BITS(rint(2.5 * one), 0x4000000000000000ULL);
	EXPECT_BITS(fabs(-0.0 * one), 0x0000000000000000ULL);
	EXPECT_BITS(copysign(3.0, -0.0), 0xc008000000000000ULL);
	EXPECT_BITS(fma(2.0, 3.0, 4.0), 0x4024000000000000ULL);
	EXPECT_BITS(nextafter(1.0, 2.0), 0x3ff0000000000001ULL);
}

UK_TEST(libm, float_values)
{
	EXPECT_FBITS(sinf(1.0f), 0x3f576aa4U);
	EXPECT_FBITS(cosf(1.0f), 0x3f0a5140U);
	EXPECT_FBITS(expf(1.0f), 0x402df854U);
	EXPECT_FBITS(logf(10.0f), 0x40135d8eU);
	EXPECT_FBITS(powf(2.0f, 0.5f), 0x3fb504f3U);
	EXPECT_FBITS(sqrtf(2.0f), 0x3fb504f3U);
	EXPECT_FBITS(atan2f(1.0f, -1.0f), 0x4016cbe4U);
	EXPECT_FBITS(floorf(-1.5f), 0xc0000000U);
	EXPECT_FBITS(fmodf(10.5f, 3.0f), 0x3fc00000U);
	EXPECT_FBITS(hypotf(3.0f, 4.0f), 0x40a00000U);
	EXPECT_FBITS(cbrtf(8.0f), 0x40000000U);
}

UK_TEST(libm, integers_and_parts)
{
	int e = 0;
	double ip = 0;

	UK_TEST_EXPECT_EQ(bits(frexp(8.0 * one, &e)), bits(0.5));
	UK_TEST_EXPECT_EQ(e, 4);
	UK_TEST_EXPECT_EQ(bits(ldexp(0.75 * one, 3)), bits(6.0));
	UK_TEST_EXPECT_EQ(bits(modf(-3.25 * one, &ip)), bits(-0.25));
	UK_TEST_EXPECT_EQ(bits(ip), bits(-3.0));
	UK_TEST_EXPECT_EQ(lround(-2.5 * one), -3);
	UK_TEST_EXPECT_EQ(lrint(2.5 * one), 2);
	UK_TEST_EXPECT_EQ(llround(1e15 * one + 0.5), 1000000000000001LL);
	UK_TEST_EXPECT_EQ(ilogb(1024.0 * one), 10);
	UK_TEST_EXPECT_EQ(ilogb(0.0 * one), FP_ILOGB0);
}

UK_TEST(libm, classification)
{
	volatile double zero = 0.0;

	UK_TEST_EXPECT(isnan(NAN));
	UK_TEST_EXPECT(isnan(sqrt(-one)));
	UK_TEST_EXPECT(isnan(acosh(-3.0 * one)));
	UK_TEST_EXPECT(isinf(HUGE_VAL) && isinf(-INFINITY));
	UK_TEST_EXPECT(isinf(exp(1000.0 * one)));
	UK_TEST_EXPECT(isinf(log(zero)) && log(zero) < 0);
	UK_TEST_EXPECT(isfinite(one) && !isfinite(HUGE_VALF));
	UK_TEST_EXPECT_EQ(fpclassify(one), FP_NORMAL);
	UK_TEST_EXPECT_EQ(fpclassify(0x1p-1074 * one), FP_SUBNORMAL);
	UK_TEST_EXPECT_EQ(fpclassify(zero), FP_ZERO);
	UK_TEST_EXPECT(signbit(copysign(zero, -one)));
	UK_TEST_EXPECT(isunordered(NAN, one) && !isless(NAN, one));
	UK_TEST_EXPECT(isgreater(2.0 * one, one));
}

UK_TEST(libm, constants)
{
	UK_TEST_EXPECT_EQ(bits(M_PI), bits(4 * atan(one)));
	UK_TEST_EXPECT_EQ(bits(M_E), bits(exp(one)));
	UK_TEST_EXPECT_EQ(bits(M_SQRT2), bits(sqrt(2.0 * one)));
	UK_TEST_EXPECT_EQ(bits(M_LN2), bits(log(2.0 * one)));
}
