/* SPDX-License-Identifier: BSD-3-Clause */
/* httpd's command line: ip= mask= gw= dhcp port= idle= root= poll quiet probe. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "server.h"

static int number(const char *arg, const char *val, long lo, long hi, long *out)
{
	char *end;
	long v = strtol(val, &end, 10);

	if (end == val || *end || v < lo || v > hi) {
		printf("httpd: %s: not a number in %ld-%ld\n", arg, lo, hi);
		return -1;
	}
	*out = v;
	return 0;
}

int httpd_args(int argc, char **argv, struct httpd_conf *c)
{
	long v;
	int i, r;

	uk_net_conf_default(&c->net);
	c->port = 80;
	c->idle_s = 10;
	c->root = "/www";
	c->quiet = false;
	c->probe = false;
	for (i = 1; i < argc; i++) {
		r = uk_net_conf_arg(&c->net, argv[i]);
		if (r < 0)
			return -1;
		if (r > 0)
			continue;
		if (!strncmp(argv[i], "port=", 5)) {
			if (number(argv[i], argv[i] + 5, 1, 65535, &v))
				return -1;
			c->port = (uint16_t)v;
		} else if (!strncmp(argv[i], "idle=", 5)) {
			if (number(argv[i], argv[i] + 5, 1, 3600, &v))
				return -1;
			c->idle_s = (unsigned int)v;
		} else if (!strncmp(argv[i], "root=", 5) && argv[i][5] == '/') {
			c->root = argv[i] + 5;
		} else if (!strcmp(argv[i], "poll")) {
			c->net.poll = true;
		} else if (!strcmp(argv[i], "quiet")) {
			c->quiet = true;
		} else if (!strcmp(argv[i], "probe")) {
			c->probe = true;
		} else {
			printf("httpd: unknown argument '%s' (ip=A.B.C.D "
			       "mask=A.B.C.D gw=A.B.C.D dhcp port=N idle=S "
			       "root=/DIR poll quiet probe)\n",
			       argv[i]);
			return -1;
		}
	}
	return 0;
}
