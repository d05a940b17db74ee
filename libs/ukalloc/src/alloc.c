/* SPDX-License-Identifier: BSD-3-Clause */
/* Thin wrappers dispatching to an allocator's operations. */
#include <uk/trace.h>
#include <uk/ukalloc.h>

void *uk_malloc(struct uk_alloc *a, size_t size)
{
	void *p;

	if (!a)
		return NULL;
	p = a->malloc(a, size);
	UK_TRACE(alloc_malloc, size, p);
	return p;
}

void uk_free(struct uk_alloc *a, void *ptr)
{
	UK_TRACE(alloc_free, ptr);
	if (a && ptr)
		a->free(a, ptr);
}

int uk_posix_memalign(struct uk_alloc *a, void **memptr, size_t align,
		      size_t size)
{
	if (!a)
		return UK_ALLOC_ENOMEM;
	if (!memptr || align == 0 || (align & (align - 1)) != 0)
		return UK_ALLOC_EINVAL;
	return a->posix_memalign(a, memptr, align, size);
}

void *uk_memalign(struct uk_alloc *a, size_t align, size_t size)
{
	void *p;

	if (uk_posix_memalign(a, &p, align, size) != 0)
		return NULL;
	return p;
}

size_t uk_alloc_usable_size(struct uk_alloc *a, const void *ptr)
{
	if (!a || !ptr || !a->usable_size)
		return 0;
	return a->usable_size(a, ptr);
}

size_t uk_alloc_availmem(struct uk_alloc *a)
{
	if (!a || !a->availmem)
		return 0;
	return a->availmem(a);
}
