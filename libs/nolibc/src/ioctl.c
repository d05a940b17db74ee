/* SPDX-License-Identifier: BSD-3-Clause */
/* ioctl(): FIONBIO in the table itself, everything else in the owner's op. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/ioctl.h>
#include "fdtab.h"

int ioctl(int fd, unsigned long req, ...)
{
	struct uk_ofile *of = uk_fd_get(fd);
	va_list ap;
	void *arg;
	int r = 0;

	if (!of)
		return -1;
	va_start(ap, req);
	arg = va_arg(ap, void *);
	va_end(ap);
	if (req == FIONBIO) {
		if (!arg) {
			r = -EFAULT;
		} else {
			if (*(int *)arg)
				of->flags |= O_NONBLOCK;
			else
				of->flags &= ~O_NONBLOCK;
			if (of->ops->ioctl)
				r = of->ops->ioctl(of, req, arg);
		}
	} else {
		r = of->ops->ioctl ? of->ops->ioctl(of, req, arg) : -ENOTTY;
	}
	uk_fd_put(of);
	if (r < 0) {
		errno = -r;
		return -1;
	}
	return r;
}
