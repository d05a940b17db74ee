/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/xenstore.h - a xenstore client over the domain's store ring (the
 * wire protocol of Xen's public io/xs_wire.h): read, write, remove,
 * directory, watches and transactions.
 *
 * Paths without a leading '/' are relative to the domain's home,
 * /local/domain/<domid>/ ("name", "device/vif/0/mac"). Every call blocks
 * the calling thread (never the CPU: it sleeps on the store's event
 * channel through uksched) until the reply came or the client's timeout
 * passed (-ETIMEDOUT). One request is on the ring at a time; other
 * threads queue behind it. Errors are -errno: the name xenstored sends
 * back (ENOENT, EACCES, EAGAIN, ...), -ETIMEDOUT, -ERANGE (a reply larger
 * than the caller's buffer: the reply is dropped), -EIO once the ring
 * broke (an index or a message length out of range: the connection is
 * no longer usable, every later call fails so).
 *
 * uk_xs_get() is the domain's connection. uk_xs_init() builds a client
 * over any ring and transport (host tests use a fake one).
 */
#ifndef UK_XENSTORE_H
#define UK_XENSTORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The wire protocol (io/xs_wire.h) */
#define UK_XS_RING_SIZE 1024
#define UK_XS_PAYLOAD_MAX 4096

/** The store ring page shared with xenstored. Indexes run freely. */
struct uk_xs_ring {
	char req[UK_XS_RING_SIZE]; /**< requests, we produce */
	char rsp[UK_XS_RING_SIZE]; /**< replies and watch events, we consume */
	uint32_t req_cons, req_prod;
	uint32_t rsp_cons, rsp_prod;
};

/** Every message's header, followed by len bytes of payload. */
struct uk_xs_msg_hdr {
	uint32_t type;	 /**< UK_XS_* below */
	uint32_t req_id; /**< echoed in the reply */
	uint32_t tx_id;	 /**< transaction, 0 for none */
	uint32_t len;	 /**< payload bytes (at most UK_XS_PAYLOAD_MAX) */
};

/* Message types used here */
#define UK_XS_DIRECTORY 1
#define UK_XS_READ 2
#define UK_XS_WATCH 4
#define UK_XS_UNWATCH 5
#define UK_XS_TRANSACTION_START 6
#define UK_XS_TRANSACTION_END 7
#define UK_XS_WRITE 11
#define UK_XS_MKDIR 12
#define UK_XS_RM 13
#define UK_XS_WATCH_EVENT 15
#define UK_XS_ERROR 16

/** A transaction id; UK_XS_NO_TX outside a transaction. */
typedef uint32_t uk_xs_tx_t;
#define UK_XS_NO_TX 0

/** How the client waits and signals (the platform's, or a test's). */
struct uk_xs_ops {
	/** Raise the store event channel towards xenstored. */
	void (*notify)(void *ctx);
	/**
	 * Sleep until the store event may have fired, wake() was called, or
	 * the monotonic clock reaches deadline (nanoseconds). Spurious
	 * returns are fine: the client checks the ring again.
	 */
	void (*wait)(void *ctx, uint64_t deadline);
	/** Wake every thread in wait() (a request finished). */
	void (*wake)(void *ctx);
	/** Monotonic time in nanoseconds. */
	uint64_t (*now)(void *ctx);
};

/* Bounds of a watch's event queue (the structure below holds them) */
#define UK_XS_WATCH_PATH_MAX 256
#define UK_XS_WATCH_QUEUE 8

/**
 * A watch on a path and everything under it. The caller owns the
 * memory (keep it until uk_xs_unwatch()); its fields are the client's.
 * Events queue here until read; when the queue is full, or a path is
 * longer than UK_XS_WATCH_PATH_MAX - 1, the oldest events are replaced
 * by one event naming the watched path itself ("look again").
 */
struct uk_xs_watch {
	struct uk_xs_watch *next;
	char path[UK_XS_WATCH_PATH_MAX];
	char token[24];
	unsigned int head, count;
	bool overflow;
	char events[UK_XS_WATCH_QUEUE][UK_XS_WATCH_PATH_MAX];
};

/** A client. Fields are private; zero-initialised storage is fine. */
struct uk_xs {
	volatile struct uk_xs_ring *ring;
	const struct uk_xs_ops *ops;
	void *ctx;
	uint64_t timeout_ns;
	int broken; /* 0, or the -errno every call now returns */
	/* the request in flight */
	bool busy;
	uint32_t next_id, want_id;
	bool done;
	uint32_t reply_type, reply_len;
	/* the message being read off the ring */
	struct uk_xs_msg_hdr hdr;
	uint32_t hdr_got, body_got;
	char body[UK_XS_PAYLOAD_MAX + 1];
	struct uk_xs_watch *watches;
	uint32_t dropped; /* messages nobody waited for */
};

/** Default time a request may take before it fails with -ETIMEDOUT. */
#define UK_XS_TIMEOUT_NS 10000000000ULL

/**
 * The domain's store connection, set up on the first call (ring and
 * event channel from the platform). NULL if the domain has none (dom0,
 * a dom0less domU without xenstore); *err (if not NULL) says why.
 */
struct uk_xs *uk_xs_get(int *err);

/** Set xs up over ring, waiting and signalling through ops(ctx). */
void uk_xs_init(struct uk_xs *xs, volatile struct uk_xs_ring *ring,
		const struct uk_xs_ops *ops, void *ctx);

/** Time each later request may take (nanoseconds). */
void uk_xs_set_timeout(struct uk_xs *xs, uint64_t ns);

/**
 * Read path into buf (NUL-terminated): the value's length, -ENOENT, or
 * -ERANGE if it needs more than len - 1 bytes.
 */
int uk_xs_read(struct uk_xs *xs, uk_xs_tx_t tx, const char *path, char *buf,
	       size_t len);

/** Read path as a decimal (or 0x hex) integer: 0, -ENOENT, -EINVAL. */
int uk_xs_read_int(struct uk_xs *xs, uk_xs_tx_t tx, const char *path,
		   long long *value);

/** Write value (a string) at path, creating it and its parents. 0 or -errno. */
int uk_xs_write(struct uk_xs *xs, uk_xs_tx_t tx, const char *path,
		const char *value);

/** uk_xs_write() of a decimal integer. */
int uk_xs_write_int(struct uk_xs *xs, uk_xs_tx_t tx, const char *path,
		    long long value);

/** Remove path and everything under it. 0 or -errno. */
int uk_xs_rm(struct uk_xs *xs, uk_xs_tx_t tx, const char *path);

/**
 * The names of path's children into buf, each NUL-terminated, one after
 * the other: how many, or -ENOENT, -ERANGE (buf too small).
 */
int uk_xs_directory(struct uk_xs *xs, uk_xs_tx_t tx, const char *path,
		    char *buf, size_t len);

/** Start a transaction: 0 and *tx, or -errno. */
int uk_xs_tx_start(struct uk_xs *xs, uk_xs_tx_t *tx);

/**
 * End transaction tx, committing it or not: 0, -EAGAIN if another
 * writer changed what it read (nothing of it was applied), or -errno.
 */
int uk_xs_tx_end(struct uk_xs *xs, uk_xs_tx_t tx, bool commit);

/** A transaction's body: 0 to commit, < 0 to abort with that error. */
typedef int (*uk_xs_tx_fn)(struct uk_xs *xs, uk_xs_tx_t tx, void *arg);

/**
 * Run fn in a transaction and commit it; on -EAGAIN (from the commit or
 * from fn) run it again in a new one, at most tries times in all.
 * Returns 0, fn's error, or -EAGAIN when every try conflicted.
 */
int uk_xs_transaction(struct uk_xs *xs, uk_xs_tx_fn fn, void *arg,
		      unsigned int tries);

/**
 * Watch path (and everything under it) through w. xenstored sends one
 * event for path at once, then one per change. 0 or -errno.
 */
int uk_xs_watch(struct uk_xs *xs, struct uk_xs_watch *w, const char *path);

/** Stop watching; w's queued events are dropped. 0 or -errno. */
int uk_xs_unwatch(struct uk_xs *xs, struct uk_xs_watch *w);

/**
 * The next event of w (the changed path, into path/len), waiting until
 * deadline (monotonic ns) for one: its length, -ETIMEDOUT, -ERANGE.
 */
int uk_xs_watch_next(struct uk_xs *xs, struct uk_xs_watch *w, char *path,
		     size_t len, uint64_t deadline);

/** Events queued on w (after reading what has arrived). */
unsigned int uk_xs_watch_pending(struct uk_xs *xs, struct uk_xs_watch *w);

/** The errno of a xenstored error name ("ENOENT" -> ENOENT), EIO if unknown. */
int uk_xs_errno(const char *name);

#endif /* UK_XENSTORE_H */
