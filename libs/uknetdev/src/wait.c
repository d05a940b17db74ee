/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Queue interrupts and waiting: arming, the events drivers raise from
 * their interrupt handlers, and the sleeping waits built on both (or, for
 * drivers without interrupts, on polling).
 */
#include <errno.h>
#include <uk/netdev_driver.h>
#include <uk/plat/time.h>

#ifndef CONFIG_LIBUKNETDEV_POLL_NS
#define CONFIG_LIBUKNETDEV_POLL_NS 1000000
#endif

int uk_netdev_rxq_intr_enable(struct uk_netdev *dev, uint16_t q)
{
	if (!dev->started || q >= dev->nb_rxq)
		return -EINVAL;
	if (!dev->rxq_intr)
		return -ENOTSUP;
	dev->rxq[q].fired = 0;
	return dev->ops->rxq_intr_enable(dev, q);
}

void uk_netdev_rxq_intr_disable(struct uk_netdev *dev, uint16_t q)
{
	if (dev->started && q < dev->nb_rxq && dev->rxq_intr)
		dev->ops->rxq_intr_disable(dev, q);
}

static void event(struct uk_netdev *dev, struct uk_netdev_queue *wq, uint16_t q)
{
	wq->fired = 1;
	dev->stats.irqs++;
	if (wq->event)
		wq->event(dev, q, wq->event_arg);
	else
		uk_waitq_wake_all(&wq->waiters);
}

void uk_netdev_rxq_event(struct uk_netdev *dev, uint16_t q)
{
	if (q < dev->nb_rxq)
		event(dev, &dev->rxq[q], q);
}

void uk_netdev_txq_event(struct uk_netdev *dev, uint16_t q)
{
	if (q < dev->nb_txq)
		event(dev, &dev->txq[q], q);
}

/* No interrupt: sleep one polling period (or to the deadline). */
static int poll_sleep(uint64_t deadline)
{
	uint64_t now = ukplat_monotonic_clock();
	uint64_t until = now + CONFIG_LIBUKNETDEV_POLL_NS;

	if (now >= deadline)
		return 0;
	uk_sched_sleep_until(until < deadline ? until : deadline);
	return 1;
}

/*
 * Sleep on wq until its event fires or deadline; the queue was armed by
 * the caller and found empty. 1 if the event came, 0 on timeout (the
 * queue is disarmed by disarm(dev, q)).
 */
static int sleep_armed(struct uk_netdev *dev, struct uk_netdev_queue *wq,
		       uint16_t q, uint64_t deadline,
		       void (*disarm)(struct uk_netdev *, uint16_t))
{
	while (!wq->fired) {
		if (uk_waitq_wait_irq(&wq->waiters, deadline) ==
			    UK_WAITQ_TIMEDOUT &&
		    !wq->fired) {
			disarm(dev, q);
			return 0;
		}
	}
	return 1;
}

int uk_netdev_rxq_wait(struct uk_netdev *dev, uint16_t q, uint64_t deadline)
{
	struct uk_netdev_queue *rq;

	if (!dev->started || q >= dev->nb_rxq)
		return -EINVAL;
	if (!dev->rxq_intr)
		return poll_sleep(deadline);
	rq = &dev->rxq[q];
	rq->fired = 0;
	if (dev->ops->rxq_intr_enable(dev, q)) {
		dev->ops->rxq_intr_disable(dev, q);
		return 1;
	}
	return sleep_armed(dev, rq, q, deadline, dev->ops->rxq_intr_disable);
}

int uk_netdev_txq_wait(struct uk_netdev *dev, uint16_t q, uint64_t deadline)
{
	struct uk_netdev_queue *tq;

	if (!dev->started || q >= dev->nb_txq)
		return -EINVAL;
	for (;;) {
		if (dev->ops->txq_reclaim(dev, q))
			return 1;
		if (!dev->txq_intr) {
			if (!poll_sleep(deadline))
				return 0;
			continue;
		}
		tq = &dev->txq[q];
		tq->fired = 0;
		if (dev->ops->txq_intr_enable(dev, q)) {
			dev->ops->txq_intr_disable(dev, q);
			continue;
		}
		if (!sleep_armed(dev, tq, q, deadline,
				 dev->ops->txq_intr_disable))
			return 0;
	}
}
