/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Socket options and addresses: setsockopt/getsockopt on lwIP's pcb
 * flags (SO_REUSEADDR, SO_KEEPALIVE, SO_BROADCAST, Nagle, keep-alive
 * timing) and on the socket (timeouts, the pending error), getsockname
 * and getpeername from the pcb.
 */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include "lwip/tcp.h"
#include "lwip/udp.h"
#include "sock.h"

static long done(struct uk_ofile *of, long r)
{
	if (of)
		uk_fd_put(of);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

/* The pcb's common part (so_options), or NULL once lwIP freed it. */
static struct ip_pcb *ipcb(struct sock *s)
{
	return s->type == SOCK_STREAM ? (struct ip_pcb *)s->pcb.tcp
				      : (struct ip_pcb *)s->pcb.udp;
}

static int int_val(const void *val, socklen_t len, int *out)
{
	if (!val || len < sizeof(int))
		return -EINVAL;
	memcpy(out, val, sizeof(int));
	return 0;
}

static int tv_val(const void *val, socklen_t len, uint64_t *ns)
{
	struct timeval tv;

	if (!val || len < sizeof(tv))
		return -EINVAL;
	memcpy(&tv, val, sizeof(tv));
	if (tv.tv_sec < 0 || tv.tv_usec < 0 || tv.tv_usec >= 1000000)
		return -EDOM;
	*ns = (uint64_t)tv.tv_sec * 1000000000ull +
	      (uint64_t)tv.tv_usec * 1000ull;
	return 0;
}

static void set_flag(struct ip_pcb *p, u8_t flag, int on)
{
	if (!p)
		return;
	if (on)
		ip_set_option(p, flag);
	else
		ip_reset_option(p, flag);
}

static int set_sol(struct sock *s, int name, const void *val, socklen_t len)
{
	int v, r;

	switch (name) {
	case SO_RCVTIMEO: return tv_val(val, len, &s->rcvtimeo);
	case SO_SNDTIMEO: return tv_val(val, len, &s->sndtimeo);
	case SO_LINGER:
		return val && len >= sizeof(struct linger) ? 0 : -EINVAL;
	default: break;
	}
	if ((r = int_val(val, len, &v)))
		return r;
	switch (name) {
	case SO_REUSEADDR: set_flag(ipcb(s), SOF_REUSEADDR, v); return 0;
	case SO_KEEPALIVE: set_flag(ipcb(s), SOF_KEEPALIVE, v); return 0;
	case SO_BROADCAST: set_flag(ipcb(s), SOF_BROADCAST, v); return 0;
	case SO_SNDBUF:
	case SO_RCVBUF: return 0; /* fixed by lwipopts.h */
	default: return -ENOPROTOOPT;
	}
}

static int set_tcp(struct sock *s, int name, const void *val, socklen_t len)
{
	struct tcp_pcb *p = s->type == SOCK_STREAM ? s->pcb.tcp : NULL;
	int v, r;

	if (s->type != SOCK_STREAM)
		return -ENOPROTOOPT;
	if ((r = int_val(val, len, &v)))
		return r;
	if (name == TCP_NODELAY) {
		s->nodelay = v != 0;
		if (p && p->state != LISTEN) {
			if (v)
				tcp_nagle_disable(p);
			else
				tcp_nagle_enable(p);
		}
		return 0;
	}
	if (name != TCP_KEEPIDLE && name != TCP_KEEPINTVL &&
	    name != TCP_KEEPCNT)
		return -ENOPROTOOPT;
	if (v < 1 || v > 32767)
		return -EINVAL;
	if (!p || p->state == LISTEN)
		return 0;
	if (name == TCP_KEEPIDLE)
		p->keep_idle = (u32_t)v * 1000;
	else if (name == TCP_KEEPINTVL)
		p->keep_intvl = (u32_t)v * 1000;
	else
		p->keep_cnt = (u32_t)v;
	return 0;
}

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	struct uk_ofile *of;
	struct sock *s;
	int r;

	if (!(s = sock_lookup(fd, &of, &r)))
		return (int)done(NULL, r);
	if (level == SOL_SOCKET)
		r = set_sol(s, name, val, len);
	else if (level == IPPROTO_TCP)
		r = set_tcp(s, name, val, len);
	else
		r = -ENOPROTOOPT;
	return (int)done(of, r);
}

static int put(void *val, socklen_t *len, const void *v, socklen_t n)
{
	if (!val || !len)
		return -EFAULT;
	memcpy(val, v, *len < n ? *len : n);
	*len = n;
	return 0;
}

