/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/net.h - the TCP/IP stack (lwIP) over the first network device.
 *
 * lwIP runs with NO_SYS=1: one thread owns it and calls uk_net_poll() in
 * a loop; each call feeds the frames that arrived into lwIP, runs its
 * timers and sleeps on the device's receive interrupt until a frame, the
 * next lwIP timer or the caller's deadline. Every lwIP callback (uk/tcp.h)
 * runs inside uk_net_poll(). Not thread-safe: one thread only.
 */
#ifndef UK_NET_H
#define UK_NET_H

#include <stdbool.h>
#include <stdint.h>

/** The interface's IPv4 set-up. */
struct uk_net_conf {
	uint8_t ip[4];	 /**< our address */
	uint8_t mask[4]; /**< netmask */
	uint8_t gw[4];	 /**< default gateway (0.0.0.0: none) */
	bool poll;	 /**< never sleep on the interrupt: yield and poll */
	bool dhcp;	 /**< ask a DHCP server; ip/mask/gw are not used */
};

/**
 * Defaults for QEMU user networking: 10.0.2.15/24, gateway 10.0.2.2.
 */
void uk_net_conf_default(struct uk_net_conf *c);

/**
 * Parse one "ip=A.B.C.D", "mask=A.B.C.D", "gw=A.B.C.D" or "dhcp"
 * argument into *c. Returns 1 if arg was one of them and valid, 0 if it
 * is none of them, -1 if it is one with a malformed address (a message
 * says so).
 */
int uk_net_conf_arg(struct uk_net_conf *c, const char *arg);

/**
 * Bring up lwIP on network device 0 with c. With c->dhcp it runs lwIP's
 * DHCP client until an address is bound (at most 15 s) and prints
 * "net: dhcp: A.B.C.D/M.M.M.M gw G.G.G.G". 0 on success; -ENODEV when
 * there is no network device; -ETIMEDOUT when no DHCP server answered
 * (the client keeps trying while the stack is polled); another negative
 * errno (with a message naming the device) when it cannot be set up.
 */
int uk_net_up(const struct uk_net_conf *c);

/** The interface's address, netmask and gateway now (ip/mask/gw of *c). */
void uk_net_addr(struct uk_net_conf *c);

/**
 * Run the stack once: receive, process, run due timers, then sleep at
 * most until deadline (monotonic ns; 0: do not sleep) if nothing came.
 * Returns the number of frames processed.
 */
int uk_net_poll(uint64_t deadline);

/** The device's name and counters, one line, into buf (snprintf style). */
int uk_net_stats_text(char *buf, unsigned int len);

#endif /* UK_NET_H */
