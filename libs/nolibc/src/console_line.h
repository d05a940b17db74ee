/* SPDX-License-Identifier: BSD-3-Clause */
/* Private: the serial console's line discipline (console_line.c). */
#ifndef NOLIBC_CONSOLE_LINE_H
#define NOLIBC_CONSOLE_LINE_H

#include <sys/types.h>

/** Tell the CPU that this is a polling loop (pause / yield). */
static inline void nolibc_cpu_relax(void)
{
#if defined(__x86_64__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ volatile("yield" ::: "memory");
#endif
}

/**
 * Whether a read would return at once: a whole line (or end of file) has
 * been received. Takes what the device holds without waiting.
 */
int nolibc_console_line_ready(void);

/**
 * Read from the console a line at a time, with echo and erase: up to len
 * bytes of the current line (waiting for one), or 0 at end of file.
 */
ssize_t nolibc_console_line_read(char *buf, size_t len);

#endif /* NOLIBC_CONSOLE_LINE_H */
