/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to plat-linuxu: raw Linux system calls (implemented per
 * architecture) and the kernel ABI structures they use (the same on every
 * 64-bit Linux architecture we target).
 */
#ifndef LINUXU_H
#define LINUXU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* mmap() */
#define LINUXU_PROT_READ 0x1
#define LINUXU_PROT_WRITE 0x2
#define LINUXU_MAP_PRIVATE 0x02
#define LINUXU_MAP_ANONYMOUS 0x20
#define LINUXU_MAP_NORESERVE 0x4000

/* Signals */
#define LINUXU_SIGILL 4
#define LINUXU_SIGBUS 7
#define LINUXU_SIGFPE 8
#define LINUXU_SIGSEGV 11
#define LINUXU_SEGV_ACCERR 2 /* si_code: mapped, without the right */
#define LINUXU_SA_SIGINFO 0x00000004ul
#define LINUXU_SA_RESTORER 0x04000000ul
#define LINUXU_SA_ONSTACK 0x08000000ul
#define LINUXU_SA_NODEFER 0x40000000ul

#define LINUXU_EINTR 4

/* Clocks, timerfd, poll */
#define LINUXU_CLOCK_REALTIME 0
#define LINUXU_CLOCK_MONOTONIC 1
#define LINUXU_TFD_CLOEXEC 02000000
#define LINUXU_TFD_TIMER_ABSTIME 1
#define LINUXU_POLLIN 0x1
#define LINUXU_AT_FDCWD (-100)

/** struct timespec (64-bit). */
struct linuxu_timespec {
	long sec;
	long nsec;
};

/** struct itimerspec. */
struct linuxu_itimerspec {
	struct linuxu_timespec interval;
	struct linuxu_timespec value;
};

/** struct pollfd. */
struct linuxu_pollfd {
	int fd;
	short events;
	short revents;
};

/** The kernel's struct sigaction (not libc's). */
struct linuxu_sigaction {
	void *handler;
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask; /* 64 signals: one word */
};

/** stack_t, for sigaltstack(). */
struct linuxu_stack {
	void *sp;
	int flags;
	size_t size;
};

/** The start of siginfo_t on 64-bit Linux. */
struct linuxu_siginfo {
	int signo;
	int errnum;
	int code;
	int pad;
	void *addr; /* faulting address for SIGSEGV/SIGBUS/SIGILL/SIGFPE */
};

/** Registers of an interrupted context that the crash report shows. */
struct linuxu_regs {
	uintptr_t pc;
	uintptr_t sp;
	uintptr_t fp;
};

/* System calls (syscalls.c, over <arch>/syscall.h): -errno on failure. */
/** write(2). */
long linuxu_write(int fd, const void *buf, size_t len);
/** mmap(2): the address, or -errno. */
long linuxu_mmap(void *addr, size_t len, int prot, int flags, int fd, long off);
/** munmap(2). */
long linuxu_munmap(void *addr, size_t len);
/** mprotect(2). */
long linuxu_mprotect(void *addr, size_t len, int prot);
/** rt_sigaction(2) with the kernel's struct and an 8-byte signal set. */
long linuxu_rt_sigaction(int sig, const struct linuxu_sigaction *act,
			 struct linuxu_sigaction *old);
/** sigaltstack(2). */
long linuxu_sigaltstack(const struct linuxu_stack *ss,
			struct linuxu_stack *old);
/** setitimer(2) with a struct itimerval, no old value (prof.c). */
long linuxu_setitimer(int which, const void *value);
/** read(2). */
long linuxu_read(int fd, void *buf, size_t len);
struct ukplat_bootinfo;
/**
 * The initrd of a linuxu process: the file named by the environment
 * variable UK_INITRD (what `nx run` sets for an app with an initrd),
 * mapped read-only into bi. Reports on the console when it cannot.
 */
void linuxu_initrd(unsigned long *sp, struct ukplat_bootinfo *bi);

/** lseek(2). */
long linuxu_lseek(int fd, long off, int whence);
/** openat(2): a descriptor, or -errno. */
long linuxu_openat(int dirfd, const char *path, int flags);
/** ioctl(2). */
long linuxu_ioctl(int fd, unsigned long request, void *arg);
/** close(2). */
long linuxu_close(int fd);
/** clock_gettime(2). */
long linuxu_clock_gettime(int clock, struct linuxu_timespec *ts);
/** timerfd_create(2): the descriptor, or -errno. */
long linuxu_timerfd_create(int clock, int flags);
/** timerfd_settime(2). */
long linuxu_timerfd_settime(int fd, int flags,
			    const struct linuxu_itimerspec *value,
			    struct linuxu_itimerspec *old);
/** ppoll(2) without a signal mask. */
long linuxu_ppoll(struct linuxu_pollfd *fds, unsigned long nfds,
		  const struct linuxu_timespec *timeout);
/** True when nothing was written to the console yet or it ended a line. */
bool linuxu_console_at_line_start(void);

/** exit_group(2). */
__attribute__((noreturn)) void linuxu_exit_group(int status);

/* Architecture helpers */
/** Signal return trampoline (sa_restorer): calls rt_sigreturn. */
void linuxu_sigrestorer(void);
/** Pick pc/sp/fp out of a signal handler's ucontext. */
void linuxu_ucontext_regs(const void *ucontext, struct linuxu_regs *regs);
/** The architecture's names of pc, sp and fp, each followed by a space. */
extern const char *const linuxu_reg_names[3];

/* Setup (setup.c) */
/** Highest address of the process stack (frames lie below it). */
extern uintptr_t linuxu_stack_top;
/** Install the fault handlers (signals.c). */
void linuxu_signals_init(void);

/* Host descriptors as interrupt lines (irq.c), polled by halt (time.c) */
/**
 * Fill fds[] (room for max) with the timer descriptor tfd (if >= 0)
 * and every unmasked line's descriptor with POLLIN; returns the count.
 */
unsigned int linuxu_irq_pollfds(struct linuxu_pollfd *fds, unsigned int max,
				int tfd);
/** After ppoll: run the handlers of the lines whose descriptor is readable. */
void linuxu_irq_dispatch(const struct linuxu_pollfd *fds, unsigned int n);

#endif /* LINUXU_H */
