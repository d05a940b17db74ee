/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * syscall.h - raw Linux system calls on x86_64 (for common/syscalls.c):
 * number in rax, arguments in rdi rsi rdx r10 r8 r9, result in rax; rcx
 * and r11 are clobbered.
 */
#ifndef LINUXU_X86_64_SYSCALL_H
#define LINUXU_X86_64_SYSCALL_H

#define SYS_read 0
#define SYS_lseek 8
#define SYS_setitimer 38
#define SYS_write 1
#define SYS_close 3
#define SYS_ioctl 16
#define SYS_mmap 9
#define SYS_munmap 11
#define SYS_mprotect 10
#define SYS_rt_sigaction 13
#define SYS_sigaltstack 131
#define SYS_clock_gettime 228
#define SYS_exit_group 231
#define SYS_ppoll 271
#define SYS_timerfd_create 283
#define SYS_timerfd_settime 286
#define SYS_openat 257

/** System call nr with six arguments; returns the result or -errno. */
static inline long linuxu_syscall6(long nr, long a1, long a2, long a3, long a4,
				   long a5, long a6)
{
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	register long r9 __asm__("r9") = a6;
	long ret;

	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10),
			       "r"(r8), "r"(r9)
			     : "rcx", "r11", "memory");
	return ret;
}

#endif /* LINUXU_X86_64_SYSCALL_H */
