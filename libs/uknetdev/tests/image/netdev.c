/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The netdev API over a loopback driver made here: what it checks before
 * calling a driver, what it counts, netbuf pools, and the waits (a
 * thread woken by a queue event, a deadline reached). The loopback's
 * "interrupt" is raised from a thread, as a driver's handler would from
 * ukplat_halt().
 */
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <uk/netdev_driver.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

UK_TESTSUITE(netdev);

#define LOOP_RING 4

/* Frames sent come back as received, up to LOOP_RING in flight. */
struct loop {
	struct uk_netdev nd;
	struct uk_netbuf *q[LOOP_RING];
	unsigned int n;
	bool armed;
	uk_netdev_alloc_rxbufs_t alloc;
	void *alloc_arg;
};

static void l_info(struct uk_netdev *nd, struct uk_netdev_info *i)
{
	(void)nd;
	i->max_rx_queues = 1;
	i->max_tx_queues = 1;
	i->max_mtu = 1500;
	i->rx_desc_max = LOOP_RING;
	i->tx_desc_max = LOOP_RING;
	i->rx_buf_min = 1518;
	i->rxq_intr = 1;
}

static int l_rxq_setup(struct uk_netdev *nd, uint16_t q,
		       const struct uk_netdev_rxq_conf *c)
{
	(void)q;
	((struct loop *)nd)->alloc = c->alloc;
	((struct loop *)nd)->alloc_arg = c->alloc_arg;
	return 0;
}

static int l_txq_setup(struct uk_netdev *nd, uint16_t q,
		       const struct uk_netdev_txq_conf *c)
{
	(void)nd;
	(void)q;
	(void)c;
	return 0;
}

static int l_start(struct uk_netdev *nd)
{
	(void)nd;
	return 0;
}

static int l_rx(struct uk_netdev *nd, uint16_t q, struct uk_netbuf **p,
		unsigned int n)
{
	struct loop *l = (struct loop *)nd;
	unsigned int i, k = n < l->n ? n : l->n;

	(void)q;
	for (i = 0; i < k; i++)
		p[i] = l->q[i];
	memmove(l->q, l->q + k, (l->n - k) * sizeof(l->q[0]));
	l->n -= k;
	return (int)k;
}

static int l_tx(struct uk_netdev *nd, uint16_t q, struct uk_netbuf **p,
		unsigned int n)
{
	struct loop *l = (struct loop *)nd;
	unsigned int i;

	(void)q;
	for (i = 0; i < n && l->n < LOOP_RING; i++)
		l->q[l->n++] = p[i];
	return (int)i;
}

static int l_intr_on(struct uk_netdev *nd, uint16_t q)
{
	struct loop *l = (struct loop *)nd;

	(void)q;
	l->armed = true;
	return l->n > 0;
}

static void l_intr_off(struct uk_netdev *nd, uint16_t q)
{
	(void)q;
	((struct loop *)nd)->armed = false;
}

static unsigned int l_reclaim(struct uk_netdev *nd, uint16_t q)
{
	(void)q;
	return LOOP_RING - ((struct loop *)nd)->n;
}

static const struct uk_netdev_ops loop_ops = {
	.info = l_info,
	.rxq_setup = l_rxq_setup,
	.txq_setup = l_txq_setup,
	.start = l_start,
	.rx_burst = l_rx,
	.tx_burst = l_tx,
	.rxq_intr_enable = l_intr_on,
	.rxq_intr_disable = l_intr_off,
	.txq_reclaim = l_reclaim,
};

/* What the loopback's interrupt handler would do. */
static void loop_irq(struct loop *l)
{
	if (l->armed && l->n) {
		l->armed = false;
		uk_netdev_rxq_event(&l->nd, 0);
	}
}

static struct loop loop = { .nd = { .ops = &loop_ops, .name = "loop-test" } };
static struct uk_netbuf_pool *pool;

static struct uk_netbuf *frame(uint32_t len)
{
	struct uk_netbuf *nb = uk_netbuf_pool_get(pool);

