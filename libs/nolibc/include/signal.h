/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * signal.h - C's signals within one unikernel (nolibc).
 *
 * Nothing outside the image sends signals: they come only from raise()
 * (and abort()). The default action of SIGABRT is a crash report
 * ("abort() called") and the platform's crash status; of every other
 * signal it is "signal N" on the console and the end of the image with
 * status 128 + N, except SIGCHLD, SIGCONT, SIGURG and SIGWINCH, ignored. Faults
 * (SIGSEGV, SIGFPE ...) are not turned into signals: the platform's
 * crash report handles them.
 */
#ifndef _NOLIBC_SIGNAL_H
#define _NOLIBC_SIGNAL_H

#ifdef __cplusplus
extern "C" {
#endif

/** An integer that a signal handler may set atomically. */
typedef volatile int sig_atomic_t;

/** A signal handler. */
typedef void (*sighandler_t)(int);

/** The default action, ignore, and signal()'s error result. */
#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)
#define SIG_ERR ((sighandler_t)-1)

/* Linux's numbers. */
#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGURG 23
#define SIGWINCH 28
/** One more than the highest signal number. */
#define NSIG 65

/**
 * Set sig's handler (a function, SIG_DFL or SIG_IGN). Returns the
 * previous one, or SIG_ERR with errno EINVAL (a bad number, SIGKILL,
 * SIGSTOP). The handler stays installed when it runs.
 */
sighandler_t signal(int sig, sighandler_t handler);

/** Deliver sig now, in the calling thread. Returns 0, or -1/EINVAL. */
int raise(int sig);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_SIGNAL_H */
