/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/tcp.h - TCP servers over lwIP's raw API, in callbacks run inside
 * uk_net_poll() (uk/net.h).
 *
 * A listener hands each new connection to handler->accept, which returns
 * the app's state for it. Received bytes are offered to handler->recv,
 * which takes what it can and returns how many; what it does not take is
 * kept and offered again after handler->sent (send room grew) or
 * uk_tcp_resume(), and the receive window stays closed meanwhile (flow
 * control). handler->gone is the last call for a connection, whatever
 * ended it (close, reset, abort): the app frees its state there.
 */
#ifndef UK_TCP_H
#define UK_TCP_H

#include <stddef.h>
#include <stdint.h>

struct uk_tcp;

/** What an app does with its connections. Every callback is required. */
struct uk_tcp_handler {
	/** A new connection; return its state, or NULL to refuse (reset). */
	void *(*accept)(struct uk_tcp *c);
	/**
	 * len bytes arrived at data (len 0: the peer closed its side, sent
	 * once). Return how many were consumed (0..len).
	 */
	size_t (*recv)(void *st, const uint8_t *data, size_t len);
	/** Data was acknowledged: send room grew. */
	void (*sent)(void *st);
	/** About every 500 ms while the connection lives (timeouts). */
	void (*poll)(void *st);
	/** The connection is gone (closed, reset or aborted); st is the
	 * app's to free. No call for it follows. */
	void (*gone)(void *st);
};

/** Listen on TCP port on every address. 0 or a negative errno. */
int uk_tcp_listen(uint16_t port, const struct uk_tcp_handler *h);

/** Bytes uk_tcp_send() can queue now. */
size_t uk_tcp_room(struct uk_tcp *c);

/**
 * Queue len bytes (copied) for sending. 0, or -ENOMEM when they do not
 * fit in uk_tcp_room() or memory is short (nothing queued then).
 */
int uk_tcp_send(struct uk_tcp *c, const void *data, size_t len);

/** Send what is queued now rather than at the end of this poll round. */
void uk_tcp_flush(struct uk_tcp *c);

/** Offer the unconsumed received bytes to recv again (soon). */
void uk_tcp_resume(struct uk_tcp *c);

/**
 * Close gracefully after what is queued is sent (a FIN). No more recv;
 * gone follows once lwIP is done with it (or at once if it fails).
 */
void uk_tcp_close(struct uk_tcp *c);

/** Reset the connection now; gone is called before this returns. */
void uk_tcp_abort(struct uk_tcp *c);

/** Connections accepted since uk_net_up(), and those open now. */
void uk_tcp_counts(uint64_t *accepted, unsigned int *open);

#endif /* UK_TCP_H */
