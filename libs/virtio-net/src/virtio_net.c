/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio-net (virtio 1.x, 5.1) as a uk/netdev.h device: one receive and
 * one transmit queue (queues 0 and 1), no offloads (frames carry their
 * own checksums), no mergeable receive buffers, so every receive buffer
 * holds a whole frame. Each buffer is preceded by the virtio-net header
 * (10 bytes legacy, 12 with VIRTIO_F_VERSION_1): in the headroom of a
 * receive netbuf, and for transmit in the frame's headroom when there is
 * room, else a shared all-zero header in a descriptor of its own. With
 * neither VERSION_1 nor ANY_LAYOUT the header always gets its own
 * descriptor, as legacy devices require.
 *
 * Probe negotiates and reads the MAC and MTU; uk_netdev_start() sets up
 * interrupts and queues at the sizes asked for, sets DRIVER_OK and fills
 * the receive ring. Queue interrupts are armed through the rings'
 * interrupt suppression flags; without a usable interrupt the device
 * runs in polling mode only.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/netdev_driver.h>
#include <uk/ukalloc.h>
#include <uk/virtio.h>

/* Feature bits (virtio 1.x, 5.1.3) */
#define F_MTU 3
#define F_MAC 5
#define F_STATUS 16
/* Configuration (5.1.4) */
#define CFG_MAC 0
#define CFG_STATUS 6
#define CFG_MTU 10
#define STATUS_LINK_UP 1

#define RXQ 0
#define TXQ 1
#define HDR_MAX 12
#define FRAME_EXTRA 18 /* Ethernet header and a VLAN tag */
#define DEFAULT_DESC 256

struct vnet {
	struct uk_netdev nd;
	struct uk_virtio_dev *vdev;
	struct uk_virtqueue *rx, *tx;
	uint16_t hdr_len;
	bool split_hdr; /* header in a descriptor of its own */
	bool irq;	/* queue interrupts work */
	bool rx_armed, tx_armed;
	uint16_t max_mtu;
	uint16_t rx_want, tx_want;
	uk_netdev_alloc_rxbufs_t alloc;
	void *alloc_arg;
};

static const uint8_t zero_hdr[HDR_MAX];
static unsigned int count;

static struct vnet *to_vnet(struct uk_netdev *nd) { return (struct vnet *)nd; }

static void info(struct uk_netdev *nd, struct uk_netdev_info *inf)
{
	struct vnet *v = to_vnet(nd);
	uint16_t rx = v->vdev->tp->queue_max(v->vdev, RXQ);
	uint16_t tx = v->vdev->tp->queue_max(v->vdev, TXQ);

	inf->max_rx_queues = 1;
	inf->max_tx_queues = 1;
	inf->max_mtu = v->max_mtu;
	inf->rx_desc_max = rx;
	inf->tx_desc_max = tx;
	inf->rx_buf_min = (uint32_t)v->max_mtu + FRAME_EXTRA;
	inf->rx_headroom = v->hdr_len;
	inf->tx_headroom = v->hdr_len;
	inf->buf_align = 1;
	/* Before start: it can have them; once started: it got a line. */
	inf->rxq_intr = inf->txq_intr = !nd->started || v->irq;
}

static int rxq_setup(struct uk_netdev *nd, uint16_t q,
		     const struct uk_netdev_rxq_conf *c)
{
	struct vnet *v = to_vnet(nd);

	(void)q;
	v->rx_want = c->nb_desc ? c->nb_desc : DEFAULT_DESC;
	v->alloc = c->alloc;
	v->alloc_arg = c->alloc_arg;
	return 0;
}

static int txq_setup(struct uk_netdev *nd, uint16_t q,
		     const struct uk_netdev_txq_conf *c)
{
	(void)q;
	to_vnet(nd)->tx_want = c->nb_desc ? c->nb_desc : DEFAULT_DESC;
	return 0;
}

/* Post one receive buffer: the header lives in its headroom. */
static int post_rx(struct vnet *v, struct uk_netbuf *nb)
{
	struct uk_virtqueue_seg s[2];
	uint32_t room = nb->size - uk_netbuf_headroom(nb);

	if (uk_netbuf_headroom(nb) < v->hdr_len ||
	    room < (uint32_t)v->max_mtu + FRAME_EXTRA)
		return -EINVAL;
	if (v->split_hdr) {
		s[0] = (struct uk_virtqueue_seg){ nb->data - v->hdr_len,
						  v->hdr_len };
		s[1] = (struct uk_virtqueue_seg){ nb->data, room };
		return uk_virtqueue_add(v->rx, s, 0, 2, nb);
	}
	s[0] = (struct uk_virtqueue_seg){ nb->data - v->hdr_len,
					  room + v->hdr_len };
	return uk_virtqueue_add(v->rx, s, 0, 1, nb);
}

