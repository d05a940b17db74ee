/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * udpecho.h - the app's parts: its settings (from the command line), the
 * frame handler (ARP, ICMP echo, UDP echo; everything else dropped) and
 * its counters.
 */
#ifndef UDPECHO_H
#define UDPECHO_H

#include <stdbool.h>
#include <stdint.h>
#include <uk/netbuf.h>

/** Where the app answers. */
struct echo_conf {
	uint8_t mac[6];
	uint8_t ip[4];
	uint16_t port;
	bool poll; /* never sleep on the queue interrupt */
	bool quiet;
	bool probe; /* bring the device up, then return 0 (a boot check) */
};

/** What happened to the frames received. */
struct echo_stats {
	uint64_t frames, arp, icmp, echoed, stats_queries;
	uint64_t short_frames; /* shorter than their headers */
	uint64_t bad_len;      /* lengths that do not add up */
	uint64_t bad_csum;     /* IPv4 header or UDP checksum wrong */
	uint64_t not_ours;     /* other addresses, ports, protocols */
	uint64_t fragments;    /* IPv4 fragments (not reassembled) */
};

extern struct echo_stats echo_stats;

/**
 * Parse "ip=A.B.C.D", "port=N", "poll", "quiet" and "probe" arguments
 * into *c (defaults: 10.0.2.15, 7). 0, or -1 after printing what is wrong.
 */
int echo_args(int argc, char **argv, struct echo_conf *c);

/**
 * Handle one received frame in nb: turn it into its reply in place and
 * return true (send it), or return false (drop it, counted).
 */
bool echo_frame(const struct echo_conf *c, struct uk_netbuf *nb);

/** The counters as text (the answer to a "udpecho:stats" datagram). */
int echo_stats_text(char *buf, unsigned int len);

#endif /* UDPECHO_H */
