/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sockecho: a TCP line echo server and a UDP echo server in one poll()
 * loop, written as ordinary POSIX code: it builds unchanged with the
 * host's cc and as a ukraft unikernel (apps/sockecho, sockecho-app).
 *
 *   sockecho [-t TCPPORT] [-u UDPPORT] [-c HOST:PORT]... [-s HOST:PORT]...
 *            [-w HOST:PORT]... [-p]
 *
 * -t/-u: ports to serve (default 7 and 7). Each TCP client's bytes come
 * back as they arrive; the line "quit" stops the server (exit 0); when a
 * client ends its side (half-close), it gets "bye N" (N: bytes it sent)
 * and the connection closes. -c: before serving, connect to HOST:PORT
 * blocking and non-blocking and print what happened (a closed port
 * shows ECONNREFUSED twice). -s: connect, send a line, half-close, and
 * print what the peer answered (waiting in select(), with SO_RCVTIMEO
 * as a bound on each recv). -w: connect to a peer that stays silent and
 * show that recv() gives up after SO_RCVTIMEO (1 s). -p (probe): set up, print, and exit 0 at
 * once; also 0 when there is no network at all (ENETDOWN). Standard
 * input is watched in the same poll() until it ends. Other arguments are ignored (a
 * unikernel's command line also carries the network's settings).
 */
#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define MAXCLIENTS 16
#define OUTBUF 4096

struct client {
	int fd; /* -1: free slot */
	int id;
	unsigned long bytes;
	char line[256];
	size_t linelen;
	char out[OUTBUF];
	size_t outlen;
	int eof;
};

static struct client clients[MAXCLIENTS];
static int served;

/* The name of the errno values this program expects, else the text. */
static const char *ename(int e)
{
	switch (e) {
	case ECONNREFUSED: return "ECONNREFUSED";
	case ECONNRESET: return "ECONNRESET";
	case EPIPE: return "EPIPE";
	case EADDRINUSE: return "EADDRINUSE";
	case ENOTCONN: return "ENOTCONN";
	case ENOPROTOOPT: return "ENOPROTOOPT";
	case EINPROGRESS: return "EINPROGRESS";
	case EAGAIN: return "EAGAIN";
	case ETIMEDOUT: return "ETIMEDOUT";
	case ENETUNREACH: return "ENETUNREACH";
	default: return strerror(e);
	}
}

/* "A.B.C.D:PORT" to an address, through getaddrinfo (numeric). */
static int parse_hostport(const char *arg, struct sockaddr_in *sa)
{
	char host[64];
	const char *colon = strrchr(arg, ':');
	struct addrinfo hints, *res;
	int r;

	if (!colon || (size_t)(colon - arg) >= sizeof(host))
		return -1;
	memcpy(host, arg, (size_t)(colon - arg));
	host[colon - arg] = '\0';
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_INET;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
	if ((r = getaddrinfo(host, colon + 1, &hints, &res))) {
		printf("sockecho: %s: %s\n", arg, gai_strerror(r));
		return -1;
	}
	memcpy(sa, res->ai_addr, sizeof(*sa));
	freeaddrinfo(res);
	return 0;
}

/* -c: a blocking and a non-blocking connect, and what each gave. */
static void try_connect(const char *arg)
{
	struct sockaddr_in sa;
	struct pollfd p;
	socklen_t len = sizeof(int);
	int fd, err = 0, r;

	if (parse_hostport(arg, &sa))
		return;
	fd = socket(AF_INET, SOCK_STREAM, 0);
	r = connect(fd, (struct sockaddr *)&sa, sizeof(sa));
	printf("sockecho: connect %s: %s\n", arg,
	       r ? ename(errno) : "connected");
	close(fd);

	fd = socket(AF_INET, SOCK_STREAM, 0);
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	r = connect(fd, (struct sockaddr *)&sa, sizeof(sa));
	if (r == 0) {
		printf("sockecho: nonblocking connect %s: connected at once\n",
		       arg);
	} else if (errno != EINPROGRESS) {
		printf("sockecho: nonblocking connect %s: %s\n", arg,
		       ename(errno));
	} else {
		p.fd = fd;
		p.events = POLLOUT;
		r = poll(&p, 1, 10000);
		getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
		printf("sockecho: nonblocking connect %s: EINPROGRESS, then %s\n",
		       arg,
		       r <= 0 ? "no answer"
		       : err  ? ename(err)
			      : "connected");
	}
	close(fd);
}

