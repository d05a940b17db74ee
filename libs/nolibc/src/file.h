/* SPDX-License-Identifier: BSD-3-Clause */
/* Private: the FILE object behind stdout and stderr. */
#ifndef NOLIBC_FILE_H
#define NOLIBC_FILE_H

#include <stddef.h>
#include <stdio.h>

struct __nolibc_file {
	int fd;    /* 1 or 2; informative only: both go to the console */
	int error; /* set once a console write failed */
};

/** Send len bytes to f's device. Returns 0, or EOF (and sets f->error). */
int nolibc_file_write(FILE *f, const char *buf, size_t len);

#endif /* NOLIBC_FILE_H */
