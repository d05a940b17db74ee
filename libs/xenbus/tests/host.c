/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host test of the xenstore client and the xenbus handshake over a fake
 * ring: a small xenstored (a key/value table, watches, transactions)
 * that runs whenever the client waits, and hands its replies back a few
 * bytes at a time (down to one), with the ring indexes starting near
 * their 32-bit wrap and off the ring's start, so messages split across
 * the end of the ring. It can also send replies too large for the
 * protocol or the caller, error replies, replies to no request, watch
 * events in the middle of a transaction, and nothing at all.
 *
 * One line per check ("ok <name>"), then "N passed, M failed"; exit 1
 * if any failed.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/xenbus.h>
#include <uk/xenstore.h>

/* ---- the fake xenstored ---- */

#define KEYS 64
#define OUT_MAX 65536

static struct uk_xs_ring ring;
static struct uk_xs xs;

static struct {
	char key[128];
	char val[4096];
	size_t len;
	int used;
} store[KEYS];

static struct {
	char path[128], token[32];
	int used;
} watches[8];

static unsigned char out[OUT_MAX]; /* replies not yet on the ring */
static size_t out_len;
static unsigned char req[16 + 4096 + 16]; /* request being read */
static size_t req_got;

static unsigned int chunk = 1000; /* bytes put on the ring per wait */
static uint64_t clock_ns;
static unsigned int notifies, waits;
static int silent;     /* 1: answer nothing */
static int conflicts;  /* transaction commits to refuse with EAGAIN */
static int error_next; /* reply to the next request with this name */
static const char *error_name;
static int oversize_next;	     /* reply with a length over the limit */
static int stray_next;		     /* send a reply to another req_id first */
static const char *event_on_tx_read; /* watch path to fire in a tx read */
static unsigned int tx_started;

static void emit(uint32_t type, uint32_t id, uint32_t tx, const void *data,
		 size_t len)
{
	struct uk_xs_msg_hdr h = { type, id, tx, (uint32_t)len };

	if (out_len + sizeof(h) + len > OUT_MAX) {
		fprintf(stderr, "fake xenstored: output overflow\n");
		exit(2);
	}
	memcpy(out + out_len, &h, sizeof(h));
	memcpy(out + out_len + sizeof(h), data, len);
	out_len += sizeof(h) + len;
}

static void emit_str(uint32_t type, uint32_t id, uint32_t tx, const char *s)
{
	emit(type, id, tx, s, strlen(s) + 1);
}

static void fire(const char *path)
{
	char ev[300];
	size_t pl;
	int i;

	for (i = 0; i < 8; i++) {
		size_t wl = strlen(watches[i].path);

		if (!watches[i].used || strncmp(path, watches[i].path, wl) ||
		    (path[wl] && path[wl] != '/'))
			continue;
		pl = strlen(path);
		memcpy(ev, path, pl + 1);
		memcpy(ev + pl + 1, watches[i].token,
		       strlen(watches[i].token) + 1);
		emit(UK_XS_WATCH_EVENT, 0, 0, ev,
		     pl + strlen(watches[i].token) + 2);
	}
}

static int find(const char *key)
{
	int i;

	for (i = 0; i < KEYS; i++)
		if (store[i].used && strcmp(store[i].key, key) == 0)
			return i;
	return -1;
}

/* A node with children exists (with an empty value) in xenstored. */
static int has_children(const char *key)
{
	size_t kl = strlen(key);
	int i;

	for (i = 0; i < KEYS; i++)
		if (store[i].used && !strncmp(store[i].key, key, kl) &&
		    store[i].key[kl] == '/')
			return 1;
	return 0;
}

static void put_key(const char *key, const char *val, size_t len)
{
	int i = find(key);

	for (int j = 0; i < 0 && j < KEYS; j++)
		if (!store[j].used)
			i = j;
	store[i].used = 1;
	snprintf(store[i].key, sizeof(store[i].key), "%s", key);
	memcpy(store[i].val, val, len);
	store[i].len = len;
	fire(key);
}