/* A connected TCP socket with SO_RCVTIMEO secs, or -1 (a message says why). */
static int dial(const char *arg, const char *what, long secs)
{
	struct timeval tv = { secs, 0 };
	struct sockaddr_in sa;
	int fd;

	if (parse_hostport(arg, &sa))
		return -1;
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa))) {
		printf("sockecho: %s %s: %s\n", what, arg, ename(errno));
		close(fd);
		return -1;
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return fd;
}

/* -s: connect, say a line, half-close, print the answer. */
static void say(const char *arg)
{
	static const char msg[] = "hello from sockecho\n";
	struct timeval tv;
	char buf[256];
	size_t got = 0;
	ssize_t n;
	fd_set rd;
	int fd = dial(arg, "say", 5);

	if (fd < 0)
		return;
	send(fd, msg, sizeof(msg) - 1, MSG_NOSIGNAL);
	shutdown(fd, SHUT_WR);
	if (send(fd, msg, 1, MSG_NOSIGNAL) < 0)
		printf("sockecho: send after shutdown: %s\n", ename(errno));
	for (;;) {
		FD_ZERO(&rd);
		FD_SET(fd, &rd);
		tv.tv_sec = 5;
		tv.tv_usec = 0;
		if (select(fd + 1, &rd, NULL, NULL, &tv) != 1 ||
		    !FD_ISSET(fd, &rd) || got == sizeof(buf) - 1)
			break;
		n = recv(fd, buf + got, sizeof(buf) - 1 - got, 0);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	buf[got] = '\0';
	if (got && buf[got - 1] == '\n')
		buf[got - 1] = '\0';
	printf("sockecho: %s answered \"%s\"\n", arg, buf);
	close(fd);
}

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* -w: a recv() on a silent connection must end after SO_RCVTIMEO. */
static void wait_silent(const char *arg)
{
	char c;
	long t0, ms;
	ssize_t n;
	int fd = dial(arg, "wait", 1);

	if (fd < 0)
		return;
	t0 = now_ms();
	n = recv(fd, &c, 1, 0);
	ms = now_ms() - t0;
	if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
		printf("sockecho: recv with a 1 s SO_RCVTIMEO: EAGAIN %s\n",
		       ms >= 900 && ms < 5000 ? "after about 1 s"
					      : "too early or late");
	else
		printf("sockecho: recv with a 1 s SO_RCVTIMEO: %zd, %s\n", n,
		       n < 0 ? ename(errno) : "data");
	close(fd);
}

static int listen_tcp(int port)
{
	struct sockaddr_in sa;
	socklen_t len;
	int fd, other, one = 1;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((unsigned short)port);
	sa.sin_addr.s_addr = htonl(INADDR_ANY);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) ||
	    bind(fd, (struct sockaddr *)&sa, sizeof(sa)) || listen(fd, 8)) {
		printf("sockecho: tcp port %d: %s\n", port, ename(errno));
		return -1;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	len = sizeof(sa);
	if (getpeername(fd, (struct sockaddr *)&sa, &len))
		printf("sockecho: getpeername of the listener: %s\n",
		       ename(errno));
	if (setsockopt(fd, SOL_SOCKET, 12345, &one, sizeof(one)))
		printf("sockecho: an unknown socket option: %s\n",
		       ename(errno));
	/* The port is taken now: a second socket cannot have it. */
	other = socket(AF_INET, SOCK_STREAM, 0);
	if (bind(other, (struct sockaddr *)&sa, sizeof(sa)))
		printf("sockecho: second bind to tcp port %d: %s\n", port,
		       ename(errno));
	else
		printf("sockecho: second bind to tcp port %d succeeded\n",
		       port);
	close(other);
	return fd;
}

