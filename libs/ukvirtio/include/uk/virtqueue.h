/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/virtqueue.h - split virtqueues (virtio 1.x, 2.7), shared by every
 * transport: the descriptor table, the available ring the driver fills
 * and the used ring the device fills, in one page-aligned allocation
 * laid out as legacy devices require (used ring on the next 4 KiB
 * boundary), which modern ones accept too.
 *
 * A driver adds a buffer (a chain of device-readable then device-
 * writable segments) with a cookie, publishes the batch with
 * uk_virtqueue_kick(), and later takes finished buffers back with
 * uk_virtqueue_get(), which returns their cookies in the order the
 * device used them. Interrupt suppression uses the rings' flags (no
 * VIRTIO_F_EVENT_IDX). One thread at a time per queue; the used ring may
 * be polled from an interrupt handler (uk_virtqueue_has_used()).
 */
#ifndef UK_VIRTQUEUE_H
#define UK_VIRTQUEUE_H

#include <stdbool.h>
#include <stdint.h>

struct uk_virtio_dev;

/** One segment of a buffer. */
struct uk_virtqueue_seg {
	const void *addr; /**< identity-mapped address */
	uint32_t len;
};

/** Descriptor table entry (virtio 1.x, 2.7.5), little-endian. */
struct uk_vring_desc {
	uint64_t addr;
	uint32_t len;
	uint16_t flags;
	uint16_t next;
};

/** A split virtqueue. Fields are the library's. */
struct uk_virtqueue {
	struct uk_virtio_dev *vdev;
	uint16_t index;	   /**< queue number on the device */
	uint16_t num;	   /**< entries (a power of two) */
	uint16_t num_free; /**< free descriptors */
	uint16_t free_head;
	uint16_t last_used;
	uint16_t avail_idx;
	struct uk_vring_desc *desc;
	volatile uint16_t *avail; /**< flags, idx, ring[num], used_event */
	volatile uint8_t *used;	  /**< flags, idx, ring[num] of {id, len} */
	void **cookies;		  /**< by head descriptor */
	void *mem;		  /**< the allocation */
	uint64_t notify_data;	  /**< transport's notify address/offset */
};

/** Bytes of the rings of a queue of num entries (legacy layout). */
uint64_t uk_virtqueue_ring_size(uint16_t num);

/**
 * Allocate and zero a queue of num entries (a power of two) for vdev's
 * queue index. NULL if memory is short.
 */
struct uk_virtqueue *uk_virtqueue_create(struct uk_virtio_dev *vdev,
					 uint16_t index, uint16_t num);

/** Free a queue the device no longer uses (after a reset). */
void uk_virtqueue_destroy(struct uk_virtqueue *vq);

/** Physical addresses of the descriptor table, available and used rings. */
uint64_t uk_virtqueue_desc_addr(const struct uk_virtqueue *vq);
/** The available (driver) ring's address. */
uint64_t uk_virtqueue_avail_addr(const struct uk_virtqueue *vq);
/** The used (device) ring's address. */
uint64_t uk_virtqueue_used_addr(const struct uk_virtqueue *vq);

/**
 * Add a buffer: nout device-readable segments, then nin device-writable
 * ones, with cookie (not NULL) returned by uk_virtqueue_get(). 0, or
 * -ENOSPC if fewer than nout + nin descriptors are free. Not visible to
 * the device before uk_virtqueue_kick().
 */
int uk_virtqueue_add(struct uk_virtqueue *vq,
		     const struct uk_virtqueue_seg *segs, unsigned int nout,
		     unsigned int nin, void *cookie);

/** Publish the buffers added since the last kick; notify the device
 * unless it asked not to be. */
void uk_virtqueue_kick(struct uk_virtqueue *vq);

/**
 * The next buffer the device finished: its cookie, and in *len (if not
 * NULL) the bytes the device wrote; its descriptors are free again.
 * NULL if there is none.
 */
void *uk_virtqueue_get(struct uk_virtqueue *vq, uint32_t *len);

/** True if the device has finished buffers not yet taken. */
bool uk_virtqueue_has_used(const struct uk_virtqueue *vq);

/** Ask the device not to interrupt for this queue (a hint it may ignore). */
void uk_virtqueue_intr_disable(struct uk_virtqueue *vq);

/**
 * Ask for an interrupt on the next used buffer. Returns true if finished
 * buffers are already there (checked after enabling, so none is missed).
 */
bool uk_virtqueue_intr_enable(struct uk_virtqueue *vq);

#endif /* UK_VIRTQUEUE_H */
