/* SPDX-License-Identifier: BSD-3-Clause */
/* The interface's addresses from the command line: ip= mask= gw= dhcp. */
#include <stdio.h>
#include <string.h>
#include <uk/inet4.h>
#include <uk/net.h>

void uk_net_conf_default(struct uk_net_conf *c)
{
	static const struct uk_net_conf d = { { 10, 0, 2, 15 },
					      { 255, 255, 255, 0 },
					      { 10, 0, 2, 2 },
					      false,
					      false };

	*c = d;
}

int uk_net_conf_arg(struct uk_net_conf *c, const char *arg)
{
	uint8_t *dst;

	if (!strcmp(arg, "dhcp")) {
		c->dhcp = true;
		return 1;
	}
	if (!strncmp(arg, "ip=", 3))
		dst = c->ip;
	else if (!strncmp(arg, "mask=", 5))
		dst = c->mask;
	else if (!strncmp(arg, "gw=", 3))
		dst = c->gw;
	else
		return 0;
	if (uk_inet4_parse(strchr(arg, '=') + 1, dst)) {
		printf("net: %s: not an IPv4 address (A.B.C.D)\n", arg);
		return -1;
	}
	return 1;
}
