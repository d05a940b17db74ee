/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * UDP sockets over lwIP's raw API: received datagrams queue on the
 * socket (at most DQ_MAX; more are dropped, as a full socket buffer
 * drops them), each sent one is copied into a fresh pbuf.
 */
#include <errno.h>
#include <stdlib.h>
#include "lwip/udp.h"
#include "sock.h"

#define DQ_MAX 64
/* The largest datagram one Ethernet frame carries: no IP fragmentation. */
#define UDP_MAX (1500 - 20 - 8)

static void on_recv(void *arg, struct udp_pcb *pcb, struct pbuf *p,
		    const ip_addr_t *addr, u16_t port)
{
	struct sock *s = arg;
	struct sock_dgram *d;

	(void)pcb;
	if (s->dq_len >= DQ_MAX || !(d = malloc(sizeof(*d)))) {
		pbuf_free(p);
		return;
	}
	d->next = NULL;
	d->p = p;
	ip_addr_copy(d->addr, *addr);
	d->port = port;
	*s->dq_tail = d;
	s->dq_tail = &d->next;
	s->dq_len++;
}

int sock_udp_new(struct sock *s)
{
	struct udp_pcb *pcb = udp_new_ip_type(IPADDR_TYPE_V4);

	if (!pcb)
		return -ENOMEM;
	udp_recv(pcb, on_recv, s);
	s->pcb.udp = pcb;
	return 0;
}

int sock_udp_bind(struct sock *s, const ip_addr_t *ip, uint16_t port)
{
	err_t e;

	if (s->pcb.udp->local_port)
		return -EINVAL;
	e = udp_bind(s->pcb.udp, ip, port);
	if (e == ERR_USE)
		return -EADDRINUSE;
	return e == ERR_OK ? 0 : -EINVAL;
}

int sock_udp_connect(struct sock *s, const ip_addr_t *ip, uint16_t port)
{
	if (udp_connect(s->pcb.udp, ip, port) != ERR_OK)
		return -EADDRINUSE;
	s->udp_conn = true;
	return 0;
}

ssize_t sock_udp_send(struct sock *s, const void *buf, size_t len,
		      const ip_addr_t *ip, uint16_t port)
{
	struct pbuf *p;
	err_t e;

	if (len > UDP_MAX)
		return -EMSGSIZE;
	if (!ip && !s->udp_conn)
		return -EDESTADDRREQ;
	p = pbuf_alloc(PBUF_TRANSPORT, (u16_t)len, PBUF_RAM);
	if (!p)
		return -ENOBUFS;
	if (len)
		pbuf_take(p, buf, (u16_t)len);
	e = ip ? udp_sendto(s->pcb.udp, p, ip, port) : udp_send(s->pcb.udp, p);
	pbuf_free(p);
	if (e == ERR_OK)
		return (ssize_t)len;
	if (e == ERR_RTE)
		return -ENETUNREACH;
	if (e == ERR_USE)
		return -EADDRINUSE;
	return e == ERR_MEM || e == ERR_BUF ? -ENOBUFS : -EINVAL;
}

static bool dq_ready(struct sock *s) { return s->dq != NULL; }

ssize_t sock_udp_recv(struct sock *s, void *buf, size_t len, int flags,
		      bool nonblock, ip_addr_t *ip, uint16_t *port)
{
	struct sock_dgram *d;
	size_t n;
	int r;

	if (flags & MSG_DONTWAIT)
		nonblock = true;
	if ((r = sock_wait(s, dq_ready, nonblock, s->rcvtimeo)))
		return r;
	d = s->dq;
	n = d->p->tot_len < len ? d->p->tot_len : len;
	pbuf_copy_partial(d->p, buf, (u16_t)n, 0);
	if (ip)
		ip_addr_copy(*ip, d->addr);
	if (port)
		*port = d->port;
	if (flags & MSG_PEEK)
		return (ssize_t)n;
	s->dq = d->next;
	if (!s->dq)
		s->dq_tail = &s->dq;
	s->dq_len--;
	pbuf_free(d->p);
	free(d);
	return (ssize_t)n;
}

void sock_udp_release(struct sock *s)
{
	if (s->pcb.udp)
		udp_remove(s->pcb.udp);
	sock_free(s);
}
