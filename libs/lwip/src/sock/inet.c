/* SPDX-License-Identifier: BSD-3-Clause */
/* IPv4 addresses as text: strict dotted quads (uk/inet4.h) both ways. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/inet4.h>

int inet_pton(int af, const char *src, void *dst)
{
	uint8_t ip[4];

	if (af != AF_INET) {
		errno = EAFNOSUPPORT;
		return -1;
	}
	if (uk_inet4_parse(src, ip))
		return 0;
	memcpy(dst, ip, 4);
	return 1;
}

const char *inet_ntop(int af, const void *src, char *dst, socklen_t size)
{
	const uint8_t *b = src;
	char t[INET_ADDRSTRLEN];
	int n;

	if (af != AF_INET) {
		errno = EAFNOSUPPORT;
		return NULL;
	}
	n = snprintf(t, sizeof(t), "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
	if (n < 0 || (socklen_t)n >= size) {
		errno = ENOSPC;
		return NULL;
	}
	memcpy(dst, t, (size_t)n + 1);
	return dst;
}

int inet_aton(const char *cp, struct in_addr *inp)
{
	return inet_pton(AF_INET, cp, inp) == 1;
}

in_addr_t inet_addr(const char *cp)
{
	struct in_addr a;

	return inet_aton(cp, &a) ? a.s_addr : INADDR_NONE;
}

char *inet_ntoa(struct in_addr in)
{
	static char buf[INET_ADDRSTRLEN];

	inet_ntop(AF_INET, &in, buf, sizeof(buf));
	return buf;
}
