/* SPDX-License-Identifier: BSD-3-Clause */
/* The 'allocator' capability: ukboot's heap is a TLSF allocator. */
#include <uk/ukalloc.h>
#include <uk/ukalloctlsf.h>

struct uk_alloc *uk_allocator_init(void *base, size_t len)
{
	return uk_alloctlsf_init(base, len);
}