static int bind_udp(int port)
{
	struct sockaddr_in sa;
	int fd;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((unsigned short)port);
	sa.sin_addr.s_addr = htonl(INADDR_ANY);
	fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa))) {
		printf("sockecho: udp port %d: %s\n", port, ename(errno));
		return -1;
	}
	return fd;
}

static int local_port(int fd)
{
	struct sockaddr_in sa;
	socklen_t len = sizeof(sa);

	if (getsockname(fd, (struct sockaddr *)&sa, &len))
		return -1;
	return ntohs(sa.sin_port);
}

static int open_clients(void)
{
	int i, n = 0;

	for (i = 0; i < MAXCLIENTS; i++)
		n += clients[i].fd >= 0;
	return n;
}

static void drop(struct client *c, const char *why)
{
	printf("sockecho: client %d %s after %lu bytes\n", c->id, why,
	       c->bytes);
	close(c->fd);
	c->fd = -1;
}

static void accept_all(int lfd)
{
	struct sockaddr_in peer;
	socklen_t len;
	char ip[INET_ADDRSTRLEN];
	int fd, i, one = 1;

	for (;;) {
		len = sizeof(peer);
		fd = accept(lfd, (struct sockaddr *)&peer, &len);
		if (fd < 0) {
			if (errno != EAGAIN && errno != EWOULDBLOCK)
				printf("sockecho: accept: %s\n", ename(errno));
			return;
		}
		for (i = 0; i < MAXCLIENTS && clients[i].fd >= 0; i++)
			;
		if (i == MAXCLIENTS) {
			close(fd);
			continue;
		}
		ioctl(fd, FIONBIO, &one);
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
		setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
		memset(&clients[i], 0, sizeof(clients[i]));
		clients[i].fd = fd;
		clients[i].id = ++served;
		len = sizeof(peer);
		getpeername(fd, (struct sockaddr *)&peer, &len);
		inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof(ip));
		printf("sockecho: client %d from %s:%u (%d open)\n",
		       clients[i].id, ip, ntohs(peer.sin_port), open_clients());
	}
}

/* Queue bytes for the client; 1 if the line "quit" came. */
static int take(struct client *c, const char *buf, size_t n)
{
	size_t i;
	int quit = 0;

	for (i = 0; i < n; i++) {
		if (c->outlen < OUTBUF)
			c->out[c->outlen++] = buf[i];
		if (buf[i] == '\n') {
			c->line[c->linelen] = '\0';
			quit |= !strcmp(c->line, "quit") ||
				!strcmp(c->line, "quit\r");
			c->linelen = 0;
		} else if (c->linelen < sizeof(c->line) - 1) {
			c->line[c->linelen++] = buf[i];
		}
	}
	c->bytes += n;
	return quit;
}

/* Send what is queued; -1 if the connection failed. */
static int flush(struct client *c)
{
	ssize_t n;

	while (c->outlen) {
		n = send(c->fd, c->out, c->outlen, MSG_NOSIGNAL);
		if (n < 0)
			return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
		memmove(c->out, c->out + n, c->outlen - (size_t)n);
		c->outlen -= (size_t)n;
	}
	return 0;
}

/*
 * At quit: end our side and wait (at most 2 s) for the peer to end its
 * own, so what we sent has arrived before the program exits.
 */
static void close_gently(struct client *c)
{
	struct pollfd p;
	char buf[64];

	flush(c);
	shutdown(c->fd, SHUT_WR);
	p.fd = c->fd;
	p.events = POLLIN;
	while (poll(&p, 1, 2000) == 1 && read(c->fd, buf, sizeof(buf)) > 0)
		;
	drop(c, "closed at quit");
}

