/* SPDX-License-Identifier: BSD-3-Clause */
/* exit and abort end the unikernel through the platform. */
#include <stdlib.h>
#include <uk/plat/shutdown.h>

void exit(int status)
{
	ukplat_terminate(status);
}

void abort(void)
{
	ukplat_crash("abort() called");
}
