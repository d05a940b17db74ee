/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * poll() and select() over the descriptor table: sockets say what they
 * can do (sock_events), a descriptor with a ready() operation (the
 * console) says it there, others are always ready. Waiting runs the
 * network's poll loop, which sleeps on the device until a frame, lwIP's
 * next timer or the deadline; while a console is watched and not ready,
 * the wait looks again every 10 ms, since its input raises no interrupt.
 */
#include <errno.h>
#include <poll.h>
#include <sys/select.h>
#include <uk/net.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include "sock.h"

/* How often a wait looks again at a descriptor that cannot wake it (the console). */
#define RECHECK_NS 10000000ull

/*
 * Fill each revents; return how many are non-zero, *net if a socket is
 * there, *recheck if a descriptor that is not a socket may become ready.
 */
static int scan(struct pollfd *fds, nfds_t n, bool *net, bool *recheck)
{
	int count = 0;
	nfds_t i;

	for (i = 0; i < n; i++) {
		struct uk_ofile *of;
		short ev;

		fds[i].revents = 0;
		if (fds[i].fd < 0)
			continue;
		of = uk_fd_get(fds[i].fd);
		if (!of) {
			ev = POLLNVAL;
		} else if (of->ops == &sock_fdops) {
			*net = true;
			ev = sock_events(of->priv);
		} else if (of->ops->ready) {
			int r = of->ops->ready(of);

			ev = (short)((r & UK_FD_READY_IN ? POLLIN : 0) |
				     (r & UK_FD_READY_OUT ? POLLOUT : 0));
			if ((fds[i].events & ~ev) & (POLLIN | POLLOUT))
				*recheck = true;
		} else {
			ev = POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM;
		}
		if (of)
			uk_fd_put(of);
		if (ev & POLLIN)
			ev |= POLLRDNORM;
		if (ev & POLLOUT)
			ev |= POLLWRNORM;
		fds[i].revents =
			ev & (fds[i].events | POLLERR | POLLHUP | POLLNVAL);
		if (fds[i].revents)
			count++;
	}
	return count;
}

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	uint64_t until = UKPLAT_TIME_NEVER, wake;
	bool net = false, recheck = false;
	int n;

	if (nfds > UK_FD_MAX * 4 || (nfds && !fds)) {
		errno = EINVAL;
		return -1;
	}
	if (timeout >= 0)
		until = ukplat_monotonic_clock() +
			(uint64_t)timeout * 1000000ull;
	scan(fds, nfds, &net, &recheck);
	for (;;) {
		if (net)
			uk_net_poll(0);
		recheck = false;
		n = scan(fds, nfds, &net, &recheck);
		if (n || ukplat_monotonic_clock() >= until)
			return n;
		wake = until;
		if (recheck && ukplat_monotonic_clock() + RECHECK_NS < wake)
			wake = ukplat_monotonic_clock() + RECHECK_NS;
		if (net)
			uk_net_poll(wake);
		else
			uk_sched_sleep_until(wake);
	}
}

int select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex,
	   struct timeval *timeout)
{
	struct pollfd p[FD_SETSIZE];
	int i, n = 0, ms = -1, ready = 0;

	if (nfds < 0 || nfds > FD_SETSIZE ||
	    (timeout && (timeout->tv_sec < 0 || timeout->tv_usec < 0))) {
		errno = EINVAL;
		return -1;
	}
	if (timeout)
		ms = (int)(timeout->tv_sec > 2000000
				   ? 2000000000
				   : timeout->tv_sec * 1000 +
					     timeout->tv_usec / 1000);
	for (i = 0; i < nfds; i++) {
		short ev = (rd && FD_ISSET(i, rd) ? POLLIN : 0) |
			   (wr && FD_ISSET(i, wr) ? POLLOUT : 0) |
			   (ex && FD_ISSET(i, ex) ? POLLPRI : 0);

		if (ev) {
			p[n].fd = i;
			p[n].events = ev;
			n++;
		}
	}
	if (poll(p, (nfds_t)n, ms) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (p[i].revents & POLLNVAL) {
			errno = EBADF;
			return -1;
		}
	}
	if (rd)
		FD_ZERO(rd);
	if (wr)
		FD_ZERO(wr);
	if (ex)
		FD_ZERO(ex);
	for (i = 0; i < n; i++) {
		short r = p[i].revents;

		if (rd && (r & (POLLIN | POLLHUP | POLLERR)) &&
		    (p[i].events & POLLIN)) {
			FD_SET(p[i].fd, rd);
			ready++;
		}
		if (wr && (r & (POLLOUT | POLLERR)) &&
		    (p[i].events & POLLOUT)) {
			FD_SET(p[i].fd, wr);
			ready++;
		}
		if (ex && (r & POLLPRI) && (p[i].events & POLLPRI)) {
			FD_SET(p[i].fd, ex);
			ready++;
		}
	}
	return ready;
}
