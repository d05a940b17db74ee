/* SPDX-License-Identifier: BSD-3-Clause */
/* Private: the FILE object (a buffered stream over a descriptor). */
#ifndef NOLIBC_FILE_H
#define NOLIBC_FILE_H

#include <stddef.h>
#include <stdio.h>

#define NOLIBC_F_READ 0x01   /* opened for reading */
#define NOLIBC_F_WRITE 0x02  /* opened for writing */
#define NOLIBC_F_STATIC 0x04 /* stdin/stdout/stderr: never freed */
#define NOLIBC_F_OWNBUF 0x08 /* buf was malloc'd here */
#define NOLIBC_F_TTYCHK 0x10 /* the line-buffering-on-a-tty check was done */

struct __nolibc_file {
	int fd;
	int flags; /* NOLIBC_F_* */
	int mode;  /* _IOFBF, _IOLBF or _IONBF */
	int error; /* ferror() */
	int eof;   /* feof() */
	int ungot; /* a byte pushed back by ungetc(), or EOF */
	unsigned char
		*buf; /* NULL until first use (then malloc'd or setvbuf's) */
	size_t size;  /* of buf */
	size_t rpos, rend; /* reading: buf[rpos..rend) not yet consumed */
	size_t wlen;	   /* writing: buf[0..wlen) not yet written */
	unsigned char one; /* the buffer of an unbuffered stream */
	struct __nolibc_file *next; /* every open stream, for fflush(NULL) */
};

/** Write len bytes to f through its buffer. Returns 0, or EOF (and sets f->error). */
int nolibc_file_write(FILE *f, const char *buf, size_t len);

/** Write out f's pending output. Returns 0, or EOF (error set). */
int nolibc_file_flush(FILE *f);

/** Give back unread buffered input to the descriptor's offset (before a seek or a write). */
int nolibc_file_unread(FILE *f);

/** Refill f's empty read buffer. Returns the bytes now there, 0 at EOF (eof set), or EOF (error set). */
int nolibc_file_fill(FILE *f);

/** A new stream over fd with NOLIBC_F_READ/WRITE flags, on the open list; NULL/ENOMEM. */
FILE *nolibc_file_new(int fd, int flags);

/** Take f off the open list and free it (not the descriptor). */
void nolibc_file_free(FILE *f);

/** Parse an fopen() mode into open() flags and NOLIBC_F_* flags; -1/EINVAL if malformed. */
int nolibc_file_mode(const char *mode, int *oflags, int *fflags);

#endif /* NOLIBC_FILE_H */
