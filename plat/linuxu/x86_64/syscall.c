/* SPDX-License-Identifier: BSD-3-Clause */
/* Raw Linux system calls on x86_64: number in rax, arguments in
 * rdi rsi rdx r10 r8 r9, result in rax; rcx and r11 are clobbered. */
#include "../common/linuxu.h"

#define SYS_write 1
#define SYS_mmap 9
#define SYS_munmap 11
#define SYS_rt_sigaction 13
#define SYS_sigaltstack 131
#define SYS_exit_group 231

static inline long syscall6(long nr, long a1, long a2, long a3, long a4,
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

long linuxu_write(int fd, const void *buf, size_t len)
{
	return syscall6(SYS_write, fd, (long)buf, (long)len, 0, 0, 0);
}

long linuxu_mmap(void *addr, size_t len, int prot, int flags, int fd,
		 long off)
{
	return syscall6(SYS_mmap, (long)addr, (long)len, prot, flags, fd, off);
}

long linuxu_munmap(void *addr, size_t len)
{
	return syscall6(SYS_munmap, (long)addr, (long)len, 0, 0, 0, 0);
}

long linuxu_rt_sigaction(int sig, const struct linuxu_sigaction *act,
			 struct linuxu_sigaction *old)
{
	return syscall6(SYS_rt_sigaction, sig, (long)act, (long)old,
			sizeof(act->mask), 0, 0);
}

long linuxu_sigaltstack(const struct linuxu_stack *ss,
			struct linuxu_stack *old)
{
	return syscall6(SYS_sigaltstack, (long)ss, (long)old, 0, 0, 0, 0);
}

void linuxu_exit_group(int status)
{
	for (;;)
		syscall6(SYS_exit_group, status, 0, 0, 0, 0, 0);
}
