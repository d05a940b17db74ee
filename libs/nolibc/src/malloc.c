/* SPDX-License-Identifier: BSD-3-Clause */
/* The malloc family over the default ukalloc allocator. */
#include <errno.h>
#include <stdlib.h>
#include <uk/ukalloc.h>

_Static_assert(UK_ALLOC_ENOMEM == ENOMEM && UK_ALLOC_EINVAL == EINVAL,
	       "ukalloc error codes must match errno.h");

void *malloc(size_t size)
{
	void *p = uk_malloc(uk_alloc_get_default(), size);

	if (!p)
		errno = ENOMEM;
	return p;
}

void *calloc(size_t nmemb, size_t size)
{
	void *p = uk_calloc(uk_alloc_get_default(), nmemb, size);

	if (!p)
		errno = ENOMEM;
	return p;
}

void *realloc(void *ptr, size_t size)
{
	void *p = uk_realloc(uk_alloc_get_default(), ptr, size);

	if (!p && (size != 0 || !ptr))
		errno = ENOMEM;
	return p;
}

void free(void *ptr) { uk_free(uk_alloc_get_default(), ptr); }

int posix_memalign(void **memptr, size_t align, size_t size)
{
	if (align % sizeof(void *) != 0)
		return EINVAL;
	return uk_posix_memalign(uk_alloc_get_default(), memptr, align, size);
}

void *aligned_alloc(size_t align, size_t size)
{
	void *p;
	int err = uk_posix_memalign(uk_alloc_get_default(), &p, align, size);

	if (err) {
		errno = err;
		return NULL;
	}
	return p;
}
