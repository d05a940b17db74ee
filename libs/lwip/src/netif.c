/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * An lwIP netif over network device 0, and the poll loop that drives
 * lwIP (NO_SYS=1). Receive: each frame is copied into a pbuf from lwIP's
 * pool and the netbuf goes back to the receive ring at once. Transmit:
 * each frame (a pbuf chain) is copied into one netbuf of a transmit pool
 * and handed to the device.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/dev.h>
#include <uk/net.h>
#include <uk/netdev.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include "lwip/dhcp.h"
#include "lwip/etharp.h"
#include "lwip/init.h"
#include "lwip/netif.h"
#include "lwip/pbuf.h"
#include "lwip/timeouts.h"
#include "netif/ethernet.h"

#define BATCH 32
#define RING 256
#define HEADROOM 64

static struct netif nif;
static struct uk_netdev *dev;
static struct uk_netbuf_pool *txpool;
static bool polling;
static uint64_t rx_nopbuf, tx_nobuf;

static err_t linkoutput(struct netif *n, struct pbuf *p)
{
	struct uk_netbuf *nb = uk_netbuf_pool_get(txpool);
	uint64_t until = ukplat_monotonic_clock() + 10 * 1000000ull;
	int r;

	(void)n;
	/* Sent frames go back to the pool when the queue is reclaimed. */
	while (!nb && uk_netdev_txq_wait(dev, 0, until))
		nb = uk_netbuf_pool_get(txpool);
	if (!nb) {
		tx_nobuf++;
		return ERR_MEM;
	}
	if (p->tot_len > uk_netbuf_tailroom(nb)) {
		uk_netbuf_free(nb);
		return ERR_BUF;
	}
	nb->len = pbuf_copy_partial(p, nb->data, p->tot_len, 0);
	for (;;) {
		r = uk_netdev_tx_burst(dev, 0, &nb, 1);
		if (r == 1)
			return ERR_OK;
		if (r < 0 || !uk_netdev_txq_wait(dev, 0, until))
			break;
	}
	uk_netbuf_free(nb);
	tx_nobuf++;
	return ERR_MEM;
}

static err_t nif_init(struct netif *n)
{
	n->name[0] = 'e';
	n->name[1] = 'n';
	n->output = etharp_output;
	n->linkoutput = linkoutput;
	n->mtu = uk_netdev_mtu(dev);
	n->hwaddr_len = ETH_HWADDR_LEN;
	memcpy(n->hwaddr, uk_netdev_hwaddr(dev), ETH_HWADDR_LEN);
	n->flags = NETIF_FLAG_BROADCAST | NETIF_FLAG_ETHARP |
		   NETIF_FLAG_ETHERNET | NETIF_FLAG_LINK_UP;
	return ERR_OK;
}

static int dev_up(void)
{
	struct uk_netdev_conf conf = { 1, 1 };
	struct uk_netdev_rxq_conf rxc = { 0 };
	struct uk_netdev_txq_conf txc = { 0 };
	struct uk_netdev_info info;
	struct uk_netbuf_pool *rxpool;
	uint16_t rx, tx;
	uint32_t align;
	int err;

	uk_netdev_info_get(dev, &info);
	if (info.rx_headroom > HEADROOM) {
		printf("net: %s needs %u bytes of headroom\n",
		       uk_netdev_name(dev), info.rx_headroom);
		return -EINVAL;
	}
	rx = info.rx_desc_max < RING ? info.rx_desc_max : RING;
	tx = info.tx_desc_max < RING ? info.tx_desc_max : RING;
	align = info.buf_align < 64 ? 64 : info.buf_align;
	rxpool = uk_netbuf_pool_create(rx + BATCH, HEADROOM + info.rx_buf_min,
				       HEADROOM, align);
	txpool = uk_netbuf_pool_create(tx + BATCH, HEADROOM + info.rx_buf_min,
				       HEADROOM, align);
	if (!rxpool || !txpool) {
		printf("net: %s: no memory for buffers\n", uk_netdev_name(dev));
		return -ENOMEM;
	}
	rxc.nb_desc = rx;
	rxc.alloc = uk_netbuf_pool_alloc;
	rxc.alloc_arg = rxpool;
	txc.nb_desc = tx;
	if ((err = uk_netdev_configure(dev, &conf)) ||
	    (err = uk_netdev_rxq_setup(dev, 0, &rxc)) ||
	    (err = uk_netdev_txq_setup(dev, 0, &txc)) ||
	    (err = uk_netdev_start(dev))) {
		printf("net: %s: set-up failed (%d)\n", uk_netdev_name(dev),
		       err);
		return err;
	}
	polling = !info.rxq_intr;
	return 0;
}

#define DHCP_WAIT_NS (15 * 1000000000ull)

