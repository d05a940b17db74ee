/* SPDX-License-Identifier: BSD-3-Clause */
/* Generic calloc: overflow-checked malloc followed by memset. */
#include <stdint.h>
#include <uk/ukalloc.h>

void *uk_calloc(struct uk_alloc *a, size_t nmemb, size_t size)
{
	void *p;

	if (size != 0 && nmemb > SIZE_MAX / size) {
		if (a)
			uk_alloc_stats_note_enomem(a);
		return NULL;
	}
	p = uk_malloc(a, nmemb * size);
	if (p)
		__builtin_memset(p, 0, nmemb * size);
	return p;
}