static int put_int(void *val, socklen_t *len, int v)
{
	return put(val, len, &v, sizeof(v));
}

static int put_tv(void *val, socklen_t *len, uint64_t ns)
{
	struct timeval tv = { (time_t)(ns / 1000000000ull),
			      (long)(ns % 1000000000ull / 1000) };

	return put(val, len, &tv, sizeof(tv));
}

static int get_sol(struct sock *s, int name, void *val, socklen_t *len)
{
	struct ip_pcb *p = ipcb(s);
	struct linger l = { 0, 0 };

	switch (name) {
	case SO_TYPE: return put_int(val, len, s->type);
	case SO_ERROR: return put_int(val, len, sock_take_err(s));
	case SO_ACCEPTCONN: return put_int(val, len, s->state == SS_LISTEN);
	case SO_REUSEADDR:
		return put_int(val, len, p && ip_get_option(p, SOF_REUSEADDR));
	case SO_KEEPALIVE:
		return put_int(val, len, p && ip_get_option(p, SOF_KEEPALIVE));
	case SO_BROADCAST:
		return put_int(val, len, p && ip_get_option(p, SOF_BROADCAST));
	case SO_RCVTIMEO: return put_tv(val, len, s->rcvtimeo);
	case SO_SNDTIMEO: return put_tv(val, len, s->sndtimeo);
	case SO_SNDBUF: return put_int(val, len, TCP_SND_BUF);
	case SO_RCVBUF: return put_int(val, len, TCP_WND);
	case SO_LINGER: return put(val, len, &l, sizeof(l));
	default: return -ENOPROTOOPT;
	}
}

static int get_tcp(struct sock *s, int name, void *val, socklen_t *len)
{
	struct tcp_pcb *p = s->pcb.tcp;
	bool live = p && p->state != LISTEN;

	if (s->type != SOCK_STREAM)
		return -ENOPROTOOPT;
	switch (name) {
	case TCP_NODELAY: return put_int(val, len, s->nodelay);
	case TCP_KEEPIDLE:
		return put_int(val, len,
			       live ? (int)(p->keep_idle / 1000) : 7200);
	case TCP_KEEPINTVL:
		return put_int(val, len,
			       live ? (int)(p->keep_intvl / 1000) : 75);
	case TCP_KEEPCNT: return put_int(val, len, live ? (int)p->keep_cnt : 9);
	default: return -ENOPROTOOPT;
	}
}

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	struct uk_ofile *of;
	struct sock *s;
	int r;

	if (!(s = sock_lookup(fd, &of, &r)))
		return (int)done(NULL, r);
	if (level == SOL_SOCKET)
		r = get_sol(s, name, val, len);
	else if (level == IPPROTO_TCP)
		r = get_tcp(s, name, val, len);
	else
		r = -ENOPROTOOPT;
	return (int)done(of, r);
}

int getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
	struct uk_ofile *of;
	struct sock *s;
	int r;

	if (!(s = sock_lookup(fd, &of, &r)))
		return (int)done(NULL, r);
	if (!addr || !len)
		return (int)done(of, -EFAULT);
	if (s->type == SOCK_STREAM && s->pcb.tcp)
		sock_addr_out(&s->pcb.tcp->local_ip, s->pcb.tcp->local_port,
			      addr, len);
	else if (s->type == SOCK_DGRAM && s->pcb.udp)
		sock_addr_out(&s->pcb.udp->local_ip, s->pcb.udp->local_port,
			      addr, len);
	else
		sock_addr_out(NULL, 0, addr, len);
	return (int)done(of, 0);
}

int getpeername(int fd, struct sockaddr *addr, socklen_t *len)
{
	struct uk_ofile *of;
	struct sock *s;
	int r = 0;

	if (!(s = sock_lookup(fd, &of, &r)))
		return (int)done(NULL, r);
	if (!addr || !len)
		return (int)done(of, -EFAULT);
	if (s->type == SOCK_STREAM && s->state == SS_CONNECTED && s->pcb.tcp)
		sock_addr_out(&s->pcb.tcp->remote_ip, s->pcb.tcp->remote_port,
			      addr, len);
	else if (s->type == SOCK_DGRAM && s->udp_conn)
		sock_addr_out(&s->pcb.udp->remote_ip, s->pcb.udp->remote_port,
			      addr, len);
	else
		r = -ENOTCONN;
	return (int)done(of, r);
}
