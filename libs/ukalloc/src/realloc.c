/* SPDX-License-Identifier: BSD-3-Clause */
/* realloc: the allocator's own, or malloc + copy + free. */
#include <uk/ukalloc.h>

void *uk_realloc(struct uk_alloc *a, void *ptr, size_t size)
{
	void *p;
	size_t old;

	if (!a)
		return NULL;
	if (!ptr)
		return uk_malloc(a, size);
	if (size == 0) {
		uk_free(a, ptr);
		return NULL;
	}
	if (a->realloc)
		return a->realloc(a, ptr, size);
	if (!a->usable_size)
		return NULL; /* cannot know how much to copy */

	p = uk_malloc(a, size);
	if (!p)
		return NULL;
	old = a->usable_size(a, ptr);
	__builtin_memcpy(p, ptr, old < size ? old : size);
	uk_free(a, ptr);
	return p;
}
