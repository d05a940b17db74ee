/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Frames in, replies out, in place: ARP requests for our address (RFC
 * 826), ICMP echo requests (RFC 792) and UDP datagrams to our port (RFC
 * 768) over IPv4 (RFC 791). Every length is checked against the frame
 * before it is used, checksums are verified (IPv4 header always, UDP
 * when the sender set one), fragments and IP options are not echoed:
 * anything else is counted and dropped. Replies go back to the sender's
 * MAC address, so no ARP cache is needed.
 */
#include <stdio.h>
#include <string.h>
#include "udpecho.h"

#define ETH_HLEN 14
#define ETH_ARP 0x0806
#define ETH_IP 0x0800
#define ARP_LEN 28
#define IP_HLEN 20
#define IP_UDP 17
#define IP_ICMP 1
#define UDP_HLEN 8
#define ICMP_HLEN 8
#define ICMP_ECHO 8
#define ICMP_REPLY 0
#define STATS_QUERY "udpecho:stats"

struct echo_stats echo_stats;

static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

/* Ones' complement sum (RFC 1071) of len bytes, added to sum. */
static uint32_t sum16(const uint8_t *p, uint32_t len, uint32_t sum)
{
	uint32_t i;

	for (i = 0; i + 1 < len; i += 2)
		sum += get16(p + i);
	if (len & 1)
		sum += (uint32_t)p[len - 1] << 8;
	return sum;
}

