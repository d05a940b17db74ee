/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Directory streams (dirent.h) over a descriptor opened with O_DIRECTORY:
 * the description's offset is the position, 0 and 1 being "." and "..",
 * and 2 + n the file system's cookie n. The d_ino of "." and ".." are
 * the serial numbers stat() gives the directory and its ".." (under
 * fdopendir(), which has no path, ".." shows the directory's own).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "vfs.h"

struct uk_dir {
	int fd;
	ino_t dot, dotdot; /* d_ino of "." and ".." */
	struct dirent de;
};

DIR *fdopendir(int fd)
{
	struct uk_ofile *of = uk_fd_get(fd);
	struct stat st;
	int isdir;
	DIR *d;

	if (!of)
		return NULL;
	isdir = of->ops == &vfs_fdops &&
		S_ISDIR(((struct uk_vnode *)of->priv)->mode);
	uk_fd_put(of);
	if (!isdir) {
		errno = ENOTDIR;
		return NULL;
	}
	d = calloc(1, sizeof(*d));
	if (!d) {
		errno = ENOMEM;
		return NULL;
	}
	d->fd = fd;
	/* ".." is not known from a descriptor: opendir() fills it in. */
	if (fstat(fd, &st) == 0)
		d->dot = d->dotdot = st.st_ino;
	return d;
}

/* The serial number of path/.. (what ".." of path names), else dflt. */
static ino_t parent_ino(const char *path, ino_t dflt)
{
	size_t n = strlen(path);
	char *up = malloc(n + 4);
	struct stat st;
	ino_t ino = dflt;

	if (!up)
		return dflt;
	memcpy(up, path, n);
	memcpy(up + n, "/..", 4);
	if (stat(up, &st) == 0)
		ino = st.st_ino;
	free(up);
	return ino;
}

DIR *opendir(const char *path)
{
	/* Close-on-exec, as glibc's and musl's directory streams are. */
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d;

	if (fd < 0)
		return NULL;
	d = fdopendir(fd);
	if (!d)
		close(fd);
	else
		d->dotdot = parent_ino(path, d->dot);
	return d;
}

static void dot(struct dirent *de, const char *name, ino_t ino)
{
	de->d_ino = ino;
	de->d_type = DT_DIR;
	strcpy(de->d_name, name);
}

struct dirent *readdir(DIR *d)
{
	struct uk_ofile *of = d ? uk_fd_get(d->fd) : NULL;
	struct uk_vnode *vn;
	off_t cookie;
	int r = 1;

	if (!of) {
		errno = EBADF;
		return NULL;
	}
	vn = of->priv;
	memset(&d->de, 0, sizeof(d->de));
	if (of->pos == 0) {
		dot(&d->de, ".", d->dot);
		of->pos = 1;
	} else if (of->pos == 1) {
		dot(&d->de, "..", d->dotdot);
		of->pos = 2;
	} else {
		cookie = of->pos - 2;
		r = vn->ops->readdir ? vn->ops->readdir(vn, &cookie, &d->de)
				     : 0;
		if (r > 0)
			of->pos = cookie + 2;
	}
	d->de.d_off = of->pos;
	d->de.d_reclen = sizeof(d->de);
	uk_fd_put(of);
	if (r < 0)
		errno = -r;
	return r > 0 ? &d->de : NULL;
}

void rewinddir(DIR *d) { lseek(d->fd, 0, SEEK_SET); }

long telldir(DIR *d) { return (long)lseek(d->fd, 0, SEEK_CUR); }

void seekdir(DIR *d, long loc) { lseek(d->fd, (off_t)loc, SEEK_SET); }

int closedir(DIR *d)
{
	int r;

	if (!d) {
		errno = EBADF;
		return -1;
	}
	r = close(d->fd);
	free(d);
	return r;
}

int dirfd(DIR *d) { return d->fd; }
