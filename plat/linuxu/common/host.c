/* SPDX-License-Identifier: BSD-3-Clause */
/* uk/plat/host.h: the host's files, for drivers of host facilities. */
#include <uk/plat/host.h>
#include "linuxu.h"

long ukplat_host_open(const char *path, int flags)
{
	return linuxu_openat(LINUXU_AT_FDCWD, path, flags);
}

long ukplat_host_ioctl(int fd, unsigned long request, void *arg)
{
	return linuxu_ioctl(fd, request, arg);
}

long ukplat_host_read(int fd, void *buf, size_t len)
{
	return linuxu_read(fd, buf, len);
}

long ukplat_host_write(int fd, const void *buf, size_t len)
{
	return linuxu_write(fd, buf, len);
}

long ukplat_host_close(int fd) { return linuxu_close(fd); }
