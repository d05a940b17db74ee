/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Directory streams (dirent.h) over a descriptor opened with O_DIRECTORY:
 * the description's offset is the position, 0 and 1 being "." and "..",
 * and 2 + n the file system's cookie n.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "vfs.h"

struct uk_dir {
	int fd;
	struct dirent de;
};

DIR *fdopendir(int fd)
{
	struct uk_ofile *of = uk_fd_get(fd);
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
	return d;
}

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY);
	DIR *d;

	if (fd < 0)
		return NULL;
	d = fdopendir(fd);
	if (!d)
		close(fd);
	return d;
}

static void dot(struct dirent *de, const char *name)
{
	de->d_ino = 0;
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
		dot(&d->de, ".");
		of->pos = 1;
	} else if (of->pos == 1) {
		dot(&d->de, "..");
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
