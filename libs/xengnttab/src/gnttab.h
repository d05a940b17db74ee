/* SPDX-License-Identifier: BSD-3-Clause */
/* gnttab.h - Xen's grant-table ABI and what the files share (not public). */
#ifndef XENGNTTAB_GNTTAB_H
#define XENGNTTAB_GNTTAB_H

#include <stdint.h>
#include <uk/gnttab.h>

#define GNTTABOP_MAP_GRANT_REF 0
#define GNTTABOP_UNMAP_GRANT_REF 1
#define GNTTABOP_SETUP_TABLE 2
#define GNTTABOP_QUERY_SIZE 6

#define GNTMAP_HOST_MAP (1U << 1)
#define GNTMAP_READONLY (1U << 2)

#define GNTST_OKAY 0
#define GNTST_BAD_DOMAIN (-2)
#define GNTST_BAD_GNTREF (-4)
#define GNTST_BAD_HANDLE (-5)
#define GNTST_BAD_VIRT_ADDR (-6)
#define GNTST_PERMISSION_DENIED (-8)

/** A v1 entry (grant_entry_v1). */
struct gnttab_entry {
	uint16_t flags;
	uint16_t domid;
	uint32_t frame;
};
_Static_assert(sizeof(struct gnttab_entry) == 8, "grant_entry_v1 layout");

#define ENTRIES_PER_FRAME (4096 / sizeof(struct gnttab_entry))

struct gnttab_query_size {
	uint16_t dom;
	uint32_t nr_frames;	/* out */
	uint32_t max_nr_frames; /* out */
	int16_t status;		/* out */
};
_Static_assert(sizeof(struct gnttab_query_size) == 16, "query_size layout");

struct gnttab_setup_table {
	uint16_t dom;
	uint32_t nr_frames;
	int16_t status;	     /* out */
	uint64_t frame_list; /* guest handle: an array of nr_frames frames */
};
_Static_assert(sizeof(struct gnttab_setup_table) == 24, "setup_table layout");

struct gnttab_map_grant_ref {
	uint64_t host_addr;
	uint32_t flags;
	uint32_t ref;
	uint16_t dom;
	int16_t status;	       /* out */
	uint32_t handle;       /* out */
	uint64_t dev_bus_addr; /* out */
};
_Static_assert(sizeof(struct gnttab_map_grant_ref) == 32, "map layout");

struct gnttab_unmap_grant_ref {
	uint64_t host_addr;
	uint64_t dev_bus_addr;
	uint32_t handle;
	int16_t status; /* out */
};
_Static_assert(sizeof(struct gnttab_unmap_grant_ref) == 24, "unmap layout");

/** GNTTABOP cmd over count arguments at arg. */
long gnttab_op(unsigned int cmd, void *arg, unsigned int count);

/**
 * The architecture's setup: nframes of the table mapped; returns its
 * address, or NULL with *err set.
 */
struct gnttab_entry *gnttab_arch_setup(unsigned int nframes, int *err);

/** The -errno for a GNTST_* status. */
int gnttab_status_errno(int16_t status);

#endif /* XENGNTTAB_GNTTAB_H */
