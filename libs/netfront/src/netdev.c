/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * netfront as a uk/netdev.h device: one receive and one transmit queue
 * on the netif rings, one event channel for both, frames copied to and
 * from the granted pages (ring.c). Queue "interrupts" are the event
 * channel plus the rings' rsp_event: arming a queue asks netback for an
 * event with its next response.
 */
#include <errno.h>
#include <string.h>
#include <uk/xen/platform.h>
#include "netfront.h"

#define FRAME_EXTRA 18 /* Ethernet header and a VLAN tag */

static struct netfront *to_nf(struct uk_netdev *nd)
{
	return (struct netfront *)nd;
}

static void info(struct uk_netdev *nd, struct uk_netdev_info *inf)
{
	(void)nd;
	inf->max_rx_queues = 1;
	inf->max_tx_queues = 1;
	inf->max_mtu = 1500;
	inf->rx_desc_max = NF_RING_SIZE;
	inf->tx_desc_max = NF_RING_SIZE;
	inf->rx_buf_min = 1500 + FRAME_EXTRA;
	inf->rx_headroom = 0;
	inf->tx_headroom = 0;
	inf->buf_align = 1; /* frames are copied: any buffer will do */
	inf->rxq_intr = 1;
	inf->txq_intr = 1;
}

static int rxq_setup(struct uk_netdev *nd, uint16_t q,
		     const struct uk_netdev_rxq_conf *c)
{
	struct netfront *nf = to_nf(nd);

	(void)q;
	nf->rx_want = c->nb_desc ? c->nb_desc : NF_RING_SIZE;
	nf->alloc = c->alloc;
	nf->alloc_arg = c->alloc_arg;
	return 0;
}

static int txq_setup(struct uk_netdev *nd, uint16_t q,
		     const struct uk_netdev_txq_conf *c)
{
	(void)q;
	to_nf(nd)->tx_want = c->nb_desc ? c->nb_desc : NF_RING_SIZE;
	return 0;
}

static int start(struct uk_netdev *nd) { return netfront_connect(to_nf(nd)); }

static void notify(struct netfront *nf) { ukplat_xen_evtchn_notify(nf->port); }

static int rx_burst(struct uk_netdev *nd, uint16_t q, struct uk_netbuf **pkts,
		    unsigned int n)
{
	struct netfront *nf = to_nf(nd);
	const struct nf_errors before = nf->r.err;
	struct uk_netbuf *nb;
	const uint8_t *data;
	unsigned int got = 0;
	uint32_t len;

	(void)q;
	while (got < n && nf_rx_next(&nf->r, &data, &len)) {
		if (nf->alloc(nf->alloc_arg, &nb, 1) != 1) {
			nd->stats.rx_dropped++; /* no buffer: dropped */
			continue;
		}
		if (len > uk_netbuf_tailroom(nb)) {
			nd->stats.rx_dropped++;
			uk_netbuf_free(nb);
			continue;
		}
		memcpy(nb->data, data, len);
		nb->len = len;
		pkts[got++] = nb;
	}
	/* Every bad response is a frame dropped. */
	nd->stats.rx_dropped +=
		(nf->r.err.rx_bad_id - before.rx_bad_id) +
		(nf->r.err.rx_bad_len - before.rx_bad_len) +
		(nf->r.err.rx_bad_status - before.rx_bad_status) +
		(nf->r.err.rx_bad_flags - before.rx_bad_flags);
	if (nf_rx_push(&nf->r))
		notify(nf);
	return (int)got;
}

static unsigned int txq_reclaim(struct uk_netdev *nd, uint16_t q)
{
	struct netfront *nf = to_nf(nd);
	uint64_t bad = nf->r.err.tx_bad_status;
	unsigned int room;

	(void)q;
	room = nf_tx_reclaim(&nf->r);
	nd->stats.tx_dropped += nf->r.err.tx_bad_status - bad;
	return room;
}

static int tx_burst(struct uk_netdev *nd, uint16_t q, struct uk_netbuf **pkts,
		    unsigned int n)
{
	struct netfront *nf = to_nf(nd);
	unsigned int sent;

	txq_reclaim(nd, q);
	for (sent = 0; sent < n; sent++) {
		if (nf_tx_queue(&nf->r, pkts[sent]->data, pkts[sent]->len))
			break;
		uk_netbuf_free(pkts[sent]); /* copied: ours no more */
	}
	if (sent && nf_tx_push(&nf->r))
		notify(nf);
	return (int)sent;
}

static int rxq_intr_enable(struct uk_netdev *nd, uint16_t q)
{
	struct netfront *nf = to_nf(nd);

	(void)q;
	nf->rx_armed = true;
	return nf_rx_arm(&nf->r) ? 1 : 0;
}

static void rxq_intr_disable(struct uk_netdev *nd, uint16_t q)
{
	(void)q;
	to_nf(nd)->rx_armed = false;
}

static int txq_intr_enable(struct uk_netdev *nd, uint16_t q)
{
	struct netfront *nf = to_nf(nd);

	(void)q;
	nf->tx_armed = true;
	return nf_tx_arm(&nf->r) ? 1 : 0;
}

static void txq_intr_disable(struct uk_netdev *nd, uint16_t q)
{
	(void)q;
	to_nf(nd)->tx_armed = false;
}

static int link_up(struct uk_netdev *nd) { return to_nf(nd)->connected; }

void netfront_event(uint32_t port, void *arg)
{
	struct netfront *nf = arg;

	(void)port;
	if (nf->rx_armed && nf_rx_pending(&nf->r)) {
		nf->rx_armed = false;
		uk_netdev_rxq_event(&nf->nd, 0);
	}
	if (nf->tx_armed && nf_tx_pending(&nf->r)) {
		nf->tx_armed = false;
		uk_netdev_txq_event(&nf->nd, 0);
	}
}

const struct uk_netdev_ops netfront_ops = {
	.info = info,
	.rxq_setup = rxq_setup,
	.txq_setup = txq_setup,
	.start = start,
	.rx_burst = rx_burst,
	.tx_burst = tx_burst,
	.rxq_intr_enable = rxq_intr_enable,
	.rxq_intr_disable = rxq_intr_disable,
	.txq_reclaim = txq_reclaim,
	.txq_intr_enable = txq_intr_enable,
	.txq_intr_disable = txq_intr_disable,
	.link_up = link_up,
};
