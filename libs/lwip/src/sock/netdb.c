/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * getaddrinfo() for numeric hosts and services only (no resolver): a
 * dotted quad or NULL, a decimal port or NULL; one IPv4 result per
 * socket type.
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

/* One result: the addrinfo and its sockaddr_in in one allocation. */
struct ai_one {
	struct addrinfo ai;
	struct sockaddr_in sin;
};

static int port_of(const char *service, uint16_t *port)
{
	char *end;
	long v;

	if (!service) {
		*port = 0;
		return 0;
	}
	v = strtol(service, &end, 10);
	if (!*service || *end || v < 0 || v > 65535)
		return EAI_SERVICE; /* no services database */
	*port = (uint16_t)v;
	return 0;
}

static struct addrinfo *one(int type, const struct in_addr *a, uint16_t port)
{
	struct ai_one *o = calloc(1, sizeof(*o));

	if (!o)
		return NULL;
	o->sin.sin_family = AF_INET;
	o->sin.sin_port = htons(port);
	o->sin.sin_addr = *a;
	o->ai.ai_family = AF_INET;
	o->ai.ai_socktype = type;
	o->ai.ai_protocol = type == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP;
	o->ai.ai_addrlen = sizeof(o->sin);
	o->ai.ai_addr = (struct sockaddr *)&o->sin;
	return &o->ai;
}

int getaddrinfo(const char *node, const char *service,
		const struct addrinfo *hints, struct addrinfo **res)
{
	int flags = hints ? hints->ai_flags : 0;
	int family = hints ? hints->ai_family : AF_UNSPEC;
	int type = hints ? hints->ai_socktype : 0;
	int types[2], nt = 0, i, r;
	struct addrinfo *head = NULL, **tail = &head;
	struct in_addr a;
	uint16_t port;

	if (!node && !service)
		return EAI_NONAME;
	if (family != AF_UNSPEC && family != AF_INET)
		return EAI_FAMILY;
	if (type && type != SOCK_STREAM && type != SOCK_DGRAM)
		return EAI_SOCKTYPE;
	if ((r = port_of(service, &port)))
		return r;
	if (node) {
		if (inet_pton(AF_INET, node, &a) != 1)
			return EAI_NONAME; /* names need DNS: not here */
	} else {
		a.s_addr = htonl(flags & AI_PASSIVE ? INADDR_ANY
						    : INADDR_LOOPBACK);
	}
	if (type != SOCK_DGRAM)
		types[nt++] = SOCK_STREAM;
	if (type != SOCK_STREAM)
		types[nt++] = SOCK_DGRAM;
	for (i = 0; i < nt; i++) {
		if (!(*tail = one(types[i], &a, port))) {
			freeaddrinfo(head);
			return EAI_MEMORY;
		}
		tail = &(*tail)->ai_next;
	}
	*res = head;
	return 0;
}

void freeaddrinfo(struct addrinfo *res)
{
	while (res) {
		struct addrinfo *next = res->ai_next;

		free(res); /* the ai_one it starts */
		res = next;
	}
}

const char *gai_strerror(int err)
{
	switch (err) {
	case 0: return "Success";
	case EAI_BADFLAGS: return "Bad value for ai_flags";
	case EAI_NONAME: return "Name or service not known";
	case EAI_AGAIN: return "Temporary failure in name resolution";
	case EAI_FAIL: return "Non-recoverable failure in name resolution";
	case EAI_FAMILY: return "ai_family not supported";
	case EAI_SOCKTYPE: return "ai_socktype not supported";
	case EAI_SERVICE: return "Servname not supported for ai_socktype";
	case EAI_MEMORY: return "Memory allocation failure";
	case EAI_SYSTEM: return "System error";
	default: return "Unknown error";
	}
}
