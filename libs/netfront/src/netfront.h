/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * netfront's device state, shared by its files: bus.c (finding vifs in
 * xenstore, probe, the shutdown watch), connect.c (pages, grants, the
 * event channel and the xenbus handshake), netdev.c (the uk/netdev.h
 * operations) over ring.c (the rings themselves).
 */
#ifndef NETFRONT_H
#define NETFRONT_H

#include <stdbool.h>
#include <stdint.h>
#include <uk/dev.h>
#include <uk/netdev_driver.h>
#include <uk/xenbus.h>
#include "ring.h"

/** One vif. */
struct netfront {
	struct uk_netdev nd; /* first: the API's pointer is ours */
	struct uk_dev dev;
	struct uk_xenbus_dev xb;
	struct uk_xs *xs;
	struct nf_rings r;
	void *tx_sring, *rx_sring; /* the ring pages */
	uint8_t *pages;		   /* ntx + nrx buffer pages */
	long tx_ring_ref, rx_ring_ref;
	uint32_t port;
	uint16_t rx_want, tx_want;
	bool connected, rx_armed, tx_armed;
	uk_netdev_alloc_rxbufs_t alloc;
	void *alloc_arg;
	struct netfront *next; /* every vif, for the shutdown watch */
};

/** Every vif probed, most recent first. */
extern struct netfront *netfront_all;

/** The uk/netdev.h operations (netdev.c). */
extern const struct uk_netdev_ops netfront_ops;

/**
 * Allocate and grant the rings and buffer pages, open the event channel
 * and run the xenbus handshake to Connected (connect.c). 0 or -errno;
 * on failure everything is given back.
 */
int netfront_connect(struct netfront *nf);

/**
 * Closing, then Closed with the back end following, then the grants
 * ended and the event channel closed (connect.c). 0 or -errno.
 */
int netfront_close(struct netfront *nf);

/** The event channel's handler: wakes the armed queues (netdev.c). */
void netfront_event(uint32_t port, void *arg);

/** Start the thread that closes every vif on control/shutdown (bus.c). */
void netfront_watch_shutdown(struct uk_xs *xs);

#endif /* NETFRONT_H */
