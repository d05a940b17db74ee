/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The ring buffer and its text dump (format in uk/trace.h). Events are
 * written in place, oldest overwritten; interrupts run only inside the
 * platform's halt, so a record is never interrupted by another on the
 * one CPU. The dump prints with ukplat_coutk() alone: it runs in crash
 * paths, where nothing else may be trusted.
 */
#include <stddef.h>
#include <uk/plat/console.h>
#include <uk/plat/time.h>
#include <uk/trace.h>

static struct uk_trace_event events[CONFIG_LIBUKTRACE_EVENTS];

struct uk_trace_buffer uk_trace_buffer = {
	.count = 0,
	.size = CONFIG_LIBUKTRACE_EVENTS,
	.events = events,
};

void uk_trace_record(const struct uk_trace_point *tp, uint64_t a0, uint64_t a1,
		     uint64_t a2, uint64_t a3)
{
	struct uk_trace_event *e =
		&events[uk_trace_buffer.count % CONFIG_LIBUKTRACE_EVENTS];

	e->ns = ukplat_monotonic_clock();
	e->tp = tp;
	e->arg[0] = a0;
	e->arg[1] = a1;
	e->arg[2] = a2;
	e->arg[3] = a3;
	uk_trace_buffer.count++;
}

static void puts_(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	ukplat_coutk(s, n);
}

static void putdec(uint64_t v)
{
	char b[21];
	int i = 20;

	b[i] = '\0';
	do {
		b[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	puts_(&b[i]);
}

static void puthex(uint64_t v)
{
	char b[19];
	int i = 18;

	b[i] = '\0';
	do {
		b[--i] = "0123456789abcdef"[v & 15];
		v >>= 4;
	} while (v);
	b[--i] = 'x';
	b[--i] = '0';
	puts_(&b[i]);
}

/* "a, b->c" names: print the k-th, without blanks. */
static void putargname(const char *names, unsigned int k)
{
	const char *p = names;
	unsigned int i = 0;

	while (i < k && *p)
		if (*p++ == ',')
			i++;
	while (*p == ' ')
		p++;
	while (*p && *p != ',') {
		if (*p != ' ')
			ukplat_coutk(p, 1);
		p++;
	}
}

static void dump_event(const struct uk_trace_event *e)
{
	unsigned int k;

	puts_("uktrace: ");
	putdec(e->ns);
	puts_(" ");
	puts_(e->tp->name);
	for (k = 0; k < e->tp->nargs && k < UK_TRACE_MAX_ARGS; k++) {
		puts_(" ");
		putargname(e->tp->args, k);
		puts_("=");
		puthex(e->arg[k]);
	}
	puts_("\n");
}

void uk_trace_dump_last(unsigned int n)
{
	uint64_t held = uk_trace_buffer.count < CONFIG_LIBUKTRACE_EVENTS
				? uk_trace_buffer.count
				: CONFIG_LIBUKTRACE_EVENTS;
	uint64_t i;

	if (n < held)
		held = n;
	puts_("uktrace: begin ");
	putdec(held);
	puts_(" event(s), ");
	putdec(uk_trace_buffer.count);
	puts_(" recorded\n");
	for (i = uk_trace_buffer.count - held; i < uk_trace_buffer.count; i++)
		dump_event(&events[i % CONFIG_LIBUKTRACE_EVENTS]);
	puts_("uktrace: end\n");
}

void uk_trace_dump(void) { uk_trace_dump_last(CONFIG_LIBUKTRACE_EVENTS); }

void uk_trace_crash_dump(void)
{
	if (CONFIG_LIBUKTRACE_CRASH_EVENTS > 0)
		uk_trace_dump_last(CONFIG_LIBUKTRACE_CRASH_EVENTS);
}
