/* SPDX-License-Identifier: BSD-3-Clause */
/* The POSIX descriptor calls: each looks up the open file and calls its ops. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fdtab.h"

/* Turn an op's result (>= 0, or -errno) into the POSIX one. */
static long result(struct uk_ofile *of, long r)
{
	uk_fd_put(of);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

static int can_read(const struct uk_ofile *of)
{
	return (of->flags & O_ACCMODE) != O_WRONLY;
}

static int can_write(const struct uk_ofile *of)
{
	return (of->flags & O_ACCMODE) != O_RDONLY;
}

ssize_t read(int fd, void *buf, size_t len)
{
	struct uk_ofile *of = uk_fd_get(fd);

	if (!of)
		return -1;
	if (!can_read(of) || !of->ops->read)
		return result(of, -EBADF);
	return result(of, of->ops->read(of, buf, len, &of->pos));
}

ssize_t write(int fd, const void *buf, size_t len)
{
	struct uk_ofile *of = uk_fd_get(fd);

	if (!of)
		return -1;
	if (!can_write(of) || !of->ops->write)
		return result(of, -EBADF);
	return result(of, of->ops->write(of, buf, len, &of->pos));
}

ssize_t pread(int fd, void *buf, size_t len, off_t off)
{
	struct uk_ofile *of = uk_fd_get(fd);

	if (!of)
		return -1;
	if (!can_read(of))
		return result(of, -EBADF);
	if (!of->ops->pread)
		return result(of, -ESPIPE);
	if (off < 0)
		return result(of, -EINVAL);
	return result(of, of->ops->pread(of, buf, len, off));
}

ssize_t pwrite(int fd, const void *buf, size_t len, off_t off)
{
	struct uk_ofile *of = uk_fd_get(fd);

	if (!of)
		return -1;
	if (!can_write(of))
		return result(of, -EBADF);
	if (!of->ops->pwrite)
		return result(of, -ESPIPE);
	if (off < 0)
		return result(of, -EINVAL);
	return result(of, of->ops->pwrite(of, buf, len, off));
}

off_t lseek(int fd, off_t off, int whence)
{
	struct uk_ofile *of = uk_fd_get(fd);
	off_t r;

	if (!of)
		return -1;
	if (!of->ops->seek)
		return result(of, -ESPIPE);
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END)
		return result(of, -EINVAL);
	r = of->ops->seek(of, off, whence, of->pos);
	if (r >= 0)
		of->pos = r;
	return result(of, r);
}

int fstat(int fd, struct stat *st)
{
	struct uk_ofile *of = uk_fd_get(fd);

	if (!of)
		return -1;
	if (of->ops->stat)
		return (int)result(of, of->ops->stat(of, st));
	memset(st, 0, sizeof(*st));
	st->st_mode = S_IFCHR | 0620;
	st->st_nlink = 1;
	st->st_blksize = 1024;
	return (int)result(of, 0);
}

int isatty(int fd)
{
	struct uk_ofile *of = uk_fd_get(fd);
	int tty;

	if (!of)
		return 0;
	tty = of->ops->is_tty;
	uk_fd_put(of);
	if (!tty)
		errno = ENOTTY;
	return tty ? 1 : 0;
}

int fsync(int fd)
{
	struct uk_ofile *of = uk_fd_get(fd);

	if (!of)
		return -1;
	return (int)result(of, of->ops->sync ? of->ops->sync(of) : 0);
}

int fdatasync(int fd) { return fsync(fd); }

int ftruncate(int fd, off_t len)
{
	struct uk_ofile *of = uk_fd_get(fd);

	if (!of)
		return -1;
	if (!can_write(of))
		return (int)result(of, -EBADF);
	if (!of->ops->truncate || len < 0)
		return (int)result(of, -EINVAL);
	return (int)result(of, of->ops->truncate(of, len));
}
