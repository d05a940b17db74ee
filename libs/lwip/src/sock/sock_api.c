/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The POSIX socket calls: each finds the socket behind the descriptor,
 * runs the TCP or UDP operation and turns a negative errno into -1 and
 * errno.
 */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include "sock.h"

/* Drop the reference of sock_lookup() and return r the POSIX way. */
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

#define LOOKUP(fd)                                    \
	struct uk_ofile *of;                          \
	int err_;                                     \
	struct sock *s = sock_lookup(fd, &of, &err_); \
	if (!s)                                       \
		return (int)done(NULL, err_);

static bool nonblocking(const struct uk_ofile *of)
{
	return of->flags & O_NONBLOCK;
}

int socket(int domain, int type, int protocol)
{
	int kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
	struct sock *s;
	int r, fd;

	if (domain != AF_INET)
		return (int)done(NULL, -EAFNOSUPPORT);
	if (kind != SOCK_STREAM && kind != SOCK_DGRAM)
		return (int)done(NULL, -EPROTONOSUPPORT);
	if (protocol &&
	    protocol != (kind == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP))
		return (int)done(NULL, -EPROTONOSUPPORT);
	if ((r = sock_net_up()))
		return (int)done(NULL, r);
	if (!(s = sock_alloc(kind)))
		return (int)done(NULL, -ENOMEM);
	r = kind == SOCK_STREAM ? sock_tcp_new(s) : sock_udp_new(s);
	if (r) {
		sock_free(s);
		return (int)done(NULL, r);
	}
	fd = uk_fd_open(&sock_fdops, s,
			O_RDWR | (type & SOCK_NONBLOCK ? O_NONBLOCK : 0));
	if (fd < 0) {
		r = errno;
		sock_fdops.release(&(struct uk_ofile){ .priv = s });
		errno = r;
	}
	return fd;
}

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	ip_addr_t ip;
	uint16_t port;
	int r;

	LOOKUP(fd);
	if ((r = sock_addr_in(addr, len, &ip, &port)))
		return (int)done(of, r);
	if (s->type == SOCK_STREAM)
		return (int)done(of, sock_tcp_bind(s, &ip, port));
	return (int)done(of, sock_udp_bind(s, &ip, port));
}

int listen(int fd, int backlog)
{
	LOOKUP(fd);
	if (s->type != SOCK_STREAM)
		return (int)done(of, -EOPNOTSUPP);
	return (int)done(of, sock_tcp_listen(s, backlog));
}

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
	struct sock *c;
	int r, nfd;

	LOOKUP(fd);
	if (flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC))
		return (int)done(of, -EINVAL);
	if (s->type != SOCK_STREAM)
		return (int)done(of, -EOPNOTSUPP);
	if ((r = sock_tcp_accept(s, nonblocking(of), &c)))
		return (int)done(of, r);
	if (c->pcb.tcp)
		sock_addr_out(&c->pcb.tcp->remote_ip, c->pcb.tcp->remote_port,
			      addr, len);
	else
		sock_addr_out(NULL, 0, addr, len);
	nfd = uk_fd_open(&sock_fdops, c,
			 O_RDWR | (flags & SOCK_NONBLOCK ? O_NONBLOCK : 0));
	if (nfd < 0) {
		r = -errno;
		sock_fdops.release(&(struct uk_ofile){ .priv = c });
		return (int)done(of, r);
	}
	return (int)done(of, nfd);
}

int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
	return accept4(fd, addr, len, 0);
}

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	ip_addr_t ip;
	uint16_t port;
	int r;

	LOOKUP(fd);
	if ((r = sock_addr_in(addr, len, &ip, &port)))
		return (int)done(of, r);
	if (s->type == SOCK_DGRAM)
		return (int)done(of, sock_udp_connect(s, &ip, port));
	return (int)done(of, sock_tcp_connect(s, &ip, port, nonblocking(of)));
}

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
	bool nb;

	LOOKUP(fd);
	nb = nonblocking(of) || (flags & MSG_DONTWAIT);
	if (s->type == SOCK_DGRAM)
		return done(of, sock_udp_send(s, buf, len, NULL, 0));
	return done(of, sock_tcp_send(s, buf, len, nb));
}

ssize_t recv(int fd, void *buf, size_t len, int flags)
{
	LOOKUP(fd);
	if (s->type == SOCK_DGRAM)
		return done(of, sock_udp_recv(s, buf, len, flags,
					      nonblocking(of), NULL, NULL));
	return done(of, sock_tcp_recv(s, buf, len, flags, nonblocking(of)));
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags,
	       const struct sockaddr *addr, socklen_t alen)
{
	ip_addr_t ip;
	uint16_t port;
	int r;

	if (!addr)
		return send(fd, buf, len, flags);
	{
		LOOKUP(fd);
		if (s->type == SOCK_STREAM) /* the address is ignored */
			return done(of, sock_tcp_send(s, buf, len,
						      nonblocking(of) ||
							      (flags &
							       MSG_DONTWAIT)));
		if ((r = sock_addr_in(addr, alen, &ip, &port)))
			return done(of, r);
		return done(of, sock_udp_send(s, buf, len, &ip, port));
	}
}

ssize_t recvfrom(int fd, void *buf, size_t len, int flags,
		 struct sockaddr *addr, socklen_t *alen)
{
	ip_addr_t ip;
	uint16_t port;
	ssize_t r;

	LOOKUP(fd);
	if (s->type == SOCK_STREAM) {
		r = sock_tcp_recv(s, buf, len, flags, nonblocking(of));
		if (r >= 0 && s->pcb.tcp)
			sock_addr_out(&s->pcb.tcp->remote_ip,
				      s->pcb.tcp->remote_port, addr, alen);
		return done(of, r);
	}
	r = sock_udp_recv(s, buf, len, flags, nonblocking(of), &ip, &port);
	if (r >= 0)
		sock_addr_out(&ip, port, addr, alen);
	return done(of, r);
}

int shutdown(int fd, int how)
{
	LOOKUP(fd);
	if (s->type == SOCK_DGRAM)
		return (int)done(of, s->udp_conn ? 0 : -ENOTCONN);
	return (int)done(of, sock_tcp_shutdown(s, how));
}
