/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/netdev.h - network devices: Ethernet frames in and out through
 * receive and transmit queues, in batches of packet buffers
 * (uk/netbuf.h).
 *
 * Devices come from drivers (virtio-net on kvm, a TAP device on linuxu,
 * netfront on Xen), which the app selects as libraries; the device layer
 * (uk/dev.h) binds them to the hardware it finds on the first call of
 * uk_netdev_count() or uk_netdev_get(). A device is used in this order:
 *
 *	dev = uk_netdev_get(0);
 *	uk_netdev_info_get(dev, &info);          // limits, buffer needs
 *	uk_netdev_configure(dev, &conf);         // how many queues
 *	uk_netdev_rxq_setup(dev, 0, &rxconf);    // ring size, rx buffers
 *	uk_netdev_txq_setup(dev, 0, &txconf);
 *	uk_netdev_start(dev);                    // frames flow
 *	n = uk_netdev_rx_burst(dev, 0, pkts, 32);
 *	n = uk_netdev_tx_burst(dev, 0, pkts, n);
 *
 * Receive: the driver fills its ring with buffers it gets from the
 * queue's allocator (rxq_conf.alloc) and hands received frames back to
 * the caller of uk_netdev_rx_burst(), who owns them from then on and
 * frees them with uk_netbuf_free(). Transmit: uk_netdev_tx_burst() takes
 * ownership of the frames it accepts and frees each once the device has
 * sent it; frames it does not accept (ring full) stay the caller's.
 * Frames are whole Ethernet frames without the FCS (destination MAC
 * first), at most MTU + 14 bytes (18 with a VLAN tag).
 *
 * Two modes, per queue, freely mixed:
 *  - polling: call uk_netdev_rx_burst() whenever convenient; it never
 *    blocks and returns 0 when nothing arrived;
 *  - interrupts: uk_netdev_rxq_intr_enable() arms the queue's interrupt;
 *    when a frame arrives the driver turns it off again and the queue's
 *    event runs (rxq_conf.event; by default it wakes the threads in
 *    uk_netdev_rxq_wait()). The consumer then drains the queue with
 *    uk_netdev_rx_burst() until it returns 0, and re-arms. No frame is
 *    lost in between: arming reports work that arrived meanwhile.
 *
 * uk_netdev_rxq_wait() puts both together for a thread: it sleeps until
 * the queue has frames or a deadline passes, through the queue interrupt
 * where the driver has one, else by polling every
 * CONFIG_LIBUKNETDEV_POLL_NS nanoseconds.
 *
 * Context: every function is for threads (uk/sched.h), except where a
 * function says it is for drivers' interrupt handlers. Interrupts are
 * taken only inside ukplat_halt() (uk/plat/time.h), so a queue event
 * never interrupts a thread between two calls; there is no locking, and
 * one thread at a time may use a given queue. Errors are negative errno
 * values (<errno.h>).
 */
#ifndef UK_NETDEV_H
#define UK_NETDEV_H

#include <stdint.h>
#include <uk/netbuf.h>

/** Bytes of an Ethernet (MAC) address. */
#define UK_NETDEV_HWADDR_LEN 6
/** Bytes of an Ethernet header (destination, source, type). */
#define UK_NETDEV_ETH_HLEN 14
/** Most queues of each kind a device may have. */
#define UK_NETDEV_MAX_QUEUES 4

struct uk_netdev;

