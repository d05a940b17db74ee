/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The netif rings (Xen's public io/netif.h and io/ring.h, as facts: the
 * layout is the wire format netback reads) and the front end's side of
 * them, with no platform code so that a host test can play netback.
 *
 * Each ring is one page shared with the back end: a 64-byte header (the
 * four indexes, then padding) and 256 entries, each a request or, once
 * the back end answered it, a response in the same slot. Indexes are
 * free-running 32-bit counters; slot = index % 256.
 *
 * The front end never lends netback its callers' buffers: every transmit
 * id and every receive slot has a page of its own, granted once when the
 * device connects, and frames are copied in (transmit) and out
 * (receive). So a response can never make us touch memory the back end
 * still has, and every field of a response is checked before use: a bad
 * id, a length that does not fit the page, an error status, chained
 * slots we did not negotiate (feature-sg, GSO) are counted and the frame
 * dropped; a back end that answers more than was asked is marked broken
 * and the rings stop.
 */
#ifndef NETFRONT_RING_H
#define NETFRONT_RING_H

#include <stdbool.h>
#include <stdint.h>

#define NF_PAGE_SIZE 4096
/** Entries of either ring in one page (both round down to 256). */
#define NF_RING_SIZE 256

/* Transmit request flags (NETTXF_*) */
#define NF_TXF_MORE_DATA (1U << 2)
/* Receive response flags (NETRXF_*) */
#define NF_RXF_MORE_DATA (1U << 2)
#define NF_RXF_EXTRA_INFO (1U << 3)
/* An extra-info slot's own flags: another follows. */
#define NF_EXTRA_FLAG_MORE (1U << 0)

/* Response status (NETIF_RSP_*); a receive status > 0 is the length. */
#define NF_RSP_DROPPED (-2)
#define NF_RSP_ERROR (-1)
#define NF_RSP_OKAY 0
#define NF_RSP_NULL 1

/** The shared ring's header (io/ring.h's sring, before the entries). */
struct nf_sring_hdr {
	uint32_t req_prod, req_event;
	uint32_t rsp_prod, rsp_event;
	uint8_t pad[48];
};

/** A frame to send: the page (gref), where in it, its length. */
struct nf_tx_req {
	uint32_t gref;
	uint16_t offset, flags, id, size;
};

/** netback's answer to a transmit request. */
struct nf_tx_rsp {
	uint16_t id;
	int16_t status;
};

/** A page netback may copy a received frame into. */
struct nf_rx_req {
	uint16_t id, pad;
	uint32_t gref;
};

/** A received frame: which page, where in it, status = its length. */
struct nf_rx_rsp {
	uint16_t id, offset, flags;
	int16_t status;
};

/** The transmit ring page. */
struct nf_tx_sring {
	struct nf_sring_hdr h;
	union {
		struct nf_tx_req req;
		struct nf_tx_rsp rsp;
	} ring[NF_RING_SIZE];
};

/** The receive ring page. */
struct nf_rx_sring {
	struct nf_sring_hdr h;
	union {
		struct nf_rx_req req;
		struct nf_rx_rsp rsp;
		uint8_t extra[8]; /* an extra-info slot: type, flags, ... */
	} ring[NF_RING_SIZE];
};

/** What the front end counted of the back end's misbehaviour. */
struct nf_errors {
	uint64_t rx_bad_id;	/**< id not the slot's */
	uint64_t rx_bad_len;	/**< 0, runt, or past the page's end */
	uint64_t rx_bad_status; /**< NETIF_RSP_ERROR / DROPPED / other < 0 */
	uint64_t rx_bad_flags;	/**< chained slots we did not negotiate */
	uint64_t tx_bad_id;	/**< id out of range or not in flight */
	uint64_t tx_bad_status; /**< ERROR / DROPPED / unknown */
	uint64_t overrun;	/**< more responses than requests: broken */
};

/** The front end's state of both rings. */
struct nf_rings {
	volatile struct nf_tx_sring *tx;
	volatile struct nf_rx_sring *rx;
	uint32_t tx_prod, tx_cons; /* our req_prod (private), rsp_cons */
	uint32_t rx_prod, rx_cons;
	unsigned int ntx, nrx; /* ids / slots in use: powers of two <= 256 */
	/* per transmit id and per receive slot: the page and its grant */
	uint8_t *tx_page[NF_RING_SIZE];
	uint32_t tx_gref[NF_RING_SIZE];
	uint8_t *rx_page[NF_RING_SIZE];
	uint32_t rx_gref[NF_RING_SIZE];
	uint16_t tx_free[NF_RING_SIZE]; /* stack of free transmit ids */
	unsigned int tx_nfree;
	uint8_t tx_busy[NF_RING_SIZE];
	uint8_t rx_drop_more; /* dropping the rest of a chained frame */
	uint8_t rx_extra;     /* extra-info slots still to skip */
	bool broken;
	struct nf_errors err;
};

/** The largest power of two <= n, within 16 .. NF_RING_SIZE. */
unsigned int nf_ring_slots(unsigned int n);

/**
 * Start both rings empty over the shared pages tx and rx (zeroed here),
 * with ntx transmit ids and nrx receive slots (powers of two, <= 256);
 * the caller fills the page and gref tables afterwards.
 */
void nf_rings_init(struct nf_rings *r, void *tx, void *rx, unsigned int ntx,
		   unsigned int nrx);

/**
 * Offer every free receive slot to the back end. True if the back end
 * asked to be notified of new requests (req_event).
 */
bool nf_rx_push(struct nf_rings *r);

/**
 * The next good received frame: 1 with *data and *len (valid until the
 * next nf_rx_push()), 0 if none is waiting. Bad responses are counted
 * in r->err and skipped.
 */
int nf_rx_next(struct nf_rings *r, const uint8_t **data, uint32_t *len);

/** True if receive responses are waiting. */
bool nf_rx_pending(const struct nf_rings *r);

/**
 * Ask for an event with the next receive response (rsp_event); true if
 * one is already there (no event will come for it).
 */
bool nf_rx_arm(struct nf_rings *r);

/**
 * Copy a frame of len bytes (1 .. NF_PAGE_SIZE) into a free transmit
 * page and queue it: 0, or -1 if no id or ring slot is free (or the
 * rings are broken). Call nf_tx_push() after a batch.
 */
int nf_tx_queue(struct nf_rings *r, const void *frame, uint32_t len);

/** Publish queued transmit requests; true if the back end wants an event. */
bool nf_tx_push(struct nf_rings *r);

/**
 * Take the transmit responses (ids free again; errors counted); returns
 * how many frames could be queued now.
 */
unsigned int nf_tx_reclaim(struct nf_rings *r);

/** True if transmit responses are waiting. */
bool nf_tx_pending(const struct nf_rings *r);

/** Ask for an event with the next transmit response; true if one is there. */
bool nf_tx_arm(struct nf_rings *r);

#endif /* NETFRONT_RING_H */