/* Fill the receive ring from the queue's allocator; true if any added. */
static bool refill(struct vnet *v)
{
	struct uk_netbuf *nb[32];
	unsigned int per = v->split_hdr ? 2 : 1, want, got, i;
	bool added = false;

	while (v->rx->num_free >= per) {
		want = v->rx->num_free / per;
		if (want > 32)
			want = 32;
		got = v->alloc(v->alloc_arg, nb, want);
		for (i = 0; i < got; i++) {
			if (post_rx(v, nb[i])) {
				uk_netbuf_free(nb[i]); /* too small: unusable */
				continue;
			}
			added = true;
		}
		if (got < want)
			break;
	}
	return added;
}

static void vq_handler(struct uk_virtio_dev *vdev, uint16_t queue, void *arg)
{
	struct vnet *v = arg;

	(void)vdev;
	if ((queue == RXQ || queue == UK_VIRTIO_ALL_QUEUES) && v->rx_armed &&
	    uk_virtqueue_has_used(v->rx)) {
		v->rx_armed = false;
		uk_virtqueue_intr_disable(v->rx);
		uk_netdev_rxq_event(&v->nd, 0);
	}
	if ((queue == TXQ || queue == UK_VIRTIO_ALL_QUEUES) && v->tx_armed &&
	    uk_virtqueue_has_used(v->tx)) {
		v->tx_armed = false;
		uk_virtqueue_intr_disable(v->tx);
		uk_netdev_txq_event(&v->nd, 0);
	}
}

static int start(struct uk_netdev *nd)
{
	struct vnet *v = to_vnet(nd);

	v->irq = !uk_virtio_irq_setup(v->vdev, 2, vq_handler, v);
	v->rx = uk_virtio_vq_setup(v->vdev, RXQ, v->rx_want);
	v->tx = uk_virtio_vq_setup(v->vdev, TXQ, v->tx_want);
	if (!v->rx || !v->tx) {
		uk_virtio_fail(v->vdev);
		return -ENOMEM;
	}
	uk_virtqueue_intr_disable(v->rx);
	uk_virtqueue_intr_disable(v->tx);
	uk_virtio_driver_ok(v->vdev);
	if (refill(v))
		uk_virtqueue_kick(v->rx);
	uk_dev_note(&v->vdev->dev, "rx %u tx %u descriptors, %s", v->rx->num,
		    v->tx->num, v->irq ? "interrupts" : "polling");
	return 0;
}

static int rx_burst(struct uk_netdev *nd, uint16_t q, struct uk_netbuf **pkts,
		    unsigned int n)
{
	struct vnet *v = to_vnet(nd);
	struct uk_netbuf *nb;
	unsigned int got = 0;
	uint32_t len;

	(void)q;
	while (got < n && (nb = uk_virtqueue_get(v->rx, &len))) {
		if (len < v->hdr_len + (uint32_t)UK_NETDEV_ETH_HLEN ||
		    len - v->hdr_len > nb->size - uk_netbuf_headroom(nb)) {
			nd->stats.rx_dropped++; /* runt or impossible length */
			uk_netbuf_free(nb);
			continue;
		}
		nb->len = len - v->hdr_len;
		pkts[got++] = nb;
	}
	if (refill(v) || got)
		uk_virtqueue_kick(v->rx);
	return (int)got;
}

static unsigned int txq_reclaim(struct uk_netdev *nd, uint16_t q)
{
	struct vnet *v = to_vnet(nd);
	struct uk_netbuf *nb;

	(void)q;
	while ((nb = uk_virtqueue_get(v->tx, NULL)))
		uk_netbuf_free(nb);
	return v->tx->num_free / 2; /* frames that surely fit */
}

static int tx_burst(struct uk_netdev *nd, uint16_t q, struct uk_netbuf **pkts,
		    unsigned int n)
{
	struct vnet *v = to_vnet(nd);
	struct uk_virtqueue_seg s[2];
	struct uk_netbuf *nb;
	unsigned int sent;
	int err;

	txq_reclaim(nd, q);
	for (sent = 0; sent < n; sent++) {
		nb = pkts[sent];
		if (!v->split_hdr && uk_netbuf_headroom(nb) >= v->hdr_len) {
			memset(nb->data - v->hdr_len, 0, v->hdr_len);
			s[0] = (struct uk_virtqueue_seg){
				nb->data - v->hdr_len, nb->len + v->hdr_len
			};
			err = uk_virtqueue_add(v->tx, s, 1, 0, nb);
		} else {
			s[0] = (struct uk_virtqueue_seg){ zero_hdr,
							  v->hdr_len };
			s[1] = (struct uk_virtqueue_seg){ nb->data, nb->len };
			err = uk_virtqueue_add(v->tx, s, 2, 0, nb);
		}
		if (err)
			break;
	}
	if (sent)
		uk_virtqueue_kick(v->tx);
	return (int)sent;
}

