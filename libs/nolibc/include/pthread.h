/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * pthread.h - a POSIX threads subset (nolibc) over uk/sched.h and
 * uklock: threads (create, join, exit, detach, self, equal, once),
 * mutexes (normal, recursive, error-checking) and condition variables.
 * Scheduling is cooperative (see uk/sched.h): a thread runs until it
 * blocks, sleeps, yields (sched_yield) or ends. Functions return 0 or an
 * errno value, as POSIX says; they do not set errno. Attributes: stack
 * size and detach state; others are not supported.
 */
#ifndef _NOLIBC_PTHREAD_H
#define _NOLIBC_PTHREAD_H

#include <stddef.h>
#include <time.h>
#include <uk/condvar.h>
#include <uk/mutex.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A thread (opaque). */
typedef struct __nolibc_pthread *pthread_t;

/** Thread creation attributes. */
typedef struct {
	size_t stacksize; /**< 0: uksched's default */
	int detachstate;
} pthread_attr_t;

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1

/** A mutex (uk/mutex.h) with its POSIX type. */
typedef struct {
	struct uk_mutex m;
	int type;
} pthread_mutex_t;

typedef struct {
	int type;
} pthread_mutexattr_t;

#define PTHREAD_MUTEX_NORMAL 0
#define PTHREAD_MUTEX_RECURSIVE 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT PTHREAD_MUTEX_NORMAL
#define PTHREAD_MUTEX_INITIALIZER { UK_MUTEX_INIT, PTHREAD_MUTEX_NORMAL }

/** A condition variable (uk/condvar.h). */
typedef struct uk_condvar pthread_cond_t;
typedef struct {
	int unused;
} pthread_condattr_t;
#define PTHREAD_COND_INITIALIZER UK_CONDVAR_INIT

/** One-time initialisation state. */
typedef int pthread_once_t;
#define PTHREAD_ONCE_INIT 0

/** Run start(arg) in a new thread; its handle goes to *thread. EAGAIN
 * if memory is short. attr may be NULL. */
int pthread_create(pthread_t *thread, const pthread_attr_t *attr,
		   void *(*start)(void *), void *arg);
/** Wait for thread to end; its return value goes to *ret (if given).
 * EINVAL if it is detached, EDEADLK if it is the caller. */
int pthread_join(pthread_t thread, void **ret);
/** End the calling thread with value ret. */
_Noreturn void pthread_exit(void *ret);
/** Let thread be freed when it ends. */
int pthread_detach(pthread_t thread);
/** The calling thread. */
pthread_t pthread_self(void);
/** Non-zero if a and b are the same thread. */
int pthread_equal(pthread_t a, pthread_t b);
/** Call fn once for all callers of *once; later callers wait for it. */
int pthread_once(pthread_once_t *once, void (*fn)(void));

/** Default attributes: joinable, default stack size. */
int pthread_attr_init(pthread_attr_t *attr);
/** Nothing to release. */
int pthread_attr_destroy(pthread_attr_t *attr);
/** Stack size of threads made with attr (at least 4096). */
int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size);
/** The stack size attr asks for (0: the default). */
int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *size);
/** PTHREAD_CREATE_JOINABLE or PTHREAD_CREATE_DETACHED. */
int pthread_attr_setdetachstate(pthread_attr_t *attr, int state);

/** Make m unlocked, of attr's type (NULL: normal). */
int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr);
/** EBUSY if m is locked, else 0. */
int pthread_mutex_destroy(pthread_mutex_t *m);
/** Lock m. EDEADLK for an error-checking mutex the caller holds; a
 * normal one locked twice by its owner crashes (a certain deadlock). */
int pthread_mutex_lock(pthread_mutex_t *m);
/** Lock m if it is free (or recursive and ours); EBUSY otherwise. */
int pthread_mutex_trylock(pthread_mutex_t *m);
/** Lock m, waiting until the CLOCK_REALTIME time *abstime; ETIMEDOUT. */
int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abstime);
/** Unlock m; EPERM if the caller does not hold it. */
int pthread_mutex_unlock(pthread_mutex_t *m);
/** Normal type. */
int pthread_mutexattr_init(pthread_mutexattr_t *attr);
/** Nothing to release. */
int pthread_mutexattr_destroy(pthread_mutexattr_t *attr);
/** PTHREAD_MUTEX_NORMAL, _RECURSIVE or _ERRORCHECK; EINVAL otherwise. */
int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type);

/** Make c have no waiter (attr ignored). */
int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr);
/** EBUSY if a thread waits on c, else 0. */
int pthread_cond_destroy(pthread_cond_t *c);
/** Release m, wait for a signal, take m again. */
int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m);
/** pthread_cond_wait() until the CLOCK_REALTIME time *abstime;
 * ETIMEDOUT (m is held again either way). */
int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
			   const struct timespec *abstime);
/** Wake the longest waiter. */
int pthread_cond_signal(pthread_cond_t *c);
/** Wake every waiter. */
int pthread_cond_broadcast(pthread_cond_t *c);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_PTHREAD_H */
