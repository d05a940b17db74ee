/* SPDX-License-Identifier: BSD-3-Clause */
/* Private: what the pthread files share. */
#ifndef NOLIBC_PTHREAD_PRIV_H
#define NOLIBC_PTHREAD_PRIV_H

#include <stdint.h>
#include <time.h>

/** The monotonic deadline of a CLOCK_REALTIME time (0 if in the past,
 * UINT64_MAX - 1 at most). */
uint64_t nolibc_deadline_of(const struct timespec *abstime);

#endif /* NOLIBC_PTHREAD_PRIV_H */
