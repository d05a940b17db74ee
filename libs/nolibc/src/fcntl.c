/* SPDX-License-Identifier: BSD-3-Clause */
/* fcntl(): descriptor flags, status flags, F_DUPFD and record locks. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include "fcntl_lock.h"
#include "fdtab.h"

/* The status flags F_SETFL may change; the others are fixed at open. */
#define SETFL_MASK (O_APPEND | O_NONBLOCK)

int fcntl(int fd, int cmd, ...)
{
	struct uk_ofile *of = uk_fd_get(fd);
	va_list ap;
	int arg, ret = 0, nfd;

	if (!of)
		return -1;
	va_start(ap, cmd);
	if (cmd == F_GETLK || cmd == F_SETLK || cmd == F_SETLKW) {
		ret = nolibc_fcntl_lock(of, cmd, va_arg(ap, struct flock *));
		va_end(ap);
		uk_fd_put(of);
		return ret;
	}
	arg = (cmd == F_GETFD || cmd == F_GETFL) ? 0 : va_arg(ap, int);
	va_end(ap);
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg < 0 || arg >= UK_FD_MAX) {
			errno = EINVAL;
			ret = -1;
			break;
		}
		nfd = nolibc_fd_lowest(arg);
		if (nfd < 0) {
			ret = -1;
			break;
		}
		nolibc_ofile_ref(of);
		nolibc_fd_install(nfd, of,
				  cmd == F_DUPFD_CLOEXEC ? FD_CLOEXEC : 0);
		ret = nfd;
		break;
	case F_GETFD: ret = nolibc_fdtab[fd].fdflags; break;
	case F_SETFD: nolibc_fdtab[fd].fdflags = arg & FD_CLOEXEC; break;
	case F_GETFL: ret = of->flags; break;
	case F_SETFL:
		of->flags = (of->flags & ~SETFL_MASK) | (arg & SETFL_MASK);
		break;
	default: errno = EINVAL; ret = -1;
	}
	uk_fd_put(of);
	return ret;
}
