/* SPDX-License-Identifier: BSD-3-Clause */
/* time.h's calendar: gmtime/localtime, timegm/mktime, strftime, asctime, clock, difftime. */
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <uk/test.h>

UK_TESTSUITE(calendar);

UK_TEST(calendar, gmtime_known_dates)
{
	struct tm tm;
	time_t t = 0;

	UK_TEST_EXPECT(gmtime_r(&t, &tm) == &tm);
	UK_TEST_EXPECT_EQ(tm.tm_year, 70);
	UK_TEST_EXPECT_EQ(tm.tm_wday, 4);
	UK_TEST_EXPECT_EQ(tm.tm_yday, 0);
	t = 951782400; /* 2000-02-29 00:00:00, a Tuesday */
	gmtime_r(&t, &tm);
	UK_TEST_EXPECT_EQ(tm.tm_year, 100);
	UK_TEST_EXPECT_EQ(tm.tm_mon, 1);
	UK_TEST_EXPECT_EQ(tm.tm_mday, 29);
	UK_TEST_EXPECT_EQ(tm.tm_wday, 2);
	UK_TEST_EXPECT_EQ(tm.tm_yday, 59);
	t = -1; /* 1969-12-31 23:59:59, a Wednesday */
	gmtime_r(&t, &tm);
	UK_TEST_EXPECT_EQ(tm.tm_year, 69);
	UK_TEST_EXPECT_EQ(tm.tm_mday, 31);
	UK_TEST_EXPECT_EQ(tm.tm_hour, 23);
	UK_TEST_EXPECT_EQ(tm.tm_sec, 59);
	UK_TEST_EXPECT_EQ(tm.tm_wday, 3);
	UK_TEST_EXPECT_EQ(tm.tm_yday, 364);
	t = 4102444800LL; /* 2100-01-01: 2100 is not a leap year */
	UK_TEST_EXPECT_EQ(localtime(&t)->tm_year, 200);
	UK_TEST_EXPECT_EQ(gmtime(&t)->tm_wday, 5);
}

UK_TEST(calendar, timegm_round_trips_and_normalizes)
{
	struct tm tm = { .tm_year = 124,
			 .tm_mon = 13,
			 .tm_mday = 0,
			 .tm_hour = 25,
			 .tm_min = -1,
			 .tm_sec = 61 };
	time_t t;
	long long s;

	/* 2024 month 13 day 0 = 2025-01-31, +25 h -1 min +61 s = 2025-02-01 01:00:01 */
	t = mktime(&tm);
	UK_TEST_EXPECT_EQ(t, 1738371601);
	UK_TEST_EXPECT_EQ(tm.tm_year, 125);
	UK_TEST_EXPECT_EQ(tm.tm_mon, 1);
	UK_TEST_EXPECT_EQ(tm.tm_mday, 1);
	UK_TEST_EXPECT_EQ(tm.tm_hour, 1);
	UK_TEST_EXPECT_EQ(tm.tm_sec, 1);
	UK_TEST_EXPECT_EQ(tm.tm_wday, 6);
	for (s = -5000000000LL; s < 5000000000LL; s += 123456789) {
		time_t u = (time_t)s;
		struct tm b;

		gmtime_r(&u, &b);
		UK_TEST_EXPECT_EQ(timegm(&b), u);
	}
}

UK_TEST(calendar, zones_and_dst)
{
	struct tm tm = { .tm_year = 100, .tm_mday = 1, .tm_isdst = 1 };
	time_t t = 0;
	char buf[16];

	strftime(buf, sizeof(buf), "%Z", gmtime_r(&t, &tm));
	UK_TEST_EXPECT_STREQ(buf, "GMT");
	strftime(buf, sizeof(buf), "%Z %z", localtime_r(&t, &tm));
	UK_TEST_EXPECT_STREQ(buf, "UTC +0000");
	/* 2000-01-01 00:00 "DST" is 1999-12-31 23:00 standard time. */
	tm = (struct tm){ .tm_year = 100, .tm_mday = 1, .tm_isdst = 1 };
	UK_TEST_EXPECT_EQ(mktime(&tm), 946681200);
	UK_TEST_EXPECT_EQ(tm.tm_hour, 23);
	UK_TEST_EXPECT_EQ(tm.tm_isdst, 0);
	tm = (struct tm){ .tm_year = 100, .tm_mday = 1, .tm_isdst = -1 };
	UK_TEST_EXPECT_EQ(mktime(&tm), 946684800);
	UK_TEST_EXPECT_STREQ(tm.tm_zone, "UTC");
}

UK_TEST(calendar, strftime_conversions)
{
	struct tm tm;
	time_t t = 1704153845; /* 2024-01-02 00:04:05 UTC, a Tuesday */
	char buf[128];

	gmtime_r(&t, &tm);
	UK_TEST_EXPECT_EQ(strftime(buf, sizeof(buf),
				   "%Y-%m-%d %H:%M:%S %j %a %A %b %B", &tm),
			  47);
	UK_TEST_EXPECT_STREQ(buf,
			     "2024-01-02 00:04:05 002 Tue Tuesday Jan January");
	strftime(buf, sizeof(buf),
		 "%c|%D|%e|%F|%I %p|%r|%R|%T|%u %w|%y %C|%z %Z|%%|%Ec", &tm);
	UK_TEST_EXPECT_STREQ(
		buf,
		"Tue Jan  2 00:04:05 2024|01/02/24| 2|2024-01-02|12 AM|12:04:05 AM|"
		"00:04|00:04:05|2 2|24 20|+0000 GMT|%|Tue Jan  2 00:04:05 2024");
	strftime(buf, sizeof(buf), "%U %W %V %G %g", &tm);
	UK_TEST_EXPECT_STREQ(buf, "00 01 01 2024 24");
	t = 1609459200; /* 2021-01-01, a Friday: ISO week 53 of 2020 */
	gmtime_r(&t, &tm);
	strftime(buf, sizeof(buf), "%V %G %U %W", &tm);
	UK_TEST_EXPECT_STREQ(buf, "53 2020 00 00");
	UK_TEST_EXPECT_EQ(strftime(buf, 5, "%Y-%m", &tm), 0);
	UK_TEST_EXPECT_STREQ(asctime(&tm), "Fri Jan  1 00:00:00 2021\n");
	UK_TEST_EXPECT_STREQ(ctime(&t), "Fri Jan  1 00:00:00 2021\n");
}

UK_TEST(calendar, clock_and_difftime)
{
	clock_t a = clock(), b;

	usleep(20000);
	b = clock();
	UK_TEST_EXPECT_GE(b - a, 20000 * CLOCKS_PER_SEC / 1000000);
#if __NOLIBC_HAVE_FP
	UK_TEST_EXPECT(difftime(10, 4) == 6.0);
#endif
}