/** What a device can do and what its buffers need. */
struct uk_netdev_info {
	uint16_t max_rx_queues; /**< at least 1 */
	uint16_t max_tx_queues; /**< at least 1 */
	uint16_t max_mtu;	/**< largest MTU uk_netdev_mtu_set() accepts */
	uint16_t rx_desc_max;	/**< largest receive ring (buffers) */
	uint16_t tx_desc_max;	/**< largest transmit ring (frames) */
	/** Bytes a receive buffer needs from its data pointer to its end:
	 * room for the largest frame and the driver's own header. */
	uint32_t rx_buf_min;
	/** Headroom a receive buffer needs (data - buf), for the driver. */
	uint16_t rx_headroom;
	/** Headroom that saves the driver work on transmit (0: none used). */
	uint16_t tx_headroom;
	/** Alignment a receive buffer's buf needs (1: any; 4096 for a page). */
	uint32_t buf_align;
	/** Receive queues have an interrupt (else uk_netdev_rxq_wait polls);
	 * once started, whether the device really got one. */
	uint8_t rxq_intr;
	/** Transmit queues have a completion interrupt (else txq_wait polls). */
	uint8_t txq_intr;
};

/** How many queues to use; set before the queues, with the device stopped. */
struct uk_netdev_conf {
	uint16_t nb_rx_queues; /**< 1 .. max_rx_queues */
	uint16_t nb_tx_queues; /**< 1 .. max_tx_queues */
};

/**
 * Allocates receive buffers: up to count netbufs into bufs[], each with
 * at least info.rx_buf_min bytes from data to its end, info.rx_headroom
 * before data and buf aligned to info.buf_align. Returns how many it
 * gave (0 when memory is short: the ring runs with fewer buffers and the
 * driver asks again after the next receive). uk_netbuf_pool_alloc() has
 * this shape.
 */
typedef unsigned int (*uk_netdev_alloc_rxbufs_t)(void *arg,
						 struct uk_netbuf **bufs,
						 unsigned int count);

/**
 * A queue's interrupt fired: frames arrived (receive) or were sent
 * (transmit). Runs in interrupt context (inside ukplat_halt()) with the
 * queue's interrupt already off: it may wake threads (uk_waitq_wake_*)
 * and set flags, nothing else.
 */
typedef void (*uk_netdev_queue_event_t)(struct uk_netdev *dev, uint16_t queue,
					void *arg);

/** A receive queue. */
struct uk_netdev_rxq_conf {
	uint16_t nb_desc; /**< ring size; 0: the driver's choice */
	uk_netdev_alloc_rxbufs_t alloc; /**< buffer source (required) */
	void *alloc_arg;		/**< its first argument */
	/** Called when the armed queue has frames; NULL: wake the threads
	 * waiting in uk_netdev_rxq_wait(). */
	uk_netdev_queue_event_t event;
	void *event_arg; /**< its last argument */
};

/** A transmit queue. */
struct uk_netdev_txq_conf {
	uint16_t nb_desc; /**< ring size; 0: the driver's choice */
};

/** Counters since uk_netdev_start(), kept by the API and the driver. */
struct uk_netdev_stats {
	uint64_t rx_packets; /**< frames handed out by uk_netdev_rx_burst() */
	uint64_t rx_bytes;
	uint64_t rx_dropped; /**< frames the driver dropped (bad, no buffer) */
	uint64_t tx_packets; /**< frames accepted by uk_netdev_tx_burst() */
	uint64_t tx_bytes;
	uint64_t tx_dropped; /**< frames the driver could not send */
	uint64_t irqs;	     /**< queue events delivered */
};

/**
 * Number of network devices. The first call of this or uk_netdev_get()
 * finds the hardware and binds the drivers linked in (uk_dev_init()).
 */
unsigned int uk_netdev_count(void);

/** Device i (0 .. uk_netdev_count() - 1) in the order found, or NULL. */
struct uk_netdev *uk_netdev_get(unsigned int i);

/** The device's name, e.g. "virtio-net0" or "tap0". */
const char *uk_netdev_name(const struct uk_netdev *dev);

/** Fill *info with the device's limits and buffer needs. */
void uk_netdev_info_get(struct uk_netdev *dev, struct uk_netdev_info *info);

/** The device's MAC address (UK_NETDEV_HWADDR_LEN bytes). */
const uint8_t *uk_netdev_hwaddr(const struct uk_netdev *dev);

