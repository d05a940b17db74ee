/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * fenv.h inside the image: flags raised by real operations, the
 * rounding mode seen by rint, and saving and restoring the environment.
 */
#include <fenv.h>
#include <math.h>
#include <uk/test.h>

UK_TESTSUITE(fenv);

static volatile double one = 1.0, zero = 0.0, three = 3.0;

UK_TEST(fenv, flags)
{
	volatile double r;

	UK_TEST_EXPECT_EQ(feclearexcept(FE_ALL_EXCEPT), 0);
	UK_TEST_EXPECT_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
	r = one / zero;
	UK_TEST_EXPECT_EQ(fetestexcept(FE_DIVBYZERO), FE_DIVBYZERO);
	r = one / three;
	UK_TEST_EXPECT_EQ(fetestexcept(FE_INEXACT), FE_INEXACT);
	r = sqrt(-one);
	UK_TEST_EXPECT_EQ(fetestexcept(FE_INVALID), FE_INVALID);
	(void)r;
	feclearexcept(FE_INEXACT);
	UK_TEST_EXPECT_EQ(fetestexcept(FE_INEXACT), 0);
	UK_TEST_EXPECT_EQ(fetestexcept(FE_DIVBYZERO | FE_INVALID),
			  FE_DIVBYZERO | FE_INVALID);
	feraiseexcept(FE_OVERFLOW);
	UK_TEST_EXPECT_EQ(fetestexcept(FE_OVERFLOW), FE_OVERFLOW);
	feclearexcept(FE_ALL_EXCEPT);
}

UK_TEST(fenv, rounding)
{
	UK_TEST_EXPECT_EQ(fegetround(), FE_TONEAREST);
	UK_TEST_EXPECT_EQ(fesetround(FE_UPWARD), 0);
	UK_TEST_EXPECT_EQ(fegetround(), FE_UPWARD);
	UK_TEST_EXPECT(rint(1.1 * one) == 2.0);
	UK_TEST_EXPECT_EQ(fesetround(FE_DOWNWARD), 0);
	UK_TEST_EXPECT(rint(1.9 * one) == 1.0);
	UK_TEST_EXPECT_EQ(fesetround(FE_TOWARDZERO), 0);
	UK_TEST_EXPECT(rint(-1.9 * one) == -1.0);
	UK_TEST_EXPECT(nearbyint(2.5 * one) == 2.0);
	UK_TEST_EXPECT_EQ(fesetround(FE_TONEAREST), 0);
	UK_TEST_EXPECT(rint(2.5 * one) == 2.0 && rint(3.5 * one) == 4.0);
}

UK_TEST(fenv, environment)
{
	fenv_t env;
	volatile double r;

	feclearexcept(FE_ALL_EXCEPT);
	fesetround(FE_UPWARD);
	UK_TEST_EXPECT_EQ(feholdexcept(&env), 0);
	fesetround(FE_TONEAREST);
	r = one / zero;
	(void)r;
	UK_TEST_EXPECT_EQ(feupdateenv(&env), 0);
	UK_TEST_EXPECT_EQ(fegetround(), FE_UPWARD);
	UK_TEST_EXPECT_EQ(fetestexcept(FE_DIVBYZERO), FE_DIVBYZERO);
	UK_TEST_EXPECT_EQ(fesetenv(FE_DFL_ENV), 0);
	UK_TEST_EXPECT_EQ(fegetround(), FE_TONEAREST);
	UK_TEST_EXPECT_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
}
