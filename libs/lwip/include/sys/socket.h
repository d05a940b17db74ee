/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sys/socket.h - BSD sockets over lwIP (libs/lwip, src/sock_*.c), with
 * Linux's constant values so that portable code compiles unchanged.
 *
 * IPv4 only (AF_INET): SOCK_STREAM (TCP) and SOCK_DGRAM (UDP). A socket
 * is a descriptor of nolibc's table (uk/fdtab.h): read, write, close,
 * fcntl(F_SETFL, O_NONBLOCK), ioctl(FIONBIO), fstat, poll and select
 * work on it. Blocking calls run the stack's poll loop (uk/net.h) until
 * they can go on or their timeout (SO_RCVTIMEO/SO_SNDTIMEO) ends. The
 * network comes up on the first socket() with the command line's ip=,
 * mask=, gw= or dhcp (docs/networking.md). One thread at a time may use
 * sockets (lwIP runs with NO_SYS). There are no signals: a write to a
 * closed connection fails with EPIPE and nothing else happens.
 * Errors: -1 and errno, as POSIX says.
 */
#ifndef _UK_SYS_SOCKET_H
#define _UK_SYS_SOCKET_H

#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Length of a socket address. */
typedef uint32_t socklen_t;
/** Address family. */
typedef uint16_t sa_family_t;

/** A socket address of any family (cast from sockaddr_in). */
struct sockaddr {
	sa_family_t sa_family;
	char sa_data[14];
};

/** Room for any socket address this library knows. */
struct sockaddr_storage {
	sa_family_t ss_family;
	char __ss_pad[126];
};

/** SO_LINGER's value (accepted; close never lingers). */
struct linger {
	int l_onoff;
	int l_linger;
};

/** Address families: only AF_INET is supported (others: EAFNOSUPPORT). */
#define AF_UNSPEC 0
#define AF_UNIX 1
#define AF_LOCAL AF_UNIX
#define AF_INET 2
#define AF_INET6 10
#define PF_UNSPEC AF_UNSPEC
#define PF_UNIX AF_UNIX
#define PF_INET AF_INET
#define PF_INET6 AF_INET6

/** Socket types; SOCK_NONBLOCK and SOCK_CLOEXEC may be or-ed in. */
#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_RAW 3
#define SOCK_NONBLOCK 04000
#define SOCK_CLOEXEC 02000000

/** setsockopt level of the socket options below. */
#define SOL_SOCKET 1
#define SO_DEBUG 1
#define SO_REUSEADDR 2
#define SO_TYPE 3
#define SO_ERROR 4
#define SO_DONTROUTE 5
#define SO_BROADCAST 6
#define SO_SNDBUF 7
#define SO_RCVBUF 8
#define SO_KEEPALIVE 9
#define SO_OOBINLINE 10
#define SO_LINGER 13
#define SO_REUSEPORT 15
#define SO_RCVLOWAT 18
#define SO_SNDLOWAT 19
#define SO_RCVTIMEO 20
#define SO_SNDTIMEO 21
#define SO_ACCEPTCONN 30

/** Message flags of send/recv. */
#define MSG_OOB 0x1
#define MSG_PEEK 0x2
#define MSG_DONTROUTE 0x4
#define MSG_TRUNC 0x20
#define MSG_DONTWAIT 0x40
#define MSG_WAITALL 0x100
#define MSG_NOSIGNAL 0x4000

/** shutdown() directions. */
#define SHUT_RD 0
#define SHUT_WR 1
#define SHUT_RDWR 2

/** The largest listen() backlog. */
#define SOMAXCONN 128

/** A new socket: a descriptor, or -1 (EAFNOSUPPORT, EPROTONOSUPPORT, EMFILE, ENOMEM, ENETDOWN). */
int socket(int domain, int type, int protocol);
/** Give the socket a local address (EADDRINUSE, EINVAL if already bound). */
int bind(int fd, const struct sockaddr *addr, socklen_t len);
/** Take connections on a bound (or any-port) TCP socket, queueing at most backlog. */
int listen(int fd, int backlog);
/** The next connection of a listening socket, as a new descriptor (EAGAIN when non-blocking). */
int accept(int fd, struct sockaddr *addr, socklen_t *len);
/** accept() with SOCK_NONBLOCK/SOCK_CLOEXEC for the new descriptor. */
int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);
/** Connect (TCP: ECONNREFUSED, ETIMEDOUT, EINPROGRESS when non-blocking; UDP: set the peer). */
int connect(int fd, const struct sockaddr *addr, socklen_t len);
/** Send on a connected socket (EPIPE, ECONNRESET, ENOTCONN, EAGAIN). */
ssize_t send(int fd, const void *buf, size_t len, int flags);
/** Receive; 0 at the peer's end of stream (ECONNRESET, ENOTCONN, EAGAIN). */
ssize_t recv(int fd, void *buf, size_t len, int flags);
/** Send one datagram to addr (UDP), or like send() when addr is NULL. */
ssize_t sendto(int fd, const void *buf, size_t len, int flags,
	       const struct sockaddr *addr, socklen_t alen);
/** Receive one datagram (the rest of a longer one is dropped) and its sender. */
ssize_t recvfrom(int fd, void *buf, size_t len, int flags,
		 struct sockaddr *addr, socklen_t *alen);
/** End one or both directions (SHUT_WR sends our FIN; ENOTCONN). */
int shutdown(int fd, int how);
/**
 * Set an option. SOL_SOCKET: SO_REUSEADDR, SO_KEEPALIVE, SO_RCVTIMEO,
 * SO_SNDTIMEO, SO_BROADCAST, SO_LINGER, SO_SNDBUF/SO_RCVBUF (accepted,
 * fixed sizes); IPPROTO_TCP: TCP_NODELAY, TCP_KEEPIDLE, TCP_KEEPINTVL,
 * TCP_KEEPCNT. Anything else: ENOPROTOOPT.
 */
int setsockopt(int fd, int level, int name, const void *val, socklen_t len);
/** Read an option: those above, and SO_TYPE, SO_ERROR (clears it), SO_ACCEPTCONN. */
int getsockopt(int fd, int level, int name, void *val, socklen_t *len);
/** The socket's local address. */
int getsockname(int fd, struct sockaddr *addr, socklen_t *len);
/** The connected peer's address (ENOTCONN). */
int getpeername(int fd, struct sockaddr *addr, socklen_t *len);

#ifdef __cplusplus
}
#endif

#endif /* _UK_SYS_SOCKET_H */
