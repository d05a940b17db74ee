/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * netinet/tcp.h - TCP socket options, level IPPROTO_TCP (libs/lwip's
 * sockets; Linux's values): TCP_NODELAY (Nagle off), and the keep-alive
 * timing of SO_KEEPALIVE in seconds and probes.
 */
#ifndef _UK_NETINET_TCP_H
#define _UK_NETINET_TCP_H

/** Send small segments at once (int, 0 or 1). */
#define TCP_NODELAY 1
/** Idle seconds before the first keep-alive probe (int). */
#define TCP_KEEPIDLE 4
/** Seconds between keep-alive probes (int). */
#define TCP_KEEPINTVL 5
/** Unanswered probes before the connection is dropped (int). */
#define TCP_KEEPCNT 6

#endif /* _UK_NETINET_TCP_H */
