/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Frame-pointer backtrace. x86_64 and arm64 lay frame records out alike:
 * the caller's frame pointer at [fp] and the return address at [fp + 8]
 * (%rbp / x29). _start zeroes the frame pointer, and
 * frames must move up the stack and stay below its top, so a corrupt
 * chain ends the walk instead of wandering through memory.
 */
#include "linuxu.h"

#define MAX_FRAMES 32

void linuxu_backtrace(uintptr_t fp)
{
	const uintptr_t *frame;
	int i;

	linuxu_puts("backtrace:\n");
	for (i = 0; i < MAX_FRAMES; i++) {
		if (fp == 0 || (fp & 7) || fp > linuxu_stack_top - 16)
			break;
		frame = (const uintptr_t *)fp;
		if (frame[1] == 0)
			break;
		linuxu_puts("  #");
		linuxu_putdec(i);
		linuxu_puts(" ");
		linuxu_puthex(frame[1]);
		linuxu_puts("\n");
		if (frame[0] <= fp)
			break;
		fp = frame[0];
	}
}
