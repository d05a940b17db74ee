/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/netbuf.h - packet buffers for network devices (uk/netdev.h).
 *
 * A netbuf is one contiguous piece of memory holding one frame:
 *
 *	buf                data           data + len        buf + size
 *	 |<-- headroom -->|<--- frame --->|<-- tailroom -->|
 *
 * Whoever allocates a netbuf sets release(), which gives it back (to a
 * pool, to a TCP/IP stack's own buffer, ...); uk_netbuf_free() calls it.
 * Ownership moves with the pointer: buffers handed to a driver (transmit,
 * or to fill its receive ring) belong to it until it releases them or
 * hands them back from uk_netdev_rx_burst().
 *
 * Memory must be addressable by the device: on kvm every address is
 * identity-mapped (virtual = physical), so any heap memory will do; a
 * driver that needs more (page-aligned buffers for Xen grants) says so in
 * its uk_netdev_info (buf_align). A netbuf pool hands out such buffers.
 */
#ifndef UK_NETBUF_H
#define UK_NETBUF_H

#include <stddef.h>
#include <stdint.h>

struct uk_netbuf;

/** Gives a netbuf back to its allocator; set by whoever made it. */
typedef void (*uk_netbuf_release_t)(struct uk_netbuf *nb);

/** One frame in one contiguous buffer. */
struct uk_netbuf {
	uint8_t *data;		     /**< first byte of the frame */
	uint32_t len;		     /**< bytes of the frame at data */
	uint32_t size;		     /**< bytes of memory at buf */
	uint8_t *buf;		     /**< start of the memory */
	struct uk_netbuf *next;	     /**< free for the current owner's lists */
	uk_netbuf_release_t release; /**< uk_netbuf_free() calls it */
	void *priv;		     /**< the allocator's (pool, pbuf, ...) */
};

/**
 * Set nb up over size bytes at buf: data at buf + headroom, len 0. nb
 * may live inside buf (the pool does that) or elsewhere.
 */
void uk_netbuf_init(struct uk_netbuf *nb, void *buf, uint32_t size,
		    uint32_t headroom, uk_netbuf_release_t release, void *priv);

/** Bytes free before data. */
static inline uint32_t uk_netbuf_headroom(const struct uk_netbuf *nb)
{
	return (uint32_t)(nb->data - nb->buf);
}

/** Bytes free after data + len. */
static inline uint32_t uk_netbuf_tailroom(const struct uk_netbuf *nb)
{
	return nb->size - uk_netbuf_headroom(nb) - nb->len;
}

/** Put data back at buf + headroom with len 0 (for reuse). */
void uk_netbuf_reset(struct uk_netbuf *nb, uint32_t headroom);

/** Give nb back to whoever allocated it (calls nb->release). */
static inline void uk_netbuf_free(struct uk_netbuf *nb) { nb->release(nb); }

/**
 * A pool of equal netbufs in one allocation from the default allocator:
 * count buffers of size bytes (frame and headroom), each starting on an
 * align boundary (a power of two, at least 8), data at headroom.
 */
struct uk_netbuf_pool;

/**
 * Create a pool; NULL if memory is short or the arguments make no sense
 * (count 0, headroom >= size, align not a power of two).
 */
struct uk_netbuf_pool *uk_netbuf_pool_create(unsigned int count, uint32_t size,
					     uint32_t headroom, uint32_t align);

/** Free the pool's memory; every netbuf must have been returned. */
void uk_netbuf_pool_destroy(struct uk_netbuf_pool *p);

/** A netbuf from the pool (data at headroom, len 0), or NULL if empty. */
struct uk_netbuf *uk_netbuf_pool_get(struct uk_netbuf_pool *p);

/**
 * Up to n netbufs from pool (a struct uk_netbuf_pool *) into nb[];
 * returns how many. Has the shape of uk_netdev_alloc_rxbufs_t, so a pool
 * can fill a receive queue directly.
 */
unsigned int uk_netbuf_pool_alloc(void *pool, struct uk_netbuf **nb,
				  unsigned int n);

/** Netbufs currently in the pool (not handed out). */
unsigned int uk_netbuf_pool_available(const struct uk_netbuf_pool *p);

#endif /* UK_NETBUF_H */
