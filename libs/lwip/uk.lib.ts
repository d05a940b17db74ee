import { defineLibrary } from '@ukraft/nx';

/**
 * lwip: the lwIP 2.1.3 TCP/IP stack, fetched from Debian's lwip source
 * package by the upstream mechanism (docs/upstream.md), with our port:
 * lwipopts.h and arch/cc.h (port/), sys_now() over the platform clock, a
 * netif over network device 0 (uknetdev) and a NO_SYS poll loop
 * (uk/net.h), and TCP servers in callbacks over lwIP's raw API
 * (uk/tcp.h). IPv4 with a static address or DHCP. With SOCKETS, the
 * BSD sockets API (<sys/socket.h>, <poll.h>, ...) over the raw API and
 * the poll loop, as descriptors of nolibc's table. See docs/networking.md.
 */

/** lwIP's files we build: core, IPv4, TCP, UDP, ARP, Ethernet. */
const LWIP = `
  core/init core/def core/inet_chksum core/ip core/mem core/memp core/netif core/pbuf core/stats core/sys
  core/tcp core/tcp_in core/tcp_out core/timeouts core/udp
  core/ipv4/etharp core/ipv4/icmp core/ipv4/ip4 core/ipv4/ip4_addr core/ipv4/ip4_frag
  netif/ethernet
`
  .trim()
  .split(/\s+/);

/** The socket layer (src/sock/): core and fd ops, TCP, UDP, the calls, options, poll/select, text addresses, getaddrinfo. */
const SOCK = ['sock_core', 'sock_tcp', 'sock_udp', 'sock_api', 'sock_opt', 'poll', 'inet', 'netdb'];

export default defineLibrary({
  name: 'lwip',
  description:
    'lwIP 2.1.3 TCP/IP stack (IPv4, TCP, UDP, DHCP; NO_SYS poll loop over uknetdev), TCP server callbacks, BSD sockets (SOCKETS)',
  license: 'BSD-3-Clause',
  requires: ['nolibc', 'uknetdev', 'ukdev', 'ukalloc', 'uksched', 'ukplat', 'ukdebug', 'ukboot'],
  options: {
    DHCP: {
      type: 'bool',
      default: false,
      help: "lwIP's DHCP client, started by the boot argument dhcp (about 9 KiB of lwIP code, 16 KB of image; off: dhcp is refused with a message).",
    },
    SOCKETS: {
      type: 'bool',
      default: false,
      help: 'The BSD sockets API (<sys/socket.h>, <netinet/in.h>, <arpa/inet.h>, <netdb.h>, <poll.h>, <sys/select.h>) over the raw API; the network comes up on the first socket() with the command line ip=/mask=/gw=/dhcp.',
    },
  },
  upstream: {
    debian: { package: 'lwip', version: '2.1.3+dfsg1-2' },
    // lwip_2.1.3+dfsg1.orig.tar.xz: lwIP 2.1.3 as Debian repacked it (the same sum as in Debian's Sources index).
    sha256: '0a8276d09fc4e97bbba2f953d74af2388fc2195ea156be9d7589e297a68fde24',
    strip: 1,
    license: 'BSD-3-Clause',
    patches: ['patches/0001-tcp-reopen-time-wait-on-new-syn.patch'],
    // port/ holds our lwipopts.h and arch/cc.h, which lwIP's headers include.
    include: ['port', 'upstream:src/include'],
    cflags: [],
  },
  sources: {
    common: [...LWIP.map((f) => `upstream:src/${f}.c`), 'src/port.c', 'src/conf.c', 'src/netif.c', 'src/tcp.c'],
    // The socket layer: a separate source set, so raw-API images (httpd-app) do not compile it.
    when: [
      { option: 'DHCP', sources: ['upstream:src/core/ipv4/dhcp.c'] },
      { option: 'SOCKETS', sources: SOCK.map((f) => `src/sock/${f}.c`) },
    ],
  },
  exports: [
    'uk_net_conf_default',
    'uk_net_conf_arg',
    'uk_net_up',
    'uk_net_addr',
    'uk_net_poll',
    'uk_net_stats_text',
    'uk_tcp_listen',
    'uk_tcp_room',
    'uk_tcp_send',
    'uk_tcp_flush',
    'uk_tcp_resume',
    'uk_tcp_close',
    'uk_tcp_abort',
    'uk_tcp_counts',
    // SOCKETS: sys/socket.h, poll.h, sys/select.h, arpa/inet.h, netdb.h
    ...['socket', 'bind', 'listen', 'accept', 'accept4', 'connect', 'shutdown'],
    ...['send', 'recv', 'sendto', 'recvfrom', 'setsockopt', 'getsockopt', 'getsockname', 'getpeername'],
    ...['poll', 'select', 'inet_pton', 'inet_ntop', 'inet_addr', 'inet_aton', 'inet_ntoa'],
    ...['getaddrinfo', 'freeaddrinfo', 'gai_strerror'],
  ],
});
