/* SPDX-License-Identifier: BSD-3-Clause */
/* signal() and raise() with the default actions signal.h describes. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <uk/plat/shutdown.h>

static sighandler_t handlers[NSIG];

sighandler_t signal(int sig, sighandler_t handler)
{
	sighandler_t old;

	if (sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP) {
		errno = EINVAL;
		return SIG_ERR;
	}
	old = handlers[sig];
	handlers[sig] = handler;
	return old;
}

int raise(int sig)
{
	sighandler_t h;

	if (sig <= 0 || sig >= NSIG) {
		errno = EINVAL;
		return -1;
	}
	h = handlers[sig];
	if (h == SIG_IGN)
		return 0;
	if (h != SIG_DFL) {
		h(sig);
		return 0;
	}
	switch (sig) {
	case SIGCHLD:
	case SIGURG:
	case SIGWINCH:
	case SIGCONT: return 0;
	case SIGABRT: fflush(stdout); ukplat_crash("abort() called");
	default:
		fflush(NULL);
		fprintf(stderr, "signal %d\n", sig);
		ukplat_terminate(128 + sig);
	}
}
