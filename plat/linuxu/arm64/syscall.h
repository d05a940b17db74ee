/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * syscall.h - raw Linux system calls on arm64 (for common/syscalls.c):
 * number in x8, arguments in x0-x5, "svc #0", result in x0. The numbers
 * are the generic table's (asm-generic/unistd.h), not x86_64's.
 */
#ifndef LINUXU_ARM64_SYSCALL_H
#define LINUXU_ARM64_SYSCALL_H

#define SYS_ioctl 29
#define SYS_openat 56
#define SYS_close 57
#define SYS_read 63
#define SYS_lseek 62
#define SYS_setitimer 103
#define SYS_write 64
#define SYS_ppoll 73
#define SYS_timerfd_create 85
#define SYS_timerfd_settime 86
#define SYS_exit_group 94
#define SYS_clock_gettime 113
#define SYS_sigaltstack 132
#define SYS_rt_sigaction 134
#define SYS_munmap 215
#define SYS_mprotect 226
#define SYS_mmap 222

/** System call nr with six arguments; returns the result or -errno. */
static inline long linuxu_syscall6(long nr, long a1, long a2, long a3, long a4,
				   long a5, long a6)
{
	register long x8 __asm__("x8") = nr;
	register long x0 __asm__("x0") = a1;
	register long x1 __asm__("x1") = a2;
	register long x2 __asm__("x2") = a3;
	register long x3 __asm__("x3") = a4;
	register long x4 __asm__("x4") = a5;
	register long x5 __asm__("x5") = a6;

	__asm__ __volatile__("svc #0"
			     : "+r"(x0)
			     : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4),
			       "r"(x5)
			     : "memory");
	return x0;
}

#endif /* LINUXU_ARM64_SYSCALL_H */
