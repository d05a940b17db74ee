/* SPDX-License-Identifier: BSD-3-Clause */
/* errno: one per thread, in thread-local storage (uk/plat/tls.h). */
#include <errno.h>

static _Thread_local int errno_value;

int *__errno_location(void) { return &errno_value; }
