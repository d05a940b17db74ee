/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sys/select.h - select() over poll() (libs/lwip's sockets): descriptor
 * sets as large as the descriptor table (UK_FD_MAX, uk/fdtab.h).
 */
#ifndef _UK_SYS_SELECT_H
#define _UK_SYS_SELECT_H

#include <sys/time.h>
#include <uk/fdtab.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The most descriptors a set holds. */
#define FD_SETSIZE UK_FD_MAX

/** A set of descriptors. */
typedef struct {
	unsigned long fds_bits[(FD_SETSIZE + 8 * sizeof(unsigned long) - 1) /
			       (8 * sizeof(unsigned long))];
} fd_set;

#define __UK_FD_BIT(fd) (1ul << ((unsigned)(fd) % (8 * sizeof(unsigned long))))
#define __UK_FD_WORD(fd) ((unsigned)(fd) / (8 * sizeof(unsigned long)))
/** Empty the set. */
#define FD_ZERO(s) __builtin_memset((s), 0, sizeof(fd_set))
/** Add fd. */
#define FD_SET(fd, s) ((s)->fds_bits[__UK_FD_WORD(fd)] |= __UK_FD_BIT(fd))
/** Remove fd. */
#define FD_CLR(fd, s) ((s)->fds_bits[__UK_FD_WORD(fd)] &= ~__UK_FD_BIT(fd))
/** Non-zero if fd is in the set. */
#define FD_ISSET(fd, s) \
	(((s)->fds_bits[__UK_FD_WORD(fd)] & __UK_FD_BIT(fd)) != 0)

/**
 * Wait until a descriptor below nfds in rd is readable, in wr writable
 * or in ex has an error, or timeout passed (NULL: forever). The sets
 * are left holding the ready ones. Returns their total, 0 on timeout,
 * -1 with EBADF (a descriptor not open) or EINVAL.
 */
int select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex,
	   struct timeval *timeout);

#ifdef __cplusplus
}
#endif

#endif /* _UK_SYS_SELECT_H */
