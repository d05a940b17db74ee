/* SPDX-License-Identifier: BSD-3-Clause */
/* Stream positions: fseek, ftell and their off_t and fpos_t forms, rewind. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <unistd.h>
#include "file.h"

off_t ftello(FILE *f)
{
	off_t pos;
	int fl;

	/*
	 * Pending output on an O_APPEND descriptor goes to the end of the
	 * file, not to the offset: write it out first, so the offset is
	 * where it landed (a stream opened "a" has not written yet).
	 */
	if (f->wlen) {
		fl = fcntl(f->fd, F_GETFL);
		if (fl >= 0 && (fl & O_APPEND) && nolibc_file_flush(f))
			return -1;
	}
	pos = lseek(f->fd, 0, SEEK_CUR);

	if (pos < 0)
		return -1;
	return pos - (off_t)(f->rend - f->rpos) - (f->ungot != EOF) +
	       (off_t)f->wlen;
}

long ftell(FILE *f)
{
	off_t pos = ftello(f);

	if (pos > LONG_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (long)pos;
}

int fseeko(FILE *f, off_t off, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (f->wlen && nolibc_file_flush(f))
		return -1;
	if (whence == SEEK_CUR)
		off -= (off_t)(f->rend - f->rpos) + (f->ungot != EOF);
	f->rpos = f->rend = 0;
	f->ungot = EOF;
	if (lseek(f->fd, off, whence) < 0)
		return -1;
	f->eof = 0;
	return 0;
}

int fseek(FILE *f, long off, int whence) { return fseeko(f, off, whence); }

void rewind(FILE *f)
{
	fseeko(f, 0, SEEK_SET);
	f->error = 0;
}

int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	off_t p = ftello(f);

	if (p < 0)
		return -1;
	*pos = p;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos) { return fseeko(f, *pos, SEEK_SET); }
