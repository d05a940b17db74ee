/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A TAP interface of the host as a uk/netdev.h device (linuxu): the
 * image, a Linux process, opens /dev/net/tun and attaches to the TAP
 * interface named by the IFNAME option (TUNSETIFF with IFF_TAP |
 * IFF_NO_PI: whole Ethernet frames, no packet information header); it
 * never creates one (see exists()). Each
 * read() is one frame, each write() one frame; the descriptor is
 * non-blocking and is the queue's interrupt line (uk/plat/host.h), which
 * ukplat_halt() polls. The MAC address is the MAC option, else a
 * locally administered one made at start.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <uk/dev.h>
#include <uk/netdev_driver.h>
#include <uk/plat/host.h>
#include <uk/plat/irq.h>
#include <uk/ukalloc.h>

#ifndef CONFIG_LIBLINUXU_TAP_IFNAME
#define CONFIG_LIBLINUXU_TAP_IFNAME "tap0"
#endif
#ifndef CONFIG_LIBLINUXU_TAP_MAC
#define CONFIG_LIBLINUXU_TAP_MAC ""
#endif

/* <linux/if_tun.h>, <linux/if.h> */
#define TUNSETIFF 0x400454caUL
#define IFF_TAP 0x0002
#define IFF_NO_PI 0x1000
#define IFNAMSIZ 16

struct ifreq {
	char name[IFNAMSIZ];
	short flags;
	char pad[22]; /* the rest of the kernel's union */
};

#define FRAME_EXTRA 18
#define RING 256

struct tap {
	struct uk_netdev nd;
	struct uk_dev dev;
	int fd;
	int line;
	bool armed;
	uk_netdev_alloc_rxbufs_t alloc;
	void *alloc_arg;
	struct uk_netbuf *spare; /* a buffer for the next read */
	struct uk_netbuf *held;	 /* a frame read while arming */
};

static struct tap tap0;

static struct tap *to_tap(struct uk_netdev *nd) { return (struct tap *)nd; }

static void info(struct uk_netdev *nd, struct uk_netdev_info *inf)
{
	(void)nd;
	inf->max_rx_queues = 1;
	inf->max_tx_queues = 1;
	inf->max_mtu = 1500;
	inf->rx_desc_max = RING;
	inf->tx_desc_max = RING;
	inf->rx_buf_min = 1500 + FRAME_EXTRA;
	inf->rx_headroom = 0;
	inf->tx_headroom = 0;
	inf->buf_align = 1;
	inf->rxq_intr = 1; /* no txq_intr: writes never wait */
}

static int rxq_setup(struct uk_netdev *nd, uint16_t q,
		     const struct uk_netdev_rxq_conf *c)
{
	(void)q;
	to_tap(nd)->alloc = c->alloc;
	to_tap(nd)->alloc_arg = c->alloc_arg;
	return 0;
}

static int txq_setup(struct uk_netdev *nd, uint16_t q,
		     const struct uk_netdev_txq_conf *c)
{
	(void)nd;
	(void)q;
	(void)c;
	return 0;
}

static int irq_handler(void *arg)
{
	struct tap *t = arg;

	/* Readable: quiet the line until the queue is armed again. */
	ukplat_irq_mask((unsigned int)t->line);
	if (t->armed) {
		t->armed = false;
		uk_netdev_rxq_event(&t->nd, 0);
	}
	return 1;
}

static int start(struct uk_netdev *nd)
{
	struct tap *t = to_tap(nd);
	int err;

	t->line = ukplat_irq_host_fd(t->fd);
	if (t->line < 0)
		return t->line;
	err = ukplat_irq_register((unsigned int)t->line, UKPLAT_IRQ_LEVEL,
				  irq_handler, t);
	if (err)
		return err;
	ukplat_irq_mask((unsigned int)t->line);
	return 0;
}

