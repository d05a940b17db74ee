/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to the socket layer: a socket over an lwIP raw pcb, the queues
 * its callbacks fill, and the wait that runs the poll loop (uk/net.h).
 */
#ifndef UK_LWIP_SOCK_H
#define UK_LWIP_SOCK_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/socket.h>
#include <uk/fdtab.h>
#include "lwip/ip_addr.h"
#include "lwip/tcp.h"
#include "lwip/udp.h"
#include "lwip/pbuf.h"

/** Where a TCP socket is. */
enum sock_state {
	SS_NEW,	       /* created or bound */
	SS_LISTEN,     /* listening */
	SS_CONNECTING, /* SYN sent */
	SS_CONNECTED,  /* established (or closing: see rx_eof, wr_shut) */
	SS_CLOSED,     /* the pcb is gone (reset, aborted, closed) */
};

/** A queued UDP datagram and its sender. */
struct sock_dgram {
	struct sock_dgram *next;
	struct pbuf *p;
	ip_addr_t addr;
	uint16_t port;
};

struct sock {
	int type; /* SOCK_STREAM or SOCK_DGRAM */
	enum sock_state state;
	union {
		struct tcp_pcb *tcp;
		struct udp_pcb *udp;
	} pcb;		 /* NULL once lwIP freed it */
	int err;	 /* pending error (positive errno), SO_ERROR */
	bool ever_conn;	 /* was connected: EPIPE rather than ENOTCONN */
	bool rx_eof;	 /* the peer's FIN came */
	bool rd_shut;	 /* shutdown(SHUT_RD) */
	bool wr_shut;	 /* shutdown(SHUT_WR): our FIN */
	bool nodelay;	 /* TCP_NODELAY */
	bool udp_conn;	 /* connect()ed UDP */
	struct pbuf *rx; /* TCP: received, not yet read */
	struct sock_dgram *dq, **dq_tail; /* UDP: received datagrams */
	unsigned int dq_len;
	struct sock *acc, **acc_tail; /* listening: connections to accept */
	struct sock *next;	      /* in a listener's queue */
	unsigned int acc_len, backlog;
	uint64_t rcvtimeo, sndtimeo; /* ns; 0: wait for ever */
};

/** The ops of every socket descriptor (sock_core.c). */
extern const struct uk_fdops sock_fdops;

/** Bring the network up (once); 0 or -ENETDOWN. */
int sock_net_up(void);

/** A zeroed socket of type, or NULL. */
struct sock *sock_alloc(int type);

/** Free s and what it holds (its pcb must be gone or detached). */
void sock_free(struct sock *s);

/**
 * The socket behind fd: *of is referenced (drop with uk_fd_put()).
 * NULL with *err -EBADF or -ENOTSOCK.
 */
struct sock *sock_lookup(int fd, struct uk_ofile **of, int *err);

/**
 * Run the stack until ready(s) holds: 0; -EAGAIN at once when nonblock,
 * or when timeout_ns (0: none) passes.
 */
int sock_wait(struct sock *s, bool (*ready)(struct sock *), bool nonblock,
	      uint64_t timeout_ns);

/** What poll() sees on s (POLLIN, POLLOUT, POLLERR, POLLHUP). */
short sock_events(struct sock *s);

/** Take the pending error (positive errno, 0 if none). */
int sock_take_err(struct sock *s);

/** sockaddr_in to lwIP address and port; -EAFNOSUPPORT or -EINVAL. */
int sock_addr_in(const struct sockaddr *sa, socklen_t len, ip_addr_t *ip,
		 uint16_t *port);

/** lwIP address and port to sockaddr_in in (sa, *len), truncated like POSIX. */
void sock_addr_out(const ip_addr_t *ip, uint16_t port, struct sockaddr *sa,
		   socklen_t *len);

/* TCP (sock_tcp.c): each returns >= 0 or a negative errno. */
int sock_tcp_new(struct sock *s);
int sock_tcp_bind(struct sock *s, const ip_addr_t *ip, uint16_t port);
int sock_tcp_listen(struct sock *s, int backlog);
int sock_tcp_accept(struct sock *s, bool nonblock, struct sock **out);
int sock_tcp_connect(struct sock *s, const ip_addr_t *ip, uint16_t port,
		     bool nonblock);
ssize_t sock_tcp_send(struct sock *s, const void *buf, size_t len,
		      bool nonblock);
ssize_t sock_tcp_recv(struct sock *s, void *buf, size_t len, int flags,
		      bool nonblock);
int sock_tcp_shutdown(struct sock *s, int how);
void sock_tcp_release(struct sock *s);

/* UDP (sock_udp.c). */
int sock_udp_new(struct sock *s);
int sock_udp_bind(struct sock *s, const ip_addr_t *ip, uint16_t port);
int sock_udp_connect(struct sock *s, const ip_addr_t *ip, uint16_t port);
ssize_t sock_udp_send(struct sock *s, const void *buf, size_t len,
		      const ip_addr_t *ip, uint16_t port);
ssize_t sock_udp_recv(struct sock *s, void *buf, size_t len, int flags,
		      bool nonblock, ip_addr_t *ip, uint16_t *port);
void sock_udp_release(struct sock *s);

#endif /* UK_LWIP_SOCK_H */
