/* SPDX-License-Identifier: BSD-3-Clause */
/* kvm-x86_64's clock sources: the TSC frequency against the PIT, the
 * RTC read. */
#ifdef CONFIG_ARCH_X86_64
#include <uk/plat/time.h>
#include <uk/test.h>
#include "../../x86_64/pit.h"
#include "../../x86_64/rtc.h"
#include "../../x86_64/tsc.h"

UK_TESTSUITE(kvm_clock);

UK_TEST(kvm_clock, tsc_frequency_is_plausible)
{
	uint64_t hz = kvm_tsc_hz();

	UK_TEST_EXPECT_GT(hz, 100000000ULL);   /* 100 MHz */
	UK_TEST_EXPECT_LT(hz, 20000000000ULL); /* 20 GHz */
}

/*
 * 10 ms of PIT ticks last 10 ms by the TSC frequency found at
 * calibration, within 1 %, a while later. The lowest of 5 tries: on a
 * busy host a TCG vCPU can sleep through PIT wraps, which only ever makes
 * a try read long.
 */
UK_TEST(kvm_clock, agrees_with_the_pit)
{
	unsigned long long cycles;
	unsigned int ticks;
	uint64_t ns, want, best = UINT64_MAX;
	int i;

	for (i = 0; i < 5; i++) {
		UK_TEST_ASSERT_EQ(kvm_pit_wait(KVM_PIT_HZ / 100, 1ULL << 34,
					       &cycles, &ticks),
				  0);
		ns = cycles * UKPLAT_NSEC_PER_SEC / kvm_tsc_hz();
		want = (uint64_t)ticks * UKPLAT_NSEC_PER_SEC / KVM_PIT_HZ;
		ns = ns * 1000 / want; /* per mille of the PIT's duration */
		best = ns < best ? ns : best;
	}
	UK_TEST_EXPECT_GE(best, 990);
	UK_TEST_EXPECT_LE(best, 1010);
}

UK_TEST(kvm_clock, rtc_reads_a_date)
{
	UK_TEST_EXPECT_GT(kvm_rtc_epoch_seconds(), 1577836800ULL); /* 2020 */
}

#endif /* CONFIG_ARCH_X86_64 */