static uint16_t fold(uint32_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

/* The UDP checksum over the pseudo-header and the datagram at udp. */
static uint16_t udp_sum(const uint8_t *src, const uint8_t *dst,
			const uint8_t *udp, uint16_t ulen)
{
	uint32_t s = sum16(src, 4, 0);

	s = sum16(dst, 4, s);
	s += IP_UDP + ulen;
	return fold(sum16(udp, ulen, s));
}

static void swap_mac(uint8_t *eth, const struct echo_conf *c)
{
	memcpy(eth, eth + 6, 6);
	memcpy(eth + 6, c->mac, 6);
}

static bool arp(const struct echo_conf *c, struct uk_netbuf *nb)
{
	uint8_t *a = nb->data + ETH_HLEN;

	if (nb->len < ETH_HLEN + ARP_LEN) {
		echo_stats.short_frames++;
		return false;
	}
	/* Ethernet/IPv4 request for our address only. */
	if (get16(a) != 1 || get16(a + 2) != ETH_IP || a[4] != 6 || a[5] != 4 ||
	    get16(a + 6) != 1 || memcmp(a + 24, c->ip, 4)) {
		echo_stats.not_ours++;
		return false;
	}
	put16(a + 6, 2);
	memcpy(a + 18, a + 8, 10); /* target = the asker (MAC and IP) */
	memcpy(a + 8, c->mac, 6);
	memcpy(a + 14, c->ip, 4);
	swap_mac(nb->data, c);
	nb->len = ETH_HLEN + ARP_LEN;
	echo_stats.arp++;
	return true;
}

/* An IPv4 header for the reply at ip: ours to theirs, no options. */
static void ip_reply(const struct echo_conf *c, uint8_t *ip, uint16_t total,
		     uint8_t proto, const uint8_t *peer)
{
	uint8_t p[4];

	memcpy(p, peer, 4);
	ip[0] = 0x45;
	ip[1] = 0;
	put16(ip + 2, total);
	put16(ip + 4, 0);
	put16(ip + 6, 0x4000); /* don't fragment */
	ip[8] = 64;
	ip[9] = proto;
	put16(ip + 10, 0);
	memcpy(ip + 12, c->ip, 4);
	memcpy(ip + 16, p, 4);
	put16(ip + 10, fold(sum16(ip, IP_HLEN, 0)));
}

static bool icmp(const struct echo_conf *c, struct uk_netbuf *nb, uint8_t *ip,
		 uint16_t ihl, uint16_t total)
{
	uint8_t *m = ip + ihl, peer[4];
	uint16_t mlen = (uint16_t)(total - ihl);

	if (mlen < ICMP_HLEN || m[0] != ICMP_ECHO) {
		echo_stats.not_ours++;
		return false;
	}
	if (fold(sum16(m, mlen, 0))) {
		echo_stats.bad_csum++;
		return false;
	}
	memcpy(peer, ip + 12, 4);
	memmove(ip + IP_HLEN, m, mlen);
	m = ip + IP_HLEN;
	m[0] = ICMP_REPLY;
	put16(m + 2, 0);
	put16(m + 2, fold(sum16(m, mlen, 0)));
	ip_reply(c, ip, (uint16_t)(IP_HLEN + mlen), IP_ICMP, peer);
	swap_mac(nb->data, c);
	nb->len = ETH_HLEN + IP_HLEN + mlen;
	echo_stats.icmp++;
	return true;
}

static bool udp(const struct echo_conf *c, struct uk_netbuf *nb, uint8_t *ip,
		uint16_t ihl, uint16_t total)
{
	uint8_t *u = ip + ihl, peer[4];
	uint16_t ulen, sport, room, sum;
	char text[256];
	int n;

	if (total - ihl < UDP_HLEN) {
		echo_stats.short_frames++;
		return false;
	}
	ulen = get16(u + 4);
	if (ulen < UDP_HLEN || ulen > total - ihl) {
		echo_stats.bad_len++;
		return false;
	}
	if (get16(u + 2) != c->port) {
		echo_stats.not_ours++;
		return false;
	}
	if (get16(u + 6) && udp_sum(ip + 12, ip + 16, u, ulen)) {
		echo_stats.bad_csum++;
		return false;
	}
	sport = get16(u);
	memcpy(peer, ip + 12, 4);
	memmove(ip + IP_HLEN, u, ulen);
	u = ip + IP_HLEN;
	if (ulen - UDP_HLEN == sizeof(STATS_QUERY) - 1 &&
	    !memcmp(u + UDP_HLEN, STATS_QUERY, sizeof(STATS_QUERY) - 1)) {
		echo_stats.stats_queries++;
		room = (uint16_t)(nb->size - (nb->data - nb->buf) - ETH_HLEN -
				  IP_HLEN - UDP_HLEN);
		n = echo_stats_text(text, sizeof(text));
		if (n > room)
			n = room;
		memcpy(u + UDP_HLEN, text, (size_t)n);
		ulen = (uint16_t)(UDP_HLEN + n);
	} else {
		echo_stats.echoed++;
	}
	put16(u, c->port);
	put16(u + 2, sport);
	put16(u + 4, ulen);
	put16(u + 6, 0);
	ip_reply(c, ip, (uint16_t)(IP_HLEN + ulen), IP_UDP, peer);
	sum = udp_sum(ip + 12, ip + 16, u, ulen);
	put16(u + 6, sum ? sum : 0xffff); /* 0 would mean "no checksum" */
	swap_mac(nb->data, c);
	nb->len = ETH_HLEN + IP_HLEN + ulen;
	return true;
}

static bool ipv4(const struct echo_conf *c, struct uk_netbuf *nb)
{
	uint8_t *ip = nb->data + ETH_HLEN;
	uint16_t ihl, total;

	if (nb->len < ETH_HLEN + IP_HLEN) {
		echo_stats.short_frames++;
		return false;
	}
	ihl = (uint16_t)((ip[0] & 0xf) * 4);
	total = get16(ip + 2);
	if ((ip[0] >> 4) != 4 || ihl < IP_HLEN || total < ihl ||
	    total > nb->len - ETH_HLEN) {
		echo_stats.bad_len++;
		return false;
	}
	if (fold(sum16(ip, ihl, 0))) {
		echo_stats.bad_csum++;
		return false;
	}
	/* To us, from a unicast sender (no replies to broadcasts). */
	if (memcmp(ip + 16, c->ip, 4) || ip[12] == 0 || ip[12] >= 224) {
		echo_stats.not_ours++;
		return false;
	}
	if (get16(ip + 6) & 0x3fff) { /* more fragments, or an offset */
		echo_stats.fragments++;
		return false;
	}
	if (ip[9] == IP_UDP)
		return udp(c, nb, ip, ihl, total);
	if (ip[9] == IP_ICMP)
		return icmp(c, nb, ip, ihl, total);
	echo_stats.not_ours++;
	return false;
}

static const uint8_t broadcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

bool echo_frame(const struct echo_conf *c, struct uk_netbuf *nb)
{
	echo_stats.frames++;
	if (nb->len < ETH_HLEN) {
		echo_stats.short_frames++;
		return false;
	}
	if (memcmp(nb->data, c->mac, 6) && memcmp(nb->data, broadcast, 6)) {
		echo_stats.not_ours++; /* for another station */
		return false;
	}
	switch (get16(nb->data + 12)) {
	case ETH_ARP: return arp(c, nb);
	case ETH_IP: return ipv4(c, nb);
	default: echo_stats.not_ours++; return false;
	}
}
