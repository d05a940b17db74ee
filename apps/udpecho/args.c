/* SPDX-License-Identifier: BSD-3-Clause */
/* The command line: ip=A.B.C.D port=N poll quiet probe. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/inet4.h>
#include "udpecho.h"

int echo_args(int argc, char **argv, struct echo_conf *c)
{
	static const uint8_t dflt[4] = { 10, 0, 2, 15 };
	char *end;
	long v;
	int i;

	memcpy(c->ip, dflt, 4);
	c->port = 7;
	for (i = 1; i < argc; i++) {
		if (!strncmp(argv[i], "ip=", 3)) {
			if (uk_inet4_parse(argv[i] + 3, c->ip)) {
				printf("udpecho: %s: not an IPv4 address\n",
				       argv[i]);
				return -1;
			}
		} else if (!strncmp(argv[i], "port=", 5)) {
			v = strtol(argv[i] + 5, &end, 10);
			if (end == argv[i] + 5 || *end || v < 1 || v > 65535) {
				printf("udpecho: %s: not a port (1-65535)\n",
				       argv[i]);
				return -1;
			}
			c->port = (uint16_t)v;
		} else if (!strcmp(argv[i], "poll")) {
			c->poll = true;
		} else if (!strcmp(argv[i], "quiet")) {
			c->quiet = true;
		} else if (!strcmp(argv[i], "probe")) {
			c->probe = true;
		} else {
			printf("udpecho: unknown argument '%s' (ip=A.B.C.D "
			       "port=N poll quiet probe)\n",
			       argv[i]);
			return -1;
		}
	}
	return 0;
}
