/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The three standard streams and the buffering under every stream:
 * writing through the buffer, flushing, refilling, setvbuf, fflush.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uk/fdtab.h>
#include "file.h"

static unsigned char stdin_buf[BUFSIZ];
static unsigned char stdout_buf[BUFSIZ];

static FILE stderr_file = { .fd = 2,
			    .flags = NOLIBC_F_WRITE | NOLIBC_F_STATIC |
				     NOLIBC_F_TTYCHK,
			    .mode = _IONBF,
			    .ungot = EOF };
static FILE stdout_file = { .fd = 1,
			    .flags = NOLIBC_F_WRITE | NOLIBC_F_STATIC,
			    .mode = _IOFBF,
			    .ungot = EOF,
			    .buf = stdout_buf,
			    .size = sizeof(stdout_buf),
			    .next = &stderr_file };
static FILE stdin_file = { .fd = 0,
			   .flags = NOLIBC_F_READ | NOLIBC_F_STATIC,
			   .mode = _IOFBF,
			   .ungot = EOF,
			   .buf = stdin_buf,
			   .size = sizeof(stdin_buf),
			   .next = &stdout_file };

FILE *stdin = &stdin_file;
FILE *stdout = &stdout_file;
FILE *stderr = &stderr_file;

/* Every open stream, newest first; the standard ones at the end. */
FILE *nolibc_file_list = &stdin_file;

/*
 * isatty() without its ENOTTY: the check is the stream's, not the
 * caller's, so a read or write that succeeds leaves errno alone (and
 * errno, thread-local, cannot be touched before TLS is set up, when
 * early console output comes through here).
 */
static int is_tty(int fd)
{
	struct uk_ofile *of;
	int tty;

	if (fd < 0 || fd >= UK_FD_MAX)
		return 0;
	of = uk_fd_get(fd);
	if (!of)
		return 0;
	tty = of->ops->is_tty;
	uk_fd_put(of);
	return tty != 0;
}

/* Buffer f on first use: line-buffered if it is a terminal, else BUFSIZ bytes. */
static void file_setup(FILE *f)
{
	if (!(f->flags & NOLIBC_F_TTYCHK)) {
		f->flags |= NOLIBC_F_TTYCHK;
		if (f->mode == _IOFBF && is_tty(f->fd))
			f->mode = _IOLBF;
	}
	if (f->mode == _IONBF) {
		f->buf = &f->one;
		f->size = 1;
	} else if (!f->buf) {
		f->buf = malloc(BUFSIZ);
		if (f->buf) {
			f->size = BUFSIZ;
			f->flags |= NOLIBC_F_OWNBUF;
		} else {
			f->mode = _IONBF;
			f->buf = &f->one;
			f->size = 1;
		}
	}
}

/* write(2) all of p[0..len), retrying on EINTR. */
static int raw_write(FILE *f, const unsigned char *p, size_t len)
{
	ssize_t n;

	while (len) {
		n = write(f->fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			f->error = 1;
			return EOF;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int nolibc_file_flush(FILE *f)
{
	size_t len = f->wlen;

	f->wlen = 0;
	return len ? raw_write(f, f->buf, len) : 0;
}

/* Write out the buffered output up to its last newline; keep the rest. */
static int flush_lines(FILE *f)
{
	size_t k = f->wlen;

	while (k && f->buf[k - 1] != '\n')
		k--;
	if (!k)
		return 0;
	if (raw_write(f, f->buf, k)) {
		f->wlen = 0;
		return EOF;
	}
	memmove(f->buf, f->buf + k, f->wlen - k);
	f->wlen -= k;
	return 0;
}

int nolibc_file_unread(FILE *f)
{
	off_t back = (off_t)(f->rend - f->rpos) + (f->ungot != EOF);

	f->rpos = f->rend = 0;
	f->ungot = EOF;
	/* On a pipe or the console the read-ahead cannot be given back: dropped. */
	if (back && lseek(f->fd, -back, SEEK_CUR) < 0 && errno != ESPIPE) {
		f->error = 1;
		return EOF;
	}
	return 0;
}

int nolibc_file_write(FILE *f, const char *buf, size_t len)
{
	const unsigned char *p = (const unsigned char *)buf;
	size_t n;

	if (!(f->flags & NOLIBC_F_WRITE)) {
		f->error = 1;
		errno = EBADF;
		return EOF;
	}
	if ((f->rend > f->rpos || f->ungot != EOF) && nolibc_file_unread(f))
		return EOF;
	f->rpos = f->rend = 0;
	file_setup(f);
	if (f->mode == _IONBF)
		return raw_write(f, p, len);
	if (len >= f->size) {
		/* Larger than the buffer: what is pending, then straight through. */
		if (nolibc_file_flush(f) || raw_write(f, p, len))
			return EOF;
	} else {
		while (len) {
			if (f->wlen == f->size && nolibc_file_flush(f))
				return EOF;
			n = f->size - f->wlen;
			if (n > len)
				n = len;
			memcpy(f->buf + f->wlen, p, n);
			f->wlen += n;
			p += n;
			len -= n;
		}
	}
	if (f->mode == _IOLBF &&
	    memchr(buf, '\n', (size_t)((const char *)p - buf)))
		return flush_lines(f);
	return 0;
}

int nolibc_file_fill(FILE *f)
{
	ssize_t n;

	if (!(f->flags & NOLIBC_F_READ)) {
		f->error = 1;
		errno = EBADF;
		return EOF;
	}
	if (f->wlen && nolibc_file_flush(f))
		return EOF;
	file_setup(f);
	/* A prompt written to stdout shows before the program waits for input. */
	if (f == stdin)
		fflush(stdout);
	do
		n = read(f->fd, f->buf, f->size);
	while (n < 0 && errno == EINTR);
	f->rpos = 0;
	f->rend = n > 0 ? (size_t)n : 0;
	if (n == 0)
		f->eof = 1;
	if (n < 0) {
		f->error = 1;
		return EOF;
	}
	return (int)n;
}

int fflush(FILE *f)
{
	int rc = 0;

	if (!f) {
		for (f = nolibc_file_list; f; f = f->next)
			if (f->wlen && nolibc_file_flush(f))
				rc = EOF;
		return rc;
	}
	if (f->wlen)
		return nolibc_file_flush(f);
	if (f->rend > f->rpos || f->ungot != EOF)
		return nolibc_file_unread(f);
	return 0;
}

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
		errno = EINVAL;
		return -1;
	}
	if (fflush(f))
		return -1;
	if (f->flags & NOLIBC_F_OWNBUF)
		free(f->buf);
	f->flags &= ~NOLIBC_F_OWNBUF;
	f->flags |= NOLIBC_F_TTYCHK;
	f->mode = mode;
	f->buf = NULL;
	f->size = 0;
	if (mode != _IONBF && buf && size) {
		f->buf = (unsigned char *)buf;
		f->size = size;
	} else if (mode != _IONBF && size) {
		f->buf = malloc(size);
		if (!f->buf)
			return -1;
		f->size = size;
		f->flags |= NOLIBC_F_OWNBUF;
	}
	file_setup(f);
	return 0;
}

void setbuf(FILE *restrict f, char *restrict buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}
