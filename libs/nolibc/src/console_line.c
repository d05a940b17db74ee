/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The serial console's line discipline (kvm, xen): what a terminal in
 * canonical mode does. Bytes are collected into a line and echoed; Enter
 * ("\r", "\n" or "\r\n") ends it, Backspace/DEL erase the last byte,
 * Ctrl-D delivers the line so far, or end of file on an empty line. A
 * read returns at most what is left of the current line. Collection is
 * incremental, so poll() can ask whether a line is ready without waiting.
 */
#include <uk/plat/console.h>
#include "console_line.h"

#define CTRL_D 0x04
#define BS 0x08
#define DEL 0x7f

static char line[256];
static size_t line_len, line_pos;
static int line_ready; /* 1: a line to hand out; -1: end of file to hand out */
static int prev_cr;

static void echo(const char *s, size_t n) { ukplat_coutk(s, n); }

/* Take one received byte (-1: the input ended) into the line. */
static void feed(int c)
{
	char ch;

	if (c < 0 || c == CTRL_D) {
		line_ready = line_len > 0 ? 1 : -1;
		return;
	}
	if (c == '\n' && prev_cr) {
		prev_cr = 0;
		return;
	}
	prev_cr = c == '\r';
	if (c == '\r' || c == '\n') {
		line[line_len++] = '\n';
		echo("\n", 1);
		line_ready = 1;
		return;
	}
	if (c == BS || c == DEL) {
		if (line_len) {
			line_len--;
			echo("\b \b", 3);
		}
		return;
	}
	ch = (char)c;
	line[line_len++] = ch;
	if (c >= 0x20 || c == '\t')
		echo(&ch, 1);
	if (line_len == sizeof(line) - 1)
		line_ready = 1; /* a long line goes out in pieces */
}

/* Feed what the device has received, one byte at a time, until a line is ready. */
static void drain(void)
{
	char c;
	int n;

	while (!line_ready) {
		n = ukplat_cink(&c, 1);
		if (n == 0)
			return;
		feed(n < 0 ? -1 : (unsigned char)c);
	}
}

int nolibc_console_line_ready(void)
{
	drain();
	return line_ready != 0;
}

ssize_t nolibc_console_line_read(char *buf, size_t len)
{
	size_t n;

	while (!nolibc_console_line_ready())
		nolibc_cpu_relax();
	if (line_ready < 0) {
		line_ready = 0; /* end of file once; a later read waits again */
		return 0;
	}
	n = line_len - line_pos;
	if (n > len)
		n = len;
	for (size_t i = 0; i < n; i++)
		buf[i] = line[line_pos + i];
	line_pos += n;
	if (line_pos == line_len) {
		line_ready = 0;
		line_len = line_pos = 0;
	}
	return (ssize_t)n;
}
