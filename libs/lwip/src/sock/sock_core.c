/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The socket layer's core: bringing the network up on first use, socket
 * objects as descriptors (their fd ops: read, write, close, fstat,
 * ioctl), the blocking wait over the poll loop, and address conversion.
 */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <uk/net.h>
#include <uk/plat/time.h>
#include <uk/ukboot.h>
#include "lwip/tcp.h"
#include "lwip/udp.h"
#include "sock.h"

static int net_state; /* 0: not tried, 1: up, < 0: failed */

int sock_net_up(void)
{
	struct uk_net_conf c;
	char **argv;
	int argc, i, err;

	if (net_state)
		return net_state > 0 ? 0 : -ENETDOWN;
	uk_net_conf_default(&c);
	argv = uk_boot_argv(&argc);
	for (i = 1; i < argc; i++)
		uk_net_conf_arg(&c, argv[i]);
	err = uk_net_up(&c);
	if (err == -ENODEV)
		printf("net: no network device: sockets fail with ENETDOWN\n");
	else if (err)
		printf("net: the network did not come up (%d)\n", err);
	if (err) {
		net_state = -1;
		return -ENETDOWN;
	}
	uk_net_addr(&c);
	printf("net: up, %u.%u.%u.%u/%u.%u.%u.%u gw %u.%u.%u.%u\n", c.ip[0],
	       c.ip[1], c.ip[2], c.ip[3], c.mask[0], c.mask[1], c.mask[2],
	       c.mask[3], c.gw[0], c.gw[1], c.gw[2], c.gw[3]);
	net_state = 1;
	return 0;
}

struct sock *sock_alloc(int type)
{
	struct sock *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->type = type;
	s->dq_tail = &s->dq;
	s->acc_tail = &s->acc;
	return s;
}

void sock_free(struct sock *s)
{
	struct sock_dgram *d;

	if (s->rx)
		pbuf_free(s->rx);
	while ((d = s->dq)) {
		s->dq = d->next;
		pbuf_free(d->p);
		free(d);
	}
	free(s);
}

struct sock *sock_lookup(int fd, struct uk_ofile **of, int *err)
{
	*of = uk_fd_get(fd);
	if (!*of) {
		*err = -EBADF;
		return NULL;
	}
	if ((*of)->ops != &sock_fdops) {
		uk_fd_put(*of);
		*err = -ENOTSOCK;
		return NULL;
	}
	return (*of)->priv;
}

int sock_wait(struct sock *s, bool (*ready)(struct sock *), bool nonblock,
	      uint64_t timeout_ns)
{
	uint64_t until = UKPLAT_TIME_NEVER;

	if (timeout_ns)
		until = ukplat_monotonic_clock() + timeout_ns;
	for (;;) {
		uk_net_poll(0);
		if (ready(s))
			return 0;
		if (nonblock || ukplat_monotonic_clock() >= until)
			return -EAGAIN;
		uk_net_poll(until);
	}
}

int sock_take_err(struct sock *s)
{
	int e = s->err;

	s->err = 0;
	return e;
}

short sock_events(struct sock *s)
{
	short ev = 0;

	if (s->err)
		ev |= POLLERR;
	if (s->type == SOCK_DGRAM) {
		if (s->dq)
			ev |= POLLIN;
		return ev | POLLOUT;
	}
	switch (s->state) {
	case SS_LISTEN:
		if (s->acc)
			ev |= POLLIN;
		break;
	case SS_CONNECTED:
		if (s->rx || s->rx_eof || s->rd_shut)
			ev |= POLLIN;
		if (!s->wr_shut && s->pcb.tcp && tcp_sndbuf(s->pcb.tcp) > 0 &&
		    tcp_sndqueuelen(s->pcb.tcp) < TCP_SND_QUEUELEN)
			ev |= POLLOUT;
		if (s->rx_eof && s->wr_shut)
			ev |= POLLHUP;
		break;
	case SS_CLOSED: ev |= POLLIN | POLLOUT | POLLHUP; break;
	default: break;
	}
	return ev;
}

int sock_addr_in(const struct sockaddr *sa, socklen_t len, ip_addr_t *ip,
		 uint16_t *port)
{
	const struct sockaddr_in *in = (const struct sockaddr_in *)sa;

	if (!sa || len < sizeof(*in))
		return -EINVAL;
	if (in->sin_family != AF_INET)
		return -EAFNOSUPPORT;
	ip_addr_set_ip4_u32(ip, in->sin_addr.s_addr);
	*port = ntohs(in->sin_port);
	return 0;
}

void sock_addr_out(const ip_addr_t *ip, uint16_t port, struct sockaddr *sa,
		   socklen_t *len)
{
	struct sockaddr_in in;

	if (!sa || !len)
		return;
	memset(&in, 0, sizeof(in));
	in.sin_family = AF_INET;
	in.sin_port = htons(port);
	in.sin_addr.s_addr = ip ? ip_addr_get_ip4_u32(ip) : 0;
	memcpy(sa, &in, *len < sizeof(in) ? *len : sizeof(in));
	*len = sizeof(in);
}

/* The descriptor ops: read and write are recv and send without flags. */

static ssize_t op_read(struct uk_ofile *of, void *buf, size_t len, off_t *pos)
{
	struct sock *s = of->priv;
	bool nb = of->flags & O_NONBLOCK;

	(void)pos;
	if (s->type == SOCK_DGRAM)
		return sock_udp_recv(s, buf, len, 0, nb, NULL, NULL);
	return sock_tcp_recv(s, buf, len, 0, nb);
}

static ssize_t op_write(struct uk_ofile *of, const void *buf, size_t len,
			off_t *pos)
{
	struct sock *s = of->priv;

	(void)pos;
	if (s->type == SOCK_DGRAM)
		return sock_udp_send(s, buf, len, NULL, 0);
	return sock_tcp_send(s, buf, len, of->flags & O_NONBLOCK);
}

static int op_stat(struct uk_ofile *of, struct stat *st)
{
	(void)of;
	memset(st, 0, sizeof(*st));
	st->st_mode = S_IFSOCK | 0777;
	st->st_nlink = 1;
	st->st_blksize = TCP_MSS;
	return 0;
}

static int op_ioctl(struct uk_ofile *of, unsigned long req, void *arg)
{
	struct sock *s = of->priv;
	size_t n = 0;

	if (req == FIONBIO)
		return 0; /* the table set O_NONBLOCK, which we read */
	if (req != FIONREAD)
		return -ENOTTY;
	if (s->type == SOCK_DGRAM)
		n = s->dq ? s->dq->p->tot_len : 0;
	else if (s->rx)
		n = s->rx->tot_len;
	*(int *)arg = (int)n;
	return 0;
}

static int op_release(struct uk_ofile *of)
{
	struct sock *s = of->priv;

	if (s->type == SOCK_DGRAM)
		sock_udp_release(s);
	else
		sock_tcp_release(s);
	return 0;
}

const struct uk_fdops sock_fdops = {
	.read = op_read,
	.write = op_write,
	.stat = op_stat,
	.ioctl = op_ioctl,
	.release = op_release,
};