/* One frame from the host into a buffer: 1, 0 if none waits, < 0. */
static int read_one(struct tap *t, struct uk_netbuf **out)
{
	struct uk_netbuf *nb = t->spare;
	long n;

	if (!nb && !t->alloc(t->alloc_arg, &nb, 1))
		return -ENOMEM;
	t->spare = NULL;
	for (;;) {
		n = ukplat_host_read(t->fd, nb->data, uk_netbuf_tailroom(nb));
		if (n == -EINTR)
			continue;
		if (n <= 0) {
			t->spare = nb; /* nothing there: keep it for later */
			return n == -EAGAIN || n == 0 ? 0 : (int)n;
		}
		if (n < UK_NETDEV_ETH_HLEN ||
		    (uint32_t)n > (uint32_t)t->nd.mtu + FRAME_EXTRA) {
			t->nd.stats.rx_dropped++; /* runt or jumbo */
			continue;
		}
		nb->len = (uint32_t)n;
		*out = nb;
		return 1;
	}
}

static int rx_burst(struct uk_netdev *nd, uint16_t q, struct uk_netbuf **pkts,
		    unsigned int n)
{
	struct tap *t = to_tap(nd);
	unsigned int got = 0;

	(void)q;
	if (t->held && n) {
		pkts[got++] = t->held;
		t->held = NULL;
	}
	while (got < n && read_one(t, &pkts[got]) == 1)
		got++;
	return (int)got;
}

static int tx_burst(struct uk_netdev *nd, uint16_t q, struct uk_netbuf **pkts,
		    unsigned int n)
{
	struct tap *t = to_tap(nd);
	unsigned int sent;
	long r;

	(void)q;
	for (sent = 0; sent < n; sent++) {
		do
			r = ukplat_host_write(t->fd, pkts[sent]->data,
					      pkts[sent]->len);
		while (r == -EINTR);
		if (r == -EAGAIN)
			break; /* the host's queue is full: try again later */
		if (r != (long)pkts[sent]->len)
			nd->stats.tx_dropped++;
		uk_netbuf_free(pkts[sent]);
	}
	return (int)sent;
}

static int rxq_intr_enable(struct uk_netdev *nd, uint16_t q)
{
	struct tap *t = to_tap(nd);

	(void)q;
	if (t->held || read_one(t, &t->held) == 1)
		return 1; /* a frame is waiting: drain first */
	t->armed = true;
	ukplat_irq_unmask((unsigned int)t->line);
	return 0;
}

static void rxq_intr_disable(struct uk_netdev *nd, uint16_t q)
{
	struct tap *t = to_tap(nd);

	(void)q;
	t->armed = false;
	ukplat_irq_mask((unsigned int)t->line);
}

static unsigned int txq_reclaim(struct uk_netdev *nd, uint16_t q)
{
	(void)nd;
	(void)q;
	return RING; /* frames are written at once */
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
};

static int hexval(char c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
				      : -1;
}

/* "aa:bb:cc:dd:ee:ff" into mac; 0, or -1 if it is not one. */
static int parse_mac(const char *s, uint8_t *mac)
{
	unsigned int i;
	int hi, lo;

	for (i = 0; i < UK_NETDEV_HWADDR_LEN; i++) {
		hi = hexval(s[0]);
		lo = hi < 0 ? -1 : hexval(s[1]);
		if (lo < 0 || (i < 5 ? s[2] != ':' : s[2] != '\0'))
			return -1;
		mac[i] = (uint8_t)(hi << 4 | lo);
		s += 3;
	}
	return 0;
}

/*
 * Attach only to an interface that exists: as root, TUNSETIFF with an
 * unknown name would create one, a side effect on the host's network.
 * Checked through sysfs (tun_flags exists for TUN/TAP interfaces); where
 * sysfs is not mounted, TUNSETIFF decides. 0, or -ENOENT.
 */
