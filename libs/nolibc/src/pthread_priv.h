/* SPDX-License-Identifier: BSD-3-Clause */
/* Private: what the pthread files share. */
#ifndef NOLIBC_PTHREAD_PRIV_H
#define NOLIBC_PTHREAD_PRIV_H

#include <pthread.h>
#include <stdint.h>
#include <time.h>

struct uk_thread;
struct nolibc_key_slot;

/** What a pthread_t points to. */
struct __nolibc_pthread {
	struct uk_thread *t;
	void *(*start)(void *);
	void *arg;
	void *ret;
	int detached;
	int ended;
	struct nolibc_key_slot *keys; /**< PTHREAD_KEYS_MAX, or NULL */
};

/** The monotonic deadline of a CLOCK_REALTIME time (0 if in the past,
 * UINT64_MAX - 1 at most; deadline.c). */
uint64_t nolibc_deadline_of(const struct timespec *abstime);
/** The deadline of a CLOCK_MONOTONIC time (the same clock; 0 if
 * negative, UINT64_MAX - 1 at most). */
uint64_t nolibc_deadline_mono(const struct timespec *abstime);

/** 1 if the calling thread holds m (pthread_mutex.c). */
int nolibc_mutex_mine(const pthread_mutex_t *m);

/** Run the key destructors of the calling thread's values, as
 * pthread_exit() must (pthread_key.c). */
void nolibc_keys_run_destructors(void);

#endif /* NOLIBC_PTHREAD_PRIV_H */
