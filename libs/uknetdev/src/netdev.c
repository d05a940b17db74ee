/* SPDX-License-Identifier: BSD-3-Clause */
/* The device list, argument and state checks, counters. */
#include <errno.h>
#include <stddef.h>
#include <uk/dev.h>
#include <uk/netdev_driver.h>
#include <uk/plat/time.h>

static struct uk_netdev *devs, **devs_tail = &devs;
static unsigned int ndevs;

unsigned int uk_netdev_register(struct uk_netdev *dev)
{
	dev->next = NULL;
	*devs_tail = dev;
	devs_tail = &dev->next;
	if (!dev->mtu)
		dev->mtu = 1500;
	return ndevs++;
}

void uk_netdev_hwaddr_random(uint8_t mac[UK_NETDEV_HWADDR_LEN])
{
	uint64_t x = ukplat_monotonic_clock() * 0x9e3779b97f4a7c15ULL;
	unsigned int i;

	for (i = 0; i < UK_NETDEV_HWADDR_LEN; i++)
		mac[i] = (uint8_t)(x >> (8 * i + 8));
	mac[0] = (uint8_t)((mac[0] & 0xfe) | 0x02); /* unicast, local */
}

unsigned int uk_netdev_count(void)
{
	uk_dev_init();
	return ndevs;
}

struct uk_netdev *uk_netdev_get(unsigned int i)
{
	struct uk_netdev *d;

	uk_dev_init();
	for (d = devs; d && i; d = d->next)
		i--;
	return d;
}

const char *uk_netdev_name(const struct uk_netdev *dev) { return dev->name; }

void uk_netdev_info_get(struct uk_netdev *dev, struct uk_netdev_info *info)
{
	*info = (struct uk_netdev_info){ 0 };
	dev->ops->info(dev, info);
	info->rxq_intr = dev->ops->rxq_intr_enable != NULL && info->rxq_intr;
	info->txq_intr = dev->ops->txq_intr_enable != NULL && info->txq_intr;
	if (info->max_rx_queues > UK_NETDEV_MAX_QUEUES)
		info->max_rx_queues = UK_NETDEV_MAX_QUEUES;
	if (info->max_tx_queues > UK_NETDEV_MAX_QUEUES)
		info->max_tx_queues = UK_NETDEV_MAX_QUEUES;
	if (!info->buf_align)
		info->buf_align = 1;
}

const uint8_t *uk_netdev_hwaddr(const struct uk_netdev *dev)
{
	return dev->hwaddr;
}

uint16_t uk_netdev_mtu(const struct uk_netdev *dev) { return dev->mtu; }

int uk_netdev_mtu_set(struct uk_netdev *dev, uint16_t mtu)
{
	struct uk_netdev_info info;
	int err;

	if (dev->started)
		return -EBUSY;
	uk_netdev_info_get(dev, &info);
	if (mtu < 68 || mtu > info.max_mtu)
		return -EINVAL;
	if (!dev->ops->mtu_set)
		return mtu == dev->mtu ? 0 : -ENOTSUP;
	err = dev->ops->mtu_set(dev, mtu);
	if (!err)
		dev->mtu = mtu;
	return err;
}

int uk_netdev_link_up(struct uk_netdev *dev)
{
	return dev->ops->link_up ? dev->ops->link_up(dev) : 1;
}

int uk_netdev_configure(struct uk_netdev *dev,
			const struct uk_netdev_conf *conf)
{
	struct uk_netdev_info info;
	unsigned int i;
	int err = 0;

	if (dev->started)
		return -EBUSY;
	uk_netdev_info_get(dev, &info);
	if (!conf->nb_rx_queues || conf->nb_rx_queues > info.max_rx_queues ||
	    !conf->nb_tx_queues || conf->nb_tx_queues > info.max_tx_queues)
		return -EINVAL;
	if (dev->ops->configure)
		err = dev->ops->configure(dev, conf);
	if (err)
		return err;
	dev->nb_rxq = conf->nb_rx_queues;
	dev->nb_txq = conf->nb_tx_queues;
	for (i = 0; i < UK_NETDEV_MAX_QUEUES; i++)
		dev->rxq[i].ready = dev->txq[i].ready = 0;
	return 0;
}

