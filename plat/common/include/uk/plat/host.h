/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/host.h - linuxu only: the host's files, for drivers of host
 * facilities (the TAP network device). Raw Linux system calls, no libc;
 * results are the kernel's: a value >= 0, or -errno.
 *
 * A host file descriptor becomes an interrupt line with
 * ukplat_irq_host_fd(): the platform's halt (ppoll) waits for it too.
 */
#ifndef UK_PLAT_HOST_H
#define UK_PLAT_HOST_H

#include <stddef.h>

/** Flags of ukplat_host_open() (Linux's values). */
#define UKPLAT_HOST_O_RDONLY 00
#define UKPLAT_HOST_O_RDWR 02
#define UKPLAT_HOST_O_NONBLOCK 04000
#define UKPLAT_HOST_O_CLOEXEC 02000000

/** open(path, flags): a file descriptor or -errno. */
long ukplat_host_open(const char *path, int flags);

/** ioctl(fd, request, arg). */
long ukplat_host_ioctl(int fd, unsigned long request, void *arg);

/** read(fd, buf, len): bytes read, or -errno (-EAGAIN: nothing there). */
long ukplat_host_read(int fd, void *buf, size_t len);

/** write(fd, buf, len): bytes written, or -errno. */
long ukplat_host_write(int fd, const void *buf, size_t len);

/** close(fd). */
long ukplat_host_close(int fd);

/**
 * An interrupt line (uk/plat/irq.h) for fd: pending while fd is
 * readable. Register its handler with ukplat_irq_register() (flags are
 * ignored: it is a level line, so the handler reads fd until -EAGAIN or
 * masks the line). Returns the line, or -ENOSPC.
 */
int ukplat_irq_host_fd(int fd);

#endif /* UK_PLAT_HOST_H */
