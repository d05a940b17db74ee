/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Connecting a vif to netback and closing it again: the ring pages and
 * one page per transmit id and receive slot, each granted to the back
 * end's domain (transmit pages read-only), an unbound event channel for
 * netback to bind, and the keys netback reads (io/netif.h) written in
 * the handshake's transaction:
 *
 *   tx-ring-ref, rx-ring-ref   grants of the ring pages
 *   event-channel              our port (one for both rings)
 *   request-rx-copy = 1        netback copies into our pages
 *   feature-rx-notify = 1      we notify it of new receive requests
 *   feature-sg = 0, feature-gso-tcpv4 = 0   one slot per frame
 *   feature-no-csum-offload = 1             frames carry their checksums
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/gnttab.h>
#include <uk/plat/time.h>
#include <uk/ukalloc.h>
#include <uk/xen/platform.h>
#include "netfront.h"

#define WAIT_NS (30 * UKPLAT_NSEC_PER_SEC)

static int publish(struct uk_xs *xs, uk_xs_tx_t tx,
		   const struct uk_xenbus_dev *dev, void *arg)
{
	const struct netfront *nf = arg;
	const struct {
		const char *key;
		long long v;
	} keys[] = {
		{ "tx-ring-ref", nf->tx_ring_ref },
		{ "rx-ring-ref", nf->rx_ring_ref },
		{ "event-channel", nf->port },
		{ "request-rx-copy", 1 },
		{ "feature-rx-notify", 1 },
		{ "feature-sg", 0 },
		{ "feature-gso-tcpv4", 0 },
		{ "feature-no-csum-offload", 1 },
	};
	char path[96];
	unsigned int i;
	int rc;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dev->node, keys[i].key);
		rc = uk_xs_write_int(xs, tx, path, keys[i].v);
		if (rc)
			return rc;
	}
	return 0;
}

/* End a grant; 1 if the back end still maps the page. */
static int end(uint32_t ref) { return ref && uk_gnttab_end(ref) == -EBUSY; }

/*
 * End every grant we hold (netback has unmapped them once it is
 * Closed); how many were still mapped.
 */
static unsigned int end_grants(struct netfront *nf)
{
	unsigned int i, busy = 0;

	for (i = 0; i < nf->r.ntx; i++)
		busy += end(nf->r.tx_gref[i]);
	for (i = 0; i < nf->r.nrx; i++)
		busy += end(nf->r.rx_gref[i]);
	busy += end(nf->tx_ring_ref > 0 ? (uint32_t)nf->tx_ring_ref : 0);
	busy += end(nf->rx_ring_ref > 0 ? (uint32_t)nf->rx_ring_ref : 0);
	memset(nf->r.tx_gref, 0, sizeof(nf->r.tx_gref));
	memset(nf->r.rx_gref, 0, sizeof(nf->r.rx_gref));
	nf->tx_ring_ref = nf->rx_ring_ref = 0;
	return busy;
}

static void give_back(struct netfront *nf)
{
	struct uk_alloc *a = uk_alloc_get_default();
	unsigned int busy = end_grants(nf);

	if (nf->port) {
		ukplat_xen_evtchn_close(nf->port);
		nf->port = 0;
	}
	if (busy) { /* the back end may still write there: keep the pages */
		uk_dev_note(&nf->dev, "%u pages still mapped by the back end",
			    busy);
		return;
	}
	uk_free(a, nf->pages);
	uk_free(a, nf->tx_sring);
	uk_free(a, nf->rx_sring);
	nf->pages = nf->tx_sring = nf->rx_sring = NULL;
}

/* Grant page to the back end: the reference, or 0 if none is left. */
static uint32_t grant(struct netfront *nf, const void *page, bool readonly)
{
	long ref = uk_gnttab_grant_page(nf->xb.backend_id, page, readonly);

	return ref > 0 ? (uint32_t)ref : 0;
}

static int setup(struct netfront *nf)
{
	struct uk_alloc *a = uk_alloc_get_default();
	unsigned int ntx = nf_ring_slots(nf->tx_want);
	unsigned int nrx = nf_ring_slots(nf->rx_want), i;
	long port;

	nf->tx_sring = uk_memalign(a, NF_PAGE_SIZE, NF_PAGE_SIZE);
	nf->rx_sring = uk_memalign(a, NF_PAGE_SIZE, NF_PAGE_SIZE);
	nf->pages = uk_memalign(a, NF_PAGE_SIZE,
				(size_t)(ntx + nrx) * NF_PAGE_SIZE);
	if (!nf->tx_sring || !nf->rx_sring || !nf->pages)
		return -ENOMEM;
	nf_rings_init(&nf->r, nf->tx_sring, nf->rx_sring, ntx, nrx);
	nf->tx_ring_ref =
		uk_gnttab_grant_page(nf->xb.backend_id, nf->tx_sring, false);
	nf->rx_ring_ref =
		uk_gnttab_grant_page(nf->xb.backend_id, nf->rx_sring, false);
	if (nf->tx_ring_ref < 0 || nf->rx_ring_ref < 0)
		return -ENOSPC;
	for (i = 0; i < ntx; i++) {
		nf->r.tx_page[i] = nf->pages + (size_t)i * NF_PAGE_SIZE;
		nf->r.tx_gref[i] = grant(nf, nf->r.tx_page[i], true);
		if (!nf->r.tx_gref[i])
			return -ENOSPC;
	}
	for (i = 0; i < nrx; i++) {
		nf->r.rx_page[i] = nf->pages + (size_t)(ntx + i) * NF_PAGE_SIZE;
		nf->r.rx_gref[i] = grant(nf, nf->r.rx_page[i], false);
		if (!nf->r.rx_gref[i])
			return -ENOSPC;
	}
	port = ukplat_xen_evtchn_alloc_unbound(nf->xb.backend_id);
	if (port < 0)
		return (int)port;
	nf->port = (uint32_t)port;
	nf_rx_push(&nf->r); /* netback reads the ring once connected */
	return 0;
}

int netfront_connect(struct netfront *nf)
{
	int rc = setup(nf);

	if (!rc)
		rc = uk_xenbus_connect(nf->xs, &nf->xb, publish, nf,
				       UK_XENBUS_CONNECTED,
				       ukplat_monotonic_clock() + WAIT_NS);
	if (rc) {
		uk_dev_note(&nf->dev, "connect failed (%d)", rc);
		give_back(nf);
		return rc;
	}
	ukplat_xen_evtchn_bind(nf->port, netfront_event, nf);
	nf->connected = true;
	uk_dev_note(&nf->dev, "rx %u tx %u slots, event channel %u, connected",
		    nf->r.nrx, nf->r.ntx, nf->port);
	netfront_watch_shutdown(nf->xs);
	/* Whatever netback queued before the port had a handler. */
	if (nf_rx_push(&nf->r))
		ukplat_xen_evtchn_notify(nf->port);
	return 0;
}

int netfront_close(struct netfront *nf)
{
	int rc;

	if (!nf->connected)
		return 0;
	nf->connected = false;
	nf->r.broken = true; /* no more ring traffic from here on */
	ukplat_xen_evtchn_unbind(nf->port);
	rc = uk_xenbus_close(nf->xs, &nf->xb,
			     ukplat_monotonic_clock() + WAIT_NS);
	if (!rc)
		give_back(nf);
	return rc;
}
