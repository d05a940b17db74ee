/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Trace points. UK_TRACE(name, a, b) records the event `name` with the
 * values of a and b (integers or pointers, up to four) and the monotonic
 * time into a ring buffer, when the option uktrace.ENABLE is on. Off, it
 * compiles to nothing: the arguments are type-checked, never evaluated,
 * and no byte of code or data is emitted.
 *
 * A library that places trace points requires uktrace (for this header
 * and its option). The dump format, one line per event, is what the
 * plugin decodes (tools/src/debug/trace.ts):
 *   uktrace: begin <n> event(s)
 *   uktrace: <ns> <name> <arg>=0x<hex> ...
 *   uktrace: end
 */
#ifndef UK_TRACE_H
#define UK_TRACE_H

#include <stdint.h>

/** Most arguments one trace point records. */
#define UK_TRACE_MAX_ARGS 4

/** What a trace point is: its name and its arguments' names ("a, b"). */
struct uk_trace_point {
	const char *name;
	const char *args;
	unsigned int nargs;
};

/** One recorded event. */
struct uk_trace_event {
	uint64_t ns;
	const struct uk_trace_point *tp;
	uint64_t arg[UK_TRACE_MAX_ARGS];
};

/** The ring buffer (one per CPU; every platform runs one CPU today). */
struct uk_trace_buffer {
	/** Events recorded since boot; the newest is at (count - 1) % size. */
	uint64_t count;
	uint32_t size;
	struct uk_trace_event *events;
};

/** The buffer of CPU 0 (for the gdb helper and dumps). */
extern struct uk_trace_buffer uk_trace_buffer;

/** Record one event of tp with its arguments (UK_TRACE's back end). */
void uk_trace_record(const struct uk_trace_point *tp, uint64_t a0, uint64_t a1,
		     uint64_t a2, uint64_t a3);

/** Print every event the buffer holds, oldest first, on the console. */
void uk_trace_dump(void);

/** Print the last n events the buffer holds, oldest first. */
void uk_trace_dump_last(unsigned int n);

/** What a crash dump calls: the last CRASH_EVENTS events. */
void uk_trace_crash_dump(void);

#define UK__TRACE_NARGS(...) UK__TRACE_NARGS_(0, ##__VA_ARGS__, 4, 3, 2, 1, 0)
#define UK__TRACE_NARGS_(z, a, b, c, d, n, ...) n
#define UK__TRACE_V(x) ((uint64_t)(uintptr_t)(x))
#define UK__TRACE_ARGS(...) UK__TRACE_ARGS_(0, ##__VA_ARGS__, 0, 0, 0, 0)
#define UK__TRACE_ARGS_(z, a, b, c, d, ...) \
	UK__TRACE_V(a), UK__TRACE_V(b), UK__TRACE_V(c), UK__TRACE_V(d)

/** Type-check the arguments of a disabled trace point (never called). */
static inline void uk__trace_off(int n, ...) { (void)n; }

#if CONFIG_LIBUKTRACE_ENABLE
/** Record the event `name` (an identifier) with up to four integer or pointer values. */
#define UK_TRACE(name, ...)                                               \
	do {                                                              \
		static const struct uk_trace_point uk__tp = {             \
			#name, #__VA_ARGS__, UK__TRACE_NARGS(__VA_ARGS__) \
		};                                                        \
		uk_trace_record(&uk__tp, UK__TRACE_ARGS(__VA_ARGS__));    \
	} while (0)
#else
#define UK_TRACE(name, ...)                              \
	do {                                             \
		if (0)                                   \
			uk__trace_off(0, ##__VA_ARGS__); \
	} while (0)
#endif

#endif /* UK_TRACE_H */