/* Serve one client's readiness; 1 if it asked the server to quit. */
static int serve(struct client *c, short revents)
{
	char buf[512];
	ssize_t n;
	int quit = 0;

	if (revents & (POLLIN | POLLHUP | POLLERR)) {
		n = read(c->fd, buf,
			 OUTBUF - c->outlen < sizeof(buf) ? OUTBUF - c->outlen
							  : sizeof(buf));
		if (n > 0) {
			quit = take(c, buf, (size_t)n);
		} else if (n == 0) {
			c->eof = 1;
			c->outlen += (size_t)snprintf(c->out + c->outlen,
						      OUTBUF - c->outlen,
						      "bye %lu\n", c->bytes);
		} else if (errno != EAGAIN && errno != EWOULDBLOCK) {
			printf("sockecho: client %d: %s\n", c->id,
			       ename(errno));
			drop(c, "failed");
			return 0;
		}
	}
	if (flush(c)) {
		printf("sockecho: client %d: %s\n", c->id, ename(errno));
		drop(c, "failed");
	} else if (c->eof && !c->outlen) {
		drop(c, "half-closed, done");
	}
	return quit;
}

static void echo_udp(int ufd)
{
	struct sockaddr_in from;
	socklen_t len = sizeof(from);
	char buf[1500];
	ssize_t n;

	n = recvfrom(ufd, buf, sizeof(buf), MSG_DONTWAIT,
		     (struct sockaddr *)&from, &len);
	if (n >= 0)
		sendto(ufd, buf, (size_t)n, 0, (struct sockaddr *)&from, len);
}

static int run(int lfd, int ufd)
{
	struct pollfd p[3 + MAXCLIENTS];
	int map[3 + MAXCLIENTS];
	int i, n, quit = 0, in = STDIN_FILENO;
	char buf[64];

	while (!quit) {
		n = 0;
		p[n].fd = lfd, p[n].events = POLLIN, map[n++] = -1;
		p[n].fd = ufd, p[n].events = POLLIN, map[n++] = -1;
		/* Standard input too, until its end (-1: not watched). */
		p[n].fd = in, p[n].events = POLLIN, map[n++] = -1;
		for (i = 0; i < MAXCLIENTS; i++) {
			if (clients[i].fd < 0)
				continue;
			p[n].fd = clients[i].fd;
			p[n].events =
				(short)((clients[i].outlen < OUTBUF &&
							 !clients[i].eof
						 ? POLLIN
						 : 0) |
					(clients[i].outlen ? POLLOUT : 0));
			map[n++] = i;
		}
		if (poll(p, (nfds_t)n, -1) < 0) {
			printf("sockecho: poll: %s\n", ename(errno));
			return 1;
		}
		if (p[0].revents & POLLIN)
			accept_all(lfd);
		if (p[1].revents & POLLIN)
			echo_udp(ufd);
		if (p[2].revents && read(in, buf, sizeof(buf)) <= 0) {
			printf("sockecho: standard input ended\n");
			in = -1;
		}
		for (i = 3; i < n; i++)
			if (p[i].revents)
				quit |= serve(&clients[map[i]], p[i].revents);
	}
	for (i = 0; i < MAXCLIENTS; i++)
		if (clients[i].fd >= 0)
			close_gently(&clients[i]);
	printf("sockecho: quit after %d clients\n", served);
	close(lfd);
	close(ufd);
	return 0;
}

int main(int argc, char *argv[])
{
	int tport = 7, uport = 7, probe = 0, lfd, ufd, i;

	for (i = 0; i < MAXCLIENTS; i++)
		clients[i].fd = -1;
	for (i = 1; i < argc; i++) {
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(argv[i], "-t") && v)
			tport = atoi(argv[++i]);
		else if (!strcmp(argv[i], "-u") && v)
			uport = atoi(argv[++i]);
		else if (!strcmp(argv[i], "-c") && v)
			try_connect(argv[++i]);
		else if (!strcmp(argv[i], "-s") && v)
			say(argv[++i]);
		else if (!strcmp(argv[i], "-w") && v)
			wait_silent(argv[++i]);
		else if (!strcmp(argv[i], "-p"))
			probe = 1;
	}
	if ((lfd = listen_tcp(tport)) < 0 || (ufd = bind_udp(uport)) < 0)
		return probe && errno == ENETDOWN ? 0 : 1;
	printf("sockecho: serving tcp port %d, udp port %d\n", local_port(lfd),
	       local_port(ufd));
	fflush(stdout);
	if (probe) {
		close(lfd);
		close(ufd);
		return 0;
	}
	return run(lfd, ufd);
}
