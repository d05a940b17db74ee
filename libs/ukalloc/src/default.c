/* SPDX-License-Identifier: BSD-3-Clause */
/* The default allocator registry. */
#include <uk/ukalloc.h>

static struct uk_alloc *default_alloc;

void uk_alloc_set_default(struct uk_alloc *a) { default_alloc = a; }

struct uk_alloc *uk_alloc_get_default(void) { return default_alloc; }
