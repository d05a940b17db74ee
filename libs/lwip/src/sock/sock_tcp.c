/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * TCP sockets over lwIP's raw API. lwIP's callbacks (run inside
 * uk_net_poll()) only fill the socket's queues and state; the calls wait
 * on those through sock_wait(). Received data stays in a pbuf chain
 * until read, and the window opens (tcp_recved) only as it is read.
 */
#include <errno.h>
#include "lwip/tcp.h"
#include "sock.h"

static err_t on_recv(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err)
{
	struct sock *s = arg;

	(void)err;
	if (!p) {
		s->rx_eof = true;
		return ERR_OK;
	}
	if (s->rd_shut) { /* shutdown(SHUT_RD): read and drop */
		tcp_recved(pcb, p->tot_len);
		pbuf_free(p);
		return ERR_OK;
	}
	if (s->rx)
		pbuf_cat(s->rx, p);
	else
		s->rx = p;
	return ERR_OK;
}

/* lwIP freed the pcb: a reset, an abort or a time-out. */
static void on_err(void *arg, err_t err)
{
	struct sock *s = arg;

	if (!s)
		return;
	s->pcb.tcp = NULL;
	if (s->state == SS_CONNECTING)
		s->err = err == ERR_RST ? ECONNREFUSED : ETIMEDOUT;
	else if (err == ERR_RST)
		s->err = ECONNRESET;
	else if (err == ERR_ABRT)
		s->err = ETIMEDOUT;
	else if (err != ERR_CLSD)
		s->err = ECONNABORTED;
	s->state = SS_CLOSED;
}

static err_t on_connected(void *arg, struct tcp_pcb *pcb, err_t err)
{
	struct sock *s = arg;

	(void)pcb;
	(void)err;
	s->state = SS_CONNECTED;
	s->ever_conn = true;
	return ERR_OK;
}

static void attach(struct sock *s, struct tcp_pcb *pcb)
{
	s->pcb.tcp = pcb;
	tcp_arg(pcb, s);
	tcp_recv(pcb, on_recv);
	tcp_err(pcb, on_err);
	if (s->nodelay)
		tcp_nagle_disable(pcb);
}

/* The socket lets go of its pcb: lwIP calls nothing of ours after this. */
static void detach(struct tcp_pcb *pcb)
{
	tcp_arg(pcb, NULL);
	if (pcb->state != LISTEN) {
		tcp_recv(pcb, NULL);
		tcp_sent(pcb, NULL);
		tcp_poll(pcb, NULL, 0);
		tcp_err(pcb, NULL);
	}
}

static err_t on_accept(void *arg, struct tcp_pcb *npcb, err_t err)
{
	struct sock *l = arg, *s;

	if (err != ERR_OK || !npcb)
		return ERR_VAL;
	if (l->acc_len >= l->backlog || !(s = sock_alloc(SOCK_STREAM))) {
		tcp_abort(npcb);
		return ERR_ABRT;
	}
	s->nodelay = l->nodelay;
	s->rcvtimeo = l->rcvtimeo;
	s->sndtimeo = l->sndtimeo;
	attach(s, npcb);
	s->state = SS_CONNECTED;
	s->ever_conn = true;
	*l->acc_tail = s;
	l->acc_tail = &s->next;
	l->acc_len++;
	return ERR_OK;
}

int sock_tcp_new(struct sock *s)
{
	struct tcp_pcb *pcb = tcp_new_ip_type(IPADDR_TYPE_V4);

	if (!pcb)
		return -ENOMEM;
	attach(s, pcb);
	s->state = SS_NEW;
	return 0;
}

int sock_tcp_bind(struct sock *s, const ip_addr_t *ip, uint16_t port)
{
	err_t e;

	if (s->state != SS_NEW || !s->pcb.tcp || s->pcb.tcp->local_port)
		return -EINVAL;
	e = tcp_bind(s->pcb.tcp, ip, port);
	if (e == ERR_USE)
		return -EADDRINUSE;
	return e == ERR_OK ? 0 : -EINVAL;
}