	if (nb) {
		memset(nb->data, 0xab, len);
		nb->len = len;
	}
	return nb;
}

UK_TEST(netdev, pool)
{
	struct uk_netbuf_pool *p = uk_netbuf_pool_create(8, 2048, 64, 4096);
	struct uk_netbuf *nb[9];
	unsigned int i;

	UK_TEST_ASSERT(p != NULL);
	UK_TEST_EXPECT_EQ(uk_netbuf_pool_available(p), 8);
	UK_TEST_EXPECT_EQ(uk_netbuf_pool_alloc(p, nb, 9), 8);
	UK_TEST_EXPECT_EQ(uk_netbuf_pool_available(p), 0);
	UK_TEST_EXPECT(uk_netbuf_pool_get(p) == NULL);
	for (i = 0; i < 8; i++) {
		UK_TEST_EXPECT_EQ((uintptr_t)nb[i]->buf % 4096, 0);
		UK_TEST_EXPECT_EQ(uk_netbuf_headroom(nb[i]), 64);
		UK_TEST_EXPECT_EQ(uk_netbuf_tailroom(nb[i]), 2048 - 64);
		uk_netbuf_free(nb[i]);
	}
	UK_TEST_EXPECT_EQ(uk_netbuf_pool_available(p), 8);
	uk_netbuf_pool_destroy(p);
	UK_TEST_EXPECT(uk_netbuf_pool_create(0, 2048, 0, 64) == NULL);
	UK_TEST_EXPECT(uk_netbuf_pool_create(4, 64, 64, 64) == NULL);
	UK_TEST_EXPECT(uk_netbuf_pool_create(4, 2048, 0, 48) == NULL);
}

UK_TEST(netdev, lifecycle_checks)
{
	struct uk_netdev_conf bad = { 0, 1 }, conf = { 1, 1 };
	struct uk_netdev_rxq_conf rxc = { 0 };
	struct uk_netdev_txq_conf txc = { 0 };
	struct uk_netbuf *p[1];
	struct uk_netdev *d = &loop.nd;
	unsigned int n = uk_netdev_count();

	pool = uk_netbuf_pool_create(16, 2048, 64, 64);
	UK_TEST_ASSERT(pool != NULL);
	UK_TEST_EXPECT_EQ(uk_netdev_register(d), n);
	UK_TEST_EXPECT(uk_netdev_get(n) == d);
	UK_TEST_EXPECT_EQ(uk_netdev_mtu(d), 1500);
	UK_TEST_EXPECT_EQ(uk_netdev_configure(d, &bad), -EINVAL);
	UK_TEST_EXPECT_EQ(uk_netdev_rx_burst(d, 0, p, 1), -EINVAL);
	UK_TEST_EXPECT_EQ(uk_netdev_configure(d, &conf), 0);
	UK_TEST_EXPECT_EQ(uk_netdev_start(d), -EINVAL); /* queues not set up */
	UK_TEST_EXPECT_EQ(uk_netdev_rxq_setup(d, 0, &rxc),
			  -EINVAL); /* no alloc */
	rxc.alloc = uk_netbuf_pool_alloc;
	rxc.alloc_arg = pool;
	UK_TEST_EXPECT_EQ(uk_netdev_rxq_setup(d, 1, &rxc), -EINVAL);
	UK_TEST_EXPECT_EQ(uk_netdev_rxq_setup(d, 0, &rxc), 0);
	UK_TEST_EXPECT_EQ(uk_netdev_txq_setup(d, 0, &txc), 0);
	UK_TEST_EXPECT_EQ(uk_netdev_start(d), 0);
	UK_TEST_EXPECT_EQ(uk_netdev_start(d), -EBUSY);
	UK_TEST_EXPECT_EQ(uk_netdev_configure(d, &conf), -EBUSY);
	UK_TEST_EXPECT_EQ(uk_netdev_mtu_set(d, 1400), -EBUSY);
	UK_TEST_EXPECT_EQ(uk_netdev_rx_burst(d, 0, p, 1), 0);
}

