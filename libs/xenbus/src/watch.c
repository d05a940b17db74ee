/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Watches. Each has a token unique to it (its address in hex) and a
 * fixed queue of event paths, filled by xs_drain() whenever a watch
 * event arrives, whatever else is in flight (a transaction's requests,
 * another thread's read), and emptied by uk_xs_watch_next(). The watch
 * is on the client's list before XS_WATCH goes out: xenstored may send
 * the first event before its reply.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "core.h"

static void copy(char *dst, const char *src, size_t len)
{
	size_t n = strlen(src);

	if (n >= len)
		n = len - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

void xs_watch_event(struct uk_xs *xs, const char *path, const char *token)
{
	struct uk_xs_watch *w;
	unsigned int slot;

	for (w = xs->watches; w; w = w->next)
		if (strcmp(w->token, token) == 0)
			break;
	if (!w) {
		xs->dropped++; /* a watch removed meanwhile */
		return;
	}
	if (w->count == UK_XS_WATCH_QUEUE ||
	    strlen(path) >= UK_XS_WATCH_PATH_MAX) {
		/* Lost track: one event for the whole subtree instead. */
		w->overflow = true;
		w->head = 0;
		w->count = 0;
	} else {
		slot = (w->head + w->count) % UK_XS_WATCH_QUEUE;
		copy(w->events[slot], path, UK_XS_WATCH_PATH_MAX);
		w->count++;
	}
	xs->ops->wake(xs->ctx);
}

static int watch_request(struct uk_xs *xs, uint32_t type,
			 const struct uk_xs_watch *w)
{
	struct xs_part p[2] = { { w->path, strlen(w->path) + 1 },
				{ w->token, strlen(w->token) + 1 } };
	int n = xs_request(xs, type, UK_XS_NO_TX, p, 2, NULL, 0);

	return n == -ERANGE ? 0 : n < 0 ? n : 0;
}

static void unlink_watch(struct uk_xs *xs, struct uk_xs_watch *w)
{
	struct uk_xs_watch **p;

	for (p = &xs->watches; *p; p = &(*p)->next)
		if (*p == w) {
			*p = w->next;
			break;
		}
	w->next = NULL;
}

int uk_xs_watch(struct uk_xs *xs, struct uk_xs_watch *w, const char *path)
{
	int rc;

	if (strlen(path) >= UK_XS_WATCH_PATH_MAX)
		return -ENAMETOOLONG;
	memset(w, 0, sizeof(*w));
	copy(w->path, path, sizeof(w->path));
	snprintf(w->token, sizeof(w->token), "uk%lx",
		 (unsigned long)(uintptr_t)w);
	w->next = xs->watches;
	xs->watches = w;
	rc = watch_request(xs, UK_XS_WATCH, w);
	if (rc)
		unlink_watch(xs, w);
	return rc;
}

int uk_xs_unwatch(struct uk_xs *xs, struct uk_xs_watch *w)
{
	int rc = watch_request(xs, UK_XS_UNWATCH, w);

	unlink_watch(xs, w);
	w->count = 0;
	w->overflow = false;
	return rc;
}

unsigned int uk_xs_watch_pending(struct uk_xs *xs, struct uk_xs_watch *w)
{
	xs_drain(xs);
	return w->count + (w->overflow ? 1 : 0);
}

int uk_xs_watch_next(struct uk_xs *xs, struct uk_xs_watch *w, char *path,
		     size_t len, uint64_t deadline)
{
	const char *ev;
	size_t n;

	for (;;) {
		xs_drain(xs);
		if (w->overflow || w->count)
			break;
		if (xs->broken)
			return xs->broken;
		if (xs->ops->now(xs->ctx) >= deadline)
			return -ETIMEDOUT;
		xs->ops->wait(xs->ctx, deadline);
	}
	ev = w->overflow ? w->path : w->events[w->head];
	n = strlen(ev);
	if (n >= len)
		return -ERANGE;
	memcpy(path, ev, n + 1);
	if (w->overflow) {
		w->overflow = false;
	} else {
		w->head = (w->head + 1) % UK_XS_WATCH_QUEUE;
		w->count--;
	}
	return (int)n;
}