static long exists(void)
{
	static const char dir[] = "/sys/class/net/";
	char path[sizeof(dir) + IFNAMSIZ + 10];
	long fd;

	fd = ukplat_host_open("/sys/class/net", UKPLAT_HOST_O_RDONLY);
	if (fd < 0)
		return 0; /* no sysfs: cannot tell */
	ukplat_host_close((int)fd);
	snprintf(path, sizeof(path), "%s%s/tun_flags", dir,
		 CONFIG_LIBLINUXU_TAP_IFNAME);
	fd = ukplat_host_open(path, UKPLAT_HOST_O_RDONLY);
	if (fd < 0)
		return -ENOENT;
	ukplat_host_close((int)fd);
	return 0;
}

static int probe(struct uk_dev *dev)
{
	struct tap *t = dev->driver_data ? dev->driver_data : &tap0;
	struct ifreq ifr;
	long fd, err;

	err = exists();
	if (err) {
		uk_dev_note(dev,
			    "no TAP interface %s in this network namespace "
			    "(create it: ip tuntap add dev %s mode tap)",
			    CONFIG_LIBLINUXU_TAP_IFNAME,
			    CONFIG_LIBLINUXU_TAP_IFNAME);
		return (int)err;
	}
	fd = ukplat_host_open("/dev/net/tun", UKPLAT_HOST_O_RDWR |
						      UKPLAT_HOST_O_NONBLOCK |
						      UKPLAT_HOST_O_CLOEXEC);
	if (fd < 0) {
		uk_dev_note(dev, "cannot open /dev/net/tun (errno %ld)", -fd);
		return (int)fd;
	}
	memset(&ifr, 0, sizeof(ifr));
	strncpy(ifr.name, CONFIG_LIBLINUXU_TAP_IFNAME, IFNAMSIZ - 1);
	ifr.flags = IFF_TAP | IFF_NO_PI;
	err = ukplat_host_ioctl((int)fd, TUNSETIFF, &ifr);
	if (err < 0) {
		uk_dev_note(dev, "TUNSETIFF %s failed (errno %ld)",
			    CONFIG_LIBLINUXU_TAP_IFNAME, -err);
		ukplat_host_close((int)fd);
		return (int)err;
	}
	t->fd = (int)fd;
	if (!CONFIG_LIBLINUXU_TAP_MAC[0]) {
		uk_netdev_hwaddr_random(t->nd.hwaddr);
	} else if (parse_mac(CONFIG_LIBLINUXU_TAP_MAC, t->nd.hwaddr)) {
		uk_dev_note(
			dev,
			"option linuxu-tap.MAC '%s' is not aa:bb:cc:dd:ee:ff",
			CONFIG_LIBLINUXU_TAP_MAC);
		ukplat_host_close((int)fd);
		return -EINVAL;
	}
	t->nd.ops = &ops;
	t->nd.mtu = 1500;
	snprintf(t->nd.name, sizeof(t->nd.name), "%s", ifr.name);
	uk_netdev_register(&t->nd);
	uk_dev_note(dev, "tap %s fd %d mac %02x:%02x:%02x:%02x:%02x:%02x",
		    ifr.name, t->fd, t->nd.hwaddr[0], t->nd.hwaddr[1],
		    t->nd.hwaddr[2], t->nd.hwaddr[3], t->nd.hwaddr[4],
		    t->nd.hwaddr[5]);
	return 0;
}

/* The host facility: one TAP interface, from the IFNAME option. */
static void enumerate(void)
{
	tap0.dev.bus = UK_DEV_BUS_HOST;
	tap0.dev.device = UK_DEV_HOST_TAP;
	tap0.dev.driver_data = &tap0;
	snprintf(tap0.dev.name, sizeof(tap0.dev.name), "host-tap0");
	uk_dev_add(&tap0.dev);
}

static const struct uk_dev_bus host_bus = { "linuxu-tap", enumerate };
UK_DEV_BUS(host_bus);

static const struct uk_dev_id ids[] = {
	{ UK_DEV_BUS_HOST, UK_DEV_ANY, UK_DEV_HOST_TAP },
	{ UK_DEV_BUS_NONE, 0, 0 },
};

static const struct uk_driver tap_driver = { "linuxu-tap", ids, probe };
UK_DRIVER(tap_driver);
