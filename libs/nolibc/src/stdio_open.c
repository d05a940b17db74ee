/* SPDX-License-Identifier: BSD-3-Clause */
/* Opening and closing streams: fopen, fdopen, freopen, fclose, fileno. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "file.h"

extern FILE *nolibc_file_list;

int nolibc_file_mode(const char *mode, int *oflags, int *fflags)
{
	int o, f;

	switch (*mode) {
	case 'r':
		o = O_RDONLY;
		f = NOLIBC_F_READ;
		break;
	case 'w':
		o = O_WRONLY | O_CREAT | O_TRUNC;
		f = NOLIBC_F_WRITE;
		break;
	case 'a':
		o = O_WRONLY | O_CREAT | O_APPEND;
		f = NOLIBC_F_WRITE;
		break;
	default: errno = EINVAL; return -1;
	}
	while (*++mode) {
		if (*mode == '+') {
			o = (o & ~O_ACCMODE) | O_RDWR;
			f = NOLIBC_F_READ | NOLIBC_F_WRITE;
		} else if (*mode == 'x') {
			o |= O_EXCL;
		} else if (*mode == 'e') {
			o |= O_CLOEXEC;
		} else if (*mode != 'b') {
			break; /* C leaves the rest to the implementation: ignored */
		}
	}
	*oflags = o;
	*fflags = f;
	return 0;
}

FILE *nolibc_file_new(int fd, int flags)
{
	FILE *f = calloc(1, sizeof(*f));

	if (!f)
		return NULL;
	f->fd = fd;
	f->flags = flags;
	f->mode = _IOFBF;
	f->ungot = EOF;
	f->next = nolibc_file_list;
	nolibc_file_list = f;
	return f;
}

void nolibc_file_free(FILE *f)
{
	FILE **pp;

	for (pp = &nolibc_file_list; *pp; pp = &(*pp)->next) {
		if (*pp == f) {
			*pp = f->next;
			break;
		}
	}
	if (f->flags & NOLIBC_F_OWNBUF)
		free(f->buf);
	if (!(f->flags & NOLIBC_F_STATIC))
		free(f);
}

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int oflags, fflags, fd;
	FILE *f;

	if (nolibc_file_mode(mode, &oflags, &fflags))
		return NULL;
	fd = open(path, oflags, 0666);
	if (fd < 0)
		return NULL;
	f = nolibc_file_new(fd, fflags);
	if (!f)
		close(fd);
	return f;
}

FILE *fdopen(int fd, const char *mode)
{
	int oflags, fflags, fl = fcntl(fd, F_GETFL);

	if (fl < 0 || nolibc_file_mode(mode, &oflags, &fflags))
		return NULL;
	if (((fflags & NOLIBC_F_READ) && (fl & O_ACCMODE) == O_WRONLY) ||
	    ((fflags & NOLIBC_F_WRITE) && (fl & O_ACCMODE) == O_RDONLY)) {
		errno = EINVAL;
		return NULL;
	}
	return nolibc_file_new(fd, fflags);
}

/* Flush and close f's descriptor; the FILE stays. */
static int file_close_fd(FILE *f)
{
	int rc = fflush(f);

	if (f->fd >= 0 && close(f->fd) && !rc)
		rc = EOF;
	f->fd = -1;
	return rc ? EOF : 0;
}

int fclose(FILE *f)
{
	int rc = file_close_fd(f);

	nolibc_file_free(f);
	return rc;
}

FILE *freopen(const char *restrict path, const char *restrict mode,
	      FILE *restrict f)
{
	int oflags, fflags, fd;

	if (nolibc_file_mode(mode, &oflags, &fflags)) {
		fclose(f);
		return NULL;
	}
	if (!path) {
		/* Same descriptor, new mode. */
		fflush(f);
		f->flags =
			(f->flags & ~(NOLIBC_F_READ | NOLIBC_F_WRITE)) | fflags;
	} else {
		file_close_fd(f);
		fd = open(path, oflags, 0666);
		if (fd < 0) {
			nolibc_file_free(f);
			return NULL;
		}
		f->fd = fd;
		f->flags = (f->flags & ~(NOLIBC_F_READ | NOLIBC_F_WRITE |
					 NOLIBC_F_TTYCHK)) |
			   fflags;
		if (f->mode == _IOLBF)
			f->mode = _IOFBF;
	}
	f->error = f->eof = 0;
	f->ungot = EOF;
	f->rpos = f->rend = f->wlen = 0;
	return f;
}

int fileno(FILE *f)
{
	if (f->fd < 0)
		errno = EBADF;
	return f->fd;
}
