/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * netdb.h - address lookup (libs/lwip's sockets), numeric only: there is
 * no DNS resolver and no hosts file. getaddrinfo() takes a dotted-quad
 * host (or NULL: INADDR_ANY with AI_PASSIVE, else the loopback address)
 * and a decimal port (or NULL); a name gives EAI_NONAME. IPv4 only.
 * The EAI_ values are glibc's.
 */
#ifndef _UK_NETDB_H
#define _UK_NETDB_H

#include <netinet/in.h>
#include <sys/socket.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One result of getaddrinfo() (and the hints). */
struct addrinfo {
	int ai_flags;
	int ai_family;
	int ai_socktype;
	int ai_protocol;
	socklen_t ai_addrlen;
	struct sockaddr *ai_addr;
	char *ai_canonname;
	struct addrinfo *ai_next;
};

/** ai_flags. */
#define AI_PASSIVE 0x0001
#define AI_CANONNAME 0x0002
#define AI_NUMERICHOST 0x0004
#define AI_V4MAPPED 0x0008
#define AI_ALL 0x0010
#define AI_ADDRCONFIG 0x0020
#define AI_NUMERICSERV 0x0400

/** getaddrinfo() errors. */
#define EAI_BADFLAGS -1
#define EAI_NONAME -2
#define EAI_AGAIN -3
#define EAI_FAIL -4
#define EAI_FAMILY -6
#define EAI_SOCKTYPE -7
#define EAI_SERVICE -8
#define EAI_MEMORY -10
#define EAI_SYSTEM -11

/**
 * Addresses for node and service: one result per socket type asked for
 * (SOCK_STREAM and SOCK_DGRAM when hints say 0). 0, or an EAI_ value.
 */
int getaddrinfo(const char *node, const char *service,
		const struct addrinfo *hints, struct addrinfo **res);
/** Free a getaddrinfo() result list. */
void freeaddrinfo(struct addrinfo *res);
/** The text of an EAI_ value. */
const char *gai_strerror(int err);

#ifdef __cplusplus
}
#endif

#endif /* _UK_NETDB_H */
