/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sched.h - sched_yield() (nolibc), over uk/sched.h.
 */
#ifndef _NOLIBC_SCHED_H
#define _NOLIBC_SCHED_H

#ifdef __cplusplus
extern "C" {
#endif

/** Let the other runnable threads run first. Returns 0. */
int sched_yield(void);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_SCHED_H */
