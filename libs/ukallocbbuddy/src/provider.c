/* SPDX-License-Identifier: BSD-3-Clause */
/* The 'allocator' capability: ukboot's heap is a buddy allocator. */
#include <uk/ukalloc.h>
#include <uk/ukallocbbuddy.h>

struct uk_alloc *uk_allocator_init(void *base, size_t len)
{
	return uk_allocbbuddy_init(base, len);
}
