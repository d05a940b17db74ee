/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * exit, _Exit, atexit and abort. exit() (and a return from main(), which
 * ukboot turns into exit()) runs the atexit functions in reverse order,
 * flushes every stream, then ends the unikernel with the status through
 * the platform.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <uk/plat/shutdown.h>

/* C requires room for at least 32. */
#define ATEXIT_MAX 32

static void (*atexit_fns[ATEXIT_MAX])(void);
static int atexit_count;

int atexit(void (*fn)(void))
{
	if (atexit_count == ATEXIT_MAX)
		return -1;
	atexit_fns[atexit_count++] = fn;
	return 0;
}

void exit(int status)
{
	/* A function that calls exit() again does not run the earlier ones twice. */
	while (atexit_count > 0)
		atexit_fns[--atexit_count]();
	fflush(NULL);
	ukplat_terminate(status);
}

void _Exit(int status) { ukplat_terminate(status); }

void abort(void)
{
	raise(SIGABRT);
	/* Caught and returned, or ignored: abort anyway, as C requires. */
	fflush(stdout);
	ukplat_crash("abort() called");
}
