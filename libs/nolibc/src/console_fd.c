/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The serial console as descriptors 0, 1 and 2. Output goes through
 * ukplat_coutk(). Input comes from ukplat_cink(): on a serial line (kvm,
 * xen) through the line discipline of console_line.c (echo, erase,
 * Ctrl-D as end of file); on linuxu the host's terminal or pipe already
 * did that. A read waits until at least one byte (or end of file),
 * polling the device: no call into the scheduler, which would link its
 * idle path (timer, halt, interrupt controller) into every image, even
 * one that never reads. The price: the CPU is busy while a read waits,
 * and under the cooperative scheduler other threads do not run then.
 * poll() asks console_ready_fd() instead, which never waits: a program that
 * polls before it reads (a server watching its console) keeps the rest
 * running.
 */
#include <errno.h>
#include <uk/plat/console.h>
#include "console_line.h"
#include "fdtab.h"

#ifdef CONFIG_PLAT_LINUXU
/* Bytes poll() took from the host to learn that input is there; read hands them out first. */
static char ahead[64];
static int ahead_len; /* -1: the host said end of file */
static int ahead_pos;

static void look_ahead(void)
{
	if (ahead_len == 0) {
		ahead_pos = 0;
		ahead_len = ukplat_cink(ahead, sizeof(ahead));
	}
}

static int console_ready(void)
{
	look_ahead();
	return ahead_len != 0;
}

static ssize_t console_take(char *buf, size_t len)
{
	size_t n = 0;

	while (!console_ready())
		nolibc_cpu_relax();
	if (ahead_len < 0) {
		ahead_len = 0; /* end of file once; a later read asks again */
		return 0;
	}
	while (n < len && ahead_pos < ahead_len)
		buf[n++] = ahead[ahead_pos++];
	if (ahead_pos == ahead_len)
		ahead_len = 0;
	return (ssize_t)n;
}
#else
static int console_ready(void) { return nolibc_console_line_ready(); }

static ssize_t console_take(char *buf, size_t len)
{
	return nolibc_console_line_read(buf, len);
}
#endif

static ssize_t console_read(struct uk_ofile *of, void *buf, size_t len,
			    off_t *pos)
{
	(void)of;
	(void)pos;
	if (!len)
		return 0;
	return console_take(buf, len);
}

static int console_ready_fd(struct uk_ofile *of)
{
	(void)of;
	return UK_FD_READY_OUT | (console_ready() ? UK_FD_READY_IN : 0);
}

static ssize_t console_write(struct uk_ofile *of, const void *buf, size_t len,
			     off_t *pos)
{
	const char *p = buf;
	size_t done = 0;
	int n;

	(void)of;
	(void)pos;
	while (done < len) {
		n = ukplat_coutk(p + done, len - done);
		if (n <= 0)
			return done ? (ssize_t)done : -EIO;
		done += (size_t)n;
	}
	return (ssize_t)done;
}

const struct uk_fdops nolibc_console_ops = {
	.read = console_read,
	.write = console_write,
	.ready = console_ready_fd,
	.is_tty = 1,
};
