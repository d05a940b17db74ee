/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * pthread.h - a POSIX threads subset (nolibc) over uk/sched.h and
 * uklock: threads (create, join, exit, detach, self, equal, once),
 * mutexes (normal, recursive, error-checking), condition variables
 * (deadlines on CLOCK_REALTIME or CLOCK_MONOTONIC), thread-specific data
 * (keys with destructors), read-write locks and barriers. Scheduling is
 * cooperative (see uk/sched.h): a thread runs until it blocks, sleeps,
 * yields (sched_yield) or ends. Functions return 0 or an errno value, as
 * POSIX says; they do not set errno. Thread attributes: stack size and
 * detach state; others (scheduling, process-shared, robust, priority
 * protocols, cancellation) are not supported.
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
#define PTHREAD_MUTEX_INITIALIZER                   \
	{                                           \
		UK_MUTEX_INIT, PTHREAD_MUTEX_NORMAL \
	}

/** A condition variable (uk/condvar.h) and the clock of its deadlines. */
typedef struct {
	struct uk_condvar c;
	clockid_t clock;
} pthread_cond_t;
/** Condition variable attributes: the clock (CLOCK_REALTIME default). */
typedef struct {
	clockid_t clock;
} pthread_condattr_t;
#define PTHREAD_COND_INITIALIZER                \
	{                                       \
		UK_CONDVAR_INIT, CLOCK_REALTIME \
	}

/** Thread-specific data key. */
typedef unsigned int pthread_key_t;
/** How many keys may exist at once. */
#define PTHREAD_KEYS_MAX 64
/** Rounds of destructor calls at thread exit (values set again by a
 * destructor get another round, up to this many). */
#define PTHREAD_DESTRUCTOR_ITERATIONS 4

/** A read-write lock: many readers or one writer. Readers are preferred
 * (as glibc's default): a read lock is granted while only readers hold
 * it, even with writers waiting, so a reader may lock it again. */
typedef struct {
	unsigned int readers;	  /**< read locks held */
	void *writer;		  /**< the writing thread, or NULL */
	struct uk_waitq rwaiters; /**< threads waiting to read */
	struct uk_waitq wwaiters; /**< threads waiting to write */
} pthread_rwlock_t;
/** Read-write lock attributes (none are supported). */
typedef struct {
	int unused;
} pthread_rwlockattr_t;
#define PTHREAD_RWLOCK_INITIALIZER                    \
	{                                             \
		0, NULL, UK_WAITQ_INIT, UK_WAITQ_INIT \
	}

/** A barrier for a fixed number of threads. */
typedef struct {
	unsigned int count;   /**< threads per cycle */
	unsigned int waiting; /**< arrived in this cycle */
	unsigned int cycle;   /**< completed cycles */
	struct uk_waitq waiters;
} pthread_barrier_t;
/** Barrier attributes (none are supported). */
typedef struct {
	int unused;
} pthread_barrierattr_t;
/** pthread_barrier_wait()'s value in exactly one thread of each cycle. */
#define PTHREAD_BARRIER_SERIAL_THREAD (-1)

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
/** Lock m. A recursive mutex the caller holds is locked once more; an
 * error-checking one gives EDEADLK; a normal one deadlocks, as POSIX
 * says: the caller waits for ever (uksched reports the deadlock if no
 * other thread can run). */
int pthread_mutex_lock(pthread_mutex_t *m);
/** Lock m if it is free (or recursive and ours); EBUSY otherwise. */
int pthread_mutex_trylock(pthread_mutex_t *m);
/** pthread_mutex_lock() waiting at most until the CLOCK_REALTIME time
 * *abstime: ETIMEDOUT then (also for a normal mutex the caller holds);
 * EINVAL for a bad *abstime if the lock would block. */
int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abstime);
/** Unlock m; EPERM if the caller does not hold it (every type). */
int pthread_mutex_unlock(pthread_mutex_t *m);
/** Normal type. */
int pthread_mutexattr_init(pthread_mutexattr_t *attr);
/** Nothing to release. */
int pthread_mutexattr_destroy(pthread_mutexattr_t *attr);
/** PTHREAD_MUTEX_NORMAL, _RECURSIVE or _ERRORCHECK; EINVAL otherwise. */
int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type);
/** The type attr gives (into *type). */
int pthread_mutexattr_gettype(const pthread_mutexattr_t *attr, int *type);