int uk_netdev_rxq_setup(struct uk_netdev *dev, uint16_t q,
			const struct uk_netdev_rxq_conf *conf)
{
	struct uk_netdev_queue *rq;
	int err;

	if (dev->started)
		return -EBUSY;
	if (q >= dev->nb_rxq || !conf->alloc)
		return -EINVAL;
	err = dev->ops->rxq_setup(dev, q, conf);
	if (err)
		return err;
	rq = &dev->rxq[q];
	uk_waitq_init(&rq->waiters);
	rq->event = conf->event;
	rq->event_arg = conf->event_arg;
	rq->fired = 0;
	rq->ready = 1;
	return 0;
}

int uk_netdev_txq_setup(struct uk_netdev *dev, uint16_t q,
			const struct uk_netdev_txq_conf *conf)
{
	struct uk_netdev_queue *tq;
	int err;

	if (dev->started)
		return -EBUSY;
	if (q >= dev->nb_txq)
		return -EINVAL;
	err = dev->ops->txq_setup(dev, q, conf);
	if (err)
		return err;
	tq = &dev->txq[q];
	uk_waitq_init(&tq->waiters);
	tq->event = NULL;
	tq->fired = 0;
	tq->ready = 1;
	return 0;
}

int uk_netdev_start(struct uk_netdev *dev)
{
	struct uk_netdev_info info;
	unsigned int i;
	int err;

	if (dev->started)
		return -EBUSY;
	if (!dev->nb_rxq)
		return -EINVAL;
	for (i = 0; i < dev->nb_rxq; i++)
		if (!dev->rxq[i].ready)
			return -EINVAL;
	for (i = 0; i < dev->nb_txq; i++)
		if (!dev->txq[i].ready)
			return -EINVAL;
	dev->stats = (struct uk_netdev_stats){ 0 };
	err = dev->ops->start(dev);
	if (err)
		return err;
	dev->started = 1;
	uk_netdev_info_get(dev, &info); /* the interrupts it really got */
	dev->rxq_intr = info.rxq_intr;
	dev->txq_intr = info.txq_intr;
	return 0;
}

int uk_netdev_rx_burst(struct uk_netdev *dev, uint16_t q,
		       struct uk_netbuf **pkts, unsigned int n)
{
	int got, i;

	if (!dev->started || q >= dev->nb_rxq)
		return -EINVAL;
	if (!n)
		return 0;
	got = dev->ops->rx_burst(dev, q, pkts, n);
	for (i = 0; i < got; i++)
		dev->stats.rx_bytes += pkts[i]->len;
	if (got > 0)
		dev->stats.rx_packets += (unsigned int)got;
	return got;
}

/* Frames no device can send: freed and counted, as if sent. */
static int frame_ok(const struct uk_netdev *dev, const struct uk_netbuf *nb)
{
	return nb->len >= UK_NETDEV_ETH_HLEN &&
	       nb->len <= (uint32_t)dev->mtu + UK_NETDEV_ETH_HLEN + 4;
}

/* Frames per driver call: their lengths are noted first, since a driver
 * may free a frame before returning (linuxu writes it at once). */
#define TX_CHUNK 32

int uk_netdev_tx_burst(struct uk_netdev *dev, uint16_t q,
		       struct uk_netbuf **pkts, unsigned int n)
{
	uint32_t lens[TX_CHUNK];
	unsigned int done = 0, run, k;
	int sent, i;

	if (!dev->started || q >= dev->nb_txq)
		return -EINVAL;
	while (done < n) {
		if (!frame_ok(dev, pkts[done])) {
			dev->stats.tx_dropped++;
			uk_netbuf_free(pkts[done++]);
			continue;
		}
		for (run = done, k = 0;
		     run < n && k < TX_CHUNK && frame_ok(dev, pkts[run]);
		     run++, k++)
			lens[k] = pkts[run]->len;
		sent = dev->ops->tx_burst(dev, q, &pkts[done], k);
		if (sent < 0)
			return done ? (int)done : sent;
		for (i = 0; i < sent; i++)
			dev->stats.tx_bytes += lens[i];
		dev->stats.tx_packets += (unsigned int)sent;
		done += (unsigned int)sent;
		if ((unsigned int)sent < k)
			break; /* ring full */
	}
	return (int)done;
}

void uk_netdev_stats_get(const struct uk_netdev *dev,
			 struct uk_netdev_stats *st)
{
	*st = dev->stats;
}