static int rxq_intr_enable(struct uk_netdev *nd, uint16_t q)
{
	struct vnet *v = to_vnet(nd);

	(void)q;
	v->rx_armed = true;
	return uk_virtqueue_intr_enable(v->rx) ? 1 : 0;
}

static void rxq_intr_disable(struct uk_netdev *nd, uint16_t q)
{
	struct vnet *v = to_vnet(nd);

	(void)q;
	v->rx_armed = false;
	uk_virtqueue_intr_disable(v->rx);
}

static int txq_intr_enable(struct uk_netdev *nd, uint16_t q)
{
	struct vnet *v = to_vnet(nd);

	(void)q;
	v->tx_armed = true;
	return uk_virtqueue_intr_enable(v->tx) ? 1 : 0;
}

static void txq_intr_disable(struct uk_netdev *nd, uint16_t q)
{
	struct vnet *v = to_vnet(nd);

	(void)q;
	v->tx_armed = false;
	uk_virtqueue_intr_disable(v->tx);
}

static int mtu_set(struct uk_netdev *nd, uint16_t mtu)
{
	return mtu <= to_vnet(nd)->max_mtu ? 0 : -EINVAL;
}

static int link_up(struct uk_netdev *nd)
{
	struct vnet *v = to_vnet(nd);

	if (!uk_virtio_has(v->vdev, F_STATUS))
		return 1;
	return uk_virtio_config_read(v->vdev, CFG_STATUS, 2) & STATUS_LINK_UP;
}

static const struct uk_netdev_ops ops = {
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
	.mtu_set = mtu_set,
	.link_up = link_up,
};

static int probe(struct uk_dev *dev)
{
	struct uk_virtio_dev *vdev = uk_virtio_from_dev(dev);
	uint64_t want = 1ULL << F_MAC | 1ULL << F_STATUS | 1ULL << F_MTU |
			1ULL << UK_VIRTIO_F_ANY_LAYOUT;
	struct vnet *v;
	unsigned int i;
	int err;

	v = uk_calloc(uk_alloc_get_default(), 1, sizeof(*v));
	if (!v)
		return -ENOMEM;
	err = uk_virtio_negotiate(vdev, want);
	if (err) {
		uk_free(uk_alloc_get_default(), v);
		return err;
	}
	v->vdev = vdev;
	v->hdr_len = vdev->legacy ? 10 : 12;
	v->split_hdr =
		vdev->legacy && !uk_virtio_has(vdev, UK_VIRTIO_F_ANY_LAYOUT);
	v->max_mtu = 1500;
	if (uk_virtio_has(vdev, F_MTU)) {
		v->max_mtu = (uint16_t)uk_virtio_config_read(vdev, CFG_MTU, 2);
		if (v->max_mtu < 68)
			v->max_mtu = 1500;
	}
	if (uk_virtio_has(vdev, F_MAC))
		for (i = 0; i < UK_NETDEV_HWADDR_LEN; i++)
			v->nd.hwaddr[i] = (uint8_t)uk_virtio_config_read(
				vdev, CFG_MAC + i, 1);
	else
		uk_netdev_hwaddr_random(v->nd.hwaddr);
	v->nd.ops = &ops;
	v->nd.mtu = v->max_mtu < 1500 ? v->max_mtu : 1500;
	v->nd.priv = v;
	snprintf(v->nd.name, sizeof(v->nd.name), "virtio-net%u", count++);
	dev->driver_data = v;
	uk_netdev_register(&v->nd);
	uk_dev_note(dev, "%s mac %02x:%02x:%02x:%02x:%02x:%02x mtu %u",
		    v->nd.name, v->nd.hwaddr[0], v->nd.hwaddr[1],
		    v->nd.hwaddr[2], v->nd.hwaddr[3], v->nd.hwaddr[4],
		    v->nd.hwaddr[5], v->nd.mtu);
	return 0;
}

static const struct uk_dev_id ids[] = {
	{ UK_DEV_BUS_VIRTIO, UK_DEV_ANY, UK_VIRTIO_ID_NET },
	{ UK_DEV_BUS_NONE, 0, 0 },
};

static const struct uk_driver virtio_net = { "virtio-net", ids, probe };
UK_DRIVER(virtio_net);
