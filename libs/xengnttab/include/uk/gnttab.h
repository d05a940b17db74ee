/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/gnttab.h - Xen grant tables (v1 entries, Xen's public
 * grant_table.h): let another domain (a back end) map or copy pages of
 * ours, and take that right back when done; and, for tests and back
 * ends, map a page another domain granted us.
 *
 * The table is set up on first use: x86_64 PV asks Xen for its frames
 * (GNTTABOP_setup_table) and maps them; arm64 has Xen put them in the
 * grant-table region of the guest's address space
 * (XENMEM_add_to_physmap, XENMAPSPACE_grant_table). References come
 * from a free list; the first UK_GNTTAB_RESERVED are the toolstack's
 * (console, xenstore) and never handed out.
 */
#ifndef UK_GNTTAB_H
#define UK_GNTTAB_H

#include <stdbool.h>
#include <stdint.h>

/** A grant reference: an index into our grant table. */
typedef uint32_t uk_gnttab_ref_t;

/** References the toolstack reserves (GNTTAB_NR_RESERVED_ENTRIES). */
#define UK_GNTTAB_RESERVED 8

/* Flags of a v1 entry (GTF_*) */
#define UK_GTF_PERMIT_ACCESS 1
#define UK_GTF_READONLY (1U << 2)
#define UK_GTF_READING (1U << 3) /**< Xen: the grantee maps it */
#define UK_GTF_WRITING (1U << 4) /**< Xen: the grantee maps it writable */

/** Set the table up now (else the first grant does). 0 or -errno. */
int uk_gnttab_init(void);

/**
 * Let domain domid access the page with frame number frame (read-only
 * if readonly): the reference, or -ENOSPC when every one is in use, or
 * the setup's -errno.
 */
long uk_gnttab_grant(uint16_t domid, uint64_t frame, bool readonly);

/** uk_gnttab_grant() of the page at page (page-aligned, ours). */
long uk_gnttab_grant_page(uint16_t domid, const void *page, bool readonly);

/**
 * End the grant ref: 0 and the reference is free again, or -EBUSY while
 * the grantee still has it mapped (nothing changes; try again once it
 * has unmapped it), -EINVAL for a reference not granted.
 */
int uk_gnttab_end(uk_gnttab_ref_t ref);

/** The flags of ref's entry as Xen sees them (UK_GTF_*). */
uint16_t uk_gnttab_flags(uk_gnttab_ref_t ref);

/** References in the table, and those free now. */
unsigned int uk_gnttab_capacity(void);
unsigned int uk_gnttab_free_count(void);

/**
 * Map the page domid granted us as ref at our page-aligned address
 * host (GNTTABOP_map_grant_ref; x86_64 PV: the page's mapping at host is
 * replaced; arm64: host is a guest-physical address that must hold no
 * RAM). *handle is for the unmap. 0 or -errno (Xen's GNTST_* as -EIO,
 * -EACCES, -EINVAL).
 */
int uk_gnttab_map(uint16_t domid, uk_gnttab_ref_t ref, void *host,
		  bool readonly, uint32_t *handle);

/** Undo uk_gnttab_map() (x86_64 PV: host is unmapped afterwards). 0 or -errno. */
int uk_gnttab_unmap(void *host, uint32_t handle);

#endif /* UK_GNTTAB_H */
