/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/netdev_driver.h - the side of uk/netdev.h that drivers implement.
 *
 * A driver embeds a struct uk_netdev in its device state, fills ops,
 * name, hwaddr and mtu, and calls uk_netdev_register() from its probe
 * function (uk/dev.h). The API checks arguments and state before calling
 * an operation (queue numbers in range, queues set up, device started
 * for bursts), counts packets and bytes, and owns the wait queues;
 * drivers only move buffers. From their interrupt handlers drivers turn
 * the queue's interrupt off and call uk_netdev_rxq_event() /
 * uk_netdev_txq_event().
 */
#ifndef UK_NETDEV_DRIVER_H
#define UK_NETDEV_DRIVER_H

#include <uk/netdev.h>
#include <uk/sched.h>

/** What a driver implements. Optional ones may be NULL. */
struct uk_netdev_ops {
	/** Fill *info (required). */
	void (*info)(struct uk_netdev *dev, struct uk_netdev_info *info);
	/** Prepare for conf's queue counts (optional). */
	int (*configure)(struct uk_netdev *dev,
			 const struct uk_netdev_conf *conf);
	/** Set receive queue q up (required). */
	int (*rxq_setup)(struct uk_netdev *dev, uint16_t q,
			 const struct uk_netdev_rxq_conf *conf);
	/** Set transmit queue q up (required). */
	int (*txq_setup)(struct uk_netdev *dev, uint16_t q,
			 const struct uk_netdev_txq_conf *conf);
	/** Fill the receive rings, let frames flow (required). */
	int (*start)(struct uk_netdev *dev);
	/** Up to n received frames into pkts[], ring refilled (required). */
	int (*rx_burst)(struct uk_netdev *dev, uint16_t q,
			struct uk_netbuf **pkts, unsigned int n);
	/** Queue up to n frames (already length-checked); how many taken
	 * (required). */
	int (*tx_burst)(struct uk_netdev *dev, uint16_t q,
			struct uk_netbuf **pkts, unsigned int n);
	/** Arm receive queue q; 1 if frames already wait, else 0. NULL, or
	 * info's rxq_intr 0 once started: no interrupts (the API polls). */
	int (*rxq_intr_enable)(struct uk_netdev *dev, uint16_t q);
	/** Disarm receive queue q (with rxq_intr_enable). */
	void (*rxq_intr_disable)(struct uk_netdev *dev, uint16_t q);
	/** Free sent frames; slots free on transmit queue q (required). */
	unsigned int (*txq_reclaim)(struct uk_netdev *dev, uint16_t q);
	/** Arm transmit queue q's completion interrupt; 1 if it already
	 * has room, else 0. NULL, or info's txq_intr 0: the API polls. */
	int (*txq_intr_enable)(struct uk_netdev *dev, uint16_t q);
	/** Disarm it (with txq_intr_enable). */
	void (*txq_intr_disable)(struct uk_netdev *dev, uint16_t q);
	/** Change the MTU while stopped (optional: -ENOTSUP). */
	int (*mtu_set)(struct uk_netdev *dev, uint16_t mtu);
	/** 1 if the link is up, 0 if down (optional: always up). */
	int (*link_up)(struct uk_netdev *dev);
};

/** Per-queue state the API keeps. */
struct uk_netdev_queue {
	struct uk_waitq waiters;       /**< threads in uk_netdev_*q_wait() */
	uk_netdev_queue_event_t event; /**< NULL: wake waiters */
	void *event_arg;
	uint8_t ready;		/**< set up */
	volatile uint8_t fired; /**< an event came since armed */
};

/** A network device; drivers embed it and fill the first five fields. */
struct uk_netdev {
	const struct uk_netdev_ops *ops;
	char name[16];			      /**< e.g. "virtio-net0" */
	uint8_t hwaddr[UK_NETDEV_HWADDR_LEN]; /**< MAC address */
	uint16_t mtu; /**< 1500 unless the device says */
	void *priv;   /**< the driver's */
	/* Kept by the API: */
	uint16_t nb_rxq, nb_txq;
	uint8_t started;
	uint8_t rxq_intr, txq_intr; /**< from info at start */
	struct uk_netdev_queue rxq[UK_NETDEV_MAX_QUEUES];
	struct uk_netdev_queue txq[UK_NETDEV_MAX_QUEUES];
	struct uk_netdev_stats stats;
	struct uk_netdev *next;
};

/**
 * Add a device (its driver fields filled) to the list uk_netdev_get()
 * walks. Returns its index.
 */
unsigned int uk_netdev_register(struct uk_netdev *dev);

/**
 * Fill mac with a locally administered unicast address, different from
 * boot to boot (from the monotonic clock), for devices that have none.
 */
void uk_netdev_hwaddr_random(uint8_t mac[UK_NETDEV_HWADDR_LEN]);

/**
 * For drivers' interrupt handlers: receive queue q of dev has frames and
 * its interrupt is now off. Runs the queue's event (or wakes its
 * waiters).
 */
void uk_netdev_rxq_event(struct uk_netdev *dev, uint16_t q);

/** For drivers' interrupt handlers: transmit queue q sent frames. */
void uk_netdev_txq_event(struct uk_netdev *dev, uint16_t q);

#endif /* UK_NETDEV_DRIVER_H */
