/* SPDX-License-Identifier: BSD-3-Clause */
/* Private: fcntl()'s record-lock commands (src/fcntl_lock.c). */
#ifndef NOLIBC_FCNTL_LOCK_H
#define NOLIBC_FCNTL_LOCK_H

#include <fcntl.h>
#include <uk/fdtab.h>

/**
 * F_GETLK, F_SETLK or F_SETLKW (cmd) on the open file of with the
 * request fl: 0, or -1 with errno EINVAL (a bad l_type or l_whence) or
 * EBADF (the lock type needs an access mode the descriptor lacks).
 */
int nolibc_fcntl_lock(struct uk_ofile *of, int cmd, struct flock *fl);

#endif /* NOLIBC_FCNTL_LOCK_H */