static void set(const char *key, const char *val)
{
	put_key(key, val, strlen(val));
}

/* Handle one complete request in req[]. */
static void handle(void)
{
	struct uk_xs_msg_hdr h;
	const char *p = (const char *)req + sizeof(h);
	char names[2048];
	size_t n = 0, kl;
	int i;

	memcpy(&h, req, sizeof(h));
	if (stray_next) {
		stray_next = 0;
		emit_str(UK_XS_READ, h.req_id + 1000, 0, "stray");
	}
	if (error_next) {
		error_next = 0;
		emit_str(UK_XS_ERROR, h.req_id, h.tx_id, error_name);
		return;
	}
	if (oversize_next) {
		struct uk_xs_msg_hdr big = { h.type, h.req_id, h.tx_id, 5000 };

		oversize_next = 0;
		memcpy(out + out_len, &big, sizeof(big));
		memset(out + out_len + sizeof(big), 'x', 5000);
		out_len += sizeof(big) + 5000;
		return;
	}
	switch (h.type) {
	case UK_XS_READ:
		if (h.tx_id && event_on_tx_read) {
			/* Another domain writes a watched key meanwhile. */
			set(event_on_tx_read, "changed");
			event_on_tx_read = NULL;
		}
		i = find(p);
		if (i < 0 && has_children(p))
			emit(UK_XS_READ, h.req_id, h.tx_id, "", 0);
		else if (i < 0)
			emit_str(UK_XS_ERROR, h.req_id, h.tx_id, "ENOENT");
		else
			emit(UK_XS_READ, h.req_id, h.tx_id, store[i].val,
			     store[i].len);
		break;
	case UK_XS_WRITE:
		kl = strlen(p);
		put_key(p, p + kl + 1, h.len - kl - 1);
		emit_str(UK_XS_WRITE, h.req_id, h.tx_id, "OK");
		break;
	case UK_XS_RM:
		kl = strlen(p);
		for (i = 0; i < KEYS; i++)
			if (store[i].used && !strncmp(store[i].key, p, kl) &&
			    (!store[i].key[kl] || store[i].key[kl] == '/'))
				store[i].used = 0;
		emit_str(UK_XS_RM, h.req_id, h.tx_id, "OK");
		break;
	case UK_XS_DIRECTORY:
		kl = strlen(p);
		for (i = 0; i < KEYS; i++) {
			const char *k = store[i].key, *slash;
			size_t cl;

			if (!store[i].used || strncmp(k, p, kl) || k[kl] != '/')
				continue;
			k += kl + 1;
			slash = strchr(k, '/');
			cl = slash ? (size_t)(slash - k) : strlen(k);
			/* each child once */
			int dup = 0;
			for (size_t o = 0; o < n; o += strlen(names + o) + 1)
				dup |= strlen(names + o) == cl &&
				       !strncmp(names + o, k, cl);
			if (!dup) {
				memcpy(names + n, k, cl);
				names[n + cl] = '\0';
				n += cl + 1;
			}
		}
		if (!n && find(p) < 0)
			emit_str(UK_XS_ERROR, h.req_id, h.tx_id, "ENOENT");
		else
			emit(UK_XS_DIRECTORY, h.req_id, h.tx_id, names, n);
		break;
	case UK_XS_WATCH:
	case UK_XS_UNWATCH:
		kl = strlen(p);
		for (i = 0; i < 8; i++) {
			if (h.type == UK_XS_WATCH && !watches[i].used) {
				watches[i].used = 1;
				snprintf(watches[i].path,
					 sizeof(watches[i].path), "%s", p);
				snprintf(watches[i].token,
					 sizeof(watches[i].token), "%s",
					 p + kl + 1);
				break;
			}
			if (h.type == UK_XS_UNWATCH && watches[i].used &&
			    !strcmp(watches[i].token, p + kl + 1)) {
				watches[i].used = 0;
				break;
			}
		}
		emit_str(h.type, h.req_id, 0, "OK");
		/* The event xenstored sends at once, after the reply. */
		if (h.type == UK_XS_WATCH) {
			char ev[300];
			size_t tl = strlen(p + kl + 1);

			memcpy(ev, p, kl + 1);
			memcpy(ev + kl + 1, p + kl + 1, tl + 1);
			emit(UK_XS_WATCH_EVENT, 0, 0, ev, kl + tl + 2);
		}
		break;
	case UK_XS_TRANSACTION_START: {
		char id[16];

		snprintf(id, sizeof(id), "%u", ++tx_started);
		emit_str(h.type, h.req_id, 0, id);
		break;
	}
	case UK_XS_TRANSACTION_END:
		if (p[0] == 'T' && conflicts > 0) {
			conflicts--;
			emit_str(UK_XS_ERROR, h.req_id, h.tx_id, "EAGAIN");
		} else {
			emit_str(h.type, h.req_id, h.tx_id, "OK");
		}
		break;
	default: emit_str(UK_XS_ERROR, h.req_id, h.tx_id, "ENOSYS");
	}
}

