/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The front end's side of the netif rings (see ring.h): requests out,
 * responses checked and taken, and the event indexes that say when
 * either side wants to be notified.
 *
 * Ordering: entries are written before the producer index that covers
 * them is published (release), an index is read before the entries it
 * covers (acquire), and an event index is written before the producer
 * index is read again (a full barrier), so no notification is lost.
 * Each response field is read from the shared page exactly once.
 */
#include <string.h>
#include "ring.h"

#define SLOT(i) ((i) & (NF_RING_SIZE - 1))

static inline void wmb(void) { __atomic_thread_fence(__ATOMIC_RELEASE); }
static inline void rmb(void) { __atomic_thread_fence(__ATOMIC_ACQUIRE); }
static inline void mb(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }

unsigned int nf_ring_slots(unsigned int n)
{
	unsigned int s = NF_RING_SIZE;

	while (s > 16 && s > n)
		s >>= 1;
	return s;
}

void nf_rings_init(struct nf_rings *r, void *tx, void *rx, unsigned int ntx,
		   unsigned int nrx)
{
	unsigned int i;

	memset(r, 0, sizeof(*r));
	memset(tx, 0, NF_PAGE_SIZE);
	memset(rx, 0, NF_PAGE_SIZE);
	r->tx = tx;
	r->rx = rx;
	r->tx->h.req_event = r->tx->h.rsp_event = 1;
	r->rx->h.req_event = r->rx->h.rsp_event = 1;
	r->ntx = nf_ring_slots(ntx);
	r->nrx = nf_ring_slots(nrx);
	for (i = 0; i < r->ntx; i++)
		r->tx_free[i] = (uint16_t)(r->ntx - 1 - i);
	r->tx_nfree = r->ntx;
}

/* Publish prod as req_prod of h; true if the other side wants an event. */
static bool push(volatile struct nf_sring_hdr *h, uint32_t prod)
{
	uint32_t old = h->req_prod;

	wmb();
	h->req_prod = prod;
	mb();
	return (uint32_t)(prod - h->req_event) < (uint32_t)(prod - old);
}

/*
 * Responses waiting on h from cons, given out requests were made; 0 and
 * the rings marked broken if the back end claims more.
 */
static uint32_t waiting(struct nf_rings *r, volatile struct nf_sring_hdr *h,
			uint32_t cons, uint32_t out)
{
	uint32_t n;

	if (r->broken)
		return 0;
	n = h->rsp_prod - cons;
	rmb();
	if (n > out) {
		r->err.overrun++;
		r->broken = true;
		return 0;
	}
	return n;
}

bool nf_rx_push(struct nf_rings *r)
{
	uint32_t i;

	if (r->broken)
		return false;
	/* Slot k of the ring always carries buffer k % nrx: netback answers
	 * requests in order, one response each, so position says which. */
	for (i = r->rx_prod; i - r->rx_cons < r->nrx; i++) {
		unsigned int b = i & (r->nrx - 1);

		r->rx->ring[SLOT(i)].req.id = (uint16_t)b;
		r->rx->ring[SLOT(i)].req.pad = 0;
		r->rx->ring[SLOT(i)].req.gref = r->rx_gref[b];
	}
	if (i == r->rx_prod)
		return false;
	r->rx_prod = i;
	return push(&r->rx->h, i);
}

