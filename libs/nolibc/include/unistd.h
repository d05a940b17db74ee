/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * unistd.h - sleeping (nolibc). Other threads run meanwhile.
 */
#ifndef _NOLIBC_UNISTD_H
#define _NOLIBC_UNISTD_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Microseconds. */
typedef unsigned int useconds_t;

/** Sleep for seconds; returns 0 (never interrupted). */
unsigned int sleep(unsigned int seconds);
/** Sleep for usec microseconds; returns 0. */
int usleep(useconds_t usec);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_UNISTD_H */