int sock_tcp_listen(struct sock *s, int backlog)
{
	struct tcp_pcb *lp;
	err_t e = ERR_OK;

	if (backlog < 1)
		backlog = 1;
	if (backlog > SOMAXCONN)
		backlog = SOMAXCONN;
	if (s->state == SS_LISTEN) {
		s->backlog = (unsigned int)backlog;
		return 0;
	}
	if (s->state != SS_NEW || !s->pcb.tcp)
		return -EINVAL;
	if (!s->pcb.tcp->local_port &&
	    tcp_bind(s->pcb.tcp, IP4_ADDR_ANY, 0) != ERR_OK)
		return -EADDRINUSE;
	lp = tcp_listen_with_backlog_and_err(s->pcb.tcp, 255, &e);
	if (!lp)
		return e == ERR_USE ? -EADDRINUSE : -ENOBUFS;
	s->pcb.tcp = lp; /* lwIP freed the old pcb */
	tcp_arg(lp, s);
	tcp_accept(lp, on_accept);
	s->state = SS_LISTEN;
	s->backlog = (unsigned int)backlog;
	return 0;
}

static bool acc_ready(struct sock *s)
{
	return s->acc || s->state != SS_LISTEN;
}

int sock_tcp_accept(struct sock *s, bool nonblock, struct sock **out)
{
	struct sock *c;
	int r;

	if (s->state != SS_LISTEN)
		return -EINVAL;
	if ((r = sock_wait(s, acc_ready, nonblock, s->rcvtimeo)))
		return r;
	if (!(c = s->acc))
		return -EINVAL;
	s->acc = c->next;
	if (!s->acc)
		s->acc_tail = &s->acc;
	s->acc_len--;
	c->next = NULL;
	*out = c;
	return 0;
}

static bool conn_ready(struct sock *s) { return s->state != SS_CONNECTING; }

int sock_tcp_connect(struct sock *s, const ip_addr_t *ip, uint16_t port,
		     bool nonblock)
{
	err_t e;
	int r;

	if (s->state == SS_CONNECTING)
		return -EALREADY;
	if (s->state == SS_CONNECTED)
		return -EISCONN;
	if (s->state == SS_LISTEN)
		return -EINVAL;
	if (!s->pcb.tcp && (r = sock_tcp_new(s))) /* after a failed connect */
		return r;
	s->err = 0;
	e = tcp_connect(s->pcb.tcp, ip, port, on_connected);
	if (e == ERR_RTE)
		return -ENETUNREACH;
	if (e == ERR_USE)
		return -EADDRINUSE;
	if (e != ERR_OK)
		return e == ERR_VAL ? -EINVAL : -ENOBUFS;
	s->state = SS_CONNECTING;
	if (nonblock)
		return -EINPROGRESS;
	if (sock_wait(s, conn_ready, false, s->sndtimeo))
		return -EINPROGRESS; /* SO_SNDTIMEO passed: still trying */
	if (s->state == SS_CONNECTED)
		return 0;
	r = sock_take_err(s);
	return -(r ? r : ECONNREFUSED);
}

static bool tx_ready(struct sock *s)
{
	struct tcp_pcb *p = s->pcb.tcp;

	return s->state != SS_CONNECTED || !p || s->err || s->wr_shut ||
	       (tcp_sndbuf(p) > 0 && tcp_sndqueuelen(p) < TCP_SND_QUEUELEN);
}

/* Why nothing (more) can be sent, or 0. */
static int tx_error(struct sock *s)
{
	int e;

	if ((e = sock_take_err(s)))
		return -e;
	if (s->wr_shut)
		return -EPIPE;
	if (s->state != SS_CONNECTED || !s->pcb.tcp)
		return s->ever_conn ? -EPIPE : -ENOTCONN;
	return 0;
}

