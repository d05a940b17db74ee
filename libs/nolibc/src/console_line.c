/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The serial console's line discipline (kvm, xen): what a terminal in
 * canonical mode does. Bytes are collected into a line and echoed; Enter
 * ("\r", "\n" or "\r\n") ends it, Backspace/DEL erase the last byte,
 * Ctrl-D delivers the line so far, or end of file on an empty line. A
 * read returns at most what is left of the current line.
 */
#include <uk/plat/console.h>
#include "console_line.h"

#define CTRL_D 0x04
#define BS 0x08
#define DEL 0x7f

static char line[256];
static size_t line_len, line_pos;
static int line_ready;
static char raw[64];
static size_t raw_pos, raw_len;
static int prev_cr;

/* The next received byte, waiting for one; -1 when the input has ended. */
static int next_byte(void)
{
	int n;

	while (raw_pos == raw_len) {
		n = ukplat_cink(raw, sizeof(raw));
		if (n < 0)
			return -1;
		raw_pos = 0;
		raw_len = (size_t)n;
		if (!n)
			nolibc_cpu_relax();
	}
	return (unsigned char)raw[raw_pos++];
}

static void echo(const char *s, size_t n) { ukplat_coutk(s, n); }

/* Collect bytes until a line is complete; 0 at end of file with nothing collected. */
static int collect_line(void)
{
	int c;
	char ch;

	for (;;) {
		c = next_byte();
		if (c < 0 || c == CTRL_D)
			return line_len > 0;
		if (c == '\n' && prev_cr) {
			prev_cr = 0;
			continue;
		}
		prev_cr = c == '\r';
		if (c == '\r' || c == '\n') {
			line[line_len++] = '\n';
			echo("\n", 1);
			return 1;
		}
		if (c == BS || c == DEL) {
			if (line_len) {
				line_len--;
				echo("\b \b", 3);
			}
			continue;
		}
		ch = (char)c;
		line[line_len++] = ch;
		if (c >= 0x20 || c == '\t')
			echo(&ch, 1);
		if (line_len == sizeof(line) - 1)
			return 1; /* a long line goes out in pieces */
	}
}

ssize_t nolibc_console_line_read(char *buf, size_t len)
{
	size_t n;

	if (!line_ready) {
		if (!collect_line())
			return 0;
		line_ready = 1;
		line_pos = 0;
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
