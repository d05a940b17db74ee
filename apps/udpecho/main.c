/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * udpecho: the first network device, one queue pair, a netbuf pool, and
 * a loop that takes frames in batches, answers ARP, ICMP echo and UDP to
 * its port in place, and sends the answers back in batches. It sleeps on
 * the receive queue's interrupt (or polls, with "poll" or a device
 * without interrupts). Prints the devices found at boot, then
 * "udpecho: ready". With "probe" it returns 0 there (or when there is no
 * network device): the boot check `nx run udpecho:test` runs.
 */
#include <stdio.h>
#include <string.h>
#include <uk/dev.h>
#include <uk/netdev.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include "udpecho.h"

#define BATCH 32
#define RING 256
#define HEADROOM 64

static struct uk_netdev *dev;

int echo_stats_text(char *buf, unsigned int len)
{
	struct uk_netdev_stats st;
	const struct echo_stats *e = &echo_stats;

	uk_netdev_stats_get(dev, &st);
	return snprintf(
		buf, len,
		"frames %llu arp %llu icmp %llu echoed %llu short %llu "
		"badlen %llu badcsum %llu notours %llu fragments %llu "
		"rxdrop %llu txdrop %llu irqs %llu",
		(unsigned long long)e->frames, (unsigned long long)e->arp,
		(unsigned long long)e->icmp, (unsigned long long)e->echoed,
		(unsigned long long)e->short_frames,
		(unsigned long long)e->bad_len, (unsigned long long)e->bad_csum,
		(unsigned long long)e->not_ours,
		(unsigned long long)e->fragments,
		(unsigned long long)st.rx_dropped,
		(unsigned long long)st.tx_dropped, (unsigned long long)st.irqs);
}

static struct uk_netbuf_pool *setup(const struct echo_conf *c)
{
	struct uk_netdev_conf conf = { 1, 1 };
	struct uk_netdev_rxq_conf rxc = { 0 };
	struct uk_netdev_txq_conf txc = { 0 };
	struct uk_netdev_info info;
	struct uk_netbuf_pool *pool;
	uint16_t rx, tx;
	int err;

	uk_netdev_info_get(dev, &info);
	rx = info.rx_desc_max < RING ? info.rx_desc_max : RING;
	tx = info.tx_desc_max < RING ? info.tx_desc_max : RING;
	pool = uk_netbuf_pool_create(rx + tx + 2 * BATCH,
				     HEADROOM + info.rx_buf_min, HEADROOM,
				     info.buf_align < 64 ? 64 : info.buf_align);
	if (!pool || info.rx_headroom > HEADROOM) {
		printf("udpecho: cannot make buffers for %s\n",
		       uk_netdev_name(dev));
		return NULL;
	}
	rxc.nb_desc = rx;
	rxc.alloc = uk_netbuf_pool_alloc;
	rxc.alloc_arg = pool;
	txc.nb_desc = tx;
	if ((err = uk_netdev_configure(dev, &conf)) ||
	    (err = uk_netdev_rxq_setup(dev, 0, &rxc)) ||
	    (err = uk_netdev_txq_setup(dev, 0, &txc)) ||
	    (err = uk_netdev_start(dev))) {
		printf("udpecho: %s: set-up failed (%d)\n", uk_netdev_name(dev),
		       err);
		return NULL;
	}
	(void)c;
	return pool;
}

/* Send n frames; when the ring is full, wait for room (a second at most). */
static void send(struct uk_netbuf **out, unsigned int n)
{
	unsigned int done = 0;
	int r;

	while (done < n) {
		r = uk_netdev_tx_burst(dev, 0, out + done, n - done);
		if (r > 0) {
			done += (unsigned int)r;
			continue;
		}
		if (r < 0 || !uk_netdev_txq_wait(dev, 0,
						 ukplat_monotonic_clock() +
							 UKPLAT_NSEC_PER_SEC))
			break;
	}
	while (done < n)
		uk_netbuf_free(out[done++]); /* could not be sent */
}

static void serve(const struct echo_conf *c)
{
	struct uk_netbuf *in[BATCH], *out[BATCH];
	unsigned int i, nout;
	int n;

	for (;;) {
		n = uk_netdev_rx_burst(dev, 0, in, BATCH);
		if (n <= 0) {
			if (c->poll)
				uk_sched_yield();
			else
				uk_netdev_rxq_wait(dev, 0, UKPLAT_TIME_NEVER);
			continue;
		}
		for (i = 0, nout = 0; i < (unsigned int)n; i++) {
			if (echo_frame(c, in[i]))
				out[nout++] = in[i];
			else
				uk_netbuf_free(in[i]);
		}
		if (nout)
			send(out, nout);
	}
}

int main(int argc, char *argv[])
{
	struct echo_conf c = { 0 };
	struct uk_netdev_info info;
	const uint8_t *m;

	if (echo_args(argc, argv, &c))
		return 2;
	if (!uk_netdev_count()) {
		uk_dev_print();
		printf("udpecho: no network device\n");
		return c.probe ? 0 : 1;
	}
	dev = uk_netdev_get(0);
	if (!setup(&c)) {
		uk_dev_print();
		return 1;
	}
	if (!c.quiet)
		uk_dev_print();
	m = uk_netdev_hwaddr(dev);
	memcpy(c.mac, m, 6);
	uk_netdev_info_get(dev, &info);
	printf("udpecho: %s mac %02x:%02x:%02x:%02x:%02x:%02x mtu %u "
	       "ip %u.%u.%u.%u port %u %s\n",
	       uk_netdev_name(dev), m[0], m[1], m[2], m[3], m[4], m[5],
	       uk_netdev_mtu(dev), c.ip[0], c.ip[1], c.ip[2], c.ip[3], c.port,
	       c.poll || !info.rxq_intr ? "polling" : "interrupts");
	printf("udpecho: ready\n");
	if (c.probe)
		return 0;
	serve(&c);
	return 0;
}
