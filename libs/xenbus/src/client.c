/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Requests: one on the ring at a time (later callers wait their turn),
 * written in pieces as xenstored frees request space, then the wait for
 * the reply with the matching req_id. A reply that comes after its
 * request timed out no longer matches and is dropped.
 */
#include <errno.h>
#include <string.h>
#include "core.h"

void uk_xs_init(struct uk_xs *xs, volatile struct uk_xs_ring *ring,
		const struct uk_xs_ops *ops, void *ctx)
{
	memset(xs, 0, sizeof(*xs));
	xs->ring = ring;
	xs->ops = ops;
	xs->ctx = ctx;
	xs->timeout_ns = UK_XS_TIMEOUT_NS;
	xs->next_id = 1;
}

void uk_xs_set_timeout(struct uk_xs *xs, uint64_t ns) { xs->timeout_ns = ns; }

static uint64_t deadline_of(struct uk_xs *xs)
{
	uint64_t now = xs->ops->now(xs->ctx);

	return now + xs->timeout_ns < now ? UINT64_MAX : now + xs->timeout_ns;
}

/* Wait for the ring to change; false once deadline has passed. */
static bool wait_more(struct uk_xs *xs, uint64_t deadline)
{
	if (xs->ops->now(xs->ctx) >= deadline)
		return false;
	xs->ops->wait(xs->ctx, deadline);
	return true;
}

/* Put len bytes on the request ring, waiting for space; 0 or -errno. */
static int put(struct uk_xs *xs, const char *src, size_t len, uint64_t deadline)
{
	volatile struct uk_xs_ring *r = xs->ring;
	uint32_t prod, space, off, chunk;

	while (len) {
		xs_drain(xs); /* xenstored may wait for response space */
		if (xs->broken)
			return xs->broken;
		prod = r->req_prod;
		space = UK_XS_RING_SIZE -
			(prod -
			 __atomic_load_n(&r->req_cons, __ATOMIC_ACQUIRE));
		if (space > UK_XS_RING_SIZE) {
			xs_break(xs, -EIO);
			return -EIO;
		}
		if (!space) {
			xs->ops->notify(xs->ctx);
			if (!wait_more(xs, deadline))
				return -ETIMEDOUT;
			continue;
		}
		off = prod & (UK_XS_RING_SIZE - 1);
		chunk = UK_XS_RING_SIZE - off;
		if (chunk > space)
			chunk = space;
		if (chunk > len)
			chunk = (uint32_t)len;
		memcpy((char *)&r->req[off], src, chunk);
		/* The bytes are in place before xenstored sees the index. */
		__atomic_store_n(&r->req_prod, prod + chunk, __ATOMIC_RELEASE);
		src += chunk;
		len -= chunk;
	}
	return 0;
}

static int send(struct uk_xs *xs, const struct uk_xs_msg_hdr *h,
		const struct xs_part *parts, unsigned int nparts,
		uint64_t deadline)
{
	unsigned int i;
	int rc = put(xs, (const char *)h, sizeof(*h), deadline);

	for (i = 0; !rc && i < nparts; i++)
		rc = put(xs, parts[i].data, parts[i].len, deadline);
	xs->ops->notify(xs->ctx);
	/* Part of a message on the ring would garble every later one. */
	if (rc == -ETIMEDOUT)
		xs_break(xs, -EIO);
	return rc;
}

/* The reply is in xs->body: turn it into the caller's result. */
static int result(struct uk_xs *xs, uint32_t type, char *reply, size_t cap)
{
	if (xs->reply_type == UK_XS_ERROR)
		return -uk_xs_errno(xs->body);
	if (xs->reply_type != type)
		return -EBADMSG;
	if (xs->reply_len > cap)
		return -ERANGE;
	if (xs->reply_len)
		memcpy(reply, xs->body, xs->reply_len);
	return (int)xs->reply_len;
}

int xs_request(struct uk_xs *xs, uint32_t type, uk_xs_tx_t tx,
	       const struct xs_part *parts, unsigned int nparts, char *reply,
	       size_t cap)
{
	uint64_t deadline = deadline_of(xs);
	struct uk_xs_msg_hdr h = { .type = type, .tx_id = tx };
	unsigned int i;
	int rc;

	for (i = 0; i < nparts; i++)
		h.len += (uint32_t)parts[i].len;
	if (h.len > UK_XS_PAYLOAD_MAX)
		return -E2BIG;
	while (xs->busy && !xs->broken)
		if (!wait_more(xs, deadline))
			return -ETIMEDOUT;
	if (xs->broken)
		return xs->broken;
	xs->busy = true;
	xs->done = false;
	h.req_id = xs->want_id = xs->next_id++;
	rc = send(xs, &h, parts, nparts, deadline);
	while (!rc) {
		xs_drain(xs);
		if (xs->broken)
			rc = xs->broken;
		else if (xs->done)
			break;
		else if (!wait_more(xs, deadline))
			rc = -ETIMEDOUT;
	}
	if (!rc)
		rc = result(xs, type, reply, cap);
	xs->done = false;
	xs->busy = false;
	xs->want_id = 0;
	xs->ops->wake(xs->ctx); /* the next caller's turn */
	/* Messages held back behind this reply. */
	xs_drain(xs);
	return rc;
}
