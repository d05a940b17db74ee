/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * time.h (C11 7.27) with the local time zone UTC (the host runs with
 * TZ=UTC): mktime's normalization of out-of-range fields, gmtime of
 * edge times and leap-year rules, every strftime conversion of
 * 7.27.3.5 in the "C" locale over dates that test the week numbers,
 * asctime, difftime.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "cdiff.h"

static void tm_line(const char *label, const struct tm *t)
{
	if (!t) {
		cd_line(label, "NULL");
		return;
	}
	cd_line(label, "%d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d isdst=%d",
		t->tm_year + 1900, t->tm_mon + 1, t->tm_mday, t->tm_hour,
		t->tm_min, t->tm_sec, t->tm_wday, t->tm_yday, t->tm_isdst);
}

static void norm(int y, int mon, int mday, int h, int min, int s)
{
	struct tm t;
	time_t r;
	char label[96];

	memset(&t, 0, sizeof(t));
	t.tm_year = y - 1900;
	t.tm_mon = mon;
	t.tm_mday = mday;
	t.tm_hour = h;
	t.tm_min = min;
	t.tm_sec = s;
	t.tm_isdst = 0;
	t.tm_wday = 99;
	t.tm_yday = 999;
	r = mktime(&t);
	snprintf(label, sizeof(label), "time mktime %d/%d/%d %d:%d:%d = %lld",
		 y, mon, mday, h, min, s, (long long)r);
	tm_line(label, &t);
}

static void edges(void)
{
	static const long long when[] = { 0,
					  -1,
					  86399,
					  86400,
					  951782400,
					  951868800,
					  2147483647LL,
					  2147483648LL,
					  -2147483648LL,
					  4107542399LL,
					  4107542400LL,
					  4102444800LL,
					  13569465600LL,
					  13574563200LL,
					  951696000,
					  1078012800,
					  -62135596800LL,
					  253402300799LL,
					  1234567890,
					  1700000000 };
	char label[64];
	size_t i;

	for (i = 0; i < sizeof(when) / sizeof(when[0]); i++) {
		time_t t = (time_t)when[i];
		struct tm *g = gmtime(&t);

		snprintf(label, sizeof(label), "time gmtime %lld", when[i]);
		tm_line(label, g);
		g = localtime(&t);
		snprintf(label, sizeof(label), "time localtime %lld", when[i]);
		tm_line(label, g);
	}
}

static const char CONV[] = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";

static void fmt_all(const struct tm *t, const char *what)
{
	char fmt[4], out[128], label[64];
	size_t i, n;

	for (i = 0; CONV[i]; i++) {
		fmt[0] = '%';
		fmt[1] = CONV[i];
		fmt[2] = '\0';
		n = strftime(out, sizeof(out), fmt, t);
		snprintf(label, sizeof(label), "time strftime %s %s n=%zu",
			 what, fmt, n);
		cd_str(label, out);
	}
}

static void formats(void)
{
	/* Dates around the ISO week-year boundaries, and each weekday as January 1. */
	static const long long when[] = { 0,
					  1230768000LL,
					  1230681600LL,
					  1262217600LL,
					  1262304000LL,
					  1104537600LL,
					  1136073600LL,
					  1167609600LL,
					  1199145600LL,
					  1293840000LL,
					  1325376000LL,
					  1356912000LL,
					  1419984000LL,
					  1451520000LL,
					  1483142400LL,
					  1609372800LL,
					  1609459200LL,
					  951825600LL,
					  45296LL,
					  43200LL,
					  86399LL,
					  1700000000LL };
	char what[32], out[64];
	size_t i, n;

	for (i = 0; i < sizeof(when) / sizeof(when[0]); i++) {
		time_t t = (time_t)when[i];
		struct tm tm = *localtime(&t);

		snprintf(what, sizeof(what), "%lld", when[i]);
		fmt_all(&tm, what);
	}
	{
		time_t t = 1700000000;
		struct tm tm = *localtime(&t);

		n = strftime(out, 5, "%Y-%m-%d", &tm);
		cd_line("time strftime too small", "%zu", n);
		n = strftime(out, 11, "%Y-%m-%d", &tm);
		cd_line("time strftime exact", "%zu %s", n, out);
		n = strftime(out, sizeof(out), cd_opaque_str(""), &tm);
		cd_line("time strftime empty", "%zu", n);
		n = strftime(out, sizeof(out), cd_opaque_str("a%%b%Ec%OH"),
			     &tm);
		cd_str("time strftime E O", out);
		cd_line("time strftime ret", "%zu", n);
		cd_str("time asctime", asctime(&tm));
		/* The zone's name is implementation-defined: glibc's gmtime says "GMT" (the test reads it as UTC). */
		n = strftime(out, sizeof(out), "%Z %z", gmtime(&t));
		cd_line("time strftime gmtime %Z %z", "%zu %s", n, out);
		cd_str("time ctime", ctime(&t));
	}
	{
		time_t a = 1000, b = 250;

		cd_line("time difftime", "%a %a", difftime(a, b),
			difftime(b, a));
	}
}

void cd_time(void)
{
	/* year, month (0-11), day, hour, minute, second: out of range on purpose */
	static const int fields[][6] = {
		{ 2020, 13, 1, 0, 0, 0 },     { 2020, 0, 0, 0, 0, 0 },
		{ 2020, 2, 0, 0, 0, 0 },      { 2019, 2, 0, 0, 0, 0 },
		{ 2020, 0, 1, 0, 0, 61 },     { 2020, 11, 31, 23, 59, 60 },
		{ 2020, -1, 1, 0, 0, 0 },     { 2020, -13, 1, 0, 0, 0 },
		{ 2020, 0, 366, 0, 0, 0 },    { 2020, 0, 1, -1, 0, 0 },
		{ 2020, 0, 1, 0, -1, 0 },     { 2020, 0, 1, 0, 0, -1 },
		{ 2020, 0, 1, 24, 60, 3600 }, { 2000, 1, 29, 0, 0, 0 },
		{ 2100, 1, 29, 0, 0, 0 },     { 2400, 1, 29, 0, 0, 0 },
		{ 1970, 0, 1, 0, 0, 0 },      { 1969, 11, 31, 23, 59, 59 },
		{ 1900, 0, 1, 0, 0, 0 },      { 2038, 0, 19, 3, 14, 8 },
		{ 2020, 120, 1, 0, 0, 0 },    { 2020, 0, -400, 0, 0, 0 }
	};
	size_t i;

	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		norm(fields[i][0], fields[i][1], fields[i][2], fields[i][3],
		     fields[i][4], fields[i][5]);
	edges();
	formats();
}
