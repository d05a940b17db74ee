/* SPDX-License-Identifier: BSD-3-Clause */
/* The errno variable. */
#include <errno.h>

int errno;
