/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Granting and ending access with v1 entries, and the free list of
 * references (a singly linked list through next[], UK_GNTTAB_RESERVED
 * and up; a reference in use is marked IN_USE there).
 *
 * An entry is written domid and frame first, then flags, behind a
 * barrier, since Xen may read it the moment flags say "permit". Ending
 * a grant clears flags with a compare-and-exchange that fails while Xen
 * has set GTF_reading/GTF_writing (the grantee still maps the page).
 */
#include <errno.h>
#include <uk/xen/platform.h>
#include "gnttab.h"

#ifndef CONFIG_LIBXENGNTTAB_FRAMES
#define CONFIG_LIBXENGNTTAB_FRAMES 4
#endif
#define MAX_REFS (CONFIG_LIBXENGNTTAB_FRAMES * ENTRIES_PER_FRAME)
#define END 0xffffffffU	   /* end of the free list */
#define IN_USE 0xfffffffeU /* granted */

static struct gnttab_entry *table;
static unsigned int nrefs, nfree;
static uint32_t next[MAX_REFS];
static uint32_t head = END;
static int setup_err = 1; /* 1: not tried yet */

long gnttab_op(unsigned int cmd, void *arg, unsigned int count)
{
	return ukplat_xen_hypercall(UKPLAT_XEN_HC_GRANT_TABLE_OP, cmd,
				    (uint64_t)(uintptr_t)arg, count, 0, 0);
}

int gnttab_status_errno(int16_t status)
{
	switch (status) {
	case GNTST_OKAY: return 0;
	case GNTST_PERMISSION_DENIED: return -EACCES;
	case GNTST_BAD_DOMAIN:
	case GNTST_BAD_GNTREF:
	case GNTST_BAD_HANDLE:
	case GNTST_BAD_VIRT_ADDR: return -EINVAL;
	default: return -EIO;
	}
}

int uk_gnttab_init(void)
{
	unsigned int i, frames = CONFIG_LIBXENGNTTAB_FRAMES;
	struct gnttab_query_size q = { .dom = UKPLAT_XEN_DOMID_SELF };
	int err = 0;

	if (setup_err != 1)
		return setup_err;
	/* Xen lets a domain have at most max_nr_frames (xl: max_grant_frames). */
	if (gnttab_op(GNTTABOP_QUERY_SIZE, &q, 1) == 0 &&
	    q.status == GNTST_OKAY && q.max_nr_frames < frames)
		frames = q.max_nr_frames;
	table = frames ? gnttab_arch_setup(frames, &err) : NULL;
	if (!table) {
		setup_err = err ? err : -ENOMEM;
		return setup_err;
	}
	nrefs = frames * ENTRIES_PER_FRAME;
	for (i = nrefs; i-- > UK_GNTTAB_RESERVED;) {
		next[i] = head;
		head = i;
	}
	nfree = nrefs - UK_GNTTAB_RESERVED;
	setup_err = 0;
	return 0;
}

long uk_gnttab_grant(uint16_t domid, uint64_t frame, bool readonly)
{
	uint32_t ref;
	int rc = uk_gnttab_init();

	if (rc)
		return rc;
	if (frame > UINT32_MAX) /* v1 entries hold 32-bit frames */
		return -EINVAL;
	if (head == END)
		return -ENOSPC;
	ref = head;
	head = next[ref];
	next[ref] = IN_USE;
	nfree--;
	table[ref].domid = domid;
	table[ref].frame = (uint32_t)frame;
	__atomic_store_n(&table[ref].flags,
			 (uint16_t)(UK_GTF_PERMIT_ACCESS |
				    (readonly ? UK_GTF_READONLY : 0)),
			 __ATOMIC_RELEASE);
	return ref;
}

long uk_gnttab_grant_page(uint16_t domid, const void *page, bool readonly)
{
	if ((uintptr_t)page & 4095)
		return -EINVAL;
	return uk_gnttab_grant(domid, ukplat_xen_frame(page), readonly);
}

int uk_gnttab_end(uk_gnttab_ref_t ref)
{
	uint16_t flags;

	if (setup_err || ref >= nrefs || next[ref] != IN_USE)
		return -EINVAL;
	flags = __atomic_load_n(&table[ref].flags, __ATOMIC_ACQUIRE);
	do {
		if (flags & (UK_GTF_READING | UK_GTF_WRITING))
			return -EBUSY;
	} while (!__atomic_compare_exchange_n(&table[ref].flags, &flags, 0,
					      false, __ATOMIC_ACQ_REL,
					      __ATOMIC_ACQUIRE));
	next[ref] = head;
	head = ref;
	nfree++;
	return 0;
}

uint16_t uk_gnttab_flags(uk_gnttab_ref_t ref)
{
	return setup_err || ref >= nrefs
		       ? 0
		       : __atomic_load_n(&table[ref].flags, __ATOMIC_ACQUIRE);
}

unsigned int uk_gnttab_capacity(void) { return nrefs; }

unsigned int uk_gnttab_free_count(void) { return nfree; }

int uk_gnttab_map(uint16_t domid, uk_gnttab_ref_t ref, void *host,
		  bool readonly, uint32_t *handle)
{
	struct gnttab_map_grant_ref m = {
		.host_addr = (uint64_t)(uintptr_t)host,
		.flags = GNTMAP_HOST_MAP | (readonly ? GNTMAP_READONLY : 0),
		.ref = ref,
		.dom = domid,
	};
	long rc = gnttab_op(GNTTABOP_MAP_GRANT_REF, &m, 1);

	if (rc < 0)
		return (int)rc;
	if (m.status != GNTST_OKAY)
		return gnttab_status_errno(m.status);
	*handle = m.handle;
	return 0;
}

int uk_gnttab_unmap(void *host, uint32_t handle)
{
	struct gnttab_unmap_grant_ref u = {
		.host_addr = (uint64_t)(uintptr_t)host,
		.handle = handle,
	};
	long rc = gnttab_op(GNTTABOP_UNMAP_GRANT_REF, &u, 1);

	if (rc < 0)
		return (int)rc;
	return gnttab_status_errno(u.status);
}
