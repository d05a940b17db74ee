/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arpa/inet.h - IPv4 addresses as text (libs/lwip's sockets). Only the
 * strict dotted quad "A.B.C.D" (four decimal numbers 0-255) is read; the
 * historic short and octal/hex forms are not.
 */
#ifndef _UK_ARPA_INET_H
#define _UK_ARPA_INET_H

#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Text to address: 1 on success, 0 if src is not a dotted quad, -1 (EAFNOSUPPORT) unless AF_INET. */
int inet_pton(int af, const char *src, void *dst);
/** Address to text in dst (size bytes): dst, or NULL with errno EAFNOSUPPORT or ENOSPC. */
const char *inet_ntop(int af, const void *src, char *dst, socklen_t size);
/** Dotted quad to address (network order), INADDR_NONE if malformed. */
in_addr_t inet_addr(const char *cp);
/** Dotted quad into *inp: non-zero on success, 0 if malformed. */
int inet_aton(const char *cp, struct in_addr *inp);
/** Address to dotted quad in a static buffer (overwritten by the next call). */
char *inet_ntoa(struct in_addr in);

#ifdef __cplusplus
}
#endif

#endif /* _UK_ARPA_INET_H */
