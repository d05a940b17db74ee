/* SPDX-License-Identifier: BSD-3-Clause */
/* Reading the CMOS RTC: BCD or binary, 12 or 24 hours, to epoch seconds. */
#include <uk/arch/lcpu.h>
#include "rtc.h"

#define CMOS_INDEX 0x70
#define CMOS_DATA 0x71
#define NMI_OFF 0x80 /* keep NMIs disabled while selecting a register */

enum {
	SEC = 0x00,
	MIN = 0x02,
	HOUR = 0x04,
	DAY = 0x07,
	MONTH = 0x08,
	YEAR = 0x09,
	STATUS_A = 0x0a,
	STATUS_B = 0x0b,
	CENTURY = 0x32
};

#define A_UPDATING 0x80
#define B_24H 0x02
#define B_BINARY 0x04
#define HOUR_PM 0x80

struct rtc_time {
	unsigned int sec, min, hour, day, month, year, century;
};

static unsigned int cmos(unsigned int r)
{
	ukarch_outb(CMOS_INDEX, (uint8_t)(NMI_OFF | r));
	return ukarch_inb(CMOS_DATA);
}

static int read_once(struct rtc_time *t)
{
	unsigned int tries;

	for (tries = 0; cmos(STATUS_A) & A_UPDATING; tries++) {
		if (tries > 100000)
			return -1;
	}
	t->sec = cmos(SEC);
	t->min = cmos(MIN);
	t->hour = cmos(HOUR);
	t->day = cmos(DAY);
	t->month = cmos(MONTH);
	t->year = cmos(YEAR);
	t->century = cmos(CENTURY);
	return 0;
}

static unsigned int bcd(unsigned int v) { return (v >> 4) * 10 + (v & 15); }

static int leap(unsigned int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Days from 1970-01-01 to year-month-day (month 1-12, day 1-31). */
static uint64_t days_since_epoch(unsigned int year, unsigned int month,
				 unsigned int day)
{
	static const unsigned short before[12] = {
		0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
	};
	uint64_t days = 0;
	unsigned int y;

	for (y = 1970; y < year; y++)
		days += leap(y) ? 366 : 365;
	days += before[month - 1] + (month > 2 && leap(year)) + day - 1;
	return days;
}

uint64_t kvm_rtc_epoch_seconds(void)
{
	struct rtc_time a, b;
	unsigned int status = cmos(STATUS_B), pm, year;

	/* Read until two reads agree: no update slipped in between. */
	do {
		if (read_once(&a) || read_once(&b))
			return 0;
	} while (a.sec != b.sec || a.min != b.min || a.hour != b.hour ||
		 a.day != b.day || a.month != b.month || a.year != b.year);

	pm = a.hour & HOUR_PM;
	a.hour &= ~HOUR_PM;
	if (!(status & B_BINARY)) {
		a.sec = bcd(a.sec);
		a.min = bcd(a.min);
		a.hour = bcd(a.hour);
		a.day = bcd(a.day);
		a.month = bcd(a.month);
		a.year = bcd(a.year);
		a.century = bcd(a.century);
	}
	if (!(status & B_24H))
		a.hour = a.hour % 12 + (pm ? 12 : 0);
	year = (a.century >= 19 && a.century <= 30 ? a.century : 20) * 100 +
	       a.year;
	if (a.sec > 59 || a.min > 59 || a.hour > 23 || a.day < 1 ||
	    a.day > 31 || a.month < 1 || a.month > 12 || year < 1970)
		return 0;
	return ((days_since_epoch(year, a.month, a.day) * 24 + a.hour) * 60 +
		a.min) *
		       60 +
	       a.sec;
}
