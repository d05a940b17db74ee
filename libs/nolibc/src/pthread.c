/* SPDX-License-Identifier: BSD-3-Clause */
/* POSIX threads over uk/sched.h: each pthread_t wraps a uk_thread and
 * keeps the start function's return value until it is joined. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include "pthread_priv.h"

static struct __nolibc_pthread main_pthread;

/* The end of every pthread: keep ret for the joiner, or free ourselves. */
static _Noreturn void finish(struct __nolibc_pthread *p, void *ret)
{
	nolibc_keys_run_destructors();
	free(p->keys);
	p->keys = NULL;
	p->ret = ret;
	p->ended = 1;
	if (p->detached && p != &main_pthread)
		free(p); /* uksched frees the uk_thread itself */
	uk_thread_exit();
}

static void trampoline(void *arg)
{
	struct __nolibc_pthread *p = arg;

	finish(p, p->start(p->arg));
}

int pthread_create(pthread_t *thread, const pthread_attr_t *attr,
		   void *(*start)(void *), void *arg)
{
	struct __nolibc_pthread *p = calloc(1, sizeof(*p));

	if (!p)
		return EAGAIN;
	p->start = start;
	p->arg = arg;
	p->t = uk_thread_create("pthread", trampoline, p,
				attr ? attr->stacksize : 0);
	if (!p->t) {
		free(p);
		return EAGAIN;
	}
	uk_thread_set_priv(p->t, p);
	if (attr && attr->detachstate == PTHREAD_CREATE_DETACHED) {
		p->detached = 1;
		uk_thread_detach(p->t);
	}
	*thread = p;
	return 0;
}

pthread_t pthread_self(void)
{
	struct uk_thread *t = uk_thread_current();
	struct __nolibc_pthread *p = uk_thread_get_priv(t);

	if (!p) { /* a thread not made by pthread_create: main */
		p = &main_pthread;
		p->t = t;
		uk_thread_set_priv(t, p);
	}
	return p;
}

int pthread_equal(pthread_t a, pthread_t b) { return a == b; }

int pthread_join(pthread_t p, void **ret)
{
	if (p == pthread_self())
		return EDEADLK;
	if (p->detached || p == &main_pthread)
		return EINVAL;
	uk_thread_join(p->t);
	if (ret)
		*ret = p->ret;
	free(p);
	return 0;
}

void pthread_exit(void *ret) { finish(pthread_self(), ret); }

int pthread_detach(pthread_t p)
{
	if (p->detached)
		return EINVAL;
	p->detached = 1;
	if (p == &main_pthread)
		return 0;
	uk_thread_detach(p->t);
	if (p->ended)
		free(p);
	return 0;
}

int pthread_once(pthread_once_t *once, void (*fn)(void))
{
	if (*once == 0) {
		*once = 1; /* running: others wait */
		fn();
		*once = 2;
	}
	while (*once != 2)
		sched_yield();
	return 0;
}

int pthread_attr_init(pthread_attr_t *attr)
{
	attr->stacksize = 0;
	attr->detachstate = PTHREAD_CREATE_JOINABLE;
	return 0;
}

int pthread_attr_destroy(pthread_attr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size)
{
	if (size < 4096)
		return EINVAL;
	attr->stacksize = size;
	return 0;
}

int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *size)
{
	*size = attr->stacksize;
	return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *attr, int state)
{
	if (state != PTHREAD_CREATE_JOINABLE &&
	    state != PTHREAD_CREATE_DETACHED)
		return EINVAL;
	attr->detachstate = state;
	return 0;
}
