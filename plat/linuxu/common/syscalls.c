/* SPDX-License-Identifier: BSD-3-Clause */
/* The system calls plat-linuxu makes, over the architecture's raw call. */
#include "linuxu.h"

#if defined(CONFIG_ARCH_X86_64)
#include "../x86_64/syscall.h"
#elif defined(CONFIG_ARCH_ARM64)
#include "../arm64/syscall.h"
#else
#error "plat-linuxu: no system call header for this architecture"
#endif

long linuxu_write(int fd, const void *buf, size_t len)
{
	return linuxu_syscall6(SYS_write, fd, (long)buf, (long)len, 0, 0, 0);
}

long linuxu_mmap(void *addr, size_t len, int prot, int flags, int fd, long off)
{
	return linuxu_syscall6(SYS_mmap, (long)addr, (long)len, prot, flags, fd,
			       off);
}

long linuxu_munmap(void *addr, size_t len)
{
	return linuxu_syscall6(SYS_munmap, (long)addr, (long)len, 0, 0, 0, 0);
}

long linuxu_mprotect(void *addr, size_t len, int prot)
{
	return linuxu_syscall6(SYS_mprotect, (long)addr, (long)len, prot, 0, 0,
			       0);
}

long linuxu_rt_sigaction(int sig, const struct linuxu_sigaction *act,
			 struct linuxu_sigaction *old)
{
	return linuxu_syscall6(SYS_rt_sigaction, sig, (long)act, (long)old,
			       sizeof(act->mask), 0, 0);
}

long linuxu_sigaltstack(const struct linuxu_stack *ss, struct linuxu_stack *old)
{
	return linuxu_syscall6(SYS_sigaltstack, (long)ss, (long)old, 0, 0, 0,
			       0);
}

long linuxu_read(int fd, void *buf, size_t len)
{
	return linuxu_syscall6(SYS_read, fd, (long)buf, (long)len, 0, 0, 0);
}

long linuxu_lseek(int fd, long off, int whence)
{
	return linuxu_syscall6(SYS_lseek, fd, off, whence, 0, 0, 0);
}

long linuxu_openat(int dirfd, const char *path, int flags)
{
	return linuxu_syscall6(SYS_openat, dirfd, (long)path, flags, 0, 0, 0);
}

long linuxu_ioctl(int fd, unsigned long request, void *arg)
{
	return linuxu_syscall6(SYS_ioctl, fd, (long)request, (long)arg, 0, 0,
			       0);
}

long linuxu_close(int fd)
{
	return linuxu_syscall6(SYS_close, fd, 0, 0, 0, 0, 0);
}

long linuxu_clock_gettime(int clock, struct linuxu_timespec *ts)
{
	return linuxu_syscall6(SYS_clock_gettime, clock, (long)ts, 0, 0, 0, 0);
}

long linuxu_timerfd_create(int clock, int flags)
{
	return linuxu_syscall6(SYS_timerfd_create, clock, flags, 0, 0, 0, 0);
}

long linuxu_timerfd_settime(int fd, int flags,
			    const struct linuxu_itimerspec *value,
			    struct linuxu_itimerspec *old)
{
	return linuxu_syscall6(SYS_timerfd_settime, fd, flags, (long)value,
			       (long)old, 0, 0);
}

long linuxu_ppoll(struct linuxu_pollfd *fds, unsigned long nfds,
		  const struct linuxu_timespec *timeout)
{
	return linuxu_syscall6(SYS_ppoll, (long)fds, (long)nfds, (long)timeout,
			       0, 8, 0);
}

void linuxu_exit_group(int status)
{
	for (;;)
		linuxu_syscall6(SYS_exit_group, status, 0, 0, 0, 0, 0);
}

long linuxu_setitimer(int which, const void *value)
{
	return linuxu_syscall6(SYS_setitimer, which, (long)value, 0, 0, 0, 0);
}