/* Check one response for buffer b: 1 and the frame if it is good. */
static int rx_check(struct nf_rings *r, const volatile struct nf_rx_rsp *s,
		    unsigned int b, const uint8_t **data, uint32_t *len)
{
	uint16_t id = s->id, offset = s->offset, flags = s->flags;
	int16_t status = s->status;
	bool chained = flags & NF_RXF_MORE_DATA;

	if (flags & NF_RXF_EXTRA_INFO)
		r->rx_extra = 1;
	if (r->rx_drop_more) { /* the tail of a frame already dropped */
		r->rx_drop_more = chained;
		return 0;
	}
	r->rx_drop_more = chained;
	if (id != b) {
		r->err.rx_bad_id++;
		return 0;
	}
	if (status < 0) {
		r->err.rx_bad_status++;
		return 0;
	}
	if (chained || (flags & NF_RXF_EXTRA_INFO)) {
		r->err.rx_bad_flags++; /* feature-sg / GSO: not asked for */
		return 0;
	}
	if (status < 14 || offset >= NF_PAGE_SIZE ||
	    (uint32_t)offset + (uint32_t)status > NF_PAGE_SIZE) {
		r->err.rx_bad_len++;
		return 0;
	}
	*data = r->rx_page[b] + offset;
	*len = (uint32_t)status;
	return 1;
}

int nf_rx_next(struct nf_rings *r, const uint8_t **data, uint32_t *len)
{
	uint32_t n = waiting(r, &r->rx->h, r->rx_cons, r->rx_prod - r->rx_cons);

	for (; n; n--) {
		uint32_t i = r->rx_cons++;
		const volatile struct nf_rx_rsp *s = &r->rx->ring[SLOT(i)].rsp;

		if (r->rx_extra) { /* an extra-info slot, not a response */
			r->rx_extra = r->rx->ring[SLOT(i)].extra[1] &
				      NF_EXTRA_FLAG_MORE;
			continue;
		}
		if (rx_check(r, s, i & (r->nrx - 1), data, len))
			return 1;
	}
	return 0;
}

bool nf_rx_pending(const struct nf_rings *r)
{
	return !r->broken && r->rx->h.rsp_prod != r->rx_cons;
}

bool nf_rx_arm(struct nf_rings *r)
{
	r->rx->h.rsp_event = r->rx_cons + 1;
	mb();
	return nf_rx_pending(r);
}

int nf_tx_queue(struct nf_rings *r, const void *frame, uint32_t len)
{
	volatile struct nf_tx_req *q;
	uint16_t id;

	if (r->broken || !r->tx_nfree || r->tx_prod - r->tx_cons >= r->ntx ||
	    !len || len > NF_PAGE_SIZE)
		return -1;
	id = r->tx_free[--r->tx_nfree];
	r->tx_busy[id] = 1;
	memcpy(r->tx_page[id], frame, len);
	q = &r->tx->ring[SLOT(r->tx_prod)].req;
	q->gref = r->tx_gref[id];
	q->offset = 0;
	q->flags = 0;
	q->id = id;
	q->size = (uint16_t)len;
	r->tx_prod++;
	return 0;
}

bool nf_tx_push(struct nf_rings *r)
{
	return !r->broken && push(&r->tx->h, r->tx_prod);
}

unsigned int nf_tx_reclaim(struct nf_rings *r)
{
	uint32_t n = waiting(r, &r->tx->h, r->tx_cons, r->tx_prod - r->tx_cons);
	unsigned int room;

	for (; n; n--) {
		const volatile struct nf_tx_rsp *s =
			&r->tx->ring[SLOT(r->tx_cons++)].rsp;
		uint16_t id = s->id;
		int16_t status = s->status;

		if (id >= r->ntx || !r->tx_busy[id]) {
			r->err.tx_bad_id++; /* that id stays lost, nothing else */
			continue;
		}
		r->tx_busy[id] = 0;
		r->tx_free[r->tx_nfree++] = id;
		if (status != NF_RSP_OKAY && status != NF_RSP_NULL)
			r->err.tx_bad_status++;
	}
	if (r->broken)
		return 0;
	room = r->ntx - (r->tx_prod - r->tx_cons);
	return room < r->tx_nfree ? room : r->tx_nfree;
}

bool nf_tx_pending(const struct nf_rings *r)
{
	return !r->broken && r->tx->h.rsp_prod != r->tx_cons;
}

bool nf_tx_arm(struct nf_rings *r)
{
	r->tx->h.rsp_event = r->tx_cons + 1;
	mb();
	return nf_tx_pending(r);
}
