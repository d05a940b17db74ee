/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/tcp.h over lwIP's raw TCP API. Each connection is a struct uk_tcp
 * tied to its pcb (tcp_arg). App callbacks run with c->busy set; closes
 * and aborts the app asks for meanwhile are carried out when the app
 * returns, so its state is never freed under its feet, and an abort
 * inside an lwIP callback is reported to lwIP with ERR_ABRT as it must.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <uk/tcp.h>
#include "lwip/tcp.h"

struct uk_tcp {
	struct tcp_pcb *pcb;
	const struct uk_tcp_handler *h;
	void *st;
	struct pbuf *pending; /* received, not yet consumed */
	unsigned int busy;
	unsigned int close_tries;
	unsigned int linger_polls;
	bool eof, eof_told, want_close, want_abort;
	bool lingering; /* FIN sent, app gone, draining until the peer's FIN */
};

/* How long a closed connection reads and drops what the peer still
 * sends before its FIN (in 500 ms polls), then closes anyway. */
#define LINGER_POLLS 8

static uint64_t accepted;
static unsigned int open_now;

/* What finish() left of a connection. */
enum left { ALIVE, GONE, ABORTED };

/* Cut the pcb loose: no more callbacks for c. */
static void detach(struct uk_tcp *c)
{
	if (!c->pcb)
		return;
	tcp_arg(c->pcb, NULL);
	tcp_recv(c->pcb, NULL);
	tcp_sent(c->pcb, NULL);
	tcp_err(c->pcb, NULL);
	tcp_poll(c->pcb, NULL, 0);
	c->pcb = NULL;
}

/* Tell the app its connection is gone (once). */
static void app_gone(struct uk_tcp *c)
{
	if (c->lingering)
		return;
	c->lingering = true;
	c->h->gone(c->st);
	open_now--;
}

/* Drop what is pending, opening the window for it. */
static void drop_pending(struct uk_tcp *c)
{
	if (!c->pending)
		return;
	if (c->pcb)
		tcp_recved(c->pcb, c->pending->tot_len);
	pbuf_free(c->pending);
	c->pending = NULL;
}

/* The end: tell the app, free everything. */
static void end(struct uk_tcp *c)
{
	drop_pending(c);
	app_gone(c);
	free(c);
}

/*
 * Close c's pcb: a plain close when the peer has sent its FIN; else
 * (RFC 9112 9.6) send our FIN only and keep reading and dropping until
 * the peer's, so that unread request bytes do not make lwIP answer with
 * a reset that would destroy the response in flight.
 */
static enum left do_close(struct uk_tcp *c);

/* After an app callback: carry out what it asked for. GONE and ABORTED:
 * c is freed (ABORTED: the pcb too, say ERR_ABRT to lwIP). */
static enum left finish(struct uk_tcp *c)
{
	struct tcp_pcb *pcb = c->pcb;

	if (--c->busy)
		return ALIVE;
	if (c->want_abort) {
		detach(c);
		end(c);
		if (pcb) {
			tcp_abort(pcb);
			return ABORTED;
		}
		return GONE;
	}
	if (c->want_close && pcb && !c->lingering)
		return do_close(c);
	return ALIVE;
}

static enum left do_close(struct uk_tcp *c)
{
	struct tcp_pcb *pcb = c->pcb;
	err_t e;

	drop_pending(c);
	e = c->eof ? tcp_close(pcb) : tcp_shutdown(pcb, 0, 1);
	if (e == ERR_OK) {
		if (c->eof) {
			detach(c);
			end(c);
			return GONE;
		}
		app_gone(c); /* lingering from now on */
		return ALIVE;
	}
	if (++c->close_tries > 20) { /* no memory for 10 s */
		detach(c);
		end(c);
		tcp_abort(pcb);
		return ABORTED;
	}
	return ALIVE; /* the poll callback tries again */
}

/* A lingering connection: drop data; close at the peer's FIN or late. */
static err_t linger(struct uk_tcp *c, struct pbuf *p, bool tick)
{
	struct tcp_pcb *pcb = c->pcb;

	if (p) {
		tcp_recved(pcb, p->tot_len);
		pbuf_free(p);
		return ERR_OK;
	}
	if (tick && ++c->linger_polls < LINGER_POLLS)
		return ERR_OK;
	detach(c);
	end(c);
	if (tcp_close(pcb) != ERR_OK) {
		tcp_abort(pcb);
		return ERR_ABRT;
	}
	return ERR_OK;
}

static err_t lwip_err(enum left l) { return l == ABORTED ? ERR_ABRT : ERR_OK; }

