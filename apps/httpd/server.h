/* SPDX-License-Identifier: BSD-3-Clause */
/* server.h - httpd's settings and its HTTP connections over uk/tcp.h. */
#ifndef HTTPD_SERVER_H
#define HTTPD_SERVER_H

#include <stdbool.h>
#include <stdint.h>
#include <uk/net.h>

/** What the command line sets. */
struct httpd_conf {
	struct uk_net_conf net;
	uint16_t port;	     /**< port=N (default 80) */
	unsigned int idle_s; /**< idle=S: idle and slow-client timeout (10) */
	const char *root;    /**< root=DIR: the files served (default /www) */
	bool quiet;
	bool probe; /**< bring the network up, listen, return 0 (a boot check) */
};

/**
 * Parse ip= mask= gw= port= idle= root= poll quiet probe into *c; 0, or -1 after a
 * message naming the bad argument.
 */
int httpd_args(int argc, char **argv, struct httpd_conf *c);

/** Listen on c->port; 0 or a negative errno. */
int httpd_start(const struct httpd_conf *c);

#endif /* HTTPD_SERVER_H */
