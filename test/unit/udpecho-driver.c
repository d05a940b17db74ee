/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * udpecho's frame handler (apps/udpecho/proto.c) on the host, under ASan
 * and UBSan: well-formed ARP, ICMP echo and UDP requests must get exact
 * replies (addresses swapped, checksums right, payload unchanged), and
 * mutated, truncated and random frames must never touch memory outside
 * their buffer. Driven by test/unit/udpecho-proto.test.ts:
 *
 *	udpecho-driver <seed> <rounds>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../apps/udpecho/udpecho.h"

#define BUF 2048
#define HEAD 64

static uint32_t x;
static const struct echo_conf conf = {
	.mac = { 0x52, 0x54, 0, 0x12, 0x34, 0x56 },
	.ip = { 10, 0, 2, 15 },
	.port = 7,
	.quiet = true,
};
static const uint8_t peer_mac[6] = { 2, 1, 2, 3, 4, 5 };
static const uint8_t peer_ip[4] = { 10, 0, 2, 2 };

int echo_stats_text(char *buf, unsigned int len)
{
	return snprintf(buf, len, "frames %llu",
			(unsigned long long)echo_stats.frames);
}

static uint32_t rnd(void)
{
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return x;
}

static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8), p[1] = (uint8_t)v;
}

static uint16_t csum(const uint8_t *p, size_t len, uint32_t s)
{
	for (size_t i = 0; i + 1 < len; i += 2)
		s += get16(p + i);
	if (len & 1)
		s += (uint32_t)p[len - 1] << 8;
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

static void fail(const char *what, unsigned int round)
{
	fprintf(stderr, "FAIL round %u: %s\n", round, what);
	exit(1);
}

/* A buffer exactly as big as the pool's, so ASan sees every overrun. */
static struct uk_netbuf *newbuf(void)
{
	struct uk_netbuf *nb = malloc(sizeof(*nb));
	uint8_t *mem = malloc(BUF);

	uk_netbuf_init(nb, mem, BUF, HEAD, NULL, NULL);
	return nb;
}

static void freebuf(struct uk_netbuf *nb)
{
	free(nb->buf);
	free(nb);
}

static size_t eth(uint8_t *f, uint16_t type)
{
	memcpy(f, conf.mac, 6);
	memcpy(f + 6, peer_mac, 6);
	put16(f + 12, type);
	return 14;
}

static size_t ipv4(uint8_t *f, uint8_t proto, size_t plen)
{
	uint8_t *ip = f + 14;

	memset(ip, 0, 20);
	ip[0] = 0x45;
	put16(ip + 2, (uint16_t)(20 + plen));
	ip[8] = 64;
	ip[9] = proto;
	memcpy(ip + 12, peer_ip, 4);
	memcpy(ip + 16, conf.ip, 4);
	put16(ip + 10, csum(ip, 20, 0));
	return 34;
}

static uint16_t udp_csum(const uint8_t *ip, const uint8_t *u, size_t ulen)
{
	uint32_t s = get16(ip + 12) + get16(ip + 14) + get16(ip + 16) +
		     get16(ip + 18) + 17 + (uint32_t)ulen;
	return csum(u, ulen, s);
}

/* A valid UDP request with plen random bytes; returns the frame length. */
static size_t udp_request(uint8_t *f, size_t plen, uint8_t *payload)
{
	uint8_t *u = f + 34;

	eth(f, 0x0800);
	ipv4(f, 17, 8 + plen);
	put16(u, 5555);
	put16(u + 2, conf.port);
	put16(u + 4, (uint16_t)(8 + plen));
	put16(u + 6, 0);
	for (size_t i = 0; i < plen; i++)
		u[8 + i] = payload[i] = (uint8_t)rnd();
	if (rnd() & 1) {
		uint16_t c = udp_csum(f + 14, u, 8 + plen);

		put16(u + 6, c ? c : 0xffff);
	}
	return 34 + 8 + plen;
}

static void check_udp(unsigned int round)
{
	struct uk_netbuf *nb = newbuf();
	uint8_t payload[1472];
	size_t plen = rnd() % 1473;
	const uint8_t *ip, *u;

	nb->len = (uint32_t)udp_request(nb->data, plen, payload);
	if (!echo_frame(&conf, nb))
		fail("valid UDP request not answered", round);
	ip = nb->data + 14;
	u = ip + 20;
	if (nb->len != 42 + plen || memcmp(nb->data, peer_mac, 6) ||
	    memcmp(nb->data + 6, conf.mac, 6))
		fail("UDP reply: wrong length or MAC addresses", round);
	if (csum(ip, 20, 0) || memcmp(ip + 12, conf.ip, 4) ||
	    memcmp(ip + 16, peer_ip, 4) || get16(ip + 2) != 28 + plen)
		fail("UDP reply: bad IPv4 header", round);
	if (get16(u) != conf.port || get16(u + 2) != 5555 ||
	    get16(u + 4) != 8 + plen || udp_csum(ip, u, 8 + plen))
		fail("UDP reply: bad UDP header or checksum", round);
	if (memcmp(u + 8, payload, plen))
		fail("UDP reply: payload changed", round);
	freebuf(nb);
}

static void check_arp(unsigned int round)
{
	struct uk_netbuf *nb = newbuf();
	uint8_t *a = nb->data + 14;

	memset(nb->data, 0, 60);
	eth(nb->data, 0x0806);
	memset(nb->data, 0xff, 6);
	put16(a, 1), put16(a + 2, 0x0800), a[4] = 6, a[5] = 4, put16(a + 6, 1);
	memcpy(a + 8, peer_mac, 6);
	memcpy(a + 14, peer_ip, 4);
	memcpy(a + 24, conf.ip, 4);
	nb->len = 60; /* padded, as on the wire */
	if (!echo_frame(&conf, nb) || nb->len != 42 || get16(a + 6) != 2 ||
	    memcmp(a + 8, conf.mac, 6) || memcmp(a + 14, conf.ip, 4) ||
	    memcmp(a + 18, peer_mac, 6) || memcmp(a + 24, peer_ip, 4) ||
	    memcmp(nb->data, peer_mac, 6))
		fail("ARP request not answered correctly", round);
	freebuf(nb);
}

static void check_icmp(unsigned int round)
{
	struct uk_netbuf *nb = newbuf();
	size_t plen = rnd() % 1000, i;
	uint8_t *m = nb->data + 34;

	eth(nb->data, 0x0800);
	ipv4(nb->data, 1, 8 + plen);
	memset(m, 0, 8);
	m[0] = 8;
	for (i = 0; i < plen; i++)
		m[8 + i] = (uint8_t)rnd();
	put16(m + 2, csum(m, 8 + plen, 0));
	nb->len = (uint32_t)(34 + 8 + plen);
	if (!echo_frame(&conf, nb) || m[0] != 0 || csum(m, 8 + plen, 0) ||
	    csum(nb->data + 14, 20, 0))
		fail("ICMP echo not answered correctly", round);
	freebuf(nb);
}

/* A request, then damaged: flipped bytes, cut, or made longer. */
static void check_mutant(void)
{
	struct uk_netbuf *nb = newbuf();
	uint8_t payload[1472];
	size_t len = udp_request(nb->data, rnd() % 200, payload);
	unsigned int flips = rnd() % 6, i;

	for (i = 0; i < flips; i++)
		nb->data[rnd() % (len + 8)] ^= (uint8_t)(1 + rnd() % 255);
	switch (rnd() % 3) {
	case 0: len = rnd() % (len + 1); break;
	case 1: len += rnd() % 64; break;
	default: break;
	}
	nb->len = (uint32_t)len;
	if (echo_frame(&conf, nb) &&
	    (nb->len > BUF - HEAD || csum(nb->data + 14, 20, 0)))
		exit(3); /* a reply, but not a sane one */
	freebuf(nb);
}

/* Random bytes, random length, sometimes with plausible headers. */
static void check_random(void)
{
	struct uk_netbuf *nb = newbuf();
	size_t len = rnd() % (BUF - HEAD + 1), i;

	for (i = 0; i < len; i++)
		nb->data[i] = (uint8_t)rnd();
	if (len >= 14 && (rnd() & 1)) {
		eth(nb->data, rnd() & 1 ? 0x0800 : 0x0806);
		if (len >= 34 && (rnd() & 1))
			memcpy(nb->data + 30, conf.ip, 4), nb->data[14] = 0x45;
	}
	nb->len = (uint32_t)len;
	echo_frame(&conf, nb);
	freebuf(nb);
}

int main(int argc, char **argv)
{
	unsigned int rounds, r;

	if (argc != 3)
		return 2;
	x = (uint32_t)strtoul(argv[1], NULL, 10) | 1;
	rounds = (unsigned int)strtoul(argv[2], NULL, 10);
	for (r = 0; r < rounds; r++) {
		check_udp(r);
		check_arp(r);
		check_icmp(r);
		check_mutant();
		check_random();
	}
	printf("ok frames %llu echoed %llu arp %llu icmp %llu short %llu "
	       "badlen %llu badcsum %llu notours %llu fragments %llu\n",
	       (unsigned long long)echo_stats.frames,
	       (unsigned long long)echo_stats.echoed,
	       (unsigned long long)echo_stats.arp,
	       (unsigned long long)echo_stats.icmp,
	       (unsigned long long)echo_stats.short_frames,
	       (unsigned long long)echo_stats.bad_len,
	       (unsigned long long)echo_stats.bad_csum,
	       (unsigned long long)echo_stats.not_ours,
	       (unsigned long long)echo_stats.fragments);
	return 0;
}
