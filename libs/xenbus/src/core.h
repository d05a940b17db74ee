/* SPDX-License-Identifier: BSD-3-Clause */
/* core.h - shared by the xenstore client's files (not public). */
#ifndef XENBUS_CORE_H
#define XENBUS_CORE_H

#include <uk/xenstore.h>

/** One part of a request's payload. */
struct xs_part {
	const void *data;
	size_t len;
};

/**
 * Send a request of type with the payload parts and wait for its reply,
 * copied into reply (up to cap bytes; NULL/0 to drop it). Returns the
 * reply's length, or -errno (xenstored's error, -ETIMEDOUT, -ERANGE,
 * -EIO, -EBADMSG for a reply of another type).
 */
int xs_request(struct uk_xs *xs, uint32_t type, uk_xs_tx_t tx,
	       const struct xs_part *parts, unsigned int nparts, char *reply,
	       size_t cap);

/**
 * Read every complete message on the response ring, routing replies to
 * the request in flight and watch events to their watch; keep a partial
 * one for later. Never blocks.
 */
void xs_drain(struct uk_xs *xs);

/** A watch event arrived for token with path (queued on its watch). */
void xs_watch_event(struct uk_xs *xs, const char *path, const char *token);

/** Mark the connection unusable with err (-EIO); wakes every waiter. */
void xs_break(struct uk_xs *xs, int err);

#endif /* XENBUS_CORE_H */