UK_TEST(netdev, burst_counts_and_drops)
{
	struct uk_netdev *d = &loop.nd;
	struct uk_netbuf *out[6], *in[8];
	struct uk_netdev_stats st;
	unsigned int avail = uk_netbuf_pool_available(pool);
	int n, i;

	UK_TEST_ASSERT(d->started);
	out[0] = frame(60);
	out[1] = frame(10); /* shorter than an Ethernet header */
	out[2] = frame(1514);
	out[3] = frame(1600); /* longer than MTU + 18 */
	out[4] = frame(100);
	out[5] = frame(200);
	/* The loop takes 4: 60, 1514, 100, 200; the bad two are dropped. */
	n = uk_netdev_tx_burst(d, 0, out, 6);
	UK_TEST_EXPECT_EQ(n, 6);
	uk_netdev_stats_get(d, &st);
	UK_TEST_EXPECT_EQ(st.tx_packets, 4);
	UK_TEST_EXPECT_EQ(st.tx_bytes, 60 + 1514 + 100 + 200);
	UK_TEST_EXPECT_EQ(st.tx_dropped, 2);
	/* Full ring: nothing more is taken, the frame stays the caller's. */
	out[0] = frame(60);
	UK_TEST_EXPECT_EQ(uk_netdev_tx_burst(d, 0, out, 1), 0);
	uk_netbuf_free(out[0]);
	n = uk_netdev_rx_burst(d, 0, in, 8);
	UK_TEST_EXPECT_EQ(n, 4);
	uk_netdev_stats_get(d, &st);
	UK_TEST_EXPECT_EQ(st.rx_packets, 4);
	UK_TEST_EXPECT_EQ(st.rx_bytes, 60 + 1514 + 100 + 200);
	for (i = 0; i < n; i++)
		uk_netbuf_free(in[i]);
	UK_TEST_EXPECT_EQ(uk_netbuf_pool_available(pool), avail);
}

UK_TEST(netdev, wait_times_out)
{
	uint64_t t0 = ukplat_monotonic_clock();

	UK_TEST_EXPECT_EQ(uk_netdev_rxq_wait(&loop.nd, 0, t0 + 20000000), 0);
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock() - t0, 20000000);
	UK_TEST_EXPECT(!loop.armed); /* disarmed on the way out */
}

static void sender(void *arg)
{
	struct uk_netbuf *nb = frame(64);

	(void)arg;
	uk_sched_sleep_ns(10000000);
	uk_netdev_tx_burst(&loop.nd, 0, &nb, 1);
	loop_irq(&loop);
}

UK_TEST(netdev, wait_woken_by_event)
{
	struct uk_thread *t = uk_thread_create("sender", sender, NULL, 0);
	struct uk_netdev_stats st0, st;
	struct uk_netbuf *in[2];
	int n;

	UK_TEST_ASSERT(t != NULL);
	uk_netdev_stats_get(&loop.nd, &st0);
	UK_TEST_EXPECT_EQ(uk_netdev_rxq_wait(&loop.nd, 0, UKPLAT_TIME_NEVER),
			  1);
	n = uk_netdev_rx_burst(&loop.nd, 0, in, 2);
	UK_TEST_EXPECT_EQ(n, 1);
	if (n == 1)
		uk_netbuf_free(in[0]);
	uk_netdev_stats_get(&loop.nd, &st);
	UK_TEST_EXPECT_EQ(st.irqs, st0.irqs + 1);
	uk_thread_join(t);
	/* Frames already waiting: no sleep at all. */
	in[0] = frame(64);
	uk_netdev_tx_burst(&loop.nd, 0, in, 1);
	UK_TEST_EXPECT_EQ(uk_netdev_rxq_wait(&loop.nd, 0, 0), 1);
	n = uk_netdev_rx_burst(&loop.nd, 0, in, 2);
	UK_TEST_EXPECT_EQ(n, 1);
	if (n == 1)
		uk_netbuf_free(in[0]);
}
