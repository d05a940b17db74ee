/* SPDX-License-Identifier: BSD-3-Clause */
/* Private: the descriptor table's slots and the console's descriptions. */
#ifndef NOLIBC_FDTAB_H
#define NOLIBC_FDTAB_H

#include <uk/fdtab.h>

/** One slot: the open-file description and the descriptor's own flags. */
struct nolibc_fdslot {
	struct uk_ofile *of; /* NULL: free */
	int fdflags;	     /* FD_CLOEXEC */
};

/** The table (descriptors 0, 1 and 2 start on the console). */
extern struct nolibc_fdslot nolibc_fdtab[UK_FD_MAX];

/** The ops of the serial console (src/console_fd.c). */
extern const struct uk_fdops nolibc_console_ops;

/** Install of at fd (which must be free); takes over the caller's reference. */
void nolibc_fd_install(int fd, struct uk_ofile *of, int fdflags);

/** The lowest free descriptor >= from, or -1 with errno EMFILE. */
int nolibc_fd_lowest(int from);

/** Take a reference to of. */
void nolibc_ofile_ref(struct uk_ofile *of);

#endif /* NOLIBC_FDTAB_H */
