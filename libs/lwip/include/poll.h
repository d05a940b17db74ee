/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * poll.h - wait for descriptors (libs/lwip's sockets). Sockets report
 * what they can do; other descriptors (the console, files) are always
 * ready for what is asked (reading the console gives end of file today).
 * While waiting, poll() runs the network stack's loop (uk/net.h).
 */
#ifndef _UK_POLL_H
#define _UK_POLL_H

#ifdef __cplusplus
extern "C" {
#endif

/** Count of pollfd entries. */
typedef unsigned long nfds_t;

/** One descriptor to watch: events asked, revents found. */
struct pollfd {
	int fd;
	short events;
	short revents;
};

#define POLLIN 0x001
#define POLLPRI 0x002
#define POLLOUT 0x004
#define POLLERR 0x008
#define POLLHUP 0x010
#define POLLNVAL 0x020
#define POLLRDNORM 0x040
#define POLLRDBAND 0x080
#define POLLWRNORM 0x100
#define POLLWRBAND 0x200

/**
 * Wait until one of fds is ready or timeout ms passed (-1: forever, 0:
 * just look). Returns how many entries have revents set (POLLERR,
 * POLLHUP and POLLNVAL always count), 0 on timeout, -1 with EINVAL.
 */
int poll(struct pollfd *fds, nfds_t nfds, int timeout);

#ifdef __cplusplus
}
#endif

#endif /* _UK_POLL_H */
