/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * lwipopts.h - how ukraft configures lwIP 2.1.3 (see docs/networking.md).
 *
 * NO_SYS=1: lwIP runs on one thread, the caller of uk_net_poll(), which
 * takes frames from the device, feeds them in and runs lwIP's timers; no
 * sys_arch semaphores, mailboxes or threads, no locks (the scheduler is
 * cooperative). The raw (callback) API only: no netconn and not lwIP's
 * own sockets (ours, src/sock*.c, sit on the raw API). IPv4 only, a
 * static address or DHCP. Private to libs/lwip.
 */
#ifndef UK_LWIPOPTS_H
#define UK_LWIPOPTS_H

#define NO_SYS 1
#define SYS_LIGHTWEIGHT_PROT 0
#define LWIP_SOCKET 0
#define LWIP_NETCONN 0
#define LWIP_NETIF_API 0

#define LWIP_IPV4 1
#define LWIP_IPV6 0
#define LWIP_ARP 1
#define LWIP_ETHERNET 1
#define LWIP_ICMP 1
#define LWIP_RAW 0
#define LWIP_UDP 1
#define LWIP_TCP 1
#ifdef CONFIG_LIBLWIP_DHCP /* the library's DHCP option */
#define LWIP_DHCP 1
#else
#define LWIP_DHCP 0
#endif
/* No ARP probe of the offered address: it would add a second to every boot. */
#define DHCP_DOES_ARP_CHECK 0
#define LWIP_AUTOIP 0
#define LWIP_IGMP 0
#define LWIP_DNS 0
#define LWIP_SINGLE_NETIF 1
#define IP_REASSEMBLY 0
#define IP_FRAG 0

/* Memory: the heap (PBUF_RAM: what TCP sends) comes from ukalloc's
 * default allocator through malloc, so /status-style free memory sees
 * it; pools (pcbs, segments, receive pbufs) are static arrays sized
 * here. */
#define MEM_LIBC_MALLOC 1
#define MEM_ALIGNMENT 8
#define MEMP_NUM_TCP_PCB 128
#define MEMP_NUM_TCP_PCB_LISTEN 8
#define MEMP_NUM_TCP_SEG 512
#define MEMP_NUM_UDP_PCB 8
#define MEMP_NUM_ARP_QUEUE 32
#define PBUF_POOL_SIZE 192
#define ARP_TABLE_SIZE 16

#define TCP_MSS 1460
#define TCP_WND (8 * TCP_MSS)
#define TCP_SND_BUF (8 * TCP_MSS)
#define TCP_SND_QUEUELEN (4 * TCP_SND_BUF / TCP_MSS)
#define TCP_LISTEN_BACKLOG 0
/* SO_KEEPALIVE, TCP_KEEPIDLE/INTVL/CNT (sockets). */
#define LWIP_TCP_KEEPALIVE 1
/* SO_REUSEADDR (sockets). */
#define SO_REUSE 1
#define TCP_QUEUE_OOSEQ 1

/*
 * TIME_WAIT (the anchor's stall: a server that closes first keeps
 * TIME_WAIT 2 x 60 s, and a client reusing its port stalls):
 *  - the maximum segment lifetime is 1 s, so TIME_WAIT lasts 2 s;
 *  - when every pcb is in use, lwIP's tcp_alloc() takes the oldest
 *    TIME_WAIT pcb (upstream behaviour, kept);
 *  - patches/0001 lets a new SYN reopen a connection in TIME_WAIT when
 *    its sequence number lies beyond the old one (RFC 1122 4.2.2.13),
 *    instead of answering it with an ACK the client resets.
 * The httpd app adds the third part: on keep-alive it lets the client
 * close first.
 */
#define TCP_MSL 1000UL

#define LWIP_CHECKSUM_CTRL_PER_NETIF 0
#define LWIP_CHKSUM_ALGORITHM 3
#define LWIP_STATS 0
/* <arpa/inet.h> (sockets) defines htons & co; lwIP uses lwip_htons. */
#define LWIP_DONT_PROVIDE_BYTEORDER_FUNCTIONS 1
#define LWIP_NETIF_LINK_CALLBACK 0
#define LWIP_NETIF_STATUS_CALLBACK 0

#endif /* UK_LWIPOPTS_H */
