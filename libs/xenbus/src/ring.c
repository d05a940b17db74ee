/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The response side of the store ring: messages arrive in pieces (the
 * ring holds 1 KiB, a message up to 16 + 4096 bytes, and the producer
 * may publish any part of one), so the reader keeps its place in the
 * header and the payload between calls, copies across the ring's wrap,
 * and frees the space it consumed (rsp_cons) as it goes, telling
 * xenstored so it can write more.
 *
 * The ring is shared with another domain: indexes are read once, a
 * distance of more than the ring's size, or a length above the payload
 * limit, breaks the connection (it cannot be resynchronised).
 */
#include <errno.h>
#include <string.h>
#include "core.h"

void xs_break(struct uk_xs *xs, int err)
{
	if (!xs->broken)
		xs->broken = err;
	xs->ops->wake(xs->ctx);
}

/* Copy up to len bytes from the response ring; returns how many. */
static uint32_t take(struct uk_xs *xs, void *dst, uint32_t len)
{
	volatile struct uk_xs_ring *r = xs->ring;
	uint32_t cons = r->rsp_cons;
	uint32_t prod = __atomic_load_n(&r->rsp_prod, __ATOMIC_ACQUIRE);
	uint32_t avail = prod - cons, n = 0, off, chunk;

	if (avail > UK_XS_RING_SIZE) {
		xs_break(xs, -EIO);
		return 0;
	}
	while (n < len && n < avail) {
		off = (cons + n) & (UK_XS_RING_SIZE - 1);
		chunk = UK_XS_RING_SIZE - off;
		if (chunk > len - n)
			chunk = len - n;
		if (chunk > avail - n)
			chunk = avail - n;
		memcpy((char *)dst + n, (const char *)&r->rsp[off], chunk);
		n += chunk;
	}
	/* Our reads of the data are done before the space is handed back. */
	__atomic_store_n(&r->rsp_cons, cons + n, __ATOMIC_RELEASE);
	return n;
}

static void dispatch(struct uk_xs *xs)
{
	const struct uk_xs_msg_hdr *h = &xs->hdr;
	size_t plen;

	xs->body[h->len] = '\0';
	if (h->type == UK_XS_WATCH_EVENT) {
		/* "path\0token\0" */
		for (plen = 0; plen < h->len && xs->body[plen]; plen++)
			;
		if (plen + 1 < h->len) {
			xs_watch_event(xs, xs->body, xs->body + plen + 1);
			return;
		}
	} else if (xs->busy && !xs->done && h->req_id == xs->want_id) {
		xs->reply_type = h->type;
		xs->reply_len = h->len;
		xs->done = true;
		return;
	}
	xs->dropped++;
}

void xs_drain(struct uk_xs *xs)
{
	bool consumed = false;
	uint32_t n;

	while (!xs->broken) {
		if (xs->hdr_got < sizeof(xs->hdr)) {
			n = take(xs, (char *)&xs->hdr + xs->hdr_got,
				 sizeof(xs->hdr) - xs->hdr_got);
			xs->hdr_got += n;
			consumed |= n > 0;
			if (xs->hdr_got < sizeof(xs->hdr))
				break;
			if (xs->hdr.len > UK_XS_PAYLOAD_MAX) {
				xs_break(xs, -EIO);
				break;
			}
			xs->body_got = 0;
		}
		/* A reply waits for its caller to copy it out first. */
		if (xs->done && xs->busy)
			break;
		n = take(xs, xs->body + xs->body_got,
			 xs->hdr.len - xs->body_got);
		xs->body_got += n;
		consumed |= n > 0;
		if (xs->body_got < xs->hdr.len)
			break;
		xs->hdr_got = 0;
		dispatch(xs);
	}
	if (consumed)
		xs->ops->notify(xs->ctx);
}