/* Offer what is pending to the app; open the window for what it took. */
static err_t deliver(struct uk_tcp *c)
{
	size_t n, avail, took = 0;
	struct pbuf *q;

	c->busy++;
	while ((q = c->pending) && !c->want_close && !c->want_abort) {
		avail = q->len;
		n = avail ? c->h->recv(c->st, q->payload, avail) : 0;
		if (n > avail)
			n = avail;
		if (n)
			c->pending = pbuf_free_header(q, (u16_t)n);
		else if (avail)
			break;
		else
			c->pending = pbuf_free_header(q, 0);
		took += n;
		if (n < avail)
			break;
	}
	if (c->pcb && took) {
		while (took > 0xffff) {
			tcp_recved(c->pcb, 0xffff);
			took -= 0xffff;
		}
		tcp_recved(c->pcb, (u16_t)took);
	}
	if (c->eof && !c->pending && !c->eof_told && !c->want_close &&
	    !c->want_abort) {
		c->eof_told = true;
		c->h->recv(c->st, NULL, 0);
	}
	return lwip_err(finish(c));
}

static err_t on_recv(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err)
{
	struct uk_tcp *c = arg;

	(void)err;
	if (!c) { /* detached: nobody wants it */
		if (p) {
			tcp_recved(pcb, p->tot_len);
			pbuf_free(p);
		}
		return ERR_OK;
	}
	if (c->lingering)
		return linger(c, p, false);
	if (!p)
		c->eof = true;
	else if (c->pending)
		pbuf_cat(c->pending, p);
	else
		c->pending = p;
	return deliver(c);
}

static err_t on_sent(void *arg, struct tcp_pcb *pcb, u16_t len)
{
	struct uk_tcp *c = arg;
	enum left l;

	(void)pcb;
	(void)len;
	if (!c || c->lingering)
		return ERR_OK;
	c->busy++;
	c->h->sent(c->st);
	l = finish(c);
	if (l != ALIVE)
		return lwip_err(l);
	return deliver(c);
}

static err_t on_poll(void *arg, struct tcp_pcb *pcb)
{
	struct uk_tcp *c = arg;

	(void)pcb;
	if (!c)
		return ERR_OK;
	if (c->lingering)
		return linger(c, NULL, true);
	c->busy++;
	if (!c->want_close)
		c->h->poll(c->st);
	return lwip_err(finish(c));
}

static void on_err(void *arg, err_t err)
{
	struct uk_tcp *c = arg;

	(void)err;
	if (!c)
		return;
	c->pcb = NULL; /* lwIP has freed it */
	if (c->busy) {
		c->want_abort = true; /* finish() ends it */
		return;
	}
	end(c);
}

static err_t on_accept(void *arg, struct tcp_pcb *pcb, err_t err)
{
	const struct uk_tcp_handler *h = arg;
	struct uk_tcp *c;

	if (err != ERR_OK || !pcb)
		return ERR_VAL;
	c = calloc(1, sizeof(*c));
	if (!c) {
		tcp_abort(pcb);
		return ERR_ABRT;
	}
	c->pcb = pcb;
	c->h = h;
	tcp_arg(pcb, c);
	tcp_recv(pcb, on_recv);
	tcp_sent(pcb, on_sent);
	tcp_err(pcb, on_err);
	tcp_poll(pcb, on_poll, 1);
	tcp_nagle_disable(pcb);
	accepted++;
	open_now++;
	c->busy++;
	c->st = h->accept(c);
	if (!c->st)
		c->want_abort = true;
	return lwip_err(finish(c));
}

int uk_tcp_listen(uint16_t port, const struct uk_tcp_handler *h)
{
	struct tcp_pcb *pcb, *l;

	pcb = tcp_new();
	if (!pcb)
		return -ENOMEM;
	if (tcp_bind(pcb, IP_ADDR_ANY, port) != ERR_OK) {
		tcp_close(pcb);
		return -EADDRINUSE;
	}
	l = tcp_listen(pcb);
	if (!l) {
		tcp_close(pcb);
		return -ENOMEM;
	}
	tcp_arg(l, (void *)h);
	tcp_accept(l, on_accept);
	return 0;
}

size_t uk_tcp_room(struct uk_tcp *c)
{
	if (!c->pcb || c->want_close || c->want_abort ||
	    tcp_sndqueuelen(c->pcb) + 4 > TCP_SND_QUEUELEN)
		return 0;
	return tcp_sndbuf(c->pcb);
}

int uk_tcp_send(struct uk_tcp *c, const void *data, size_t len)
{
	if (len > uk_tcp_room(c) || len > 0xffff)
		return -ENOMEM;
	if (!len)
		return 0;
	if (tcp_write(c->pcb, data, (u16_t)len, TCP_WRITE_FLAG_COPY) != ERR_OK)
		return -ENOMEM;
	return 0;
}

void uk_tcp_flush(struct uk_tcp *c)
{
	if (c->pcb)
		tcp_output(c->pcb);
}

void uk_tcp_resume(struct uk_tcp *c)
{
	if (!c->busy && c->pending)
		deliver(c);
}

void uk_tcp_close(struct uk_tcp *c)
{
	c->want_close = true;
	if (!c->busy) {
		c->busy++;
		finish(c);
	}
}

void uk_tcp_abort(struct uk_tcp *c)
{
	c->want_abort = true;
	if (!c->busy) {
		c->busy++;
		finish(c);
	}
}

void uk_tcp_counts(uint64_t *acc, unsigned int *open)
{
	*acc = accepted;
	*open = open_now;
}
