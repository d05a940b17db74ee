/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * httpd: an HTTP/1.1 server on lwIP. Brings up the network on device 0
 * (uk/net.h), listens, prints the URL and runs the stack for ever
 * ("probe": returns 0 there, or when there is no network device).
 */
#include <errno.h>
#include <stdio.h>
#include <uk/dev.h>
#include <uk/net.h>
#include <uk/plat/time.h>
#include "server.h"

int main(int argc, char *argv[])
{
	struct httpd_conf c;
	const uint8_t *ip;
	int err;

	if (httpd_args(argc, argv, &c))
		return 2;
	err = uk_net_up(&c.net);
	if (!c.quiet || err)
		uk_dev_print();
	if (err == -ENODEV) {
		printf("httpd: no network device\n");
		return c.probe ? 0 : 1;
	}
	if (err)
		return 1;
	if ((err = httpd_start(&c))) {
		printf("httpd: cannot listen on port %u (%d)\n", c.port, err);
		return 1;
	}
	uk_net_addr(&c.net); /* the address in use (dhcp may have chosen it) */
	ip = c.net.ip;
	printf("httpd: listening on http://%u.%u.%u.%u:%u/\n", ip[0], ip[1],
	       ip[2], ip[3], c.port);
	if (c.probe)
		return 0;
	for (;;)
		uk_net_poll(UKPLAT_TIME_NEVER);
	return 0;
}
