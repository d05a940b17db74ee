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
 */
#include <errno.h>
#include <uk/plat/console.h>
#include "console_line.h"
#include "fdtab.h"

static ssize_t console_read(struct uk_ofile *of, void *buf, size_t len,
			    off_t *pos)
{
	(void)of;
	(void)pos;
	if (!len)
		return 0;
#ifdef CONFIG_PLAT_LINUXU
	for (;;) {
		int n = ukplat_cink(buf, len);

		if (n < 0)
			return 0;
		if (n > 0)
			return n;
		nolibc_cpu_relax();
	}
#else
	return nolibc_console_line_read(buf, len);
#endif
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
	.is_tty = 1,
};
