/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * netinet/in.h - IPv4 socket addresses, protocol numbers and byte order
 * (libs/lwip's sockets; Linux's values). No IPv6 (sockaddr_in6 absent).
 */
#ifndef _UK_NETINET_IN_H
#define _UK_NETINET_IN_H

#include <stdint.h>
#include <sys/socket.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A port number, in network byte order in addresses. */
typedef uint16_t in_port_t;
/** An IPv4 address, in network byte order. */
typedef uint32_t in_addr_t;

/** An IPv4 address. */
struct in_addr {
	in_addr_t s_addr;
};

/** An IPv4 socket address (AF_INET). */
struct sockaddr_in {
	sa_family_t sin_family;
	in_port_t sin_port;
	struct in_addr sin_addr;
	unsigned char sin_zero[8];
};

/** Protocols (the third argument of socket(), option levels). */
#define IPPROTO_IP 0
#define IPPROTO_ICMP 1
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17

/** Well-known addresses (host byte order: pass through htonl). */
#define INADDR_ANY ((in_addr_t)0x00000000)
#define INADDR_BROADCAST ((in_addr_t)0xffffffff)
#define INADDR_NONE ((in_addr_t)0xffffffff)
#define INADDR_LOOPBACK ((in_addr_t)0x7f000001)

/** Room for a dotted quad and its NUL (inet_ntop). */
#define INET_ADDRSTRLEN 16

/** Host to network byte order, 16 bits (the images are little-endian). */
static inline uint16_t htons(uint16_t x) { return __builtin_bswap16(x); }
/** Network to host byte order, 16 bits. */
static inline uint16_t ntohs(uint16_t x) { return __builtin_bswap16(x); }
/** Host to network byte order, 32 bits. */
static inline uint32_t htonl(uint32_t x) { return __builtin_bswap32(x); }
/** Network to host byte order, 32 bits. */
static inline uint32_t ntohl(uint32_t x) { return __builtin_bswap32(x); }

#ifdef __cplusplus
}
#endif

#endif /* _UK_NETINET_IN_H */
