/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rawsend: malformed and random Ethernet frames out of a host interface
 * (an AF_PACKET socket; root), at a unikernel on the other side of a TAP
 * interface. Built for the host by test/e2e/netdev-robustness.test.ts.
 *
 *	rawsend <ifname> <dst-mac> <dst-ip> <port> <seed> <random-count>
 *
 * Sends, to dst-mac: runts (0-13 bytes), every way an IPv4/UDP/ARP
 * header can lie about lengths or checksums, fragments, IP options,
 * oversized frames (up to the interface MTU), then random-count frames of
 * random length and content (random ones also to the broadcast address).
 * Prints "sent <n> failed <m>".
 */
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

static int fd, ifindex;
static unsigned int sent, failed;
static uint8_t dst[6], src[6] = { 0x02, 0, 0, 0, 0, 0x99 }, ip[4];
static uint32_t x = 1;

static uint32_t rnd(void)
{
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return x;
}

static void send_frame(const uint8_t *f, size_t len)
{
	struct sockaddr_ll a = { 0 };

	a.sll_family = AF_PACKET;
	a.sll_ifindex = ifindex;
	a.sll_halen = 6;
	memcpy(a.sll_addr, dst, 6);
	if (sendto(fd, f, len, 0, (struct sockaddr *)&a, sizeof(a)) ==
	    (ssize_t)len)
		sent++;
	else
		failed++;
}

static uint16_t csum(const uint8_t *p, size_t len)
{
	uint32_t s = 0;
	size_t i;

	for (i = 0; i + 1 < len; i += 2)
		s += (uint32_t)(p[i] << 8 | p[i + 1]);
	if (len & 1)
		s += (uint32_t)p[len - 1] << 8;
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

/* A correct Ethernet + IPv4 + UDP frame to us with len payload bytes. */
static size_t udp_frame(uint8_t *f, uint16_t port, size_t len)
{
	uint8_t *iph = f + 14, *u = f + 34;

	memcpy(f, dst, 6);
	memcpy(f + 6, src, 6);
	put16(f + 12, 0x0800);
	memset(iph, 0, 20);
	iph[0] = 0x45;
	put16(iph + 2, (uint16_t)(20 + 8 + len));
	iph[8] = 64;
	iph[9] = 17;
	iph[12] = 10, iph[13] = 0, iph[14] = 3, iph[15] = 1;
	memcpy(iph + 16, ip, 4);
	put16(iph + 10, csum(iph, 20));
	put16(u, 40000);
	put16(u + 2, port);
	put16(u + 4, (uint16_t)(8 + len));
	put16(u + 6, 0);
	memset(u + 8, 'x', len);
	return 34 + 8 + len;
}

static void refix_ip(uint8_t *f)
{
	put16(f + 24, 0), put16(f + 24, csum(f + 14, 20));
}

int main(int argc, char **argv)
{
	static uint8_t f[65536];
	unsigned int i, n, mtu;
	uint16_t port;
	size_t len;
	struct ifreq ifr;

	if (argc != 7 ||
	    sscanf(argv[2], "%hhx:%hhx:%hhx:%hhx:%hhx:%hhx", &dst[0], &dst[1],
		   &dst[2], &dst[3], &dst[4], &dst[5]) != 6 ||
	    inet_pton(AF_INET, argv[3], ip) != 1) {
		fprintf(stderr,
			"usage: rawsend ifname dst-mac dst-ip port seed count\n");
		return 2;
	}
	port = (uint16_t)atoi(argv[4]);
	x = (uint32_t)strtoul(argv[5], NULL, 10) | 1;
	n = (unsigned int)strtoul(argv[6], NULL, 10);
	fd = socket(AF_PACKET, SOCK_RAW, 0);
	ifindex = (int)if_nametoindex(argv[1]);
	memset(&ifr, 0, sizeof(ifr));
	strncpy(ifr.ifr_name, argv[1], IFNAMSIZ - 1);
	if (fd < 0 || !ifindex || ioctl(fd, SIOCGIFMTU, &ifr) < 0) {
		perror("rawsend");
		return 1;
	}
	mtu = (unsigned int)ifr.ifr_mtu;

	/* Runts: shorter than an Ethernet header, then than an IPv4 one. */
	for (len = 0; len < 34; len++) {
		udp_frame(f, port, 0);
		send_frame(f, len);
	}
	/* IPv4 headers that lie. */
	for (i = 0; i < 12; i++) {
		len = udp_frame(f, port, 16);
		switch (i) {
		case 0: f[14] = 0x65; break; /* version 6 */
		case 1: f[14] = 0x44; break; /* IHL 4 */
		case 2:
			f[14] = 0x4f;
			refix_ip(f);
			break; /* IHL past the end */
		case 3:
			put16(f + 16, 2000);
			refix_ip(f);
			break; /* total > frame */
		case 4:
			put16(f + 16, 10);
			refix_ip(f);
			break;		      /* total < IHL */
		case 5: f[24] ^= 0xff; break; /* header checksum */
		case 6:
			put16(f + 20, 0x2000);
			refix_ip(f);
			break; /* more fragments */
		case 7:
			put16(f + 20, 0x0010);
			refix_ip(f);
			break;			       /* an offset */
		case 8: put16(f + 38, 4); break;       /* UDP length < 8 */
		case 9: put16(f + 38, 1000); break;    /* UDP length > IP */
		case 10: put16(f + 40, 0x1234); break; /* UDP checksum */
		case 11:
			f[23] = 6;
			refix_ip(f);
			break; /* TCP, not UDP */
		}
		send_frame(f, len);
	}
	/* ARP that is short, for someone else, or not Ethernet/IPv4. */
	for (i = 0; i < 4; i++) {
		memset(f, 0, 60);
		memcpy(f, dst, 6);
		memcpy(f + 6, src, 6);
		put16(f + 12, 0x0806);
		put16(f + 14, 1), put16(f + 16, 0x0800), f[18] = 6, f[19] = 4;
		put16(f + 20, 1);
		memcpy(f + 38, ip, 4);
		if (i == 1)
			f[41] ^= 1; /* another address */
		if (i == 2)
			f[18] = 8; /* hardware address length */
		send_frame(f, i == 3 ? 30 : 42);
	}
	/* Oversized: up to what the interface carries. */
	for (len = 1515; len <= mtu + 14 && len < sizeof(f); len += 977) {
		udp_frame(f, port, len - 42);
		send_frame(f, len);
	}
	udp_frame(f, port, mtu + 14 - 42);
	send_frame(f, mtu + 14);
	/* Random frames, some to the broadcast address. */
	for (i = 0; i < n; i++) {
		len = rnd() % (mtu + 15);
		for (size_t k = 0; k < len; k++)
			f[k] = (uint8_t)rnd();
		if (len >= 6)
			memcpy(f,
			       i & 1 ? dst
				     : (const uint8_t
						*)"\xff\xff\xff\xff\xff\xff",
			       6);
		if (len >= 14 && (i & 2))
			put16(f + 12, i & 4 ? 0x0800 : 0x0806);
		if (len >= 34 && (i & 8))
			memcpy(f + 30, ip, 4), f[14] = 0x45, f[23] = 17;
		send_frame(f, len);
	}
	printf("sent %u failed %u\n", sent, failed);
	return 0;
}