/* Consume requests, then put up to `chunk` reply bytes on the ring. */
static void serve(void)
{
	struct uk_xs_msg_hdr h;
	uint32_t n, space;

	while (ring.req_cons != ring.req_prod) {
		req[req_got++] =
			ring.req[ring.req_cons++ & (UK_XS_RING_SIZE - 1)];
		if (req_got >= sizeof(h)) {
			memcpy(&h, req, sizeof(h));
			if (req_got == sizeof(h) + h.len) {
				if (!silent)
					handle();
				req_got = 0;
			}
		}
	}
	space = UK_XS_RING_SIZE - (ring.rsp_prod - ring.rsp_cons);
	n = out_len < chunk ? (uint32_t)out_len : chunk;
	if (n > space)
		n = space;
	for (uint32_t i = 0; i < n; i++)
		ring.rsp[ring.rsp_prod++ & (UK_XS_RING_SIZE - 1)] = out[i];
	memmove(out, out + n, out_len - n);
	out_len -= n;
}

static void fake_notify(void *ctx)
{
	(void)ctx;
	notifies++;
}

static void fake_wait(void *ctx, uint64_t deadline)
{
	(void)ctx;
	(void)deadline;
	waits++;
	clock_ns += 1000000; /* 1 ms per wait: timeouts come */
	serve();
}

static void fake_wake(void *ctx) { (void)ctx; }

static uint64_t fake_now(void *ctx)
{
	(void)ctx;
	return clock_ns;
}

static const struct uk_xs_ops ops = { fake_notify, fake_wait, fake_wake,
				      fake_now };

/* A fresh store and client, ring indexes at start (near the wrap). */
static void reset(uint32_t start)
{
	memset(store, 0, sizeof(store));
	memset(watches, 0, sizeof(watches));
	memset(&ring, 0, sizeof(ring));
	ring.req_cons = ring.req_prod = start;
	ring.rsp_cons = ring.rsp_prod = start;
	out_len = req_got = 0;
	silent = conflicts = error_next = oversize_next = stray_next = 0;
	event_on_tx_read = NULL;
	chunk = 1000;
	uk_xs_init(&xs, &ring, &ops, NULL);
	uk_xs_set_timeout(&xs, 2000000000ULL); /* 2 s of fake time */
}

/* ---- checks ---- */

static int passed, failed;
static const char *current;
static int current_failed;

