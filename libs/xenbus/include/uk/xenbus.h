/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/xenbus.h - what every Xen PV front end (netfront, blkfront, ...)
 * does the same way through xenstore: finding its devices under
 * device/<type>/<id>, and the connection handshake with the back end
 * through the two "state" nodes (XenbusState of Xen's public
 * io/xenbus.h).
 *
 * A front end's life, as uk_xenbus_connect() and uk_xenbus_close() run
 * it:
 *
 *   front: Initialising   (back end: InitWait once its hotplug ran)
 *          -> the driver publishes its rings and event channel in one
 *             transaction (retried on EAGAIN)
 *   front: Initialised or Connected (the driver's protocol says which)
 *          (back end: Connected)
 *   front: Closing        (back end: Closing, then Closed)
 *   front: Closed
 */
#ifndef UK_XENBUS_H
#define UK_XENBUS_H

#include <stdint.h>
#include <uk/xenstore.h>

/** XenbusState (io/xenbus.h), as written in the "state" nodes. */
enum uk_xenbus_state {
	UK_XENBUS_UNKNOWN = 0,
	UK_XENBUS_INITIALISING = 1,
	UK_XENBUS_INITWAIT = 2,
	UK_XENBUS_INITIALISED = 3,
	UK_XENBUS_CONNECTED = 4,
	UK_XENBUS_CLOSING = 5,
	UK_XENBUS_CLOSED = 6,
	UK_XENBUS_RECONFIGURING = 7,
	UK_XENBUS_RECONFIGURED = 8,
};

/** A bit per state, for the masks of uk_xenbus_wait_backend(). */
#define UK_XENBUS_STATE_BIT(s) (1U << (s))

/** The state's name ("Connected"), "invalid" if out of range. */
const char *uk_xenbus_state_name(int state);

/** A front-end device and its back end, as xenstore describes them. */
struct uk_xenbus_dev {
	char type[16];	     /**< "vif", "vbd", ... */
	unsigned int id;     /**< the <id> of device/<type>/<id> */
	char node[48];	     /**< "device/vif/0" (relative to our home) */
	char backend[128];   /**< the back end's directory (node/backend) */
	uint16_t backend_id; /**< its domain (node/backend-id) */
};

/**
 * The ids of our devices of type (the children of device/<type>), in
 * increasing order, at most max of them into ids: how many there are
 * (may exceed max), 0 if there is none, or -errno.
 */
int uk_xenbus_list(struct uk_xs *xs, const char *type, unsigned int *ids,
		   unsigned int max);

/** Fill dev for device/<type>/<id> (reads backend, backend-id). 0 or -errno. */
int uk_xenbus_dev_init(struct uk_xs *xs, struct uk_xenbus_dev *dev,
		       const char *type, unsigned int id);

/**
 * Read the state node under dir ("device/vif/0", or dev->backend): the
 * state, UK_XENBUS_UNKNOWN if the node is gone, or -errno.
 */
int uk_xenbus_read_state(struct uk_xs *xs, const char *dir);

/**
 * Set the front end's state (node/state), in a transaction that fails
 * with -ENOENT if the device directory is gone (the toolstack removed
 * the device: it must not be made again). 0 or -errno.
 */
int uk_xenbus_set_state(struct uk_xs *xs, const struct uk_xenbus_dev *dev,
			enum uk_xenbus_state state);

/**
 * Wait until the back end's state is in mask (UK_XENBUS_STATE_BIT()s),
 * watching its state node, until deadline (monotonic ns): the state,
 * -ETIMEDOUT, or -errno.
 */
int uk_xenbus_wait_backend(struct uk_xs *xs, const struct uk_xenbus_dev *dev,
			   unsigned int mask, uint64_t deadline);

/** Writes the driver's ring references and event channel under dev->node. */
typedef int (*uk_xenbus_publish_fn)(struct uk_xs *xs, uk_xs_tx_t tx,
				    const struct uk_xenbus_dev *dev, void *arg);

/**
 * The handshake up to Connected: front Initialising, wait for the back
 * end to be InitWait (or further), publish() in a transaction (retried
 * on EAGAIN), front `then` (Initialised or Connected), wait for the back
 * end to be Connected. 0, -ETIMEDOUT, -ECONNREFUSED if the back end
 * went Closing/Closed instead, or -errno.
 */
int uk_xenbus_connect(struct uk_xs *xs, const struct uk_xenbus_dev *dev,
		      uk_xenbus_publish_fn publish, void *arg,
		      enum uk_xenbus_state then, uint64_t deadline);

/**
 * The handshake down: front Closing, wait for the back end to be
 * Closing or Closed (or gone), front Closed, wait for it to be Closed
 * (or gone). 0, -ETIMEDOUT or -errno.
 */
int uk_xenbus_close(struct uk_xs *xs, const struct uk_xenbus_dev *dev,
		    uint64_t deadline);

#endif /* UK_XENBUS_H */