/** Default condition attributes: deadlines on CLOCK_REALTIME. */
int pthread_condattr_init(pthread_condattr_t *attr);
/** Nothing to release. */
int pthread_condattr_destroy(pthread_condattr_t *attr);
/** The clock of pthread_cond_timedwait() deadlines: CLOCK_REALTIME or
 * CLOCK_MONOTONIC; EINVAL otherwise. */
int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock);
/** The clock attr gives (into *clock). */
int pthread_condattr_getclock(const pthread_condattr_t *attr, clockid_t *clock);

/** Make c have no waiter, with attr's clock (NULL: CLOCK_REALTIME). */
int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr);
/** EBUSY if a thread waits on c, else 0. */
int pthread_cond_destroy(pthread_cond_t *c);
/** Release m, wait for a signal, take m again. */
int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m);
/** pthread_cond_wait() until the time *abstime on c's clock;
 * ETIMEDOUT (m is held again either way). EPERM if the caller does not
 * hold m, EINVAL for a bad *abstime. */
int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
			   const struct timespec *abstime);
/** Wake the longest waiter. */
int pthread_cond_signal(pthread_cond_t *c);
/** Wake every waiter. */
int pthread_cond_broadcast(pthread_cond_t *c);

/** A new key, NULL in every thread; at the exit of a thread whose value
 * is not NULL, destructor (if given) is called with it. EAGAIN when
 * PTHREAD_KEYS_MAX keys exist. */
int pthread_key_create(pthread_key_t *key, void (*destructor)(void *));
/** Forget key (no destructor runs); EINVAL if it does not exist. */
int pthread_key_delete(pthread_key_t key);
/** The calling thread's value for key (NULL if none or no such key). */
void *pthread_getspecific(pthread_key_t key);
/** Set the calling thread's value for key; EINVAL for no such key,
 * ENOMEM if there is no memory for the thread's table. */
int pthread_setspecific(pthread_key_t key, const void *value);

/** Make rw unlocked (attr ignored). */
int pthread_rwlock_init(pthread_rwlock_t *rw, const pthread_rwlockattr_t *attr);
/** EBUSY if rw is held, else 0. */
int pthread_rwlock_destroy(pthread_rwlock_t *rw);
/** Take a read lock, waiting while a writer holds rw. EDEADLK if the
 * caller holds the write lock. */
int pthread_rwlock_rdlock(pthread_rwlock_t *rw);
/** A read lock if no writer holds rw; EBUSY otherwise. */
int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw);
/** pthread_rwlock_rdlock() until the CLOCK_REALTIME time *abstime;
 * ETIMEDOUT then, EINVAL for a bad *abstime. */
int pthread_rwlock_timedrdlock(pthread_rwlock_t *rw,
			       const struct timespec *abstime);
/** Take the write lock, waiting while anyone holds rw. EDEADLK if the
 * caller holds it. */
int pthread_rwlock_wrlock(pthread_rwlock_t *rw);
/** The write lock if nobody holds rw; EBUSY otherwise. */
int pthread_rwlock_trywrlock(pthread_rwlock_t *rw);
/** pthread_rwlock_wrlock() until the CLOCK_REALTIME time *abstime. */
int pthread_rwlock_timedwrlock(pthread_rwlock_t *rw,
			       const struct timespec *abstime);
/** Release the caller's read or write lock; EPERM if rw is not held. */
int pthread_rwlock_unlock(pthread_rwlock_t *rw);
/** No attributes: nothing to set. */
int pthread_rwlockattr_init(pthread_rwlockattr_t *attr);
/** Nothing to release. */
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attr);

/** A barrier that releases its waiters when count threads wait (count
 * > 0, else EINVAL; attr ignored). */
int pthread_barrier_init(pthread_barrier_t *b,
			 const pthread_barrierattr_t *attr, unsigned int count);
/** EBUSY if threads wait on b, else 0. */
int pthread_barrier_destroy(pthread_barrier_t *b);
/** Wait until count threads wait on b; then all go on: one gets
 * PTHREAD_BARRIER_SERIAL_THREAD, the others 0, and b starts again. */
int pthread_barrier_wait(pthread_barrier_t *b);
/** No attributes: nothing to set. */
int pthread_barrierattr_init(pthread_barrierattr_t *attr);
/** Nothing to release. */
int pthread_barrierattr_destroy(pthread_barrierattr_t *attr);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_PTHREAD_H */
