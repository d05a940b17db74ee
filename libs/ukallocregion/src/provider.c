/* SPDX-License-Identifier: BSD-3-Clause */
/* The 'allocator' capability: ukboot's heap is a region allocator. */
#include <uk/ukalloc.h>
#include <uk/ukallocregion.h>

struct uk_alloc *uk_allocator_init(void *base, size_t len)
{
	return uk_allocregion_init(base, len);
}
