/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The descriptor table: open, look up, close, dup. The table is touched
 * only by threads, never by interrupt handlers, and no operation here
 * yields, so the cooperative scheduler makes each one atomic.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "fdtab.h"

static struct uk_ofile console_of[3] = {
	{ .ops = &nolibc_console_ops, .flags = O_RDONLY, .refs = 1 },
	{ .ops = &nolibc_console_ops, .flags = O_WRONLY, .refs = 1 },
	{ .ops = &nolibc_console_ops, .flags = O_WRONLY, .refs = 1 },
};

struct nolibc_fdslot nolibc_fdtab[UK_FD_MAX] = {
	{ .of = &console_of[0] },
	{ .of = &console_of[1] },
	{ .of = &console_of[2] },
};

static int is_console(const struct uk_ofile *of)
{
	return of >= &console_of[0] && of <= &console_of[2];
}

void nolibc_ofile_ref(struct uk_ofile *of) { of->refs++; }

void uk_fd_put(struct uk_ofile *of)
{
	if (--of->refs > 0)
		return;
	if (of->ops->release)
		of->ops->release(of);
	if (!is_console(of))
		free(of);
}

int nolibc_fd_lowest(int from)
{
	int fd;

	for (fd = from < 0 ? 0 : from; fd < UK_FD_MAX; fd++)
		if (!nolibc_fdtab[fd].of)
			return fd;
	errno = EMFILE;
	return -1;
}

void nolibc_fd_install(int fd, struct uk_ofile *of, int fdflags)
{
	nolibc_fdtab[fd].of = of;
	nolibc_fdtab[fd].fdflags = fdflags;
}

int uk_fd_open(const struct uk_fdops *ops, void *priv, int flags)
{
	struct uk_ofile *of;
	int fd = nolibc_fd_lowest(0);

	if (fd < 0)
		return -1;
	of = malloc(sizeof(*of));
	if (!of) {
		errno = ENOMEM;
		return -1;
	}
	of->ops = ops;
	of->priv = priv;
	of->flags = flags & ~O_CLOEXEC;
	of->pos = 0;
	of->refs = 1;
	nolibc_fd_install(fd, of, (flags & O_CLOEXEC) ? FD_CLOEXEC : 0);
	return fd;
}

struct uk_ofile *uk_fd_get(int fd)
{
	struct uk_ofile *of;

	if (fd < 0 || fd >= UK_FD_MAX || !nolibc_fdtab[fd].of) {
		errno = EBADF;
		return NULL;
	}
	of = nolibc_fdtab[fd].of;
	nolibc_ofile_ref(of);
	return of;
}

int close(int fd)
{
	struct uk_ofile *of;

	if (fd < 0 || fd >= UK_FD_MAX || !nolibc_fdtab[fd].of) {
		errno = EBADF;
		return -1;
	}
	of = nolibc_fdtab[fd].of;
	nolibc_fdtab[fd].of = NULL;
	uk_fd_put(of);
	return 0;
}

static int dup_from(int fd, int from, int fdflags)
{
	struct uk_ofile *of = uk_fd_get(fd);
	int nfd;

	if (!of)
		return -1;
	nfd = nolibc_fd_lowest(from);
	if (nfd < 0) {
		uk_fd_put(of);
		return -1;
	}
	nolibc_fd_install(nfd, of, fdflags);
	return nfd;
}

int dup(int fd) { return dup_from(fd, 0, 0); }

int dup2(int fd, int fd2)
{
	struct uk_ofile *of;

	if (fd2 < 0 || fd2 >= UK_FD_MAX) {
		errno = EBADF;
		return -1;
	}
	of = uk_fd_get(fd);
	if (!of)
		return -1;
	if (fd == fd2) {
		uk_fd_put(of);
		return fd2;
	}
	if (nolibc_fdtab[fd2].of)
		close(fd2);
	nolibc_fd_install(fd2, of, 0);
	return fd2;
}
