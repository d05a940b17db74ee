/* SPDX-License-Identifier: BSD-3-Clause */
/* Thread-specific data: a table of keys, and per thread a table of
 * values (allocated on the first pthread_setspecific()). A value carries
 * the generation of its key, so a deleted key's values never show
 * through a new key in the same slot. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include "pthread_priv.h"

struct nolibc_key_slot {
	void *value;
	unsigned int gen;
};

static struct {
	int used;
	unsigned int gen; /* odd while the key exists */
	void (*destructor)(void *);
} keys[PTHREAD_KEYS_MAX];

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
	unsigned int k;

	for (k = 0; k < PTHREAD_KEYS_MAX; k++) {
		if (!keys[k].used) {
			keys[k].used = 1;
			keys[k].gen += 1 + !(keys[k].gen & 1); /* next odd */
			keys[k].destructor = destructor;
			*key = k;
			return 0;
		}
	}
	return EAGAIN;
}

int pthread_key_delete(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX || !keys[key].used)
		return EINVAL;
	keys[key].used = 0;
	keys[key].gen++; /* even: no value matches it */
	return 0;
}

void *pthread_getspecific(pthread_key_t key)
{
	struct nolibc_key_slot *slots = pthread_self()->keys;

	if (key >= PTHREAD_KEYS_MAX || !keys[key].used || !slots ||
	    slots[key].gen != keys[key].gen)
		return NULL;
	return slots[key].value;
}

int pthread_setspecific(pthread_key_t key, const void *value)
{
	pthread_t self = pthread_self();

	if (key >= PTHREAD_KEYS_MAX || !keys[key].used)
		return EINVAL;
	if (!self->keys) {
		self->keys = calloc(PTHREAD_KEYS_MAX, sizeof(*self->keys));
		if (!self->keys)
			return ENOMEM;
	}
	self->keys[key].value = (void *)value;
	self->keys[key].gen = keys[key].gen;
	return 0;
}

void nolibc_keys_run_destructors(void)
{
	struct nolibc_key_slot *slots = pthread_self()->keys;
	int round, again = 1;
	unsigned int k;
	void *v;

	for (round = 0; slots && again && round < PTHREAD_DESTRUCTOR_ITERATIONS;
	     round++) {
		again = 0;
		for (k = 0; k < PTHREAD_KEYS_MAX; k++) {
			v = slots[k].value;
			if (!v || !keys[k].used ||
			    slots[k].gen != keys[k].gen || !keys[k].destructor)
				continue;
			slots[k].value = NULL;
			keys[k].destructor(v);
			again = 1;
		}
	}
}
