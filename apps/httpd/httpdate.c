/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * IMF-fixdate (RFC 9110 5.6.7): day-name "," SP 2DIGIT SP month SP
 * 4DIGIT SP hh:mm:ss SP "GMT", from a count of seconds in the proleptic
 * Gregorian calendar (leap seconds do not exist in it, as in POSIX time).
 */
#include <stdbool.h>
#include "httpdate.h"

static bool leap(uint64_t y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static void two(char *p, unsigned int v)
{
	p[0] = (char)('0' + v / 10 % 10);
	p[1] = (char)('0' + v % 10);
}

void http_date(uint64_t secs, char out[HTTP_DATE_LEN + 1])
{
	static const char days[] =
		"ThuFriSatSunMonTueWed"; /* 1970-01-01: Thu */
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	static const unsigned char mdays[] = { 31, 28, 31, 30, 31, 30,
					       31, 31, 30, 31, 30, 31 };
	uint64_t d, year = 1970;
	unsigned int s, m = 0, len;
	const char *w;

	if (secs > 253402300799u)
		secs = 253402300799u; /* 9999-12-31 23:59:59: four digits */
	d = secs / 86400;
	s = (unsigned int)(secs % 86400);
	w = days + d % 7 * 3;
	for (;;) {
		len = leap(year) ? 366 : 365;
		if (d < len)
			break;
		d -= len;
		year++;
	}
	for (;; m++) {
		len = mdays[m] + (m == 1 && leap(year));
		if (d < len)
			break;
		d -= len;
	}
	out[0] = w[0];
	out[1] = w[1];
	out[2] = w[2];
	out[3] = ',';
	out[4] = ' ';
	two(out + 5, (unsigned int)d + 1);
	out[7] = ' ';
	out[8] = months[m * 3];
	out[9] = months[m * 3 + 1];
	out[10] = months[m * 3 + 2];
	out[11] = ' ';
	two(out + 12, (unsigned int)(year / 100));
	two(out + 14, (unsigned int)(year % 100));
	out[16] = ' ';
	two(out + 17, s / 3600);
	out[19] = ':';
	two(out + 20, s / 60 % 60);
	out[22] = ':';
	two(out + 23, s % 60);
	__builtin_memcpy(out + 25, " GMT", 5);
}
