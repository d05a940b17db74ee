/* SPDX-License-Identifier: BSD-3-Clause */
/* strftime in the C locale (the conversions time.h lists), ISO 8601 weeks included. */
#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const wday_name[7] = { "Sunday",    "Monday",   "Tuesday",
					  "Wednesday", "Thursday", "Friday",
					  "Saturday" };
static const char *const mon_name[12] = { "January", "February", "March",
					  "April",   "May",	 "June",
					  "July",    "August",	 "September",
					  "October", "November", "December" };

struct outbuf {
	char *s;
	size_t max, len;
	int full;
};

static void put(struct outbuf *o, const char *p, size_t n)
{
	if (o->len + n >= o->max) {
		o->full = 1;
		return;
	}
	memcpy(o->s + o->len, p, n);
	o->len += n;
}

static void put_str(struct outbuf *o, const char *p) { put(o, p, strlen(p)); }

static void put_num(struct outbuf *o, long long v, int width, char pad)
{
	char buf[24];
	int n = pad == '0' ? snprintf(buf, sizeof(buf), "%0*lld", width, v)
			   : snprintf(buf, sizeof(buf), "%*lld", width, v);

	put(o, buf, (size_t)n);
}

static int is_leap(long long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* ISO 8601 week-based year and week number (weeks start on Monday; week 1 has Jan 4th). */
static int iso_week(const struct tm *tm, long long *year)
{
	long long y = (long long)tm->tm_year + 1900;
	int wday = (tm->tm_wday + 6) % 7; /* Monday = 0 */
	int week = (tm->tm_yday - wday + 10) / 7;
	int days_prev;

	if (week < 1) {
		y--;
		days_prev = is_leap(y) ? 366 : 365;
		week = (tm->tm_yday + days_prev - wday + 10) / 7;
	} else if (week == 53) {
		/* Week 53 only if Dec 31st is a Thursday or later in the week. */
		int days = is_leap(y) ? 366 : 365;

		if (tm->tm_yday - wday + 3 >= days) {
			y++;
			week = 1;
		}
	}
	*year = y;
	return week;
}

static void conv(struct outbuf *o, char c, const struct tm *tm);

/* A conversion spelled as other conversions. */
static void recurse(struct outbuf *o, const char *fmt, const struct tm *tm)
{
	for (; *fmt; fmt++) {
		if (*fmt == '%')
			conv(o, *++fmt, tm);
		else
			put(o, fmt, 1);
	}
}

static void conv(struct outbuf *o, char c, const struct tm *tm)
{
	long long year = (long long)tm->tm_year + 1900, iy;
	int hour12 = tm->tm_hour % 12 ? tm->tm_hour % 12 : 12;
	int wd = tm->tm_wday >= 0 && tm->tm_wday < 7 ? tm->tm_wday : 0;
	int mo = tm->tm_mon >= 0 && tm->tm_mon < 12 ? tm->tm_mon : 0;

	switch (c) {
	case 'a': put(o, wday_name[wd], 3); break;
	case 'A': put_str(o, wday_name[wd]); break;
	case 'b':
	case 'h': put(o, mon_name[mo], 3); break;
	case 'B': put_str(o, mon_name[mo]); break;
	case 'c': recurse(o, "%a %b %e %H:%M:%S %Y", tm); break;
	case 'C': put_num(o, year / 100, 2, '0'); break;
	case 'd': put_num(o, tm->tm_mday, 2, '0'); break;
	case 'D': recurse(o, "%m/%d/%y", tm); break;
	case 'e': put_num(o, tm->tm_mday, 2, ' '); break;
	case 'F': recurse(o, "%Y-%m-%d", tm); break;
	case 'g':
		iso_week(tm, &iy);
		put_num(o, ((iy % 100) + 100) % 100, 2, '0');
		break;
	case 'G':
		iso_week(tm, &iy);
		put_num(o, iy, 1, '0');
		break;
	case 'H': put_num(o, tm->tm_hour, 2, '0'); break;
	case 'I': put_num(o, hour12, 2, '0'); break;
	case 'j': put_num(o, tm->tm_yday + 1, 3, '0'); break;
	case 'm': put_num(o, tm->tm_mon + 1, 2, '0'); break;
	case 'M': put_num(o, tm->tm_min, 2, '0'); break;
	case 'n': put(o, "\n", 1); break;
	case 'p': put_str(o, tm->tm_hour < 12 ? "AM" : "PM"); break;
	case 'r': recurse(o, "%I:%M:%S %p", tm); break;
	case 'R': recurse(o, "%H:%M", tm); break;
	case 'S': put_num(o, tm->tm_sec, 2, '0'); break;
	case 't': put(o, "\t", 1); break;
	case 'T': recurse(o, "%H:%M:%S", tm); break;
	case 'u': put_num(o, wd ? wd : 7, 1, '0'); break;
	case 'U': put_num(o, (tm->tm_yday + 7 - wd) / 7, 2, '0'); break;
	case 'V': put_num(o, iso_week(tm, &iy), 2, '0'); break;
	case 'w': put_num(o, wd, 1, '0'); break;
	case 'W':
		put_num(o, (tm->tm_yday + 7 - (wd + 6) % 7) / 7, 2, '0');
		break;
	case 'x': recurse(o, "%m/%d/%y", tm); break;
	case 'X': recurse(o, "%H:%M:%S", tm); break;
	case 'y': put_num(o, ((year % 100) + 100) % 100, 2, '0'); break;
	case 'Y': put_num(o, year, 1, '0'); break;
	case 'z': put_str(o, "+0000"); break;
	case 'Z': put_str(o, tm->tm_zone ? tm->tm_zone : "UTC"); break;
	case '%': put(o, "%", 1); break;
	default: {
		/* Unknown: copied as is. */
		char bad[2] = { '%', c };

		put(o, bad, c ? 2 : 1);
	}
	}
}

size_t strftime(char *restrict s, size_t max, const char *restrict fmt,
		const struct tm *restrict tm)
{
	struct outbuf o = { .s = s, .max = max };

	for (; *fmt && !o.full; fmt++) {
		if (*fmt != '%') {
			put(&o, fmt, 1);
			continue;
		}
		fmt++;
		if (*fmt == 'E' || *fmt == 'O')
			fmt++;
		conv(&o, *fmt, tm);
		if (!*fmt)
			break;
	}
	if (o.full || !max)
		return 0;
	s[o.len] = '\0';
	return o.len;
}