/* Run lwIP's DHCP client on the interface until it binds an address. */
static int dhcp_wait(void)
{
#if !LWIP_DHCP
	printf("net: dhcp: not in this image (lwip.DHCP is off)\n");
	return -ENOTSUP;
#else
	uint64_t until = ukplat_monotonic_clock() + DHCP_WAIT_NS;
	struct uk_net_conf a;

	if (dhcp_start(&nif) != ERR_OK) {
		printf("net: dhcp: cannot start the client\n");
		return -ENOMEM;
	}
	while (!dhcp_supplied_address(&nif)) {
		if (ukplat_monotonic_clock() >= until) {
			printf("net: dhcp: no answer within 15 s\n");
			return -ETIMEDOUT;
		}
		uk_net_poll(until);
	}
	uk_net_addr(&a);
	printf("net: dhcp: %u.%u.%u.%u/%u.%u.%u.%u gw %u.%u.%u.%u\n", a.ip[0],
	       a.ip[1], a.ip[2], a.ip[3], a.mask[0], a.mask[1], a.mask[2],
	       a.mask[3], a.gw[0], a.gw[1], a.gw[2], a.gw[3]);
	return 0;
#endif
}

int uk_net_up(const struct uk_net_conf *c)
{
	ip4_addr_t ip, mask, gw;
	int err;

	if (!uk_netdev_count())
		return -ENODEV;
	dev = uk_netdev_get(0);
	if ((err = dev_up()))
		return err;
	polling = polling || c->poll;
	lwip_init();
	if (c->dhcp) {
		ip4_addr_set_zero(&ip);
		ip4_addr_set_zero(&mask);
		ip4_addr_set_zero(&gw);
	} else {
		IP4_ADDR(&ip, c->ip[0], c->ip[1], c->ip[2], c->ip[3]);
		IP4_ADDR(&mask, c->mask[0], c->mask[1], c->mask[2], c->mask[3]);
		IP4_ADDR(&gw, c->gw[0], c->gw[1], c->gw[2], c->gw[3]);
	}
	if (!netif_add(&nif, &ip, &mask, &gw, NULL, nif_init, ethernet_input)) {
		printf("net: %s: lwIP refused the interface\n",
		       uk_netdev_name(dev));
		return -EINVAL;
	}
	netif_set_default(&nif);
	netif_set_up(&nif);
	netif_set_link_up(&nif);
	return c->dhcp ? dhcp_wait() : 0;
}

void uk_net_addr(struct uk_net_conf *c)
{
	const ip4_addr_t *a[3] = { netif_ip4_addr(&nif),
				   netif_ip4_netmask(&nif),
				   netif_ip4_gw(&nif) };
	uint8_t *d[3] = { c->ip, c->mask, c->gw };
	int i;

	for (i = 0; i < 3; i++)
		memcpy(d[i], &a[i]->addr, 4); /* network order: A.B.C.D */
}

static void input(struct uk_netbuf *nb)
{
	struct pbuf *p;

	if (nb->len > 0xffff) { /* cannot happen: at most MTU + 18 */
		uk_netbuf_free(nb);
		return;
	}
	p = pbuf_alloc(PBUF_RAW, (u16_t)nb->len, PBUF_POOL);
	if (!p) {
		rx_nopbuf++;
		uk_netbuf_free(nb);
		return;
	}
	pbuf_take(p, nb->data, (u16_t)nb->len);
	uk_netbuf_free(nb);
	if (nif.input(p, &nif) != ERR_OK)
		pbuf_free(p);
}

int uk_net_poll(uint64_t deadline)
{
	struct uk_netbuf *in[BATCH];
	uint64_t now, until;
	u32_t ms;
	int n, i, total = 0;

	do {
		n = uk_netdev_rx_burst(dev, 0, in, BATCH);
		for (i = 0; i < n; i++)
			input(in[i]);
		if (n > 0)
			total += n;
	} while (n == BATCH);
	sys_check_timeouts();
	if (total || !deadline)
		return total;
	now = ukplat_monotonic_clock();
	until = deadline;
	ms = sys_timeouts_sleeptime();
	if (ms != SYS_TIMEOUTS_SLEEPTIME_INFINITE &&
	    now + (uint64_t)ms * 1000000ull < until)
		until = now + (uint64_t)ms * 1000000ull;
	if (until <= now)
		return 0;
	if (polling)
		uk_sched_yield();
	else
		uk_netdev_rxq_wait(dev, 0, until);
	return 0;
}

int uk_net_stats_text(char *buf, unsigned int len)
{
	struct uk_netdev_stats st;

	uk_netdev_stats_get(dev, &st);
	return snprintf(buf, len,
			"%s rx %llu tx %llu rxdrop %llu txdrop %llu "
			"nopbuf %llu txfull %llu irqs %llu",
			uk_netdev_name(dev), (unsigned long long)st.rx_packets,
			(unsigned long long)st.tx_packets,
			(unsigned long long)st.rx_dropped,
			(unsigned long long)st.tx_dropped,
			(unsigned long long)rx_nopbuf,
			(unsigned long long)tx_nobuf,
			(unsigned long long)st.irqs);
}
