/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sys/ioctl.h - device and descriptor control requests (nolibc), with
 * Linux's request numbers. Served by the descriptor table (uk/fdtab.h).
 */
#ifndef _NOLIBC_SYS_IOCTL_H
#define _NOLIBC_SYS_IOCTL_H

#ifdef __cplusplus
extern "C" {
#endif

/** Bytes that can be read now (int *). */
#define FIONREAD 0x541B
/** Non-blocking I/O on (*(int *)arg != 0) or off: the same as O_NONBLOCK. */
#define FIONBIO 0x5421

/**
 * Control request req on fd with one pointer argument. FIONBIO sets or
 * clears the description's O_NONBLOCK flag (then tells the owner's ioctl
 * op, if any); every other request goes to the op. Returns what the op
 * returns, or -1 with errno EBADF, ENOTTY (no op) or the op's error.
 */
int ioctl(int fd, unsigned long req, ...);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_SYS_IOCTL_H */
