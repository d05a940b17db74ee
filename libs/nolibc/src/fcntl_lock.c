/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * fcntl() record locks (F_GETLK, F_SETLK, F_SETLKW) in a one-process
 * system. POSIX record locks belong to a process, and a process's own
 * locks never conflict with a request of the same process: a new lock
 * over a range it already locks replaces that lock. A unikernel is one
 * process, so no request ever conflicts: F_SETLK and F_SETLKW grant every
 * valid request at once (nothing is recorded, since nothing could ever
 * be told about it), and F_GETLK answers F_UNLCK (no lock of another
 * process would block it). The arguments are checked as POSIX says.
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "fcntl_lock.h"

int nolibc_fcntl_lock(struct uk_ofile *of, int cmd, struct flock *fl)
{
	int acc = of->flags & O_ACCMODE;

	if (!fl || (fl->l_type != F_RDLCK && fl->l_type != F_WRLCK &&
		    fl->l_type != F_UNLCK)) {
		errno = EINVAL;
		return -1;
	}
	if (fl->l_whence != SEEK_SET && fl->l_whence != SEEK_CUR &&
	    fl->l_whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (cmd == F_GETLK) {
		fl->l_type = F_UNLCK;
		return 0;
	}
	/* A shared lock needs a descriptor open for reading, an exclusive
	 * one a descriptor open for writing. */
	if ((fl->l_type == F_RDLCK && acc == O_WRONLY) ||
	    (fl->l_type == F_WRLCK && acc == O_RDONLY)) {
		errno = EBADF;
		return -1;
	}
	return 0;
}