ssize_t sock_tcp_send(struct sock *s, const void *buf, size_t len,
		      bool nonblock)
{
	const uint8_t *b = buf;
	size_t done = 0, n;
	int r;

	if (s->state == SS_CONNECTING &&
	    (r = sock_wait(s, conn_ready, nonblock, s->sndtimeo)))
		return r;
	for (;;) {
		if ((r = tx_error(s)))
			return done ? (ssize_t)done : r;
		if (done == len)
			break;
		n = tcp_sndbuf(s->pcb.tcp);
		if (n > len - done)
			n = len - done;
		if (n > 0xffff)
			n = 0xffff;
		if (n && tcp_sndqueuelen(s->pcb.tcp) < TCP_SND_QUEUELEN) {
			err_t e = tcp_write(s->pcb.tcp, b + done, (u16_t)n,
					    TCP_WRITE_FLAG_COPY);

			if (e == ERR_OK) {
				done += n;
				continue;
			}
			if (e != ERR_MEM)
				return done ? (ssize_t)done : -EIO;
		}
		tcp_output(s->pcb.tcp);
		if (done && nonblock)
			break;
		if ((r = sock_wait(s, tx_ready, nonblock, s->sndtimeo)))
			return done ? (ssize_t)done : r;
	}
	if (s->pcb.tcp)
		tcp_output(s->pcb.tcp);
	return (ssize_t)done;
}

static bool rx_ready(struct sock *s)
{
	return s->rx || s->rx_eof || s->rd_shut || s->err ||
	       (s->state != SS_CONNECTED && s->state != SS_CONNECTING);
}

/* Copy up to len received bytes to buf; consume them unless peek. */
static size_t take(struct sock *s, uint8_t *buf, size_t len, bool peek)
{
	size_t n = s->rx->tot_len < len ? s->rx->tot_len : len;

	pbuf_copy_partial(s->rx, buf, (u16_t)n, 0);
	if (peek)
		return n;
	s->rx = pbuf_free_header(s->rx, (u16_t)n);
	if (s->pcb.tcp)
		tcp_recved(s->pcb.tcp, (u16_t)n);
	return n;
}

ssize_t sock_tcp_recv(struct sock *s, void *buf, size_t len, int flags,
		      bool nonblock)
{
	bool all = (flags & MSG_WAITALL) && !(flags & MSG_PEEK);
	size_t done = 0;
	int r;

	if (s->state == SS_NEW || s->state == SS_LISTEN)
		return -ENOTCONN;
	if (flags & MSG_DONTWAIT)
		nonblock = true;
	if (!len)
		return 0;
	do {
		r = sock_wait(s, rx_ready, nonblock, s->rcvtimeo);
		if (r)
			return done ? (ssize_t)done : r;
		if (!s->rx)
			break;
		done += take(s, (uint8_t *)buf + done, len - done,
			     flags & MSG_PEEK);
		if (s->pcb.tcp)
			tcp_output(s->pcb.tcp); /* the window update */
	} while (all && done < len);
	if (done)
		return (ssize_t)done;
	if (s->rd_shut || s->rx_eof)
		return 0;
	r = sock_take_err(s);
	return r ? -r : 0;
}

int sock_tcp_shutdown(struct sock *s, int how)
{
	if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR)
		return -EINVAL;
	if (s->state != SS_CONNECTED)
		return -ENOTCONN;
	if (how != SHUT_WR) {
		s->rd_shut = true;
		if (s->rx) {
			if (s->pcb.tcp)
				tcp_recved(s->pcb.tcp, s->rx->tot_len);
			pbuf_free(s->rx);
			s->rx = NULL;
		}
	}
	if (how != SHUT_RD && !s->wr_shut) {
		s->wr_shut = true;
		if (s->pcb.tcp && tcp_shutdown(s->pcb.tcp, 0, 1) == ERR_OK)
			tcp_output(s->pcb.tcp);
	}
	return 0;
}

void sock_tcp_release(struct sock *s)
{
	struct tcp_pcb *p = s->pcb.tcp;
	struct sock *c;

	while ((c = s->acc)) { /* never accepted: reset them */
		s->acc = c->next;
		if (c->pcb.tcp) {
			detach(c->pcb.tcp);
			tcp_abort(c->pcb.tcp);
		}
		sock_free(c);
	}
	if (p) {
		detach(p);
		/* Unread data: a reset, as POSIX systems do; else our FIN. */
		if (s->rx || s->state == SS_CONNECTING ||
		    tcp_close(p) != ERR_OK)
			tcp_abort(p);
	}
	sock_free(s);
}
