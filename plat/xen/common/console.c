/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukplat_coutk(): console_io until a ring (or another writer) is set up,
 * then that. The ring writer turns "\n" into "\r\n" (the back end hands the
 * bytes to a terminal as they are); Xen's serial console does that
 * itself for console_io.
 *
 * ukplat_cink(): the ring's input side once there is a ring, else
 * console_io's read (Xen's serial input, while its focus is on this
 * domain). The vpl011 writer of dom0less domUs has no input here yet.
 */
#include <limits.h>
#include <stddef.h>
#include <uk/plat/console.h>
#include <uk/plat/time.h>
#include "console.h"
#include "hypercall.h"

/* How long a writer waits for the back end to free ring space. */
#define RING_WAIT_NS 5000000000ULL
/*
 * One character on a 115200 baud 8N1 serial line (Xen's console in the
 * QEMU set-ups), which QEMU's 16550 paces: output Xen has accepted may
 * still be on its way, and a dom0 that exits QEMU right away loses it.
 */
#define SERIAL_CHAR_NS 86806ULL
#define SERIAL_MARGIN_NS 100000000ULL /* and the tail of Xen's own boot log */

static volatile struct xen_cons_ring *ring;
static uint32_t ring_port;
/* Set once the back end stopped consuming: later output is dropped. */
static bool ring_stalled;

static void (*writer)(const char *buf, size_t len);
/* When the serial line will have sent all console_io output so far. */
static uint64_t serial_done_at;

void xen_console_use_writer(void (*write)(const char *buf, size_t len))
{
	writer = write;
}

void xen_console_use_ring(struct xen_cons_ring *r, uint32_t port)
{
	ring_port = port;
	ring = r;
}

/* Wait until the ring has room for one byte; false if it never does. */
static bool ring_wait_room(uint32_t prod)
{
	uint64_t deadline;

	if (prod - ring->out_cons < XEN_CONS_OUT_SIZE)
		return true;
	if (ring_stalled)
		return false;
	ring->out_prod = prod;
	xen_evtchn_send(ring_port);
	deadline = ukplat_monotonic_clock() + RING_WAIT_NS;
	while (prod - ring->out_cons >= XEN_CONS_OUT_SIZE) {
		if (ukplat_monotonic_clock() > deadline) {
			ring_stalled = true;
			return false;
		}
		xen_sched_yield();
	}
	return true;
}

static void ring_put(uint32_t *prod, char c)
{
	if (!ring_wait_room(*prod))
		return;
	ring->out[*prod % XEN_CONS_OUT_SIZE] = c;
	/* The byte must be visible before the index that publishes it. */
	__atomic_thread_fence(__ATOMIC_RELEASE);
	(*prod)++;
}

static void ring_write(const char *buf, size_t len)
{
	uint32_t prod = ring->out_prod;
	size_t i;

	for (i = 0; i < len; i++) {
		if (buf[i] == '\n')
			ring_put(&prod, '\r');
		ring_put(&prod, buf[i]);
	}
	__atomic_thread_fence(__ATOMIC_RELEASE);
	ring->out_prod = prod;
	xen_evtchn_send(ring_port);
}

/* Account for console_io output on the serial line ("\n" is "\r\n" there). */
static void serial_sent(const char *buf, size_t len)
{
	uint64_t now = ukplat_monotonic_clock();
	size_t i, chars = len;

	for (i = 0; i < len; i++)
		chars += buf[i] == '\n';
	if (serial_done_at < now)
		serial_done_at = now;
	serial_done_at += chars * SERIAL_CHAR_NS;
}

int ukplat_coutk(const char *buf, size_t len)
{
	if (writer) {
		writer(buf, len);
	} else if (ring) {
		ring_write(buf, len);
	} else {
		if (xen_console_io_write(buf, len) < 0)
			return -1;
		serial_sent(buf, len);
	}
	return (int)len;
}

/* console_io's read command (xen/include/public/xen.h: CONSOLEIO_read). */
#define XEN_CONSOLEIO_READ 1

static int ring_read(char *buf, size_t len)
{
	uint32_t cons = ring->in_cons, prod = ring->in_prod;
	size_t n = 0;

	/* Read the index before the bytes it publishes. */
	__atomic_thread_fence(__ATOMIC_ACQUIRE);
	while (n < len && cons != prod)
		buf[n++] = ring->in[cons++ % XEN_CONS_IN_SIZE];
	if (n) {
		__atomic_thread_fence(__ATOMIC_RELEASE);
		ring->in_cons = cons;
		xen_evtchn_send(ring_port);
	}
	return (int)n;
}

int ukplat_cink(char *buf, size_t len)
{
	long n;

	if (len > INT_MAX)
		len = INT_MAX;
	if (ring)
		return ring_read(buf, len);
	if (writer)
		return -1;
	n = xen_hypercall(XEN_HC_CONSOLE_IO, XEN_CONSOLEIO_READ, len,
			  (uint64_t)(uintptr_t)buf, 0, 0);
	return n < 0 ? -1 : (int)n;
}

bool xen_console_flush(uint64_t timeout_ns)
{
	uint64_t deadline = ukplat_monotonic_clock() + timeout_ns;

	if (!ring && !writer) {
		/* console_io: give the serial line the time it needs. */
		uint64_t done = serial_done_at + SERIAL_MARGIN_NS;

		while (ukplat_monotonic_clock() < done &&
		       ukplat_monotonic_clock() < deadline)
			xen_sched_yield();
		return ukplat_monotonic_clock() >= done;
	}
	if (!ring)
		return true;
	while (ring->out_cons != ring->out_prod) {
		if (ukplat_monotonic_clock() > deadline)
			return false;
		xen_sched_yield();
	}
	return true;
}