/** The MTU in bytes (the largest IP packet; 1500 for most devices). */
uint16_t uk_netdev_mtu(const struct uk_netdev *dev);

/**
 * Set the MTU (68 .. info.max_mtu) while stopped; 0, -EINVAL, -EBUSY
 * when started, -ENOTSUP when the driver cannot change it.
 */
int uk_netdev_mtu_set(struct uk_netdev *dev, uint16_t mtu);

/** 1 if the link is up (or the device cannot tell), 0 if down. */
int uk_netdev_link_up(struct uk_netdev *dev);

/** Choose the number of queues; 0, -EINVAL (out of range) or -EBUSY. */
int uk_netdev_configure(struct uk_netdev *dev,
			const struct uk_netdev_conf *conf);

/**
 * Set receive queue q up (after configure, before start); 0, -EINVAL,
 * -ENOMEM or -EBUSY. The ring is filled from conf->alloc at start.
 */
int uk_netdev_rxq_setup(struct uk_netdev *dev, uint16_t q,
			const struct uk_netdev_rxq_conf *conf);

/** Set transmit queue q up (after configure, before start). */
int uk_netdev_txq_setup(struct uk_netdev *dev, uint16_t q,
			const struct uk_netdev_txq_conf *conf);

/** Start the device: every configured queue must be set up. 0 or < 0. */
int uk_netdev_start(struct uk_netdev *dev);

/**
 * Take up to n received frames from queue q into pkts[]; returns how
 * many (0 if none), never blocks. The caller owns them (uk_netbuf_free()).
 * Refills the ring from the queue's allocator.
 */
int uk_netdev_rx_burst(struct uk_netdev *dev, uint16_t q,
		       struct uk_netbuf **pkts, unsigned int n);

/**
 * Queue up to n frames for sending on queue q; returns how many were
 * taken (from pkts[0] on; fewer when the ring is full), never blocks.
 * Taken frames belong to the driver, which frees them once sent; frames
 * longer than MTU + 18 bytes or shorter than 14 are dropped (counted in
 * tx_dropped, freed, and counted as taken).
 */
int uk_netdev_tx_burst(struct uk_netdev *dev, uint16_t q,
		       struct uk_netbuf **pkts, unsigned int n);

/**
 * Arm receive queue q's interrupt: its event runs once when frames are
 * there. Returns 1 if frames are already waiting (the event may not run
 * for them: drain first), 0 if none, -ENOTSUP if the driver has no
 * queue interrupts.
 */
int uk_netdev_rxq_intr_enable(struct uk_netdev *dev, uint16_t q);

/** Disarm receive queue q's interrupt. */
void uk_netdev_rxq_intr_disable(struct uk_netdev *dev, uint16_t q);

/**
 * Block the calling thread until receive queue q has frames or the
 * monotonic clock reaches deadline (UKPLAT_TIME_NEVER: no limit).
 * Returns 1 if frames are there, 0 on timeout. Uses the queue interrupt
 * and its default event (do not combine with rxq_conf.event); returns at
 * once when frames are waiting. Without queue interrupts it sleeps one
 * polling period (CONFIG_LIBUKNETDEV_POLL_NS, at most to the deadline)
 * and returns 1 (frames may be there) or 0 if the deadline had passed.
 */
int uk_netdev_rxq_wait(struct uk_netdev *dev, uint16_t q, uint64_t deadline);

/**
 * Block until transmit queue q has room for a frame or deadline; 1 if
 * it has, 0 on timeout. Frees the frames already sent on the way.
 */
int uk_netdev_txq_wait(struct uk_netdev *dev, uint16_t q, uint64_t deadline);

/** Copy the counters into *st. */
void uk_netdev_stats_get(const struct uk_netdev *dev,
			 struct uk_netdev_stats *st);

#endif /* UK_NETDEV_H */