#define CHECK(cond)                                                     \
	do {                                                            \
		if (!(cond)) {                                          \
			if (!current_failed)                            \
				printf("FAIL %s: %s:%d: %s\n", current, \
				       __FILE__, __LINE__, #cond);      \
			current_failed = 1;                             \
		}                                                       \
	} while (0)

#define CHECK_EQ(a, b)                                                      \
	do {                                                                \
		long long a_ = (long long)(a), b_ = (long long)(b);         \
		if (a_ != b_) {                                             \
			if (!current_failed)                                \
				printf("FAIL %s: %s:%d: %s == %s (%lld vs " \
				       "%lld)\n",                           \
				       current, __FILE__, __LINE__, #a, #b, \
				       a_, b_);                             \
			current_failed = 1;                                 \
		}                                                           \
	} while (0)

static void run(const char *name, void (*fn)(void))
{
	current = name;
	current_failed = 0;
	fn();
	if (current_failed) {
		failed++;
	} else {
		passed++;
		printf("ok %s\n", name);
	}
}

static void basic_ops(void)
{
	char buf[64];
	long long v;
	unsigned int c;

	for (c = 1; c <= 1000; c = c == 1 ? 7 : c * 10) {
		reset(0);
		chunk = c;
		CHECK_EQ(uk_xs_write(&xs, 0, "name", "guest"), 0);
		CHECK_EQ(uk_xs_read(&xs, 0, "name", buf, sizeof(buf)), 5);
		CHECK(strcmp(buf, "guest") == 0);
		CHECK_EQ(uk_xs_write_int(&xs, 0, "domid", 7), 0);
		CHECK_EQ(uk_xs_read_int(&xs, 0, "domid", &v), 0);
		CHECK_EQ(v, 7);
		CHECK_EQ(uk_xs_read_int(&xs, 0, "name", &v), -EINVAL);
		CHECK_EQ(uk_xs_read(&xs, 0, "missing", buf, sizeof(buf)),
			 -ENOENT);
		CHECK_EQ(uk_xs_write(&xs, 0, "dir/a", "1"), 0);
		CHECK_EQ(uk_xs_write(&xs, 0, "dir/b/c", "2"), 0);
		CHECK_EQ(uk_xs_directory(&xs, 0, "dir", buf, sizeof(buf)), 2);
		CHECK(memcmp(buf, "a\0b\0", 4) == 0);
		CHECK_EQ(uk_xs_rm(&xs, 0, "dir"), 0);
		CHECK_EQ(uk_xs_directory(&xs, 0, "dir", buf, sizeof(buf)),
			 -ENOENT);
		CHECK_EQ(uk_xs_read(&xs, 0, "", buf, 0), -ERANGE);
	}
}

/* Messages split across the ring's end and the 32-bit index wrap. */
static void split_across_the_wrap(void)
{
	static char big[3001], back[3100];
	uint32_t start;
	int i;

	memset(big, 'v', 3000);
	big[0] = 'A';
	big[2999] = 'Z';
	for (i = 0; i < 4; i++) {
		start = 0xFFFFFFFFu - 1100 + 13 * (uint32_t)i;
		reset(start);
		chunk = 333;
		CHECK_EQ(uk_xs_write(&xs, 0, "big", big), 0);
		CHECK_EQ(uk_xs_read(&xs, 0, "big", back, sizeof(back)), 3000);
		CHECK(memcmp(back, big, 3001) == 0);
		CHECK_EQ(uk_xs_write(&xs, 0, "k", "small"), 0);
		CHECK_EQ(uk_xs_read(&xs, 0, "k", back, sizeof(back)), 5);
	}
	/* It crossed 2^32: the client went on with wrapped indexes. */
	CHECK(ring.rsp_cons < 0x1000);
	CHECK(ring.req_prod < 0x1000);
}

static void partial_replies_one_byte_at_a_time(void)
{
	char buf[64];
	unsigned int w;

	reset(1000);
	chunk = 1;
	CHECK_EQ(uk_xs_write(&xs, 0, "device/vif/0/mac", "00:16:3e:01:02:03"),
		 0);
	w = waits;
	CHECK_EQ(uk_xs_read(&xs, 0, "device/vif/0/mac", buf, sizeof(buf)), 17);
	CHECK(strcmp(buf, "00:16:3e:01:02:03") == 0);
	/* A wait per byte of the 16-byte header and 17-byte payload. */
	CHECK(waits - w >= 33);
}

static void error_replies(void)
{
	char buf[16];

	reset(0);
	error_next = 1;
	error_name = "EACCES";
	CHECK_EQ(uk_xs_write(&xs, 0, "/local/domain/0/x", "1"), -EACCES);
	error_next = 1;
	error_name = "EQUOTA-SOMETHING";
	CHECK_EQ(uk_xs_read(&xs, 0, "x", buf, sizeof(buf)), -EIO);
	/* Still in step after errors. */
	CHECK_EQ(uk_xs_write(&xs, 0, "x", "ok"), 0);
	CHECK_EQ(uk_xs_read(&xs, 0, "x", buf, sizeof(buf)), 2);
	CHECK_EQ(uk_xs_errno("ENOENT"), ENOENT);
	CHECK_EQ(uk_xs_errno("EAGAIN"), EAGAIN);
}

static void reply_larger_than_the_buffer(void)
{
	char small[4], buf[16];

	reset(0);
	chunk = 5;
	CHECK_EQ(uk_xs_write(&xs, 0, "k", "0123456789"), 0);
	CHECK_EQ(uk_xs_read(&xs, 0, "k", small, sizeof(small)), -ERANGE);
	/* The reply was consumed whole: the next one is in step. */
	CHECK_EQ(uk_xs_write(&xs, 0, "j", "ab"), 0);
	CHECK_EQ(uk_xs_read(&xs, 0, "j", buf, sizeof(buf)), 2);
	CHECK(strcmp(buf, "ab") == 0);
}

static void oversized_reply_breaks_the_connection(void)
{
	char buf[16];

	reset(0);
	oversize_next = 1;
	CHECK_EQ(uk_xs_read(&xs, 0, "k", buf, sizeof(buf)), -EIO);
	CHECK_EQ(uk_xs_write(&xs, 0, "k", "v"), -EIO);
}

static void bad_indexes_break_the_connection(void)
{
	char buf[16];

	reset(0);
	CHECK_EQ(uk_xs_write(&xs, 0, "k", "v"), 0);
	ring.rsp_prod = ring.rsp_cons + UK_XS_RING_SIZE + 1;
	CHECK_EQ(uk_xs_read(&xs, 0, "k", buf, sizeof(buf)), -EIO);
}

static void stray_and_late_replies_are_dropped(void)
{
	char buf[16];

	reset(0);
	CHECK_EQ(uk_xs_write(&xs, 0, "k", "v"), 0);
	stray_next = 1;
	CHECK_EQ(uk_xs_read(&xs, 0, "k", buf, sizeof(buf)), 1);
	CHECK(strcmp(buf, "v") == 0);
	/* No answer: the request times out (fake time goes 1 ms a wait). */
	silent = 1;
	CHECK_EQ(uk_xs_read(&xs, 0, "k", buf, sizeof(buf)), -ETIMEDOUT);
	CHECK(clock_ns >= 2000000000ULL);
	/* The late reply to it comes before the next one's: dropped. */
	silent = 0;
	emit(UK_XS_READ, xs.next_id - 1, 0, "late", 4);
	CHECK_EQ(uk_xs_read(&xs, 0, "k", buf, sizeof(buf)), 1);
	CHECK(strcmp(buf, "v") == 0);
	CHECK(xs.dropped >= 2);
}

struct tx_arg {
	unsigned int runs;
	char seen[32];
};

static int tx_body(struct uk_xs *c, uk_xs_tx_t tx, void *arg)
{
	struct tx_arg *a = arg;
	int rc;

	a->runs++;
	rc = uk_xs_read(c, tx, "counter", a->seen, sizeof(a->seen));
	if (rc < 0)
		return rc;
	return uk_xs_write(c, tx, "counter", "2");
}

static void watch_event_during_a_transaction(void)
{
	struct uk_xs_watch w;
	struct tx_arg a = { 0, "" };
	char path[64];
	unsigned int started;

	reset(0xFFFFFFFFu - 500);
	chunk = 3;
	CHECK_EQ(uk_xs_write(&xs, 0, "counter", "1"), 0);
	CHECK_EQ(uk_xs_watch(&xs, &w, "peer"), 0);
	/* The initial event. */
	CHECK_EQ(uk_xs_watch_next(&xs, &w, path, sizeof(path), UINT64_MAX), 4);
	CHECK(strcmp(path, "peer") == 0);
	CHECK_EQ(uk_xs_watch_pending(&xs, &w), 0);

	/* The first commit conflicts; a watched key changes in the first run. */
	event_on_tx_read = "peer/key";
	conflicts = 1;
	started = tx_started;
	CHECK_EQ(uk_xs_transaction(&xs, tx_body, &a, 4), 0);
	CHECK_EQ(a.runs, 2);
	CHECK_EQ(tx_started - started, 2);
	CHECK_EQ(uk_xs_watch_pending(&xs, &w), 1);
	CHECK_EQ(uk_xs_watch_next(&xs, &w, path, sizeof(path), UINT64_MAX), 8);
	CHECK(strcmp(path, "peer/key") == 0);

	/* Every try conflicts: -EAGAIN after the last. */
	conflicts = 10;
	a.runs = 0;
	CHECK_EQ(uk_xs_transaction(&xs, tx_body, &a, 3), -EAGAIN);
	CHECK_EQ(a.runs, 3);
	conflicts = 0;

	/* Nothing more: a wait for an event times out. */
	CHECK_EQ(uk_xs_watch_next(&xs, &w, path, sizeof(path),
				  clock_ns + 5000000),
		 -ETIMEDOUT);
	CHECK_EQ(uk_xs_unwatch(&xs, &w), 0);
	CHECK_EQ(uk_xs_write(&xs, 0, "peer/key", "again"), 0);
	CHECK_EQ(uk_xs_watch_pending(&xs, &w), 0);
}

static void watch_queue_overflow(void)
{
	struct uk_xs_watch w;
	char path[64], key[32];
	int i;

	reset(0);
	CHECK_EQ(uk_xs_watch(&xs, &w, "q"), 0);
	CHECK_EQ(uk_xs_watch_next(&xs, &w, path, sizeof(path), UINT64_MAX), 1);
	for (i = 0; i < UK_XS_WATCH_QUEUE + 3; i++) {
		snprintf(key, sizeof(key), "q/%d", i);
		CHECK_EQ(uk_xs_write(&xs, 0, key, "x"), 0);
	}
	/* Too many to keep: one event for the watched path instead. */
	CHECK_EQ(uk_xs_watch_pending(&xs, &w), 1 + 3 - 1);
	CHECK_EQ(uk_xs_watch_next(&xs, &w, path, sizeof(path), UINT64_MAX), 1);
	CHECK(strcmp(path, "q") == 0);
	CHECK_EQ(uk_xs_watch_next(&xs, &w, path, sizeof(path), UINT64_MAX), 3);
	CHECK(strcmp(path, "q/9") == 0);
}

static void device_discovery(void)
{
	struct uk_xenbus_dev dev;
	unsigned int ids[2];

	reset(0);
	set("device/vif/2/backend", "/local/domain/0/backend/vif/5/2");
	set("device/vif/2/backend-id", "0");
	set("device/vif/0/backend", "/local/domain/0/backend/vif/5/0");
	set("device/vif/0/backend-id", "0");
	set("device/vif/1/mac", "x");
	set("device/vif/bogus/mac", "x");
	CHECK_EQ(uk_xenbus_list(&xs, "vif", ids, 2), 3);
	CHECK_EQ(ids[0], 0);
	CHECK_EQ(ids[1], 1);
	CHECK_EQ(uk_xenbus_list(&xs, "vbd", ids, 2), 0);
	CHECK_EQ(uk_xenbus_dev_init(&xs, &dev, "vif", 2), 0);
	CHECK(strcmp(dev.node, "device/vif/2") == 0);
	CHECK(strcmp(dev.backend, "/local/domain/0/backend/vif/5/2") == 0);
	CHECK_EQ(dev.backend_id, 0);
	CHECK_EQ(uk_xenbus_dev_init(&xs, &dev, "vif", 1), -ENOENT);
	CHECK(strcmp(uk_xenbus_state_name(UK_XENBUS_INITWAIT), "InitWait") ==
	      0);
}

/* A back end that follows the front end's state, as netback does. */
static void backend_step(void)
{
	int f = find("device/vif/0/state"), b = find("be/state");
	char fs = f >= 0 ? store[f].val[0] : '0';
	char bs = b >= 0 ? store[b].val[0] : '0';

	if (fs == '1' && bs == '0')
		set("be/state", "2");
	else if (fs == '4' && bs == '2' && find("device/vif/0/ring-ref") >= 0)
		set("be/state", "4");
	else if (fs == '5' && bs == '4')
		set("be/state", "5");
	else if (fs == '6' && bs == '5')
		set("be/state", "6");
}

static void backend_wait(void *ctx, uint64_t deadline)
{
	fake_wait(ctx, deadline);
	backend_step();
}

static int publish(struct uk_xs *c, uk_xs_tx_t tx,
		   const struct uk_xenbus_dev *dev, void *arg)
{
	char path[64];

	(void)arg;
	snprintf(path, sizeof(path), "%s/ring-ref", dev->node);
	return uk_xs_write(c, tx, path, "8");
}

static void frontend_handshake(void)
{
	static const struct uk_xs_ops bops = { fake_notify, backend_wait,
					       fake_wake, fake_now };
	struct uk_xenbus_dev dev;

	reset(77);
	xs.ops = &bops;
	set("device/vif/0/backend", "be");
	set("device/vif/0/backend-id", "0");
	CHECK_EQ(uk_xenbus_dev_init(&xs, &dev, "vif", 0), 0);
	CHECK_EQ(uk_xenbus_read_state(&xs, "be"), UK_XENBUS_UNKNOWN);
	conflicts = 1; /* the publishing transaction is retried */
	CHECK_EQ(uk_xenbus_connect(&xs, &dev, publish, NULL,
				   UK_XENBUS_CONNECTED, clock_ns + 1000000000),
		 0);
	CHECK_EQ(uk_xenbus_read_state(&xs, "be"), UK_XENBUS_CONNECTED);
	CHECK_EQ(uk_xenbus_read_state(&xs, dev.node), UK_XENBUS_CONNECTED);
	CHECK_EQ(uk_xenbus_close(&xs, &dev, clock_ns + 1000000000), 0);
	CHECK_EQ(uk_xenbus_read_state(&xs, dev.node), UK_XENBUS_CLOSED);
	CHECK_EQ(uk_xenbus_read_state(&xs, "be"), UK_XENBUS_CLOSED);
	/* Once the toolstack removed the device, no state is written. */
	CHECK_EQ(uk_xs_rm(&xs, 0, "device/vif/0"), 0);
	CHECK_EQ(uk_xenbus_set_state(&xs, &dev, UK_XENBUS_INITIALISING),
		 -ENOENT);
	CHECK(find("device/vif/0/state") < 0);
	/* A back end that never answers: the handshake times out. */
	xs.ops = &ops;
	set("device/vif/0/backend", "be2");
	set("device/vif/0/backend-id", "0");
	CHECK_EQ(uk_xenbus_dev_init(&xs, &dev, "vif", 0), 0);
	CHECK_EQ(uk_xenbus_connect(&xs, &dev, publish, NULL,
				   UK_XENBUS_CONNECTED, clock_ns + 50000000),
		 -ETIMEDOUT);
}

int main(void)
{
	run("basic_ops", basic_ops);
	run("split_across_the_wrap", split_across_the_wrap);
	run("partial_replies_one_byte_at_a_time",
	    partial_replies_one_byte_at_a_time);
	run("error_replies", error_replies);
	run("reply_larger_than_the_buffer", reply_larger_than_the_buffer);
	run("oversized_reply_breaks_the_connection",
	    oversized_reply_breaks_the_connection);
	run("bad_indexes_break_the_connection",
	    bad_indexes_break_the_connection);
	run("stray_and_late_replies_are_dropped",
	    stray_and_late_replies_are_dropped);
	run("watch_event_during_a_transaction",
	    watch_event_during_a_transaction);
	run("watch_queue_overflow", watch_queue_overflow);
	run("device_discovery", device_discovery);
	run("frontend_handshake", frontend_handshake);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
